// mods/array_seq.c: array.array as a sequence: indexing, slicing, slice
// assignment and deletion, +, *, +=, *=, comparisons and `in`.
// Layer: library modules (the slots of mods/array.c's type).
// SPDX-License-Identifier: MIT

#include "array.h"
#include "except.h"
#include "gc.h"
#include "obj_int.h"
#include "obj_range.h"
#include "obj_str.h"
#include "runtime.h"

// True when [v] can index an array: an int, or an object with __index__.
static bool is_index(py_vm_t *vm, py_val_t v) {
    return py_is_int(vm, v) ||
           py_type_lookup(vm, py_type_of(vm, v), py_name(vm, PY_NAME___index__)) != PY_NULL;
}

// An item index for an array of [len] items, or -1 when out of range.
static int64_t item_index(py_vm_t *vm, py_val_t key, size_t len) {
    int64_t i;
    if (!py_int_to_i64(py_index(vm, key), &i))
        py_raise_index_error(vm, "cannot fit 'int' into an index-sized integer");
    if (i < 0) i += (int64_t)len;
    return i < 0 || i >= (int64_t)len ? -1 : i;
}

static bool is_slice(py_vm_t *vm, py_val_t v) { return py_is_a(vm, v, PY_T_slice); }

// ---- reading --------------------------------------------------------------------------------

// self[start::step] for [count] items, as a new array.array.
static py_val_t slice_copy(py_vm_t *vm, py_val_t self, int64_t start, int64_t step, size_t count) {
    py_val_t r = py_array_new(vm, py_array_ptr(self)->typecode, count);
    py_array_t *a = py_array_ptr(self), *out = py_array_ptr(r);
    size_t sz = a->itemsize;
    for (size_t k = 0; k < count; k++)
        memcpy(out->data + k * sz, a->data + (size_t)(start + (int64_t)k * step) * sz, sz);
    out->len = count;
    return r;
}

py_val_t py_array_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    size_t len = py_array_ptr(self)->len;
    if (is_slice(vm, key)) {
        int64_t start, stop, step;
        size_t count = py_slice_indices(vm, key, len, &start, &stop, &step);
        return slice_copy(vm, self, start, step, count);
    }
    if (!is_index(vm, key)) py_raise_type_error(vm, "array indices must be integers");
    int64_t i = item_index(vm, key, len);
    if (i < 0) py_raise_index_error(vm, "array index out of range");
    return py_array_get(vm, self, (size_t)i);
}

// ---- writing ----------------------------------------------------------------------------------

// Replaces [count] items from [start] by the [n] items at [src] (bytes
// already in the array's format, not inside the array).
static void replace_run(py_vm_t *vm, py_val_t self, size_t start, size_t count,
                        const uint8_t *src, size_t n) {
    if (n > count) py_array_reserve(vm, self, n - count);
    py_array_t *a = py_array_ptr(self);
    size_t sz = a->itemsize;
    // Empty arrays may have no storage at all (NULL), which memcpy must never see.
    if (a->len - start - count)
        memmove(a->data + (start + n) * sz, a->data + (start + count) * sz,
                (a->len - start - count) * sz);
    if (n) memcpy(a->data + start * sz, src, n * sz);
    a->len = a->len - count + n;
}

// del self[slice].
static void delete_slice(py_vm_t *vm, py_val_t self, py_val_t key) {
    py_array_t *a = py_array_ptr(self);
    int64_t start, stop, step;
    size_t count = py_slice_indices(vm, key, a->len, &start, &stop, &step);
    if (count == 0) return;
    if (step < 0) {   // the same items, walked forwards
        start += (int64_t)(count - 1) * step;
        step = -step;
    }
    size_t sz = a->itemsize, out = (size_t)start, next = (size_t)start, k = 0;
    for (size_t i = (size_t)start; i < a->len; i++) {
        if (k < count && i == next) {   // dropped
            k++;
            next += (size_t)step;
            continue;
        }
        memmove(a->data + out * sz, a->data + i * sz, sz);
        out++;
    }
    a->len = out;
}

// self[slice] = value, where value must be an array of the same typecode.
static void assign_slice(py_vm_t *vm, py_val_t self, py_val_t key, py_val_t value) {
    if (!py_array_check(vm, value))
        py_raise_type_error(vm, "can only assign array (not \"%T\") to array slice", value);
    py_array_t *a = py_array_ptr(self), *v = py_array_ptr(value);
    if (v->typecode != a->typecode) py_raise_type_error(vm, "bad argument type for built-in operation");
    int64_t start, stop, step;
    size_t count = py_slice_indices(vm, key, a->len, &start, &stop, &step);
    // A private copy of the source: it may be self, and growing self may move its data.
    uint8_t *src = py_gc_new_bytes(vm, v->len * v->itemsize + 1);
    size_t n = v->len;
    if (n) memcpy(src, v->data, n * v->itemsize);   // an empty array's data may be NULL
    if (step == 1) {
        replace_run(vm, self, (size_t)start, count, src, n);
        return;
    }
    if (n != count)
        py_raise_value_error(vm, "attempt to assign array of size %zu to extended slice of size %zu",
                             n, count);
    size_t sz = a->itemsize;
    for (size_t k = 0; k < count; k++)
        memcpy(a->data + (size_t)(start + (int64_t)k * step) * sz, src + k * sz, sz);
}

void py_array_setitem(py_vm_t *vm, py_val_t self, py_val_t key, py_val_t value) {
    if (is_slice(vm, key)) {
        if (value == PY_NULL) delete_slice(vm, self, key);
        else assign_slice(vm, self, key, value);
        return;
    }
    if (!is_index(vm, key)) py_raise_type_error(vm, "array indices must be integers");
    int64_t i = item_index(vm, key, py_array_ptr(self)->len);
    if (i < 0) py_raise_index_error(vm, "array assignment index out of range");
    py_array_t *a = py_array_ptr(self);
    if (value == PY_NULL) {
        memmove(a->data + (size_t)i * a->itemsize, a->data + ((size_t)i + 1) * a->itemsize,
                (a->len - (size_t)i - 1) * a->itemsize);
        a->len--;
        return;
    }
    uint8_t tmp[8];
    py_array_pack_item(vm, a->typecode, value, tmp);   // may run Python code that shrinks self
    a = py_array_ptr(self);
    if ((size_t)i >= a->len) py_raise_index_error(vm, "array assignment index out of range");
    memcpy(a->data + (size_t)i * a->itemsize, tmp, a->itemsize);
}

// ---- operators ------------------------------------------------------------------------------------

// True when [other]'s class defines [name] in Python, so that its own
// operator method must get its turn instead of an error from us.
static bool defers_to(py_vm_t *vm, py_val_t other, const char *name) {
    py_type_t *t = py_type_of(vm, other);
    return (t->flags & PY_TF_HEAPTYPE) &&
           py_type_lookup(vm, t, py_str_intern_c(vm, name)) != PY_NULL;
}

static py_val_t concat(py_vm_t *vm, py_val_t a, py_val_t b, bool inplace) {
    if (!py_array_check(vm, b)) {
        if (defers_to(vm, b, "__radd__")) return PY_NOTIMPLEMENTED;
        if (inplace)
            py_raise_type_error(vm, "can only extend array with array (not \"%T\")", b);
        py_raise_type_error(vm, "can only append array (not \"%T\") to array", b);
    }
    py_array_t *x = py_array_ptr(a), *y = py_array_ptr(b);
    if (x->typecode != y->typecode) {
        if (inplace) py_raise_type_error(vm, "can only extend with array of same kind");
        py_raise_type_error(vm, "bad argument type for built-in operation");
    }
    py_val_t r = inplace ? a : py_array_new(vm, x->typecode, x->len + y->len);
    if (!inplace) replace_run(vm, r, 0, 0, py_array_ptr(a)->data, py_array_ptr(a)->len);
    uint8_t *src = py_gc_new_bytes(vm, y->len * y->itemsize + 1);   // b may be a
    size_t n = py_array_ptr(b)->len;
    if (n) memcpy(src, py_array_ptr(b)->data, n * py_array_ptr(b)->itemsize);
    replace_run(vm, r, py_array_ptr(r)->len, 0, src, n);
    return r;
}

static py_val_t repeat(py_vm_t *vm, py_val_t a, py_val_t count, bool inplace) {
    if (!is_index(vm, count)) {
        if (defers_to(vm, count, "__rmul__") || defers_to(vm, count, "__mul__"))
            return PY_NOTIMPLEMENTED;
        py_raise_type_error(vm, "can't multiply sequence by non-int of type '%T'", count);
    }
    int64_t n;
    if (!py_int_to_i64(py_index(vm, count), &n)) py_raise_memory_error(vm);
    if (n < 0) n = 0;
    py_array_t *x = py_array_ptr(a);
    size_t len = x->len, sz = x->itemsize;
    if (len && (uint64_t)n > SIZE_MAX / 2 / sz / len) py_raise_memory_error(vm);
    uint8_t *src = py_gc_new_bytes(vm, len * sz + 1);
    if (len) memcpy(src, py_array_ptr(a)->data, len * sz);
    py_val_t r = a;
    if (inplace) py_array_ptr(a)->len = 0;
    else r = py_array_new(vm, x->typecode, len * (size_t)n);
    py_array_reserve(vm, r, len * (size_t)n);
    for (int64_t k = 0; k < n; k++) replace_run(vm, r, py_array_ptr(r)->len, 0, src, len);
    return r;
}

py_val_t py_array_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    bool inplace = op & PY_OP_INPLACE;
    op &= ~PY_OP_INPLACE;
    bool left = py_array_check(vm, a);
    if (op == PY_OP_ADD && left) return concat(vm, a, b, inplace);
    if (op == PY_OP_MUL) return left ? repeat(vm, a, b, inplace) : repeat(vm, b, a, false);
    return PY_NOTIMPLEMENTED;
}

// Arrays compare item by item, as lists do, whatever their typecodes.
py_val_t py_array_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (!py_array_check(vm, a) || !py_array_check(vm, b)) return PY_NOTIMPLEMENTED;
    size_t i = 0;
    for (; i < py_array_ptr(a)->len && i < py_array_ptr(b)->len; i++) {
        py_val_t x = py_array_get(vm, a, i), y = py_array_get(vm, b, i);
        if (py_equal(vm, x, y)) continue;
        if (op == PY_CMP_OP_EQ) return PY_FALSE;
        if (op == PY_CMP_OP_NE) return PY_TRUE;
        return py_compare(vm, op, x, y);
    }
    size_t la = py_array_ptr(a)->len, lb = py_array_ptr(b)->len;
    switch (op) {
    case PY_CMP_OP_EQ: return py_bool(la == lb);
    case PY_CMP_OP_NE: return py_bool(la != lb);
    case PY_CMP_OP_LT: return py_bool(la < lb);
    case PY_CMP_OP_LE: return py_bool(la <= lb);
    case PY_CMP_OP_GT: return py_bool(la > lb);
    default: return py_bool(la >= lb);
    }
}

int py_array_contains(py_vm_t *vm, py_val_t self, py_val_t item) {
    for (size_t i = 0; i < py_array_ptr(self)->len; i++)
        if (py_equal(vm, py_array_get(vm, self, i), item)) return 1;
    return 0;
}
