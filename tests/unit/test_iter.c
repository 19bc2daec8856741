// tests/unit/test_iter.c: the iterator types (vm/obj_iter.c: seq_iterator, callable_iterator,
// enumerate, zip, map, filter, reversed) and dict views and iterators (vm/obj_dict_views.c).
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "except.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(iter, .init = unit_vm_setup, .fini = unit_vm_teardown);

// ---- obj_iter.c ---------------------------------------------------------------------------

Test(iter, seq_iterator_indexes_until_index_error) {
    py_val_t it = py_seq_iter_new(vm, py_str_from_c(vm, "ab"));
    cr_assert_str_eq(py_type_name(vm, it), "iterator");
    cr_assert_str_eq(py_str_cstr(vm, py_next(vm, it)), "a");
    cr_assert_str_eq(py_str_cstr(vm, py_next(vm, it)), "b");
    cr_assert_eq(py_next(vm, it), PY_NULL);
    cr_assert_eq(py_next(vm, it), PY_NULL);
    py_val_t g = unit_run("class S:\n    def __getitem__(self, i):\n"
                          "        if i > 2:\n            raise StopIteration\n        return i\n"
                          "class E:\n    def __getitem__(self, i):\n        raise KeyError(i)\n"
                          "r = list(S())\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "[0, 1, 2]");
    unit_expect_error("class E:\n    def __getitem__(self, i):\n        raise KeyError(i)\nlist(E())\n",
                      PY_EXC_KeyError, "0");
}

Test(iter, callable_iterator_stops_at_sentinel) {
    py_val_t g = unit_run("n = [0]\ndef f():\n    n[0] += 1\n    return n[0]\n"
                          "r = list(iter(f, 4))\nt = type(iter(f, 0)).__name__\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "[1, 2, 3]");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "t")), "callable_iterator");
    py_val_t f = unit_get(g, "f");
    py_val_t it = py_callable_iter_new(vm, f, py_small(7));
    cr_assert_eq(py_next(vm, it), py_small(5));
    cr_assert_eq(py_next(vm, it), py_small(6));
    cr_assert_eq(py_next(vm, it), PY_NULL);
    cr_assert_eq(py_next(vm, it), PY_NULL, "exhausted for good");
}

Test(iter, enumerate) {
    unit_expect("list(enumerate('ab'))", "[(0, 'a'), (1, 'b')]");
    unit_expect("list(enumerate('ab', 5))", "[(5, 'a'), (6, 'b')]");
    unit_expect("list(enumerate(iterable='a', start=-1))", "[(-1, 'a')]");
    unit_expect("list(enumerate([], 3))", "[]");
    unit_expect_error("enumerate()", PY_EXC_TypeError, "enumerate() missing required argument 'iterable'");
    unit_expect_error("enumerate(1, 2, 3)", PY_EXC_TypeError, "enumerate() takes at most 2 arguments (3 given)");
    unit_expect_error("enumerate(5)", PY_EXC_TypeError, "'int' object is not iterable");
}

Test(iter, zip) {
    unit_expect("list(zip('ab', [1, 2, 3]))", "[('a', 1), ('b', 2)]");
    unit_expect("list(zip())", "[]");
    unit_expect("list(zip([1, 2]))", "[(1,), (2,)]");
    unit_expect("list(zip([1], [2], strict=True))", "[(1, 2)]");
    unit_expect_error("list(zip([1, 2], [1], strict=True))", PY_EXC_ValueError,
                      "zip() argument 2 is shorter than argument 1");
    unit_expect_error("list(zip([1], [1, 2], strict=True))", PY_EXC_ValueError,
                      "zip() argument 2 is longer than argument 1");
    unit_expect_error("list(zip([1], [1], [], strict=True))", PY_EXC_ValueError,
                      "zip() argument 3 is shorter than arguments 1-2");
    unit_expect_error("zip(1)", PY_EXC_TypeError, "'int' object is not iterable");
}

Test(iter, map) {
    unit_expect("list(map(abs, [-1, 2, -3]))", "[1, 2, 3]");
    unit_expect("list(map(lambda a, b: a * b, [1, 2, 3], [4, 5]))", "[4, 10]");
    unit_expect_error("map(abs)", PY_EXC_TypeError, "map() must have at least two arguments.");
    unit_expect_error("list(map(lambda x: 1 / x, [0]))", PY_EXC_ZeroDivisionError, "division by zero");
}

Test(iter, filter) {
    unit_expect("list(filter(None, [0, 1, '', 'a', None]))", "[1, 'a']");
    unit_expect("list(filter(lambda x: x % 2, range(6)))", "[1, 3, 5]");
    unit_expect_error("filter(None)", PY_EXC_TypeError, "filter expected 2 arguments, got 1");
}

Test(iter, reversed) {
    unit_expect("list(reversed([1, 2, 3]))", "[3, 2, 1]");
    unit_expect("list(reversed('abc'))", "['c', 'b', 'a']");
    unit_expect("list(reversed((1, 2)))", "[2, 1]");
    unit_expect("list(reversed({'a': 1, 'b': 2}))", "['b', 'a']");
    unit_expect_error("reversed({1, 2})", PY_EXC_TypeError, "'set' object is not reversible");
    unit_expect_error("reversed(5)", PY_EXC_TypeError, "'int' object is not reversible");
    unit_expect_error("reversed()", PY_EXC_TypeError, "reversed expected 1 argument, got 0");
    py_val_t g = unit_run("class S:\n    def __len__(self):\n        return 3\n"
                          "    def __getitem__(self, i):\n        return i * 2\n"
                          "class R:\n    def __reversed__(self):\n        return iter('zy')\n"
                          "a = list(reversed(S()))\nb = list(reversed(R()))\n");
    cr_assert_str_eq(unit_get_repr(g, "a"), "[4, 2, 0]");
    cr_assert_str_eq(unit_get_repr(g, "b"), "['z', 'y']");
}

Test(iter, iterators_are_their_own_iterators) {
    unit_expect("(lambda it: iter(it) is it)(enumerate([]))", "True");
    unit_expect("(lambda it: iter(it) is it)(zip())", "True");
    unit_expect("(lambda it: iter(it) is it)(map(abs, []))", "True");
    unit_expect("(lambda it: iter(it) is it)(filter(None, []))", "True");
    unit_expect("(lambda it: iter(it) is it)(reversed([]))", "True");
    unit_expect("(lambda it: (next(it), list(it)))(zip('abc', 'def'))", "(('a', 'd'), [('b', 'e'), ('c', 'f')])");
}

Test(iter, lazy_evaluation) {
    py_val_t g = unit_run("seen = []\ndef f(x):\n    seen.append(x)\n    return x\n"
                          "m = map(f, [1, 2, 3])\nfirst = next(m)\nafter = list(seen)\n");
    cr_assert_eq(unit_get_int(g, "first"), 1);
    cr_assert_str_eq(unit_get_repr(g, "after"), "[1]");
}

// ---- obj_dict_views.c ------------------------------------------------------------------------

Test(iter, views_repr_and_len) {
    unit_expect("{'a': 1, 'b': 2}.keys()", "dict_keys(['a', 'b'])");
    unit_expect("{'a': 1, 'b': 2}.values()", "dict_values([1, 2])");
    unit_expect("{'a': 1}.items()", "dict_items([('a', 1)])");
    unit_expect("len({1: 2, 3: 4}.items())", "2");
    unit_expect("{}.keys()", "dict_keys([])");
}

Test(iter, views_are_live) {
    py_val_t d = py_dict_new(vm);
    py_val_t k = py_dict_view_new(vm, d, PY_DICT_KEYS);
    cr_assert_eq(py_len(vm, k), 0);
    py_dict_set(vm, d, py_small(1), py_small(2));
    cr_assert_eq(py_len(vm, k), 1);
    cr_assert_str_eq(unit_repr(k), "dict_keys([1])");
    cr_assert_str_eq(py_type_name(vm, k), "dict_keys");
}

Test(iter, views_membership) {
    unit_expect("'a' in {'a': 1}.keys()", "True");
    unit_expect("1 in {'a': 1}.keys()", "False");
    unit_expect("('a', 1) in {'a': 1}.items()", "True");
    unit_expect("('a', 2) in {'a': 1}.items()", "False");
    unit_expect("'a' in {'a': 1}.items()", "False");
    unit_expect("1 in {'a': 1}.values()", "True");
}

Test(iter, keys_and_items_are_set_like) {
    unit_expect("{1: 0, 2: 0}.keys() == {2, 1}", "True");
    unit_expect("{1: 0}.keys() < {1: 0, 2: 0}.keys()", "True");
    unit_expect("{1: 0, 2: 0}.keys() >= {1}", "True");
    unit_expect("{1: 0}.keys() != {1: 5}.keys()", "False");
    unit_expect("sorted({1: 0, 2: 0}.keys() & {2, 3})", "[2]");
    unit_expect("sorted({1: 0}.keys() | [5])", "[1, 5]");
    unit_expect("sorted({1: 0, 2: 0}.keys() - {1})", "[2]");
    unit_expect("sorted({1: 0, 2: 0}.keys() ^ {2, 3})", "[1, 3]");
    unit_expect("{1: 'a'}.items() == {(1, 'a')}", "True");
    unit_expect("{1: 0}.keys().isdisjoint([2, 3])", "True");
    unit_expect("{1: 0}.keys().isdisjoint([1])", "False");
    unit_expect("{1: 0}.values() == {1: 0}.values()", "False");
}

Test(iter, view_iterators_and_reversal) {
    unit_expect("list({'a': 1, 'b': 2}.items())", "[('a', 1), ('b', 2)]");
    unit_expect("list(reversed({'a': 1, 'b': 2}.values()))", "[2, 1]");
    unit_expect("list(reversed({'a': 1, 'b': 2}.items()))", "[('b', 2), ('a', 1)]");
    py_val_t d = unit_eval("{'x': 1, 'y': 2}");
    py_val_t it = py_dict_iter_new(vm, d, PY_DICT_VALUES, true);
    cr_assert_eq(py_next(vm, it), py_small(2));
    cr_assert_eq(py_next(vm, it), py_small(1));
    cr_assert_eq(py_next(vm, it), PY_NULL);
    cr_assert_eq(py_next(vm, it), PY_NULL);
}

Test(iter, dict_iterator_skips_deleted_entries) {
    py_val_t g = unit_run("d = {i: i for i in range(6)}\ndel d[0]\ndel d[3]\nk = list(d)\n"
                          "d[0] = 'back'\nk2 = list(d.keys())\n");
    cr_assert_str_eq(unit_get_repr(g, "k"), "[1, 2, 4, 5]");
    cr_assert_str_eq(unit_get_repr(g, "k2"), "[1, 2, 4, 5, 0]");
}

Test(iter, changing_size_while_iterating_raises) {
    unit_expect_error("d = {1: 1}\nfor k in d:\n    d[k + 1] = 1\n", PY_EXC_RuntimeError,
                      "dictionary changed size during iteration");
    unit_expect_error("d = {1: 1, 2: 2}\nfor v in d.values():\n    del d[2]\n", PY_EXC_RuntimeError,
                      "dictionary changed size during iteration");
    py_val_t g = unit_run("d = {1: 1, 2: 2}\nfor k in d:\n    d[k] = 0\nr = d\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "{1: 0, 2: 0}");
}
