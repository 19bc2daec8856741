// tests/unit/test_regress_fuzz.c: regressions found by fuzzing and hostile inputs that a
// script compared with CPython cannot express (CPython accepts them, or they need C).
// Layer: tests. See tests/fuzz/README.md for the fuzz targets themselves.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "compile.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "unit_py.h"

// A malloc'd source of [n] repetitions of [item] between [head] and [tail].
static char *repeat(const char *head, const char *item, size_t n, const char *tail) {
    size_t hl = strlen(head), il = strlen(item), tl = strlen(tail);
    char *s = malloc(hl + il * n + tl + 1);
    cr_assert_not_null(s);
    memcpy(s, head, hl);
    for (size_t i = 0; i < n; i++) memcpy(s + hl + i * il, item, il);
    memcpy(s + hl + il * n, tail, tl + 1);
    return s;
}

// Code objects count locals in 16 bits: more used to be truncated, leaving
// frames too small for the code (memory corruption). Now a SyntaxError.
Test(regress_fuzz, too_many_locals, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    size_t n = 70000, cap = 32 + n * 24;
    char *src = malloc(cap);
    cr_assert_not_null(src);
    size_t len = (size_t)snprintf(src, cap, "def f():\n");
    for (size_t i = 0; i < n; i++) len += (size_t)snprintf(src + len, cap - len, " v%zu = 1\n", i);
    snprintf(src + len, cap - len, " return v0\n");
    py_val_t e = unit_run_raises(src, PY_EXC_SyntaxError);
    cr_assert_str_eq(unit_str(e), "too many local variables in one function (over 65535) "
                                  "(<test>, line 70002)");
    free(src);
    cr_assert_eq(py_small(3), unit_eval("1 + 2"));   // still usable
}

// As above for parameters (each is a local).
Test(regress_fuzz, too_many_parameters, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    size_t n = 70000, cap = 32 + n * 10;
    char *src = malloc(cap);
    cr_assert_not_null(src);
    size_t len = (size_t)snprintf(src, cap, "def f(");
    for (size_t i = 0; i < n; i++) len += (size_t)snprintf(src + len, cap - len, "a%zu,", i);
    snprintf(src + len, cap - len, "): pass\n");
    unit_run_raises(src, PY_EXC_SyntaxError);
    free(src);
}

// Left-associative chains as long as the input used to overflow the C stack
// in scope analysis: now RecursionError, as CPython's message.
Test(regress_fuzz, deep_chains, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    static const char *const items[] = {"+1", ".a", "()", "[0]", " or 1", "==1"};
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        char *src = repeat("y = 1\nx = y", items[i], 200000, "\n");
        if (i < 4) {
            py_val_t e = unit_run_raises(src, PY_EXC_RecursionError);
            cr_assert_str_eq(unit_str(e), "maximum recursion depth exceeded during compilation");
        } else {
            // BoolOp and Compare are flat: these compile (and run).
            unit_run(src);
        }
        free(src);
    }
}

// The parser alone (no VM) on the same inputs: it builds the tree in a loop.
Test(regress_fuzz, parser_long_chain) {
    char *src = repeat("x = a", ".b", 500000, "\n");
    py_arena_t arena;
    py_arena_init(&arena);
    py_syntax_error_t err;
    memset(&err, 0, sizeof err);
    cr_assert_not_null(py_parse(&arena, src, strlen(src), PY_PARSE_FILE, &err));
    py_arena_free(&arena);
    free(src);
}

// Each field of an f-string used to rescan the literal from its start to
// find its line: quadratic (100000 fields took tens of seconds). CPython is
// quadratic here too, so this cannot be a script compared with it.
Test(regress_fuzz, fstring_many_fields, .init = unit_vm_setup, .fini = unit_vm_teardown,
     .timeout = 20) {
    char *src = repeat("x = 7\ns = f'''", "{x}\n", 100000, "'''\nn = len(s)\n");
    py_val_t g = unit_run(src);
    cr_assert_eq(unit_get_int(g, "n"), 200000);
    free(src);
}

// round(int, n) with a huge negative n computed 10**-n first: MemoryError
// (CPython even hangs). The answer is 0 as soon as 10**-n > 2 * |x|.
Test(regress_fuzz, round_int_huge_negative_digits, .init = unit_vm_setup,
     .fini = unit_vm_teardown, .timeout = 10) {
    unit_expect("round(12345, -10**18)", "0");
    unit_expect("round(-5, -10**30)", "0");
    unit_expect("round(10**100, -10**18)", "0");
    unit_expect("round(10**100, -100)", "10000000000000000000000000000000000000000000000000000000"
                                        "000000000000000000000000000000000000000000000");
    unit_expect("round(5 * 10**99, -100)", "0");
    unit_expect("round(15, -1)", "20");
}
