// mods/array.h: the array.array object shared by mods/array.c (the type and
// its methods) and mods/array_seq.c (indexing, slicing, operators).
// Layer: library modules.
// SPDX-License-Identifier: MIT

#ifndef PY_ARRAY_H
#define PY_ARRAY_H

#include "obj.h"
#include "vm.h"

// A typed array: [len] items of [itemsize] bytes, stored as the C type of
// [typecode] in native byte order, in a py_gc_new_bytes block of [cap] items.
typedef struct py_array {
    py_obj_t base;
    char typecode;
    uint8_t itemsize;
    size_t len, cap;
    uint8_t *data;   // NULL when cap is 0
} py_array_t;

static inline py_array_t *py_array_ptr(py_val_t v) { return (py_array_t *)py_obj(v); }

// True when [v] is an array.array (or an instance of a subclass). Never raises.
bool py_array_check(py_vm_t *vm, py_val_t v);
// A new, empty array.array of [typecode] (already validated) with room for
// [cap] items. May allocate.
py_val_t py_array_new(py_vm_t *vm, char typecode, size_t cap);
// Makes room for [n] more items (the length is not changed); the storage
// never shrinks. Raises MemoryError when the size is too large; may allocate.
void py_array_reserve(py_vm_t *vm, py_val_t a, size_t n);
// Converts [v] to the bytes of one item of [typecode] in [out] (itemsize
// bytes), with CPython's errors (OverflowError "signed char is greater than
// maximum", TypeError "must be real number, not str"). May run __index__ /
// __float__ and so allocate.
void py_array_pack_item(py_vm_t *vm, char typecode, py_val_t v, uint8_t *out);
// The value of the item at [p] of [typecode]. May allocate.
py_val_t py_array_unpack_item(py_vm_t *vm, char typecode, const uint8_t *p);
// Appends [v], converted. May allocate.
void py_array_append(py_vm_t *vm, py_val_t a, py_val_t v);
// The value of item [i] (< len). May allocate.
static inline py_val_t py_array_get(py_vm_t *vm, py_val_t a, size_t i) {
    py_array_t *arr = py_array_ptr(a);
    return py_array_unpack_item(vm, arr->typecode, arr->data + i * arr->itemsize);
}

// The sequence slots of mods/array_seq.c.
py_val_t py_array_getitem(py_vm_t *vm, py_val_t self, py_val_t key);
void py_array_setitem(py_vm_t *vm, py_val_t self, py_val_t key, py_val_t value);
py_val_t py_array_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b);
py_val_t py_array_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b);
int py_array_contains(py_vm_t *vm, py_val_t self, py_val_t item);

#endif
