// mods/math_sum.c: the math module's sums and norms: fsum (exact until the one
// final rounding), prod, and hypot/dist (Euclidean norms without overflow or
// needless rounding). Layer: library modules. SPDX-License-Identifier: MIT

#include <math.h>
#include <string.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "math_mod.h"
#include "obj_float.h"
#include "obj_tuple.h"
#include "runtime.h"

// ---- fsum ------------------------------------------------------------------------------

// Shewchuk's exact summation: the running sum is kept as a list of
// non-overlapping partials (each the rounding error the next one lost), in
// increasing magnitude, so their exact total is the exact sum of the inputs.
// Infinities and NaNs are summed apart, as CPython does.
typedef struct {
    double *p;
    size_t n, cap;
    double special, inf_sum;  // sum of the non-finite inputs, and of the infinite ones
} fsum_t;

static void fsum_push(py_vm_t *vm, fsum_t *s, double x) {
    if (s->n == s->cap) {
        // GC memory, not malloc: a raise while iterating must not leak it.
        double *p = py_gc_new_bytes(vm, 2 * s->cap * sizeof(double));
        memcpy(p, s->p, s->n * sizeof(double));
        s->p = p, s->cap *= 2;
    }
    s->p[s->n++] = x;
}

static void fsum_add(py_vm_t *vm, fsum_t *s, double x) {
    double orig = x;
    size_t i = 0;
    for (size_t j = 0; j < s->n; j++) {
        double y = s->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y, y = t;
        }
        double hi = x + y, lo = y - (hi - x);
        if (lo != 0) s->p[i++] = lo;
        x = hi;
    }
    s->n = i;
    if (x == 0) return;
    if (isfinite(x)) {
        fsum_push(vm, s, x);
        return;
    }
    // Only a non-finite input may make a non-finite partial.
    if (isfinite(orig)) py_raise_fmt(vm, PY_EXC_OverflowError, "intermediate overflow in fsum");
    if (isinf(orig)) s->inf_sum += orig;
    s->special += orig;
    s->n = 0;
}

// The partials' total rounded once: add from the largest down until a step
// is inexact, then break a half-way tie by the sign of the next partial.
static double fsum_total(fsum_t *s) {
    size_t n = s->n;
    if (n == 0) return 0.0;
    double hi = s->p[--n], lo = 0;
    while (n > 0) {
        double x = hi, y = s->p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0) break;
    }
    if (n > 0 && ((lo < 0 && s->p[n - 1] < 0) || (lo > 0 && s->p[n - 1] > 0))) {
        double y = lo * 2, x = hi + y;
        if (y == x - hi) hi = x;
    }
    return hi;
}

py_val_t py_math_sum_fsum(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.fsum", nargs, kw);
    double first[32];
    fsum_t s = {first, 0, 32, 0.0, 0.0};
    py_val_t it = py_iter(vm, args[0]), item;
    while ((item = py_next(vm, it)) != PY_NULL) fsum_add(vm, &s, py_to_double(vm, item));
    if (s.special != 0 || isnan(s.special)) {
        if (isnan(s.inf_sum)) py_raise_value_error(vm, "-inf + inf in fsum");
        return py_float_new(vm, s.special);
    }
    return py_float_new(vm, fsum_total(&s));
}

// ---- prod ------------------------------------------------------------------------------

static const char *const prod_kw[] = {"start", NULL};

// prod(iterable, /, *, start=1): start * each item in turn, by the `*` operator.
py_val_t py_math_sum_prod(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    if (nargs != 1)
        py_raise_type_error(vm, "prod() takes exactly 1 positional argument (%zu given)", nargs);
    py_val_t start = PY_NULL;
    py_builtins_kwargs(vm, "prod", nargs, args, kw, prod_kw, &start);
    py_val_t r = start == PY_NULL ? py_small(1) : start;
    py_val_t it = py_iter(vm, args[0]), item;
    while ((item = py_next(vm, it)) != PY_NULL) r = py_binary(vm, PY_OP_MUL, r, item);
    return r;
}

// ---- hypot and dist ----------------------------------------------------------------------

// sqrt of the sum of squares of the [n] magnitudes [v] whose largest is
// [max]. Scaling by a power of two near max rules out overflow and
// underflow; the squares and their sum carry their exact rounding errors
// (fma, compensated addition), and one Newton step on the exact residual
// corrects the square root, so the result is the correctly rounded norm in
// all but rare ties.
static double vector_norm(size_t n, const double *v, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0 || n <= 1) return max;
    int e;
    frexp(max, &e);
    double s = 0, c = 0;
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(v[i], -e);
        double sq = x * x, err = fma(x, x, -sq);
        double t = s + sq;
        c += fabs(s) >= fabs(sq) ? (s - t) + sq : (sq - t) + s;
        s = t;
        c += err;
    }
    double h = sqrt(s + c);
    double r = fma(-h, h, s) + c;
    h += r / (2 * h);
    return ldexp(h, e);
}

// Magnitudes of at most this many coordinates live on the C stack; more go
// to GC memory (freed by the next collection even if a conversion raises).
#define NORM_STACK 16

static double *coords(py_vm_t *vm, double *buf, size_t n) {
    return n <= NORM_STACK ? buf : py_gc_new_bytes(vm, n * sizeof(double));
}

py_val_t py_math_sum_hypot(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_no_kw(vm, "math.hypot", kw);
    double buf[NORM_STACK], *v = coords(vm, buf, nargs), max = 0;
    bool found_nan = false;
    for (size_t i = 0; i < nargs; i++) {
        double x = fabs(py_to_double(vm, args[i]));
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return py_float_new(vm, vector_norm(nargs, v, max, found_nan));
}

// dist(p, q): the norm of p - q for two points (iterables) of one dimension.
py_val_t py_math_sum_dist(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity(vm, "math.dist", nargs, kw, 2, 2);
    py_val_t p = py_tuple_from_iter(vm, args[0]);
    py_val_t q = py_tuple_from_iter(vm, args[1]);
    size_t n = py_tuple_ptr(p)->len;
    if (py_tuple_ptr(q)->len != n)
        py_raise_value_error(vm, "both points must have the same number of dimensions");
    double buf[NORM_STACK], *v = coords(vm, buf, n), max = 0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double a = py_to_double(vm, py_tuple_ptr(p)->items[i]);
        double x = fabs(a - py_to_double(vm, py_tuple_ptr(q)->items[i]));
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return py_float_new(vm, vector_norm(n, v, max, found_nan));
}
