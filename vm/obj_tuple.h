// vm/obj_tuple.h: tuple: an immutable array of values, stored inline.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_TUPLE_H
#define PY_OBJ_TUPLE_H

#include "obj.h"
#include "vm.h"

typedef struct py_tuple {
    py_obj_t base;
    size_t len;
    py_val_t items[];
} py_tuple_t;

static inline py_tuple_t *py_tuple_ptr(py_val_t v) { return (py_tuple_t *)v; }

// A tuple of [n] items copied from [items] (NULL: all None, for the caller
// to fill before the tuple escapes). The empty tuple is shared. May allocate.
py_val_t py_tuple_new(py_vm_t *vm, size_t n, const py_val_t *items);
// A tuple of the items of any iterable (the same tuple if it is one).
py_val_t py_tuple_from_iter(py_vm_t *vm, py_val_t iterable);

extern const py_type_spec_t py_tuple_spec;
extern const py_type_spec_t py_tuple_iterator_spec;

#endif
