// tests/unit/test_compiler.c: the compiler and the bytecode loop, end to end:
// small programs run in a fresh namespace, compile-time SyntaxErrors, stack depths.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "code.h"
#include "compile.h"
#include "except.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "unit_vm.h"

typedef struct job {
    const char *src;
    py_parse_mode_t mode;
    py_val_t globals, result, code;
} job_t;

static void run_job(py_vm_t *v, void *ud) {
    job_t *j = ud;
    j->code = py_compile(v, j->src, strlen(j->src), py_str_from_c(v, "<test>"), j->mode);
    j->globals = py_dict_new(v);
    j->result = py_vm_exec(v, j->code, j->globals);
}

// Runs [src] as a module; fails the test if it raises.
static py_val_t run(const char *src) {
    job_t j = {src, PY_PARSE_FILE, PY_NULL, PY_NULL, PY_NULL};
    if (py_pcall(vm, run_job, &j)) {
        py_val_t r = py_repr(vm, vm->exc);
        cr_assert_fail("raised %s", py_str_cstr(vm, r));
    }
    return j.globals;
}

static py_val_t eval(const char *src) {
    job_t j = {src, PY_PARSE_EVAL, PY_NULL, PY_NULL, PY_NULL};
    cr_assert_eq(py_pcall(vm, run_job, &j), 0);
    return j.result;
}

static py_val_t get(py_val_t globals, const char *name) {
    py_val_t v = py_dict_get(vm, globals, py_str_intern_c(vm, name));
    cr_assert_neq(v, PY_NULL, "%s is not set", name);
    return v;
}

static int64_t get_int(py_val_t globals, const char *name) {
    py_val_t v = get(globals, name);
    cr_assert(py_is_small(v), "%s is not a small int", name);
    return py_small_val(v);
}

static const char *get_repr(py_val_t globals, const char *name) {
    return py_str_cstr(vm, py_repr(vm, get(globals, name)));
}

// Compiles [src] expecting exception [id]; returns the exception.
static py_val_t compile_error(const char *src, py_exc_id_t id) {
    job_t j = {src, PY_PARSE_FILE, PY_NULL, PY_NULL, PY_NULL};
    cr_assert_eq(py_pcall(vm, run_job, &j), 1, "no error for %s", src);
    cr_assert(py_exc_is(vm, vm->exc, id));
    return vm->exc;
}

static void expect_syntax(const char *src, const char *msg, int line) {
    py_val_t e = compile_error(src, PY_EXC_SyntaxError);
    py_val_t m = py_getattr(vm, e, py_str_intern_c(vm, "msg"));
    cr_assert_str_eq(py_str_cstr(vm, m), msg);
    cr_assert_eq(py_getattr(vm, e, py_str_intern_c(vm, "lineno")), py_small(line));
}

// ---- running programs ----------------------------------------------------------

Test(compiler, arithmetic_and_names, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = run("a = 1 + 2 * 3\nb = a - 10\nc = -5 // 2\nd = a; d += 1\n");
    cr_assert_eq(get_int(g, "a"), 7);
    cr_assert_eq(get_int(g, "b"), -3);
    cr_assert_eq(get_int(g, "c"), -3);
    cr_assert_eq(get_int(g, "d"), 8);
}

Test(compiler, eval_mode, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    cr_assert_eq(eval("6 * 7"), py_small(42));
    cr_assert_eq(eval("1 < 2 < 3"), PY_TRUE);
    cr_assert_eq(eval("1 < 3 < 2"), PY_FALSE);
}

Test(compiler, control_flow, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = run("s = 0\nfor i in range(10):\n    if i == 7: break\n    if i % 2: continue\n    s += i\n"
                     "else:\n    s = -1\nn = 0\nwhile n < 5:\n    n += 1\nelse:\n    n *= 10\n");
    cr_assert_eq(get_int(g, "s"), 0 + 2 + 4 + 6);
    cr_assert_eq(get_int(g, "n"), 50);
}

Test(compiler, functions_and_arguments, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = run("def f(a, b=2, *args, c, d=4, **kw):\n    return (a, b, args, c, d, kw)\n"
                     "r1 = f(1, c=3)\nr2 = f(1, 2, 3, c=5, e=6)\n"
                     "def p(a, /, b): return a - b\nr3 = p(10, b=3)\n"
                     "r4 = (lambda x, y=3: x * y)(2)\n");
    cr_assert_str_eq(get_repr(g, "r1"), "(1, 2, (), 3, 4, {})");
    cr_assert_str_eq(get_repr(g, "r2"), "(1, 2, (3,), 5, 4, {'e': 6})");
    cr_assert_eq(get_int(g, "r3"), 7);
    cr_assert_eq(get_int(g, "r4"), 6);
}

Test(compiler, recursion, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = run("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nr = fib(20)\n");
    cr_assert_eq(get_int(g, "r"), 6765);
}

Test(compiler, recursion_limit, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = run("def deep(n): return deep(n + 1)\ntry:\n    deep(0)\nexcept RecursionError as e:\n"
                     "    msg = str(e)\n");
    cr_assert_str_eq(get_repr(g, "msg"), "'maximum recursion depth exceeded'");
}

Test(compiler, closures, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = run("def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n"
                     "        return n\n    return inc\nc = counter(); c(); r = c()\n"
                     "def adder(x):\n    return lambda y: x + y\nr2 = adder(3)(4)\n");
    cr_assert_eq(get_int(g, "r"), 2);
    cr_assert_eq(get_int(g, "r2"), 7);
}

Test(compiler, comprehensions, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = run("l = [x * x for x in range(5) if x % 2]\nd = {k: v for k, v in zip('ab', [1, 2])}\n"
                     "n = [[i * j for j in range(2)] for i in range(2)]\ns = sum(i for i in range(5))\n"
                     "w = [y := 5, y ** 2]\n");
    cr_assert_str_eq(get_repr(g, "l"), "[1, 9]");
    cr_assert_str_eq(get_repr(g, "d"), "{'a': 1, 'b': 2}");
    cr_assert_str_eq(get_repr(g, "n"), "[[0, 0], [0, 1]]");
    cr_assert_eq(get_int(g, "s"), 10);
    cr_assert_str_eq(get_repr(g, "w"), "[5, 25]");
}

Test(compiler, unpacking, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = run("a, *b, c = range(5)\n(x, y), z = (1, 2), 3\np, q = 1, 2\np, q = q, p\n"
                     "m = [*b, *'xy']\nd = {**{'k': 1}, 'j': 2}\n");
    cr_assert_str_eq(get_repr(g, "b"), "[1, 2, 3]");
    cr_assert_eq(get_int(g, "c"), 4);
    cr_assert_eq(get_int(g, "y"), 2);
    cr_assert_eq(get_int(g, "p"), 2);
    cr_assert_str_eq(get_repr(g, "m"), "[1, 2, 3, 'x', 'y']");
    cr_assert_str_eq(get_repr(g, "d"), "{'k': 1, 'j': 2}");
}

Test(compiler, exceptions_and_finally, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = run("log = []\ndef f():\n    try:\n        try:\n            raise ValueError('a')\n"
                     "        finally:\n            log.append('inner')\n    except ValueError as e:\n"
                     "        log.append(str(e))\n    finally:\n        log.append('outer')\n    return 1\n"
                     "f()\ndef g():\n    try:\n        return 'try'\n    finally:\n        log.append('g')\n"
                     "r = g()\ntry:\n    raise KeyError('k') from TypeError('t')\nexcept KeyError as e:\n"
                     "    cause = repr(e.__cause__)\n");
    cr_assert_str_eq(get_repr(g, "log"), "['inner', 'a', 'outer', 'g']");
    cr_assert_str_eq(get_repr(g, "r"), "'try'");
    cr_assert_str_eq(get_repr(g, "cause"), "\"TypeError('t')\"");
}

Test(compiler, break_through_finally, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = run("log = []\nfor i in range(5):\n    try:\n        if i == 2: break\n        continue\n"
                     "    finally:\n        log.append(i)\n");
    cr_assert_str_eq(get_repr(g, "log"), "[0, 1, 2]");
}

Test(compiler, classes_and_super, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = run("class A:\n    def __init__(self, x): self.x = x\n    def get(self): return self.x\n"
                     "class B(A):\n    def __init__(self, x):\n        super().__init__(x + 1)\n"
                     "    def get(self): return super().get() * 10\nr = B(1).get()\nq = B.get.__qualname__\n");
    cr_assert_eq(get_int(g, "r"), 20);
    cr_assert_str_eq(get_repr(g, "q"), "'B.get'");
}

Test(compiler, with_statement, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = run("log = []\nclass C:\n    def __enter__(self): log.append('in'); return 5\n"
                     "    def __exit__(self, t, v, tb): log.append(t.__name__); return True\n"
                     "with C() as v:\n    log.append(v)\n    raise ValueError\nlog.append('after')\n");
    cr_assert_str_eq(get_repr(g, "log"), "['in', 5, 'ValueError', 'after']");
}

Test(compiler, fstrings, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = run("x = 3\ns = f'{x} {x!r} {x:>3} {\"a\" + \"b\"}'\n");
    cr_assert_str_eq(get_repr(g, "s"), "'3 3   3 ab'");
}

Test(compiler, runtime_errors, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = run("def f(x): pass\ntry:\n    f()\nexcept TypeError as e:\n    a = str(e)\n"
                     "def h():\n    print(y)\n    y = 1\ntry:\n    h()\nexcept UnboundLocalError as e:\n"
                     "    b = str(e)\ntry:\n    nope\nexcept NameError as e:\n    c = str(e)\n");
    cr_assert_str_eq(get_repr(g, "a"), "\"f() missing 1 required positional argument: 'x'\"");
    cr_assert_str_eq(get_repr(g, "b"),
                     "\"cannot access local variable 'y' where it is not associated with a value\"");
    cr_assert_str_eq(get_repr(g, "c"), "\"name 'nope' is not defined\"");
}

// ---- compile-time errors -----------------------------------------------------------

Test(compiler, syntax_errors, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    expect_syntax("x = 1\nreturn x\n", "'return' outside function", 2);
    expect_syntax("break\n", "'break' outside loop", 1);
    expect_syntax("def f():\n    continue\n", "'continue' not properly in loop", 2);
    expect_syntax("def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2);
    expect_syntax("nonlocal x\n", "nonlocal declaration not allowed at module level", 1);
    expect_syntax("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3);
    expect_syntax("yield 1\n", "'yield' outside function", 1);
    expect_syntax("await x\n", "'await' outside function", 1);
}

// ---- code objects ---------------------------------------------------------------------

Test(compiler, stack_depth, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    job_t j = {"x = (a, b, c, d)\n", PY_PARSE_FILE, PY_NULL, PY_NULL, PY_NULL};
    py_pcall(vm, run_job, &j);   // raises NameError at run time; the code is what we check
    cr_assert_neq(j.code, PY_NULL);
    cr_assert_eq(py_code_ptr(j.code)->stacksize, 4);
    job_t k = {"f(1, g(2, 3), 4)\n", PY_PARSE_FILE, PY_NULL, PY_NULL, PY_NULL};
    py_pcall(vm, run_job, &k);
    // f NULL 1 g NULL 2 3: seven slots at the deepest point.
    cr_assert_eq(py_code_ptr(k.code)->stacksize, 7);
}

Test(compiler, line_table, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    job_t j = {"a = 1\n\nb = 2\n", PY_PARSE_FILE, PY_NULL, PY_NULL, PY_NULL};
    cr_assert_eq(py_pcall(vm, run_job, &j), 0);
    py_code_t *co = py_code_ptr(j.code);
    cr_assert_eq(py_code_line(co, 0), 1);
    cr_assert_eq(py_code_line(co, co->ncode - 3), 3);
}
