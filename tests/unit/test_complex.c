// tests/unit/test_complex.c: complex (vm/obj_complex*.c): the C entry points
// (new, hash, part repr, real powers, format) and the type seen from Python.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <math.h>
#include <string.h>
#include <criterion/criterion.h>

#include "obj_complex.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(complex, .init = unit_vm_setup, .fini = unit_vm_teardown);

Test(complex, new_holds_both_parts) {
    py_val_t z = py_complex_new(vm, 1.5, -2.0);
    cr_assert(py_is_complex(vm, z));
    cr_assert_eq(py_type_of(vm, z), vm->types[PY_T_complex]);
    cr_assert_eq(py_complex_ptr(z)->real, 1.5);
    cr_assert_eq(py_complex_ptr(z)->imag, -2.0);
    cr_assert_not(py_is_complex(vm, py_float_new(vm, 1.0)));
    cr_assert_not(py_is_complex(vm, py_small(1)));
    cr_assert_str_eq(unit_repr(z), "(1.5-2j)");
}

static const char *part(double d, bool sign) {
    static char buf[48];
    size_t n = py_complex_part_repr(d, sign, buf, sizeof buf);
    cr_assert_eq(n, strlen(buf));
    return buf;
}

Test(complex, part_repr_drops_point_zero) {
    cr_assert_str_eq(part(1.0, false), "1");
    cr_assert_str_eq(part(1.0, true), "+1");
    cr_assert_str_eq(part(-1.0, true), "-1");
    cr_assert_str_eq(part(100.0, false), "100");
    cr_assert_str_eq(part(1.5, false), "1.5");
    cr_assert_str_eq(part(-0.0, false), "-0");
    cr_assert_str_eq(part(0.0, true), "+0");
    cr_assert_str_eq(part(1e16, false), "1e+16");
    cr_assert_str_eq(part(1.5e-7, true), "+1.5e-07");
    cr_assert_str_eq(part(INFINITY, true), "+inf");
    cr_assert_str_eq(part(-INFINITY, true), "-inf");
    cr_assert_str_eq(part(NAN, false), "nan");
    cr_assert_str_eq(part(-NAN, true), "+nan");   // a NaN is never signed
}

Test(complex, part_repr_truncates_to_the_buffer) {
    char buf[4];
    size_t n = py_complex_part_repr(123456.0, true, buf, sizeof buf);
    cr_assert_eq(n, 3);
    cr_assert_str_eq(buf, "+12");
}

Test(complex, hash_follows_cpython) {
    cr_assert_eq(py_complex_hash(1.0, 0.0), py_int_hash(py_small(1)));
    cr_assert_eq(py_complex_hash(2.5, 0.0), py_float_hash(2.5));
    cr_assert_eq(py_complex_hash(0.0, 1.0), 1000003);
    cr_assert_eq(py_complex_hash(0.0, -1.0), -2000006);   // hash(-1.0) is -2
    cr_assert_eq(py_complex_hash(1.5, 2.5), (py_hash_t)4611686018429387911LL);   // CPython's value
    // -1 is reserved for errors in CPython: a sum of -1 becomes -2.
    cr_assert_eq(py_complex_hash(-1.0, 0.0), -2);
    cr_assert_eq(py_complex_hash(-1000004.0, 1.0), -2);
}

static void pow_real(py_vm_t *v, void *ud) {
    double *ab = ud;
    py_complex_pow_real(v, ab[0], ab[1]);
}

Test(complex, negative_base_to_fractional_power) {
    py_val_t r = py_complex_pow_real(vm, -8.0, 1.0 / 3);
    cr_assert_str_eq(unit_repr(r), "(1.0000000000000002+1.7320508075688772j)");
    r = py_float_binary(vm, PY_OP_POW, -1.0, 0.5);
    cr_assert_str_eq(unit_repr(r), "(6.123233995736766e-17+1j)");
    double big[2] = {-1e300, 1.5};
    unit_raises_msg(pow_real, big, PY_EXC_OverflowError, "complex exponentiation");
}

Test(complex, format_entry_point) {
    py_val_t z = py_complex_new(vm, 1.5, -2.0);
    cr_assert_str_eq(py_str_cstr(vm, py_complex_format(vm, z, py_str_new(vm, "", 0))), "(1.5-2j)");
    cr_assert_str_eq(py_str_cstr(vm, py_complex_format(vm, z, py_str_new(vm, ".2f", 3))), "1.50-2.00j");
    cr_assert_str_eq(py_str_cstr(vm, py_complex_format(vm, z, py_str_new(vm, "*^12", 4))), "**(1.5-2j)**");
    cr_assert_str_eq(py_str_cstr(vm, py_format_value(vm, z, py_str_new(vm, "e", 1))),
                     "1.500000e+00-2.000000e+00j");
}

Test(complex, from_python) {
    unit_expect("1j", "1j");
    unit_expect("1.5e3J", "1500j");
    unit_expect("complex('1+2j')", "(1+2j)");
    unit_expect("complex(1j, 1j)", "(-1+1j)");
    unit_expect("(1+2j) * (3-4j)", "(11+2j)");
    unit_expect("(1+1j) ** 2", "2j");
    unit_expect("abs(3+4j)", "5.0");
    unit_expect("(1+0j) == 1", "True");
    unit_expect("hash(2+0j) == hash(2)", "True");
    unit_expect("(-8) ** 0.5", "(1.7319121124709868e-16+2.8284271247461903j)");
    unit_expect("format(1+2j, '^12')", "'   (1+2j)   '");
}

Test(complex, errors_from_python) {
    unit_expect_error("(1+2j) / 0", PY_EXC_ZeroDivisionError, "complex division by zero");
    unit_expect_error("0j ** -1", PY_EXC_ZeroDivisionError, "0.0 to a negative or complex power");
    unit_expect_error("(2+3j) ** 1000", PY_EXC_OverflowError, "complex exponentiation");
    unit_expect_error("abs(complex(1.7e308, 1.7e308))", PY_EXC_OverflowError, "absolute value too large");
    unit_expect_error("1j < 2j", PY_EXC_TypeError,
                      "'<' not supported between instances of 'complex' and 'complex'");
    unit_expect_error("1j // 2", PY_EXC_TypeError,
                      "unsupported operand type(s) for //: 'complex' and 'int'");
    unit_expect_error("pow(1j, 2, 3)", PY_EXC_ValueError, "complex modulo");
    unit_expect_error("complex('1+')", PY_EXC_ValueError, "complex() arg is a malformed string");
    unit_expect_error("complex('1__0')", PY_EXC_ValueError,
                      "could not convert string to complex: '1__0'");
    unit_expect_error("complex('1', 2)", PY_EXC_TypeError,
                      "complex() can't take second arg if first is a string");
    unit_expect_error("complex([])", PY_EXC_TypeError,
                      "complex() first argument must be a string or a number, not 'list'");
    unit_expect_error("format(1j, '=10')", PY_EXC_ValueError,
                      "'=' alignment flag is not allowed in complex format specifier");
    unit_expect_error("format(1j, '010')", PY_EXC_ValueError,
                      "Zero padding is not allowed in complex format specifier");
}

Test(complex, survives_collections) {
    py_val_t g = unit_run("import gc\n"
                          "zs = [complex(i, -i) for i in range(2000)]\n"
                          "gc.collect()\n"
                          "s = sum(zs, 0j)\n"
                          "t = complex(str(zs[1999]))\n");
    cr_assert_str_eq(unit_get_repr(g, "s"), "(1999000-1999000j)");
    cr_assert_str_eq(unit_get_repr(g, "t"), "(1999-1999j)");
}
