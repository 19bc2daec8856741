// vm/mpn_div.c: division of limb arrays: by one limb, and by many limbs with
// Knuth's algorithm D (TAOCP vol. 2, 4.3.1). Layer: vm support library.
// SPDX-License-Identifier: MIT

#include "mpn.h"
#include "mpn_pair.h"

py_limb_t py_mpn_divmod_1(py_limb_t *q, const py_limb_t *a, size_t n, py_limb_t d) {
    py_dlimb_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        py_dlimb_t cur = (rem << PY_LIMB_BITS) | a[i];
        q[i] = (py_limb_t)(cur / d);
        rem = cur % d;
    }
    return (py_limb_t)rem;
}

py_limb_t py_mpn_mod_1(const py_limb_t *a, size_t n, py_limb_t d) {
    py_dlimb_t rem = 0;
    for (size_t i = n; i-- > 0;) rem = ((rem << PY_LIMB_BITS) | a[i]) % d;
    return (py_limb_t)rem;
}

size_t py_mpn_divmod_scratch(size_t an, size_t bn) {
    (void)bn;
    return an + 1;
}

// Leading zero bits of a nonzero limb (portable: no compiler builtins in vm/).
static unsigned clz_limb(py_limb_t x) {
    unsigned n = 0;
    if (!(x & 0xffff0000u)) { n += 16; x <<= 16; }
    if (!(x & 0xff000000u)) { n += 8; x <<= 8; }
    if (!(x & 0xf0000000u)) { n += 4; x <<= 4; }
    if (!(x & 0xc0000000u)) { n += 2; x <<= 2; }
    if (!(x & 0x80000000u)) n += 1;
    return n;
}

// Limb [k] of x << s (0 <= s < 32): the shift is never done on whole
// arrays; only the few top limbs the quotient estimate reads are formed.
static py_limb_t shifted(const py_limb_t *x, size_t k, unsigned s) {
    if (s == 0) return x[k];
    return (x[k] << s) | (k ? x[k - 1] >> (PY_LIMB_BITS - s) : 0);
}

// The quotient digit of the partial remainder un[0..bn] by v (bn >= 2
// limbs, both taken shifted left by s so v's top bit is set): estimated
// from the top two limbs, corrected by the third so it is at most one too
// large (Knuth's step D3). The partial remainder is below v * B, so its
// shifted form still fits bn + 1 limbs.
static py_limb_t estimate_qhat(const py_limb_t *un, const py_limb_t *v, size_t bn, unsigned s) {
    py_dlimb_t num = ((py_dlimb_t)shifted(un, bn, s) << PY_LIMB_BITS) | shifted(un, bn - 1, s);
    py_dlimb_t top = shifted(v, bn - 1, s), next = shifted(v, bn - 2, s);
    py_limb_t third = shifted(un, bn - 2, s);
    py_dlimb_t qhat = num / top, rhat = num % top;
    while (qhat > PY_LIMB_MAX || qhat * next > ((rhat << PY_LIMB_BITS) | third)) {
        qhat--;
        rhat += top;
        if (rhat > PY_LIMB_MAX) break;
    }
    return (py_limb_t)qhat;
}

// un[0..bn] -= qhat * vn; adds vn back (and decrements) if that went negative.
static py_limb_t subtract_step(py_limb_t *un, const py_limb_t *vn, size_t bn, py_limb_t qhat) {
    py_limb_t borrow = py_mpn_submul_1(un, vn, bn, qhat);
    py_limb_t top = un[bn];
    un[bn] = top - borrow;
    if (top < borrow) {
        qhat--;
        un[bn] += py_mpn_add(un, un, bn, vn, bn);
    }
    return qhat;
}

static void divmod_by_1(py_limb_t *q, py_limb_t *r, const py_limb_t *a, size_t an,
                        py_limb_t d, py_limb_t *scratch) {
    py_limb_t rem = py_mpn_divmod_1(q ? q : scratch, a, an, d);
    if (r) r[0] = rem;
}

// Zeros the outputs of an interrupted division: a valid (if wrong) result
// that later steps, such as the conversions' recursion, handle safely.
static void stopped(py_limb_t *q, py_limb_t *r, size_t an, size_t bn) {
    for (size_t i = 0; q && i < an - bn + 1; i++) q[i] = 0;
    for (size_t i = 0; r && i < bn; i++) r[i] = 0;
}

// The shift that would normalise the divisor is folded into the quotient
// estimates instead (estimate_qhat): the digits are the same, and the
// subtractions work on the unshifted operands, which spares two whole-array
// shifts and the unshifting of the remainder.
void py_mpn_divmod(py_limb_t *q, py_limb_t *r, const py_limb_t *a, size_t an,
                   const py_limb_t *b, size_t bn, py_limb_t *scratch) {
    if (bn == 1) {
        divmod_by_1(q, r, a, an, b[0], scratch);
        return;
    }
    unsigned s = clz_limb(b[bn - 1]);
    py_limb_t *un = scratch;
    for (size_t i = 0; i < an; i++) un[i] = a[i];
    un[an] = 0;
    for (size_t j = an - bn + 1; j-- > 0;) {
        if (j % 64 == 0 && py_mpn_poll(64 * bn)) {
            stopped(q, r, an, bn);
            return;
        }
        py_limb_t qhat = estimate_qhat(un + j, b, bn, s);
        qhat = subtract_step(un + j, b, bn, qhat);
        if (q) q[j] = qhat;
    }
    for (size_t i = 0; r && i < bn; i++) r[i] = un[i];
}

py_limb_t py_mpn_div_qlimb(const py_limb_t *a, size_t an, const py_limb_t *b, size_t bn,
                           int *rem_zero) {
    py_limb_t top[3];   // a's top limbs, with a zero limb above when an == bn
    top[2] = an > bn ? a[bn] : 0;
    top[1] = a[bn - 1];
    top[0] = a[bn - 2];
    unsigned s = clz_limb(b[bn - 1]);
    // The estimate reads limbs bn-2..bn of the shifted a; limb bn-2 also
    // needs a[bn-3]'s high bits, which top[] lacks: `low` supplies them.
    py_limb_t low = bn >= 3 && s ? a[bn - 3] >> (PY_LIMB_BITS - s) : 0;
    py_limb_t sh[3] = {shifted(top, 0, s) | low, shifted(top, 1, s), shifted(top, 2, s)};
    py_limb_t vt[2] = {shifted(b, bn - 2, s), shifted(b, bn - 1, s)};
    py_limb_t qhat = estimate_qhat(sh, vt, 2, 0);
    // Streams a - qhat * b from the low end: only its borrow and whether it
    // is zero are kept.
    py_limb_t borrow = 0, any = 0;
    for (size_t i = pair_submul_test(a, b, bn, qhat, &borrow, &any); i < bn; i++) {
        py_dlimb_t p = (py_dlimb_t)b[i] * qhat + borrow;
        py_limb_t lo = (py_limb_t)p, x = a[i];
        any |= x - lo;
        borrow = (py_limb_t)(p >> PY_LIMB_BITS) + (x < lo);
    }
    py_limb_t hi = top[2];
    any |= hi - borrow;
    if (hi < borrow) {   // one too large: the remainder a - (qhat - 1) * b lies in (0, b)
        *rem_zero = 0;
        return qhat - 1;
    }
    *rem_zero = any == 0;
    return qhat;
}
