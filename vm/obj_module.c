// vm/obj_module.c: module objects: a name and a dict of globals, attributes read from it.
// Layer: vm core (types). C modules (mods/*.c) are built from a py_module_def_t here.
// SPDX-License-Identifier: MIT

#include <string.h>
#include "obj_module.h"
#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

static py_module_t *module_ptr(py_val_t v) { return (py_module_t *)v; }

py_val_t py_module_new(py_vm_t *vm, py_val_t name) {
    py_val_t dict = py_dict_new(vm);
    py_module_t *m = py_gc_new(vm, vm->types[PY_T_module], sizeof(py_module_t));
    m->name = name;
    m->dict = dict;
    // the attributes every CPython module starts with; import fills them in
    py_dict_set_name(vm, dict, py_name(vm, PY_NAME___name__), name);
    py_dict_set_name(vm, dict, py_name(vm, PY_NAME___doc__), PY_NONE);
    py_dict_set_name(vm, dict, py_name(vm, PY_NAME___package__), PY_NONE);
    py_dict_set_name(vm, dict, py_str_intern_c(vm, "__loader__"), PY_NONE);
    py_dict_set_name(vm, dict, py_str_intern_c(vm, "__spec__"), PY_NONE);
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

// The position of keyword [name] among module()'s parameters (name, doc), or -1.
static int module_param(py_val_t name) {
    return py_str_eq_c(name, "name") ? 0 : py_str_eq_c(name, "doc") ? 1 : -1;
}

// module(name, doc=None): what types.ModuleType(name) does, with CPython's
// argument errors (PyArg_ParseTupleAndKeywords wording).
static py_val_t module_make_new(py_vm_t *vm, py_type_t *type, size_t nargs,
                                const py_val_t *args, py_val_t kwnames) {
    (void)type;
    size_t nkw = kwnames != PY_NULL ? py_tuple_ptr(kwnames)->len : 0;
    if (nargs + nkw > 2)
        py_raise_type_error(vm, "module() takes at most 2 arguments (%zu given)", nargs + nkw);
    py_val_t a[2] = {PY_NULL, PY_NULL};   // name, doc
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    for (size_t i = 0; i < nkw; i++) {
        py_val_t key = py_tuple_ptr(kwnames)->items[i];
        int at = module_param(key);
        if (at < 0) py_raise_type_error(vm, "'%S' is an invalid keyword argument for module()", key);
        if (a[at] != PY_NULL)
            py_raise_type_error(vm, "argument for module() given by name ('%S') and position (%d)",
                                key, at + 1);
        a[at] = args[nargs + i];
    }
    if (a[0] == PY_NULL) py_raise_type_error(vm, "module() missing required argument 'name' (pos 1)");
    if (!py_is_str(vm, a[0]))
        py_raise_type_error(vm, "module() argument 'name' must be str, not %T", a[0]);
    py_val_t m = py_module_new(vm, a[0]);
    py_dict_set_name(vm, module_ptr(m)->dict, py_name(vm, PY_NAME___doc__), a[1] != PY_NULL ? a[1] : PY_NONE);
    return m;
}

// True for the module registered in sys.modules under the name of a module
// linked into the executable (builtins, __main__, or one of py_builtin_modules):
// CPython's "built-in" loader. A module(name) made by a program is not one.
static bool is_builtin_module(py_vm_t *vm, py_val_t self) {
    py_module_t *m = module_ptr(self);
    if (!py_is_str(vm, m->name) || !py_is_obj(vm->modules)) return false;
    if (py_dict_get(vm, vm->modules, m->name) != self) return false;
    if (py_str_eq_c(m->name, "builtins") || py_str_eq_c(m->name, "__main__")) return true;
    for (const py_module_def_t *const *d = py_builtin_modules; *d; d++)
        if (py_str_eq_c(m->name, (*d)->name)) return true;
    return false;
}

// "<module 'sys' (built-in)>", "<module 'x' from '/path/x.py'>" or "<module 'x'>", as CPython.
static py_val_t module_repr(py_vm_t *vm, py_val_t self) {
    py_module_t *m = module_ptr(self);
    py_val_t file = py_dict_get_name(vm, m->dict, py_name(vm, PY_NAME___file__));
    if (file != PY_NULL && py_is_str(vm, file))
        return py_str_format_c(vm, "<module %R from %R>", m->name, file);
    if (is_builtin_module(vm, self)) return py_str_format_c(vm, "<module %R (built-in)>", m->name);
    return py_str_format_c(vm, "<module %R>", m->name);
}

typedef struct hook_call {
    py_val_t hook, name, result;
} hook_call_t;

static void call_hook(py_vm_t *vm, void *ud) {
    hook_call_t *c = ud;
    c->result = py_call1(vm, c->hook, c->name);
}

// A module's own __getattr__(name) (PEP 562) for names its dict lacks; an
// AttributeError it raises means absent (the slot's contract), so the
// caller reports the usual "module 'm' has no attribute 'x'". Raises what
// the hook raises otherwise; may allocate.
static py_val_t module_getattr_hook(py_vm_t *vm, py_module_t *m, py_val_t name) {
    hook_call_t c = {py_dict_get_name(vm, m->dict, py_name(vm, PY_NAME___getattr__)), name, PY_NULL};
    if (c.hook == PY_NULL) return PY_NULL;
    if (py_pcall(vm, call_hook, &c) == 0) return c.result;
    if (!py_exc_is(vm, vm->exc, PY_EXC_AttributeError)) py_raise(vm, vm->exc);
    vm->exc = PY_NULL;
    return PY_NULL;
}

static py_val_t module_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_module_t *m = module_ptr(self);
    if (name == py_name(vm, PY_NAME___dict__)) return m->dict;
    py_val_t v = py_dict_get_name(vm, m->dict, name);
    return v != PY_NULL ? v : module_getattr_hook(vm, m, name);
}

static bool module_setattr(py_vm_t *vm, py_val_t self, py_val_t name, py_val_t value) {
    py_module_t *m = module_ptr(self);
    if (value != PY_NULL) {
        py_dict_set_name(vm, m->dict, name, value);
        return true;
    }
    if (py_dict_remove(vm, m->dict, name) == PY_NULL)  // CPython 3.11's wording for del
        py_raise_fmt(vm, PY_EXC_AttributeError, "'module' object has no attribute '%S'", name);
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
