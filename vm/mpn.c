// vm/mpn.c: linear-time limb primitives: compare, add, subtract, limb
// products, shifts and bit counts. Layer: vm support library (see vm/mpn.h).
// SPDX-License-Identifier: MIT

#include "mpn.h"
#include "mpn_pair.h"

// Limb products between two calls of the hook: about a millisecond of work,
// so Ctrl-C is seen promptly and the hook costs nothing measurable.
#define POLL_WORK ((size_t)1 << 20)

int (*py_mpn_stop_hook)(void);
// Products since the hook last said "go on". Process-wide like the hook: it
// only spaces the calls. Left past POLL_WORK after a stop, so every later
// poll asks again and the whole operation winds down quickly.
static size_t work_since_poll;

int py_mpn_poll(size_t work) {
    work_since_poll += work;
    if (work_since_poll < POLL_WORK) return 0;
    if (py_mpn_stop_hook && py_mpn_stop_hook()) return 1;
    work_since_poll = 0;
    return 0;
}

size_t py_mpn_norm(const py_limb_t *a, size_t n) {
    while (n > 0 && a[n - 1] == 0) n--;
    return n;
}

int py_mpn_cmp(const py_limb_t *a, size_t an, const py_limb_t *b, size_t bn) {
    an = py_mpn_norm(a, an);
    bn = py_mpn_norm(b, bn);
    if (an != bn) return an < bn ? -1 : 1;
    while (an-- > 0) {
        if (a[an] != b[an]) return a[an] < b[an] ? -1 : 1;
    }
    return 0;
}

py_limb_t py_mpn_add(py_limb_t *r, const py_limb_t *a, size_t an, const py_limb_t *b,
                     size_t bn) {
    py_limb_t carry = 0;
    size_t i = pair_add(r, a, b, bn, &carry);
    py_dlimb_t c = carry;
    for (; i < bn; i++) {
        c += (py_dlimb_t)a[i] + b[i];
        r[i] = (py_limb_t)c;
        c >>= PY_LIMB_BITS;
    }
    return py_mpn_add_1(r + i, a + i, an - i, (py_limb_t)c);
}

py_limb_t py_mpn_sub(py_limb_t *r, const py_limb_t *a, size_t an, const py_limb_t *b,
                     size_t bn) {
    py_limb_t borrow = 0;
    size_t i = pair_sub(r, a, b, bn, &borrow);
    for (; i < bn; i++) {
        py_dlimb_t d = (py_dlimb_t)a[i] - b[i] - borrow;
        r[i] = (py_limb_t)d;
        borrow = (py_limb_t)(d >> 63);   // the top bit is set exactly when it wrapped
    }
    return py_mpn_sub_1(r + i, a + i, an - i, borrow);
}

py_limb_t py_mpn_add_1(py_limb_t *r, const py_limb_t *a, size_t n, py_limb_t b) {
    size_t i = 0;
    for (; i < n && b; i++) {
        py_limb_t s = a[i] + b;
        b = s < b;
        r[i] = s;
    }
    if (r != a) {
        for (; i < n; i++) r[i] = a[i];
    }
    return b;
}

py_limb_t py_mpn_sub_1(py_limb_t *r, const py_limb_t *a, size_t n, py_limb_t b) {
    size_t i = 0;
    for (; i < n && b; i++) {
        py_limb_t x = a[i];
        r[i] = x - b;
        b = x < b;
    }
    if (r != a) {
        for (; i < n; i++) r[i] = a[i];
    }
    return b;
}

py_limb_t py_mpn_mul_1(py_limb_t *r, const py_limb_t *a, size_t n, py_limb_t m) {
    py_limb_t carry = 0;
    size_t i = pair_mul_1(r, a, n, m, &carry);
    py_dlimb_t c = carry;
    for (; i < n; i++) {
        c += (py_dlimb_t)a[i] * m;
        r[i] = (py_limb_t)c;
        c >>= PY_LIMB_BITS;
    }
    return (py_limb_t)c;
}

py_limb_t py_mpn_addmul_1(py_limb_t *r, const py_limb_t *a, size_t n, py_limb_t m) {
    py_dlimb_t c = 0;
    for (size_t i = 0; i < n; i++) {
        // a*m + r + c <= (2^32-1)^2 + 2*(2^32-1) = 2^64-1: never overflows.
        c += (py_dlimb_t)a[i] * m + r[i];
        r[i] = (py_limb_t)c;
        c >>= PY_LIMB_BITS;
    }
    return (py_limb_t)c;
}

py_limb_t py_mpn_submul_1(py_limb_t *r, const py_limb_t *a, size_t n, py_limb_t m) {
    py_limb_t borrow = 0;
    for (size_t i = 0; i < n; i++) {
        py_dlimb_t p = (py_dlimb_t)a[i] * m + borrow;
        py_limb_t lo = (py_limb_t)p;
        py_limb_t x = r[i];
        r[i] = x - lo;
        borrow = (py_limb_t)(p >> PY_LIMB_BITS) + (x < lo);
    }
    return borrow;
}

py_limb_t py_mpn_shl(py_limb_t *r, const py_limb_t *a, size_t n, unsigned s) {
    if (n == 0) return 0;
    if (s == 0) {
        for (size_t i = n; i-- > 0;) r[i] = a[i];
        return 0;
    }
    py_limb_t out = a[n - 1] >> (PY_LIMB_BITS - s);
    for (size_t i = n - 1; i > 0; i--) {
        r[i] = (a[i] << s) | (a[i - 1] >> (PY_LIMB_BITS - s));
    }
    r[0] = a[0] << s;
    return out;
}

py_limb_t py_mpn_shr(py_limb_t *r, const py_limb_t *a, size_t n, unsigned s) {
    if (n == 0) return 0;
    if (s == 0) {
        for (size_t i = 0; i < n; i++) r[i] = a[i];
        return 0;
    }
    py_limb_t out = a[0] << (PY_LIMB_BITS - s);
    for (size_t i = 0; i + 1 < n; i++) {
        r[i] = (a[i] >> s) | (a[i + 1] << (PY_LIMB_BITS - s));
    }
    r[n - 1] = a[n - 1] >> s;
    return out;
}

size_t py_mpn_bit_length(const py_limb_t *a, size_t n) {
    n = py_mpn_norm(a, n);
    if (n == 0) return 0;
    py_limb_t top = a[n - 1];
    size_t bits = 0;
    while (top) {
        bits++;
        top >>= 1;
    }
    return (n - 1) * PY_LIMB_BITS + bits;
}

static unsigned popcount_limb(py_limb_t x) {
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0fu;
    return (x * 0x01010101u) >> 24;
}

size_t py_mpn_popcount(const py_limb_t *a, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += popcount_limb(a[i]);
    return c;
}
