// mods/gc.c: the gc module: explicit collection, enabling and heap statistics.
// Layer: library modules; the collector itself is vm/gc.c.
// SPDX-License-Identifier: MIT
//
// MicroPython's gc API (collect, enable, disable, isenabled, mem_alloc,
// mem_free). collect() also runs the __del__ methods it found due before
// returning, as CPython's does, so their output comes before the next statement.

#include "finalise.h"
#include "gc.h"
#include "import.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_module.h"
#include "runtime.h"
#include "vm_loop.h"

static py_val_t gc_collect(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    // Called by a CALL instruction, the collection need not scan the
    // interpreter's own C frames, whose stale words would keep garbage alive.
    py_gc_collect_explicit_from(vm, py_vm_loop_caller_frame(vm, gc_collect, args));
    py_finalise_pending(vm);
    return PY_NONE;
}

static py_val_t gc_enable(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    py_gc_set_enabled(vm, true);
    return PY_NONE;
}

static py_val_t gc_disable(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    py_gc_set_enabled(vm, false);
    return PY_NONE;
}

static py_val_t gc_isenabled(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    return py_bool(py_gc_is_enabled(vm));
}

static py_val_t gc_mem_alloc(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    return py_int_from_u64(vm, py_gc_bytes_used(vm));
}

static py_val_t gc_mem_free(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    return py_int_from_u64(vm, py_gc_bytes_free(vm));
}

// threshold([bytes]): MicroPython's amount of allocation after which a
// collection runs (as well as when the heap is full); -1 means none.
static py_val_t gc_threshold(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    if (nargs == 0) {
        size_t t = py_gc_threshold(vm);
        return t == SIZE_MAX ? py_small(-1) : py_int_from_u64(vm, t);
    }
    int64_t n = py_to_int64(vm, args[0]);
    py_gc_set_threshold(vm, n < 0 ? SIZE_MAX : (size_t)n);
    return PY_NONE;
}

static const py_method_def_t gc_functions[] = {
    {"threshold", gc_threshold, 0, 1, 0},
    {"collect", gc_collect, 0, 1, 0},
    {"enable", gc_enable, 0, 0, 0},
    {"disable", gc_disable, 0, 0, 0},
    {"isenabled", gc_isenabled, 0, 0, 0},
    {"mem_alloc", gc_mem_alloc, 0, 0, 0},
    {"mem_free", gc_mem_free, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_module_def_t py_mod_gc = {"gc", gc_functions, NULL, NULL};
