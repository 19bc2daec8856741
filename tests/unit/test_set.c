// tests/unit/test_set.c: set, frozenset and their iterator (vm/obj_set.c).
// Layer: tests (Criterion). Membership, growth, algebra, methods, errors, hashing.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "except.h"
#include "obj_set.h"
#include "obj_str.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(set, .init = unit_vm_setup, .fini = unit_vm_teardown);

Test(set, add_and_contains_from_c) {
    py_val_t s = py_set_new(vm, false);
    for (int i = 0; i < 1000; i++) py_set_add(vm, s, py_small(i * 7));
    py_set_add(vm, s, py_small(7));   // already there
    cr_assert_eq(py_len(vm, s), 1000);
    cr_assert(py_set_contains(vm, s, py_small(693)));
    cr_assert_not(py_set_contains(vm, s, py_small(694)));
    cr_assert(py_set_contains(vm, s, unit_eval("7.0")), "equal numbers are one key");
    cr_assert(py_set_contains(vm, s, PY_FALSE));
}

Test(set, frozen_flag_picks_the_type) {
    cr_assert_str_eq(py_type_name(vm, py_set_new(vm, false)), "set");
    cr_assert_str_eq(py_type_name(vm, py_set_new(vm, true)), "frozenset");
}

static void add_list(py_vm_t *v, void *ud) {
    (void)ud;
    py_set_add(v, py_set_new(v, false), unit_eval("[1]"));
}

Test(set, unhashable_item_raises) {
    unit_raises_msg(add_list, NULL, PY_EXC_TypeError, "unhashable type: 'list'");
}

Test(set, strings_by_value) {
    py_val_t s = py_set_new(vm, false);
    py_set_add(vm, s, py_str_from_c(vm, "a longer string"));
    cr_assert(py_set_contains(vm, s, py_str_intern_c(vm, "a longer string")));
}

Test(set, repr_forms) {
    unit_expect("set()", "set()");
    unit_expect("{1}", "{1}");
    unit_expect("frozenset()", "frozenset()");
    unit_expect("frozenset([2])", "frozenset({2})");
    unit_expect("sorted({3, 1, 2})", "[1, 2, 3]");
}

Test(set, algebra) {
    unit_expect("sorted({1, 2, 3} | {3, 4})", "[1, 2, 3, 4]");
    unit_expect("sorted({1, 2, 3} & {2, 3, 4})", "[2, 3]");
    unit_expect("sorted({1, 2, 3} - {2})", "[1, 3]");
    unit_expect("sorted({1, 2, 3} ^ {3, 4})", "[1, 2, 4]");
    unit_expect("type(frozenset([1]) | {2}).__name__", "'frozenset'");
    unit_expect("type({2} | frozenset([1])).__name__", "'set'");
    unit_expect("{1, 2} <= {1, 2, 3}", "True");
    unit_expect("{1, 2} < {1, 2}", "False");
    unit_expect("{1, 2, 3} > {1}", "True");
    unit_expect("{1, 2} == frozenset([2, 1])", "True");
    unit_expect("{1, 2} != {1}", "True");
}

Test(set, algebra_errors) {
    unit_expect_error("{1} | [2]", PY_EXC_TypeError, "unsupported operand type(s) for |: 'set' and 'list'");
    unit_expect_error("{1} + {2}", PY_EXC_TypeError, "unsupported operand type(s) for +: 'set' and 'set'");
    unit_expect_error("{1} < [1]", PY_EXC_TypeError, "'<' not supported between instances of 'set' and 'list'");
}

Test(set, methods) {
    unit_expect("sorted({1}.union([2], (3,)))", "[1, 2, 3]");
    unit_expect("sorted({1, 2, 3}.intersection([2, 3], {3}))", "[3]");
    unit_expect("sorted({1, 2, 3}.difference([1], [2]))", "[3]");
    unit_expect("sorted({1, 2}.symmetric_difference([2, 3]))", "[1, 3]");
    unit_expect("{1, 2}.issubset([1, 2, 3])", "True");
    unit_expect("{1, 2}.issuperset([1])", "True");
    unit_expect("{1, 2}.isdisjoint([3])", "True");
    unit_expect("{1, 2}.isdisjoint([2])", "False");
    unit_expect("{1, 2}.copy() == {1, 2}", "True");
}

Test(set, mutating_methods) {
    py_val_t g = unit_run("s = {1, 2, 3}\ns.add(4)\ns.discard(1)\ns.discard(99)\ns.remove(2)\n"
                          "s.update([5], (6,))\na = sorted(s)\n"
                          "s.intersection_update([3, 4, 5, 7])\nb = sorted(s)\n"
                          "s.difference_update([3])\nc = sorted(s)\n"
                          "s.symmetric_difference_update([5, 8])\nd = sorted(s)\n"
                          "p = s.pop()\nn = len(s)\ns.clear()\ne = len(s)\n"
                          "t = {1}\nt |= {2}\nt &= {2, 3}\nt -= {9}\nt ^= {4}\nf = sorted(t)\n");
    cr_assert_str_eq(unit_get_repr(g, "a"), "[3, 4, 5, 6]");
    cr_assert_str_eq(unit_get_repr(g, "b"), "[3, 4, 5]");
    cr_assert_str_eq(unit_get_repr(g, "c"), "[4, 5]");
    cr_assert_str_eq(unit_get_repr(g, "d"), "[4, 8]");
    cr_assert_eq(unit_get_int(g, "n"), 1);
    cr_assert_eq(unit_get_int(g, "e"), 0);
    cr_assert_str_eq(unit_get_repr(g, "f"), "[2, 4]");
}

Test(set, inplace_operators_keep_the_object) {
    py_val_t g = unit_run("s = {1}\nt = s\ns |= {2}\nsame = s is t\n"
                          "f = frozenset([1])\ng = f\nf |= {2}\nfsame = f is g\n");
    cr_assert_eq(unit_get(g, "same"), PY_TRUE);
    cr_assert_eq(unit_get(g, "fsame"), PY_FALSE);
}

Test(set, errors) {
    unit_expect_error("{1}.remove(2)", PY_EXC_KeyError, "2");
    unit_expect_error("set().pop()", PY_EXC_KeyError, "'pop from an empty set'");
    unit_expect_error("set(1, 2)", PY_EXC_TypeError, "set expected at most 1 argument, got 2");
    unit_expect_error("frozenset(1, 2)", PY_EXC_TypeError, "frozenset expected at most 1 argument, got 2");
    unit_expect_error("{[1]}", PY_EXC_TypeError, "unhashable type: 'list'");
    unit_expect_error("hash({1})", PY_EXC_TypeError, "unhashable type: 'set'");
    unit_expect_error("frozenset().add(1)", PY_EXC_AttributeError, "'frozenset' object has no attribute 'add'");
    unit_expect_error("s = {1, 2}\nfor x in s:\n    s.add(x + 10)\n", PY_EXC_RuntimeError,
                      "Set changed size during iteration");
}

Test(set, frozenset_hash_is_by_value) {
    unit_expect("hash(frozenset([1, 2])) == hash(frozenset([2, 1]))", "True");
    unit_expect("{frozenset([1]): 'x'}[frozenset([1])]", "'x'");
    unit_expect("frozenset([1, 2]) in {frozenset([2, 1])}", "True");
}

Test(set, set_of_many_survives_growth_and_removal) {
    py_val_t g = unit_run("s = set(range(5000))\nfor i in range(0, 5000, 2):\n    s.remove(i)\n"
                          "n = len(s)\nok = all(i in s for i in range(1, 5000, 2))\n"
                          "gone = any(i in s for i in range(0, 5000, 2))\n");
    cr_assert_eq(unit_get_int(g, "n"), 2500);
    cr_assert_eq(unit_get(g, "ok"), PY_TRUE);
    cr_assert_eq(unit_get(g, "gone"), PY_FALSE);
}

Test(set, iterator_yields_each_item_once) {
    py_val_t s = py_set_new(vm, false);
    for (int i = 0; i < 50; i++) py_set_add(vm, s, py_small(i));
    py_val_t it = py_iter(vm, s);
    cr_assert_str_eq(py_type_name(vm, it), "set_iterator");
    int seen[50] = {0}, n = 0;
    for (py_val_t x; (x = py_next(vm, it)) != PY_NULL; n++) seen[py_small_val(x)]++;
    cr_assert_eq(n, 50);
    for (int i = 0; i < 50; i++) cr_assert_eq(seen[i], 1);
    cr_assert_eq(py_next(vm, it), PY_NULL);
}
