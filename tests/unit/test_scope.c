// tests/unit/test_scope.c: symbol tables (vm/scope.c): how names resolve to local, global,
// cell and free in module, function, class and comprehension scopes, and the SyntaxErrors
// scope analysis reports. No VM: parse into an arena and analyse.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "ast.h"
#include "scope.h"

static py_arena_t arena;

static void arena_setup(void) { py_arena_init(&arena); }
static void arena_teardown(void) { py_arena_free(&arena); }

TestSuite(scope, .init = arena_setup, .fini = arena_teardown);

static const py_ast_mod_t *parse(const char *src) {
    py_syntax_error_t err;
    const py_ast_mod_t *mod = py_parse(&arena, src, strlen(src), PY_PARSE_FILE, &err);
    cr_assert_not_null(mod, "parse failed: %s", src);
    return mod;
}

// The module scope of [src]; fails the test when analysis fails.
static py_scope_t *build(const char *src) {
    py_scope_error_t err;
    memset(&err, 0, sizeof err);
    py_scope_t *top = py_scope_build(&arena, parse(src), &err);
    cr_assert_not_null(top, "scope analysis failed: %s", err.msg);
    return top;
}

// Expects analysis of [src] to fail with [msg] at [line].
static void build_fails(const char *src, const char *msg, int line) {
    py_scope_error_t err;
    memset(&err, 0, sizeof err);
    py_scope_t *top = py_scope_build(&arena, parse(src), &err);
    cr_assert_null(top, "no error for %s", src);
    cr_assert_str_eq(err.msg, msg);
    cr_assert_eq(err.line, line, "line %d for %s", err.line, src);
    cr_assert_not(err.out_of_memory);
}

// The child scope of [s] named [name].
static py_scope_t *child(const py_scope_t *s, const char *name) {
    for (size_t i = 0; i < s->nchildren; i++)
        if (!strcmp(s->children[i]->name, name)) return s->children[i];
    cr_assert_fail("no child scope %s in %s", name, s->name);
    return NULL;
}

static py_sym_scope_t scope_of(const py_scope_t *s, const char *name) {
    py_symbol_t *sym = py_scope_lookup(s, name);
    cr_assert_not_null(sym, "%s not in scope %s", name, s->name);
    return sym->scope;
}

// The names of [n] strings joined by spaces.
static const char *joined(const char **names, size_t n) {
    static char buf[256];
    buf[0] = 0;
    for (size_t i = 0; i < n; i++) {
        if (i) strcat(buf, " ");
        strcat(buf, names[i]);
    }
    return buf;
}

// ---- resolution --------------------------------------------------------------------------

Test(scope, module_names) {
    py_scope_t *top = build("x = 1\nprint(x)\nimport os.path\n");
    cr_assert_eq(top->kind, PY_SCOPE_MODULE);
    cr_assert_eq(scope_of(top, "x"), PY_SYM_LOCAL);
    cr_assert_eq(scope_of(top, "print"), PY_SYM_GLOBAL_IMPLICIT);
    cr_assert_eq(scope_of(top, "os"), PY_SYM_LOCAL);
    cr_assert(py_scope_lookup(top, "x")->flags & PY_DEF_LOCAL);
    cr_assert(py_scope_lookup(top, "x")->flags & PY_DEF_USE);
    cr_assert_null(py_scope_lookup(top, "never_mentioned"));
    cr_assert_null(top->parent);
}

Test(scope, function_parameters_in_slot_order) {
    py_scope_t *top = build("def f(a, b=1, /, c=2, *d, e, **g):\n    h = a\n    return i\n");
    py_scope_t *f = child(top, "f");
    cr_assert_eq(f->kind, PY_SCOPE_FUNCTION);
    cr_assert_eq(f->parent, top);
    cr_assert_str_eq(joined(f->varnames, f->nvarnames), "a b c e d g h");
    cr_assert_eq(f->argcount, 3);
    cr_assert_eq(f->posonlyargcount, 2);
    cr_assert_eq(f->kwonlyargcount, 1);
    cr_assert(f->has_varargs);
    cr_assert(f->has_varkw);
    cr_assert(py_scope_lookup(f, "a")->flags & PY_DEF_PARAM);
    cr_assert_eq(scope_of(f, "h"), PY_SYM_LOCAL);
    cr_assert_eq(scope_of(f, "i"), PY_SYM_GLOBAL_IMPLICIT);
    cr_assert_eq(scope_of(top, "f"), PY_SYM_LOCAL);
    cr_assert_eq(py_scope_index(f->varnames, f->nvarnames, "h"), 6);
    cr_assert_eq(py_scope_index(f->varnames, f->nvarnames, "zz"), -1);
}

Test(scope, global_declaration) {
    py_scope_t *top = build("def f():\n    global x\n    x = 1\n    y = 2\n");
    py_scope_t *f = child(top, "f");
    cr_assert_eq(scope_of(f, "x"), PY_SYM_GLOBAL_EXPLICIT);
    cr_assert_eq(scope_of(f, "y"), PY_SYM_LOCAL);
    cr_assert_str_eq(joined(f->varnames, f->nvarnames), "y");
}

Test(scope, nonlocal_makes_cell_and_free) {
    py_scope_t *top = build("def outer():\n    v = 1\n    w = 2\n    def inner():\n"
                            "        nonlocal v\n        v = w\n    return inner\n");
    py_scope_t *outer = child(top, "outer"), *inner = child(outer, "inner");
    cr_assert_eq(scope_of(outer, "v"), PY_SYM_CELL);
    cr_assert_eq(scope_of(outer, "w"), PY_SYM_CELL);
    cr_assert_eq(scope_of(outer, "inner"), PY_SYM_LOCAL);
    cr_assert_str_eq(joined(outer->cellvars, outer->ncellvars), "v w");
    cr_assert_eq(scope_of(inner, "v"), PY_SYM_FREE);
    cr_assert_eq(scope_of(inner, "w"), PY_SYM_FREE);
    cr_assert_str_eq(joined(inner->freevars, inner->nfreevars), "v w");
    cr_assert_eq(py_scope_index(outer->varnames, outer->nvarnames, "v"), -1, "cells are not fast locals");
}

Test(scope, free_variables_pass_through_middle_scopes) {
    py_scope_t *top = build("def a():\n    x = 1\n    def b():\n        def c():\n            return x\n"
                            "        return c\n    return b\n");
    py_scope_t *a = child(top, "a"), *b = child(a, "b"), *c = child(b, "c");
    cr_assert_eq(scope_of(a, "x"), PY_SYM_CELL);
    cr_assert_eq(scope_of(b, "x"), PY_SYM_FREE);
    cr_assert(py_scope_lookup(b, "x")->flags & PY_DEF_IMPLICIT);
    cr_assert_eq(scope_of(c, "x"), PY_SYM_FREE);
    cr_assert_str_eq(joined(b->freevars, b->nfreevars), "x");
}

Test(scope, class_scope_is_not_visible_to_methods) {
    py_scope_t *top = build("def f():\n    y = 0\n    class C:\n        y = 1\n        z = y\n"
                            "        def m(self):\n            return y, z\n    return C\n");
    py_scope_t *f = child(top, "f"), *c = child(f, "C"), *m = child(c, "m");
    cr_assert_eq(c->kind, PY_SCOPE_CLASS);
    cr_assert_eq(scope_of(c, "y"), PY_SYM_LOCAL);
    cr_assert_eq(scope_of(m, "y"), PY_SYM_FREE, "the function's y, not the class's");
    cr_assert_eq(scope_of(m, "z"), PY_SYM_GLOBAL_IMPLICIT);
    cr_assert_eq(scope_of(f, "y"), PY_SYM_CELL);
}

Test(scope, super_gives_the_class_a_class_cell) {
    py_scope_t *top = build("class C:\n    def m(self):\n        return super().m()\n"
                            "    def n(self):\n        return 1\n");
    py_scope_t *c = child(top, "C"), *m = child(c, "m"), *n = child(c, "n");
    cr_assert(c->needs_class_cell);
    cr_assert_str_eq(joined(c->cellvars, c->ncellvars), "__class__");
    cr_assert_str_eq(joined(m->freevars, m->nfreevars), "__class__");
    cr_assert_eq(n->nfreevars, 0);
}

Test(scope, comprehensions_are_scopes_with_an_implicit_argument) {
    py_scope_t *top = build("y = 2\nr = [x * y for x in range(3) if x]\ns = {k for k in r}\n"
                            "d = {k: v for k, v in []}\ng = (i for i in r)\n");
    py_scope_t *lc = child(top, "<listcomp>");
    cr_assert_eq(lc->kind, PY_SCOPE_COMPREHENSION);
    cr_assert_str_eq(joined(lc->varnames, lc->nvarnames), ".0 x");
    cr_assert_eq(scope_of(lc, "x"), PY_SYM_LOCAL);
    cr_assert_eq(scope_of(lc, "y"), PY_SYM_GLOBAL_IMPLICIT);
    cr_assert_null(py_scope_lookup(lc, "range"), "the first iterable is evaluated outside");
    cr_assert_eq(scope_of(top, "range"), PY_SYM_GLOBAL_IMPLICIT);
    cr_assert_null(py_scope_lookup(top, "x"), "the loop variable does not leak");
    child(top, "<setcomp>");
    child(top, "<dictcomp>");
    cr_assert_str_eq(joined(child(top, "<genexpr>")->varnames, 2), ".0 i");
}

Test(scope, comprehension_in_function_captures_locals) {
    py_scope_t *top = build("def f(n):\n    return [i + n for i in range(n)]\n");
    py_scope_t *f = child(top, "f"), *lc = child(f, "<listcomp>");
    cr_assert_eq(scope_of(f, "n"), PY_SYM_CELL);
    cr_assert_eq(scope_of(lc, "n"), PY_SYM_FREE);
}

Test(scope, walrus_in_comprehension_binds_in_the_enclosing_function) {
    py_scope_t *top = build("def f():\n    [last := x for x in range(3)]\n    return last\n");
    py_scope_t *f = child(top, "f"), *lc = child(f, "<listcomp>");
    cr_assert_eq(scope_of(f, "last"), PY_SYM_CELL);
    cr_assert_eq(scope_of(lc, "last"), PY_SYM_FREE);
}

Test(scope, lambda_and_generator_flags) {
    py_scope_t *top = build("f = lambda a, *, b=1: a + b\ndef g():\n    yield 1\ndef h():\n    return 1\n");
    py_scope_t *l = child(top, "<lambda>");
    cr_assert_str_eq(joined(l->varnames, l->nvarnames), "a b");
    cr_assert_eq(l->kwonlyargcount, 1);
    cr_assert(child(top, "g")->is_generator);
    cr_assert_not(child(top, "h")->is_generator);
}

Test(scope, child_finds_scope_by_node) {
    const py_ast_mod_t *mod = parse("x = 1\ndef f():\n    pass\nclass C:\n    pass\n");
    py_scope_error_t err;
    memset(&err, 0, sizeof err);
    py_scope_t *top = py_scope_build(&arena, mod, &err);
    cr_assert_not_null(top);
    py_scope_t *f = py_scope_child(top, mod->body.items[1]);
    cr_assert_not_null(f);
    cr_assert_str_eq(f->name, "f");
    cr_assert_str_eq(py_scope_child(top, mod->body.items[2])->name, "C");
    cr_assert_null(py_scope_child(top, mod->body.items[0]));
}

Test(scope, del_and_import_bind_locally) {
    py_scope_t *top = build("def f():\n    import sys\n    from os import path as p\n    del q\n"
                            "    for i in []: pass\n    with open('x') as fh: pass\n"
                            "    try:\n        pass\n    except Exception as e:\n        pass\n");
    py_scope_t *f = child(top, "f");
    cr_assert_eq(scope_of(f, "sys"), PY_SYM_LOCAL);
    cr_assert_eq(scope_of(f, "p"), PY_SYM_LOCAL);
    cr_assert_eq(scope_of(f, "q"), PY_SYM_LOCAL);
    cr_assert_eq(scope_of(f, "i"), PY_SYM_LOCAL);
    cr_assert_eq(scope_of(f, "fh"), PY_SYM_LOCAL);
    cr_assert_eq(scope_of(f, "e"), PY_SYM_LOCAL);
    cr_assert_eq(scope_of(f, "open"), PY_SYM_GLOBAL_IMPLICIT);
}

// ---- errors -------------------------------------------------------------------------------

Test(scope, global_and_nonlocal_errors) {
    build_fails("def f(x):\n    global x\n", "name 'x' is parameter and global", 2);
    build_fails("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3);
    build_fails("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3);
    build_fails("def f(x):\n    def g():\n        pass\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 4);
    build_fails("nonlocal x\n", "nonlocal declaration not allowed at module level", 1);
    build_fails("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2);
    build_fails("x = 1\ndef f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 3);
}

Test(scope, misplaced_statements) {
    build_fails("return 1\n", "'return' outside function", 1);
    build_fails("x = 1\nyield x\n", "'yield' outside function", 2);
    build_fails("class C:\n    yield 1\n", "'yield' outside function", 2);
    build_fails("def f():\n    from os import *\n", "import * only allowed at module level", 2);
    build_fails("def f():\n    return [(yield x) for x in y]\n", "'yield' inside list comprehension", 2);
    build_fails("await x\n", "'await' outside function", 1);
}

Test(scope, the_first_error_is_kept) {
    py_scope_error_t err;
    memset(&err, 0, sizeof err);
    cr_assert_null(py_scope_build(&arena, parse("return 1\nreturn 2\n"), &err));
    cr_assert_eq(err.line, 1);
    cr_assert_eq(err.col, 0);
}
