// tests/unit/test_range.c: range, its iterator, and slice with py_slice_indices (vm/obj_range.c).
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdint.h>

#include "except.h"
#include "obj_range.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(range, .init = unit_vm_setup, .fini = unit_vm_teardown);

// ---- range --------------------------------------------------------------------------------

Test(range, new_from_c_and_len) {
    py_val_t r = py_range_new(vm, 0, 10, 3);
    cr_assert_eq(py_len(vm, r), 4);
    cr_assert_str_eq(unit_repr(r), "range(0, 10, 3)");
    cr_assert_eq(py_len(vm, py_range_new(vm, 5, 0, 1)), 0);
    cr_assert_eq(py_len(vm, py_range_new(vm, 5, 0, -2)), 3);
    cr_assert_eq(py_len(vm, py_range_new(vm, INT64_MIN, INT64_MAX, INT64_MAX)), 3);
}

Test(range, repr_and_constructor) {
    unit_expect("range(3)", "range(0, 3)");
    unit_expect("range(1, 5)", "range(1, 5)");
    unit_expect("range(5, 1, -1)", "range(5, 1, -1)");
    unit_expect("list(range(-3))", "[]");
    unit_expect("list(range(10, 0, -3))", "[10, 7, 4, 1]");
    unit_expect("list(range(True, 4))", "[1, 2, 3]");
}

Test(range, constructor_errors) {
    unit_expect_error("range()", PY_EXC_TypeError, "range expected at least 1 argument, got 0");
    unit_expect_error("range(1, 2, 3, 4)", PY_EXC_TypeError, "range expected at most 3 arguments, got 4");
    unit_expect_error("range(1, 2, 0)", PY_EXC_ValueError, "range() arg 3 must not be zero");
    unit_expect_error("range(1.5)", PY_EXC_TypeError, "'float' object cannot be interpreted as an integer");
}

Test(range, indexing) {
    unit_expect("range(0, 10, 3)[1]", "3");
    unit_expect("range(0, 10, 3)[-1]", "9");
    unit_expect("range(10, 0, -2)[2]", "6");
    unit_expect_error("range(3)[3]", PY_EXC_IndexError, "range object index out of range");
    unit_expect_error("range(3)[-4]", PY_EXC_IndexError, "range object index out of range");
    unit_expect_error("range(3)[10 ** 30]", PY_EXC_IndexError, "range object index out of range");
    unit_expect_error("range(3)['a']", PY_EXC_TypeError, "range indices must be integers or slices, not str");
}

Test(range, slicing_gives_a_range) {
    unit_expect("range(10)[2:8:2]", "range(2, 8, 2)");
    unit_expect("range(0, 20, 2)[1:4]", "range(2, 8, 2)");
    unit_expect("range(10)[::-1]", "range(9, -1, -1)");
    unit_expect("list(range(10)[::-3])", "[9, 6, 3, 0]");
    unit_expect("range(5)[10:]", "range(5, 5)");
}

Test(range, membership_count_index) {
    unit_expect("4 in range(0, 10, 2)", "True");
    unit_expect("5 in range(0, 10, 2)", "False");
    unit_expect("-1 in range(0, 10)", "False");
    unit_expect("4.0 in range(10)", "True");
    unit_expect("True in range(2)", "True");
    unit_expect("range(0, 10, 2).count(4)", "1");
    unit_expect("range(0, 10, 2).count(5)", "0");
    unit_expect("range(10, 0, -2).index(4)", "3");
    unit_expect_error("range(3).index(7)", PY_EXC_ValueError, "7 is not in range");
}

Test(range, equality_is_by_items) {
    unit_expect("range(0) == range(5, 1)", "True");
    unit_expect("range(0, 3, 2) == range(0, 4, 2)", "True");
    unit_expect("range(3) == range(4)", "False");
    unit_expect("range(1) != range(0, 1)", "False");
    unit_expect("hash(range(0, 3, 2)) == hash(range(0, 4, 2))", "True");
}

Test(range, truth_and_reversed) {
    unit_expect("bool(range(0))", "False");
    unit_expect("bool(range(1))", "True");
    unit_expect("list(reversed(range(1, 10, 3)))", "[7, 4, 1]");
    unit_expect("list(reversed(range(0)))", "[]");
    py_val_t it = py_range_reversed(vm, py_range_new(vm, 0, 3, 1));
    cr_assert_eq(py_next(vm, it), py_small(2));
    cr_assert_eq(py_next(vm, it), py_small(1));
    cr_assert_eq(py_next(vm, it), py_small(0));
    cr_assert_eq(py_next(vm, it), PY_NULL);
}

Test(range, iterator_ends_and_stays_ended) {
    py_val_t it = py_iter(vm, py_range_new(vm, 5, 8, 2));
    cr_assert_str_eq(py_type_name(vm, it), "range_iterator");
    cr_assert_eq(py_next(vm, it), py_small(5));
    cr_assert_eq(py_next(vm, it), py_small(7));
    cr_assert_eq(py_next(vm, it), PY_NULL);
    cr_assert_eq(py_next(vm, it), PY_NULL);
}

Test(range, attributes) {
    unit_expect("(range(1, 9, 2).start, range(1, 9, 2).stop, range(1, 9, 2).step)", "(1, 9, 2)");
}

// ---- slice -------------------------------------------------------------------------------------

Test(range, slice_repr_attributes_and_equality) {
    py_val_t s = py_slice_new(vm, py_small(1), PY_NONE, py_small(-1));
    cr_assert_str_eq(unit_repr(s), "slice(1, None, -1)");
    unit_expect("slice(3)", "slice(None, 3, None)");
    unit_expect("slice(1, 2).start", "1");
    unit_expect("slice(1, 2).step", "None");
    unit_expect("slice(1, 2) == slice(1, 2)", "True");
    unit_expect("slice(1, 2) < slice(1, 3)", "True");
    unit_expect_error("slice()", PY_EXC_TypeError, "slice expected at least 1 argument, got 0");
    unit_expect_error("slice(1, 2, 3, 4)", PY_EXC_TypeError, "slice expected at most 3 arguments, got 4");
}

typedef struct ind {
    py_val_t slice;
    size_t len, count;
    int64_t start, stop, step;
} ind_t;

static void do_indices(py_vm_t *v, void *ud) {
    ind_t *i = ud;
    i->count = py_slice_indices(v, i->slice, i->len, &i->start, &i->stop, &i->step);
}

// Clamps slice(a, b, c) (NULL for None) to [len]; checks the result and the count.
static void check(const char *src, size_t len, int64_t start, int64_t stop, int64_t step, size_t count) {
    ind_t i = {unit_eval(src), len, 0, 0, 0, 0};
    unit_ok(do_indices, &i);
    cr_expect_eq(i.start, start, "%s start %lld", src, (long long)i.start);
    cr_expect_eq(i.stop, stop, "%s stop %lld", src, (long long)i.stop);
    cr_expect_eq(i.step, step, "%s step %lld", src, (long long)i.step);
    cr_expect_eq(i.count, count, "%s count %zu", src, i.count);
}

Test(range, slice_indices_clamp_like_cpython) {
    check("slice(None)", 5, 0, 5, 1, 5);
    check("slice(1, 3)", 5, 1, 3, 1, 2);
    check("slice(-2, None)", 5, 3, 5, 1, 2);
    check("slice(-100, 100)", 5, 0, 5, 1, 5);
    check("slice(100, -100)", 5, 5, 0, 1, 0);
    check("slice(None, None, -1)", 5, 4, -1, -1, 5);
    check("slice(100, -100, -2)", 5, 4, -1, -2, 3);
    check("slice(-100, 100, -1)", 5, -1, 4, -1, 0);
    check("slice(None, None, 3)", 7, 0, 7, 3, 3);
    check("slice(1, 2)", 0, 0, 0, 1, 0);
    check("slice(None, None, -1)", 0, -1, -1, -1, 0);
    check("slice(10 ** 30, -10 ** 30, -1)", 4, 3, -1, -1, 4);
    check("slice(None, None, -10 ** 30)", 4, 3, -1, -INT64_MAX, 1);
    check("slice(True, None)", 3, 1, 3, 1, 2);
}

Test(range, slice_indices_method_matches) {
    unit_expect("slice(None, None, -1).indices(5)", "(4, -1, -1)");
    unit_expect("slice(-3, 100, 2).indices(10)", "(7, 10, 2)");
    unit_expect_error("slice(1, 2, 0).indices(5)", PY_EXC_ValueError, "slice step cannot be zero");
    unit_expect_error("slice(1).indices(-1)", PY_EXC_ValueError, "length should not be negative");
    unit_expect_error("[1, 2]['a':]", PY_EXC_TypeError,
                      "slice indices must be integers or None or have an __index__ method");
}

// ---- ints past 64 bits ----------------------------------------------------------------------

Test(range, bigint_bounds_are_arithmetic) {
    unit_expect("10 ** 18 in range(0, 10 ** 20, 2)", "True");
    unit_expect("10 ** 18 + 1 in range(0, 10 ** 20, 2)", "False");
    unit_expect("range(0, 10 ** 20, 2)[-1]", "99999999999999999998");
    unit_expect("range(0, 10 ** 20, 2).index(10 ** 18)", "500000000000000000");
    unit_expect("range(0, 10 ** 20, 2)[10 ** 19:]", "range(20000000000000000000, 100000000000000000000, 2)");
    unit_expect("range(-2 ** 70, 0, 2 ** 68)[::-1]", "range(-295147905179352825856, -1475739525896764129280, -295147905179352825856)");
    unit_expect("list(range(2 ** 64, 2 ** 64 + 3))", "[18446744073709551616, 18446744073709551617, 18446744073709551618]");
    unit_expect("list(reversed(range(2 ** 63 - 1, 2 ** 63 + 1)))", "[9223372036854775808, 9223372036854775807]");
    unit_expect("range(0, 10 ** 20, 2) == range(0, 10 ** 20 - 1, 2)", "True");
    unit_expect("slice(None).indices(10 ** 20)", "(0, 100000000000000000000, 1)");
}

Test(range, len_past_ssize_t_raises_overflow) {
    unit_expect_error("len(range(2 ** 63))", PY_EXC_OverflowError,
                      "Python int too large to convert to C ssize_t");
    unit_expect("len(range(2 ** 63 - 1))", "9223372036854775807");
    unit_expect("bool(range(2 ** 100))", "True");
    unit_expect_error("range(3)[:: 0]", PY_EXC_ValueError, "slice step cannot be zero");
}
