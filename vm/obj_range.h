// vm/obj_range.h: range and slice objects.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_RANGE_H
#define PY_OBJ_RANGE_H

#include "obj.h"
#include "vm.h"

typedef struct py_range {
    py_obj_t base;
    py_val_t start, stop, step;  // ints of any size; step is never 0
    py_val_t len;                // int: the number of items
} py_range_t;

// One iterator type for both forms, as the name CPython shows for the
// small one: items in int64 (next, step, left), or, when [bleft] is not
// PY_NULL, ints of any size. Public so that the loop's FOR_ITER can step
// the int64 form without a call.
typedef struct py_range_iter {
    py_obj_t base;
    int64_t next, step;
    uint64_t left;              // items still to yield
    py_val_t bnext, bstep, bleft;
} py_range_iter_t;

typedef struct py_slice {
    py_obj_t base;
    py_val_t start, stop, step;  // None when omitted
} py_slice_t;

// range(start, stop, step) from C integers; [step] must not be 0. May allocate.
py_val_t py_range_new(py_vm_t *vm, int64_t start, int64_t stop, int64_t step);
py_val_t py_slice_new(py_vm_t *vm, py_val_t start, py_val_t stop, py_val_t step);
// slice.indices(len): clamps the slice to a sequence of [len] items and
// returns the number of items it selects. Raises ValueError for step 0.
size_t py_slice_indices(py_vm_t *vm, py_val_t slice, size_t len, int64_t *start,
                        int64_t *stop, int64_t *step);
// Clamps one slice bound [i] to a sequence of [len] items for a step of
// [step]'s sign, as PySlice_AdjustIndices does. Never raises.
int64_t py_slice_adjust(int64_t i, int64_t len, int64_t step);

extern const py_type_spec_t py_range_spec;
extern const py_type_spec_t py_range_iterator_spec;
extern const py_type_spec_t py_slice_spec;

// added by COLL: reversed(range): a range_iterator yielding the items last
// first (what range.__reversed__ returns). May allocate.
py_val_t py_range_reversed(py_vm_t *vm, py_val_t range);

#endif
