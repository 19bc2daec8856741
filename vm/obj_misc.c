// vm/obj_misc.c: the singleton types NoneType, ellipsis and NotImplementedType.
// Layer: vm core (types). Their values are immediates (obj.h): no memory at all.
// SPDX-License-Identifier: MIT

#include "except.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

// type(None)() and the like return the singleton, as in CPython.
static py_val_t singleton_new(py_vm_t *vm, py_type_t *type, size_t nargs, py_val_t kwnames,
                              py_val_t value) {
    if (nargs > 0 || (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len > 0))
        py_raise_type_error(vm, "%N takes no arguments", type->name);
    return value;
}

static py_val_t none_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                         py_val_t kwnames) {
    (void)args;
    return singleton_new(vm, type, nargs, kwnames, PY_NONE);
}

static py_val_t ellipsis_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)args;
    return singleton_new(vm, type, nargs, kwnames, PY_ELLIPSIS);
}

static py_val_t notimpl_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    (void)args;
    return singleton_new(vm, type, nargs, kwnames, PY_NOTIMPLEMENTED);
}

static py_val_t none_repr(py_vm_t *vm, py_val_t self) {
    (void)self;
    return py_str_intern_c(vm, "None");
}

static py_val_t ellipsis_repr(py_vm_t *vm, py_val_t self) {
    (void)self;
    return py_str_intern_c(vm, "Ellipsis");
}

static py_val_t notimpl_repr(py_vm_t *vm, py_val_t self) {
    (void)self;
    return py_str_intern_c(vm, "NotImplemented");
}

static int none_truth(py_vm_t *vm, py_val_t self) {
    (void)vm;
    (void)self;
    return 0;
}

const py_type_spec_t py_NoneType_spec = {
    .name = "NoneType",
    .base = PY_T_object,
    .slots = {.make_new = none_new, .repr = none_repr, .truth = none_truth},
};

const py_type_spec_t py_ellipsis_spec = {
    .name = "ellipsis",
    .base = PY_T_object,
    .slots = {.make_new = ellipsis_new, .repr = ellipsis_repr},
};

const py_type_spec_t py_NotImplementedType_spec = {
    .name = "NotImplementedType",
    .base = PY_T_object,
    .slots = {.make_new = notimpl_new, .repr = notimpl_repr},
};
