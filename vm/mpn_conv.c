// vm/mpn_conv.c: limb arrays to and from digit strings. Decimal is divide and
// conquer over the powers 10^(9*2^k); power-of-two bases map bits directly.
// Layer: vm support library (see vm/mpn.h).
// SPDX-License-Identifier: MIT
//
// Decimal output splits a number by the largest power P = 10^(9*2^k) below
// it: the quotient is written first, then the remainder padded to exactly
// 9*2^k digits, recursively. Input splits the digit string the same way and
// joins the halves as hi * P + lo with Karatsuba products, so parsing is
// O(n^1.6). Output divides with algorithm D: each level costs a quarter of
// the one above, so the whole is a small constant times one schoolbook
// division of the two halves (str(10**100000) takes tens of milliseconds).

#include <string.h>
#include "mpn.h"

// 10^9 is the largest power of ten in a limb, so a limb holds 9 digits.
#define DEC_BASE 1000000000u
#define DEC_DIGITS 9
// Below this many limbs (about 385 digits), repeated division by 10^9
// (output) or multiply-and-add by 10^9 (input) is used instead of
// splitting: quadratic, but with small constants at that size, and it keeps the
// stack buffer of var_basecase small.
#define DEC_BASECASE 40
// Levels of powers: 10^(9*2^48) is far beyond any addressable number.
#define MAX_POWERS 48

// Upper bound on the limbs of 10^(9*2^k): 9*2^k*log2(10)/32 < 9*2^k*107/1024.
// The +2 also covers squaring: 2 * |10^(9*2^k)| <= pow_bound(k + 1).
static size_t pow_bound(unsigned k) {
    return (((size_t)DEC_DIGITS << k) * 107) / 1024 + 2;
}

// Lower bound on the limbs of 10^(9*2^k) (log2(10)/32 > 103/1024).
static size_t pow_lower(unsigned k) {
    return (((size_t)DEC_DIGITS << k) * 103) / 1024;
}

typedef struct {
    const py_limb_t *p[MAX_POWERS];
    size_t n[MAX_POWERS];
    unsigned count;
} powers_t;

// Scratch for storing powers 0..top, and for squaring the largest.
static size_t powers_scratch(unsigned top) {
    size_t s = 0;
    for (unsigned k = 0; k <= top; k++) s += pow_bound(k);
    return s + py_mpn_mul_scratch(pow_bound(top), pow_bound(top));
}

// Fills [pw] with 10^(9*2^k) for k = 0..top in [area]; returns the first
// limb past them. Squaring scratch goes past powers_scratch's storage part.
static py_limb_t *make_powers(powers_t *pw, unsigned top, py_limb_t *area) {
    size_t store = 0;
    for (unsigned k = 0; k <= top; k++) store += pow_bound(k);
    py_limb_t *tmp = area + store;
    area[0] = DEC_BASE;
    pw->p[0] = area;
    pw->n[0] = 1;
    py_limb_t *next = area + pow_bound(0);
    for (unsigned k = 1; k <= top; k++) {
        size_t m = pw->n[k - 1];
        py_mpn_mul(next, pw->p[k - 1], m, pw->p[k - 1], m, tmp);
        pw->p[k] = next;
        pw->n[k] = py_mpn_norm(next, 2 * m);
        next += pow_bound(k);
    }
    pw->count = top + 1;
    return area + store;
}

// ---- output ---------------------------------------------------------------------

static void put9(char *out, py_limb_t v) {
    for (int i = DEC_DIGITS - 1; i >= 0; i--) {
        out[i] = (char)('0' + v % 10);
        v /= 10;
    }
}

// Writes a (n limbs) as exactly [width] digits (a multiple of 9), zero padded.
static void fixed_basecase(char *out, size_t width, const py_limb_t *a, size_t n,
                           py_limb_t *t) {
    memcpy(t, a, n * sizeof *t);
    for (size_t pos = width; pos > 0; pos -= DEC_DIGITS) {
        py_limb_t rem = py_mpn_divmod_1(t, t, n, DEC_BASE);
        n = py_mpn_norm(t, n);
        put9(out + pos - DEC_DIGITS, rem);
    }
}

// Writes a < 10^(9*2^k) as exactly 9*2^k digits.
static void put_fixed(char *out, const py_limb_t *a, size_t n, unsigned k, const powers_t *pw,
                      py_limb_t *s) {
    size_t width = (size_t)DEC_DIGITS << k;
    if (k == 0 || n <= DEC_BASECASE) {
        fixed_basecase(out, width, a, n, s);
        return;
    }
    size_t half = width / 2, m = pw->n[k - 1];
    if (py_mpn_cmp(a, n, pw->p[k - 1], m) < 0) {
        memset(out, '0', half);
        put_fixed(out + half, a, n, k - 1, pw, s);
        return;
    }
    py_limb_t *q = s, *r = s + (n - m + 1);
    py_mpn_divmod(q, r, a, n, pw->p[k - 1], m, s + n + 1);
    put_fixed(out, q, py_mpn_norm(q, n - m + 1), k - 1, pw, s + n + 1);
    put_fixed(out + half, r, py_mpn_norm(r, m), k - 1, pw, s + n + 1);
}

// Writes a (n limbs, normalised, nonzero) with no leading zeros; returns the count.
static size_t var_basecase(char *out, const py_limb_t *a, size_t n, py_limb_t *t) {
    char buf[DEC_DIGITS * (DEC_BASECASE * 32 / 29 + 2)];   // 10^9 > 2^29: 9 digits per 29 bits
    size_t pos = sizeof buf;
    memcpy(t, a, n * sizeof *t);
    while (n > 0) {
        py_limb_t rem = py_mpn_divmod_1(t, t, n, DEC_BASE);
        n = py_mpn_norm(t, n);
        pos -= DEC_DIGITS;
        put9(buf + pos, rem);
    }
    while (pos < sizeof buf - 1 && buf[pos] == '0') pos++;
    memcpy(out, buf + pos, sizeof buf - pos);
    return sizeof buf - pos;
}

static size_t put_var(char *out, const py_limb_t *a, size_t n, const powers_t *pw,
                      py_limb_t *s) {
    unsigned k = pw->count;
    while (k-- > 0 && py_mpn_cmp(a, n, pw->p[k], pw->n[k]) < 0) {}
    if (n <= DEC_BASECASE || k == (unsigned)-1 || k == 0) return var_basecase(out, a, n, s);
    size_t m = pw->n[k];
    py_limb_t *q = s, *r = s + (n - m + 1);
    py_mpn_divmod(q, r, a, n, pw->p[k], m, s + n + 1);
    size_t len = put_var(out, q, py_mpn_norm(q, n - m + 1), pw, s + n + 1);
    put_fixed(out + len, r, py_mpn_norm(r, m), k, pw, s + n + 1);
    return len + ((size_t)DEC_DIGITS << k);
}

// The highest power index worth computing for an n-limb number.
static unsigned top_power(size_t n) {
    unsigned k = 0;
    while (k + 1 < MAX_POWERS && pow_lower(k + 1) <= n) k++;
    return k;
}

static size_t fixed_scratch(unsigned k) {
    size_t p = pow_bound(k);
    if (k == 0) return p + DEC_BASECASE;
    size_t sub = fixed_scratch(k - 1), div = 2 * p + 2;
    return p + 2 + (sub > div ? sub : div) + DEC_BASECASE;
}

size_t py_mpn_to_dec_size(size_t n) {
    return n * 10 + 2 * DEC_DIGITS;   // 32*log10(2) = 9.64 digits per limb
}

size_t py_mpn_to_dec_scratch(size_t n) {
    unsigned top = top_power(n);
    // put_var's own q, r and division (<= 3n + 4), then put_fixed at level <= top.
    return powers_scratch(top) + 3 * n + 4 + fixed_scratch(top) + DEC_BASECASE;
}

size_t py_mpn_to_dec(char *out, const py_limb_t *a, size_t n, py_limb_t *scratch) {
    n = py_mpn_norm(a, n);
    if (n == 0) {
        out[0] = '0';
        return 1;
    }
    powers_t pw;
    unsigned top = top_power(n);
    if (n <= DEC_BASECASE) top = 0;
    py_limb_t *s = make_powers(&pw, top, scratch);
    s += py_mpn_mul_scratch(pow_bound(top), pow_bound(top));
    if (py_mpn_poll(0)) {   // stopped while squaring: the powers are not valid divisors
        out[0] = '0';
        return 1;
    }
    return put_var(out, a, n, &pw, s);
}

// ---- input ----------------------------------------------------------------------

size_t py_mpn_from_dec_limbs(size_t len) {
    return len * 107 / 1024 + 4;   // log2(10)/32 < 107/1024 limbs per digit
}

static py_limb_t chunk_value(const char *s, size_t len) {
    py_limb_t v = 0;
    for (size_t i = 0; i < len; i++) v = v * 10 + (py_limb_t)(s[i] - '0');
    return v;
}

static size_t parse_basecase(py_limb_t *r, const char *s, size_t len) {
    static const py_limb_t pow10[DEC_DIGITS + 1] = {1, 10, 100, 1000, 10000, 100000,
        1000000, 10000000, 100000000, 1000000000};
    size_t n = 0, first = len % DEC_DIGITS ? len % DEC_DIGITS : DEC_DIGITS;
    for (size_t i = 0; i < len; first = DEC_DIGITS) {
        py_limb_t hi = py_mpn_mul_1(r, r, n, pow10[first]);
        if (hi) r[n++] = hi;
        py_limb_t c = py_mpn_add_1(r, r, n, chunk_value(s + i, first));
        if (c) r[n++] = c;
        i += first;
    }
    return n;
}

// The largest k with 9*2^k < len.
static unsigned split_level(size_t len) {
    unsigned k = 0;
    while (((size_t)DEC_DIGITS << (k + 1)) < len) k++;
    return k;
}

static size_t parse_scratch(size_t len) {
    if (len <= DEC_DIGITS * DEC_BASECASE) return 0;
    unsigned k = split_level(len);
    size_t lo = (size_t)DEC_DIGITS << k, hi = len - lo;
    size_t sl = parse_scratch(lo), sh = hi == lo ? sl : parse_scratch(hi);
    size_t sm = py_mpn_mul_scratch(py_mpn_from_dec_limbs(hi), pow_bound(k));
    size_t m = sl > sh ? sl : sh;
    return py_mpn_from_dec_limbs(hi) + py_mpn_from_dec_limbs(lo) + (m > sm ? m : sm);
}

static size_t parse_rec(py_limb_t *r, const char *s, size_t len, const powers_t *pw,
                        py_limb_t *scratch) {
    if (len <= DEC_DIGITS * DEC_BASECASE) return parse_basecase(r, s, len);
    unsigned k = split_level(len);
    size_t lo_len = (size_t)DEC_DIGITS << k, hi_len = len - lo_len;
    py_limb_t *hi = scratch, *lo = scratch + py_mpn_from_dec_limbs(hi_len);
    py_limb_t *rest = lo + py_mpn_from_dec_limbs(lo_len);
    size_t hn = parse_rec(hi, s, hi_len, pw, rest);
    size_t ln = parse_rec(lo, s + hi_len, lo_len, pw, rest);
    size_t n = hn + pw->n[k];
    py_mpn_mul(r, hi, hn, pw->p[k], pw->n[k], rest);
    py_mpn_add(r, r, n, lo, ln);
    return py_mpn_norm(r, n);
}

size_t py_mpn_from_dec_scratch(size_t len) {
    unsigned top = len > DEC_DIGITS * DEC_BASECASE ? split_level(len) : 0;
    return powers_scratch(top) + parse_scratch(len);
}

size_t py_mpn_from_dec(py_limb_t *r, const char *s, size_t len, py_limb_t *scratch) {
    if (len <= DEC_DIGITS * DEC_BASECASE) return py_mpn_norm(r, parse_basecase(r, s, len));
    powers_t pw;
    unsigned top = split_level(len);
    py_limb_t *rest = make_powers(&pw, top, scratch);
    rest += py_mpn_mul_scratch(pow_bound(top), pow_bound(top));
    if (py_mpn_poll(0)) return 0;   // stopped while squaring: the caller discards
    return parse_rec(r, s, len, &pw, rest);
}

// ---- other bases ----------------------------------------------------------------

static unsigned bits_of_digit_at(const py_limb_t *a, size_t n, size_t bit, unsigned bits) {
    size_t i = bit / PY_LIMB_BITS;
    unsigned off = (unsigned)(bit % PY_LIMB_BITS);
    py_dlimb_t w = a[i] >> off;
    if (off + bits > PY_LIMB_BITS && i + 1 < n) w |= (py_dlimb_t)a[i + 1] << (PY_LIMB_BITS - off);
    return (unsigned)(w & ((1u << bits) - 1));
}

size_t py_mpn_to_pow2(char *out, const py_limb_t *a, size_t n, unsigned bits) {
    static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuv";
    n = py_mpn_norm(a, n);
    size_t nbits = py_mpn_bit_length(a, n);
    size_t count = nbits ? (nbits + bits - 1) / bits : 1;
    for (size_t i = 0; i < count; i++) {
        unsigned d = nbits ? bits_of_digit_at(a, n, i * bits, bits) : 0;
        out[count - 1 - i] = digit_chars[d];
    }
    return count;
}

size_t py_mpn_from_digits_limbs(size_t len, unsigned base) {
    unsigned bits = 1;
    while ((1u << bits) < base) bits++;
    return (len * bits + PY_LIMB_BITS - 1) / PY_LIMB_BITS + 1;
}

static size_t from_pow2(py_limb_t *r, const uint8_t *digits, size_t len, unsigned bits) {
    size_t n = py_mpn_from_digits_limbs(len, 1u << bits);
    memset(r, 0, n * sizeof *r);
    for (size_t i = 0; i < len; i++) {
        size_t bit = (len - 1 - i) * bits;
        py_dlimb_t v = (py_dlimb_t)digits[i] << (bit % PY_LIMB_BITS);
        r[bit / PY_LIMB_BITS] |= (py_limb_t)v;
        if (v >> PY_LIMB_BITS) r[bit / PY_LIMB_BITS + 1] |= (py_limb_t)(v >> PY_LIMB_BITS);
    }
    return py_mpn_norm(r, n);
}

size_t py_mpn_from_digits(py_limb_t *r, const uint8_t *digits, size_t len, unsigned base) {
    if ((base & (base - 1)) == 0) {
        unsigned bits = 0;
        while ((1u << bits) < base) bits++;
        return from_pow2(r, digits, len, bits);
    }
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        if (py_mpn_poll(n)) return 0;   // quadratic: poll per limb of input
        py_limb_t chunk = 0, scale = 1;
        // Gather digits while base^count still fits a limb (base <= 36 keeps
        // scale * base below 2^32 whenever scale < 2^32 / 36).
        for (; i < len && scale <= PY_LIMB_MAX / base; i++) {
            chunk = chunk * base + digits[i];
            scale *= base;
        }
        py_limb_t hi = py_mpn_mul_1(r, r, n, scale);
        if (hi) r[n++] = hi;
        py_limb_t c = py_mpn_add_1(r, r, n, chunk);
        if (c) r[n++] = c;
    }
    return py_mpn_norm(r, n);
}
