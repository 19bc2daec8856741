// tests/unit/test_dict.c: the compact ordered dict of vm/obj_dict.c.
// Layer: tests (Criterion). Insertion order, holes, resizes, key equality, versions.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include "except.h"
#include "gc.h"
#include "obj_exc.h"
#include "obj_tuple.h"
#include "obj_dict.h"
#include "obj_float.h"
#include "obj_list.h"
#include "obj_str.h"
#include "runtime.h"
#include "unit_vm.h"

static py_val_t I(py_int_t i) { return py_small(i); }

// The keys of [d] in iteration order, as C ints (all keys must be small ints).
static size_t int_keys(py_val_t d, py_int_t *out, size_t max) {
    size_t pos = 0, n = 0;
    for (py_dict_entry_t *e; (e = py_dict_next(d, &pos)) != NULL && n < max;)
        out[n++] = py_small_val(e->key);
    return n;
}

static const char *repr_of(py_val_t v) { return py_str_cstr(vm, py_repr(vm, v)); }

Test(dict, keeps_insertion_order, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t d = py_dict_new(vm);
    py_int_t order[] = {5, 3, 9, 1, 7}, got[8];
    for (int i = 0; i < 5; i++) py_dict_set(vm, d, I(order[i]), I(i));
    cr_assert_eq(int_keys(d, got, 8), 5);
    for (int i = 0; i < 5; i++) cr_assert_eq(got[i], order[i]);
    py_dict_set(vm, d, I(3), I(100));   // overwriting keeps the position
    int_keys(d, got, 8);
    cr_assert_eq(got[1], 3);
    cr_assert_eq(py_dict_get(vm, d, I(3)), I(100));
}

Test(dict, delete_then_reinsert_goes_last, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t d = py_dict_new(vm);
    for (int i = 0; i < 4; i++) py_dict_set(vm, d, I(i), I(i));
    cr_assert_eq(py_dict_remove(vm, d, I(1)), I(1));
    cr_assert_eq(py_dict_remove(vm, d, I(1)), PY_NULL);
    cr_assert_eq(py_dict_get(vm, d, I(1)), PY_NULL);
    py_dict_set(vm, d, I(1), I(11));
    py_int_t got[8];
    cr_assert_eq(int_keys(d, got, 8), 4);
    cr_assert(got[0] == 0 && got[1] == 2 && got[2] == 3 && got[3] == 1);
    cr_assert_eq(py_len(vm, d), 4);
}

Test(dict, grows_across_resizes_with_thousands_of_keys, .init = unit_vm_setup,
     .fini = unit_vm_teardown) {
    py_val_t d = py_dict_new(vm);
    enum { N = 5000 };
    for (int i = 0; i < N; i++) py_dict_set(vm, d, I(i * 7), I(i));
    cr_assert_eq(py_len(vm, d), N);
    for (int i = 0; i < N; i += 2) py_dict_remove(vm, d, I(i * 7));
    py_gc_collect(vm);
    for (int i = 0; i < N; i++) {
        py_val_t v = py_dict_get(vm, d, I(i * 7));
        if (i % 2) cr_assert_eq(v, I(i), "key %d", i * 7);
        else cr_assert_eq(v, PY_NULL, "deleted key %d", i * 7);
    }
    for (int i = 0; i < N; i += 2) py_dict_set(vm, d, I(i * 7), I(-i));
    cr_assert_eq(py_len(vm, d), N);
    static py_int_t got[N];
    cr_assert_eq(int_keys(d, got, N), N);
    cr_assert_eq(got[0], 7);            // the survivors first, in their order
    cr_assert_eq(got[N / 2], 0);        // then the reinserted keys
    cr_assert_eq(got[N - 1], (N - 2) * 7);
}

Test(dict, equal_numbers_are_one_key, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t d = py_dict_new(vm);
    py_dict_set(vm, d, I(1), I(10));
    py_dict_set(vm, d, py_float_new(vm, 1.0), I(20));
    py_dict_set(vm, d, PY_TRUE, I(30));
    cr_assert_eq(py_len(vm, d), 1);
    cr_assert_eq(py_dict_get(vm, d, I(1)), I(30));
    size_t pos = 0;
    cr_assert_eq(py_dict_next(d, &pos)->key, I(1), "the first key object stays");
    py_dict_set(vm, d, py_float_new(vm, 1.5), I(40));
    cr_assert_eq(py_dict_get(vm, d, py_float_new(vm, 1.5)), I(40));
    cr_assert_eq(py_dict_get(vm, d, I(2)), PY_NULL);
}

Test(dict, str_keys_interned_or_not, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t d = py_dict_new(vm);
    py_val_t name = py_str_intern_c(vm, "alpha");
    py_dict_set_name(vm, d, name, I(1));
    cr_assert_eq(py_dict_get_name(vm, d, name), I(1));
    cr_assert_eq(py_dict_get(vm, d, py_str_from_c(vm, "alpha")), I(1));
    py_str_t *plain = py_str_alloc(vm, 4);   // a str that is certainly not interned
    memcpy(plain->data, "beta", 4);
    py_val_t beta = py_str_finish(vm, plain);
    py_dict_set(vm, d, beta, I(2));
    cr_assert_eq(py_dict_get_name(vm, d, py_str_intern_c(vm, "beta")), I(2));
    cr_assert_eq(py_dict_get_name(vm, d, py_str_intern_c(vm, "gamma")), PY_NULL);
    py_dict_set_name(vm, d, py_str_intern_c(vm, "beta"), I(3));
    cr_assert_eq(py_len(vm, d), 2);
    cr_assert_eq(py_dict_get(vm, d, beta), I(3));
}

Test(dict, version_changes_on_every_mutation, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t d = py_dict_new(vm);
    uint64_t v = py_dict_ptr(d)->version;
    py_dict_set(vm, d, I(1), I(1));
    cr_assert_neq(py_dict_ptr(d)->version, v);
    v = py_dict_ptr(d)->version;
    py_dict_get(vm, d, I(1));
    cr_assert_eq(py_dict_ptr(d)->version, v, "a lookup is no mutation");
    py_dict_set(vm, d, I(1), I(2));
    cr_assert_neq(py_dict_ptr(d)->version, v, "overwriting a value counts");
    v = py_dict_ptr(d)->version;
    py_dict_remove(vm, d, I(1));
    cr_assert_neq(py_dict_ptr(d)->version, v);
    v = py_dict_ptr(d)->version;
    py_dict_remove(vm, d, I(1));
    cr_assert_eq(py_dict_ptr(d)->version, v, "removing an absent key changes nothing");
}

Test(dict, iteration_skips_holes, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t d = py_dict_new(vm);
    for (int i = 0; i < 10; i++) py_dict_set(vm, d, I(i), I(i));
    for (int i = 0; i < 10; i += 3) py_dict_remove(vm, d, I(i));
    py_int_t got[10];
    size_t n = int_keys(d, got, 10);
    cr_assert_eq(n, 6);
    py_int_t want[] = {1, 2, 4, 5, 7, 8};
    for (size_t i = 0; i < n; i++) cr_assert_eq(got[i], want[i]);
}

Test(dict, popitem_is_lifo_and_never_clogs_the_index, .init = unit_vm_setup,
     .fini = unit_vm_teardown) {
    py_val_t d = py_dict_new(vm), k, v;
    // Cycles of insert and popitem leave dummies behind: lookups must still end.
    for (int round = 0; round < 500; round++) {
        for (int i = 0; i < 4; i++) py_dict_set(vm, d, I(round * 10 + i), I(i));
        for (int i = 3; i >= 1; i--) {
            cr_assert(py_dict_pop_last(d, &k, &v));
            cr_assert_eq(k, I(round * 10 + i));
        }
        cr_assert_eq(py_dict_get(vm, d, I(-1)), PY_NULL);
    }
    cr_assert_eq(py_len(vm, d), 500);
    while (py_dict_pop_last(d, &k, &v)) {}
    cr_assert_eq(py_len(vm, d), 0);
}

Test(dict, copy_and_update, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t d = py_dict_new(vm);
    for (int i = 0; i < 20; i++) py_dict_set(vm, d, I(i), I(i * i));
    py_val_t c = py_dict_copy(vm, d);
    py_dict_set(vm, c, I(100), I(1));
    cr_assert_eq(py_len(vm, d), 20);
    cr_assert_eq(py_len(vm, c), 21);
    cr_assert(py_equal(vm, py_dict_copy(vm, d), d));
    py_val_t pairs = py_list_new(vm, 0, NULL);
    py_val_t kv[2] = {I(7), I(-7)};
    py_list_append(vm, pairs, py_tuple_new(vm, 2, kv));
    py_dict_update(vm, d, pairs);
    cr_assert_eq(py_dict_get(vm, d, I(7)), I(-7));
    cr_assert_eq(py_len(vm, d), 20);
}

Test(dict, repr_shows_self_reference, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t d = py_dict_new(vm);
    cr_assert_str_eq(repr_of(d), "{}");
    py_dict_set(vm, d, py_str_from_c(vm, "a"), I(1));
    py_dict_set(vm, d, I(2), d);
    cr_assert_str_eq(repr_of(d), "{'a': 1, 2: {...}}");
}

static void get_missing(py_vm_t *v, void *ud) { py_getitem(v, *(py_val_t *)ud, I(42)); }

Test(dict, missing_key_raises_key_error, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t d = py_dict_new(vm);
    cr_assert_eq(py_pcall(vm, get_missing, &d), 1);
    cr_assert(py_exc_is(vm, vm->exc, PY_EXC_KeyError));
    vm->exc = PY_NULL;
}
