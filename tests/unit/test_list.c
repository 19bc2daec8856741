// tests/unit/test_list.c: list (vm/obj_list.c) and its sort (vm/list_sort.c).
// Layer: tests (Criterion). Growth, insert/pop, slices, stable sorting with keys.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdio.h>
#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_list.h"
#include "obj_range.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "unit_py.h"
#include "unit_vm.h"

static py_val_t I(py_int_t i) { return py_small(i); }
static const char *repr_of(py_val_t v) { return py_str_cstr(vm, py_repr(vm, v)); }
static py_val_t range_list(int64_t a, int64_t b, int64_t step) {
    return py_list_from_iter(vm, py_range_new(vm, a, b, step));
}
static py_val_t call(py_val_t obj, const char *name, size_t n, py_val_t *args) {
    return py_call_method(vm, obj, py_str_intern_c(vm, name), n, args);
}
static py_val_t slice(py_val_t a, py_val_t b, py_val_t c) { return py_slice_new(vm, a, b, c); }

Test(list, append_grows_and_keeps_items, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t l = py_list_new(vm, 0, NULL);
    for (int i = 0; i < 10000; i++) py_list_append(vm, l, I(i));
    py_gc_collect(vm);
    cr_assert_eq(py_list_ptr(l)->len, 10000);
    for (int i = 0; i < 10000; i++) cr_assert_eq(py_list_ptr(l)->items[i], I(i));
}

Test(list, insert_and_pop, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t l = range_list(0, 3, 1);
    call(l, "insert", 2, (py_val_t[]){I(1), I(9)});
    call(l, "insert", 2, (py_val_t[]){I(-100), I(7)});   // clamped to the front
    call(l, "insert", 2, (py_val_t[]){I(100), I(8)});    // clamped to the end
    cr_assert_str_eq(repr_of(l), "[7, 0, 9, 1, 2, 8]");
    cr_assert_eq(call(l, "pop", 0, NULL), I(8));
    cr_assert_eq(call(l, "pop", 1, (py_val_t[]){I(0)}), I(7));
    cr_assert_eq(call(l, "pop", 1, (py_val_t[]){I(-2)}), I(1));
    cr_assert_str_eq(repr_of(l), "[0, 9, 2]");
}

Test(list, slices_read, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t l = range_list(0, 10, 1);
    cr_assert_str_eq(repr_of(py_getitem(vm, l, slice(I(2), I(5), PY_NONE))), "[2, 3, 4]");
    cr_assert_str_eq(repr_of(py_getitem(vm, l, slice(PY_NONE, PY_NONE, I(-3)))), "[9, 6, 3, 0]");
    cr_assert_str_eq(repr_of(py_getitem(vm, l, slice(I(-2), I(0), I(-2)))), "[8, 6, 4, 2]");
    cr_assert_str_eq(repr_of(py_getitem(vm, l, slice(I(50), I(60), PY_NONE))), "[]");
    cr_assert_eq(py_getitem(vm, l, I(-1)), I(9));
}

Test(list, slices_assign_and_delete, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t l = range_list(0, 6, 1);
    py_setitem(vm, l, slice(I(1), I(3), PY_NONE), range_list(10, 13, 1));
    cr_assert_str_eq(repr_of(l), "[0, 10, 11, 12, 3, 4, 5]");
    py_delitem(vm, l, slice(PY_NONE, PY_NONE, I(2)));
    cr_assert_str_eq(repr_of(l), "[10, 12, 4]");
    py_setitem(vm, l, slice(PY_NONE, PY_NONE, I(-1)), range_list(0, 3, 1));
    cr_assert_str_eq(repr_of(l), "[2, 1, 0]");
    py_setitem(vm, l, slice(I(1), I(1), PY_NONE), l);   // a list into a slice of itself
    cr_assert_str_eq(repr_of(l), "[2, 2, 1, 0, 1, 0]");
    py_delitem(vm, l, I(0));
    cr_assert_str_eq(repr_of(l), "[2, 1, 0, 1, 0]");
}

static void bad_extended_assign(py_vm_t *v, void *ud) {
    (void)v;
    py_setitem(vm, *(py_val_t *)ud, slice(PY_NONE, PY_NONE, I(2)), range_list(0, 3, 1));
}

Test(list, extended_slice_size_mismatch_raises, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t l = range_list(0, 3, 1);
    cr_assert_eq(py_pcall(vm, bad_extended_assign, &l), 1);
    cr_assert(py_exc_is(vm, vm->exc, PY_EXC_ValueError));
    py_val_t msg = py_str_of(vm, vm->exc);
    cr_assert_str_eq(py_str_cstr(vm, msg), "attempt to assign sequence of size 3 to extended slice of size 2");
    vm->exc = PY_NULL;
}

Test(list, sort_is_stable_with_a_key, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t len = py_dict_get_name(vm, vm->builtins_dict, py_str_intern_c(vm, "len"));
    cr_assert_neq(len, PY_NULL);
    static const char *const words[] = {"bb", "a", "ccc", "dd", "e", "fff", "g", "hh"};
    py_val_t l = py_list_new(vm, 0, NULL);
    for (size_t i = 0; i < 8; i++) py_list_append(vm, l, py_str_from_c(vm, words[i]));
    py_list_sort(vm, l, len, false);
    cr_assert_str_eq(repr_of(l), "['a', 'e', 'g', 'bb', 'dd', 'hh', 'ccc', 'fff']");
    py_list_sort(vm, l, len, true);   // reverse keeps equal keys in order too
    cr_assert_str_eq(repr_of(l), "['ccc', 'fff', 'bb', 'dd', 'hh', 'a', 'e', 'g']");
}

Test(list, sort_many_pairs_is_stable, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    enum { N = 3000 };
    py_val_t l = py_list_new(vm, 0, NULL);
    uint32_t x = 12345;
    for (int i = 0; i < N; i++) {
        x = x * 1103515245u + 12345u;
        py_val_t pair[2] = {I((x >> 16) % 50), I(i)};
        py_list_append(vm, l, py_tuple_new(vm, 2, pair));
    }
    // Tuples with many equal first items: the sort must order them fully.
    py_val_t first = py_list_new(vm, 0, NULL);
    for (int i = 0; i < N; i++) py_list_append(vm, first, py_tuple_ptr(py_list_ptr(l)->items[i])->items[0]);
    py_list_sort(vm, l, PY_NULL, false);
    for (int i = 1; i < N; i++)
        cr_assert(!py_less(vm, py_list_ptr(l)->items[i], py_list_ptr(l)->items[i - 1]));
    py_list_sort(vm, first, PY_NULL, true);
    for (int i = 1; i < N; i++)
        cr_assert(!py_less(vm, py_list_ptr(first)->items[i - 1], py_list_ptr(first)->items[i]));
    py_list_sort(vm, l, PY_NULL, false);   // already sorted: the run shortcut path
    cr_assert_eq(py_list_ptr(l)->len, N);
}

static void sort_mixed(py_vm_t *v, void *ud) { py_list_sort(v, *(py_val_t *)ud, PY_NULL, false); }

Test(list, sort_raises_the_comparison_error_and_keeps_items, .init = unit_vm_setup,
     .fini = unit_vm_teardown) {
    py_val_t l = range_list(0, 100, 1);
    py_list_append(vm, l, py_str_from_c(vm, "x"));
    cr_assert_eq(py_pcall(vm, sort_mixed, &l), 1);
    cr_assert(py_exc_is(vm, vm->exc, PY_EXC_TypeError));
    vm->exc = PY_NULL;
    cr_assert_eq(py_list_ptr(l)->len, 101, "the list holds a permutation of its items");
}

Test(list, repr_shows_self_reference, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t l = range_list(1, 3, 1);
    py_list_append(vm, l, l);
    cr_assert_str_eq(repr_of(l), "[1, 2, [...]]");
    cr_assert_str_eq(repr_of(py_list_new(vm, 0, NULL)), "[]");
}

Test(list, compare_and_contains, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t a = range_list(0, 3, 1), b = range_list(0, 4, 1);
    cr_assert(py_truthy(vm, py_compare(vm, PY_CMP_OP_LT, a, b)));
    cr_assert(!py_equal(vm, a, b));
    py_list_append(vm, a, I(3));
    cr_assert(py_equal(vm, a, b));
    cr_assert(py_contains(vm, a, I(2)));
    cr_assert(!py_contains(vm, a, I(9)));
}

// The number of comparisons a sort of [src]'s list `a` makes (a counting __lt__).
static int64_t sort_comparisons(const char *build) {
    static char src[512];
    snprintf(src, sizeof src,
             "class C:\n"
             "    def __init__(self, v): self.v = v\n"
             "    def __lt__(self, o):\n"
             "        global n\n"
             "        n += 1\n"
             "        return self.v < o.v\n"
             "n = 0\n"
             "a = [C(v) for v in %s]\n"
             "a.sort()\n"
             "ok = all(a[i].v <= a[i + 1].v for i in range(len(a) - 1))\n", build);
    py_val_t g = unit_run(src);
    cr_assert_str_eq(unit_get_repr(g, "ok"), "True");
    return unit_get_int(g, "n");
}

Test(list, sort_of_sorted_or_reversed_input_is_linear, .init = unit_vm_setup,
     .fini = unit_vm_teardown) {
    cr_assert_eq(sort_comparisons("range(1000)"), 999);
    cr_assert_eq(sort_comparisons("range(1000, 0, -1)"), 999);
    cr_assert_eq(sort_comparisons("[1] * 1000"), 999);
    // Two runs: one pass to find them, one merge.
    cr_assert_leq(sort_comparisons("list(range(500)) + list(range(500))"), 999 + 1000);
    // Random input stays within n log2 n.
    cr_assert_leq(sort_comparisons("[(i * 7919) % 1009 for i in range(1000)]"), 1000 * 10);
}
