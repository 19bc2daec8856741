// vm/runtime.c: text protocols: repr(), str() and type names.
// Layer: vm core (runtime). Operators are in runtime_ops.c, attributes in
// runtime_attr.c, items and iteration in runtime_item.c, calls in runtime_call.c.
// SPDX-License-Identifier: MIT

#include "except.h"
#include "obj_str.h"
#include "obj_type.h"
#include "runtime.h"

py_val_t py_repr(py_vm_t *vm, py_val_t v) {
    py_type_t *t = py_type_of(vm, v);
    py_check_c_stack(vm);   // containers repr their items recursively
    py_val_t r = t->slots.repr ? t->slots.repr(vm, v) : py_object_repr_default(vm, v);
    if (!py_is_str(vm, r)) py_raise_type_error(vm, "__repr__ returned non-string (type %T)", r);
    return r;
}

py_val_t py_str_of(py_vm_t *vm, py_val_t v) {
    if (py_is_str(vm, v) && py_is_exact(vm, v, PY_T_str)) return v;
    py_type_t *t = py_type_of(vm, v);
    py_check_c_stack(vm);
    // Without a str slot, str() is object.__str__: the repr slot itself, whose
    // result CPython then checks as __str__'s.
    py_val_t (*f)(py_vm_t *, py_val_t) = t->slots.str ? t->slots.str : t->slots.repr;
    py_val_t r = f ? f(vm, v) : py_object_repr_default(vm, v);
    if (!py_is_str(vm, r)) py_raise_type_error(vm, "__str__ returned non-string (type %T)", r);
    return r;
}

const char *py_type_name(py_vm_t *vm, py_val_t v) {
    py_type_t *t = py_type_of(vm, v);
    return t->name ? py_str_interned_cstr(t->name) : "?";
}

const char *py_arg_type_name(py_vm_t *vm, py_val_t v) {
    return v == PY_NONE ? "None" : py_type_name(vm, v);
}
