// tests/fuzz/fuzz_exec.c: libFuzzer target: compile and run arbitrary source in a fresh VM.
// Layer: tests (fuzzing). Each input gets a new sandboxed VM (fuzz_port.c) with a
// small fixed heap, so one input cannot change the next and LeakSanitizer sees
// everything the VM malloc'd come back when it is freed.
// SPDX-License-Identifier: MIT

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"
#include "compile.h"
#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"

// Small, so that huge strings, lists and ints fail fast with MemoryError
// instead of spending the budget; 256 KB still runs every test script's kind
// of code.
#define HEAP_BYTES (256u * 1024)
// CPU time an input may run before KeyboardInterrupt (repeated every 10 ms):
// ends infinite loops, even ones that catch the interrupt once. Under ASan
// 50 ms is a few hundred thousand bytecodes, far more than a fuzzed input
// needs to reach any code path.
#define BUDGET_MS 50

typedef struct job {
    const char *src;
    size_t len;
    py_parse_mode_t mode;
    py_val_t result;
} job_t;

static void run_job(py_vm_t *vm, void *ud) {
    job_t *j = ud;
    py_val_t code = py_compile(vm, j->src, j->len, py_str_intern_c(vm, "<fuzz>"), j->mode);
    j->result = py_vm_exec(vm, code, py_dict_new(vm));
}

static void fail(const char *what) {
    fprintf(stderr, "fuzz_exec: %s\n", what);
    abort();
}

// The interpreter must still work after whatever the input did: the VM
// state is back at the top level and a small program (no builtins, which
// the input may have deleted) gives the right answer.
static void check_usable(py_vm_t *vm) {
    if (vm->frame != NULL || vm->depth != 0 || vm->c_depth != 0) fail("VM left inside a frame");
    if (vm->stack_top != vm->stack) fail("VM value stack not empty");
    static const char canary[] = "[k for k in (1, 2, 3)] + [{'a': 4}['a']]";
    job_t j = {canary, sizeof canary - 1, PY_PARSE_EVAL, PY_NULL};
    if (py_pcall(vm, run_job, &j)) fail("the canary program raised");
    if (!py_is_obj(j.result) || py_type_of(vm, j.result) != vm->types[PY_T_list])
        fail("the canary program gave no list");
    py_list_t *l = py_list_ptr(j.result);
    if (l->len != 4 || l->items[3] != py_small(4)) fail("the canary program gave a wrong list");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    py_vm_t *vm = fuzz_vm_new(HEAP_BYTES);
    job_t j = {(const char *)data, size, PY_PARSE_FILE, PY_NULL};
    fuzz_budget_start(vm, BUDGET_MS);
    if (py_pcall(vm, run_job, &j)) vm->exc = PY_NULL;
    fuzz_budget_stop();
    vm->handled_exc = PY_NULL;
    // micropython.heap_lock() left unbalanced is the program's own doing (as
    // on MicroPython), not a fault: the canary below needs the heap.
    while (py_gc_lock_depth(vm) > 0) py_gc_unlock(vm);
    py_gc_collect(vm);   // verifies the heap (built with PY_CFG_GC_VERIFY)
    check_usable(vm);
    py_vm_free(vm);
    return 0;
}
