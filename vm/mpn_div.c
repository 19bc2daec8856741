// vm/mpn_div.c: division of limb arrays: by one limb, and by many limbs with
// Knuth's algorithm D (TAOCP vol. 2, 4.3.1). Layer: vm support library.
// SPDX-License-Identifier: MIT

#include "mpn.h"

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
    return an + 1 + bn;
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

// The quotient digit of un[0..bn] / vn (vn normalised so its top bit is set):
// estimated from the top two limbs, corrected by the third so it is at most
// one too large (Knuth's step D3).
static py_limb_t estimate_qhat(const py_limb_t *un, const py_limb_t *vn, size_t bn) {
    py_dlimb_t num = ((py_dlimb_t)un[bn] << PY_LIMB_BITS) | un[bn - 1];
    py_dlimb_t top = vn[bn - 1];
    py_dlimb_t qhat = num / top, rhat = num % top;
    while (qhat > PY_LIMB_MAX ||
           (bn > 1 && qhat * vn[bn - 2] > ((rhat << PY_LIMB_BITS) | un[bn - 2]))) {
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

void py_mpn_divmod(py_limb_t *q, py_limb_t *r, const py_limb_t *a, size_t an,
                   const py_limb_t *b, size_t bn, py_limb_t *scratch) {
    if (bn == 1) {
        divmod_by_1(q, r, a, an, b[0], scratch);
        return;
    }
    unsigned s = clz_limb(b[bn - 1]);
    py_limb_t *vn = scratch, *un = scratch + bn;
    py_mpn_shl(vn, b, bn, s);
    un[an] = py_mpn_shl(un, a, an, s);
    for (size_t j = an - bn + 1; j-- > 0;) {
        if (j % 64 == 0 && py_mpn_poll(64 * bn)) {
            stopped(q, r, an, bn);
            return;
        }
        py_limb_t qhat = estimate_qhat(un + j, vn, bn);
        qhat = subtract_step(un + j, vn, bn, qhat);
        if (q) q[j] = qhat;
    }
    if (r) py_mpn_shr(r, un, bn, s);
}
