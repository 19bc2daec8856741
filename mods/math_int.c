// mods/math_int.c: the exact integer functions of the math module: gcd, lcm,
// factorial, comb, perm, isqrt, on ints of any size. Layer: library modules;
// the arithmetic goes through the int type's operators (vm/obj_int.h).
// SPDX-License-Identifier: MIT

#include <limits.h>
#include <math.h>

#include "except.h"
#include "math_mod.h"
#include "obj_int.h"
#include "obj_str.h"
#include "runtime.h"

// ---- int helpers ----------------------------------------------------------------------

static py_val_t add(py_vm_t *vm, py_val_t a, py_val_t b) { return py_int_binary(vm, PY_OP_ADD, a, b); }
static py_val_t sub(py_vm_t *vm, py_val_t a, py_val_t b) { return py_int_binary(vm, PY_OP_SUB, a, b); }
static py_val_t mul(py_vm_t *vm, py_val_t a, py_val_t b) { return py_int_binary(vm, PY_OP_MUL, a, b); }
static py_val_t int_fdiv(py_vm_t *vm, py_val_t a, py_val_t b) {
    return py_int_binary(vm, PY_OP_FLOORDIV, a, b);
}
static py_val_t mod(py_vm_t *vm, py_val_t a, py_val_t b) { return py_int_binary(vm, PY_OP_MOD, a, b); }
static py_val_t shift(py_vm_t *vm, py_val_t a, int64_t n) {
    return py_int_binary(vm, n >= 0 ? PY_OP_LSHIFT : PY_OP_RSHIFT, a, py_int_from_i64(vm, n >= 0 ? n : -n));
}
static py_val_t int_abs(py_vm_t *vm, py_val_t a) {
    return py_int_sign(a) < 0 ? py_int_binary(vm, PY_OP_SUB, py_small(0), a) : a;
}

// operator.index(v) as an exact int: a subclass instance may hold a value
// that fits a small int, which the word loops below want small.
static py_val_t to_int(py_vm_t *vm, py_val_t v) {
    py_val_t r = py_index(vm, v);
    return py_is_small(r) || py_is_exact(vm, r, PY_T_int) ? r : add(vm, r, py_small(0));
}

uint64_t py_math_int_bit_length(py_vm_t *vm, py_val_t v) {
    if (py_is_bool(v)) return v == PY_TRUE;
    if (py_is_small(v)) {
        py_int_t i = py_small_val(v);
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        return u ? 64 - (uint64_t)__builtin_clzll(u) : 0;
    }
    py_val_t n = py_call_method(vm, v, py_str_intern_c(vm, "bit_length"), 0, NULL);
    int64_t bits;
    py_int_to_i64(n, &bits);
    return (uint64_t)bits;
}

// The top 63 bits of v, with a sticky low bit for any nonzero bit below
// them, convert to a double with the one correct rounding of the whole value.
double py_math_int_frexp(py_vm_t *vm, py_val_t v, int64_t *e) {
    int64_t bits = (int64_t)py_math_int_bit_length(vm, v);
    int64_t s = bits > 63 ? bits - 63 : 0;
    py_val_t top = shift(vm, v, -s);
    int64_t t;
    py_int_to_i64(top, &t);
    if (s > 0 && py_int_cmp(shift(vm, top, s), v) != 0) t |= 1;
    int e2;
    double m = frexp((double)t, &e2);
    *e = e2 + s;
    return m;
}

// ---- gcd and lcm ----------------------------------------------------------------------

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// gcd(|a|, |b|) by Euclid's algorithm, on machine words once both fit.
static py_val_t gcd2(py_vm_t *vm, py_val_t a, py_val_t b) {
    a = int_abs(vm, a), b = int_abs(vm, b);
    while (!(py_is_small(a) && py_is_small(b))) {
        if (b == py_small(0)) return a;
        py_val_t t = mod(vm, a, b);
        a = b, b = t;
    }
    return py_int_from_u64(vm, gcd_u64((uint64_t)py_small_val(a), (uint64_t)py_small_val(b)));
}

py_val_t py_math_int_gcd(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_no_kw(vm, "math.gcd", kw);
    py_val_t r = py_small(0);
    for (size_t i = 0; i < nargs; i++) r = gcd2(vm, r, to_int(vm, args[i]));
    return r;
}

// lcm(*integers): 0 once any is 0 (the rest are still checked to be ints).
py_val_t py_math_int_lcm(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_no_kw(vm, "math.lcm", kw);
    py_val_t r = py_small(1);
    for (size_t i = 0; i < nargs; i++) {
        py_val_t x = int_abs(vm, to_int(vm, args[i]));
        if (r == py_small(0)) continue;
        if (x == py_small(0)) {
            r = x;
            continue;
        }
        r = mul(vm, int_fdiv(vm, r, gcd2(vm, r, x)), x);
    }
    return r;
}

// ---- products: factorial, perm, comb ----------------------------------------------------

// lo * (lo+1) * ... * hi for 1 <= lo <= hi < 2**63 by binary splitting, so
// the large multiplications are balanced (and Karatsuba pays); short runs
// accumulate in a machine word first.
static py_val_t range_prod(py_vm_t *vm, uint64_t lo, uint64_t hi) {
    if (hi - lo < 16) {
        py_val_t r = py_small(1);
        uint64_t acc = 1;
        for (uint64_t i = lo; i <= hi; i++) {
            uint64_t t;
            if (__builtin_mul_overflow(acc, i, &t)) {
                r = mul(vm, r, py_int_from_u64(vm, acc));
                t = i;
            }
            acc = t;
        }
        return mul(vm, r, py_int_from_u64(vm, acc));
    }
    uint64_t mid = lo + (hi - lo) / 2;
    return mul(vm, range_prod(vm, lo, mid), range_prod(vm, mid + 1, hi));
}

// n * (n-1) * ... * (n-k+1) for an int n >= k, split in halves as above.
static py_val_t falling(py_vm_t *vm, py_val_t n, uint64_t k) {
    int64_t ni;
    if (k == 0) return py_small(1);
    if (py_int_to_i64(n, &ni)) return range_prod(vm, (uint64_t)ni - k + 1, (uint64_t)ni);
    if (k == 1) return n;
    uint64_t j = k / 2;
    py_val_t rest = sub(vm, n, py_int_from_u64(vm, j));
    return mul(vm, falling(vm, n, j), falling(vm, rest, k - j));
}

static py_val_t factorial_of(py_vm_t *vm, uint64_t n) {
    return n < 2 ? py_small(1) : range_prod(vm, 1, n);
}

py_val_t py_math_int_factorial(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.factorial", nargs, kw);
    py_val_t n = to_int(vm, args[0]);
    if (py_int_sign(n) < 0) py_raise_value_error(vm, "factorial() not defined for negative values");
    int64_t ni;
    if (!py_int_to_i64(n, &ni))
        py_raise_fmt(vm, PY_EXC_OverflowError, "factorial() argument should not exceed %s",
                     "9223372036854775807");
    return factorial_of(vm, (uint64_t)ni);
}

// n and k of comb and perm as non-negative ints.
static void check_n_k(py_vm_t *vm, py_val_t n, py_val_t k) {
    if (py_int_sign(n) < 0) py_raise_value_error(vm, "n must be a non-negative integer");
    if (py_int_sign(k) < 0) py_raise_value_error(vm, "k must be a non-negative integer");
}

py_val_t py_math_int_perm(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity(vm, "math.perm", nargs, kw, 1, 2);
    py_val_t n = to_int(vm, args[0]);
    if (nargs == 1 || args[1] == PY_NONE) {
        py_val_t a[1] = {n};
        return py_math_int_factorial(vm, 1, a, PY_NULL);
    }
    py_val_t k = to_int(vm, args[1]);
    check_n_k(vm, n, k);
    if (py_int_cmp(k, n) > 0) return py_small(0);
    int64_t ki;
    if (!py_int_to_i64(k, &ki))
        py_raise_fmt(vm, PY_EXC_OverflowError, "k must not exceed %s", "9223372036854775807");
    return falling(vm, n, (uint64_t)ki);
}

// comb(n, k) = n! / (k! (n-k)!) with k replaced by the smaller of k and n-k.
// Few factors: divide exactly step by step; many: one exact division of
// the falling product by k!.
py_val_t py_math_int_comb(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity(vm, "math.comb", nargs, kw, 2, 2);
    py_val_t n = to_int(vm, args[0]), k = to_int(vm, args[1]);
    check_n_k(vm, n, k);
    py_val_t rest = sub(vm, n, k);
    if (py_int_sign(rest) < 0) return py_small(0);
    if (py_int_cmp(rest, k) < 0) k = rest;
    int64_t ki;
    if (!py_int_to_i64(k, &ki))
        py_raise_fmt(vm, PY_EXC_OverflowError, "min(n - k, k) must not exceed %s",
                     "9223372036854775807");
    if (ki >= 64) return int_fdiv(vm, falling(vm, n, (uint64_t)ki), factorial_of(vm, (uint64_t)ki));
    py_val_t r = py_small(1);
    for (int64_t i = 0; i < ki; i++) {
        r = mul(vm, r, sub(vm, n, py_small(i)));
        r = int_fdiv(vm, r, py_small(i + 1));
    }
    return r;
}

// ---- isqrt ----------------------------------------------------------------------------

// The largest r with r*r <= n: a float guess corrected on words for n < 2**63,
// else Newton's iteration from a power of two above the root, which
// decreases to the root and stops there.
py_val_t py_math_int_isqrt(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.isqrt", nargs, kw);
    py_val_t n = to_int(vm, args[0]);
    if (py_int_sign(n) < 0) py_raise_value_error(vm, "isqrt() argument must be nonnegative");
    int64_t ni;
    if (py_int_to_i64(n, &ni)) {
        uint64_t u = (uint64_t)ni, r = (uint64_t)sqrt((double)u);
        while (r * r > u) r--;
        while ((r + 1) * (r + 1) <= u) r++;
        return py_int_from_u64(vm, r);
    }
    uint64_t bits = py_math_int_bit_length(vm, n);
    py_val_t x = shift(vm, py_small(1), (int64_t)(bits + 1) / 2);
    for (;;) {
        py_val_t y = shift(vm, add(vm, x, int_fdiv(vm, n, x)), -1);
        if (py_int_cmp(y, x) >= 0) return x;
        x = y;
    }
}
