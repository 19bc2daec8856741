// vm/obj_list.h: list: a growable array of values.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_LIST_H
#define PY_OBJ_LIST_H

#include "obj.h"
#include "vm.h"

typedef struct py_list {
    py_obj_t base;
    size_t len, cap;
    py_val_t *items;   // py_gc_new_values block of cap slots, or NULL
} py_list_t;

static inline py_list_t *py_list_ptr(py_val_t v) { return (py_list_t *)v; }

// A list of [n] items copied from [items] (NULL: n slots of None). May allocate.
py_val_t py_list_new(py_vm_t *vm, size_t n, const py_val_t *items);
// Appends [v]. May allocate.
void py_list_append(py_vm_t *vm, py_val_t list, py_val_t v);
// Appends every item of the iterable [iterable].
void py_list_extend(py_vm_t *vm, py_val_t list, py_val_t iterable);
// Sorts in place, stable, with optional [key] function (PY_NULL for none).
void py_list_sort(py_vm_t *vm, py_val_t list, py_val_t key, bool reverse);
// A new list of the items of any iterable.
py_val_t py_list_from_iter(py_vm_t *vm, py_val_t iterable);

extern const py_type_spec_t py_list_spec;
extern const py_type_spec_t py_list_iterator_spec;

#endif
