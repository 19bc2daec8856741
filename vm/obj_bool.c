// vm/obj_bool.c: bool, the int subclass whose two values are the immediates
// PY_TRUE and PY_FALSE. Layer: vm core (types).
// SPDX-License-Identifier: MIT

#include "obj_int_impl.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "except.h"

static py_val_t bool_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)type;
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len > 0)
        py_raise_type_error(vm, "bool() takes no keyword arguments");
    if (nargs > 1) py_raise_type_error(vm, "bool expected at most 1 argument, got %zu", nargs);
    return py_bool(nargs == 1 && py_truthy(vm, args[0]));
}

static py_val_t bool_repr(py_vm_t *vm, py_val_t self) {
    return py_str_from_c(vm, self == PY_TRUE ? "True" : "False");
}

// & | ^ of two bools stay bools; everything else is int arithmetic.
static py_val_t bool_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    py_binary_op_t base = (py_binary_op_t)(op & ~PY_OP_INPLACE);
    if (py_is_bool(a) && py_is_bool(b)) {
        if (base == PY_OP_AND) return py_bool(a == PY_TRUE && b == PY_TRUE);
        if (base == PY_OP_OR) return py_bool(a == PY_TRUE || b == PY_TRUE);
        if (base == PY_OP_XOR) return py_bool(a != b);
    }
    return py_int_slot_binary(vm, op, a, b);
}

const py_type_spec_t py_bool_spec = {
    .name = "bool",
    .base = PY_T_int,
    .basicsize = 0,   // no heap instances: True and False are immediates
    .flags = 0,       // bool cannot be subclassed
    .slots = {
        .make_new = bool_make_new,
        .repr = bool_repr,
        .hash = py_int_slot_hash,
        .compare = py_int_slot_compare,
        .binary = bool_binary,
        .unary = py_int_slot_unary,
        .truth = py_int_slot_truth,
    },
    .methods = NULL,
};
