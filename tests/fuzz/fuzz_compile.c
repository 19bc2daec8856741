// tests/fuzz/fuzz_compile.c: libFuzzer target: py_compile under py_pcall on arbitrary bytes.
// Layer: tests (fuzzing). One VM per process (remade every REMAKE_EVERY inputs);
// after each input the heap is collected (and verified: built with PY_CFG_GC_VERIFY)
// and must not have grown by more than the names the input interned.
// SPDX-License-Identifier: MIT

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"
#include "compile.h"
#include "except.h"
#include "gc.h"
#include "obj_exc.h"
#include "obj_str.h"

// Interned names live as long as the VM, so a VM that compiled many inputs
// would fill its heap with their names: remake it now and then (a VM costs
// about as much as compiling one input).
#define REMAKE_EVERY 1000
// Fixed and small, since each collection walks all of it: 1 MB holds the
// code of any 4 KB input many times over.
#define HEAP_BYTES (1024u * 1024)

typedef struct job {
    const char *src;
    size_t len;
    py_parse_mode_t mode;
} job_t;

static void compile_job(py_vm_t *vm, void *ud) {
    job_t *j = ud;
    py_compile(vm, j->src, j->len, py_str_intern_c(vm, "<fuzz>"), j->mode);
}

// Compiling may fail only as a bad program or a lack of memory may.
static void check_exception(py_vm_t *vm) {
    py_val_t e = vm->exc;
    vm->exc = PY_NULL;
    if (py_exc_is(vm, e, PY_EXC_SyntaxError) || py_exc_is(vm, e, PY_EXC_MemoryError) ||
        py_exc_is(vm, e, PY_EXC_RecursionError) || py_exc_is(vm, e, PY_EXC_ValueError))
        return;
    fprintf(stderr, "py_compile raised %s\n", py_str_cstr(vm, py_type_of(vm, e)->name));
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static py_vm_t *vm;
    static unsigned long runs;
    static size_t before;   // heap in use after the last input's collection
    if (vm && ++runs % REMAKE_EVERY == 0) {
        py_vm_free(vm);
        vm = NULL;
    }
    if (!vm) {
        vm = fuzz_vm_new(HEAP_BYTES);
        py_gc_collect_explicit(vm);
        before = py_gc_bytes_used(vm);
    }
    size_t names = vm->interned.count;
    static const py_parse_mode_t modes[] = {PY_PARSE_FILE, PY_PARSE_SINGLE, PY_PARSE_EVAL};
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        job_t j = {(const char *)data, size, modes[i]};
        if (py_pcall(vm, compile_job, &j)) check_exception(vm);
    }
    vm->handled_exc = PY_NULL;
    // Explicit: the C stack below is cleared first, or the compiler's stale
    // words in the collector's frames would keep an input's code alive.
    py_gc_collect_explicit(vm);
    // Each new name costs its str (header, text, allocation rounding); the
    // texts come from the input, compiled three times.
    size_t allowed = (vm->interned.count - names) * (sizeof(py_str_t) + 48) + 3 * size + 4096;
    size_t after = py_gc_bytes_used(vm);
    if (after > before + allowed) {
        fprintf(stderr, "heap grew by %zu bytes (allowed %zu)\n", after - before, allowed);
        abort();
    }
    before = after;
    if (vm->frame != NULL || vm->depth != 0 || vm->c_depth != 0) {
        fprintf(stderr, "VM left inside a frame after compiling\n");
        abort();
    }
    return 0;
}
