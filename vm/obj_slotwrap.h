// vm/obj_slotwrap.h: slot wrappers, the dunder methods of built-in types' C slots.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_SLOTWRAP_H
#define PY_OBJ_SLOTWRAP_H

#include "obj.h"
#include "vm.h"

// Adds to built-in type [t]'s dict a wrapper_descriptor for each C slot of
// [spec] that differs from its base's (__repr__, __eq__..., __add__...,
// __len__, __getitem__...), keeping methods the spec already defines, and
// __hash__ = None when the spec compares but does not hash. May raise; may allocate.
void py_slotwrap_add(py_vm_t *vm, py_type_t *t, const py_type_spec_t *spec);
// The method-wrapper of slot wrapper [descr] bound to [self]. May allocate.
py_val_t py_slotwrap_bind(py_vm_t *vm, py_val_t descr, py_val_t self);

// For attribute lookups written for wrappers made lazily on a lookup miss:
// here every wrapper is in its owner's dict from start-up, so a miss finds
// no wrapper (PY_NULL) and a found entry is never shadowed (returns [found]).
// Never raise; do not allocate.
py_val_t py_slot_wrapper_find(py_vm_t *vm, py_type_t *type, size_t start, py_val_t name,
                              py_type_t *stop);
py_val_t py_slot_wrapper_shadow(py_vm_t *vm, py_type_t *type, py_type_t *owner, py_val_t name,
                                py_val_t found);

extern const py_type_spec_t py_wrapper_descriptor_spec;
extern const py_type_spec_t py_method_wrapper_spec;

#endif
