// tests/unit/test_match.c: the match statement: compile-time SyntaxErrors (messages and
// positions as CPython 3.11 gives them), the stack rotation helper, and bindings.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "compile.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "unit_py.h"
#include "vm_match.h"

typedef struct job {
    const char *src;
} job_t;

static void compile_job(py_vm_t *v, void *ud) {
    job_t *j = ud;
    py_compile(v, j->src, strlen(j->src), py_str_from_c(v, "<test>"), PY_PARSE_FILE);
}

static py_val_t attr(py_val_t obj, const char *name) {
    return py_getattr(vm, obj, py_str_intern_c(vm, name));
}

// Compiling [src] raises SyntaxError [msg] at [line] and 1-based column [offset].
static void expect_syntax(const char *src, const char *msg, int line, int offset) {
    job_t j = {src};
    py_val_t e = unit_raises(compile_job, &j, PY_EXC_SyntaxError);
    cr_expect_str_eq(py_str_cstr(vm, attr(e, "msg")), msg, "%s", src);
    cr_expect_eq(attr(e, "lineno"), py_small(line), "line of %s", src);
    cr_expect_eq(attr(e, "offset"), py_small(offset), "offset of %s", src);
}

static void expect_compiles(const char *src) {
    job_t j = {src};
    unit_ok(compile_job, &j);
}

// ---- unreachable patterns -------------------------------------------------------

Test(match, irrefutable_before_the_end, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    expect_syntax("match x:\n case y: pass\n case 1: pass\n",
                  "name capture 'y' makes remaining patterns unreachable", 2, 7);
    expect_syntax("match x:\n case _: pass\n case 1: pass\n",
                  "wildcard makes remaining patterns unreachable", 2, 7);
    expect_syntax("match x:\n case a as b: pass\n case 1: pass\n",
                  "name capture 'a' makes remaining patterns unreachable", 2, 7);
    expect_syntax("match x:\n case (x as y) | 2: pass\n",
                  "name capture 'x' makes remaining patterns unreachable", 2, 8);
    // An irrefutable alternative must be the last one.
    expect_syntax("match x:\n case a | 1: pass\n",
                  "name capture 'a' makes remaining patterns unreachable", 2, 7);
    expect_syntax("match x:\n case _ | 1: pass\n",
                  "wildcard makes remaining patterns unreachable", 2, 7);
    expect_syntax("match x:\n case 1 | a: pass\n case 2: pass\n",
                  "name capture 'a' makes remaining patterns unreachable", 2, 11);
    expect_syntax("match x:\n case (a|b) | c: pass\n",
                  "name capture 'a' makes remaining patterns unreachable", 2, 8);
    expect_syntax("match x:\n case [x, (y | z)]: pass\n",
                  "name capture 'y' makes remaining patterns unreachable", 2, 12);
}

Test(match, irrefutable_allowed, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    expect_compiles("match x:\n case y if y: pass\n case 1: pass\n");
    expect_compiles("match x:\n case _ if x: pass\n case 1: pass\n");
    expect_compiles("match x:\n case 1: pass\n case y: pass\n");
    expect_compiles("match x:\n case 1 | _: pass\n");
    expect_compiles("match x:\n case [y, _]: pass\n case z: pass\n");
    expect_compiles("match x:\n case {'k': y}: pass\n case C(a, b=_): pass\n case _: pass\n");
}

// ---- names ------------------------------------------------------------------------

Test(match, names_bound_twice, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    expect_syntax("match x:\n case [a, a]: pass\n", "multiple assignments to name 'a' in pattern", 2, 11);
    expect_syntax("match x:\n case [a, *a]: pass\n", "multiple assignments to name 'a' in pattern", 2, 11);
    expect_syntax("match x:\n case {'k': a, **a}: pass\n", "multiple assignments to name 'a' in pattern", 2, 13);
    expect_syntax("match x:\n case C(a, b=a): pass\n", "multiple assignments to name 'a' in pattern", 2, 14);
    expect_syntax("match x:\n case [a] as a: pass\n", "multiple assignments to name 'a' in pattern", 2, 8);
    expect_syntax("match x:\n case (a, [a] | (a, 1)): pass\n",
                  "multiple assignments to name 'a' in pattern", 2, 21);
}

Test(match, alternatives_bind_different_names, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    expect_syntax("match x:\n case [a] | (b, c): pass\n", "alternative patterns bind different names", 2, 17);
    expect_syntax("match x:\n case [a] | [b]: pass\n", "alternative patterns bind different names", 2, 14);
    expect_syntax("match x:\n case [a, b] | [a]: pass\n", "alternative patterns bind different names", 2, 17);
    expect_syntax("match x:\n case 1 | [a]: pass\n", "alternative patterns bind different names", 2, 12);
    expect_compiles("match x:\n case [a, b] | (b, a) | {'a': a, 'b': b}: pass\n");
}

// ---- structure -----------------------------------------------------------------------

Test(match, structural_errors, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    expect_syntax("match x:\n case [*a, *b]: pass\n", "multiple starred names in sequence pattern", 2, 7);
    expect_syntax("match x:\n case C(a=1, a=2): pass\n", "attribute name repeated in class pattern: a", 2, 16);
    expect_syntax("match x:\n case {1: a, 1: b}: pass\n", "mapping pattern checks duplicate key (1)", 2, 7);
    expect_syntax("match x:\n case {1: a, True: b}: pass\n", "mapping pattern checks duplicate key (True)", 2, 7);
    expect_syntax("match x:\n case {1: _, 1.0: _}: pass\n", "mapping pattern checks duplicate key (1.0)", 2, 7);
    expect_syntax("match x:\n case {-1: a, -1: b}: pass\n", "mapping pattern checks duplicate key (-1)", 2, 7);
    expect_syntax("match x:\n case {'s': a, 's': b}: pass\n", "mapping pattern checks duplicate key ('s')", 2, 7);
    expect_syntax("match x:\n case {b'': a, b'': b}: pass\n", "mapping pattern checks duplicate key (b'')", 2, 7);
    // Dotted names are only checked at run time.
    expect_compiles("match x:\n case {a.b: 1, a.b: 2}: pass\n");
}

Test(match, parser_errors, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    expect_syntax("match x:\n case *a: pass\n", "invalid syntax", 2, 9);
    expect_syntax("match x:\n case {**_}: pass\n", "invalid syntax", 2, 10);
    expect_syntax("match x:\n case 1 as _: pass\n", "cannot use '_' as a target", 2, 12);
    expect_syntax("match x:\n case {x: 1}: pass\n", "invalid syntax", 2, 9);
    expect_syntax("match x:\n case f'a': pass\n", "patterns may only match literals and attribute lookups", 2, 7);
    expect_syntax("match x:\n case {1: 1, f'{x}': 1}: pass\n",
                  "mapping pattern keys may only match literals and attribute lookups", 2, 7);
    expect_syntax("match x:\n case C(a=1, 2): pass\n", "positional patterns follow keyword patterns", 2, 14);
    expect_compiles("match x:\n case *a, b: pass\n");
}

// ---- run time ---------------------------------------------------------------------------

Test(match, rotate, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t stack[5] = {py_small(1), py_small(2), py_small(3), py_small(4), py_small(5)};
    py_vm_match_rotate(stack + 5, 1);
    cr_assert_eq(stack[4], py_small(5));
    py_vm_match_rotate(stack + 5, 3);   // 5 moves below 3 and 4
    cr_assert_eq(stack[2], py_small(5));
    cr_assert_eq(stack[3], py_small(3));
    cr_assert_eq(stack[4], py_small(4));
    py_vm_match_rotate(stack + 5, 5);   // 4 moves to the bottom
    cr_assert_eq(stack[0], py_small(4));
    cr_assert_eq(stack[1], py_small(1));
    cr_assert_eq(stack[4], py_small(3));
}

Test(match, sequence_and_mapping_checks, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t list = unit_eval("[1, 2, 3]"), dict = unit_eval("{1: 2}");
    cr_assert_eq(py_vm_match_sequence(vm, list, 3), PY_TRUE);
    cr_assert_eq(py_vm_match_sequence(vm, list, 2), PY_FALSE);
    cr_assert_eq(py_vm_match_sequence(vm, list, 2 | PY_MATCH_SEQ_AT_LEAST), PY_TRUE);
    cr_assert_eq(py_vm_match_sequence(vm, list, 4 | PY_MATCH_SEQ_AT_LEAST), PY_FALSE);
    cr_assert_eq(py_vm_match_sequence(vm, unit_eval("'abc'"), 3), PY_FALSE);
    cr_assert_eq(py_vm_match_sequence(vm, unit_eval("range(3)"), 3), PY_TRUE);
    cr_assert_eq(py_vm_match_sequence(vm, dict, 1), PY_FALSE);
    cr_assert_eq(py_vm_match_mapping(vm, dict, 1), PY_TRUE);
    cr_assert_eq(py_vm_match_mapping(vm, dict, 2), PY_FALSE);
    cr_assert_eq(py_vm_match_mapping(vm, list, 0), PY_FALSE);
}

Test(match, keys_and_rest, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t stack[4] = {unit_eval("{'a': 1, 'b': 2, 'c': 3}"), unit_eval("('c', 'a')")};
    py_val_t *sp = py_vm_match_keys(vm, stack + 2);
    cr_assert_eq(sp, stack + 4);
    cr_assert_eq(stack[3], PY_TRUE);
    cr_assert_str_eq(unit_repr(stack[2]), "(3, 1)");
    cr_assert_str_eq(unit_repr(py_vm_match_dict_rest(vm, stack[0], stack[1])), "{'b': 2}");
    stack[1] = unit_eval("('a', 'z')");
    py_vm_match_keys(vm, stack + 2);
    cr_assert_eq(stack[2], PY_NONE);
    cr_assert_eq(stack[3], PY_FALSE);
}

Test(match, bindings, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    py_val_t g = unit_run(
        "match [1, (2, 3), {'k': 4, 'j': 5}]:\n"
        "    case [a, (b, c) | [b, c], {'k': d, **rest}] if a < b:\n"
        "        ok = True\n"
        "match 5:\n"
        "    case [z]:\n"
        "        pass\n");
    cr_assert_eq(unit_get_int(g, "a"), 1);
    cr_assert_eq(unit_get_int(g, "b"), 2);
    cr_assert_eq(unit_get_int(g, "c"), 3);
    cr_assert_eq(unit_get_int(g, "d"), 4);
    cr_assert_str_eq(unit_get_repr(g, "rest"), "{'j': 5}");
    cr_assert_eq(unit_get(g, "ok"), PY_TRUE);
    cr_assert_eq(py_dict_get(vm, g, py_str_intern_c(vm, "z")), PY_NULL);
}

Test(match, class_errors, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    unit_expect_error("match 1:\n case int(1, 2): pass\n", PY_EXC_TypeError,
                      "int() accepts 1 positional sub-pattern (2 given)");
    unit_expect_error("class C: pass\nmatch C():\n case C(1): pass\n", PY_EXC_TypeError,
                      "C() accepts 0 positional sub-patterns (1 given)");
    unit_expect_error("f = len\nclass N: f = len\nmatch 1:\n case N.f(): pass\n", PY_EXC_TypeError,
                      "called match pattern must be a type");
    unit_expect_error("class C:\n __match_args__ = ('a', 'a')\n a = 1\nmatch C():\n case C(x, y): pass\n",
                      PY_EXC_TypeError, "C() got multiple sub-patterns for attribute 'a'");
}
