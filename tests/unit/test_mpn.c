// tests/unit/test_mpn.c: the limb library (vm/mpn*.c) on its own: identities
// on random values, Karatsuba against schoolbook, text round trips.
// SPDX-License-Identifier: MIT
//
// Builds with only vm/mpn*.c: the library never touches the VM, so there is
// no VM to set up here.

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "mpn.h"

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

static py_limb_t rnd(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (py_limb_t)(rng_state >> 16);
}

// Random limbs, biased towards all-zero and all-one limbs, which find carry
// and quotient-correction bugs that uniform limbs almost never hit.
static void fill(py_limb_t *a, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned k = rnd() % 8;
        a[i] = k == 0 ? 0 : k == 1 ? PY_LIMB_MAX : k == 2 ? 0x80000000u : rnd();
    }
    if (n > 0 && a[n - 1] == 0) a[n - 1] = 1;
}

static py_limb_t *lalloc(size_t n) {
    return calloc(n + 1, sizeof(py_limb_t));
}

static void mul_ref(py_limb_t *r, const py_limb_t *a, size_t an, const py_limb_t *b, size_t bn) {
    py_mpn_mul_basecase(r, a, an, b, bn);
}

static void mul_any(py_limb_t *r, const py_limb_t *a, size_t an, const py_limb_t *b, size_t bn) {
    py_limb_t *s = lalloc(py_mpn_mul_scratch(an, bn));
    py_mpn_mul(r, a, an, b, bn, s);
    free(s);
}

Test(mpn, add_sub_roundtrip) {
    for (int iter = 0; iter < 500; iter++) {
        size_t an = 1 + rnd() % 40, bn = 1 + rnd() % an;
        py_limb_t *a = lalloc(an), *b = lalloc(bn), *s = lalloc(an + 1), *d = lalloc(an + 1);
        fill(a, an);
        fill(b, bn);
        s[an] = py_mpn_add(s, a, an, b, bn);
        cr_assert_eq(py_mpn_sub(d, s, an + 1, b, bn), 0);
        cr_assert_eq(py_mpn_cmp(d, an + 1, a, an), 0);
        free(a), free(b), free(s), free(d);
    }
}

Test(mpn, sub_borrow_and_cmp) {
    py_limb_t a[2] = {0, 1}, b[1] = {1}, r[2];
    cr_assert_eq(py_mpn_sub(r, a, 2, b, 1), 0);
    cr_assert_eq(r[0], PY_LIMB_MAX);
    cr_assert_eq(r[1], 0);
    cr_assert_eq(py_mpn_sub(r, a, 1, b, 1), 1);
    cr_assert_eq(py_mpn_cmp(a, 2, b, 1), 1);
    cr_assert_eq(py_mpn_cmp(b, 1, a, 2), -1);
    py_limb_t z[3] = {5, 0, 0};
    cr_assert_eq(py_mpn_cmp(z, 3, z, 1), 0);
}

Test(mpn, shifts_and_bits) {
    py_limb_t a[3] = {0x80000001u, 0xffffffffu, 0x1u}, r[3];
    cr_assert_eq(py_mpn_bit_length(a, 3), 65);
    cr_assert_eq(py_mpn_popcount(a, 3), 35);
    cr_assert_eq(py_mpn_shl(r, a, 3, 4), 0);
    cr_assert_eq(r[0], 0x00000010u);
    cr_assert_eq(r[1], 0xfffffff8u);
    cr_assert_eq(r[2], 0x1fu);
    cr_assert_eq(py_mpn_shr(r, r, 3, 4), 0);
    cr_assert_eq(memcmp(r, a, sizeof a), 0);
    cr_assert_eq(py_mpn_bit_length(NULL, 0), 0);
}

static void check_mul(size_t an, size_t bn) {
    py_limb_t *a = lalloc(an), *b = lalloc(bn), *r1 = lalloc(an + bn), *r2 = lalloc(an + bn);
    fill(a, an);
    fill(b, bn);
    mul_ref(r1, a, an, b, bn);
    mul_any(r2, a, an, b, bn);
    cr_assert_eq(memcmp(r1, r2, (an + bn) * sizeof *r1), 0, "mul %zu x %zu", an, bn);
    free(a), free(b), free(r1), free(r2);
}

Test(mpn, karatsuba_matches_schoolbook) {
    size_t saved = py_mpn_karatsuba_threshold;
    size_t thresholds[] = {4, 5, 8, 32};
    for (size_t t = 0; t < sizeof thresholds / sizeof *thresholds; t++) {
        py_mpn_karatsuba_threshold = thresholds[t];
        for (int iter = 0; iter < 60; iter++) check_mul(1 + rnd() % 200, 1 + rnd() % 200);
        check_mul(300, 300);
        check_mul(1000, 33);
        check_mul(257, 256);
        check_mul(7, 7);
    }
    py_mpn_karatsuba_threshold = saved;
}

Test(mpn, mul_all_ones_carries) {
    size_t n = 150;
    py_limb_t *a = lalloc(n), *r1 = lalloc(2 * n), *r2 = lalloc(2 * n);
    for (size_t i = 0; i < n; i++) a[i] = PY_LIMB_MAX;
    mul_ref(r1, a, n, a, n);
    mul_any(r2, a, n, a, n);
    cr_assert_eq(memcmp(r1, r2, 2 * n * sizeof *r1), 0);
    free(a), free(r1), free(r2);
}

static void check_div(size_t an, size_t bn) {
    py_limb_t *a = lalloc(an), *b = lalloc(bn), *q = lalloc(an - bn + 1), *r = lalloc(bn);
    py_limb_t *back = lalloc(an + 1), *s = lalloc(py_mpn_divmod_scratch(an, bn));
    fill(a, an);
    fill(b, bn);
    py_mpn_divmod(q, r, a, an, b, bn, s);
    cr_assert_lt(py_mpn_cmp(r, bn, b, bn), 0, "r < d for %zu / %zu", an, bn);
    mul_ref(back, q, an - bn + 1, b, bn);   // an + 1 limbs; the top one is zero
    cr_assert_eq(py_mpn_add(back, back, an + 1, r, bn), 0);
    cr_assert_eq(py_mpn_cmp(back, an + 1, a, an), 0, "q*d + r == n for %zu / %zu", an, bn);
    free(a), free(b), free(q), free(r), free(back), free(s);
}

Test(mpn, divmod_identity) {
    for (int iter = 0; iter < 2000; iter++) {
        size_t bn = 1 + rnd() % 12, an = bn + rnd() % 12;
        check_div(an, bn);
    }
    check_div(300, 150);
    check_div(301, 1);
}

// py_mpn_div_qlimb against py_mpn_divmod: a is b times a random limb plus
// a random part near 0 or near b, so quotients at the limb's edges, exact
// divisions and off-by-one estimates all occur.
static void check_qlimb(size_t bn, unsigned top_bits) {
    py_limb_t *b = lalloc(bn), *a = lalloc(bn + 1), *q = lalloc(2), *r = lalloc(bn);
    py_limb_t *s = lalloc(py_mpn_divmod_scratch(bn + 1, bn)), *part = lalloc(bn);
    fill(b, bn);
    b[bn - 1] >>= rnd() % 32 % (top_bits + 1);
    if (b[bn - 1] == 0) b[bn - 1] = 1;
    unsigned k = rnd() % 4;
    py_limb_t m = k == 0 ? 0 : k == 1 ? PY_LIMB_MAX : rnd() >> (rnd() % 32);
    a[bn] = py_mpn_mul_1(a, b, bn, m);
    k = rnd() % 4;
    if (k == 1) {            // plus b - 1
        py_mpn_sub_1(part, b, bn, 1);
    } else if (k == 2) {     // plus something small
        part[0] = rnd() % 3;
    } else if (k == 3) {     // plus anything below b
        fill(part, bn);
        part[bn - 1] = b[bn - 1] ? rnd() % b[bn - 1] : 0;
    }
    a[bn] += py_mpn_add(a, a, bn, part, bn);
    size_t an = a[bn] ? bn + 1 : bn;
    if (an < bn + 1 || a[bn] < b[bn - 1]) {
        int exact;
        py_limb_t got = py_mpn_div_qlimb(a, an, b, bn, &exact);
        py_mpn_divmod(q, r, a, an, b, bn, s);
        cr_assert_eq(got, q[0], "quotient for bn=%zu", bn);
        cr_assert_eq(exact, py_mpn_norm(r, bn) == 0, "exactness for bn=%zu", bn);
    }
    free(a), free(b), free(q), free(r), free(s), free(part);
}

Test(mpn, div_qlimb_matches_divmod) {
    for (int iter = 0; iter < 20000; iter++) check_qlimb(2 + rnd() % 6, rnd() % 32);
    check_qlimb(200, 0);
    check_qlimb(200, 31);
}

Test(mpn, divmod_add_back_case) {
    // Knuth's add-back step: a = B^3 - 1 ... with d = B^2/2 + 1 style values.
    py_limb_t a[4] = {0, 0, 0x80000000u, 0x7fffffffu}, b[3] = {1, 0, 0x80000000u};
    py_limb_t q[2], r[3], back[5] = {0}, s[16];
    py_mpn_divmod(q, r, a, 4, b, 3, s);
    mul_ref(back, q, 2, b, 3);
    py_mpn_add(back, back, 5, r, 3);
    cr_assert_eq(py_mpn_cmp(back, 5, a, 4), 0);
    cr_assert_lt(py_mpn_cmp(r, 3, b, 3), 0);
}

Test(mpn, divmod_1) {
    py_limb_t a[3] = {123, 456, 789}, q[3];
    py_limb_t rem = py_mpn_divmod_1(q, a, 3, 1000000007u);
    cr_assert_eq(rem, py_mpn_mod_1(a, 3, 1000000007u));
    py_limb_t back[4] = {0};
    back[3] = 0;
    back[3] = py_mpn_mul_1(back, q, 3, 1000000007u);
    py_mpn_add_1(back, back, 4, rem);
    cr_assert_eq(py_mpn_cmp(back, 4, a, 3), 0);
}

// Decimal by the obvious quadratic method, as the reference.
static size_t to_dec_ref(char *out, const py_limb_t *a, size_t n) {
    py_limb_t *t = lalloc(n);
    memcpy(t, a, n * sizeof *t);
    n = py_mpn_norm(t, n);
    size_t len = 0;
    char *rev = malloc(n * 10 + 2);
    do {
        py_limb_t d = py_mpn_divmod_1(t, t, n, 10);
        n = py_mpn_norm(t, n);
        rev[len++] = (char)('0' + d);
    } while (n > 0);
    for (size_t i = 0; i < len; i++) out[i] = rev[len - 1 - i];
    free(rev);
    free(t);
    return len;
}

static size_t to_dec(char *out, const py_limb_t *a, size_t n) {
    py_limb_t *s = lalloc(py_mpn_to_dec_scratch(n));
    size_t len = py_mpn_to_dec(out, a, n, s);
    free(s);
    return len;
}

static size_t from_dec(py_limb_t *r, const char *str, size_t len) {
    py_limb_t *s = lalloc(py_mpn_from_dec_scratch(len));
    size_t n = py_mpn_from_dec(r, str, len, s);
    free(s);
    return n;
}

static void check_dec_roundtrip(size_t n) {
    py_limb_t *a = lalloc(n), *back = lalloc(py_mpn_from_dec_limbs(py_mpn_to_dec_size(n)));
    char *s1 = malloc(py_mpn_to_dec_size(n)), *s2 = malloc(n * 10 + 2);
    fill(a, n);
    size_t l1 = to_dec(s1, a, n), l2 = to_dec_ref(s2, a, n);
    cr_assert_eq(l1, l2, "length for %zu limbs", n);
    cr_assert_eq(memcmp(s1, s2, l1), 0, "digits for %zu limbs", n);
    size_t bn = from_dec(back, s1, l1);
    cr_assert_eq(py_mpn_cmp(back, bn, a, n), 0, "parse back for %zu limbs", n);
    free(a), free(back), free(s1), free(s2);
}

Test(mpn, decimal_roundtrip) {
    size_t sizes[] = {0, 1, 2, 3, 39, 40, 41, 64, 100, 255, 256, 700, 1500};
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) check_dec_roundtrip(sizes[i]);
    for (int iter = 0; iter < 30; iter++) check_dec_roundtrip(rnd() % 600);
}

Test(mpn, decimal_power_of_ten) {
    // 10**5000 and 10**5000 - 1: every padded chunk is all zeros or all nines.
    size_t len = 5001;
    char *digits = malloc(len + 1), *out = malloc(len + 64);
    memset(digits, '0', len);
    digits[0] = '1';
    py_limb_t *a = lalloc(py_mpn_from_dec_limbs(len));
    size_t n = from_dec(a, digits, len);
    size_t ol = to_dec(out, a, n);
    cr_assert_eq(ol, len);
    cr_assert_eq(memcmp(out, digits, len), 0);
    py_mpn_sub_1(a, a, n, 1);
    n = py_mpn_norm(a, n);
    ol = to_dec(out, a, n);
    cr_assert_eq(ol, len - 1);
    for (size_t i = 0; i < ol; i++) cr_assert_eq(out[i], '9');
    free(digits), free(out), free(a);
}

Test(mpn, decimal_leading_zeros_and_zero) {
    py_limb_t r[8];
    cr_assert_eq(py_mpn_from_dec(r, "000", 3, NULL), 0);
    cr_assert_eq(py_mpn_from_dec(r, "0000000000123", 13, NULL), 1);
    cr_assert_eq(r[0], 123);
    char out[32];
    cr_assert_eq(to_dec(out, r, 0), 1);
    cr_assert_eq(out[0], '0');
    // 2**64 = 18446744073709551616
    r[0] = 0, r[1] = 0, r[2] = 1;
    size_t l = to_dec(out, r, 3);
    cr_assert_eq(l, 20);
    cr_assert_eq(memcmp(out, "18446744073709551616", 20), 0);
}

Test(mpn, pow2_bases) {
    for (unsigned bits = 1; bits <= 5; bits++) {
        for (int iter = 0; iter < 50; iter++) {
            size_t n = rnd() % 20;
            py_limb_t *a = lalloc(n);
            fill(a, n);
            char *out = malloc(n * 32 + 2);
            size_t len = py_mpn_to_pow2(out, a, n, bits);
            uint8_t *dig = malloc(len);
            for (size_t i = 0; i < len; i++) {
                char c = out[i];
                dig[i] = (uint8_t)(c <= '9' ? c - '0' : c - 'a' + 10);
            }
            py_limb_t *back = lalloc(py_mpn_from_digits_limbs(len, 1u << bits));
            size_t bn = py_mpn_from_digits(back, dig, len, 1u << bits);
            cr_assert_eq(py_mpn_cmp(back, bn, a, n), 0);
            cr_assert(len == 1 || out[0] != '0');
            free(a), free(out), free(dig), free(back);
        }
    }
    py_limb_t v[2] = {0xdeadbeefu, 0x1u};
    char out[40];
    size_t l = py_mpn_to_pow2(out, v, 2, 4);
    cr_assert_eq(l, 9);
    cr_assert_eq(memcmp(out, "1deadbeef", 9), 0);
}

Test(mpn, other_bases) {
    // "zz" in base 36 = 1295; 3**40 in base 3 is 1 followed by 40 zeros.
    uint8_t zz[2] = {35, 35};
    py_limb_t r[8];
    cr_assert_eq(py_mpn_from_digits(r, zz, 2, 36), 1);
    cr_assert_eq(r[0], 1295);
    uint8_t t[41] = {1};
    size_t n = py_mpn_from_digits(r, t, 41, 3);
    char out[64];
    size_t l = to_dec(out, r, n);
    cr_assert_eq(l, 20);
    cr_assert_eq(memcmp(out, "12157665459056928801", 20), 0);
}
