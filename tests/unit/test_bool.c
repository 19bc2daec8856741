// tests/unit/test_bool.c: bool (vm/obj_bool.c): the two immediates, construction,
// repr, arithmetic as int, & | ^ staying bool, hashing as 0 and 1.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "except.h"
#include "runtime.h"
#include "unit_py.h"

// The suite is named after vm/obj_bool.c: <stdbool.h> makes `bool` a macro
// (the suite would print as "_Bool"), and Criterion's macros need it.
TestSuite(obj_bool, .init = unit_vm_setup, .fini = unit_vm_teardown);

Test(obj_bool, values_are_immediates_of_type_bool) {
    cr_assert(py_is_bool(PY_TRUE));
    cr_assert(py_is_bool(PY_FALSE));
    cr_assert_not(py_is_bool(py_small(1)));
    cr_assert_eq(py_bool(3 > 2), PY_TRUE);
    cr_assert_eq(py_type_of(vm, PY_TRUE), vm->types[PY_T_bool]);
    cr_assert(py_isinstance(vm, PY_FALSE, vm->types[PY_T_int]));
    cr_assert(py_is_int(vm, PY_TRUE) == false, "py_is_int is for int values, not bools");
}

Test(obj_bool, repr_and_str) {
    cr_assert_str_eq(unit_repr(PY_TRUE), "True");
    cr_assert_str_eq(unit_str(PY_FALSE), "False");
    unit_expect("f'{True}'", "'True'");
    unit_expect("format(True, 'd')", "'1'");
}

Test(obj_bool, constructor) {
    unit_expect("bool()", "False");
    unit_expect("bool(0)", "False");
    unit_expect("bool(0.0)", "False");
    unit_expect("bool('')", "False");
    unit_expect("bool([0])", "True");
    unit_expect("bool(None)", "False");
    unit_expect_error("bool(1, 2)", PY_EXC_TypeError, "bool expected at most 1 argument, got 2");
    unit_expect_error("bool(x=1)", PY_EXC_TypeError, "bool() takes no keyword arguments");
}

Test(obj_bool, logic_operators_stay_bool) {
    unit_expect("True & False", "False");
    unit_expect("True | False", "True");
    unit_expect("True ^ True", "False");
    unit_expect("False ^ True", "True");
    unit_expect("True & 3", "1");
    unit_expect("5 | False", "5");
    unit_expect("~True", "-2");
}

Test(obj_bool, arithmetic_is_int_arithmetic) {
    unit_expect("True + True", "2");
    unit_expect("True * 3.5", "3.5");
    unit_expect("-True", "-1");
    unit_expect("+False", "0");
    unit_expect("True / 2", "0.5");
    unit_expect("True << 4", "16");
    unit_expect("False ** 0", "1");
    unit_expect("divmod(True, 2)", "(0, 1)");
    unit_expect_error("True // False", PY_EXC_ZeroDivisionError, "integer division or modulo by zero");
}

Test(obj_bool, compare_and_hash_as_ints) {
    unit_expect("True == 1", "True");
    unit_expect("False == 0.0", "True");
    unit_expect("True > False", "True");
    unit_expect("sorted([True, 0, False, -1])", "[-1, 0, False, True]");
    unit_expect("{1: 'a', True: 'b'}", "{1: 'b'}");
    unit_expect("hash(True) == hash(1) and hash(False) == hash(0)", "True");
    cr_assert_eq(py_hash(vm, PY_TRUE), 1);
    cr_assert_eq(py_hash(vm, PY_FALSE), 0);
}

Test(obj_bool, cannot_be_subclassed) {
    unit_expect_error("class B(bool): pass", PY_EXC_TypeError, "type 'bool' is not an acceptable base type");
}

Test(obj_bool, int_conversions) {
    unit_expect("int(True)", "1");
    unit_expect("float(True)", "1.0");
    unit_expect("[10, 20][True]", "20");
    unit_expect("[7] * True", "[7]");
    unit_expect("(7,) * True", "(7,)");
    unit_expect("b'ab' * True", "b'ab'");
    unit_expect("abs(True)", "1");
}
