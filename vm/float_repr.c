// vm/float_repr.c: doubles to and from text as CPython spells them: repr is
// the shortest string that reads back to the same double; parsing accepts
// float()'s literals. Layer: vm support (pure C: no VM, no objects).
// SPDX-License-Identifier: MIT
//
// Shortest digits come from Burger and Dybvig's free-format algorithm
// ("Printing Floating-Point Numbers Quickly and Accurately", 1996) on exact
// big integers (vm/mpn.h): digits are generated until the number so far lies
// within the rounding interval of the double, which is what CPython's dtoa
// (mode 0) produces, including the narrower lower half-interval of a power
// of two. Parsing uses the C library's strtod, which is correctly rounded.

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mpn.h"
#include "obj_float.h"

// 17 significant digits always identify a double (DBL_DECIMAL_DIG).
#define MAX_SIG_DIGITS 17

static size_t put(char *buf, size_t size, const char *s) {
    size_t n = strlen(s);
    if (n >= size) n = size - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return n;
}

// ---- fixed-size big naturals ------------------------------------------------------

// Limbs for the largest quantity the digit loop holds: ten times the scale s,
// which stays below 2^1090 for every finite double (2^-1076 * 10^324 at the
// subnormal end, 4 * 10^309 at the top).
#define BIG_LIMBS 40

typedef struct {
    py_limb_t d[BIG_LIMBS];
    size_t n;   // normalised limb count
} big_t;

// b = v << shift.
static void big_set(big_t *b, uint64_t v, unsigned shift) {
    size_t limbs = shift / 32;
    memset(b->d, 0, sizeof b->d);
    py_limb_t src[2] = {(py_limb_t)v, (py_limb_t)(v >> 32)};
    b->d[limbs + 2] = py_mpn_shl(b->d + limbs, src, 2, shift % 32);
    b->n = py_mpn_norm(b->d, limbs + 3);
}

static void big_mul(big_t *b, py_limb_t m) {
    py_limb_t carry = py_mpn_mul_1(b->d, b->d, b->n, m);
    if (carry) b->d[b->n++] = carry;
}

static void big_mul_pow10(big_t *b, int k) {
    static const py_limb_t small[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000,
                                       100000000};
    for (; k >= 9; k -= 9) big_mul(b, 1000000000);
    if (k > 0) big_mul(b, small[k]);
}

static int big_cmp(const big_t *a, const big_t *b) {
    return py_mpn_cmp(a->d, a->n, b->d, b->n);
}

// Compares a + b with c.
static int big_cmp_sum(const big_t *a, const big_t *b, const big_t *c) {
    big_t t;
    const big_t *x = a->n >= b->n ? a : b, *y = x == a ? b : a;
    t.d[x->n] = py_mpn_add(t.d, x->d, x->n, y->d, y->n);
    t.n = py_mpn_norm(t.d, x->n + 1);
    return big_cmp(&t, c);
}

// a -= b for a >= b.
static void big_sub(big_t *a, const big_t *b) {
    py_mpn_sub(a->d, a->d, a->n, b->d, b->n);
    a->n = py_mpn_norm(a->d, a->n);
}

// ---- shortest digits ----------------------------------------------------------------

// The state of the digit loop: the remainder r over the scale s, and the
// distances to the upper (mp) and lower (mm) ends of the rounding interval,
// all scaled alike; a bound is part of the interval when [ok] (even mantissa:
// round-half-even reads the boundary back to the same double).
typedef struct {
    big_t r, s, mp, mm;
    bool ok;
} scaled_t;

// Sets up d = f * 2^e as r / s with its interval halves, per Burger and
// Dybvig's table; [asym] when f is a power of two above the subnormals,
// where the gap below is half the gap above.
static void scale_init(scaled_t *st, uint64_t f, int e, bool asym) {
    unsigned extra = asym ? 1 : 0;
    if (e >= 0) {
        big_set(&st->r, f, (unsigned)e + 1 + extra);
        big_set(&st->s, 2, extra);
        big_set(&st->mp, 1, (unsigned)e + extra);
        big_set(&st->mm, 1, (unsigned)e);
    } else {
        big_set(&st->r, f, 1 + extra);
        big_set(&st->s, 1, (unsigned)(1 - e) + extra);
        big_set(&st->mp, 1, extra);
        big_set(&st->mm, 1, 0);
    }
    st->ok = (f & 1) == 0;
}

// Scales so that (r + mp) / s < 1 <= 10 (r + mp) / s; returns the decimal
// exponent k (d = 0.DIGITS * 10^k).
static int scale_fix(scaled_t *st, int bits_exp) {
    // An estimate of ceil(log10(d)) that is exact or one too small.
    int k = (int)ceil(bits_exp * 0.30102999566398114 - 1e-10);
    if (k >= 0) {
        big_mul_pow10(&st->s, k);
    } else {
        big_mul_pow10(&st->r, -k);
        big_mul_pow10(&st->mp, -k);
        big_mul_pow10(&st->mm, -k);
    }
    int c = big_cmp_sum(&st->r, &st->mp, &st->s);
    if (st->ok ? c >= 0 : c > 0) {
        big_mul(&st->s, 10);
        k++;
    }
    return k;
}

// The next digit; *last is set when it ends the shortest form.
static int next_digit(scaled_t *st, bool *last) {
    big_mul(&st->r, 10);
    big_mul(&st->mp, 10);
    big_mul(&st->mm, 10);
    int dig = 0;
    while (big_cmp(&st->r, &st->s) >= 0) {   // at most nine subtractions
        big_sub(&st->r, &st->s);
        dig++;
    }
    int lo = big_cmp(&st->r, &st->mm), hi = big_cmp_sum(&st->r, &st->mp, &st->s);
    bool low = st->ok ? lo <= 0 : lo < 0, high = st->ok ? hi >= 0 : hi > 0;
    *last = low || high;
    if (low && high) {   // both dig and dig + 1 read back: take the nearer, ties to even
        int c = big_cmp_sum(&st->r, &st->r, &st->s);
        if (c > 0 || (c == 0 && (dig & 1))) dig++;
    } else if (high) {
        dig++;
    }
    return dig;
}

// The shortest round-trip digits of d > 0 (no trailing zeros) into [digits],
// returning their count; *decpt is the decimal exponent with d = 0.DIGITS * 10^decpt.
static size_t shortest_digits(double d, char *digits, int *decpt) {
    int e2;
    double m = frexp(d, &e2);
    uint64_t f = (uint64_t)ldexp(m, 53);
    int e = e2 - 53;
    if (e < -1074) {   // subnormal: the bits shifted out are zeros
        f >>= -1074 - e;
        e = -1074;
    }
    bool asym = f == ((uint64_t)1 << 52) && e > -1074;
    scaled_t st;
    scale_init(&st, f, e, asym);
    int bits = 0;
    while (bits < 64 && (f >> bits) > 1) bits++;   // bit_length(f) - 1
    *decpt = scale_fix(&st, e + bits);
    size_t n = 0;
    bool last = false;
    while (!last && n < MAX_SIG_DIGITS) digits[n++] = (char)('0' + next_digit(&st, &last));
    while (n > 1 && digits[n - 1] == '0') n--;   // cannot happen; kept as a guard
    return n;
}

// d1.d2d3...e+XX with at least two exponent digits.
static size_t layout_exponent(char *out, const char *dig, size_t n, int decpt) {
    size_t k = 0;
    out[k++] = dig[0];
    if (n > 1) {
        out[k++] = '.';
        memcpy(out + k, dig + 1, n - 1);
        k += n - 1;
    }
    int e = decpt - 1;
    k += (size_t)sprintf(out + k, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return k;
}

// Positional form, with ".0" added to integral values.
static size_t layout_fixed(char *out, const char *dig, size_t n, int decpt) {
    size_t k = 0;
    if (decpt <= 0) {
        out[k++] = '0';
        out[k++] = '.';
        for (int i = 0; i < -decpt; i++) out[k++] = '0';
        memcpy(out + k, dig, n);
        return k + n;
    }
    size_t ip = (size_t)decpt;
    for (size_t i = 0; i < ip; i++) out[k++] = i < n ? dig[i] : '0';
    out[k++] = '.';
    if (ip >= n) {
        out[k++] = '0';
        return k;
    }
    memcpy(out + k, dig + ip, n - ip);
    return k + n - ip;
}

size_t py_float_repr_buf(double d, char *buf, size_t size) {
    if (isnan(d)) return put(buf, size, "nan");
    if (isinf(d)) return put(buf, size, d > 0 ? "inf" : "-inf");
    if (d == 0) return put(buf, size, signbit(d) ? "-0.0" : "0.0");
    char dig[MAX_SIG_DIGITS + 1], out[64];
    int decpt;
    size_t n = shortest_digits(fabs(d), dig, &decpt), k = 0;
    if (d < 0) out[k++] = '-';
    // CPython's repr switches to exponent form outside 1e-4 <= |d| < 1e16.
    if (decpt <= -4 || decpt > 16) {
        k += layout_exponent(out + k, dig, n, decpt);
    } else {
        k += layout_fixed(out + k, dig, n, decpt);
    }
    out[k] = '\0';
    return put(buf, size, out);
}

// ---- parsing ----------------------------------------------------------------------

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Case-insensitive equality of [len] bytes of s with the NUL-terminated word.
static bool word_is(const char *s, size_t len, const char *word) {
    if (strlen(word) != len) return false;
    for (size_t i = 0; i < len; i++) {
        if (tolower((unsigned char)s[i]) != word[i]) return false;
    }
    return true;
}

// Copies a run of digits with single underscores between them from *p to
// *out; returns the digit count, or -1 for a misplaced underscore.
static long copy_digits(const char **p, const char *end, char **out) {
    long n = 0;
    while (*p < end && (is_digit(**p) || **p == '_')) {
        if (**p == '_') {
            if (n == 0 || *p + 1 >= end || !is_digit((*p)[1])) return -1;
        } else {
            *(*out)++ = **p;
            n++;
        }
        (*p)++;
    }
    return n;
}

// Checks the decimal literal [p, end) (no sign) and writes it without
// underscores to [out]; false when malformed.
static bool clean_decimal(const char *p, const char *end, char *out) {
    long ip = copy_digits(&p, end, &out), fp = 0;
    if (ip < 0) return false;
    if (p < end && *p == '.') {
        *out++ = *p++;
        fp = copy_digits(&p, end, &out);
        if (fp < 0) return false;
    }
    if (ip + fp == 0) return false;
    if (p < end && (*p == 'e' || *p == 'E')) {
        *out++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *out++ = *p++;
        if (copy_digits(&p, end, &out) <= 0) return false;
    }
    *out = '\0';
    return p == end;
}

// Literals up to this many bytes are cleaned in a stack buffer; longer ones
// (thousands of digits are legal) go through malloc.
#define STACK_LITERAL 256

bool py_float_parse(const char *s, size_t len, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    bool neg = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+')) p++;
    size_t n = (size_t)(end - p);
    if (word_is(p, n, "inf") || word_is(p, n, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (word_is(p, n, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    char stack[STACK_LITERAL], *buf = n < sizeof stack ? stack : malloc(n + 1);
    if (!buf) return false;
    bool ok = clean_decimal(p, end, buf);
    if (ok) {
        double v = strtod(buf, NULL);
        *out = neg ? -v : v;
    }
    if (buf != stack) free(buf);
    return ok;
}
