// unix/run.c: running code at the top level: protected calls, exit statuses, tracebacks.
// Layer: unix port. The statuses follow MicroPython's unix port (reference §2).
// SPDX-License-Identifier: MIT

#include <string.h>

#include "run.h"
#include "builtins.h"
#include "compile.h"
#include "except.h"
#include "gc.h"
#include "io.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_int.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "port.h"
#include "runtime.h"

// ---- reporting --------------------------------------------------------------------

typedef struct report_ctx {
    py_val_t exc;
    int status;
} report_ctx_t;

// SystemExit's code: None -> 0, an int -> its low 8 bits, anything else is
// printed to stderr and gives 1 (as MicroPython and CPython).
static void report_exit(py_vm_t *vm, void *ud) {
    report_ctx_t *r = ud;
    py_val_t args = py_exc_ptr(r->exc)->args;
    py_val_t code = args != PY_NULL && py_tuple_ptr(args)->len > 0 ? py_tuple_ptr(args)->items[0]
                                                                   : PY_NONE;
    int64_t n;
    r->status = 1;
    if (code == PY_NONE || code == PY_FALSE) r->status = 0;
    else if (code == PY_TRUE) r->status = 1;
    else if (py_is_int(vm, code)) r->status = py_int_to_i64(code, &n) ? (int)(n & 255) : 1;
    else {
        py_val_t text = py_str_concat(vm, py_str_of(vm, code), py_str_intern_c(vm, "\n"));
        py_builtins_write(vm, py_builtins_std_stream(vm, PY_NAME_stderr), text);
    }
}

static void report_error(py_vm_t *vm, void *ud) {
    report_ctx_t *r = ud;
    r->status = 1;
    py_val_t err = py_builtins_std_stream(vm, PY_NAME_stderr);
    if (err == PY_NULL || err == PY_NONE) err = vm->stderr_obj;
    py_exc_print(vm, r->exc, err);
}

// Set: an escaping KeyboardInterrupt prints this line instead of a traceback.
static const char *interrupt_note;

void py_run_set_interrupt_note(const char *note) { interrupt_note = note; }

static bool noted_interrupt(py_vm_t *vm, py_val_t exc) {
    if (!interrupt_note || !py_exc_is(vm, exc, PY_EXC_KeyboardInterrupt)) return false;
    py_port_write(2, interrupt_note, strlen(interrupt_note));
    py_port_write(2, "\n", 1);
    return true;
}

py_run_result_t py_run_protected(py_vm_t *vm, void (*fn)(py_vm_t *vm, void *ctx), void *ctx,
                                 int *status) {
    if (!py_pcall(vm, fn, ctx)) return PY_RUN_DONE;
    report_ctx_t r = {vm->exc, 1};
    vm->exc = PY_NULL;
    // Reporting allocates, and the program that left micropython.heap_lock()
    // in force is over: unlock, as MicroPython does when its REPL comes back.
    while (py_gc_lock_depth(vm) > 0) py_gc_unlock(vm);
    bool is_exit = py_exc_is(vm, r.exc, PY_EXC_SystemExit);
    if (!is_exit && noted_interrupt(vm, r.exc)) {
        py_run_flush(vm);
        *status = 1;
        return PY_RUN_ERROR;
    }
    if (py_pcall(vm, is_exit ? report_exit : report_error, &r)) {
        // Mostly a heap too full to format the traceback: the class name
        // is still known without allocating.
        vm->exc = PY_NULL;
        static const char msg[] = "micropython: error while reporting an exception: ";
        py_port_write(2, msg, sizeof msg - 1);
        py_val_t name_val = py_type_of(vm, r.exc)->name;
        const char *name = py_is_str(vm, name_val) ? py_str_interned_cstr(name_val) : "?";
        py_port_write(2, name, strlen(name));
        py_port_write(2, "\n", 1);
    }
    py_run_flush(vm);
    *status = r.status;
    return is_exit ? PY_RUN_EXIT : PY_RUN_ERROR;
}

// ---- running source -----------------------------------------------------------------

py_val_t py_run_main_globals(py_vm_t *vm) {
    if (vm->main_module == PY_NULL) {
        py_val_t name = py_name(vm, PY_NAME___main__);
        py_val_t m = py_module_new(vm, name);
        vm->main_module = m;
        py_dict_set(vm, vm->modules, name, m);
    }
    return ((py_module_t *)vm->main_module)->dict;
}

typedef struct source_ctx {
    const char *src;
    size_t len;
    const char *filename;
    py_parse_mode_t mode;
    bool compile_only;
} source_ctx_t;

static void run_source(py_vm_t *vm, void *ud) {
    source_ctx_t *c = ud;
    py_val_t globals = py_run_main_globals(vm);
    py_val_t code = py_compile(vm, c->src, c->len, py_str_from_c(vm, c->filename), c->mode);
    if (!c->compile_only) py_vm_exec(vm, code, globals);
}

py_run_result_t py_run_source(py_vm_t *vm, const char *src, size_t len, const char *filename,
                              py_parse_mode_t mode, bool compile_only, int *status) {
    source_ctx_t c = {src, len, filename, mode, compile_only};
    return py_run_protected(vm, run_source, &c, status);
}

// ---- flushing ---------------------------------------------------------------------------

static void flush_stream(py_vm_t *vm, void *ud) {
    py_val_t s = *(py_val_t *)ud;
    py_val_t flush = py_getattr_opt(vm, s, py_name(vm, PY_NAME_flush));
    if (flush != PY_NULL) py_call0(vm, flush);
}

static void flush_current(py_vm_t *vm, py_name_id_t name, py_val_t original) {
    py_val_t s = py_builtins_std_stream(vm, name);
    if (s == PY_NULL || s == PY_NONE || s == original) return;
    if (py_pcall(vm, flush_stream, &s)) vm->exc = PY_NULL;
}

void py_run_flush(py_vm_t *vm) {
    flush_current(vm, PY_NAME_stdout, vm->stdout_obj);
    flush_current(vm, PY_NAME_stderr, vm->stderr_obj);
    py_io_flush_quiet(vm, vm->stdout_obj);
    py_io_flush_quiet(vm, vm->stderr_obj);
}
