// vm/obj_int_arith.c: the int operators: + - * / // % ** << >> & | ^ and
// modular pow, with small-int fast paths falling back to bigints.
// Layer: vm core (types). Digit loops are in vm/mpn*.c.
// SPDX-License-Identifier: MIT

#include <math.h>
#include "obj_int_impl.h"
#include "obj_float.h"
#include "except.h"
#include "interrupt.h"

// ---- small fast paths -------------------------------------------------------------

#if defined(__GNUC__)
static bool mul_overflows(int64_t a, int64_t b, int64_t *r) {
    return __builtin_mul_overflow(a, b, r);
}
#else
// Without the builtin, only products of factors below 2^31 are known safe;
// the rest take the bigint path, which gives the same answer more slowly.
static bool mul_overflows(int64_t a, int64_t b, int64_t *r) {
    if (a > INT32_MAX || a < -INT32_MAX || b > INT32_MAX || b < -INT32_MAX) return true;
    *r = a * b;
    return false;
}
#endif

static int64_t floor_div(int64_t x, int64_t y) {
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
    return q;
}

static int64_t floor_mod(int64_t x, int64_t y) {
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return r;
}

static _Noreturn void zero_division(py_vm_t *vm, py_binary_op_t op) {
    const char *msg = op == PY_OP_MOD ? "integer modulo by zero"
                    : op == PY_OP_TRUEDIV ? "division by zero"
                    : "integer division or modulo by zero";
    py_raise_fmt(vm, PY_EXC_ZeroDivisionError, "%s", msg);
}

static _Noreturn void negative_shift(py_vm_t *vm) {
    py_raise_value_error(vm, "negative shift count");
}

// x ** e for small operands, or PY_NULL when an intermediate overflows int64.
static py_val_t small_pow(py_vm_t *vm, int64_t x, int64_t e) {
    int64_t r = 1;
    while (e > 0) {
        if ((e & 1) && mul_overflows(r, x, &r)) return PY_NULL;
        e >>= 1;
        if (e > 0 && mul_overflows(x, x, &x)) return PY_NULL;
    }
    return py_int_from_i64(vm, r);
}

static py_val_t small_lshift(py_vm_t *vm, int64_t x, int64_t n) {
    uint64_t m = x < 0 ? -(uint64_t)x : (uint64_t)x;
    if (n >= 63 || (m >> (63 - n)) != 0) return PY_NULL;
    m <<= n;
    return py_int_from_i64(vm, x < 0 ? -(int64_t)m : (int64_t)m);
}

static py_val_t small_rshift(int64_t x, int64_t n) {
    if (n >= 63) return py_small(x < 0 ? -1 : 0);
    return py_small((py_int_t)(x >= 0 ? x >> n : ~(~x >> n)));   // floor, without relying on >> of negatives
}

// x <op> y for two small ints, or PY_NULL to take the bigint path.
static py_val_t small_binary(py_vm_t *vm, py_binary_op_t op, int64_t x, int64_t y) {
    int64_t r;
    switch (op) {
    case PY_OP_ADD: return py_int_from_i64(vm, x + y);   // |x|, |y| < 2^62: no overflow
    case PY_OP_SUB: return py_int_from_i64(vm, x - y);
    case PY_OP_MUL: return mul_overflows(x, y, &r) ? PY_NULL : py_int_from_i64(vm, r);
    case PY_OP_FLOORDIV:
        if (y == 0) zero_division(vm, op);
        return py_int_from_i64(vm, floor_div(x, y));
    case PY_OP_MOD:
        if (y == 0) zero_division(vm, op);
        return py_int_from_i64(vm, floor_mod(x, y));
    case PY_OP_TRUEDIV:
        if (y == 0) zero_division(vm, op);
        if (x > (1LL << 53) || x < -(1LL << 53) || y > (1LL << 53) || y < -(1LL << 53)) return PY_NULL;
        return py_float_new(vm, (double)x / (double)y);   // both exact: one rounding
    case PY_OP_POW:
        if (y < 0) return py_float_binary(vm, op, (double)x, (double)y);
        return small_pow(vm, x, y);
    case PY_OP_LSHIFT:
        if (y < 0) negative_shift(vm);
        return x == 0 ? py_small(0) : small_lshift(vm, x, y);
    case PY_OP_RSHIFT:
        if (y < 0) negative_shift(vm);
        return small_rshift(x, y);
    case PY_OP_AND: return py_small((py_int_t)(x & y));
    case PY_OP_OR: return py_small((py_int_t)(x | y));
    case PY_OP_XOR: return py_small((py_int_t)(x ^ y));
    default: return PY_NOTIMPLEMENTED;
    }
}

// ---- bigint helpers -------------------------------------------------------------------

static const py_int_view_t *larger(const py_int_view_t *a, const py_int_view_t *b) {
    return py_mpn_cmp(a->d, a->n, b->d, b->n) >= 0 ? a : b;
}

// a + b, or a - b when [negate_b].
static py_val_t big_add(py_vm_t *vm, const py_int_view_t *a, const py_int_view_t *b,
                        bool negate_b) {
    bool bneg = b->n ? b->neg != negate_b : false;
    const py_int_view_t *x = larger(a, b), *y = x == a ? b : a;
    bool yneg = y == b ? bneg : a->neg, xneg = x == b ? bneg : a->neg;
    py_bigint_t *r = py_int_alloc(vm, x->n + 1);
    py_limb_t *d = py_bigint_limbs(r);
    if (xneg == yneg) {
        d[x->n] = py_mpn_add(d, x->d, x->n, y->d, y->n);
    } else {
        py_mpn_sub(d, x->d, x->n, y->d, y->n);
    }
    return py_int_finish(r, x->n + 1, xneg);
}

static py_val_t big_mul(py_vm_t *vm, const py_int_view_t *a, const py_int_view_t *b) {
    py_bigint_t *r = py_int_alloc(vm, a->n + b->n);
    size_t sn = py_mpn_mul_scratch(a->n, b->n);
    py_limb_t *s = sn ? py_int_scratch(vm, sn) : NULL;
    py_mpn_mul(py_bigint_limbs(r), a->d, a->n, b->d, b->n, s);
    py_interrupt_check(vm);   // a Ctrl-C stopped py_mpn_mul: r is not the product
    py_int_release(vm, s);
    return py_int_finish(r, a->n + b->n, a->neg != b->neg);
}

// Floor division and modulo: *q and *r (either may be NULL) with the sign
// of the remainder following the divisor, as Python's // and % do.
//
// Quotient, remainder and the algorithm's scratch live on the C stack up to
// PY_INT_LOCAL_LIMBS each: the heap then sees only the results kept, and a
// quotient or remainder that fits a small int allocates nothing. Longer
// ones are written straight into their result objects.
// a // b when the quotient fits one limb (mostly a digit, as in spigot
// algorithms): one pass over the operands, no buffers; PY_NULL otherwise.
static py_val_t small_quotient(py_vm_t *vm, const py_int_view_t *a, const py_int_view_t *b) {
    size_t an = a->n, bn = b->n;
    if (bn < 2 || an < bn || an > bn + 1 || (an > bn && a->d[bn] >= b->d[bn - 1])) return PY_NULL;
    int exact;
    uint64_t q = py_mpn_div_qlimb(a->d, an, b->d, bn, &exact);
    if (a->neg == b->neg) return py_int_from_u64(vm, q);
    return py_int_from_i64(vm, -(int64_t)(q + !exact));   // floor rounds away from zero
}

static void big_divmod(py_vm_t *vm, const py_int_view_t *a, const py_int_view_t *b,
                       py_val_t *q, py_val_t *r) {
    size_t qn = a->n >= b->n ? a->n - b->n + 2 : 1, rn = b->n;
    py_limb_t qlocal[PY_INT_LOCAL_LIMBS], rlocal[PY_INT_LOCAL_LIMBS];
    py_bigint_t *qb = qn > PY_INT_LOCAL_LIMBS ? py_int_alloc(vm, qn) : NULL;   // zeroed
    py_bigint_t *rb = rn > PY_INT_LOCAL_LIMBS ? py_int_alloc(vm, rn) : NULL;
    py_limb_t *qd = qb ? py_bigint_limbs(qb) : qlocal, *rd = rb ? py_bigint_limbs(rb) : rlocal;
    if (!qb) memset(qd, 0, qn * sizeof *qd);   // the top limb takes the carry of the sign fix-up
    if (a->n >= b->n) {
        py_limb_t local[PY_INT_LOCAL_LIMBS];
        py_limb_t *s = py_int_scratch_or(vm, py_mpn_divmod_scratch(a->n, b->n), local);
        py_mpn_divmod(qd, rd, a->d, a->n, b->d, b->n, s);
        py_interrupt_check(vm);
        py_int_release_or(vm, s, local);
    } else {
        memcpy(rd, a->d, a->n * sizeof *rd);
        memset(rd + a->n, 0, (rn - a->n) * sizeof *rd);
    }
    bool differ = a->neg != b->neg;
    if (differ && py_mpn_norm(rd, rn) != 0) {
        py_mpn_add_1(qd, qd, qn, 1);
        py_mpn_sub(rd, b->d, rn, rd, rn);
    }
    if (q) *q = qb ? py_int_finish(qb, qn, differ) : py_int_from_limbs(vm, qd, qn, differ);
    if (r) *r = rb ? py_int_finish(rb, rn, b->neg) : py_int_from_limbs(vm, rd, rn, b->neg);
}

// |v| << bits into a new scratch buffer of *n limbs.
static py_limb_t *shifted_copy(py_vm_t *vm, const py_int_view_t *v, size_t bits, size_t *n) {
    size_t limbs = bits / 32;
    *n = v->n + limbs + 1;
    py_limb_t *r = py_int_scratch(vm, *n);
    r[*n - 1] = py_mpn_shl(r + limbs, v->d, v->n, (unsigned)(bits % 32));
    return r;
}

// q * 2^-s (plus a sticky remainder) rounded once, ties to even, onto the
// subnormal grid of multiples of 2^-1074: converting q first and scaling
// after would round twice.
static double round_subnormal(uint64_t q, bool sticky, int64_t s) {
    int64_t shift = s - 1074;   // bits of q below the grid; > 9 for subnormal results
    if (shift > 64) return 0.0;
    uint64_t kept = shift == 64 ? 0 : q >> shift;
    uint64_t rest = shift == 64 ? q : q & (((uint64_t)1 << shift) - 1);
    uint64_t half = (uint64_t)1 << (shift - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1)))) kept++;
    return ldexp((double)kept, -1074);
}

// a / b correctly rounded: the quotient scaled
// to 63-64 bits, a sticky bit for the remainder, one rounding to double.
static double big_truediv(py_vm_t *vm, const py_int_view_t *a, const py_int_view_t *b) {
    bool neg = a->neg != b->neg;
    if (a->n == 0) return b->neg ? -0.0 : 0.0;
    int64_t diff = (int64_t)py_mpn_bit_length(a->d, a->n) - (int64_t)py_mpn_bit_length(b->d, b->n);
    if (diff > 1025)
        py_raise_fmt(vm, PY_EXC_OverflowError, "integer division result too large for a float");
    if (diff < -1100) return neg ? -0.0 : 0.0;
    int64_t s = 63 - diff;
    py_int_view_t num = *a, den = *b;
    size_t nn, dn;
    py_limb_t *nd = shifted_copy(vm, &num, s > 0 ? (size_t)s : 0, &nn);
    py_limb_t *dd = shifted_copy(vm, &den, s < 0 ? (size_t)-s : 0, &dn);
    nn = py_mpn_norm(nd, nn), dn = py_mpn_norm(dd, dn);
    py_limb_t *qd = py_int_scratch(vm, nn - dn + 1), *rd = py_int_scratch(vm, dn);
    py_limb_t *sc = py_int_scratch(vm, py_mpn_divmod_scratch(nn, dn));
    py_mpn_divmod(qd, rd, nd, nn, dd, dn, sc);
    py_interrupt_check(vm);
    uint64_t q = qd[0] | (nn - dn >= 1 ? (uint64_t)qd[1] << 32 : 0);
    bool sticky = py_mpn_norm(rd, dn) != 0;
    double x = ldexp((double)(q | sticky), (int)-s);
    if (x < 0x1p-1022) x = round_subnormal(q, sticky, s);
    if (isinf(x))
        py_raise_fmt(vm, PY_EXC_OverflowError, "integer division result too large for a float");
    return neg ? -x : x;
}

// ---- pow ----------------------------------------------------------------------------

static py_val_t pow_huge_exponent(py_vm_t *vm, const py_int_view_t *a, const py_int_view_t *e) {
    if (a->n == 0) return py_small(0);
    if (a->n == 1 && a->d[0] == 1) return py_small(a->neg && (e->d[0] & 1) ? -1 : 1);
    py_raise_memory_error(vm);
}

// a ** e for e >= 0 by left-to-right binary exponentiation in two buffers.
static py_val_t big_pow(py_vm_t *vm, const py_int_view_t *a, uint64_t e) {
    if (a->n == 0) return py_small(e == 0 ? 1 : 0);
    uint64_t bits = (uint64_t)py_mpn_bit_length(a->d, a->n) * e;
    if (bits / 32 + 2 > PY_INT_MAX_LIMBS) py_raise_memory_error(vm);
    size_t cap = (size_t)(bits / 32) + 3;
    py_bigint_t *rb = py_int_alloc(vm, cap);
    py_limb_t *r = py_bigint_limbs(rb), *t = py_int_scratch(vm, cap);
    py_limb_t *s = py_int_scratch(vm, py_mpn_mul_scratch(cap, cap));
    size_t rn = 1;
    r[0] = 1;
    for (int i = 63; i >= 0; i--) {
        py_mpn_mul(t, r, rn, r, rn, s);
        rn = py_mpn_norm(t, 2 * rn);
        if ((e >> i) & 1) {
            py_mpn_mul(r, t, rn, a->d, a->n, s);
            rn = py_mpn_norm(r, rn + a->n);
        } else {
            memcpy(r, t, rn * sizeof *r);
        }
        py_interrupt_check(vm);   // each step's products may have been stopped
    }
    py_int_release(vm, t);
    py_int_release(vm, s);
    return py_int_finish(rb, rn, a->neg && (e & 1));
}

static py_val_t int_pow(py_vm_t *vm, py_val_t a, py_val_t b) {
    if (py_int_sign(b) < 0)
        return py_float_binary(vm, PY_OP_POW, py_int_to_double(vm, a), py_int_to_double(vm, b));
    py_int_view_t wa, wb;
    py_int_view(a, &wa);
    py_int_view(b, &wb);
    int64_t e;
    if (!py_int_to_i64(b, &e)) return pow_huge_exponent(vm, &wa, &wb);
    return big_pow(vm, &wa, (uint64_t)e);
}

// ---- shifts and bitwise operators ----------------------------------------------------------

// A left shift by a count beyond int64. CPython 3.11 raises OverflowError
// when the result's count of 30-bit digits exceeds its MAX_LONG_DIGITS
// ((2^63 - 1 - 24) / 4), and MemoryError for anything smaller; the
// operand's own few digits are ignored here, so only counts within a
// handful of 30 * MAX_LONG_DIGITS can differ.
#define CPY_MAX_LONG_DIGITS ((int64_t)2305843009213693945)

static _Noreturn void huge_shift(py_vm_t *vm, py_val_t count) {
    py_val_t words = py_int_binary(vm, PY_OP_FLOORDIV, count, py_small(30));
    int64_t w;
    if (!py_int_to_i64(words, &w) || w >= CPY_MAX_LONG_DIGITS)
        py_raise_fmt(vm, PY_EXC_OverflowError, "too many digits in integer");
    py_raise_memory_error(vm);
}

static py_val_t big_lshift(py_vm_t *vm, const py_int_view_t *a, py_val_t nv) {
    int64_t n;
    if (py_int_sign(nv) < 0) negative_shift(vm);
    if (a->n == 0) return py_small(0);
    if (!py_int_to_i64(nv, &n)) huge_shift(vm, nv);
    if ((uint64_t)n / 32 > PY_INT_MAX_LIMBS) py_raise_memory_error(vm);
    size_t limbs = (size_t)n / 32, rn = a->n + limbs + 1;
    py_bigint_t *r = py_int_alloc(vm, rn);
    py_limb_t *d = py_bigint_limbs(r);
    d[rn - 1] = py_mpn_shl(d + limbs, a->d, a->n, (unsigned)(n % 32));
    return py_int_finish(r, rn, a->neg);
}

// a >> n, flooring: for negative a that is -((|a| - 1) >> n) - 1.
static py_val_t big_rshift(py_vm_t *vm, const py_int_view_t *a, py_val_t nv) {
    int64_t n;
    if (py_int_sign(nv) < 0) negative_shift(vm);
    if (!py_int_to_i64(nv, &n) || (uint64_t)n >= (uint64_t)a->n * 32)
        return py_small(a->neg ? -1 : 0);
    size_t limbs = (size_t)n / 32, rn = a->n - limbs;
    py_bigint_t *r = py_int_alloc(vm, rn + 1);
    py_limb_t *d = py_bigint_limbs(r);
    memcpy(d, a->d + limbs, rn * sizeof *d);
    bool lost = false;
    for (size_t i = 0; i < limbs && !lost; i++) lost = a->d[i] != 0;
    if (py_mpn_shr(d, d, rn, (unsigned)(n % 32)) != 0) lost = true;
    if (a->neg && lost) d[rn] = py_mpn_add_1(d, d, rn, 1);   // floor rounds away from zero
    return py_int_finish(r, rn + 1, a->neg);
}

// The two's-complement form of v in n limbs (n > v->n, so the sign fits).
static void twos_complement(py_limb_t *out, const py_int_view_t *v, size_t n) {
    memcpy(out, v->d, v->n * sizeof *out);
    if (!v->neg) return;
    py_mpn_sub_1(out, out, n, 1);
    for (size_t i = 0; i < n; i++) out[i] = ~out[i];
}

static py_val_t big_bitop(py_vm_t *vm, py_binary_op_t op, const py_int_view_t *a,
                          const py_int_view_t *b) {
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    py_limb_t *x = py_int_scratch(vm, n), *y = py_int_scratch(vm, n);
    twos_complement(x, a, n);
    twos_complement(y, b, n);
    py_bigint_t *r = py_int_alloc(vm, n);
    py_limb_t *d = py_bigint_limbs(r);
    for (size_t i = 0; i < n; i++) {
        d[i] = op == PY_OP_AND ? x[i] & y[i] : op == PY_OP_OR ? x[i] | y[i] : x[i] ^ y[i];
    }
    bool neg = d[n - 1] >> 31;
    if (neg) {   // back to sign and magnitude: |r| = ~r + 1
        for (size_t i = 0; i < n; i++) d[i] = ~d[i];
        py_mpn_add_1(d, d, n, 1);
    }
    py_int_release(vm, x);
    py_int_release(vm, y);
    return py_int_finish(r, n, neg);
}

// ---- dispatch ---------------------------------------------------------------------------------

static py_val_t big_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    py_int_view_t wa, wb;
    py_int_view(a, &wa);
    py_int_view(b, &wb);
    py_val_t q, r;
    bool div = op == PY_OP_FLOORDIV || op == PY_OP_MOD || op == PY_OP_TRUEDIV;
    if (div && wb.n == 0) zero_division(vm, op);
    switch (op) {
    case PY_OP_ADD: return big_add(vm, &wa, &wb, false);
    case PY_OP_SUB: return big_add(vm, &wa, &wb, true);
    case PY_OP_MUL: return big_mul(vm, &wa, &wb);
    case PY_OP_FLOORDIV:
        q = small_quotient(vm, &wa, &wb);
        if (q == PY_NULL) big_divmod(vm, &wa, &wb, &q, NULL);
        return q;
    case PY_OP_MOD: big_divmod(vm, &wa, &wb, NULL, &r); return r;
    case PY_OP_TRUEDIV: return py_float_new(vm, big_truediv(vm, &wa, &wb));
    case PY_OP_POW: return int_pow(vm, a, b);
    case PY_OP_LSHIFT: return big_lshift(vm, &wa, b);
    case PY_OP_RSHIFT: return big_rshift(vm, &wa, b);
    case PY_OP_AND: case PY_OP_OR: case PY_OP_XOR: return big_bitop(vm, op, &wa, &wb);
    default: return PY_NOTIMPLEMENTED;
    }
}

py_val_t py_int_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    op = (py_binary_op_t)(op & ~PY_OP_INPLACE);
    a = py_int_unbool(a);
    b = py_int_unbool(b);
    if (py_is_small(a) && py_is_small(b)) {
        py_val_t r = small_binary(vm, op, py_small_val(a), py_small_val(b));
        if (r != PY_NULL) return r;
    }
    return big_binary(vm, op, a, b);
}

// ---- modular pow ------------------------------------------------------------------------------

static py_val_t ibin(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    return py_int_binary(vm, op, a, b);
}

// The inverse of a modulo m (m > 0) by the extended Euclidean algorithm.
static py_val_t mod_inverse(py_vm_t *vm, py_val_t a, py_val_t m) {
    py_val_t old_r = ibin(vm, PY_OP_MOD, a, m), r = m, old_s = py_small(1), s = py_small(0);
    while (py_int_sign(r) != 0) {
        py_val_t q = ibin(vm, PY_OP_FLOORDIV, old_r, r);
        py_val_t nr = ibin(vm, PY_OP_SUB, old_r, ibin(vm, PY_OP_MUL, q, r));
        py_val_t ns = ibin(vm, PY_OP_SUB, old_s, ibin(vm, PY_OP_MUL, q, s));
        old_r = r, r = nr, old_s = s, s = ns;
    }
    if (py_int_cmp(old_r, py_small(1)) != 0)
        py_raise_value_error(vm, "base is not invertible for the given modulus");
    return ibin(vm, PY_OP_MOD, old_s, m);
}

py_val_t py_int_pow_mod(py_vm_t *vm, py_val_t a, py_val_t b, py_val_t m) {
    a = py_int_unbool(a), b = py_int_unbool(b), m = py_int_unbool(m);
    if (py_int_sign(m) == 0) py_raise_value_error(vm, "pow() 3rd argument cannot be 0");
    py_val_t mod = py_int_sign(m) < 0 ? ibin(vm, PY_OP_SUB, py_small(0), m) : m;
    if (py_int_sign(b) < 0) {
        a = mod_inverse(vm, a, mod);
        b = ibin(vm, PY_OP_SUB, py_small(0), b);
    }
    a = ibin(vm, PY_OP_MOD, a, mod);
    py_val_t r = ibin(vm, PY_OP_MOD, py_small(1), mod);
    py_int_view_t w;
    py_int_view(b, &w);
    for (size_t i = py_mpn_bit_length(w.d, w.n); i-- > 0;) {
        r = ibin(vm, PY_OP_MOD, ibin(vm, PY_OP_MUL, r, r), mod);
        if ((w.d[i / 32] >> (i % 32)) & 1) r = ibin(vm, PY_OP_MOD, ibin(vm, PY_OP_MUL, r, a), mod);
    }
    return ibin(vm, PY_OP_MOD, r, m);   // takes the sign of a negative modulus
}
