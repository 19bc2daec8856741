// vm/runtime_attr.c: attribute access (obj.name), method lookup and the class hooks.
// Layer: vm core (runtime). The generic algorithm is object's, in vm/obj_object.c.
// SPDX-License-Identifier: MIT

#include "except.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

py_val_t py_type_lookup(py_vm_t *vm, py_type_t *type, py_val_t name) {
    if (type->mro == PY_NULL) {   // start-up: the MRO tuple is not made yet
        for (py_type_t *t = type; t; t = t->base_type) {
            py_val_t v = t->dict ? py_dict_get_name(vm, t->dict, name) : PY_NULL;
            if (v != PY_NULL) return v;
        }
        return PY_NULL;
    }
    py_tuple_t *mro = py_tuple_ptr(type->mro);
    for (size_t i = 0; i < mro->len; i++) {
        py_val_t v = py_dict_get_name(vm, ((py_type_t *)py_obj(mro->items[i]))->dict, name);
        if (v != PY_NULL) return v;
    }
    return PY_NULL;
}

static py_val_t as_name(py_vm_t *vm, py_val_t name) {
    if (py_is_istr(name)) return name;
    if (!py_is_str(vm, name))
        py_raise_type_error(vm, "attribute name must be string, not '%T'", name);
    return py_str_intern_val(vm, name);
}

_Noreturn static void attr_error(py_vm_t *vm, py_val_t obj, py_val_t name) {
    if (py_is_a(vm, obj, PY_T_type))
        py_raise_fmt(vm, PY_EXC_AttributeError, "type object '%N' has no attribute '%N'",
                     ((py_type_t *)py_obj(obj))->name, name);
    if (py_is_a(vm, obj, PY_T_module))
        py_raise_fmt(vm, PY_EXC_AttributeError, "module '%S' has no attribute '%N'",
                     ((py_module_t *)py_obj(obj))->name, name);
    py_raise_fmt(vm, PY_EXC_AttributeError, "'%T' object has no attribute '%N'", obj, name);
}

// A class's __getattr__, called when normal lookup fails; PY_NULL if it has none.
static py_val_t getattr_hook(py_vm_t *vm, py_val_t obj) {
    py_type_t *t = py_type_of(vm, obj);
    if (!(t->flags & PY_TF_HEAPTYPE)) return PY_NULL;
    return py_class_lookup_user(vm, t, vm->names[PY_NAME___getattr__]);
}

py_val_t py_getattr(py_vm_t *vm, py_val_t obj, py_val_t name) {
    name = as_name(vm, name);
    py_val_t v = py_object_getattr_generic(vm, obj, name);
    if (v != PY_NULL) return v;
    py_val_t hook = getattr_hook(vm, obj);
    if (hook != PY_NULL) return py_class_call_with_self(vm, hook, obj, 1, &name, PY_NULL);
    attr_error(vm, obj, name);
}

typedef struct hook_call {
    py_val_t hook, obj, name, result;
} hook_call_t;

static void run_hook(py_vm_t *vm, void *ud) {
    hook_call_t *c = ud;
    c->result = py_class_call_with_self(vm, c->hook, c->obj, 1, &c->name, PY_NULL);
}

static void run_generic(py_vm_t *vm, void *ud) {
    hook_call_t *c = ud;
    c->result = py_object_getattr_generic(vm, c->obj, c->name);
}

// The generic lookup where an AttributeError raised by a descriptor written
// in Python (a property) means "absent", as in CPython's getattr(o, n, default).
static py_val_t generic_opt(py_vm_t *vm, py_val_t obj, py_val_t name) {
    if (!(py_type_of(vm, obj)->flags & PY_TF_HEAPTYPE)) return py_object_getattr_generic(vm, obj, name);
    hook_call_t c = {PY_NULL, obj, name, PY_NULL};
    if (py_pcall(vm, run_generic, &c) == 0) return c.result;
    if (!py_exc_is(vm, vm->exc, PY_EXC_AttributeError)) py_raise(vm, vm->exc);
    vm->exc = PY_NULL;
    return PY_NULL;
}

py_val_t py_getattr_opt(py_vm_t *vm, py_val_t obj, py_val_t name) {
    name = as_name(vm, name);
    py_val_t v = generic_opt(vm, obj, name);
    if (v != PY_NULL) return v;
    hook_call_t c = {getattr_hook(vm, obj), obj, name, PY_NULL};
    if (c.hook == PY_NULL) return PY_NULL;
    if (py_pcall(vm, run_hook, &c) == 0) return c.result;
    if (!py_exc_is(vm, vm->exc, PY_EXC_AttributeError)) py_raise(vm, vm->exc);
    vm->exc = PY_NULL;
    return PY_NULL;
}

void py_setattr(py_vm_t *vm, py_val_t obj, py_val_t name, py_val_t value) {
    name = as_name(vm, name);
    py_type_t *t = py_type_of(vm, obj);
    if (t->flags & PY_TF_HEAPTYPE) {
        py_name_id_t id = value != PY_NULL ? PY_NAME___setattr__ : PY_NAME___delattr__;
        py_val_t hook = py_class_lookup_user(vm, t, vm->names[id]);
        py_val_t args[2] = {name, value};
        if (hook != PY_NULL) {
            py_class_call_with_self(vm, hook, obj, value != PY_NULL ? 2 : 1, args, PY_NULL);
            return;
        }
    }
    py_object_setattr_generic(vm, obj, name, value);
}

// True for what obj.name(...) may call with obj prepended instead of binding:
// Python functions, and unbound methods of built-in types.
static bool is_plain_method(py_vm_t *vm, py_val_t f) {
    if (py_is_a(vm, f, PY_T_function) || py_is_a(vm, f, PY_T_wrapper_descriptor)) return true;
    return py_is_a(vm, f, PY_T_builtin_function) && ((py_builtin_t *)py_obj(f))->self == PY_NULL;
}

// The type in [t]'s MRO whose dict holds [name]; NULL if none.
static py_type_t *owner_of(py_vm_t *vm, py_type_t *t, py_val_t name) {
    py_tuple_t *mro = py_tuple_ptr(t->mro);
    for (size_t i = 0; i < mro->len; i++) {
        py_type_t *c = (py_type_t *)py_obj(mro->items[i]);
        if (py_dict_get_name(vm, c->dict, name) != PY_NULL) return c;
    }
    return NULL;
}

py_val_t py_getmethod(py_vm_t *vm, py_val_t obj, py_val_t name, py_val_t *self_out) {
    name = as_name(vm, name);
    *self_out = PY_NULL;
    py_type_t *t = py_type_of(vm, obj);
    py_val_t f = py_type_lookup(vm, t, name);
    if (f == PY_NULL || !is_plain_method(vm, f)) return py_getattr(vm, obj, name);
    // A builtin stored in a class body (f = len) is a plain attribute, not a method.
    if (py_is_a(vm, f, PY_T_builtin_function) && (owner_of(vm, t, name)->flags & PY_TF_HEAPTYPE))
        return py_getattr(vm, obj, name);
    py_val_t *field = py_instance_dict_field(vm, obj);
    py_val_t v = field && *field != PY_NULL ? py_dict_get_name(vm, *field, name) : PY_NULL;
    if (v == PY_NULL && t->slots.getattr) v = t->slots.getattr(vm, obj, name);
    if (v != PY_NULL) return v;
    *self_out = obj;
    return f;
}
