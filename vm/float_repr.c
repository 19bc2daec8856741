// vm/float_repr.c: doubles to and from text as CPython spells them: repr is
// the shortest string that reads back to the same double; parsing accepts
// float()'s literals. Layer: vm support (pure C: no VM, no objects).
// SPDX-License-Identifier: MIT
//
// Shortest digits come from the C library: the correctly rounded p-digit
// form (printf "%.*e") for p = 1, 2, ... 17 until strtod reads it back
// exactly. The first that does is the shortest, and being correctly
// rounded it is also the closest of that length, as CPython's dtoa picks.

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

// The shortest round-trip digits of d > 0 (no trailing zeros) into [digits],
// returning their count; *decpt is the decimal exponent with d = 0.DIGITS * 10^decpt.
static size_t shortest_digits(double d, char *digits, int *decpt) {
    char tmp[40];
    for (int p = 1; p <= MAX_SIG_DIGITS; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, d);
        if (strtod(tmp, NULL) == d || p == MAX_SIG_DIGITS) break;
    }
    size_t n = 0;
    const char *s = tmp;
    for (; *s != 'e'; s++) {
        if (*s != '.') digits[n++] = *s;
    }
    while (n > 1 && digits[n - 1] == '0') n--;
    *decpt = atoi(s + 1) + 1;
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
