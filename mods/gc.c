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

static py_val_t gc_collect(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    py_gc_collect_explicit(vm);
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

// threshold([bytes]): MicroPython's allocation amount that triggers a
// collection; -1 when none was set. The value is kept in the module: the
// collector here runs when the heap is full or grows, whatever it says.
#define THRESHOLD_NAME "_threshold"

static py_val_t gc_threshold(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_val_t gc = py_import_builtin(vm, "gc");
    if (nargs == 0) {
        py_val_t v = py_dict_get_name(vm, ((py_module_t *)gc)->dict,
                                      py_str_intern_c(vm, THRESHOLD_NAME));
        return v != PY_NULL ? v : py_small(-1);
    }
    int64_t n = py_to_int64(vm, args[0]);
    py_module_set(vm, gc, THRESHOLD_NAME, py_int_from_i64(vm, n < 0 ? -1 : n));
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

const py_module_def_t py_mod_gc = {"gc", gc_functions, NULL};
