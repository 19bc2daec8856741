// tests/unit/test_func.c: functions and their calls: argument binding (vm/call.c),
// function, builtin, bound method, cell and descriptor objects (vm/obj_func.c), and
// code objects' line and exception tables (vm/obj_code.c).
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "code.h"
#include "except.h"
#include "frame.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(func, .init = unit_vm_setup, .fini = unit_vm_teardown);

// ---- binding arguments (call.c) --------------------------------------------------------

Test(func, positional_defaults_and_keywords) {
    unit_expect("(lambda a, b=2, c=3: (a, b, c))(1)", "(1, 2, 3)");
    unit_expect("(lambda a, b=2, c=3: (a, b, c))(1, c=9)", "(1, 2, 9)");
    unit_expect("(lambda a, b=2, c=3: (a, b, c))(c=0, b=1, a=2)", "(2, 1, 0)");
    unit_expect("(lambda a, /, b: (a, b))(1, b=2)", "(1, 2)");
}

Test(func, keyword_only_and_star_args) {
    unit_expect("(lambda a, *rest, k=0, **kw: (a, rest, k, kw))(1, 2, 3, k=4, z=5)",
                "(1, (2, 3), 4, {'z': 5})");
    unit_expect("(lambda *a: a)()", "()");
    unit_expect("(lambda **k: k)()", "{}");
    unit_expect("(lambda *, k: k)(k=7)", "7");
    unit_expect("(lambda a, /, **kw: (a, kw))(1, a=2)", "(1, {'a': 2})");
    unit_expect("(lambda a, b: (a, b))(*[1], **{'b': 2})", "(1, 2)");
}

Test(func, too_many_positional) {
    unit_expect_error("def f(a): pass\nf(1, 2)", PY_EXC_TypeError,
                      "f() takes 1 positional argument but 2 were given");
    unit_expect_error("def f(): pass\nf(1)", PY_EXC_TypeError,
                      "f() takes 0 positional arguments but 1 was given");
    unit_expect_error("def f(a, b=1): pass\nf(1, 2, 3)", PY_EXC_TypeError,
                      "f() takes from 1 to 2 positional arguments but 3 were given");
    unit_expect_error("def f(a, *, k): pass\nf(1, 2, k=3)", PY_EXC_TypeError,
                      "f() takes 1 positional argument but 2 positional arguments "
                      "(and 1 keyword-only argument) were given");
}

Test(func, missing_arguments) {
    unit_expect_error("def f(a): pass\nf()", PY_EXC_TypeError,
                      "f() missing 1 required positional argument: 'a'");
    unit_expect_error("def f(a, b): pass\nf()", PY_EXC_TypeError,
                      "f() missing 2 required positional arguments: 'a' and 'b'");
    unit_expect_error("def f(a, b, c): pass\nf()", PY_EXC_TypeError,
                      "f() missing 3 required positional arguments: 'a', 'b', and 'c'");
    unit_expect_error("def f(*, k): pass\nf()", PY_EXC_TypeError,
                      "f() missing 1 required keyword-only argument: 'k'");
}

Test(func, keyword_errors) {
    unit_expect_error("def f(a): pass\nf(1, a=2)", PY_EXC_TypeError,
                      "f() got multiple values for argument 'a'");
    unit_expect_error("def f(a): pass\nf(b=2)", PY_EXC_TypeError,
                      "f() got an unexpected keyword argument 'b'");
    unit_expect_error("def f(a, /): pass\nf(a=1)", PY_EXC_TypeError,
                      "f() got some positional-only arguments passed as keyword arguments: 'a'");
}

Test(func, methods_report_their_qualified_name) {
    unit_expect_error("class A:\n    def m(self): pass\nA().m(1)", PY_EXC_TypeError,
                      "A.m() takes 1 positional argument but 2 were given");
    unit_expect_error("class A:\n    def m(self, x): pass\nA().m()", PY_EXC_TypeError,
                      "A.m() missing 1 required positional argument: 'x'");
}

Test(func, defaults_are_evaluated_once) {
    py_val_t g = unit_run("def f(x, acc=[]):\n    acc.append(x)\n    return acc\n"
                          "f(1)\nr = f(2)\nd = f.__defaults__\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "[1, 2]");
    cr_assert_str_eq(unit_get_repr(g, "d"), "([1, 2],)");
}

Test(func, closures_share_cells) {
    py_val_t g = unit_run("def make():\n    n = 0\n    def inc():\n        nonlocal n\n"
                          "        n += 1\n        return n\n    def get():\n        return n\n"
                          "    return inc, get\ninc, get = make()\ninc()\ninc()\nr = get()\n"
                          "c = type(inc.__closure__[0]).__name__\nv = inc.__closure__[0].cell_contents\n");
    cr_assert_eq(unit_get_int(g, "r"), 2);
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "c")), "cell");
    cr_assert_eq(unit_get_int(g, "v"), 2);
}

Test(func, unbound_free_variable) {
    unit_expect_error("def f():\n    def g():\n        return x\n    r = g()\n    x = 1\nf()",
                      PY_EXC_NameError,
                      "cannot access free variable 'x' where it is not associated with a value in enclosing scope");
}

// ---- function objects (obj_func.c) -------------------------------------------------------

Test(func, function_attributes_and_repr) {
    py_val_t g = unit_run("def outer():\n    def inner(a, b=1):\n        'doc'\n        return a\n"
                          "    return inner\nf = outer()\n"
                          "r = (f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__)\n"
                          "s = repr(f)\nt = type(f).__name__\n"
                          "f.extra = 5\ne = f.extra\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "('inner', 'outer.<locals>.inner', 'doc', '__main__', (1,))");
    const char *s = py_str_cstr(vm, unit_get(g, "s"));
    cr_assert(!strncmp(s, "<function outer.<locals>.inner at 0x", 36), "got %s", s);
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "t")), "function");
    cr_assert_eq(unit_get_int(g, "e"), 5);
}

Test(func, function_missing_attribute) {
    unit_expect_error("def f(): pass\nf.nope", PY_EXC_AttributeError,
                      "'function' object has no attribute 'nope'");
}

Test(func, bound_methods) {
    py_val_t g = unit_run("class A:\n    def m(self, x):\n        return (self.v, x)\n"
                          "a = A()\na.v = 1\nb = a.m\nr = b(2)\n"
                          "same = (b.__self__ is a, b.__func__ is A.m, a.m == a.m, a.m is a.m)\n"
                          "t = type(b).__name__\nu = A.m(a, 3)\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(1, 2)");
    cr_assert_str_eq(unit_get_repr(g, "same"), "(True, True, True, False)");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "t")), "method");
    cr_assert_str_eq(unit_get_repr(g, "u"), "(1, 3)");
    const char *r = unit_repr(py_getattr(vm, unit_get(g, "a"), py_str_intern_c(vm, "m")));
    cr_assert(!strncmp(r, "<bound method A.m of <__main__.A object at 0x", 45), "got %s", r);
}

Test(func, bound_method_from_c) {
    py_val_t g = unit_run("def f(self, x):\n    return self * x\n");
    py_val_t m = py_bound_method_new(vm, unit_get(g, "f"), py_small(6));
    cr_assert_eq(py_call1(vm, m, py_small(7)), py_small(42));
}

Test(func, property_classmethod_staticmethod) {
    py_val_t g = unit_run("class A:\n    def __init__(self):\n        self._x = 1\n"
                          "    @property\n    def x(self):\n        return self._x\n"
                          "    @x.setter\n    def x(self, v):\n        self._x = v * 10\n"
                          "    @x.deleter\n    def x(self):\n        self._x = None\n"
                          "    @classmethod\n    def c(cls, y):\n        return (cls.__name__, y)\n"
                          "    @staticmethod\n    def s(y):\n        return y + 1\n"
                          "a = A()\nr1 = a.x\na.x = 2\nr2 = a.x\ndel a.x\nr3 = a.x\n"
                          "r4 = (A.c(1), a.c(2), A.s(1), a.s(2))\n"
                          "r5 = type(A.__dict__['x']).__name__\n");
    cr_assert_eq(unit_get_int(g, "r1"), 1);
    cr_assert_eq(unit_get_int(g, "r2"), 20);
    cr_assert_eq(unit_get(g, "r3"), PY_NONE);
    cr_assert_str_eq(unit_get_repr(g, "r4"), "(('A', 1), ('A', 2), 2, 3)");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "r5")), "property");
}

Test(func, read_only_property_errors) {
    unit_expect_error("class A:\n    @property\n    def x(self):\n        return 1\nA().x = 2", PY_EXC_AttributeError,
                      "property 'x' of 'A' object has no setter");
    unit_expect_error("class A:\n    @property\n    def x(self):\n        return 1\ndel A().x", PY_EXC_AttributeError,
                      "property 'x' of 'A' object has no deleter");
    // Not `x = property()`: CPython names it through __set_name__, which the VM lacks (reported).
    unit_expect_error("class A:\n    def x(self): pass\n    x = property(None, x)\nA().x",
                      PY_EXC_AttributeError, "property 'x' of 'A' object has no getter");
}

Test(func, property_from_arguments) {
    py_val_t g = unit_run("class A:\n    x = property(lambda self: 5, doc='d')\nr = (A().x, A.x.__doc__)\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(5, 'd')");
    unit_expect_error("property(1, 2, 3, 4, 5)", PY_EXC_TypeError, "property() takes at most 4 arguments (5 given)");
}

// ---- built-in functions (obj_func.c) ---------------------------------------------------------

Test(func, builtin_argument_checks) {
    unit_expect_error("len()", PY_EXC_TypeError, "len() takes exactly one argument (0 given)");
    unit_expect_error("len(1, 2)", PY_EXC_TypeError, "len() takes exactly one argument (2 given)");
    unit_expect_error("len([], x=1)", PY_EXC_TypeError, "len() takes no keyword arguments");
    unit_expect_error("[].append()", PY_EXC_TypeError, "list.append() takes exactly one argument (0 given)");
    unit_expect_error("'a'.split(',', 1, 2)", PY_EXC_TypeError, "split() takes at most 2 arguments (3 given)");
    unit_expect_error("[].copy(1)", PY_EXC_TypeError, "list.copy() takes no arguments (1 given)");
    unit_expect_error("list.append()", PY_EXC_TypeError, "unbound method list.append() needs an argument");
}

Test(func, builtin_repr_and_binding) {
    unit_expect("repr(len)", "'<built-in function len>'");
    unit_expect("type(len).__name__", "'builtin_function_or_method'");
    unit_expect("[].append.__self__", "[]");
    unit_expect("(lambda f: f(1) or f(2) or f)([].append).__self__", "[1, 2]");
    unit_expect("list.append.__name__", "'append'");
    unit_expect("dict.fromkeys('ab')", "{'a': None, 'b': None}");
    const char *r = unit_repr(unit_eval("[].append"));
    cr_assert(!strncmp(r, "<built-in method append of list object at 0x", 44), "got %s", r);
}

static py_val_t twice(py_vm_t *v, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)v, (void)kwnames;
    return py_small((py_int_t)nargs * 2 + (nargs ? py_small_val(args[0]) : 0));
}

static const py_method_def_t twice_def = {"twice", twice, 1, 2, 0};

typedef struct cjob {
    py_val_t f;
    size_t n;
    py_val_t result;
} cjob_t;

static void call_n(py_vm_t *v, void *ud) {
    cjob_t *c = ud;
    py_val_t args[3] = {py_small(10), py_small(1), py_small(2)};
    c->result = py_call(v, c->f, c->n, args, PY_NULL);
}

Test(func, builtin_new_checks_counts_before_calling) {
    py_val_t f = py_builtin_new(vm, &twice_def, PY_NULL);
    cjob_t ok = {f, 2, PY_NULL};
    unit_ok(call_n, &ok);
    cr_assert_eq(ok.result, py_small(14));
    cjob_t none = {f, 0, PY_NULL};
    unit_raises_msg(call_n, &none, PY_EXC_TypeError, "twice expected at least 1 argument, got 0");
    cjob_t many = {f, 3, PY_NULL};
    unit_raises_msg(call_n, &many, PY_EXC_TypeError, "twice expected at most 2 arguments, got 3");
}

typedef struct check_job {
    size_t nargs, min, max;
} check_job_t;

static void do_check(py_vm_t *v, void *ud) {
    check_job_t *c = ud;
    py_arg_check(v, "mod.fn", c->nargs, c->min, c->max);
}

Test(func, arg_check_wording) {
    check_job_t in_range = {1, 0, 2};
    unit_ok(do_check, &in_range);
    check_job_t j1 = {1, 0, 0};
    unit_raises_msg(do_check, &j1, PY_EXC_TypeError, "mod.fn() takes no arguments (1 given)");
    check_job_t j2 = {3, 2, 2};
    unit_raises_msg(do_check, &j2, PY_EXC_TypeError, "fn expected 2 arguments, got 3");
    check_job_t j3 = {0, 2, 3};
    unit_raises_msg(do_check, &j3, PY_EXC_TypeError, "fn expected at least 2 arguments, got 0");
    check_job_t j4 = {5, 0, 1};
    unit_raises_msg(do_check, &j4, PY_EXC_TypeError, "fn expected at most 1 argument, got 5");
}

Test(func, arg_kw_finds_keywords) {
    py_val_t kw = py_tuple_new(vm, 2, (py_val_t[]){py_name(vm, PY_NAME_key), py_name(vm, PY_NAME_reverse)});
    py_val_t args[3] = {py_small(0), py_small(1), PY_TRUE};
    cr_assert_eq(py_arg_kw(vm, 1, args, kw, PY_NAME_reverse), PY_TRUE);
    cr_assert_eq(py_arg_kw(vm, 1, args, kw, PY_NAME_key), py_small(1));
    cr_assert_eq(py_arg_kw(vm, 1, args, kw, PY_NAME_sep), PY_NULL);
    cr_assert_eq(py_arg_kw(vm, 1, args, PY_NULL, PY_NAME_key), PY_NULL);
}

static void no_kw(py_vm_t *v, void *ud) {
    py_arg_no_kw(v, "print", *(py_val_t *)ud);
}

Test(func, arg_no_kw) {
    py_val_t empty = py_tuple_new(vm, 0, NULL), none = PY_NULL;
    unit_ok(no_kw, &empty);
    unit_ok(no_kw, &none);
    py_val_t kw = py_tuple_new(vm, 1, (py_val_t[]){py_name(vm, PY_NAME_key)});
    unit_raises_msg(no_kw, &kw, PY_EXC_TypeError, "print() takes no keyword arguments");
}

// ---- code objects (obj_code.c) -------------------------------------------------------------

// A code object with a hand-made position table (format in vm/code.h).
static py_code_t *code_with_lines(const uint8_t *table, uint32_t n, int firstline) {
    py_code_t *co = py_code_new(vm);
    co->linetable = py_gc_new_bytes(vm, n);
    memcpy(co->linetable, table, n);
    co->nlinetable = n;
    co->firstline = firstline;
    return co;
}

// An entry header: [count] instructions, line delta field [delta].
#define HEAD(count, delta) (uint8_t)(((count) - 1) | (delta) << 3)

Test(func, code_line_walks_the_entries) {
    // 2 instructions at +0, 3 at +2, 1 at -1 (escaped: zigzag 1), 8 + 1 at +100
    // (escaped, two-byte varint), all with unknown columns (0, then end delta 0).
    static const uint8_t table[] = {HEAD(2, 0), 0, 0, HEAD(3, 2), 0, 0,
                                    HEAD(1, PY_CODE_POS_LINE_ESCAPE), 1, 0, 0,
                                    HEAD(8, PY_CODE_POS_LINE_ESCAPE), 0xc8, 0x01, 0, 0,
                                    HEAD(1, 0), 0, 0};
    py_code_t *co = code_with_lines(table, sizeof table, 10);
    cr_assert_eq(py_code_line(co, 0), 10);
    cr_assert_eq(py_code_line(co, 1), 10);
    cr_assert_eq(py_code_line(co, 2), 12);
    cr_assert_eq(py_code_line(co, 4), 12);
    cr_assert_eq(py_code_line(co, 5), 11);
    cr_assert_eq(py_code_line(co, 6), 111);
    cr_assert_eq(py_code_line(co, 14), 111);
    cr_assert_eq(py_code_line(co, 9999), 111, "past the end: the last line");
}

Test(func, code_position_decodes_columns) {
    // cols 0..4 on line 10; then line 11 col 2 to line 12 col 8; then unknown
    // columns spanning 11..13.
    static const uint8_t table[] = {HEAD(2, 0), 1, 8, HEAD(1, 1), 3, 2 << 1 | 1, 9,
                                    HEAD(1, 0), 0, 4};
    py_code_t *co = code_with_lines(table, sizeof table, 10);
    py_code_pos_t p = py_code_position(co, 1);
    cr_assert(p.line == 10 && p.end_line == 10 && p.col == 0 && p.end_col == 4);
    p = py_code_position(co, 2);
    cr_assert(p.line == 11 && p.end_line == 12 && p.col == 2 && p.end_col == 8,
              "a position may span lines: %d %d %d %d", p.line, p.end_line, p.col, p.end_col);
    p = py_code_position(co, 3);
    cr_assert(p.line == 11 && p.end_line == 13 && p.col == -1 && p.end_col == -1,
              "col 0 encodes unknown columns: %d %d %d %d", p.line, p.end_line, p.col, p.end_col);
}

Test(func, compiled_positions_round_trip) {
    py_val_t g = unit_run("def f(a):\n    x = a +   1\n    return [a,\n            x]\n");
    py_code_t *co = py_function_ptr(unit_get(g, "f"))->code;
    bool saw_binop = false, saw_list = false;
    for (uint32_t i = 0; i < co->ncode; i++) {
        py_code_pos_t p = py_code_position(co, i);
        if (p.line == 2 && p.col == 8 && p.end_col == 15) saw_binop = true;
        if (p.line == 3 && p.end_line == 4 && p.col == 11 && p.end_col == 14) saw_list = true;
    }
    cr_assert(saw_binop, "a +   1 spans columns 8-15 of line 2");
    cr_assert(saw_list, "the list display spans lines 3-4");
}

Test(func, code_new_is_empty) {
    py_code_t *co = py_code_new(vm);
    cr_assert_eq(co->ncode, 0);
    cr_assert_eq(co->nexc, 0);
    cr_assert_eq(py_code_line(co, 0), 1, "no table: the first line");
    cr_assert_null(py_code_find_handler(co, 0));
    cr_assert_str_eq(py_type_name(vm, py_from_obj(co)), "code");
}

Test(func, find_handler_prefers_the_innermost_entry) {
    py_code_t *co = py_code_new(vm);
    co->exctable = py_gc_new_bytes(vm, 2 * sizeof(py_exc_entry_t));
    co->exctable[0] = (py_exc_entry_t){4, 8, 20, 1};    // inner
    co->exctable[1] = (py_exc_entry_t){2, 12, 30, 0};   // outer
    co->nexc = 2;
    cr_assert_null(py_code_find_handler(co, 1));
    cr_assert_eq(py_code_find_handler(co, 2)->handler, 30);
    cr_assert_eq(py_code_find_handler(co, 4)->handler, 20);
    cr_assert_eq(py_code_find_handler(co, 7)->depth, 1);
    cr_assert_eq(py_code_find_handler(co, 8)->handler, 30, "end is exclusive");
    cr_assert_null(py_code_find_handler(co, 12));
}

Test(func, compiled_code_maps_lines_and_handlers) {
    py_val_t g = unit_run("def f(x):\n    a = 1\n    try:\n        a = x[0]\n    except IndexError:\n"
                          "        a = 2\n    return a\n");
    py_val_t f = unit_get(g, "f");
    py_code_t *co = py_code_ptr(py_getattr(vm, f, py_str_intern_c(vm, "__code__")));
    cr_assert_eq(co->firstline, 1);
    int lo = 1 << 30, hi = 0;
    for (uint32_t i = 0; i < co->ncode; i++) {
        int line = py_code_line(co, i);
        if (line < lo) lo = line;
        if (line > hi) hi = line;
    }
    cr_assert_geq(lo, 1);
    cr_assert_eq(hi, 7, "the return is the last line");
    cr_assert_geq(co->nexc, 1);
    bool covered = false;   // some instruction of line 4 is protected by a handler
    for (uint32_t i = 0; i < co->ncode; i++)
        if (py_code_line(co, i) == 4 && py_code_find_handler(co, i)) covered = true;
    cr_assert(covered);
    cr_assert_null(py_code_find_handler(co, co->ncode - 1), "the return is outside the try");
}
