// vm/obj_module.c: module objects: a name and a dict of globals, attributes read from it.
// Layer: vm core (types). C modules (mods/*.c) are built from a py_module_def_t here.
// SPDX-License-Identifier: MIT

#include "obj_module.h"
#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_str.h"
#include "runtime.h"

static py_module_t *module_ptr(py_val_t v) { return (py_module_t *)v; }

py_val_t py_module_new(py_vm_t *vm, py_val_t name) {
    py_val_t dict = py_dict_new(vm);
    py_module_t *m = py_gc_new(vm, vm->types[PY_T_module], sizeof(py_module_t));
    m->name = name;
    m->dict = dict;
    py_dict_set_name(vm, dict, py_name(vm, PY_NAME___name__), name);
    return py_from_obj(m);
}

void py_module_set(py_vm_t *vm, py_val_t module, const char *name, py_val_t value) {
    py_val_t key = py_str_intern_c(vm, name);
    py_dict_set_name(vm, module_ptr(module)->dict, key, value);
}

py_val_t py_module_from_def(py_vm_t *vm, const py_module_def_t *def) {
    py_val_t module = py_module_new(vm, py_str_intern_c(vm, def->name));
    for (const py_method_def_t *f = def->functions; f && f->name; f++)
        py_module_set(vm, module, f->name, py_builtin_new(vm, f, PY_NULL));
    if (def->init) def->init(vm, module);
    return module;
}

// ---- slots ---------------------------------------------------------------------

static void module_mark(py_vm_t *vm, py_obj_t *o) {
    py_module_t *m = (py_module_t *)o;
    py_gc_mark(vm, m->name);
    py_gc_mark(vm, m->dict);
}

// module(name[, doc]): what types.ModuleType(name) does.
static py_val_t module_make_new(py_vm_t *vm, py_type_t *type, size_t nargs,
                                const py_val_t *args, py_val_t kwnames) {
    (void)type;
    py_arg_no_kw(vm, "module", kwnames);
    py_arg_check(vm, "module", nargs, 1, 2);
    if (!py_is_str(vm, args[0]))
        py_raise_type_error(vm, "module.__init__() argument 'name' must be str, not %T", args[0]);
    py_val_t m = py_module_new(vm, args[0]);
    py_val_t doc = nargs > 1 ? args[1] : PY_NONE;
    py_dict_set_name(vm, module_ptr(m)->dict, py_name(vm, PY_NAME___doc__), doc);
    return m;
}

// "<module 'sys' (built-in)>" or "<module 'x' from '/path/x.py'>", as CPython.
static py_val_t module_repr(py_vm_t *vm, py_val_t self) {
    py_module_t *m = module_ptr(self);
    py_val_t file = py_dict_get_name(vm, m->dict, py_name(vm, PY_NAME___file__));
    if (file != PY_NULL && py_is_str(vm, file))
        return py_str_format_c(vm, "<module %R from %R>", m->name, file);
    return py_str_format_c(vm, "<module %R (built-in)>", m->name);
}

static py_val_t module_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_module_t *m = module_ptr(self);
    if (name == py_name(vm, PY_NAME___dict__)) return m->dict;
    return py_dict_get_name(vm, m->dict, name);
}

static bool module_setattr(py_vm_t *vm, py_val_t self, py_val_t name, py_val_t value) {
    py_module_t *m = module_ptr(self);
    if (value != PY_NULL) {
        py_dict_set_name(vm, m->dict, name, value);
        return true;
    }
    if (py_dict_remove(vm, m->dict, name) == PY_NULL)
        py_raise_fmt(vm, PY_EXC_AttributeError, "module '%S' has no attribute '%S'", m->name,
                     name);
    return true;
}

const py_type_spec_t py_module_spec = {
    .name = "module",
    .base = PY_T_object,
    .basicsize = sizeof(py_module_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .mark = module_mark,
        .make_new = module_make_new,
        .repr = module_repr,
        .getattr = module_getattr,
        .setattr = module_setattr,
    },
};
