// tests/unit/test_float_roundtrip.c: float repr and parse (vm/float_repr.c)
// in bulk: 100,000+ random doubles and random decimal strings, every round
// trip exact to the bit. Layer: unit tests (no VM).
// SPDX-License-Identifier: MIT
//
// The doubles are random bit patterns (every exponent, both signs), a share
// with the exponent field zeroed (subnormals) and the powers of two (whose
// lower rounding interval is half the upper one). The strings are random
// digit runs with random decimal points and exponents, including literals
// that overflow to inf or underflow to zero.

#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "obj_float.h"
#include "double_bits.h"

// A fixed xorshift64 generator, so a failure reproduces.
static uint64_t rng_state;

static uint64_t next_u64(void) {
    uint64_t x = rng_state;
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    return rng_state = x;
}

// repr(d) parsed back with py_float_parse must give the same bits, and the
// repr must be no longer than 17 significant digits.
static void check_round_trip(double d) {
    char buf[40];
    size_t n = py_float_repr_buf(d, buf, sizeof buf);
    cr_assert(n > 0 && n < sizeof buf);
    double back;
    cr_assert(py_float_parse(buf, n, &back), "repr %s does not parse", buf);
    cr_assert_eq(bits_of(back), bits_of(d), "%a -> %s -> %a", d, buf, back);
}

// A significand is never cut short: one digit fewer, correctly rounded, no
// longer reads back (so repr is the shortest form).
static void check_shortest(double d) {
    char buf[40], sig[40], tmp[40];
    py_float_repr_buf(d, buf, sizeof buf);
    int k = 0;
    for (const char *p = buf; *p && *p != 'e'; p++) {
        if (*p >= '0' && *p <= '9' && (k > 0 || *p != '0')) sig[k++] = *p;
    }
    while (k > 0 && sig[k - 1] == '0') k--;   // "100.0": the zeros are not significant
    if (k <= 1) return;
    snprintf(tmp, sizeof tmp, "%.*e", k - 2, d);
    cr_assert_neq(strtod(tmp, NULL), d, "%s is shorter than %s", tmp, buf);
}

Test(float_roundtrip, random_bit_patterns) {
    rng_state = 0x9E3779B97F4A7C15u;
    int done = 0;
    while (done < 100000) {
        double d = from_bits(next_u64());
        if (!isfinite(d)) continue;
        check_round_trip(d);
        check_shortest(d);
        done++;
    }
}

Test(float_roundtrip, subnormals) {
    rng_state = 0x243F6A8885A308D3u;
    for (int i = 0; i < 20000; i++) {
        uint64_t u = next_u64() & 0x800FFFFFFFFFFFFFu;   // exponent field zero
        check_round_trip(from_bits(u));
    }
    check_round_trip(from_bits(1));                      // 5e-324
    check_round_trip(from_bits(0x000FFFFFFFFFFFFFu));    // largest subnormal
    check_round_trip(from_bits(0x0010000000000000u));    // smallest normal
}

Test(float_roundtrip, powers_of_two_and_neighbours) {
    for (int e = -1074; e < 1024; e++) {
        double p = ldexp(1.0, e);
        check_round_trip(p);
        check_round_trip(-p);
        check_round_trip(nextafter(p, 0));
        check_round_trip(nextafter(p, INFINITY));
    }
    check_round_trip(from_bits(0x7FEFFFFFFFFFFFFFu));   // DBL_MAX
}

// A random decimal literal: up to 25 digits, an optional point, an optional
// exponent, and sometimes an underscore between digits.
static size_t random_literal(char *out) {
    size_t k = 0;
    if (next_u64() & 1) out[k++] = '-';
    int ndig = 1 + (int)(next_u64() % 25), point = (int)(next_u64() % (ndig + 2)) - 1;
    for (int i = 0; i < ndig; i++) {
        if (i == point) out[k++] = '.';
        out[k++] = (char)('0' + next_u64() % 10);
        if (i + 1 < ndig && i + 1 != point && next_u64() % 16 == 0) out[k++] = '_';
    }
    if (next_u64() % 4) {
        int e = (int)(next_u64() % 680) - 350;
        k += (size_t)sprintf(out + k, "e%d", e);
    }
    out[k] = '\0';
    return k;
}

Test(float_roundtrip, random_decimal_strings) {
    rng_state = 0xB7E151628AED2A6Bu;
    for (int i = 0; i < 100000; i++) {
        char lit[64], clean[64];
        size_t n = random_literal(lit), c = 0;
        double d, ref;
        cr_assert(py_float_parse(lit, n, &d), "%s rejected", lit);
        for (size_t j = 0; j < n; j++) {
            if (lit[j] != '_') clean[c++] = lit[j];
        }
        clean[c] = '\0';
        ref = strtod(clean, NULL);   // the correctly rounded value
        cr_assert_eq(bits_of(d), bits_of(ref), "%s parsed as %a, not %a", lit, d, ref);
        if (isfinite(d)) check_round_trip(d);
    }
}
