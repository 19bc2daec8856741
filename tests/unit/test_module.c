// tests/unit/test_module.c: module objects (vm/obj_module.c): creation, attributes,
// modules built from a C definition, repr forms.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "except.h"
#include "obj_dict.h"
#include "obj_module.h"
#include "obj_str.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(module, .init = unit_vm_setup, .fini = unit_vm_teardown);

static py_val_t N(const char *s) { return py_str_intern_c(vm, s); }

Test(module, new_sets_name_in_its_dict) {
    py_val_t m = py_module_new(vm, N("mymod"));
    cr_assert_str_eq(py_type_name(vm, m), "module");
    py_module_t *p = (py_module_t *)py_obj(m);
    cr_assert_eq(p->name, N("mymod"));
    cr_assert_eq(py_dict_get_name(vm, p->dict, vm->names[PY_NAME___name__]), N("mymod"));
    cr_assert_eq(py_getattr(vm, m, vm->names[PY_NAME___name__]), N("mymod"));
    cr_assert_eq(py_getattr(vm, m, vm->names[PY_NAME___dict__]), p->dict);
}

Test(module, set_and_get_attributes) {
    py_val_t m = py_module_new(vm, N("mymod"));
    py_module_set(vm, m, "answer", py_small(42));
    cr_assert_eq(py_getattr(vm, m, N("answer")), py_small(42));
    py_setattr(vm, m, N("other"), py_small(1));
    cr_assert_eq(py_dict_get_name(vm, ((py_module_t *)py_obj(m))->dict, N("other")), py_small(1));
    py_setattr(vm, m, N("other"), PY_NULL);
    cr_assert_eq(py_getattr_opt(vm, m, N("other")), PY_NULL);
}

typedef struct attr_job {
    py_val_t m;
    const char *name;
    bool del;
} attr_job_t;

static void attr_op(py_vm_t *v, void *ud) {
    attr_job_t *j = ud;
    if (j->del) py_setattr(v, j->m, py_str_intern_c(v, j->name), PY_NULL);
    else py_getattr(v, j->m, py_str_intern_c(v, j->name));
}

Test(module, missing_attributes_raise) {
    py_val_t m = py_module_new(vm, N("mymod"));
    attr_job_t get = {m, "nope", false}, del = {m, "nope", true};
    unit_raises_msg(attr_op, &get, PY_EXC_AttributeError, "module 'mymod' has no attribute 'nope'");
    unit_raises_msg(attr_op, &del, PY_EXC_AttributeError, "'module' object has no attribute 'nope'");
}

static py_val_t hello(py_vm_t *v, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    return py_str_from_c(v, "hi");
}

static const py_method_def_t demo_functions[] = {
    {"hello", hello, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

static void demo_init(py_vm_t *v, py_val_t module) { py_module_set(v, module, "VERSION", py_small(3)); }

static const py_module_def_t demo_def = {"demo", demo_functions, demo_init, NULL};

Test(module, from_def_adds_functions_and_runs_init) {
    py_val_t m = py_module_from_def(vm, &demo_def);
    cr_assert_eq(py_getattr(vm, m, N("VERSION")), py_small(3));
    py_val_t f = py_getattr(vm, m, N("hello"));
    cr_assert_str_eq(py_type_name(vm, f), "builtin_function_or_method");
    cr_assert_str_eq(py_str_cstr(vm, py_call0(vm, f)), "hi");
    cr_assert_str_eq(unit_repr(m), "<module 'demo'>", "not registered in sys.modules");
}

Test(module, repr_forms) {
    cr_assert_str_eq(unit_repr(vm->sys), "<module 'sys' (built-in)>");
    cr_assert_str_eq(unit_repr(vm->builtins), "<module 'builtins' (built-in)>");
    py_val_t m = py_module_new(vm, N("x"));
    cr_assert_str_eq(unit_repr(m), "<module 'x'>");
    py_module_set(vm, m, "__file__", py_str_from_c(vm, "/a/x.py"));
    cr_assert_str_eq(unit_repr(m), "<module 'x' from '/a/x.py'>");
}

Test(module, constructor_from_python) {
    unit_expect("type(__import__('sys'))('m')", "<module 'm'>");
    unit_expect("type(__import__('sys'))('m', 'doc').__doc__", "'doc'");
    unit_expect("type(__import__('sys'))(doc='d', name='m').__doc__", "'d'");
    unit_expect("type(__import__('sys'))('m').__doc__", "None");
    unit_expect("type(__import__('sys'))('sys')", "<module 'sys'>");
    unit_expect_error("import sys\ntype(sys)(1)", PY_EXC_TypeError,
                      "module() argument 'name' must be str, not int");
    unit_expect_error("import sys\ntype(sys)()", PY_EXC_TypeError,
                      "module() missing required argument 'name' (pos 1)");
    unit_expect_error("import sys\ntype(sys)('a', 'b', 'c')", PY_EXC_TypeError,
                      "module() takes at most 2 arguments (3 given)");
    unit_expect_error("import sys\ntype(sys)('a', x=1)", PY_EXC_TypeError,
                      "'x' is an invalid keyword argument for module()");
    unit_expect_error("import sys\ntype(sys)('a', name='b')", PY_EXC_TypeError,
                      "argument for module() given by name ('name') and position (1)");
}

Test(module, import_returns_the_registered_module) {
    py_val_t g = unit_run("import sys\nsys.tag = 5\nimport sys as s2\nr = (s2.tag, s2 is sys, sys.__name__)\n"
                          "del sys.tag\nh = hasattr(sys, 'tag')\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(5, True, 'sys')");
    cr_assert_eq(unit_get(g, "h"), PY_FALSE);
}
