// tests/unit/test_slotwrap.c: slot wrappers (vm/obj_slotwrap.c): which dunders each
// built-in type gets from its C slots, binding, calls, and their errors.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "obj_dict.h"
#include "obj_slotwrap.h"
#include "obj_str.h"
#include "obj_type.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(slotwrap, .init = unit_vm_setup, .fini = unit_vm_teardown);

// True when built-in type [id]'s own dict holds [name].
static bool owns(py_type_id_t id, const char *name) {
    py_slotwrap_materialise(vm, vm->types[id]);
    return py_dict_get_name(vm, vm->types[id]->dict, py_str_intern_c(vm, name)) != PY_NULL;
}

Test(slotwrap, own_slots_only) {
    cr_assert(owns(PY_T_int, "__add__"));
    cr_assert(owns(PY_T_int, "__radd__"));
    cr_assert(owns(PY_T_int, "__divmod__"));
    cr_assert(!owns(PY_T_int, "__matmul__"));
    cr_assert(!owns(PY_T_int, "__iadd__"));
    // bool shares int's add slot, so it is found on int; its & | ^ are its own.
    cr_assert(!owns(PY_T_bool, "__add__"));
    cr_assert(owns(PY_T_bool, "__and__"));
    cr_assert(!owns(PY_T_float, "__invert__"));
    cr_assert(owns(PY_T_float, "__neg__"));
    cr_assert(owns(PY_T_str, "__rmul__"));
    cr_assert(!owns(PY_T_str, "__radd__"));
    cr_assert(owns(PY_T_list, "__iadd__"));
    cr_assert(!owns(PY_T_tuple, "__iadd__"));
    cr_assert(owns(PY_T_set, "__isub__"));
    cr_assert(!owns(PY_T_frozenset, "__ior__"));
    cr_assert(owns(PY_T_object, "__lt__"));
    cr_assert(owns(PY_T_list_iterator, "__next__"));
    cr_assert(owns(PY_T_type, "__call__"));
}

Test(slotwrap, made_on_first_need) {
    py_type_t *t = vm->types[PY_T_range_iterator];
    cr_assert_not_null(t->pending_slots);
    cr_assert_eq(py_dict_get_name(vm, t->dict, vm->names[PY_NAME___next__]), PY_NULL);
    py_val_t f = py_type_lookup(vm, t, vm->names[PY_NAME___next__]);
    cr_assert(py_is_a(vm, f, PY_T_wrapper_descriptor));
    cr_assert_null(t->pending_slots);
    cr_assert_eq(py_dict_get_name(vm, t->dict, vm->names[PY_NAME___next__]), f);
}

Test(slotwrap, hash_none_when_compare_without_hash) {
    py_slotwrap_materialise(vm, vm->types[PY_T_list]);
    py_slotwrap_materialise(vm, vm->types[PY_T_tuple]);
    py_val_t h = py_dict_get_name(vm, vm->types[PY_T_list]->dict, vm->names[PY_NAME___hash__]);
    cr_assert_eq(h, PY_NONE);
    h = py_dict_get_name(vm, vm->types[PY_T_tuple]->dict, vm->names[PY_NAME___hash__]);
    cr_assert(py_is_a(vm, h, PY_T_wrapper_descriptor));
}

Test(slotwrap, hand_written_methods_win) {
    // list.__getitem__ stays a method (CPython's arity wording); __len__ is a wrapper.
    py_slotwrap_materialise(vm, vm->types[PY_T_list]);
    py_val_t g = py_dict_get_name(vm, vm->types[PY_T_list]->dict, vm->names[PY_NAME___getitem__]);
    py_val_t l = py_dict_get_name(vm, vm->types[PY_T_list]->dict, vm->names[PY_NAME___len__]);
    cr_assert(py_is_a(vm, g, PY_T_builtin_function));
    cr_assert(py_is_a(vm, l, PY_T_wrapper_descriptor));
}

Test(slotwrap, calls) {
    unit_expect("int.__add__(1, 2)", "3");
    unit_expect("(5).__radd__(2)", "7");
    unit_expect("(5).__add__(2.0)", "NotImplemented");
    unit_expect("int.__pow__(2, 10, 1000)", "24");
    unit_expect("(7).__divmod__(2)", "(3, 1)");
    unit_expect("[1, 2].__len__()", "2");
    unit_expect("[1].__iadd__([2])", "[1, 2]");
    unit_expect("'ab'.__mul__(2)", "'abab'");
    unit_expect("object.__lt__(1, 2)", "NotImplemented");
    unit_expect("(1).__neg__()", "-1");
    unit_expect("type(int.__add__).__name__", "'wrapper_descriptor'");
    unit_expect("type((1).__add__).__name__", "'method-wrapper'");
    unit_expect("int.__add__", "<slot wrapper '__add__' of 'int' objects>");
    unit_expect("(1).__add__ == (1).__add__", "True");
}

Test(slotwrap, errors) {
    unit_expect_error("int.__add__()", PY_EXC_TypeError,
                      "descriptor '__add__' of 'int' object needs an argument");
    unit_expect_error("int.__add__('a', 1)", PY_EXC_TypeError,
                      "descriptor '__add__' requires a 'int' object but received a 'str'");
    unit_expect_error("(1).__add__()", PY_EXC_TypeError, "expected 1 argument, got 0");
    unit_expect_error("(1).__neg__(1)", PY_EXC_TypeError, "expected 0 arguments, got 1");
    unit_expect_error("(1).__pow__()", PY_EXC_TypeError, " expected at least 1 argument, got 0");
    unit_expect_error("{}.__setitem__(1)", PY_EXC_TypeError, " expected 2 arguments, got 1");
    unit_expect_error("(1).__add__(x=1)", PY_EXC_TypeError,
                      "wrapper __add__() takes no keyword arguments");
    unit_expect_error("iter([]).__next__()", PY_EXC_StopIteration, "");
    unit_expect_error("'a'.__mul__('b')", PY_EXC_TypeError,
                      "'str' object cannot be interpreted as an integer");
}

Test(slotwrap, subclass_calls_base_slot) {
    // The owner's slot runs, not the subclass's dispatcher: no recursion.
    py_val_t g = unit_run("class M(int):\n"
                          "    def __add__(self, o): return int.__add__(self, o) * 10\n"
                          "r = M(1) + 2\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "30");
}
