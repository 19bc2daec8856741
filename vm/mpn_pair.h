// vm/mpn_pair.h: the hot limb loops two limbs at a time on hosts with a
// 64x64->128 multiply. Layer: vm support library, private to vm/mpn*.c.
// SPDX-License-Identifier: MIT
//
// The limbs stay 32-bit everywhere (layout, text conversion and 32-bit
// builds keep one code path); only these inner loops read a pair of limbs
// as one 64-bit word, which halves the loop's instructions where gcc and
// clang offer unsigned __int128. Elsewhere each function does nothing and
// returns 0, and the caller's one-limb loop does all the work. Each one
// handles an even prefix of [n] and returns its length.

#ifndef PY_MPN_PAIR_H
#define PY_MPN_PAIR_H

#include <string.h>
#include "mpn.h"

#if defined(__SIZEOF_INT128__)

__extension__ typedef unsigned __int128 pair_wide_t;

static inline uint64_t pair_get(const py_limb_t *a) {
    return a[0] | (uint64_t)a[1] << 32;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
// The limb order is the byte order here: one 64-bit store (gcc does not
// merge the two halves' stores by itself).
static inline void pair_put(py_limb_t *r, uint64_t w) {
    memcpy(r, &w, sizeof w);
}
#else
static inline void pair_put(py_limb_t *r, uint64_t w) {
    r[0] = (py_limb_t)w;
    r[1] = (py_limb_t)(w >> 32);
}
#endif

// r = a * m + *carry over the prefix; *carry (< 2^32) in and out. [r] may be [a].
static inline size_t pair_mul_1(py_limb_t *r, const py_limb_t *a, size_t n, py_limb_t m,
                                py_limb_t *carry) {
    uint64_t c = *carry;
    size_t i = 0;
    for (; i + 2 <= n; i += 2) {
        pair_wide_t p = (pair_wide_t)pair_get(a + i) * m + c;
        pair_put(r + i, (uint64_t)p);
        c = (uint64_t)(p >> 64);
    }
    *carry = (py_limb_t)c;
    return i;
}

// r = a + b + *carry over the prefix; *carry (0 or 1) in and out. [r] may be [a].
static inline size_t pair_add(py_limb_t *r, const py_limb_t *a, const py_limb_t *b, size_t n,
                              py_limb_t *carry) {
    uint64_t c = *carry;
    size_t i = 0;
    for (; i + 2 <= n; i += 2) {
        pair_wide_t s = (pair_wide_t)pair_get(a + i) + pair_get(b + i) + c;
        pair_put(r + i, (uint64_t)s);
        c = (uint64_t)(s >> 64);
    }
    *carry = (py_limb_t)c;
    return i;
}

// r = a - b - *borrow over the prefix; *borrow (0 or 1) in and out. [r] may be [a].
static inline size_t pair_sub(py_limb_t *r, const py_limb_t *a, const py_limb_t *b, size_t n,
                              py_limb_t *borrow) {
    uint64_t c = *borrow;
    size_t i = 0;
    for (; i + 2 <= n; i += 2) {
        pair_wide_t d = (pair_wide_t)pair_get(a + i) - pair_get(b + i) - c;
        pair_put(r + i, (uint64_t)d);
        c = (uint64_t)(d >> 64) & 1;   // the high half is all ones exactly when it wrapped
    }
    *borrow = (py_limb_t)c;
    return i;
}

// The borrow of a - b * m - *borrow over the prefix, storing nothing;
// *borrow (< 2^32) in and out, and *any ORed with every difference limb.
static inline size_t pair_submul_test(const py_limb_t *a, const py_limb_t *b, size_t n,
                                      py_limb_t m, py_limb_t *borrow, py_limb_t *any) {
    uint64_t c = *borrow, or = 0;
    size_t i = 0;
    for (; i + 2 <= n; i += 2) {
        pair_wide_t p = (pair_wide_t)pair_get(b + i) * m + c;
        uint64_t lo = (uint64_t)p, x = pair_get(a + i);
        or |= x - lo;
        c = (uint64_t)(p >> 64) + (x < lo);
    }
    *borrow = (py_limb_t)c;
    *any |= (py_limb_t)(or | or >> 32);
    return i;
}

#else

static inline size_t pair_mul_1(py_limb_t *r, const py_limb_t *a, size_t n, py_limb_t m,
                                py_limb_t *carry) {
    (void)r, (void)a, (void)n, (void)m, (void)carry;
    return 0;
}

static inline size_t pair_add(py_limb_t *r, const py_limb_t *a, const py_limb_t *b, size_t n,
                              py_limb_t *carry) {
    (void)r, (void)a, (void)b, (void)n, (void)carry;
    return 0;
}

static inline size_t pair_sub(py_limb_t *r, const py_limb_t *a, const py_limb_t *b, size_t n,
                              py_limb_t *borrow) {
    (void)r, (void)a, (void)b, (void)n, (void)borrow;
    return 0;
}

static inline size_t pair_submul_test(const py_limb_t *a, const py_limb_t *b, size_t n,
                                      py_limb_t m, py_limb_t *borrow, py_limb_t *any) {
    (void)a, (void)b, (void)n, (void)m, (void)borrow, (void)any;
    return 0;
}

#endif

#endif
