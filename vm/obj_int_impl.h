// vm/obj_int_impl.h: the bigint layout and helpers shared by vm/obj_int*.c
// and vm/obj_bool.c. Layer: vm core (types); private to the int files.
// SPDX-License-Identifier: MIT
//
// A bigint is sign and magnitude: `size` counts the limbs in use (negative
// for a negative value), and the limbs follow the object at `offset` bytes
// from its start. The offset is sizeof(py_bigint_t) for int itself and the
// subclass's basicsize for instances of Python subclasses of int, whose own
// fields (the instance dict) sit before the limbs. Subclass instances may
// hold values that fit a small int; exact ints never do (obj_int.h).

#ifndef PY_OBJ_INT_IMPL_H
#define PY_OBJ_INT_IMPL_H

#include "config.h"
#include "mpn.h"
#include "obj_int.h"

typedef struct py_bigint {
    py_obj_t base;
    int32_t size;      // limbs in use, negative for a negative value
    uint32_t offset;   // byte offset of the limbs from the object's start
} py_bigint_t;

// Largest bigint, in limbs: 2^28 limbs are 1 GiB, beyond any heap we run
// with, and keep byte counts within 32-bit size_t and `size` within int32.
#define PY_INT_MAX_LIMBS ((size_t)1 << 28)

static inline py_limb_t *py_bigint_limbs(py_bigint_t *b) {
    return (py_limb_t *)((char *)b + b->offset);
}

// A read-only view of any int's (or bool's) sign and magnitude. Small
// values live in buf, so a view must not be copied by value.
typedef struct py_int_view {
    const py_limb_t *d;
    size_t n;          // normalised limb count
    bool neg;
    py_limb_t buf[2];
} py_int_view_t;

// Fills [w] for the int or bool [v]. Does not allocate or raise.
void py_int_view(py_val_t v, py_int_view_t *w);
// A bigint object of room for [n] limbs (size 0), of exact type int.
// May allocate; raises MemoryError beyond PY_INT_MAX_LIMBS.
py_bigint_t *py_int_alloc(py_vm_t *vm, size_t n);
// The normalised int value of [n] limbs in [b] (written by the caller) with
// sign [neg]: a small int when it fits. Does not allocate.
py_val_t py_int_finish(py_bigint_t *b, size_t n, bool neg);
// A normalised int from a magnitude anywhere in memory. May allocate.
py_val_t py_int_from_limbs(py_vm_t *vm, const py_limb_t *d, size_t n, bool neg);
// A zeroed limb buffer for scratch or results that the GC never scans.
// May allocate; raises MemoryError beyond PY_INT_MAX_LIMBS.
py_limb_t *py_int_scratch(py_vm_t *vm, size_t n);
// Gives back a py_int_scratch buffer early. Does not raise.
void py_int_release(py_vm_t *vm, py_limb_t *p);
// Limbs of C stack a caller may offer py_int_scratch_or (vm/config.h says why).
#define PY_INT_LOCAL_LIMBS PY_CFG_INT_LOCAL_LIMBS
// [local] (PY_INT_LOCAL_LIMBS limbs, not zeroed) when [n] limbs fit in it,
// else a py_int_scratch buffer. May allocate; release with py_int_release_or.
py_limb_t *py_int_scratch_or(py_vm_t *vm, size_t n, py_limb_t *local);
// Gives back a py_int_scratch_or buffer unless it is [local]. Does not raise.
void py_int_release_or(py_vm_t *vm, py_limb_t *p, const py_limb_t *local);
// Converts a bool to the small int 0 or 1; other values are returned as is.
static inline py_val_t py_int_unbool(py_val_t v) {
    return v == PY_TRUE ? py_small(1) : v == PY_FALSE ? py_small(0) : v;
}
// True for an int or a bool.
static inline bool py_int_like(py_vm_t *vm, py_val_t v) {
    return py_is_bool(v) || py_is_int(vm, v);
}
// -1, 0, 1 comparing the int [a] with the double [d] exactly; 2 when d is a NaN.
int py_int_cmp_double(py_vm_t *vm, py_val_t a, double d);

// The int type's slots, shared with bool (vm/obj_bool.c).
py_val_t py_int_slot_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b);
py_val_t py_int_slot_unary(py_vm_t *vm, py_unary_op_t op, py_val_t a);
py_val_t py_int_slot_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b);
py_hash_t py_int_slot_hash(py_vm_t *vm, py_val_t self);
int py_int_slot_truth(py_vm_t *vm, py_val_t self);
// The methods of int, which bool inherits through its type's MRO.
extern const py_method_def_t py_int_methods[];

#endif
