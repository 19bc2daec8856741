// vm/runtime_conv.c: conversions of values to C numbers and sequence indexes.
// Layer: vm core (runtime).
// SPDX-License-Identifier: MIT

#include <string.h>
#include "except.h"
#include "obj_int.h"
#include "obj_type.h"
#include "runtime.h"

// The int behind [v] via __index__ (classes), or PY_NULL when it has none.
static py_val_t index_of(py_vm_t *vm, py_val_t v) {
    if (py_is_int(vm, v)) return v;
    if (py_is_bool(v)) return py_small(v == PY_TRUE);
    py_type_t *t = py_type_of(vm, v);
    if (!(t->flags & PY_TF_HEAPTYPE)) return PY_NULL;
    py_val_t f = py_class_lookup_user(vm, t, vm->names[PY_NAME___index__]);
    if (f == PY_NULL) return PY_NULL;
    py_val_t r = py_class_call_with_self(vm, f, v, 0, NULL, PY_NULL);
    if (!py_is_int(vm, r)) py_raise_type_error(vm, "__index__ returned non-int (type %T)", r);
    return r;
}

py_val_t py_index(py_vm_t *vm, py_val_t v) {
    py_val_t i = index_of(vm, v);
    if (i == PY_NULL) py_raise_type_error(vm, "'%T' object cannot be interpreted as an integer", v);
    return i;
}

int64_t py_to_int64(py_vm_t *vm, py_val_t v) {
    if (py_is_small(v)) return py_small_val(v);
    py_val_t i = py_index(vm, v);
    int64_t out;
    if (!py_int_to_i64(i, &out))
        py_raise_fmt(vm, PY_EXC_OverflowError, "Python int too large to convert to C long");
    return out;
}

size_t py_to_index(py_vm_t *vm, py_val_t v, size_t len, const char *what) {
    py_val_t i = py_is_small(v) ? v : index_of(vm, v);
    if (i == PY_NULL) {
        if (!strcmp(what, "string"))
            py_raise_type_error(vm, "string indices must be integers, not '%T'", v);
        py_raise_type_error(vm, "%s indices must be integers or slices, not %T", what, v);
    }
    int64_t n;
    if (!py_int_to_i64(i, &n))
        py_raise_index_error(vm, "cannot fit 'int' into an index-sized integer");
    if (n < 0) n += (int64_t)len;
    if (n < 0 || (uint64_t)n >= len) py_raise_index_error(vm, "%s index out of range", what);
    return (size_t)n;
}

double py_to_double(py_vm_t *vm, py_val_t v) {
    if (py_is_small(v)) return (double)py_small_val(v);
    if (py_is_float(vm, v)) return py_float_val(v);
    if (py_is_bool(v)) return v == PY_TRUE;
    if (py_is_int(vm, v)) return py_int_to_double(vm, v);
    py_type_t *t = py_type_of(vm, v);
    py_val_t f = (t->flags & PY_TF_HEAPTYPE)
                     ? py_class_lookup_user(vm, t, vm->names[PY_NAME___float__]) : PY_NULL;
    if (f != PY_NULL) {
        py_val_t r = py_class_call_with_self(vm, f, v, 0, NULL, PY_NULL);
        if (!py_is_float(vm, r))
            py_raise_type_error(vm, "%T.__float__ returned non-float (type %T)", v, r);
        return py_float_val(r);
    }
    py_val_t i = index_of(vm, v);
    if (i != PY_NULL) return py_int_to_double(vm, i);
    py_raise_type_error(vm, "must be real number, not %T", v);
}
