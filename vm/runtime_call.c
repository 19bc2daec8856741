// vm/runtime_call.c: calling any callable from C, and method calls by name.
// Layer: vm core (runtime). Python functions' call slot (vm/call.c) re-enters the VM loop.
// SPDX-License-Identifier: MIT

#include "except.h"
#include "obj_type.h"
#include "runtime.h"

py_val_t py_call(py_vm_t *vm, py_val_t f, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_type_t *t = py_type_of(vm, f);
    if (!t->slots.call) py_raise_type_error(vm, "'%T' object is not callable", f);
    py_check_c_stack(vm);   // C-to-Python re-entry nests C frames
    return t->slots.call(vm, f, nargs, args, kwnames);
}

py_val_t py_call_method(py_vm_t *vm, py_val_t obj, py_val_t name, size_t nargs,
                        const py_val_t *args) {
    py_val_t self = PY_NULL;
    py_val_t f = py_getmethod(vm, obj, name, &self);
    if (self != PY_NULL) return py_class_call_with_self(vm, f, self, nargs, args, PY_NULL);
    return py_call(vm, f, nargs, args, PY_NULL);
}

bool py_callable(py_vm_t *vm, py_val_t v) { return py_type_of(vm, v)->slots.call != NULL; }
