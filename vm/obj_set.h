// vm/obj_set.h: set and frozenset: hash tables of keys.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_SET_H
#define PY_OBJ_SET_H

#include "obj.h"
#include "vm.h"

// A new empty set, or frozenset when [frozen].
py_val_t py_set_new(py_vm_t *vm, bool frozen);
// Adds [v]; may raise TypeError for an unhashable value.
void py_set_add(py_vm_t *vm, py_val_t set, py_val_t v);
bool py_set_contains(py_vm_t *vm, py_val_t set, py_val_t v);

extern const py_type_spec_t py_set_spec;
extern const py_type_spec_t py_frozenset_spec;

// added by COLL: the spec of the set iterator, defined in vm/obj_set.c.
extern const py_type_spec_t py_set_iterator_spec;

#endif
