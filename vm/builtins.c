// vm/builtins.c: the builtins module: its types, exceptions, constants and function tables.
// Layer: vm core (library). The functions themselves live in vm/builtins_{eval,io,num,seq,obj}.c.
// SPDX-License-Identifier: MIT

#include <limits.h>
#include <string.h>

#include "builtins.h"
#include "except.h"
#include "import.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_super.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "port.h"
#include "runtime.h"

// ---- helpers shared by the builtins_*.c files and mods/ ---------------------------

void py_builtins_kwargs(py_vm_t *vm, const char *fn, size_t nargs, const py_val_t *args,
                        py_val_t kwnames, const char *const *names, py_val_t *out) {
    if (kwnames == PY_NULL) return;
    py_tuple_t *kw = py_tuple_ptr(kwnames);
    for (size_t i = 0; i < kw->len; i++) {
        size_t j = 0;
        while (names[j] && !py_str_eq_c(kw->items[i], names[j])) j++;
        if (!names[j])
            py_raise_type_error(vm, "'%N' is an invalid keyword argument for %s()", kw->items[i], fn);
        out[j] = args[nargs + i];
    }
}

py_val_t py_builtins_std_stream(py_vm_t *vm, py_name_id_t name) {
    if (vm->sys != PY_NULL) {
        py_val_t v = py_dict_get_name(vm, ((py_module_t *)vm->sys)->dict, py_name(vm, name));
        if (v != PY_NULL) return v;
    }
    switch (name) {
    case PY_NAME_stdin: return vm->stdin_obj;
    case PY_NAME_stderr: return vm->stderr_obj;
    default: return vm->stdout_obj;
    }
}

// Without a stream object (no sys module linked) text goes straight to fd 1.
void py_builtins_write(py_vm_t *vm, py_val_t file, py_val_t s) {
    if (file == PY_NULL) {
        py_port_write(1, py_str_bytes(s), py_str_len(s));
        return;
    }
    py_call_method(vm, file, py_name(vm, PY_NAME_write), 1, &s);
}

void py_display_value(py_vm_t *vm, py_val_t v) {
    if (v == PY_NONE) return;
    py_dict_set_name(vm, vm->builtins_dict, py_str_intern_c(vm, "_"), v);
    py_val_t text = py_str_concat(vm, py_repr(vm, v), py_str_intern_c(vm, "\n"));
    py_val_t out = py_builtins_std_stream(vm, PY_NAME_stdout);
    if (out != PY_NONE) py_builtins_write(vm, out, text);
}

// ---- functions that belong to no other group -----------------------------------------

// exit([code]) and quit([code]): raise SystemExit(code), as the site module's do.
static py_val_t builtin_exit(py_vm_t *vm, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)kwnames;
    py_raise(vm, py_exc_new(vm, PY_EXC_SystemExit, py_tuple_new(vm, nargs, args)));
}

static const char *const import_kw[] = {"name", "globals", "locals", "fromlist", "level", NULL};

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
static py_val_t builtin_import(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    py_val_t a[5] = {PY_NULL, PY_NULL, PY_NONE, PY_NULL, PY_NULL};  // no globals: PY_NULL
    if (nargs > 5)
        py_raise_type_error(vm, "__import__() takes at most 5 arguments (%zu given)", nargs);
    py_builtins_kwargs(vm, "__import__", nargs, args, kwnames, import_kw, a);
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    if (a[0] == PY_NULL)
        py_raise_type_error(vm, "__import__() missing required argument 'name' (pos 1)");
    int64_t level = a[4] == PY_NULL ? 0 : py_to_int64(vm, a[4]);
    if (level > INT_MAX) level = INT_MAX;  // deeper than any package anyway
    if (level < INT_MIN) level = INT_MIN;
    return py_import(vm, a[0], a[3] == PY_NULL ? PY_NONE : a[3], (int)level, a[1]);
}

static const py_method_def_t misc_functions[] = {
    {"exit", builtin_exit, 0, 1, 0},
    {"quit", builtin_exit, 0, 1, 0},
    {"__import__", builtin_import, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

// ---- the module ----------------------------------------------------------------------

static void set(py_vm_t *vm, const char *name, py_val_t v) {
    py_dict_set_name(vm, vm->builtins_dict, py_str_intern_c(vm, name), v);
}

// The types Python code can name; the others (iterators, function,
// NoneType, ...) are reached through type(x) only, as in CPython.
static void add_types(py_vm_t *vm) {
    static const py_type_id_t named[] = {
        PY_T_object, PY_T_type, PY_T_bool, PY_T_int, PY_T_float, PY_T_complex, PY_T_str, PY_T_bytes,
        PY_T_list, PY_T_tuple, PY_T_dict, PY_T_set, PY_T_frozenset, PY_T_range, PY_T_slice,
        PY_T_property, PY_T_classmethod, PY_T_staticmethod, PY_T_enumerate, PY_T_zip,
        PY_T_map, PY_T_filter, PY_T_reversed, PY_T_bytearray, PY_T_memoryview,
    };
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
        py_type_t *t = vm->types[named[i]];
        if (t) py_dict_set_name(vm, vm->builtins_dict, t->name, py_from_obj(t));
    }
    // super is not in PY_BUILTIN_TYPES: its type lives only here
    set(vm, "super", py_from_obj(py_type_from_spec(vm, &py_super_spec, vm->types[PY_T_object])));
}

static void add_exceptions(py_vm_t *vm) {
#define X(id, base) set(vm, #id, py_from_obj(vm->exc_types[PY_EXC_##id]));
    PY_EXC_TYPES(X)
#undef X
    // MicroPython and older code know OSError under these names too
    set(vm, "EnvironmentError", py_from_obj(vm->exc_types[PY_EXC_OSError]));
    set(vm, "IOError", py_from_obj(vm->exc_types[PY_EXC_OSError]));
}

static void add_constants(py_vm_t *vm) {
    set(vm, "None", PY_NONE);
    set(vm, "True", PY_TRUE);
    set(vm, "False", PY_FALSE);
    set(vm, "Ellipsis", PY_ELLIPSIS);
    set(vm, "NotImplemented", PY_NOTIMPLEMENTED);
    set(vm, "__debug__", py_bool(vm->opt_level == 0));
}

static void add_functions(py_vm_t *vm, const py_method_def_t *defs) {
    for (const py_method_def_t *d = defs; d->name; d++)
        set(vm, d->name, py_builtin_new(vm, d, PY_NULL));
}

void py_builtins_init(py_vm_t *vm) {
    if (vm->modules == PY_NULL) vm->modules = py_dict_new(vm);
    py_val_t name = py_name(vm, PY_NAME_builtins);
    vm->builtins = py_module_new(vm, name);
    vm->builtins_dict = ((py_module_t *)vm->builtins)->dict;
    add_types(vm);
    add_exceptions(vm);
    add_constants(vm);
    add_functions(vm, misc_functions);
    add_functions(vm, py_builtins_eval_functions);
    add_functions(vm, py_builtins_io_functions);
    add_functions(vm, py_builtins_num_functions);
    add_functions(vm, py_builtins_seq_functions);
    add_functions(vm, py_builtins_obj_functions);
    py_dict_set(vm, vm->modules, name, vm->builtins);
}
