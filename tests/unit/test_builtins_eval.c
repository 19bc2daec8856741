// tests/unit/test_builtins_eval.c: eval, exec and compile (vm/builtins_eval.c): sources,
// namespaces, code objects and the argument errors.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "except.h"
#include "unit_py.h"

TestSuite(builtins_eval, .init = unit_vm_setup, .fini = unit_vm_teardown);

Test(builtins_eval, eval_sources) {
    unit_expect("eval('1 + 2')", "3");
    unit_expect("eval('  \\t4')", "4");
    unit_expect("eval(b'5 * 2')", "10");
    unit_expect("eval(compile('6', 's', 'eval'))", "6");
    unit_expect("eval(compile('x = 1', 's', 'exec'))", "None");
    unit_expect_error("eval(1)", PY_EXC_TypeError, "eval() arg 1 must be a string, bytes or code object");
    unit_expect_error("eval('1\\x00')", PY_EXC_ValueError, "source code string cannot contain null bytes");
    unit_expect_error("eval(' 1', {}, {}, 1)", PY_EXC_TypeError, "eval expected at most 3 arguments, got 4");
}

Test(builtins_eval, eval_namespaces) {
    unit_expect("eval('a + b', {'a': 1}, {'b': 2})", "3");
    unit_expect("eval('a', {'a': 1}, {'a': 2})", "2");
    unit_expect("(lambda n: eval('n * 2'))(21)", "42");
    unit_expect("eval('k', {}, type('D', (dict,), {'__missing__': lambda s, k: k * 2})())", "'kk'");
    unit_expect_error("eval('1', [])", PY_EXC_TypeError, "globals must be a real dict; try eval(expr, {}, mapping)");
    unit_expect_error("eval('1', 1)", PY_EXC_TypeError, "globals must be a dict");
    unit_expect_error("eval('1', {}, 1)", PY_EXC_TypeError, "locals must be a mapping");
}

Test(builtins_eval, exec_namespaces) {
    py_val_t g = unit_run("g = {}\nl = {}\nr = exec('x = 1\\nglobal y\\ny = 2', g, l)\n"
                          "out = (r, sorted(l), 'y' in g, '__builtins__' in g)\n");
    cr_assert_str_eq(unit_get_repr(g, "out"), "(None, ['x'], True, True)");
    unit_expect_error("exec('1', 1)", PY_EXC_TypeError, "exec() globals must be a dict, not int");
    unit_expect_error("exec('1', {}, 1)", PY_EXC_TypeError, "locals must be a mapping or None, not int");
    unit_expect_error("exec()", PY_EXC_TypeError, "exec() takes at least 1 positional argument (0 given)");
    unit_expect_error("exec('return 1')", PY_EXC_SyntaxError, "'return' outside function (<string>, line 1)");
}

Test(builtins_eval, exec_in_a_function_uses_one_locals_dict) {
    py_val_t g = unit_run("def f():\n    v = 1\n    exec('w = v + 1')\n    return locals()['w']\nr = f()\n");
    cr_assert_eq(unit_get_int(g, "r"), 2);
}

Test(builtins_eval, compile_arguments) {
    unit_expect("compile('1', 'name', 'eval').co_filename", "'name'");
    unit_expect("compile(source='1', filename=b'b', mode='exec').co_filename", "'b'");
    unit_expect_error("compile('1', 'f', 'x')", PY_EXC_ValueError,
                      "compile() mode must be 'exec', 'eval' or 'single'");
    unit_expect_error("compile('1', 'f', 'exec', 1 << 30)", PY_EXC_ValueError, "compile(): unrecognised flags");
    unit_expect_error("compile('1', 'f', 'exec', 0, 0, 3)", PY_EXC_ValueError, "compile(): invalid optimize value");
    unit_expect_error("compile(1, 'f', 'exec')", PY_EXC_TypeError,
                      "compile() arg 1 must be a string, bytes or AST object");
    unit_expect_error("compile('1', 'f')", PY_EXC_TypeError, "compile() missing required argument 'mode' (pos 3)");
    unit_expect_error("compile('', 'f', 'single')", PY_EXC_SyntaxError, "invalid syntax (f, line 0)");
}

Test(builtins_eval, compile_single_needs_no_blank_line) {
    py_val_t g = unit_run("c = compile('if 1:\\n    x = 5', 's', 'single')\nexec(c)\n");
    cr_assert_eq(unit_get_int(g, "x"), 5);
}

Test(builtins_eval, code_with_free_variables) {
    unit_expect_error("def f():\n    a = 1\n    return lambda: a\nexec(f().__code__)", PY_EXC_TypeError,
                      "code object requires a closure of exactly length 1");
    unit_expect_error("def f():\n    a = 1\n    return lambda: a\neval(f().__code__)", PY_EXC_TypeError,
                      "code object passed to eval() may not contain free variables");
}
