// tests/unit/test_builtins_obj.c: the built-ins about objects and namespaces
// (vm/builtins_obj.c) that test_builtins.c does not cover: issubclass, callable, id,
// hash, ascii, format, globals, locals, vars, dir, and the attribute functions' errors.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "except.h"
#include "unit_py.h"

TestSuite(builtins_obj, .init = unit_vm_setup, .fini = unit_vm_teardown);

Test(builtins_obj, isinstance_and_issubclass) {
    unit_expect("isinstance(True, int)", "True");
    unit_expect("isinstance(1, (str, (float, int)))", "True");
    unit_expect("issubclass(bool, int)", "True");
    unit_expect("issubclass(int, (str, object))", "True");
    unit_expect("issubclass(KeyError, LookupError)", "True");
    unit_expect_error("issubclass(1, int)", PY_EXC_TypeError, "issubclass() arg 1 must be a class");
    unit_expect_error("isinstance(1, 2)", PY_EXC_TypeError,
                      "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

Test(builtins_obj, callable_id_hash) {
    unit_expect("(callable(len), callable(int), callable(1), callable(lambda: 0))",
                "(True, True, False, True)");
    unit_expect("(lambda a, b: (id(a) == id(a), id(a) == id(b)))(object(), object())", "(True, False)");
    unit_expect("hash(5) == hash(5.0) == hash(True * 5)", "True");
    unit_expect_error("hash([])", PY_EXC_TypeError, "unhashable type: 'list'");
}

Test(builtins_obj, ascii_and_format) {
    unit_expect("ascii('é\\n')", "\"'\\\\xe9\\\\n'\"");
    unit_expect("ascii(['ü'])", "\"['\\\\xfc']\"");
    unit_expect("format(3.14159, '.2f')", "'3.14'");
    unit_expect("format(42)", "'42'");
    unit_expect("format('x', '>3')", "'  x'");
    unit_expect_error("format(1, 2)", PY_EXC_TypeError, "format() argument 2 must be str, not int");
}

Test(builtins_obj, attribute_functions) {
    py_val_t g = unit_run("class A: pass\na = A()\nsetattr(a, 'x', 1)\nr = (getattr(a, 'x'), "
                          "getattr(a, 'y', 'dflt'), hasattr(a, 'x'), hasattr(a, 'y'))\n"
                          "delattr(a, 'x')\nh = hasattr(a, 'x')\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(1, 'dflt', True, False)");
    cr_assert_eq(unit_get(g, "h"), PY_FALSE);
    unit_expect_error("getattr(1, 2)", PY_EXC_TypeError, "attribute name must be string, not 'int'");
    unit_expect_error("hasattr(1, 2)", PY_EXC_TypeError, "attribute name must be string, not 'int'");
    unit_expect_error("getattr(1, 'nope')", PY_EXC_AttributeError, "'int' object has no attribute 'nope'");
}

Test(builtins_obj, globals_locals_vars) {
    py_val_t g = unit_run("x = 1\nr = globals()['x']\n"
                          "def f(a):\n    b = 2\n    return sorted(locals().items())\nl = f(1)\n"
                          "class A:\n    def __init__(self):\n        self.v = 3\nv = vars(A())\n"
                          "same = locals() is globals()\n");
    cr_assert_eq(unit_get_int(g, "r"), 1);
    cr_assert_str_eq(unit_get_repr(g, "l"), "[('a', 1), ('b', 2)]");
    cr_assert_str_eq(unit_get_repr(g, "v"), "{'v': 3}");
    cr_assert_eq(unit_get(g, "same"), PY_TRUE);
    unit_expect_error("vars(1)", PY_EXC_TypeError, "vars() argument must have __dict__ attribute");
}

Test(builtins_obj, dir_lists_sorted_names) {
    py_val_t g = unit_run("class A:\n    def m(self): pass\na = A()\na.z = 1\nd = dir(a)\n"
                          "r = ('m' in d, 'z' in d, d == sorted(d), '__init__' in dir(A))\n"
                          "def f():\n    q = 1\n    return dir()\nfd = f()\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(True, True, True, True)");
    cr_assert_str_eq(unit_get_repr(g, "fd"), "['q']");
}
