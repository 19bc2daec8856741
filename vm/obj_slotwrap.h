// vm/obj_slotwrap.h: slot wrappers, the dunder methods of built-in types' C slots.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_SLOTWRAP_H
#define PY_OBJ_SLOTWRAP_H

#include "obj.h"
#include "vm.h"

// Adds to built-in type [t]'s dict, if not done yet (t->pending_slots), a
// wrapper_descriptor for each of its own C slots that differs from its
// base's (__repr__, __eq__..., __add__..., __len__, __getitem__...), keeping
// methods the spec already defines, and __hash__ = None when it compares but
// does not hash. May raise; may allocate.
void py_slotwrap_materialise(py_vm_t *vm, py_type_t *t);
// The same for every type of [t]'s MRO; true when any had wrappers pending.
bool py_slotwrap_materialise_mro(py_vm_t *vm, py_type_t *t);
// Called before a lookup of [name] along [t]'s MRO: a dunder may be a
// built-in's slot whose wrapper is not made yet, and must be found before a
// base's (list.__hash__ is None, not object's). May allocate.
void py_slotwrap_before_lookup(py_vm_t *vm, py_type_t *t, py_val_t name);
// The method-wrapper of slot wrapper [descr] bound to [self]. May allocate.
py_val_t py_slotwrap_bind(py_vm_t *vm, py_val_t descr, py_val_t self);

extern const py_type_spec_t py_wrapper_descriptor_spec;
extern const py_type_spec_t py_method_wrapper_spec;

// The operators of core type [id] (int, str, list...), or NULL for one with
// none. Never raises; does not allocate.
const py_operator_set_t *py_slotwrap_builtin_operators(py_type_id_t id);

#endif
