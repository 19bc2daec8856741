// vm/obj_dict.h: dict: a compact, insertion-ordered hash table.
// Layer: vm core (types). Also the namespace of modules, classes and instances.
// SPDX-License-Identifier: MIT
//
// Entries live in a dense array in insertion order; a power-of-two index
// table maps hashes to entry positions (DESIGN §6). Deleted entries leave a
// hole that the next resize compacts. version changes on every mutation so
// inline caches of globals can trust an unchanged dict.

#ifndef PY_OBJ_DICT_H
#define PY_OBJ_DICT_H

#include "obj.h"
#include "vm.h"

typedef struct py_dict_entry {
    py_val_t key;      // PY_NULL for a deleted entry
    py_val_t value;
    py_hash_t hash;
} py_dict_entry_t;

typedef struct py_dict {
    py_obj_t base;
    size_t len;            // live entries
    size_t used;           // entries used in the dense array, live or deleted
    size_t cap;            // capacity of the dense array
    size_t mask;           // index table size - 1 (power of two), 0 when no table
    py_dict_entry_t *entries;  // py_gc_new_values block (3 words per entry)
    void *index;           // py_gc_new_bytes block: int32 slots, -1 empty, -2 deleted
    uint64_t version;      // changes on every insert, delete and update
} py_dict_t;

static inline py_dict_t *py_dict_ptr(py_val_t v) { return (py_dict_t *)v; }

py_val_t py_dict_new(py_vm_t *vm);
// The value for [key], or PY_NULL if absent. May raise (unhashable key, or a
// raising __eq__/__hash__).
py_val_t py_dict_get(py_vm_t *vm, py_val_t dict, py_val_t key);
// Stores key: value. May allocate; may raise.
void py_dict_set(py_vm_t *vm, py_val_t dict, py_val_t key, py_val_t value);
// Removes [key]; returns its value, or PY_NULL if it was absent.
py_val_t py_dict_remove(py_vm_t *vm, py_val_t dict, py_val_t key);
// Fast paths for interned str keys (names): never call __eq__, never raise
// except MemoryError from set.
py_val_t py_dict_get_name(py_vm_t *vm, py_val_t dict, py_val_t name);
void py_dict_set_name(py_vm_t *vm, py_val_t dict, py_val_t name, py_val_t value);
// Iteration by position: advances *pos and returns the next live entry, or NULL.
py_dict_entry_t *py_dict_next(py_val_t dict, size_t *pos);
// dict.update(other) for a dict or an iterable of pairs.
void py_dict_update(py_vm_t *vm, py_val_t dict, py_val_t other);
// A shallow copy.
py_val_t py_dict_copy(py_vm_t *vm, py_val_t dict);

extern const py_type_spec_t py_dict_spec;

// added by COLL: what a dict view or iterator yields.
typedef enum { PY_DICT_KEYS, PY_DICT_VALUES, PY_DICT_ITEMS } py_dict_kind_t;
// added by COLL: an iterator over [dict]'s keys, values or (key, value)
// tuples, last first when [reverse]. Raises RuntimeError when the dict
// changes size meanwhile. May allocate.
py_val_t py_dict_iter_new(py_vm_t *vm, py_val_t dict, py_dict_kind_t kind, bool reverse);
// added by COLL: d.keys(), d.values() or d.items(). May allocate.
py_val_t py_dict_view_new(py_vm_t *vm, py_val_t dict, py_dict_kind_t kind);
// added by COLL: removes the last-inserted entry into *key and *value
// (popitem); false when the dict is empty. Never raises; does not allocate.
bool py_dict_pop_last(py_val_t dict, py_val_t *key, py_val_t *value);
// added by COLL: the specs of vm/obj_dict_views.c.
extern const py_type_spec_t py_dict_keys_spec;
extern const py_type_spec_t py_dict_values_spec;
extern const py_type_spec_t py_dict_items_spec;
extern const py_type_spec_t py_dict_iterator_spec;

#endif
