// tests/unit/test_float_tag.c: floats in the value word (vm/obj.h's
// self-tagging): every double round-trips to the bit, tagged or boxed as its
// exponent says, and the fast paths of vm/obj_float.h agree with the slots.
// Layer: unit tests. SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "unit_vm.h"
#include "gc.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_list.h"
#include "runtime.h"
#include "double_bits.h"

TestSuite(float_tag, .init = unit_vm_setup, .fini = unit_vm_teardown);

// A fixed xorshift64 generator, so a failure reproduces.
static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t next_u64(void) {
    uint64_t x = rng_state;
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    return rng_state = x;
}

// Whether the encoding should hold [d]: ±0.0 and biased exponents 768..1278.
static bool expect_tagged(double d) {
    if (!PY_FLOAT_TAGGED) return false;
    unsigned e = (unsigned)(bits_of(d) >> 52) & 0x7FF;
    return d == 0 || (e >= 768 && e <= 1278);
}

// [d] made a value and read back: same bits, the right representation, a float.
static void check_round_trip(double d) {
    py_val_t v = py_float_new(vm, d);
    cr_assert_eq(bits_of(py_float_val(v)), bits_of(d), "bits %016llx came back as %016llx",
                 (unsigned long long)bits_of(d), (unsigned long long)bits_of(py_float_val(v)));
    cr_assert_eq(py_is_tagged_float(v), expect_tagged(d), "bits %016llx: tagged %d",
                 (unsigned long long)bits_of(d), py_is_tagged_float(v));
    cr_assert_eq(py_is_obj(v), !expect_tagged(d));
    cr_assert(!py_is_small(v) && !py_is_istr(v));
    cr_assert(py_is_float(vm, v));
    cr_assert(py_is_exact(vm, v, PY_T_float));
    cr_assert_eq(py_type_of(vm, v), vm->types[PY_T_float]);
    if (!isnan(d)) cr_assert_eq(py_hash(vm, v), py_float_hash(d));
}

// Every double with biased exponent [e]: both signs, mantissa edges and a few random ones.
static void check_exponent(unsigned e) {
    uint64_t mant[] = {0, 1, 2, 0x8000000000000u, 0xFFFFFFFFFFFFEu, 0xFFFFFFFFFFFFFu,
                       next_u64() & 0xFFFFFFFFFFFFFu, next_u64() & 0xFFFFFFFFFFFFFu};
    for (size_t i = 0; i < sizeof mant / sizeof mant[0]; i++)
        for (uint64_t sign = 0; sign < 2; sign++)
            check_round_trip(from_bits(sign << 63 | (uint64_t)e << 52 | mant[i]));
}

Test(float_tag, every_exponent_round_trips) {
    for (unsigned e = 0; e <= 0x7FF; e++) check_exponent(e);
}

Test(float_tag, named_edges) {
    double edges[] = {0.0, -0.0, 1.0, -1.0, 0.1, 1e300, 1e-300, 0x1p-255, 0x1p-256,
                      0x1.fffffffffffffp+255, 0x1p256, DBL_MIN, DBL_TRUE_MIN, DBL_MAX,
                      -DBL_MAX, INFINITY, -INFINITY, 5e-324, 2.2250738585072009e-308};
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) check_round_trip(edges[i]);
    if (PY_FLOAT_TAGGED) {
        cr_assert(py_is_tagged_float(py_float_new(vm, 0x1p-255)));
        cr_assert(!py_is_tagged_float(py_float_new(vm, 0x1p-256)));
        cr_assert(py_is_tagged_float(py_float_new(vm, 0x1.fffffffffffffp+255)));
        cr_assert(!py_is_tagged_float(py_float_new(vm, 0x1p256)));
    }
}

Test(float_tag, nan_payloads_stay_boxed) {
    uint64_t nans[] = {0x7FF8000000000000u, 0xFFF8000000000000u, 0x7FF0000000000001u,
                       0x7FF4000000000000u, 0xFFFFFFFFFFFFFFFFu, 0x7FF8DEADBEEF0001u};
    for (size_t i = 0; i < sizeof nans / sizeof nans[0]; i++) {
        py_val_t v = py_float_new(vm, from_bits(nans[i]));
        cr_assert(py_is_obj(v));
        cr_assert_eq(bits_of(py_float_val(v)), nans[i]);
    }
}

Test(float_tag, random_bits_round_trip) {
    for (int i = 0; i < 200000; i++) {
        uint64_t u = next_u64();
        if (i & 1) u = (u & 0x800FFFFFFFFFFFFFu) | (uint64_t)(700 + i % 650) << 52;   // near the range
        if (((u >> 52) & 0x7FF) == 0x7FF && (u & 0xFFFFFFFFFFFFFu)) continue;   // NaN: own test
        check_round_trip(from_bits(u));
    }
}

Test(float_tag, identity_follows_the_value) {
    py_val_t a = py_float_new(vm, 2.5), b = py_float_new(vm, 5.0 / 2.0);
    cr_assert_eq(a == b, PY_FLOAT_TAGGED);
    cr_assert_neq(py_float_new(vm, 0.0), py_float_new(vm, -0.0));
    cr_assert(signbit(py_float_val(py_float_new(vm, -0.0))));
    cr_assert(!signbit(py_float_val(py_float_new(vm, 0.0))));
    cr_assert(!py_truthy(vm, py_float_new(vm, -0.0)));
    cr_assert(py_truthy(vm, py_float_new(vm, 0x1p-255)));
}

// Tagged floats held only by a list survive collections unharmed, beside
// boxed ones; the GC must not take the tagged words for pointers.
Test(float_tag, survive_collection) {
    py_val_t list = py_list_new(vm, 0, NULL);
    for (int i = 0; i < 2000; i++)
        py_list_append(vm, list, py_float_new(vm, i % 3 ? i * 1.25 - 700.0 : ldexp(1.0 + i, 300)));
    for (int round = 0; round < 3; round++) {
        py_gc_collect(vm);
        for (int i = 0; i < 2000; i++) {
            double want = i % 3 ? i * 1.25 - 700.0 : ldexp(1.0 + i, 300);
            cr_assert_eq(py_float_val(py_list_ptr(list)->items[i]), want);
        }
    }
}

// Whether [d] can stand for a small int in a mixed pair.
static bool int_ok(double d) { return d == floor(d) && fabs(d) < (double)PY_SMALL_MAX; }

static py_val_t number(int kind, double d) {
    return kind == 0 ? py_small((py_int_t)d) : py_float_new(vm, d);
}

// The fast paths give what the generic slot gives, for float-float and mixed pairs.
Test(float_tag, quick_binary_agrees) {
    const double xs[] = {0.0, -0.0, 1.0, -3.0, 7.5, -2.25, 1e10, 3.0, 0x1p200};
    const py_binary_op_t ops[] = {PY_OP_ADD, PY_OP_SUB, PY_OP_MUL, PY_OP_TRUEDIV,
                                  PY_OP_FLOORDIV, PY_OP_MOD, PY_OP_ADD | PY_OP_INPLACE};
    for (size_t i = 0; i < sizeof xs / sizeof xs[0]; i++)
        for (size_t j = 0; j < sizeof xs / sizeof xs[0]; j++)
            for (int kinds = 1; kinds < 4; kinds++)
                for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++) {
                    if (ops[k] != PY_OP_ADD && ops[k] != PY_OP_SUB && ops[k] != PY_OP_MUL &&
                        xs[j] == 0)
                        continue;   // raises ZeroDivisionError: the py suite covers it
                    if ((!(kinds & 1) && !int_ok(xs[i])) || (!(kinds >> 1) && !int_ok(xs[j])))
                        continue;
                    py_val_t a = number(kinds & 1, xs[i]), b = number(kinds >> 1, xs[j]);
                    py_val_t q = py_float_binary_quick(vm, ops[k], a, b);
                    double x = (kinds & 1) ? xs[i] : (double)(py_int_t)xs[i];   // -0.0 as int is 0
                    double y = (kinds >> 1) ? xs[j] : (double)(py_int_t)xs[j];
                    py_val_t s = py_float_binary(vm, ops[k], x, y);
                    if (PY_FLOAT_TAGGED && (py_is_tagged_float(a) || py_is_tagged_float(b)))
                        cr_assert_neq(q, PY_NULL);
                    if (q != PY_NULL)
                        cr_assert_eq(bits_of(py_float_val(q)), bits_of(py_float_val(s)), "%g op %d %g kinds %d", x, (int)ops[k], y, kinds);
                }
}

Test(float_tag, quick_compare_is_exact) {
    int64_t big = ((int64_t)1 << 53) + 1;   // a double cannot hold it (a bigint on 32-bit hosts)
    py_val_t f = py_float_new(vm, 0x1p53), bigv = py_int_from_i64(vm, big);
    cr_assert_eq(py_float_compare_quick(PY_CMP_OP_EQ, bigv, f), PY_NULL);
    cr_assert_eq(py_compare(vm, PY_CMP_OP_EQ, bigv, f), PY_FALSE);
    cr_assert_eq(py_compare(vm, PY_CMP_OP_LT, f, bigv), PY_TRUE);
    cr_assert_eq(py_compare(vm, PY_CMP_OP_EQ, py_int_from_i64(vm, big - 1), f), PY_TRUE);
    cr_assert_eq(py_compare(vm, PY_CMP_OP_EQ, py_float_new(vm, 0.0), py_float_new(vm, -0.0)),
                 PY_TRUE);
    cr_assert_eq(py_compare(vm, PY_CMP_OP_LT, py_float_new(vm, -1.5), py_small(-1)), PY_TRUE);
    cr_assert_eq(py_compare(vm, PY_CMP_OP_GE, py_small(3), py_float_new(vm, 3.0)), PY_TRUE);
    cr_assert(py_less(vm, py_float_new(vm, 1.0), py_float_new(vm, 1.5)));
    cr_assert(!py_less(vm, py_float_new(vm, 1.5), py_small(1)));
}
