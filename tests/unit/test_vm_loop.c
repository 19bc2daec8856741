// tests/unit/test_vm_loop.c: the bytecode loop (vm/vm_loop.c) and its slow paths
// (vm/vm_ops.c), through compiled snippets: control flow, exceptions across frames,
// finally, recursion limits, interrupts, unpacking, calls with * and **, classes, f-strings.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <signal.h>

#include "except.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_str.h"
#include "obj_traceback.h"
#include "port_unix.h"
#include "runtime.h"
#include "unit_py.h"
#include "vm_loop.h"

TestSuite(vm_loop, .init = unit_vm_setup, .fini = unit_vm_teardown);

// ---- control flow ---------------------------------------------------------------------------

Test(vm_loop, loops_with_break_continue_else) {
    py_val_t g = unit_run("s = 0\nfor i in range(10):\n    if i % 2:\n        continue\n"
                          "    if i > 6:\n        break\n    s += i\nelse:\n    s = -1\n"
                          "w = 0\nn = 5\nwhile n:\n    n -= 1\n    w += n\nelse:\n    w += 100\n"
                          "e = 0\nfor x in []:\n    pass\nelse:\n    e = 1\n");
    cr_assert_eq(unit_get_int(g, "s"), 12);
    cr_assert_eq(unit_get_int(g, "w"), 110);
    cr_assert_eq(unit_get_int(g, "e"), 1);
}

Test(vm_loop, nested_functions_and_comprehensions) {
    py_val_t g = unit_run("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
                          "r = [fib(i) for i in range(10)]\nd = {k: v for k, v in zip('ab', (1, 2))}\n"
                          "s = sorted({x % 3 for x in range(10)})\ng = sum(x * x for x in range(4))\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "[0, 1, 1, 2, 3, 5, 8, 13, 21, 34]");
    cr_assert_str_eq(unit_get_repr(g, "d"), "{'a': 1, 'b': 2}");
    cr_assert_str_eq(unit_get_repr(g, "s"), "[0, 1, 2]");
    cr_assert_eq(unit_get_int(g, "g"), 14);
}

Test(vm_loop, eval_returns_the_value) {
    unit_expect("1 + 2 * 3", "7");
    unit_expect("[i for i in 'ab']", "['a', 'b']");
    unit_expect("(lambda: (yield_ := 3))()", "3");
}

Test(vm_loop, globals_and_builtins_lookup) {
    py_val_t g = unit_run("len = lambda x: 42\na = len([])\ndel len\nb = len([1])\n"
                          "def f():\n    global c\n    c = 9\nf()\n");
    cr_assert_eq(unit_get_int(g, "a"), 42);
    cr_assert_eq(unit_get_int(g, "b"), 1);
    cr_assert_eq(unit_get_int(g, "c"), 9);
    cr_assert_neq(py_dict_get_name(vm, g, vm->names[PY_NAME___builtins__]), PY_NULL,
                  "py_vm_exec sets __builtins__");
}

// ---- exceptions through frames -----------------------------------------------------------------

Test(vm_loop, exception_crosses_frames_to_its_handler) {
    py_val_t g = unit_run("def a():\n    raise KeyError('k')\ndef b():\n    a()\n    return 'no'\n"
                          "try:\n    b()\nexcept (TypeError, KeyError) as e:\n    r = repr(e)\n"
                          "try:\n    e\nexcept NameError:\n    cleared = True\n");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "r")), "KeyError('k')");
    cr_assert_eq(unit_get(g, "cleared"), PY_TRUE, "the as-name is deleted after the handler");
}

Test(vm_loop, unhandled_exception_escapes_with_traceback) {
    py_val_t e = unit_run_raises("def f():\n    return 1 / 0\nf()\n", PY_EXC_ZeroDivisionError);
    cr_assert_str_eq(unit_str(e), "division by zero");
    py_traceback_t *tb = py_traceback_ptr(py_exc_ptr(e)->traceback);
    cr_assert_eq(py_code_line(tb->code, tb->index), 3);
    cr_assert_str_eq(py_str_cstr(vm, tb->code->name), "<module>");
    py_traceback_t *inner = py_traceback_ptr(tb->next);
    cr_assert_eq(py_code_line(inner->code, inner->index), 2);
    cr_assert_str_eq(py_str_cstr(vm, inner->code->name), "f");
    cr_assert_eq(inner->next, PY_NULL);
    cr_assert_null(vm->frame);
    cr_assert_eq(vm->depth, 0);
}

Test(vm_loop, finally_runs_on_every_exit) {
    py_val_t g = unit_run("log = []\n"
                          "def f(mode):\n    for i in range(3):\n        try:\n"
                          "            if mode == 0:\n                return 'ret'\n"
                          "            if mode == 1:\n                break\n"
                          "            if mode == 2:\n                raise ValueError\n"
                          "            if mode == 3:\n                continue\n"
                          "        finally:\n            log.append(mode)\n    return 'end'\n"
                          "r = [f(0), f(1), f(3)]\n"
                          "try:\n    f(2)\nexcept ValueError:\n    r.append('raised')\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "['ret', 'end', 'end', 'raised']");
    cr_assert_str_eq(unit_get_repr(g, "log"), "[0, 1, 3, 3, 3, 2]");
}

Test(vm_loop, return_in_finally_wins) {
    py_val_t g = unit_run("def f():\n    try:\n        return 1\n    finally:\n        return 2\n"
                          "def g():\n    try:\n        raise KeyError\n    finally:\n        return 3\n"
                          "r = (f(), g())\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(2, 3)");
}

Test(vm_loop, nested_handlers_and_reraise) {
    py_val_t g = unit_run("def f():\n    try:\n        try:\n            {}[1]\n"
                          "        except KeyError:\n            raise\n    except LookupError as e:\n"
                          "        return type(e).__name__\n"
                          "r = f()\n"
                          "try:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n"
                          "        raise ValueError('v')\nexcept ValueError as e:\n"
                          "    ctx = type(e.__context__).__name__\n"
                          "try:\n    raise TypeError('t') from KeyError('c')\nexcept TypeError as e:\n"
                          "    cause = repr(e.__cause__)\n");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "r")), "KeyError");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "ctx")), "ZeroDivisionError");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "cause")), "KeyError('c')");
}

Test(vm_loop, raise_errors) {
    unit_expect_error("raise 5", PY_EXC_TypeError, "exceptions must derive from BaseException");
    unit_expect_error("raise", PY_EXC_RuntimeError, "No active exception to reraise");
    unit_expect_error("raise ValueError from 1", PY_EXC_TypeError,
                      "exception causes must derive from BaseException");
    unit_expect_error("try:\n    1 / 0\nexcept 5:\n    pass\n", PY_EXC_TypeError,
                      "catching classes that do not inherit from BaseException is not allowed");
}

Test(vm_loop, with_statement_enters_exits_and_suppresses) {
    py_val_t g = unit_run("log = []\nclass CM:\n    def __init__(self, swallow):\n        self.s = swallow\n"
                          "    def __enter__(self):\n        log.append('enter')\n        return 7\n"
                          "    def __exit__(self, t, v, tb):\n        log.append(t.__name__ if t else None)\n"
                          "        return self.s\n"
                          "with CM(False) as x:\n    y = x\n"
                          "with CM(True):\n    raise KeyError\n"
                          "try:\n    with CM(False):\n        raise ValueError\nexcept ValueError:\n"
                          "    log.append('propagated')\n");
    cr_assert_eq(unit_get_int(g, "y"), 7);
    cr_assert_str_eq(unit_get_repr(g, "log"),
                     "['enter', None, 'enter', 'KeyError', 'enter', 'ValueError', 'propagated']");
    unit_expect_error("with 1:\n    pass\n", PY_EXC_TypeError,
                      "'int' object does not support the context manager protocol");
}

// ---- recursion -----------------------------------------------------------------------------

Test(vm_loop, deep_recursion_is_a_recursion_error_and_the_vm_recovers) {
    py_val_t e = unit_run_raises("def f(n):\n    return f(n + 1)\nf(0)\n", PY_EXC_RecursionError);
    cr_assert_str_eq(unit_str(e), "maximum recursion depth exceeded");
    cr_assert_eq(vm->depth, 0);
    cr_assert_eq(vm->stack_top, vm->stack);
    py_val_t g = unit_run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nr = f(900)\n");
    cr_assert_eq(unit_get_int(g, "r"), 900);
}

Test(vm_loop, recursion_error_can_be_caught_in_python) {
    py_val_t g = unit_run("def f():\n    return f()\n"
                          "try:\n    f()\nexcept RecursionError as e:\n    m = str(e)\nafter = len('abc')\n");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "m")), "maximum recursion depth exceeded");
    cr_assert_eq(unit_get_int(g, "after"), 3);
}

Test(vm_loop, recursion_through_c_is_caught_too) {
    py_val_t g = unit_run("class A:\n    def __repr__(self):\n        return repr(self)\n"
                          "try:\n    repr(A())\nexcept RecursionError:\n    ok = True\n");
    cr_assert_eq(unit_get(g, "ok"), PY_TRUE);
    cr_assert_eq(vm->c_depth, 0);
}

// ---- interrupts -------------------------------------------------------------------------------

Test(vm_loop, sigint_raises_keyboard_interrupt_in_a_loop) {
    py_port_init(vm->c_stack_base);
    py_port_bind_vm(vm);
    raise(SIGINT);   // the port's handler records it and sets vm->pending
    cr_assert_neq(vm->pending, 0);
    py_val_t e = unit_run_raises("n = 0\nwhile True:\n    n += 1\n", PY_EXC_KeyboardInterrupt);
    cr_assert(py_exc_is(vm, e, PY_EXC_BaseException));
    cr_assert_not(py_exc_is(vm, e, PY_EXC_Exception), "not caught by except Exception");
    cr_assert_eq(vm->pending, 0);
    py_val_t g = unit_run("r = sum(range(1000))\n");
    cr_assert_eq(unit_get_int(g, "r"), 499500, "the VM runs on after the interrupt");
    py_port_bind_vm(NULL);
}

Test(vm_loop, keyboard_interrupt_passes_except_exception) {
    py_port_init(vm->c_stack_base);
    py_port_bind_vm(vm);
    raise(SIGINT);
    py_val_t e = unit_run_raises("try:\n    while True:\n        pass\nexcept Exception:\n    pass\n",
                                 PY_EXC_KeyboardInterrupt);
    cr_assert_str_eq(unit_repr(e), "KeyboardInterrupt()");
    py_port_bind_vm(NULL);
}

Test(vm_loop, pending_without_interrupt_is_cleared) {
    vm->pending = 1;   // something else wanted attention: the poll finds no Ctrl-C
    py_val_t g = unit_run("n = 0\nfor i in range(100):\n    n += i\n");
    cr_assert_eq(unit_get_int(g, "n"), 4950);
    cr_assert_eq(vm->pending, 0);
}

// ---- vm_ops.c -------------------------------------------------------------------------------------

Test(vm_loop, unpacking) {
    py_val_t g = unit_run("a, b = 1, 2\nc, (d, e) = 'x', [3, 4]\nf, *g, h = range(5)\n*i, = 'ab'\n"
                          "j, k = {'p': 1, 'q': 2}\nr = (a, b, c, d, e, f, g, h, i, j, k)\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(1, 2, 'x', 3, 4, 0, [1, 2, 3], 4, ['a', 'b'], 'p', 'q')");
    unit_expect_error("a, b, c = 1, 2", PY_EXC_ValueError, "not enough values to unpack (expected 3, got 2)");
    unit_expect_error("a, b = [1, 2, 3]", PY_EXC_ValueError, "too many values to unpack (expected 2)");
    unit_expect_error("a, *b, c, d = 'ab'", PY_EXC_ValueError,
                      "not enough values to unpack (expected at least 3, got 2)");
    unit_expect_error("a, b = 5", PY_EXC_TypeError, "cannot unpack non-iterable int object");
}

Test(vm_loop, calls_with_star_and_double_star) {
    py_val_t g = unit_run("def f(*a, **k):\n    return (a, k)\n"
                          "r = f(1, *[2, 3], *(), x=1, **{'y': 2}, **{})\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "((1, 2, 3), {'x': 1, 'y': 2})");
    unit_expect_error("def f(**k): pass\nf(a=1, **{'a': 2})", PY_EXC_TypeError,
                      "__main__.f() got multiple values for keyword argument 'a'");
    unit_expect_error("def f(a): pass\nf(1, **{'a': 2})", PY_EXC_TypeError,
                      "f() got multiple values for argument 'a'");
}

Test(vm_loop, class_bodies_build_classes) {
    py_val_t g = unit_run("class A:\n    x = 1\n    y = x + 1\n    def m(self):\n        return self.y\n"
                          "class B(A):\n    z = [i for i in range(2)]\n"
                          "r = (A.y, B().m(), B.z, B.__name__, B.__module__)\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(2, 2, [0, 1], 'B', '__main__')");
}

Test(vm_loop, fstrings_format_and_join) {
    unit_expect("f'{1 + 1}-{\"x\"!r}-{3.14159:.2f}-{\"ab\":>4}-{255:#x}'", "\"2-'x'-3.14-  ab-0xff\"");
    unit_expect("f'{\"s\"!s}{\"s\"!r}'", "\"s's'\"");
    unit_expect("f'{10:{\"0\"}{5}}'", "'00010'");
    unit_expect("f''", "''");
    unit_expect_error("f'{1:q}'", PY_EXC_ValueError, "Unknown format code 'q' for object of type 'int'");
}

Test(vm_loop, set_and_dict_displays) {
    unit_expect("sorted({*[1, 2], *(2, 3)})", "[1, 2, 3]");
    unit_expect("{**{'a': 1}, 'b': 2, **{'a': 3}}", "{'a': 3, 'b': 2}");
    unit_expect("[*range(3), *'ab']", "[0, 1, 2, 'a', 'b']");
    unit_expect_error("{**1}", PY_EXC_TypeError, "'int' object is not a mapping");
}

Test(vm_loop, name_errors) {
    unit_expect_error("undefined_name", PY_EXC_NameError, "name 'undefined_name' is not defined");
    unit_expect_error("def f():\n    x\n    x = 1\nf()", PY_EXC_UnboundLocalError,
                      "cannot access local variable 'x' where it is not associated with a value");
    unit_expect_error("def f():\n    del y\n    y = 1\nf()", PY_EXC_UnboundLocalError,
                      "cannot access local variable 'y' where it is not associated with a value");
}

Test(vm_loop, make_function_keeps_defaults_and_closure) {
    py_val_t g = unit_run("def outer(a):\n    def inner(b=a * 2, *, c=a):\n        return (a, b, c)\n"
                          "    return inner\nf = outer(5)\nr = (f(), f(1, c=0), f.__kwdefaults__)\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "((5, 10, 5), (5, 1, 0), {'c': 5})");
}

// ---- py_vm_loop_caller_frame -------------------------------------------------------------------

// True when the loop called it itself, and the frame it names lies above
// this native's own (the stack grows down on the hosts the suite runs on).
static py_val_t probe(py_vm_t *v, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    volatile char here = 0;
    const void *frame = py_vm_loop_caller_frame(v, probe, args);
    if (frame) cr_assert((uintptr_t)frame > (uintptr_t)&here, "the loop's frame is above the native's");
    return py_bool(frame != NULL);
}

static const py_method_def_t probe_def = {"probe", probe, 0, PY_VARARGS, 0};

static py_val_t probe_globals(void) {
    py_val_t g = unit_run("");
    py_dict_set_name(vm, g, py_str_intern_c(vm, "probe"), py_builtin_new(vm, &probe_def, PY_NULL));
    return g;
}

Test(vm_loop, caller_frame_is_known_for_calls_the_loop_makes) {
    py_val_t g = probe_globals();
    unit_run_in("p = probe\ndef f():\n    return probe(1, 2)\n"
                "r = (probe(), p(), f(), probe(*[1]), [probe() for _ in 'a'][0],\n"
                "     sorted([2, 1], key=lambda x: probe() and x) == [1, 2])\n", g);
    cr_assert_str_eq(unit_get_repr(g, "r"), "(True, True, True, True, True, True)");
}

Test(vm_loop, caller_frame_is_unknown_for_calls_from_c) {
    py_val_t g = probe_globals();
    unit_run_in("r = (next(iter(probe, None)), list(map(probe, [0]))[0], list(filter(probe, [1])))\n"
                "class K:\n    __eq__ = probe\nk = K()\n"
                // next's slot, the loop's last call through C, holds probe
                // when K.__eq__ calls it: the arguments tell the calls apart.
                "next(iter([0]))\nt = (probe, k == 1)\ne = t[1]\n", g);
    cr_assert_str_eq(unit_get_repr(g, "r"), "(False, False, [])");
    cr_assert_str_eq(unit_get_repr(g, "e"), "False");
    // Straight from C, with no loop running at all.
    cr_assert_eq(vm->run, NULL);
    cr_assert_eq(py_call(vm, unit_get(g, "probe"), 0, NULL, PY_NULL), PY_FALSE);
}
