// vm/obj_range.c: range (an arithmetic sequence of ints of any size), its
// iterator, and slice objects with CPython's index clamping.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT
//
// A range keeps start, stop, step and its length as int values, so bounds
// past 64 bits work as in CPython (`10**18 in range(0, 10**20, 2)`). Every
// operation is O(1) arithmetic on them; ranges whose values are small ints
// take C fast paths, and so do iterators whose items all fit in int64.

#include "obj_range.h"
#include "except.h"
#include "gc.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

typedef py_range_iter_t range_iter_t;

static py_range_t *range_ptr(py_val_t v) { return (py_range_t *)py_obj(v); }

// ---- int arithmetic ---------------------------------------------------------------------------------

static py_val_t iadd(py_vm_t *vm, py_val_t a, py_val_t b) { return py_int_binary(vm, PY_OP_ADD, a, b); }
static py_val_t isub(py_vm_t *vm, py_val_t a, py_val_t b) { return py_int_binary(vm, PY_OP_SUB, a, b); }
static py_val_t imul(py_vm_t *vm, py_val_t a, py_val_t b) { return py_int_binary(vm, PY_OP_MUL, a, b); }
static py_val_t idiv(py_vm_t *vm, py_val_t a, py_val_t b) {
    return py_int_binary(vm, PY_OP_FLOORDIV, a, b);
}
static py_val_t ineg(py_vm_t *vm, py_val_t a) { return isub(vm, py_small(0), a); }

static py_val_t int_val(py_vm_t *vm, int64_t i) {
    return py_int_fits_small(i) ? py_small((py_int_t)i) : py_int_from_i64(vm, i);
}

static bool has_index(py_vm_t *vm, py_val_t v) {
    if (py_is_int(vm, v) || py_is_bool(v)) return true;
    return py_type_lookup(vm, py_type_of(vm, v), py_name(vm, PY_NAME___index__)) != PY_NULL;
}

// The number of items of range(start, stop, step), CPython's compute_range_length.
static py_val_t range_length(py_vm_t *vm, py_val_t start, py_val_t stop, py_val_t step) {
    if (py_is_small(start) && py_is_small(stop) && py_is_small(step)) {
        int64_t a = py_small_val(start), b = py_small_val(stop), st = py_small_val(step);
        uint64_t n = 0;   // 63-bit operands: the differences below cannot overflow
        if (st > 0 && a < b) n = (uint64_t)(b - a - 1) / (uint64_t)st + 1;
        if (st < 0 && a > b) n = (uint64_t)(a - b - 1) / (uint64_t)-st + 1;
        return py_int_from_u64(vm, n);
    }
    int sign = py_int_sign(step);
    py_val_t lo = sign > 0 ? start : stop, hi = sign > 0 ? stop : start;
    if (py_int_cmp(lo, hi) >= 0) return py_small(0);
    py_val_t span = isub(vm, isub(vm, hi, lo), py_small(1));
    return iadd(vm, idiv(vm, span, sign > 0 ? step : ineg(vm, step)), py_small(1));
}

// ---- range -----------------------------------------------------------------------------------------

static py_val_t range_from_ints(py_vm_t *vm, py_val_t start, py_val_t stop, py_val_t step) {
    py_val_t len = range_length(vm, start, stop, step);
    py_range_t *r = py_gc_new(vm, vm->types[PY_T_range], sizeof(py_range_t));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return py_from_obj(r);
}

py_val_t py_range_new(py_vm_t *vm, int64_t start, int64_t stop, int64_t step) {
    py_val_t a = int_val(vm, start), b = int_val(vm, stop), c = int_val(vm, step);
    return range_from_ints(vm, a, b, c);
}

static py_val_t range_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)type;
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len)
        py_raise_type_error(vm, "range() takes no keyword arguments");
    if (nargs == 0) py_raise_type_error(vm, "range expected at least 1 argument, got 0");
    if (nargs > 3) py_raise_type_error(vm, "range expected at most 3 arguments, got %zu", nargs);
    py_val_t v[3] = {py_small(0), py_small(0), py_small(1)};
    for (size_t i = 0; i < nargs; i++)   // a small int is its own index: no lookup
        v[i] = py_is_small(args[i]) ? args[i] : py_index(vm, args[i]);
    if (nargs == 1) return range_from_ints(vm, py_small(0), v[0], py_small(1));
    if (py_int_sign(v[2]) == 0) py_raise_value_error(vm, "range() arg 3 must not be zero");
    return range_from_ints(vm, v[0], v[1], v[2]);
}

static py_val_t range_repr(py_vm_t *vm, py_val_t self) {
    py_range_t *r = range_ptr(self);
    if (r->step == py_small(1)) return py_str_format_c(vm, "range(%R, %R)", r->start, r->stop);
    return py_str_format_c(vm, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

static size_t range_len(py_vm_t *vm, py_val_t self) {
    int64_t n;
    if (!py_int_to_i64(range_ptr(self)->len, &n) || (uint64_t)n > (uint64_t)PTRDIFF_MAX)
        py_raise_fmt(vm, PY_EXC_OverflowError, "Python int too large to convert to C ssize_t");
    return (size_t)n;
}

static int range_truth(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_int_sign(range_ptr(self)->len) != 0;
}

// The item at position [i] (an int, 0 <= i < len).
static py_val_t item_at(py_vm_t *vm, py_range_t *r, py_val_t i) {
    if (py_is_small(r->start) && py_is_small(r->step) && py_is_small(i)) {
        int64_t p;   // 63-bit operands: checked multiply, then an add that fits in int64
        if (!__builtin_mul_overflow(py_small_val(i), py_small_val(r->step), &p) &&
            py_int_fits_small(p))
            return int_val(vm, py_small_val(r->start) + p);
    }
    return iadd(vm, r->start, imul(vm, i, r->step));
}

// ---- slicing with int bounds of any size -----------------------------------------------------------

// One bound of a slice against a sequence of [len] items, clamped to
// [lower, upper] as CPython's _PySlice_GetLongIndices.
static py_val_t long_bound(py_vm_t *vm, py_val_t v, py_val_t dflt, py_val_t len, py_val_t lower,
                           py_val_t upper) {
    if (v == PY_NONE) return dflt;
    if (!has_index(vm, v))
        py_raise_type_error(vm, "slice indices must be integers or None or have an __index__ method");
    py_val_t i = py_index(vm, v);
    if (py_int_sign(i) < 0) {
        i = iadd(vm, i, len);
        if (py_int_cmp(i, lower) < 0) i = lower;
    } else if (py_int_cmp(i, upper) > 0) {
        i = upper;
    }
    return i;
}

// slice.indices(len) for an int [len] of any size: start, stop, step into [out].
static void long_indices(py_vm_t *vm, py_val_t slice, py_val_t len, py_val_t out[3]) {
    py_slice_t *s = (py_slice_t *)py_obj(slice);
    py_val_t step = py_small(1);
    if (s->step != PY_NONE) {
        if (!has_index(vm, s->step))
            py_raise_type_error(vm, "slice indices must be integers or None or have an __index__ method");
        step = py_index(vm, s->step);
        if (py_int_sign(step) == 0) py_raise_value_error(vm, "slice step cannot be zero");
    }
    bool neg = py_int_sign(step) < 0;
    py_val_t lower = neg ? py_small(-1) : py_small(0);
    py_val_t upper = neg ? iadd(vm, len, lower) : len;
    out[0] = long_bound(vm, s->start, neg ? upper : lower, len, lower, upper);
    out[1] = long_bound(vm, s->stop, neg ? lower : upper, len, lower, upper);
    out[2] = step;
}

static py_val_t get_slice(py_vm_t *vm, py_val_t self, py_val_t slice) {
    py_range_t *r = range_ptr(self);
    py_val_t ix[3];
    long_indices(vm, slice, r->len, ix);
    py_val_t start = item_at(vm, r, ix[0]);
    py_val_t stop = iadd(vm, r->start, imul(vm, ix[1], r->step));
    return range_from_ints(vm, start, stop, imul(vm, r->step, ix[2]));
}

static py_val_t range_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    py_range_t *r = range_ptr(self);
    if (py_is_a(vm, key, PY_T_slice)) return get_slice(vm, self, key);
    if (!has_index(vm, key))
        py_raise_type_error(vm, "range indices must be integers or slices, not %T", key);
    py_val_t i = py_index(vm, key);
    if (py_int_sign(i) < 0) i = iadd(vm, i, r->len);
    if (py_int_sign(i) < 0 || py_int_cmp(i, r->len) >= 0)
        py_raise_index_error(vm, "range object index out of range");
    return item_at(vm, r, i);
}

// ---- searching ---------------------------------------------------------------------------------------

// True for the values whose membership CPython decides by arithmetic: exact
// ints and bools. Anything else (floats, int subclasses) is compared item by item.
static bool is_plain_int(py_vm_t *vm, py_val_t v) {
    return py_is_small(v) || py_is_bool(v) || py_is_exact(vm, v, PY_T_int);
}

// The position of plain int [v] in the range, or PY_NULL when it is not an item.
static py_val_t int_pos(py_vm_t *vm, py_range_t *r, py_val_t v) {
    if (py_is_bool(v)) v = py_small(v == PY_TRUE);
    bool up = py_int_sign(r->step) > 0;
    if (up ? (py_int_cmp(v, r->start) < 0 || py_int_cmp(v, r->stop) >= 0)
           : (py_int_cmp(v, r->start) > 0 || py_int_cmp(v, r->stop) <= 0))
        return PY_NULL;
    py_val_t d = isub(vm, v, r->start);
    if (py_int_sign(py_int_binary(vm, PY_OP_MOD, d, r->step)) != 0) return PY_NULL;
    return idiv(vm, d, r->step);
}

// Compares [v] with each item by ==, as CPython's _PySequence_IterSearch:
// the first position, or the number of matches when [count].
static py_val_t search(py_vm_t *vm, py_val_t self, py_val_t v, bool count) {
    py_val_t it = py_iter(vm, self), n = py_small(0);
    for (py_val_t x, i = py_small(0); (x = py_next(vm, it)) != PY_NULL; i = iadd(vm, i, py_small(1))) {
        if (!py_equal(vm, x, v)) continue;
        if (!count) return i;
        n = iadd(vm, n, py_small(1));
    }
    return count ? n : PY_NULL;
}

static int range_contains(py_vm_t *vm, py_val_t self, py_val_t v) {
    if (is_plain_int(vm, v)) return int_pos(vm, range_ptr(self), v) != PY_NULL;
    return search(vm, self, v, false) != PY_NULL;
}

static py_val_t m_count(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    if (is_plain_int(vm, args[1])) return py_small(int_pos(vm, range_ptr(args[0]), args[1]) != PY_NULL);
    return search(vm, args[0], args[1], true);
}

static py_val_t m_index(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    if (!is_plain_int(vm, args[1])) {
        py_val_t i = search(vm, args[0], args[1], false);
        if (i == PY_NULL) py_raise_value_error(vm, "sequence.index(x): x not in sequence");
        return i;
    }
    py_val_t i = int_pos(vm, range_ptr(args[0]), args[1]);
    if (i == PY_NULL) py_raise_value_error(vm, "%R is not in range", args[1]);
    return i;
}

// ---- equality and hash -----------------------------------------------------------------------------

// Ranges are equal when they hold the same items: same length, and (when
// not empty) the same first item, and (when longer than one) the same step.
static bool ranges_equal(py_range_t *x, py_range_t *y) {
    if (x == y) return true;
    if (py_int_cmp(x->len, y->len) != 0) return false;
    if (py_int_sign(x->len) == 0) return true;
    if (py_int_cmp(x->start, y->start) != 0) return false;
    if (x->len == py_small(1)) return true;
    return py_int_cmp(x->step, y->step) == 0;
}

static py_val_t range_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (op > PY_CMP_OP_NE || !py_is_a(vm, a, PY_T_range) || !py_is_a(vm, b, PY_T_range))
        return PY_NOTIMPLEMENTED;
    return py_bool(ranges_equal(range_ptr(a), range_ptr(b)) == (op == PY_CMP_OP_EQ));
}

// As CPython: the hash of (len, start, step), with None for the parts that
// do not matter (so equal ranges hash equal).
static py_hash_t range_hash(py_vm_t *vm, py_val_t self) {
    py_range_t *r = range_ptr(self);
    py_val_t parts[3] = {r->len, PY_NONE, PY_NONE};
    if (py_int_sign(r->len) != 0) parts[1] = r->start;
    if (py_int_cmp(r->len, py_small(1)) > 0) parts[2] = r->step;
    return py_hash(vm, py_tuple_new(vm, 3, parts));
}

static py_val_t range_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_range_t *r = range_ptr(self);
    if (name == py_name(vm, PY_NAME_start)) return r->start;
    if (name == py_name(vm, PY_NAME_stop)) return r->stop;
    if (name == py_name(vm, PY_NAME_step)) return r->step;
    return PY_NULL;
}

static void range_mark(py_vm_t *vm, py_obj_t *o) {
    py_range_t *r = (py_range_t *)o;
    py_gc_mark(vm, r->start);
    py_gc_mark(vm, r->stop);
    py_gc_mark(vm, r->step);
    py_gc_mark(vm, r->len);
}

// ---- iteration --------------------------------------------------------------------------------------

// An iterator over [n] items first, first + step, ...: in int64 when every
// item and the count fit, else with ints of any size.
// Small ints whose last item fits int64 (every loop over range(n)) skip the
// generic int arithmetic.
static py_val_t make_iter(py_vm_t *vm, py_val_t first, py_val_t step, py_val_t n) {
    int64_t a, st, cnt, last;
    if (py_is_small(first) && py_is_small(step) && py_is_small(n) && py_small_val(n) >= 0) {
        a = py_small_val(first), st = py_small_val(step), cnt = py_small_val(n);
        int64_t span;   // checked: every item must fit int64
        if (cnt == 0 || (!__builtin_mul_overflow(cnt - 1, st, &span) &&
                         !__builtin_add_overflow(a, span, &last))) {
            range_iter_t *it = py_gc_new(vm, vm->types[PY_T_range_iterator], sizeof(range_iter_t));
            it->next = a;
            it->step = st;
            it->left = (uint64_t)cnt;
            return py_from_obj(it);
        }
    }
    py_val_t lastv = py_int_sign(n) ? iadd(vm, first, imul(vm, isub(vm, n, py_small(1)), step)) : first;
    range_iter_t *it = py_gc_new(vm, vm->types[PY_T_range_iterator], sizeof(range_iter_t));
    if (py_int_to_i64(first, &a) && py_int_to_i64(step, &st) && py_int_to_i64(n, &cnt) &&
        py_int_to_i64(lastv, &last)) {
        it->next = a;
        it->step = st;
        it->left = (uint64_t)cnt;
        return py_from_obj(it);
    }
    it->bnext = first;
    it->bstep = step;
    it->bleft = n;
    return py_from_obj(it);
}

static py_val_t range_iter(py_vm_t *vm, py_val_t self) {
    py_range_t *r = range_ptr(self);
    return make_iter(vm, r->start, r->step, r->len);
}

py_val_t py_range_reversed(py_vm_t *vm, py_val_t range) {
    py_range_t *r = range_ptr(range);
    py_val_t last = py_int_sign(r->len) ? item_at(vm, r, isub(vm, r->len, py_small(1))) : r->start;
    return make_iter(vm, last, ineg(vm, r->step), r->len);
}

static py_val_t big_iter_next(py_vm_t *vm, range_iter_t *it) {
    if (py_int_sign(it->bleft) == 0) return PY_NULL;
    py_val_t v = it->bnext;
    it->bleft = isub(vm, it->bleft, py_small(1));
    it->bnext = iadd(vm, v, it->bstep);
    return v;
}

static py_val_t range_iter_next(py_vm_t *vm, py_val_t self) {
    range_iter_t *it = (range_iter_t *)py_obj(self);
    if (it->bleft != PY_NULL) return big_iter_next(vm, it);
    if (it->left == 0) return PY_NULL;
    int64_t v = it->next;
    if (--it->left) it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
    return int_val(vm, v);
}

static py_val_t range_iter_length_hint(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                       py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    range_iter_t *it = (range_iter_t *)py_obj(args[0]);
    return it->bleft != PY_NULL ? it->bleft : py_int_from_u64(vm, it->left);
}

static void range_iter_mark(py_vm_t *vm, py_obj_t *o) {
    range_iter_t *it = (range_iter_t *)o;
    py_gc_mark(vm, it->bnext);
    py_gc_mark(vm, it->bstep);
    py_gc_mark(vm, it->bleft);
}

static py_val_t iter_self(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return self;
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
        .mark = range_mark,
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

static const py_method_def_t range_iter_methods[] = {
    {"__length_hint__", range_iter_length_hint, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_range_iterator_spec = {
    .name = "range_iterator",
    .base = PY_T_object,
    .basicsize = sizeof(range_iter_t),
    .slots = {.mark = range_iter_mark, .iter = iter_self, .next = range_iter_next},
    .methods = range_iter_methods,
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

// py_slice_adjust, inline for py_slice_indices (s[a:b] and p[::-1] are hot).
static inline int64_t quick_adjust(int64_t i, int64_t len, int64_t step) {
    if (i < 0) {
        i += len;
        if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= len) {
        i = step < 0 ? len - 1 : len;
    }
    return i;
}

int64_t py_slice_adjust(int64_t i, int64_t len, int64_t step) { return quick_adjust(i, len, step); }

// bound() for the usual None or small int, inline; anything else through bound().
static inline int64_t quick_bound(py_vm_t *vm, py_val_t v, int64_t dflt) {
    if (v == PY_NONE) return dflt;
    if (py_is_small(v)) return py_small_val(v);
    return bound(vm, v, dflt);
}

size_t py_slice_indices(py_vm_t *vm, py_val_t slice, size_t len, int64_t *start, int64_t *stop,
                        int64_t *step) {
    py_slice_t *s = (py_slice_t *)py_obj(slice);
    int64_t st = quick_bound(vm, s->step, 1);
    if (st == 0) py_raise_value_error(vm, "slice step cannot be zero");
    if (st < -INT64_MAX) st = -INT64_MAX;   // so that -step cannot overflow
    int64_t n = (int64_t)len;
    int64_t a = quick_adjust(quick_bound(vm, s->start, st < 0 ? INT64_MAX : 0), n, st);
    int64_t b = quick_adjust(quick_bound(vm, s->stop, st < 0 ? INT64_MIN : INT64_MAX), n, st);
    *start = a;
    *stop = b;
    *step = st;
    // Steps of 1 and -1 (s[a:b], s[::-1]) need no division.
    if (st < 0) return b < a ? (st == -1 ? (size_t)(a - b) : (size_t)((a - b - 1) / -st + 1)) : 0;
    return a < b ? (st == 1 ? (size_t)(b - a) : (size_t)((b - a - 1) / st + 1)) : 0;
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
    py_val_t len = py_index(vm, args[1]);
    if (py_int_sign(len) < 0) py_raise_value_error(vm, "length should not be negative");
    py_val_t parts[3];
    long_indices(vm, args[0], len, parts);
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
