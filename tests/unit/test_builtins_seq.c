// tests/unit/test_builtins_seq.c: the built-ins over sizes and iterables
// (vm/builtins_seq.c): len, sorted, any, all, iter, next.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "except.h"
#include "unit_py.h"

TestSuite(builtins_seq, .init = unit_vm_setup, .fini = unit_vm_teardown);

Test(builtins_seq, len) {
    unit_expect("len('héllo')", "5");
    unit_expect("len({1: 2})", "1");
    unit_expect("len(range(0, 10, 3))", "4");
    unit_expect_error("len(5)", PY_EXC_TypeError, "object of type 'int' has no len()");
}

Test(builtins_seq, sorted) {
    unit_expect("sorted([3, 1, 2])", "[1, 2, 3]");
    unit_expect("sorted('bca', reverse=True)", "['c', 'b', 'a']");
    unit_expect("sorted(['bb', 'a', 'ccc'], key=len)", "['a', 'bb', 'ccc']");
    unit_expect("sorted([(1, 'b'), (0, 'z'), (1, 'a')])", "[(0, 'z'), (1, 'a'), (1, 'b')]");
    unit_expect("sorted([1, 1.5, True, -2])", "[-2, 1, True, 1.5]");
    unit_expect("sorted({3: 0, 1: 0})", "[1, 3]");
    unit_expect("sorted([])", "[]");
    unit_expect_error("sorted()", PY_EXC_TypeError, "sorted expected 1 argument, got 0");
    unit_expect_error("sorted([1], [2])", PY_EXC_TypeError, "sorted expected 1 argument, got 2");
    unit_expect_error("sorted([1, 'a'])", PY_EXC_TypeError,
                      "'<' not supported between instances of 'str' and 'int'");
}

Test(builtins_seq, sorted_is_stable_and_leaves_the_input) {
    py_val_t g = unit_run("src = [('b', 1), ('a', 2), ('b', 0), ('a', 1)]\n"
                          "r = sorted(src, key=lambda p: p[0])\nsame = src[0]\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "[('a', 2), ('a', 1), ('b', 1), ('b', 0)]");
    cr_assert_str_eq(unit_get_repr(g, "same"), "('b', 1)");
}

Test(builtins_seq, any_and_all) {
    unit_expect("any([])", "False");
    unit_expect("all([])", "True");
    unit_expect("any([0, '', None, 3])", "True");
    unit_expect("all([1, 'a', [0]])", "True");
    unit_expect("all([1, 0, 1])", "False");
    unit_expect("any(x > 2 for x in range(5))", "True");
    unit_expect_error("any(1)", PY_EXC_TypeError, "'int' object is not iterable");
}

Test(builtins_seq, any_and_all_stop_early) {
    py_val_t g = unit_run("class It:\n    def __init__(self, items):\n        self.items = items\n"
                          "        self.taken = 0\n    def __iter__(self):\n        return self\n"
                          "    def __next__(self):\n        if self.taken == len(self.items):\n"
                          "            raise StopIteration\n        self.taken += 1\n"
                          "        return self.items[self.taken - 1]\n"
                          "a = It([0, 1, 2])\nb = It([1, 0, 1])\nr = (any(a), a.taken, all(b), b.taken)\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(True, 2, False, 2)");
}

Test(builtins_seq, iter_and_next) {
    unit_expect("next(iter([5, 6]))", "5");
    unit_expect("next(iter([]), 'dflt')", "'dflt'");
    unit_expect("list(iter([1, 2, 3].pop, 1))", "[3, 2]");
    unit_expect_error("next(iter([]))", PY_EXC_StopIteration, "");
    unit_expect_error("next([1])", PY_EXC_TypeError, "'list' object is not an iterator");
    unit_expect_error("iter(5)", PY_EXC_TypeError, "'int' object is not iterable");
    unit_expect_error("iter(5, 1)", PY_EXC_TypeError, "iter(v, w): v must be callable");
}

Test(builtins_seq, next_drives_python_iterators) {
    py_val_t g = unit_run("class It:\n    def __init__(self):\n        self.n = 0\n"
                          "    def __iter__(self):\n        return self\n"
                          "    def __next__(self):\n        self.n += 1\n"
                          "        if self.n > 2:\n            raise StopIteration\n        return self.n\n"
                          "it = It()\nr = (next(it), next(it), next(it, None))\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(1, 2, None)");
}
