// tests/unit/test_float_repr.c: float text conversion (vm/float_repr.c) on
// its own: repr against CPython's output, round trips, float() spellings.
// SPDX-License-Identifier: MIT
//
// Builds with only vm/float_repr.c: the conversions never touch the VM.
// Expected strings were produced by CPython 3.11's repr().

#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "obj_float.h"

static const struct { double d; const char *repr; } repr_cases[] = {
    {0.1, "0.1"},
    {0.30000000000000004, "0.30000000000000004"},
    {1e+16, "1e+16"},
    {1e-07, "1e-07"},
    {1.2345678901234568e+17, "1.2345678901234568e+17"},
    {1.0, "1.0"},
    {-0.0, "-0.0"},
    {0.0, "0.0"},
    {1000000000000000.0, "1000000000000000.0"},
    {0.0001, "0.0001"},
    {1e-05, "1e-05"},
    {1.5, "1.5"},
    {2.5e-05, "2.5e-05"},
    {5e-324, "5e-324"},
    {1.7976931348623157e+308, "1.7976931348623157e+308"},
    {2.2250738585072014e-308, "2.2250738585072014e-308"},
    {100.0, "100.0"},
    {1234567.0, "1234567.0"},
    {0.3, "0.3"},
    {0.6666666666666666, "0.6666666666666666"},
    {-1.25, "-1.25"},
    {9007199254740992.0, "9007199254740992.0"},
    {1e+22, "1e+22"},
    {1e+23, "1e+23"},
    {123.456, "123.456"},
    {0.000123, "0.000123"},
    {1.2345678901234567e+19, "1.2345678901234567e+19"},
    {3.141592653589793, "3.141592653589793"},
    {1e+100, "1e+100"},
    {-1e-100, "-1e-100"},
    {0.00015000000000000001, "0.00015000000000000001"},
    {1e+16, "1e+16"},
    {9999999999999998.0, "9999999999999998.0"},
    {10928588.983213553, "10928588.983213553"},
    {1.4186613525849614e+134, "1.4186613525849614e+134"},
    {-7.571968556055867e-74, "-7.571968556055867e-74"},
    {-1.4074705188261364e+113, "-1.4074705188261364e+113"},
    {-3.3339745473042614e-121, "-3.3339745473042614e-121"},
    {-1.2342180766211395e-271, "-1.2342180766211395e-271"},
    {-5.126864004244935e+111, "-5.126864004244935e+111"},
    {-2.1520217579844227e+32, "-2.1520217579844227e+32"},
    {0.1399601630397701, "0.1399601630397701"},
    {1.01853664031722e-244, "1.01853664031722e-244"},
    {2.9704598186234577e-115, "2.9704598186234577e-115"},
    {3.0534183338726823e+150, "3.0534183338726823e+150"},
    {-2.3027782228163463e+146, "-2.3027782228163463e+146"},
    {3.56409621163656e+161, "3.56409621163656e+161"},
    {6.352929017207453e-183, "6.352929017207453e-183"},
    {0.3146575865605324, "0.3146575865605324"},
};

Test(float_repr, matches_cpython) {
    for (size_t i = 0; i < sizeof repr_cases / sizeof *repr_cases; i++) {
        char buf[40];
        size_t n = py_float_repr_buf(repr_cases[i].d, buf, sizeof buf);
        cr_assert_str_eq(buf, repr_cases[i].repr);
        cr_assert_eq(n, strlen(repr_cases[i].repr));
    }
}

Test(float_repr, specials) {
    char buf[40];
    py_float_repr_buf(INFINITY, buf, sizeof buf);
    cr_assert_str_eq(buf, "inf");
    py_float_repr_buf(-INFINITY, buf, sizeof buf);
    cr_assert_str_eq(buf, "-inf");
    py_float_repr_buf(NAN, buf, sizeof buf);
    cr_assert_str_eq(buf, "nan");
}

static uint64_t rng = 88172645463325252u;

static double random_double(void) {
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    double d;
    memcpy(&d, &rng, sizeof d);
    return d;
}

// Significant digits of a repr (digits before any exponent, without
// leading zeros or the ".0" of integral values).
static int sig_digits(const char *s) {
    char m[40];
    size_t k = 0;
    for (; *s && *s != 'e'; s++) {
        if (*s >= '0' && *s <= '9') m[k++] = *s;
    }
    m[k] = 0;
    size_t a = 0;
    while (m[a] == '0') a++;
    while (k > a && m[k - 1] == '0') k--;
    return (int)(k - a);
}

Test(float_repr, shortest_round_trip) {
    for (int i = 0; i < 20000; i++) {
        double d = random_double();
        if (!isfinite(d)) continue;
        char buf[40], tmp[40];
        py_float_repr_buf(d, buf, sizeof buf);
        cr_assert_eq(strtod(buf, NULL), d, "%s does not read back", buf);
        int p = sig_digits(buf);
        if (p > 1) {
            snprintf(tmp, sizeof tmp, "%.*e", p - 2, d);
            cr_assert_neq(strtod(tmp, NULL), d, "%s is shorter than %s", tmp, buf);
        }
    }
}

static const struct { const char *s; double d; } parse_cases[] = {
    {" 1_000.5 ", 1000.5},
    {"1e5", 100000.0},
    {"-inf", -INFINITY},
    {"Infinity", INFINITY},
    {"nan", NAN},
    {".5", 0.5},
    {"5.", 5.0},
    {"-iNF", -INFINITY},
    {"+1.5E-3", 0.0015},
    {"1e1_0", 10000000000.0},
    {"\t2\n", 2.0},
    {"0.000_1", 0.0001},
    {"111111111111111111111111111111", 1.111111111111111e+29},
    {"1e500", INFINITY},
    {"-0", -0.0},
};

static const char *const bad_cases[] = {
    "abc",
    "1__0",
    "_1",
    "1_",
    "0x10",
    ".",
    "e5",
    "1e",
    "1e_5",
    "1._5",
    "1_.5",
    "",
    "  ",
    "in",
    "nana",
    "1.5.2",
    "--1",
    "1e5.0",
};

Test(float_repr, parse_spellings) {
    for (size_t i = 0; i < sizeof parse_cases / sizeof *parse_cases; i++) {
        double d = 0;
        cr_assert(py_float_parse(parse_cases[i].s, strlen(parse_cases[i].s), &d), "%s", parse_cases[i].s);
        if (isnan(parse_cases[i].d)) cr_assert(isnan(d));
        else cr_assert_eq(d, parse_cases[i].d, "%s", parse_cases[i].s);
    }
    double d;
    cr_assert(py_float_parse("-0", 2, &d) && d == 0 && signbit(d));
}

Test(float_repr, parse_rejects) {
    for (size_t i = 0; i < sizeof bad_cases / sizeof *bad_cases; i++) {
        double d;
        cr_assert(!py_float_parse(bad_cases[i], strlen(bad_cases[i]), &d), "%s", bad_cases[i]);
    }
}

Test(float_repr, parse_long_literal) {
    size_t n = 5000;
    char *s = malloc(n + 3);
    memset(s, '0', n);
    memcpy(s, "0.", 2);
    s[n] = '1', s[n + 1] = 0;
    double d;
    cr_assert(py_float_parse(s, n + 1, &d));
    cr_assert_eq(d, 0.0);   // 1e-4999 underflows to zero
    free(s);
}
