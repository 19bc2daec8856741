// vm/float_hex.c: doubles to and from C99 hexadecimal text, for float.hex()
// and float.fromhex() with CPython's spelling and its rounding (half to even).
// Layer: vm support (pure C: no VM, no objects).
// SPDX-License-Identifier: MIT

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "obj_float.h"

// ---- formatting -------------------------------------------------------------------

size_t py_float_hex_buf(double d, char *buf, size_t size) {
    if (isnan(d)) return (size_t)snprintf(buf, size, "nan");
    if (isinf(d)) return (size_t)snprintf(buf, size, d > 0 ? "inf" : "-inf");
    const char *sign = signbit(d) ? "-" : "";
    if (d == 0) return (size_t)snprintf(buf, size, "%s0x0.0p+0", sign);
    int e;
    double m = frexp(fabs(d), &e);   // m in [0.5, 1)
    // Normal values print as 0x1.xxx; subnormals keep the exponent at -1022
    // and print as 0x0.xxx (CPython's shift by DBL_MIN_EXP - e).
    int shift = 1 - (e < -1021 ? -1021 - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char digits[16];
    int lead = (int)m;
    m -= lead;
    for (int i = 0; i < 13; i++) {   // 52 fraction bits: 13 hex digits
        m *= 16.0;
        int dig = (int)m;
        digits[i] = "0123456789abcdef"[dig];
        m -= dig;
    }
    digits[13] = '\0';
    return (size_t)snprintf(buf, size, "%s0x%d.%sp%c%d", sign, lead, digits, e < 0 ? '-' : '+',
                            e < 0 ? -e : e);
}

// ---- parsing ---------------------------------------------------------------------

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static bool word_is(const char *s, size_t len, const char *word) {
    if (strlen(word) != len) return false;
    for (size_t i = 0; i < len; i++) {
        if (tolower((unsigned char)s[i]) != word[i]) return false;
    }
    return true;
}

// The digits of a hex literal: [int_start, int_end) before the point and
// [frac_start, frac_end) after it, and the binary exponent.
typedef struct {
    const char *int_start, *int_end, *frac_start, *frac_end;
    int64_t exp;
} hex_parts_t;

// Exponents beyond this are clamped: any literal short enough to be held in
// memory has fewer than 2^40 digits, so the clamped value still over- or
// underflows exactly when the true one does.
#define EXP_CLAMP ((int64_t)1 << 50)

static bool parse_exponent(const char **pp, const char *end, int64_t *exp) {
    const char *p = *pp;
    bool neg = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+')) p++;
    if (p == end || !isdigit((unsigned char)*p)) return false;
    int64_t e = 0;
    for (; p < end && isdigit((unsigned char)*p); p++) {
        if (e < EXP_CLAMP) e = e * 10 + (*p - '0');
    }
    *exp = neg ? -e : e;
    *pp = p;
    return true;
}

// Splits [p, end) (no sign, no surrounding space) into hex_parts_t.
static bool split_literal(const char *p, const char *end, hex_parts_t *h) {
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
    h->int_start = p;
    while (p < end && hex_value(*p) >= 0) p++;
    h->int_end = h->frac_start = h->frac_end = p;
    if (p < end && *p == '.') {
        h->frac_start = ++p;
        while (p < end && hex_value(*p) >= 0) p++;
        h->frac_end = p;
    }
    if (h->int_start == h->int_end && h->frac_start == h->frac_end) return false;
    h->exp = 0;
    if (p < end && (*p | 0x20) == 'p') {
        p++;
        if (!parse_exponent(&p, end, &h->exp)) return false;
    }
    return p == end;
}

// The hex digit at index i of the digit stream (integer then fraction digits).
static int digit_at(const hex_parts_t *h, size_t i) {
    size_t ni = (size_t)(h->int_end - h->int_start);
    return hex_value(i < ni ? h->int_start[i] : h->frac_start[i - ni]);
}

// Rounds the digits to a double (half to even); returns 1 on overflow.
static int assemble(const hex_parts_t *h, double *out) {
    size_t ni = (size_t)(h->int_end - h->int_start), n = ni + (size_t)(h->frac_end - h->frac_start);
    size_t first = 0;
    while (first < n && digit_at(h, first) == 0) first++;
    if (first == n) {
        *out = 0.0;
        return 0;
    }
    int d0 = digit_at(h, first), b1 = d0 >= 8 ? 4 : d0 >= 4 ? 3 : d0 >= 2 ? 2 : 1;
    // Position of the top bit: value = digits * 16^-(fraction digits) * 2^exp.
    int64_t top = 4 * ((int64_t)ni - (int64_t)first - 1) + b1 - 1 + h->exp;
    if (top > 1023) return 1;
    if (top < -1075) {
        *out = 0.0;
        return 0;
    }
    int64_t lsb = top - 52 < -1074 ? -1074 : top - 52, keep = top - lsb + 1;
    uint64_t mant = 0;
    int round = 0, sticky = 0;
    int64_t k = 0;
    for (size_t i = first; i < n; i++) {
        int dig = digit_at(h, i);
        for (int b = (i == first ? b1 : 4) - 1; b >= 0; b--, k++) {
            int bit = (dig >> b) & 1;
            if (k < keep) mant = mant << 1 | (uint64_t)bit;
            else if (k == keep) round = bit;
            else sticky |= bit;
        }
    }
    if (k < keep) mant <<= keep - k;
    if (round && (sticky || (mant & 1))) mant++;
    double r = ldexp((double)mant, (int)lsb);
    if (isinf(r)) return 1;
    *out = r;
    return 0;
}

int py_float_hex_parse(const char *s, size_t len, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    bool neg = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+')) p++;
    size_t n = (size_t)(end - p);
    if (word_is(p, n, "inf") || word_is(p, n, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (word_is(p, n, "nan")) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    hex_parts_t h;
    if (!split_literal(p, end, &h)) return -1;
    int overflow = assemble(&h, out);
    if (neg) *out = -*out;
    return overflow;
}
