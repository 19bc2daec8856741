// vm/obj_range.c: range (an arithmetic sequence of int64 values), its
// iterator, and slice objects with CPython's index clamping.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include "obj_range.h"
#include "except.h"
#include "gc.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

typedef struct range_iter {
    py_obj_t base;
    int64_t next, step;
    uint64_t left;   // items still to yield
} range_iter_t;

// ---- helpers -------------------------------------------------------------------------------------

static bool has_index(py_vm_t *vm, py_val_t v) {
    if (py_is_int(vm, v) || py_is_bool(v)) return true;
    return py_type_lookup(vm, py_type_of(vm, v), py_name(vm, PY_NAME___index__)) != PY_NULL;
}

// The number of items of range(start, stop, step), which may exceed INT64_MAX.
static uint64_t range_count(int64_t start, int64_t stop, int64_t step) {
    if (step > 0 && start < stop)
        return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    if (step < 0 && start > stop)
        return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    return 0;
}

static uint64_t count_of(py_val_t r) {
    py_range_t *x = (py_range_t *)py_obj(r);
    return range_count(x->start, x->stop, x->step);
}

static py_val_t int_val(py_vm_t *vm, int64_t i) {
    return py_int_fits_small(i) ? py_small((py_int_t)i) : py_int_from_i64(vm, i);
}

// ---- range -----------------------------------------------------------------------------------------

py_val_t py_range_new(py_vm_t *vm, int64_t start, int64_t stop, int64_t step) {
    py_range_t *r = py_gc_new(vm, vm->types[PY_T_range], sizeof(py_range_t));
    r->start = start;
    r->stop = stop;
    r->step = step;
    return py_from_obj(r);
}

static py_val_t range_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)type;
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len)
        py_raise_type_error(vm, "range() takes no keyword arguments");
    if (nargs == 0) py_raise_type_error(vm, "range expected at least 1 argument, got 0");
    if (nargs > 3) py_raise_type_error(vm, "range expected at most 3 arguments, got %zu", nargs);
    int64_t v[3] = {0, 0, 1};
    for (size_t i = 0; i < nargs; i++) v[i] = py_to_int64(vm, args[i]);
    if (nargs == 1) return py_range_new(vm, 0, v[0], 1);
    if (v[2] == 0) py_raise_value_error(vm, "range() arg 3 must not be zero");
    return py_range_new(vm, v[0], v[1], v[2]);
}

static py_val_t range_repr(py_vm_t *vm, py_val_t self) {
    py_range_t *r = (py_range_t *)py_obj(self);
    char buf[80];   // three int64s in decimal and the text around them
    if (r->step == 1)
        snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    else
        snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start,
                 (long long)r->stop, (long long)r->step);
    return py_str_from_c(vm, buf);
}

static size_t range_len(py_vm_t *vm, py_val_t self) {
    uint64_t n = count_of(self);
    if (n > (uint64_t)PTRDIFF_MAX)
        py_raise_fmt(vm, PY_EXC_OverflowError, "Python int too large to convert to C ssize_t");
    return (size_t)n;
}

static int range_truth(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return count_of(self) != 0;
}

// The item at position [i] (0 <= i < count).
static int64_t item_at(py_range_t *r, uint64_t i) {
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

static py_val_t get_slice(py_vm_t *vm, py_val_t self, py_val_t slice) {
    py_range_t *r = (py_range_t *)py_obj(self);
    int64_t start, stop, step;
    py_slice_indices(vm, slice, range_len(vm, self), &start, &stop, &step);
    int64_t s0 = (int64_t)((uint64_t)r->start + (uint64_t)start * (uint64_t)r->step);
    int64_t s1 = (int64_t)((uint64_t)r->start + (uint64_t)stop * (uint64_t)r->step);
    return py_range_new(vm, s0, s1, step * r->step);
}

static py_val_t range_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    py_range_t *r = (py_range_t *)py_obj(self);
    if (py_is_a(vm, key, PY_T_slice)) return get_slice(vm, self, key);
    if (!has_index(vm, key))
        py_raise_type_error(vm, "range indices must be integers or slices, not %T", key);
    int64_t i;
    if (py_is_int(vm, key) && !py_is_small(key) && !py_int_to_i64(key, &i))
        py_raise_index_error(vm, "range object index out of range");
    i = py_to_int64(vm, key);
    uint64_t n = count_of(self);
    uint64_t u = i < 0 ? n - (0 - (uint64_t)i) : (uint64_t)i;
    if ((i < 0 && (0 - (uint64_t)i) > n) || u >= n)
        py_raise_index_error(vm, "range object index out of range");
    return int_val(vm, item_at(r, u));
}

// The position of int [v] in the range, or -1 when it is not an item.
static int64_t int_pos(py_val_t self, py_val_t v) {
    py_range_t *r = (py_range_t *)py_obj(self);
    int64_t x;
    if (py_is_bool(v)) x = v == PY_TRUE;
    else if (!py_int_to_i64(v, &x)) return -1;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return -1;
    uint64_t d = r->step > 0 ? (uint64_t)x - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)x;
    uint64_t st = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
    return d % st ? -1 : (int64_t)(d / st);
}

static bool is_plain_int(py_vm_t *vm, py_val_t v) {
    return py_is_int(vm, v) || py_is_bool(v);
}

// The position of [v] by equality, for non-int values (1.0 in range(3)), or -1.
static int64_t search(py_vm_t *vm, py_val_t self, py_val_t v) {
    py_range_t *r = (py_range_t *)py_obj(self);
    uint64_t n = count_of(self);
    for (uint64_t i = 0; i < n; i++)
        if (py_equal(vm, int_val(vm, item_at(r, i)), v)) return (int64_t)i;
    return -1;
}

static int range_contains(py_vm_t *vm, py_val_t self, py_val_t v) {
    if (is_plain_int(vm, v)) return int_pos(self, v) >= 0;
    return search(vm, self, v) >= 0;
}

static py_val_t range_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (op > PY_CMP_OP_NE || !py_is_a(vm, a, PY_T_range) || !py_is_a(vm, b, PY_T_range))
        return PY_NOTIMPLEMENTED;
    py_range_t *x = (py_range_t *)py_obj(a), *y = (py_range_t *)py_obj(b);
    uint64_t n = count_of(a);
    bool eq = n == count_of(b) && (n == 0 || (x->start == y->start && (n == 1 || x->step == y->step)));
    return py_bool(eq == (op == PY_CMP_OP_EQ));
}

// As CPython: the hash of (len, start, step), with None for the parts that
// do not matter (so equal ranges hash equal).
static py_hash_t range_hash(py_vm_t *vm, py_val_t self) {
    py_range_t *r = (py_range_t *)py_obj(self);
    uint64_t n = count_of(self);
    py_val_t parts[3] = {py_int_from_u64(vm, n), PY_NONE, PY_NONE};
    if (n > 0) parts[1] = int_val(vm, r->start);
    if (n > 1) parts[2] = int_val(vm, r->step);
    return py_hash(vm, py_tuple_new(vm, 3, parts));
}

static py_val_t range_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_range_t *r = (py_range_t *)py_obj(self);
    if (name == py_name(vm, PY_NAME_start)) return int_val(vm, r->start);
    if (name == py_name(vm, PY_NAME_stop)) return int_val(vm, r->stop);
    if (name == py_name(vm, PY_NAME_step)) return int_val(vm, r->step);
    return PY_NULL;
}

static py_val_t make_iter(py_vm_t *vm, int64_t first, int64_t step, uint64_t n) {
    range_iter_t *it = py_gc_new(vm, vm->types[PY_T_range_iterator], sizeof(range_iter_t));
    it->next = first;
    it->step = step;
    it->left = n;
    return py_from_obj(it);
}

static py_val_t range_iter(py_vm_t *vm, py_val_t self) {
    py_range_t *r = (py_range_t *)py_obj(self);
    return make_iter(vm, r->start, r->step, count_of(self));
}

py_val_t py_range_reversed(py_vm_t *vm, py_val_t range) {
    py_range_t *r = (py_range_t *)py_obj(range);
    uint64_t n = count_of(range);
    return make_iter(vm, n ? item_at(r, n - 1) : r->start, (int64_t)(0 - (uint64_t)r->step), n);
}

static py_val_t range_iter_next(py_vm_t *vm, py_val_t self) {
    range_iter_t *it = (range_iter_t *)py_obj(self);
    if (it->left == 0) return PY_NULL;
    int64_t v = it->next;
    if (--it->left) it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
    return int_val(vm, v);
}

static py_val_t iter_self(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return self;
}

static py_val_t m_count(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    if (is_plain_int(vm, args[1])) return py_small(int_pos(args[0], args[1]) >= 0);
    py_range_t *r = (py_range_t *)py_obj(args[0]);
    uint64_t n = count_of(args[0]), c = 0;
    for (uint64_t i = 0; i < n; i++)
        if (py_equal(vm, int_val(vm, item_at(r, i)), args[1])) c++;
    return py_int_from_u64(vm, c);
}

static py_val_t m_index(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    int64_t i = is_plain_int(vm, args[1]) ? int_pos(args[0], args[1]) : search(vm, args[0], args[1]);
    if (i < 0) py_raise_value_error(vm, "%R is not in range", args[1]);
    return int_val(vm, i);
}

static py_val_t m_reversed(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_range_reversed(vm, args[0]);
}

static const py_method_def_t range_methods[] = {
    {"count", m_count, 2, 2, 0},
    {"index", m_index, 2, 2, 0},
    {"__reversed__", m_reversed, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_range_spec = {
    .name = "range",
    .base = PY_T_object,
    .basicsize = sizeof(py_range_t),
    .slots = {
        .make_new = range_make_new,
        .repr = range_repr,
        .hash = range_hash,
        .compare = range_compare,
        .truth = range_truth,
        .len = range_len,
        .getattr = range_getattr,
        .getitem = range_getitem,
        .contains = range_contains,
        .iter = range_iter,
    },
    .methods = range_methods,
};

const py_type_spec_t py_range_iterator_spec = {
    .name = "range_iterator",
    .base = PY_T_object,
    .basicsize = sizeof(range_iter_t),
    .slots = {.iter = iter_self, .next = range_iter_next},
};

// ---- slice -------------------------------------------------------------------------------------------

py_val_t py_slice_new(py_vm_t *vm, py_val_t start, py_val_t stop, py_val_t step) {
    py_slice_t *s = py_gc_new(vm, vm->types[PY_T_slice], sizeof(py_slice_t));
    s->start = start;
    s->stop = stop;
    s->step = step;
    return py_from_obj(s);
}

// A slice bound as a C integer: None gives [dflt]; ints too big for int64 clamp
// to its range, as CPython's _PyEval_SliceIndex clamps to Py_ssize_t.
static int64_t bound(py_vm_t *vm, py_val_t v, int64_t dflt) {
    if (v == PY_NONE) return dflt;
    if (py_is_small(v)) return py_small_val(v);
    if (!has_index(vm, v))
        py_raise_type_error(vm, "slice indices must be integers or None or have an __index__ method");
    int64_t i;
    if (py_is_int(vm, v) && !py_int_to_i64(v, &i)) return py_int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
    return py_to_int64(vm, v);
}

// Clamps one bound to the sequence, as PySlice_AdjustIndices.
static int64_t adjust(int64_t i, int64_t len, int64_t step) {
    if (i < 0) {
        i += len;
        if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= len) {
        i = step < 0 ? len - 1 : len;
    }
    return i;
}

size_t py_slice_indices(py_vm_t *vm, py_val_t slice, size_t len, int64_t *start, int64_t *stop,
                        int64_t *step) {
    py_slice_t *s = (py_slice_t *)py_obj(slice);
    int64_t st = bound(vm, s->step, 1);
    if (st == 0) py_raise_value_error(vm, "slice step cannot be zero");
    if (st < -INT64_MAX) st = -INT64_MAX;   // so that -step cannot overflow
    int64_t n = (int64_t)len;
    int64_t a = adjust(bound(vm, s->start, st < 0 ? INT64_MAX : 0), n, st);
    int64_t b = adjust(bound(vm, s->stop, st < 0 ? INT64_MIN : INT64_MAX), n, st);
    *start = a;
    *stop = b;
    *step = st;
    if (st < 0) return b < a ? (size_t)((a - b - 1) / -st + 1) : 0;
    return a < b ? (size_t)((b - a - 1) / st + 1) : 0;
}

static py_val_t slice_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)type;
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len)
        py_raise_type_error(vm, "slice() takes no keyword arguments");
    if (nargs == 0) py_raise_type_error(vm, "slice expected at least 1 argument, got 0");
    if (nargs > 3) py_raise_type_error(vm, "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return py_slice_new(vm, PY_NONE, args[0], PY_NONE);
    return py_slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : PY_NONE);
}

static py_val_t slice_repr(py_vm_t *vm, py_val_t self) {
    py_slice_t *s = (py_slice_t *)py_obj(self);
    return py_str_format_c(vm, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static py_val_t slice_as_tuple(py_vm_t *vm, py_val_t self) {
    py_slice_t *s = (py_slice_t *)py_obj(self);
    py_val_t parts[3] = {s->start, s->stop, s->step};
    return py_tuple_new(vm, 3, parts);
}

static py_val_t slice_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (!py_is_a(vm, a, PY_T_slice) || !py_is_a(vm, b, PY_T_slice)) return PY_NOTIMPLEMENTED;
    if (a == b && (op == PY_CMP_OP_EQ || op == PY_CMP_OP_NE)) return py_bool(op == PY_CMP_OP_EQ);
    return py_compare(vm, op, slice_as_tuple(vm, a), slice_as_tuple(vm, b));
}

static py_val_t slice_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_slice_t *s = (py_slice_t *)py_obj(self);
    if (name == py_name(vm, PY_NAME_start)) return s->start;
    if (name == py_name(vm, PY_NAME_stop)) return s->stop;
    if (name == py_name(vm, PY_NAME_step)) return s->step;
    return PY_NULL;
}

static void slice_mark(py_vm_t *vm, py_obj_t *o) {
    py_slice_t *s = (py_slice_t *)o;
    py_gc_mark(vm, s->start);
    py_gc_mark(vm, s->stop);
    py_gc_mark(vm, s->step);
}

static py_val_t m_indices(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    int64_t len = py_to_int64(vm, args[1]);
    if (len < 0) py_raise_value_error(vm, "length should not be negative");
    int64_t start, stop, step;
    py_slice_indices(vm, args[0], (size_t)len, &start, &stop, &step);
    py_val_t parts[3] = {int_val(vm, start), int_val(vm, stop), int_val(vm, step)};
    return py_tuple_new(vm, 3, parts);
}

static const py_method_def_t slice_methods[] = {
    {"indices", m_indices, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_slice_spec = {
    .name = "slice",
    .base = PY_T_object,
    .basicsize = sizeof(py_slice_t),
    .slots = {
        .mark = slice_mark,
        .make_new = slice_make_new,
        .repr = slice_repr,
        .compare = slice_compare,
        .getattr = slice_getattr,
    },
    .methods = slice_methods,
};
