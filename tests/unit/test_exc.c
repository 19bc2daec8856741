// tests/unit/test_exc.c: exception instances (vm/obj_exc.c): args, str and repr forms,
// special attributes, matching, tracebacks and py_exc_print's CPython-format output.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "compile.h"
#include "except.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_list.h"
#include "frame.h"
#include "obj_str.h"
#include "obj_traceback.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(exc, .init = unit_vm_setup, .fini = unit_vm_teardown);

static py_val_t S(const char *s) { return py_str_from_c(vm, s); }
static py_val_t exc2(py_exc_id_t id, py_val_t a, py_val_t b) {
    return py_exc_new(vm, id, py_tuple_new(vm, 2, (py_val_t[]){a, b}));
}

// ---- construction, str and repr -----------------------------------------------------------

Test(exc, new_with_null_args_has_empty_tuple) {
    py_val_t e = py_exc_new(vm, PY_EXC_ValueError, PY_NULL);
    cr_assert_eq(py_tuple_ptr(py_exc_ptr(e)->args)->len, 0);
    cr_assert_str_eq(unit_str(e), "");
    cr_assert_str_eq(unit_repr(e), "ValueError()");
    cr_assert_eq(py_exc_ptr(e)->traceback, PY_NULL);
}

Test(exc, one_argument_str_and_repr) {
    py_val_t e = py_exc_new_msg(vm, PY_EXC_TypeError, "it's bad");
    cr_assert_str_eq(unit_str(e), "it's bad");
    cr_assert_str_eq(unit_repr(e), "TypeError(\"it's bad\")");
    py_val_t n = py_exc_new(vm, PY_EXC_ValueError, py_tuple_new(vm, 1, (py_val_t[]){py_small(3)}));
    cr_assert_str_eq(unit_str(n), "3");
    cr_assert_str_eq(unit_repr(n), "ValueError(3)");
}

Test(exc, several_arguments_show_the_tuple) {
    py_val_t e = exc2(PY_EXC_RuntimeError, py_small(1), S("b"));
    cr_assert_str_eq(unit_str(e), "(1, 'b')");
    cr_assert_str_eq(unit_repr(e), "RuntimeError(1, 'b')");
}

Test(exc, key_error_str_is_the_repr_of_the_key) {
    py_val_t e = py_exc_new(vm, PY_EXC_KeyError, py_tuple_new(vm, 1, (py_val_t[]){S("k")}));
    cr_assert_str_eq(unit_str(e), "'k'");
    cr_assert_str_eq(unit_repr(e), "KeyError('k')");
    cr_assert_str_eq(unit_str(py_exc_new(vm, PY_EXC_KeyError, PY_NULL)), "");
    cr_assert_str_eq(unit_str(exc2(PY_EXC_KeyError, py_small(1), py_small(2))), "(1, 2)");
}

Test(exc, os_error_forms) {
    py_val_t g = unit_run("e = OSError(2, 'No such file')\nt = type(e).__name__\n"
                          "s = str(e)\nr = repr(e)\na = e.args\nn = (e.errno, e.strerror, e.filename)\n"
                          "f = str(OSError(13, 'Denied', 'p.txt'))\nfa = OSError(13, 'Denied', 'p.txt').args\n"
                          "one = str(OSError('just text'))\n");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "t")), "FileNotFoundError");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "s")), "[Errno 2] No such file");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "r")), "FileNotFoundError(2, 'No such file')");
    cr_assert_str_eq(unit_get_repr(g, "n"), "(2, 'No such file', None)");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "f")), "[Errno 13] Denied: 'p.txt'");
    cr_assert_str_eq(unit_get_repr(g, "fa"), "(13, 'Denied')");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "one")), "just text");
}

Test(exc, special_attributes) {
    py_val_t g = unit_run("s = StopIteration(5).value\ns0 = StopIteration().value\n"
                          "c = (SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)\n"
                          "e = ValueError()\nctx = (e.__cause__, e.__context__, e.__traceback__,"
                          " e.__suppress_context__)\n"
                          "i = ImportError('x').name\n");
    cr_assert_eq(unit_get(g, "s"), py_small(5));
    cr_assert_eq(unit_get(g, "s0"), PY_NONE);
    cr_assert_str_eq(unit_get_repr(g, "c"), "(None, 3, (1, 2))");
    cr_assert_str_eq(unit_get_repr(g, "ctx"), "(None, None, None, False)");
    cr_assert_eq(unit_get(g, "i"), PY_NONE);
}

Test(exc, args_can_be_replaced_but_not_deleted) {
    py_val_t g = unit_run("e = ValueError(1)\ne.args = [2, 3]\na = e.args\n"
                          "try:\n    del e.args\nexcept TypeError as x:\n    m = str(x)\n");
    cr_assert_str_eq(unit_get_repr(g, "a"), "(2, 3)");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "m")), "args may not be deleted");
}

Test(exc, cause_must_be_an_exception) {
    py_val_t e = unit_run_raises("ValueError().__cause__ = 1\n", PY_EXC_TypeError);
    cr_assert_str_eq(unit_str(e), "exception cause must be None or derive from BaseException");
    py_val_t g = unit_run("e = ValueError()\ne.__cause__ = KeyError()\ns = e.__suppress_context__\n");
    cr_assert_eq(unit_get(g, "s"), PY_TRUE);
}

Test(exc, subclass_in_python_keeps_args_and_dict) {
    py_val_t g = unit_run("class E(ValueError):\n    def __init__(self, a, b):\n"
                          "        super().__init__(a)\n        self.b = b\n"
                          "e = E(1, 2)\nr = (e.args, e.b, isinstance(e, ValueError), repr(e))\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "((1,), 2, True, 'E(1)')");
}

// ---- matching ---------------------------------------------------------------------------

typedef struct match_job {
    py_val_t exc, spec;
    bool result;
} match_job_t;

static void do_match(py_vm_t *v, void *ud) {
    match_job_t *j = ud;
    j->result = py_exc_matches(v, j->exc, j->spec);
}

static bool matches(py_val_t exc, py_val_t spec) {
    match_job_t j = {exc, spec, false};
    unit_ok(do_match, &j);
    return j.result;
}

Test(exc, matches_types_subtypes_and_tuples) {
    py_val_t e = py_exc_new(vm, PY_EXC_KeyError, PY_NULL);
    py_val_t lookup = py_from_obj(vm->exc_types[PY_EXC_LookupError]);
    py_val_t index = py_from_obj(vm->exc_types[PY_EXC_IndexError]);
    cr_assert(matches(e, lookup));
    cr_assert_not(matches(e, index));
    cr_assert(matches(e, py_tuple_new(vm, 2, (py_val_t[]){index, lookup})));
    cr_assert_not(matches(e, py_tuple_new(vm, 0, NULL)));
    cr_assert(py_exc_is(vm, e, PY_EXC_Exception));
    cr_assert_not(py_exc_is(vm, e, PY_EXC_ValueError));
}

Test(exc, matching_a_non_exception_class_is_a_type_error) {
    match_job_t j = {py_exc_new(vm, PY_EXC_KeyError, PY_NULL), py_from_obj(vm->types[PY_T_int]), false};
    unit_raises_msg(do_match, &j, PY_EXC_TypeError,
                    "catching classes that do not inherit from BaseException is not allowed");
}

// ---- tracebacks --------------------------------------------------------------------------

// The entries of [e]'s traceback as "file:line:name" items, outermost first.
static const char *tb_summary(py_val_t e) {
    static char buf[512];
    size_t n = 0;
    buf[0] = 0;
    for (py_val_t tb = py_exc_ptr(e)->traceback; tb != PY_NULL; tb = py_traceback_ptr(tb)->next) {
        py_traceback_t *t = py_traceback_ptr(tb);
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s:%d:%s", n ? " " : "",
                              py_str_cstr(vm, t->code->filename), py_code_line(t->code, t->index),
                              py_str_cstr(vm, t->code->name));
    }
    return buf;
}

Test(exc, add_traceback_puts_outer_frames_first) {
    py_val_t g = unit_run("def g():\n    pass\n\ndef f():\n    pass\n");
    py_code_t *inner = py_function_ptr(unit_get(g, "g"))->code;
    py_code_t *outer = py_function_ptr(unit_get(g, "f"))->code;
    py_val_t e = py_exc_new(vm, PY_EXC_ValueError, PY_NULL);
    py_exc_add_traceback(vm, e, inner, 0);
    py_exc_add_traceback(vm, e, outer, 0);
    cr_assert_str_eq(tb_summary(e), "<test>:5:f <test>:2:g", "the last added is the outermost");
    cr_assert(py_is_a(vm, py_exc_traceback(e), PY_T_traceback));
    cr_assert_eq(py_exc_traceback(py_exc_new(vm, PY_EXC_ValueError, PY_NULL)), PY_NONE);
}

Test(exc, raising_through_frames_records_lines) {
    py_val_t e = unit_run_raises("def f():\n    raise ValueError('bad')\n\ndef g():\n    f()\ng()\n",
                                 PY_EXC_ValueError);
    cr_assert_str_eq(tb_summary(e), "<test>:6:<module> <test>:5:g <test>:2:f");
}

Test(exc, traceback_attributes) {
    py_val_t g = unit_run("def f():\n    raise KeyError\ntry:\n    f()\nexcept KeyError as e:\n"
                          "    tb = e.__traceback__\nr = (tb.tb_lineno, tb.tb_next.tb_lineno,"
                          " tb.tb_next.tb_next)\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(4, 2, None)");
}

// ---- printing ------------------------------------------------------------------------------

typedef struct print_job {
    py_val_t exc, file;
} print_job_t;

static void do_print(py_vm_t *v, void *ud) {
    print_job_t *j = ud;
    py_exc_print(v, j->exc, j->file);
}

static const char writer_src[] = "class W:\n    def __init__(self):\n        self.out = ''\n"
                                 "    def write(self, s):\n        self.out += s\n"
                                 "w = W()\n";

// What py_exc_print writes for the exception [src] raises (in the same namespace as the writer).
static const char *printed(const char *src, py_exc_id_t id) {
    py_val_t g = unit_run(writer_src);
    py_val_t e = unit_run_raises_in(src, g, id);
    py_val_t w = unit_get(g, "w");
    print_job_t j = {e, w};
    unit_ok(do_print, &j);
    return py_str_cstr(vm, py_getattr(vm, w, py_str_intern_c(vm, "out")));
}

Test(exc, print_traceback_and_message) {
    const char *out = printed("def f():\n    raise KeyError('k')\nf()\n", PY_EXC_KeyError);
    cr_assert_str_eq(out, "Traceback (most recent call last):\n"
                          "  File \"<test>\", line 3, in <module>\n"
                          "  File \"<test>\", line 2, in f\n"
                          "KeyError: 'k'\n");
}

Test(exc, print_without_message_or_traceback) {
    py_val_t g = unit_run(writer_src);
    print_job_t j = {py_exc_new(vm, PY_EXC_StopIteration, PY_NULL), unit_get(g, "w")};
    unit_ok(do_print, &j);
    cr_assert_str_eq(py_str_cstr(vm, py_getattr(vm, j.file, py_str_intern_c(vm, "out"))),
                     "StopIteration\n");
}

Test(exc, print_context_chain) {
    const char *out = printed("try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise ValueError('v')\n",
                              PY_EXC_ValueError);
    cr_assert_str_eq(out, "Traceback (most recent call last):\n"
                          "  File \"<test>\", line 2, in <module>\n"
                          "ZeroDivisionError: division by zero\n"
                          "\nDuring handling of the above exception, another exception occurred:\n\n"
                          "Traceback (most recent call last):\n"
                          "  File \"<test>\", line 4, in <module>\n"
                          "ValueError: v\n");
}

Test(exc, print_cause_chain) {
    const char *out = printed("try:\n    {}['x']\nexcept KeyError as e:\n    raise TypeError('t') from e\n",
                              PY_EXC_TypeError);
    cr_assert_str_eq(out, "Traceback (most recent call last):\n"
                          "  File \"<test>\", line 2, in <module>\n"
                          "KeyError: 'x'\n"
                          "\nThe above exception was the direct cause of the following exception:\n\n"
                          "Traceback (most recent call last):\n"
                          "  File \"<test>\", line 4, in <module>\n"
                          "TypeError: t\n");
}

Test(exc, print_from_none_suppresses_context) {
    const char *out = printed("try:\n    {}['x']\nexcept KeyError:\n    raise TypeError('t') from None\n",
                              PY_EXC_TypeError);
    cr_assert_str_eq(out, "Traceback (most recent call last):\n"
                          "  File \"<test>\", line 4, in <module>\n"
                          "TypeError: t\n");
}

Test(exc, print_user_class_and_failing_str) {
    const char *out = printed("class E(Exception):\n    def __str__(self):\n        raise ValueError\n"
                              "raise E()\n", PY_EXC_Exception);
    cr_assert_str_eq(out, "Traceback (most recent call last):\n"
                          "  File \"<test>\", line 4, in <module>\n"
                          "E: <exception str() failed>\n");
}

static void compile_bad(py_vm_t *v, void *ud) {
    (void)ud;
    const char *src = "a = 1\nx = (1 +\n";
    py_compile(v, src, strlen(src), py_str_from_c(v, "f.py"), PY_PARSE_FILE);
}

Test(exc, print_syntax_error_location) {
    py_val_t g = unit_run(writer_src);
    print_job_t j = {unit_raises(compile_bad, NULL, PY_EXC_SyntaxError), unit_get(g, "w")};
    unit_ok(do_print, &j);
    const char *out = py_str_cstr(vm, py_getattr(vm, j.file, py_str_intern_c(vm, "out")));
    const char *loc = strstr(out, "  File \"f.py\", line 2\n    x = (1 +\n");
    cr_assert_not_null(loc, "got %s", out);
    cr_assert_not_null(strstr(loc, "^\n"), "no caret in %s", out);
    cr_assert_not_null(strstr(out, "\nSyntaxError: "), "got %s", out);
    cr_assert_null(strstr(out, "Traceback"), "got %s", out);
}

Test(exc, with_traceback_returns_self) {
    py_val_t g = unit_run("e = ValueError()\nr = e.with_traceback(None) is e\n");
    cr_assert_eq(unit_get(g, "r"), PY_TRUE);
}
