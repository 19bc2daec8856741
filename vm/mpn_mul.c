// vm/mpn_mul.c: multiplication of limb arrays: schoolbook, and Karatsuba for
// large operands. Layer: vm support library (see vm/mpn.h).
// SPDX-License-Identifier: MIT

#include <stdbool.h>
#include "mpn.h"

// Measured on x86-64 (gcc -O2, n x n products timed for n = 16..128 with
// thresholds 8..256): Karatsuba overtakes schoolbook between 32 and 64
// limbs; 48 sits in the flat middle. Below 4 the half-size recursion would
// not shrink.
size_t py_mpn_karatsuba_threshold = 48;

// Rows at least this long poll for a stop one by one (a row is then long
// enough that the call is noise); shorter products poll once.
#define ROW_POLL 1024

static size_t threshold(void) {
    return py_mpn_karatsuba_threshold < 4 ? 4 : py_mpn_karatsuba_threshold;
}

static void zero(py_limb_t *r, size_t n) {
    for (size_t i = 0; i < n; i++) r[i] = 0;
}

void py_mpn_mul_basecase(py_limb_t *r, const py_limb_t *a, size_t an, const py_limb_t *b,
                         size_t bn) {
    if (an == 0 || bn == 0) {
        zero(r, an + bn);
        return;
    }
    // Small products (Karatsuba's leaves) poll once; long rows poll each.
    bool per_row = an >= ROW_POLL;
    if (py_mpn_poll(per_row ? an : an * bn)) {
        zero(r, an + bn);
        return;
    }
    r[an] = py_mpn_mul_1(r, a, an, b[0]);
    for (size_t j = 1; j < bn; j++) {
        if (per_row && py_mpn_poll(an)) {
            zero(r, an + bn);
            return;
        }
        r[an + j] = py_mpn_addmul_1(r + j, a, an, b[j]);
    }
}

// Scratch of kara() for n-limb operands: the two half sums (l+1 limbs
// each), their product (2l+2) and what the middle product's recursion needs.
static size_t kara_scratch(size_t n) {
    if (n < threshold()) return 0;
    size_t l = n - n / 2;
    return 4 * (l + 1) + kara_scratch(l + 1);
}

// r[0..2n) = a * b for two n-limb operands:
// a*b = z2*B^2h + (z1 - z2 - z0)*B^h + z0 with z1 = (a0+a1)(b0+b1).
static void kara(py_limb_t *r, const py_limb_t *a, const py_limb_t *b, size_t n,
                 py_limb_t *scratch) {
    if (n < threshold()) {
        py_mpn_mul_basecase(r, a, n, b, n);
        return;
    }
    size_t h = n / 2, l = n - h;
    kara(r, a, b, h, scratch);
    kara(r + 2 * h, a + h, b + h, l, scratch);
    py_limb_t *sa = scratch, *sb = scratch + (l + 1), *z1 = scratch + 2 * (l + 1);
    sa[l] = py_mpn_add(sa, a + h, l, a, h);
    sb[l] = py_mpn_add(sb, b + h, l, b, h);
    kara(z1, sa, sb, l + 1, scratch + 4 * (l + 1));
    size_t zn = 2 * l + 2;
    py_mpn_sub(z1, z1, zn, r, 2 * h);
    py_mpn_sub(z1, z1, zn, r + 2 * h, 2 * l);
    zn = py_mpn_norm(z1, zn);   // the middle term fits in the 2n - h limbs above r[h]
    py_mpn_add(r + h, r + h, 2 * n - h, z1, zn);
}

// A bound that grows with both sizes (callers size buffers from bounds):
// the chunk loop of mul_unbalanced recurses on Euclid-like remainders of
// the sizes, whose sum is below 4 * bn, each needing a 2 * size product.
size_t py_mpn_mul_scratch(size_t an, size_t bn) {
    size_t b = an < bn ? an : bn;
    if (b < threshold()) return 0;
    return 8 * b + kara_scratch(b);
}

// an > bn >= threshold: multiply b by bn-limb chunks of a and accumulate.
static void mul_unbalanced(py_limb_t *r, const py_limb_t *a, size_t an, const py_limb_t *b,
                           size_t bn, py_limb_t *scratch) {
    py_limb_t *tmp = scratch, *rest = scratch + 2 * bn;
    kara(r, a, b, bn, rest);
    zero(r + 2 * bn, an - bn);
    for (size_t done = bn; done < an;) {
        size_t c = an - done < bn ? an - done : bn;
        py_mpn_mul(tmp, a + done, c, b, bn, rest);
        py_mpn_add(r + done, r + done, an + bn - done, tmp, c + bn);
        done += c;
    }
}

void py_mpn_mul(py_limb_t *r, const py_limb_t *a, size_t an, const py_limb_t *b, size_t bn,
                py_limb_t *scratch) {
    if (an < bn) {
        const py_limb_t *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if (bn < threshold()) {
        py_mpn_mul_basecase(r, a, an, b, bn);
    } else if (an == bn) {
        kara(r, a, b, an, scratch);
    } else {
        mul_unbalanced(r, a, an, b, bn, scratch);
    }
}
