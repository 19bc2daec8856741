// vm/vm_match.h: what the bytecode loop calls for the match statement's instructions.
// Layer: vm core (VM). Internal to vm/vm_loop.c and vm/vm_match.c.
// SPDX-License-Identifier: MIT
//
// The semantics are CPython 3.11's (PEP 634): a subject is a sequence when it
// is a list, tuple or range (or an instance of a subclass), never a str or
// bytes; it is a mapping when it is a dict (or a subclass). Class patterns
// use __match_args__, and the built-ins bool, bytes, dict, float, frozenset,
// int, list, set, str and tuple match their one positional sub-pattern
// against the whole subject.

#ifndef PY_VM_MATCH_H
#define PY_VM_MATCH_H

#include "obj.h"
#include "opcodes.h"
#include "vm.h"

// ROT_DOWN: moves the item at sp[-1] down to be the [depth]-th item from the
// top, the ones in between moving up by one. Never raises or allocates.
void py_vm_match_rotate(py_val_t *sp, uint32_t depth);

// GET_LEN: len(v) as an int. May raise (a __len__); may allocate.
py_val_t py_vm_match_len(py_vm_t *vm, py_val_t v);

// MATCH_SEQUENCE: True when [subj] is a sequence whose len() is as [arg]
// says (len() is not called when any length will do). May raise (a __len__).
py_val_t py_vm_match_sequence(py_vm_t *vm, py_val_t subj, uint32_t arg);

// MATCH_MAPPING: True when [subj] is a mapping with at least [min] items
// (len() is called only when [min] > 0). May raise (a __len__).
py_val_t py_vm_match_mapping(py_vm_t *vm, py_val_t subj, uint32_t min);

// MATCH_KEYS: with `subj keys` at the top of [sp], pushes the tuple of
// subj's values for the keys (looked up with its get method) and True, or
// None and False when a key is missing; returns the new sp. Raises
// ValueError for a key given twice and TypeError for an unhashable one.
// May allocate.
py_val_t *py_vm_match_keys(py_vm_t *vm, py_val_t *sp);

// MATCH_CLASS: with `subj cls names` at the top of [sp], replaces them by
// the tuple of the [npos] positional then the keyword attributes and True,
// or by None and False when subj is not an instance of cls or lacks an
// attribute; returns the new sp. Raises TypeError, in CPython's words, for a
// cls that is not a type, a bad __match_args__, too many positional
// sub-patterns or an attribute matched twice. May allocate.
py_val_t *py_vm_match_class(py_vm_t *vm, py_val_t *sp, uint32_t npos);

// COPY_DICT_WITHOUT_KEYS: a new dict of the mapping [subj]'s items except
// those of the tuple [keys]. May raise (KeyError when a key is not in it);
// allocates.
py_val_t py_vm_match_dict_rest(py_vm_t *vm, py_val_t subj, py_val_t keys);

#endif
