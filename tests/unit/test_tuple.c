// tests/unit/test_tuple.c: tuple and its iterator (vm/obj_tuple.c).
// Layer: tests (Criterion). Construction, sharing, repr, hash, compare, slices, methods.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "except.h"
#include "obj_list.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(tuple, .init = unit_vm_setup, .fini = unit_vm_teardown);

Test(tuple, new_copies_items_or_fills_none) {
    py_val_t items[3] = {py_small(1), py_small(2), py_small(3)};
    py_val_t t = py_tuple_new(vm, 3, items);
    items[0] = py_small(9);
    cr_assert_eq(py_tuple_ptr(t)->len, 3);
    cr_assert_eq(py_tuple_ptr(t)->items[0], py_small(1));
    py_val_t n = py_tuple_new(vm, 2, NULL);
    cr_assert_eq(py_tuple_ptr(n)->items[1], PY_NONE);
}

Test(tuple, empty_tuples_are_equal_and_empty) {
    py_val_t a = py_tuple_new(vm, 0, NULL);
    cr_assert_eq(py_tuple_ptr(a)->len, 0);
    cr_assert(py_equal(vm, a, unit_eval("()")));
    cr_assert_not(py_truthy(vm, a));
}

Test(tuple, from_iter_reuses_tuples_and_copies_lists) {
    py_val_t t = py_tuple_new(vm, 1, (py_val_t[]){py_small(1)});
    cr_assert_eq(py_tuple_from_iter(vm, t), t);
    py_val_t l = py_list_new(vm, 2, (py_val_t[]){py_small(4), py_small(5)});
    py_val_t c = py_tuple_from_iter(vm, l);
    cr_assert_str_eq(unit_repr(c), "(4, 5)");
    py_list_append(vm, l, py_small(6));
    cr_assert_eq(py_tuple_ptr(c)->len, 2);
    cr_assert_str_eq(unit_repr(py_tuple_from_iter(vm, unit_eval("range(3)"))), "(0, 1, 2)");
}

Test(tuple, repr_forms) {
    unit_expect("()", "()");
    unit_expect("(1,)", "(1,)");
    unit_expect("(1, 'a', (2,), [3])", "(1, 'a', (2,), [3])");
    unit_expect("tuple('ab')", "('a', 'b')");
}

Test(tuple, operators) {
    unit_expect("(1, 2) + (3,)", "(1, 2, 3)");
    unit_expect("(1, 2) * 2", "(1, 2, 1, 2)");
    unit_expect("2 * (0,)", "(0, 0)");
    unit_expect("(1, 2) * -1", "()");
    unit_expect("(1, 2) < (1, 3)", "True");
    unit_expect("(1, 2) < (1, 2, 0)", "True");
    unit_expect("(1, 2) == (1.0, 2)", "True");
    unit_expect("(1, [2]) != (1, [2])", "False");
    unit_expect("(1, 2) >= (1, 2)", "True");
    unit_expect("2 in (1, 2)", "True");
    unit_expect("3 in (1, 2)", "False");
}

Test(tuple, operator_errors) {
    unit_expect_error("(1,) + [2]", PY_EXC_TypeError, "can only concatenate tuple (not \"list\") to tuple");
    unit_expect_error("(1,) * 1.5", PY_EXC_TypeError, "can't multiply sequence by non-int of type 'float'");
    unit_expect_error("(1,) < ('a',)", PY_EXC_TypeError,
                      "'<' not supported between instances of 'int' and 'str'");
    unit_expect_error("(1,) * (2 ** 100)", PY_EXC_OverflowError,
                      "cannot fit 'int' into an index-sized integer");
}

Test(tuple, hash_follows_items) {
    unit_expect("hash((1, 2)) == hash((1.0, 2))", "True");
    unit_expect("hash((1, 2)) == hash((2, 1))", "False");
    unit_expect("hash(()) == hash(())", "True");
    unit_expect("{(1, 'a'): 5}[(1, 'a')]", "5");
    unit_expect_error("hash((1, [2]))", PY_EXC_TypeError, "unhashable type: 'list'");
}

Test(tuple, indexing_and_slicing) {
    unit_expect("(1, 2, 3)[-1]", "3");
    unit_expect("(1, 2, 3, 4, 5)[1:4]", "(2, 3, 4)");
    unit_expect("(1, 2, 3, 4, 5)[::-2]", "(5, 3, 1)");
    unit_expect("(1, 2, 3)[5:]", "()");
    unit_expect("(1, 2, 3)[True]", "2");
    unit_expect_error("(1, 2, 3)[3]", PY_EXC_IndexError, "tuple index out of range");
    unit_expect_error("(1, 2, 3)[-4]", PY_EXC_IndexError, "tuple index out of range");
    unit_expect_error("(1, 2, 3)['a']", PY_EXC_TypeError, "tuple indices must be integers or slices, not str");
    unit_expect_error("(1, 2, 3)[::0]", PY_EXC_ValueError, "slice step cannot be zero");
}

Test(tuple, full_slice_is_the_same_tuple) {
    py_val_t g = unit_run("t = (1, 2, 3)\nr = t[:] is t\n");
    cr_assert_eq(unit_get(g, "r"), PY_TRUE);
}

Test(tuple, methods) {
    unit_expect("(1, 2, 1, 1).count(1)", "3");
    unit_expect("(1, 2, 3).count(4)", "0");
    unit_expect("(1, 2, 3, 2).index(2)", "1");
    unit_expect("(1, 2, 3, 2).index(2, 2)", "3");
    unit_expect("(1, 2, 3, 2).index(2, -2, 10)", "3");
    unit_expect_error("(1, 2).index(5)", PY_EXC_ValueError, "tuple.index(x): x not in tuple");
    unit_expect_error("(1, 2, 3).index(1, 1)", PY_EXC_ValueError, "tuple.index(x): x not in tuple");
}

Test(tuple, constructor_errors) {
    unit_expect_error("tuple(1, 2)", PY_EXC_TypeError, "tuple expected at most 1 argument, got 2");
    unit_expect_error("tuple(5)", PY_EXC_TypeError, "'int' object is not iterable");
    unit_expect_error("tuple(x=1)", PY_EXC_TypeError, "tuple() takes no keyword arguments");
}

Test(tuple, iterator_walks_and_ends) {
    py_val_t t = py_tuple_new(vm, 2, (py_val_t[]){py_small(1), py_small(2)});
    py_val_t it = py_iter(vm, t);
    cr_assert_str_eq(py_type_name(vm, it), "tuple_iterator");
    cr_assert_eq(py_next(vm, it), py_small(1));
    cr_assert_eq(py_next(vm, it), py_small(2));
    cr_assert_eq(py_next(vm, it), PY_NULL);
    cr_assert_eq(py_next(vm, it), PY_NULL);
}

Test(tuple, subclass_keeps_its_type) {
    py_val_t g = unit_run("class P(tuple):\n    def first(self):\n        return self[0]\n"
                          "p = P([4, 5])\nr = (p.first(), len(p), type(p).__name__, p == (4, 5), p + (6,))\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(4, 2, 'P', True, (4, 5, 6))");
}
