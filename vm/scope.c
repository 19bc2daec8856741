// vm/scope.c: symbol tables: records how each scope uses names, then resolves them.
// Layer: vm compiler. Pass one walks the AST; pass two resolves free variables
// by walking up the enclosing scopes, as CPython 3.11's symtable decides.
// SPDX-License-Identifier: MIT

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "scope.h"

// Expression nesting the walk follows before giving up with RecursionError.
// The parser bounds bracket and operator nesting, but left-associative chains
// (a.b.c..., f()()..., 1+1+...) it builds in a loop, as deep as the input is
// long. 3000 is CPython 3.11's limit (its recursion limit times 3), and keeps
// the walk and the code generator that follows it far inside the C stack.
#define SCOPE_MAX_DEPTH 3000

typedef struct builder {
    py_arena_t *arena;
    py_scope_error_t *err;
    py_scope_t *cur;
    bool failed;
    int depth;        // visit_expr nesting, against SCOPE_MAX_DEPTH
} builder_t;

// ---- small arena helpers -------------------------------------------------------

static void *grow(builder_t *b, void *old, size_t *cap, size_t n, size_t elem) {
    if (n < *cap) return old;
    size_t ncap = *cap ? *cap * 2 : 8;
    void *p = py_arena_alloc(b->arena, ncap * elem);
    if (!p) {
        b->failed = true;
        b->err->out_of_memory = true;
        return NULL;
    }
    if (old) memcpy(p, old, *cap * elem);
    *cap = ncap;
    return p;
}

static void fail(builder_t *b, int line, int col, const char *fmt, const char *name) {
    if (b->failed) return;
    b->failed = true;
    snprintf(b->err->msg, sizeof b->err->msg, fmt, name);
    b->err->line = line;
    b->err->col = col;
}

// ---- the symbol index ------------------------------------------------------------
//
// A scope with many names (a generated function with thousands of locals)
// would make every lookup a scan, and the analysis quadratic. Once a scope
// has room for SYM_INDEX_MIN symbols, the arena block of its symbols is
// followed by an open-addressing table of 2 * capsyms slots holding symbol
// numbers + 1 (0: empty), so lookups stay O(1), and then by capsyms slot
// numbers: each symbol's index in varnames (UINT32_MAX: none), filled by
// finish_lists. Below that size, scanning is faster.
#define SYM_INDEX_MIN 16

static uint32_t *sym_index(const py_scope_t *s) {
    return s->capsyms >= SYM_INDEX_MIN ? (uint32_t *)(s->syms + s->capsyms) : NULL;
}

static size_t name_hash(const char *name) {
    size_t h = 2166136261u;   // FNV-1a
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) h = (h ^ *p) * 16777619u;
    return h;
}

// The slot of [name] in [s]'s index: where it is, or the empty slot where it belongs.
static size_t index_slot(const py_scope_t *s, const uint32_t *index, const char *name) {
    size_t mask = 2 * s->capsyms - 1;   // capsyms is a power of two
    for (size_t i = name_hash(name) & mask;; i = (i + 1) & mask)
        if (index[i] == 0 || strcmp(s->syms[index[i] - 1].name, name) == 0) return i;
}

py_symbol_t *py_scope_lookup(const py_scope_t *s, const char *name) {
    const uint32_t *index = sym_index(s);
    if (index) {
        uint32_t v = index[index_slot(s, index, name)];
        return v ? &s->syms[v - 1] : NULL;
    }
    for (size_t i = 0; i < s->nsyms; i++)
        if (strcmp(s->syms[i].name, name) == 0) return &s->syms[i];
    return NULL;
}

// Doubles [s]'s symbol block, with the index after it once big enough.
static bool grow_syms(builder_t *b, py_scope_t *s) {
    size_t cap = s->capsyms ? s->capsyms * 2 : 8;
    size_t bytes = cap * sizeof(py_symbol_t);
    if (cap >= SYM_INDEX_MIN) bytes += 3 * cap * sizeof(uint32_t);
    py_symbol_t *syms = py_arena_alloc(b->arena, bytes);
    if (!syms) {
        b->failed = b->err->out_of_memory = true;
        return false;
    }
    if (s->nsyms) memcpy(syms, s->syms, s->nsyms * sizeof *syms);
    s->syms = syms;
    s->capsyms = cap;
    uint32_t *index = sym_index(s);
    if (index) {
        memset(index, 0, 2 * cap * sizeof *index);
        for (size_t i = 0; i < s->nsyms; i++)
            index[index_slot(s, index, syms[i].name)] = (uint32_t)i + 1;
    }
    return true;
}

py_scope_t *py_scope_child(const py_scope_t *s, const void *node) {
    for (size_t i = 0; i < s->nchildren; i++)
        if (s->children[i]->node == node) return s->children[i];
    return NULL;
}

int py_scope_index(const char *const *names, size_t n, const char *name) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0) return (int)i;
    return -1;
}

// The symbol for [name] in [s], added with no flags when new; NULL when out of memory.
static py_symbol_t *intern_sym(builder_t *b, py_scope_t *s, const char *name) {
    py_symbol_t *sym = py_scope_lookup(s, name);
    if (sym) return sym;
    if (s->nsyms == s->capsyms && !grow_syms(b, s)) return NULL;
    sym = &s->syms[s->nsyms++];
    memset(sym, 0, sizeof *sym);
    sym->name = name;
    uint32_t *index = sym_index(s);
    if (index) index[index_slot(s, index, name)] = (uint32_t)s->nsyms;
    return sym;
}

static void add_def(builder_t *b, const char *name, unsigned flag) {
    py_symbol_t *sym = intern_sym(b, b->cur, name);
    if (sym) sym->flags |= flag;
}

static py_scope_t *new_scope(builder_t *b, py_scope_kind_t kind, const char *name,
                             const void *node) {
    py_scope_t *s = py_arena_alloc(b->arena, sizeof *s);
    if (!s) {
        b->failed = b->err->out_of_memory = true;
        return NULL;
    }
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = b->cur;
    if (b->cur) {
        py_scope_t **ch = grow(b, b->cur->children, &b->cur->capchildren,
                               b->cur->nchildren, sizeof *ch);
        if (!ch) return NULL;
        b->cur->children = ch;
        ch[b->cur->nchildren++] = s;
    }
    return s;
}

static bool is_function_like(const py_scope_t *s) {
    return s->kind == PY_SCOPE_FUNCTION || s->kind == PY_SCOPE_COMPREHENSION;
}

// ---- pass one: the walk -------------------------------------------------------------

static void visit_expr(builder_t *b, const py_expr_t *e);
static void visit_stmts(builder_t *b, const py_ast_list_t *l);

static void visit_exprs(builder_t *b, const py_ast_list_t *l) {
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i]) visit_expr(b, l->items[i]);
}

static void visit_name(builder_t *b, const py_expr_t *e) {
    const char *id = e->u.name.id;
    if (e->u.name.ctx != PY_CTX_LOAD) {
        add_def(b, id, PY_DEF_LOCAL);
        return;
    }
    add_def(b, id, PY_DEF_USE);
    // super() with no arguments needs the class cell, as CPython arranges.
    if (b->cur->kind != PY_SCOPE_MODULE && strcmp(id, "super") == 0)
        add_def(b, "__class__", PY_DEF_USE);
}

static void visit_params(builder_t *b, const py_arguments_t *a) {
    py_scope_t *s = b->cur;
    for (size_t i = 0; i < a->posonlyargs.n; i++)
        add_def(b, ((py_arg_t *)a->posonlyargs.items[i])->arg, PY_DEF_PARAM);
    for (size_t i = 0; i < a->args.n; i++)
        add_def(b, ((py_arg_t *)a->args.items[i])->arg, PY_DEF_PARAM);
    for (size_t i = 0; i < a->kwonlyargs.n; i++)
        add_def(b, ((py_arg_t *)a->kwonlyargs.items[i])->arg, PY_DEF_PARAM);
    if (a->vararg) add_def(b, a->vararg->arg, PY_DEF_PARAM);
    if (a->kwarg) add_def(b, a->kwarg->arg, PY_DEF_PARAM);
    s->posonlyargcount = (int)a->posonlyargs.n;
    s->argcount = (int)(a->posonlyargs.n + a->args.n);
    s->kwonlyargcount = (int)a->kwonlyargs.n;
    s->has_varargs = a->vararg != NULL;
    s->has_varkw = a->kwarg != NULL;
}

// Defaults are evaluated where the def/lambda is; the body in a scope of its own.
static void visit_defaults(builder_t *b, const py_arguments_t *a) {
    visit_exprs(b, &a->defaults);
    visit_exprs(b, &a->kw_defaults);
}

static void visit_arg_annotations(builder_t *b, const py_ast_list_t *args) {
    for (size_t i = 0; i < args->n; i++) visit_expr(b, ((py_arg_t *)args->items[i])->annotation);
}

// Annotations are evaluated where the def is, after the defaults.
static void visit_annotations(builder_t *b, const py_arguments_t *a, const py_expr_t *returns) {
    visit_arg_annotations(b, &a->posonlyargs);
    visit_arg_annotations(b, &a->args);
    if (a->vararg) visit_expr(b, a->vararg->annotation);
    visit_arg_annotations(b, &a->kwonlyargs);
    if (a->kwarg) visit_expr(b, a->kwarg->annotation);
    visit_expr(b, returns);
}

static void visit_lambda(builder_t *b, const py_expr_t *e) {
    visit_defaults(b, e->u.lambda.args);
    py_scope_t *s = new_scope(b, PY_SCOPE_FUNCTION, "<lambda>", e);
    if (!s) return;
    b->cur = s;
    visit_params(b, e->u.lambda.args);
    visit_expr(b, e->u.lambda.body);
    b->cur = s->parent;
}

static const char *comp_name(py_expr_kind_t k) {
    switch (k) {
    case PY_EXPR_LISTCOMP: return "<listcomp>";
    case PY_EXPR_SETCOMP: return "<setcomp>";
    case PY_EXPR_DICTCOMP: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

// A list, set or dict comprehension that awaits is a coroutine the enclosing
// code awaits: it needs an async def around it (an async generator
// expression is allowed anywhere), and a comprehension around it awaits too.
static void check_async_comp(builder_t *b, py_scope_t *s, const py_expr_t *e) {
    py_scope_t *outer = s->parent;
    if (outer->kind == PY_SCOPE_COMPREHENSION) {
        outer->is_async = true;
        return;
    }
    if (outer->kind != PY_SCOPE_FUNCTION || !outer->is_async)
        fail(b, e->pos.line, e->pos.col,
             "asynchronous comprehension outside of an asynchronous function%s", "");
}

// The first iterable runs in the enclosing scope; the rest in the comprehension's own.
static void visit_comp(builder_t *b, const py_expr_t *e) {
    const py_ast_list_t *gens = &e->u.comp.generators;
    visit_expr(b, ((py_comprehension_t *)gens->items[0])->iter);
    py_scope_t *s = new_scope(b, PY_SCOPE_COMPREHENSION, comp_name(e->kind), e);
    if (!s) return;
    b->cur = s;
    add_def(b, ".0", PY_DEF_PARAM);
    s->argcount = 1;
    for (size_t i = 0; i < gens->n; i++) {
        const py_comprehension_t *g = gens->items[i];
        if (i > 0) visit_expr(b, g->iter);
        visit_expr(b, g->target);
        visit_exprs(b, &g->ifs);
    }
    if (e->u.comp.elt) visit_expr(b, e->u.comp.elt);
    if (e->u.comp.key) visit_expr(b, e->u.comp.key);
    if (e->u.comp.value) visit_expr(b, e->u.comp.value);
    b->cur = s->parent;
    s->is_generator = e->kind == PY_EXPR_GENERATOREXP;
    for (size_t i = 0; i < gens->n; i++)
        if (((py_comprehension_t *)gens->items[i])->is_async) s->is_async = true;
    if (s->is_async && !s->is_generator) check_async_comp(b, s, e);
}

// `name := value` inside a comprehension binds in the nearest enclosing non-comprehension scope.
static void visit_namedexpr(builder_t *b, const py_expr_t *e) {
    visit_expr(b, e->u.namedexpr.value);
    const char *id = e->u.namedexpr.target->u.name.id;
    if (b->cur->kind != PY_SCOPE_COMPREHENSION) {
        add_def(b, id, PY_DEF_LOCAL);
        return;
    }
    py_scope_t *outer = b->cur;
    while (outer->kind == PY_SCOPE_COMPREHENSION) {
        // Only the `for` targets bind in a comprehension's own scope, and they
        // are visited before the expressions that could hold a `:=`.
        const py_symbol_t *bound = py_scope_lookup(outer, id);
        if (bound && (bound->flags & PY_DEF_LOCAL)) {
            fail(b, e->pos.line, e->pos.col,
                 "assignment expression cannot rebind comprehension iteration variable '%s'", id);
            return;
        }
        outer = outer->parent;
    }
    if (outer->kind == PY_SCOPE_CLASS) {
        fail(b, e->pos.line, e->pos.col,
             "assignment expression within a comprehension cannot be used in a class body%s", "");
        return;
    }
    // A function that declared the name global makes the target global too.
    const py_symbol_t *declared = py_scope_lookup(outer, id);
    bool global = outer->kind == PY_SCOPE_MODULE || (declared && (declared->flags & PY_DEF_GLOBAL));
    unsigned flag = global ? PY_DEF_GLOBAL : PY_DEF_NONLOCAL;
    for (py_scope_t *s = b->cur; s != outer; s = s->parent) {
        py_symbol_t *sym = intern_sym(b, s, id);
        if (sym) sym->flags |= flag | PY_DEF_IMPLICIT;
    }
    py_symbol_t *sym = intern_sym(b, outer, id);
    if (sym) sym->flags |= PY_DEF_LOCAL;
}

static void visit_yield(builder_t *b, const py_expr_t *e) {
    py_scope_t *s = b->cur;
    if (s->kind == PY_SCOPE_MODULE || s->kind == PY_SCOPE_CLASS)
        fail(b, e->pos.line, e->pos.col, "'yield' outside function%s", "");
    else if (s->kind == PY_SCOPE_COMPREHENSION)
        fail(b, e->pos.line, e->pos.col, "'yield' inside %s", 
             strcmp(s->name, "<listcomp>") == 0 ? "list comprehension"
             : strcmp(s->name, "<setcomp>") == 0 ? "set comprehension"
             : strcmp(s->name, "<dictcomp>") == 0 ? "dict comprehension" : "generator expression");
    else if (e->kind == PY_EXPR_YIELDFROM && s->is_async)
        fail(b, e->pos.line, e->pos.col, "'yield from' inside async function%s", "");
    s->is_generator = true;
}

// async for / async with belong in an async def.
static void check_async_stmt(builder_t *b, const py_stmt_t *st, const char *what) {
    py_scope_t *s = b->cur;
    if (s->kind != PY_SCOPE_FUNCTION || !s->is_async)
        fail(b, st->pos.line, st->pos.col, "'%s' outside async function", what);
}

static void visit_await(builder_t *b, const py_expr_t *e) {
    py_scope_t *s = b->cur;
    if (s->kind == PY_SCOPE_MODULE || s->kind == PY_SCOPE_CLASS)
        fail(b, e->pos.line, e->pos.col, "'await' outside function%s", "");
    else if (!s->is_async && s->kind == PY_SCOPE_FUNCTION)
        fail(b, e->pos.line, e->pos.col, "'await' outside async function%s", "");
    else if (s->kind == PY_SCOPE_COMPREHENSION)
        s->is_async = true;
}

static void visit_expr_kind(builder_t *b, const py_expr_t *e);

static void visit_expr(builder_t *b, const py_expr_t *e) {
    if (b->failed || !e) return;
    if (b->depth >= SCOPE_MAX_DEPTH) {
        fail(b, e->pos.line, e->pos.col, "maximum recursion depth exceeded during compilation%s",
             "");
        b->err->too_deep = true;
        return;
    }
    b->depth++;
    visit_expr_kind(b, e);
    b->depth--;
}

static void visit_expr_kind(builder_t *b, const py_expr_t *e) {
    switch (e->kind) {
    case PY_EXPR_BOOLOP: visit_exprs(b, &e->u.boolop.values); break;
    case PY_EXPR_NAMEDEXPR: visit_namedexpr(b, e); break;
    case PY_EXPR_BINOP: visit_expr(b, e->u.binop.left); visit_expr(b, e->u.binop.right); break;
    case PY_EXPR_UNARYOP: visit_expr(b, e->u.unaryop.operand); break;
    case PY_EXPR_LAMBDA: visit_lambda(b, e); break;
    case PY_EXPR_IFEXP:
        visit_expr(b, e->u.ifexp.test);
        visit_expr(b, e->u.ifexp.body);
        visit_expr(b, e->u.ifexp.orelse);
        break;
    case PY_EXPR_DICT: visit_exprs(b, &e->u.dict.keys); visit_exprs(b, &e->u.dict.values); break;
    case PY_EXPR_SET: visit_exprs(b, &e->u.set.elts); break;
    case PY_EXPR_LISTCOMP: case PY_EXPR_SETCOMP: case PY_EXPR_DICTCOMP:
    case PY_EXPR_GENERATOREXP: visit_comp(b, e); break;
    case PY_EXPR_AWAIT: visit_await(b, e); visit_expr(b, e->u.await.value); break;
    case PY_EXPR_YIELD: visit_yield(b, e); visit_expr(b, e->u.yield.value); break;
    case PY_EXPR_YIELDFROM: visit_yield(b, e); visit_expr(b, e->u.yieldfrom.value); break;
    case PY_EXPR_COMPARE:
        visit_expr(b, e->u.compare.left);
        visit_exprs(b, &e->u.compare.comparators);
        break;
    case PY_EXPR_CALL:
        visit_expr(b, e->u.call.func);
        visit_exprs(b, &e->u.call.args);
        for (size_t i = 0; i < e->u.call.keywords.n; i++)
            visit_expr(b, ((py_keyword_t *)e->u.call.keywords.items[i])->value);
        break;
    case PY_EXPR_FORMATTEDVALUE:
        visit_expr(b, e->u.formatted.value);
        visit_expr(b, e->u.formatted.format_spec);
        break;
    case PY_EXPR_JOINEDSTR: visit_exprs(b, &e->u.joinedstr.values); break;
    case PY_EXPR_CONSTANT: break;
    case PY_EXPR_ATTRIBUTE: visit_expr(b, e->u.attribute.value); break;
    case PY_EXPR_SUBSCRIPT:
        visit_expr(b, e->u.subscript.value);
        visit_expr(b, e->u.subscript.slice);
        break;
    case PY_EXPR_STARRED: visit_expr(b, e->u.starred.value); break;
    case PY_EXPR_NAME: visit_name(b, e); break;
    case PY_EXPR_LIST: case PY_EXPR_TUPLE: visit_exprs(b, &e->u.list.elts); break;
    case PY_EXPR_SLICE:
        visit_expr(b, e->u.slice.lower);
        visit_expr(b, e->u.slice.upper);
        visit_expr(b, e->u.slice.step);
        break;
    }
}

static void visit_funcdef(builder_t *b, const py_stmt_t *st) {
    visit_exprs(b, &st->u.funcdef.decorator_list);
    visit_defaults(b, st->u.funcdef.args);
    visit_annotations(b, st->u.funcdef.args, st->u.funcdef.returns);
    add_def(b, st->u.funcdef.name, PY_DEF_LOCAL);
    py_scope_t *s = new_scope(b, PY_SCOPE_FUNCTION, st->u.funcdef.name, st);
    if (!s) return;
    s->is_async = st->kind == PY_STMT_ASYNCFUNCTIONDEF;
    b->cur = s;
    visit_params(b, st->u.funcdef.args);
    visit_stmts(b, &st->u.funcdef.body);
    b->cur = s->parent;
}

static void visit_classdef(builder_t *b, const py_stmt_t *st) {
    visit_exprs(b, &st->u.classdef.decorator_list);
    visit_exprs(b, &st->u.classdef.bases);
    for (size_t i = 0; i < st->u.classdef.keywords.n; i++)
        visit_expr(b, ((py_keyword_t *)st->u.classdef.keywords.items[i])->value);
    add_def(b, st->u.classdef.name, PY_DEF_LOCAL);
    py_scope_t *s = new_scope(b, PY_SCOPE_CLASS, st->u.classdef.name, st);
    if (!s) return;
    b->cur = s;
    visit_stmts(b, &st->u.classdef.body);
    b->cur = s->parent;
}

// `global x` / `nonlocal x`: the name must not have been used or bound before.
static void visit_decl(builder_t *b, const py_stmt_t *st, bool global) {
    const char *kw = global ? "global" : "nonlocal";
    if (!global && b->cur->kind == PY_SCOPE_MODULE) {
        fail(b, st->pos.line, st->pos.col, "nonlocal declaration not allowed at module level%s", "");
        return;
    }
    char fmt[96];
    for (size_t i = 0; i < st->u.global.names.n && !b->failed; i++) {
        const char *name = st->u.global.names.items[i];
        py_symbol_t *sym = intern_sym(b, b->cur, name);
        if (!sym) return;
        const char *why = (sym->flags & PY_DEF_PARAM) ? "name '%%s' is parameter and %s"
                          : (sym->flags & PY_DEF_LOCAL) ? "name '%%s' is assigned to before %s declaration"
                          : (sym->flags & PY_DEF_USE) ? "name '%%s' is used prior to %s declaration" : NULL;
        if (why) {
            snprintf(fmt, sizeof fmt, why, kw);
            fail(b, st->pos.line, st->pos.col, fmt, name);
            return;
        }
        // Both declarations: CPython reports it at the first one.
        if (sym->flags & (global ? PY_DEF_NONLOCAL : PY_DEF_GLOBAL)) {
            fail(b, sym->line, sym->col, "name '%s' is nonlocal and global", name);
            return;
        }
        sym->flags |= global ? PY_DEF_GLOBAL : PY_DEF_NONLOCAL;
        sym->line = st->pos.line;
        sym->col = st->pos.col;
    }
}

static void visit_import(builder_t *b, const py_stmt_t *st) {
    for (size_t i = 0; i < st->u.import.names.n; i++) {
        const py_alias_t *a = st->u.import.names.items[i];
        if (a->asname) {
            add_def(b, a->asname, PY_DEF_LOCAL);
            continue;
        }
        // `import a.b.c` binds a
        const char *dot = strchr(a->name, '.');
        const char *n = dot ? py_arena_strndup(b->arena, a->name, (size_t)(dot - a->name)) : a->name;
        if (!n) { b->failed = b->err->out_of_memory = true; return; }
        add_def(b, n, PY_DEF_LOCAL);
    }
}

static void visit_importfrom(builder_t *b, const py_stmt_t *st) {
    for (size_t i = 0; i < st->u.importfrom.names.n; i++) {
        const py_alias_t *a = st->u.importfrom.names.items[i];
        if (strcmp(a->name, "*") == 0) {
            if (b->cur->kind != PY_SCOPE_MODULE)
                fail(b, st->pos.line, st->pos.col, "import * only allowed at module level%s", "");
            continue;
        }
        add_def(b, a->asname ? a->asname : a->name, PY_DEF_LOCAL);
    }
}

static void visit_try(builder_t *b, const py_stmt_t *st) {
    visit_stmts(b, &st->u.try_.body);
    for (size_t i = 0; i < st->u.try_.handlers.n; i++) {
        const py_excepthandler_t *h = st->u.try_.handlers.items[i];
        visit_expr(b, h->type);
        if (h->name) add_def(b, h->name, PY_DEF_LOCAL);
        visit_stmts(b, &h->body);
    }
    visit_stmts(b, &st->u.try_.orelse);
    visit_stmts(b, &st->u.try_.finalbody);
}

static void visit_return(builder_t *b, const py_stmt_t *st) {
    if (b->cur->kind == PY_SCOPE_MODULE || b->cur->kind == PY_SCOPE_CLASS)
        fail(b, st->pos.line, st->pos.col, "'return' outside function%s", "");
    visit_expr(b, st->u.ret.value);
}

static void visit_match_pattern(builder_t *b, const py_pattern_t *p);

static void visit_patterns(builder_t *b, const py_ast_list_t *l) {
    for (size_t i = 0; i < l->n; i++) visit_match_pattern(b, l->items[i]);
}

static void visit_match_pattern(builder_t *b, const py_pattern_t *p) {
    if (!p) return;
    switch (p->kind) {
    case PY_PAT_VALUE: visit_expr(b, p->u.value.value); break;
    case PY_PAT_SINGLETON: break;
    case PY_PAT_SEQUENCE: visit_patterns(b, &p->u.sequence.patterns); break;
    case PY_PAT_MAPPING:
        visit_exprs(b, &p->u.mapping.keys);
        visit_patterns(b, &p->u.mapping.patterns);
        if (p->u.mapping.rest) add_def(b, p->u.mapping.rest, PY_DEF_LOCAL);
        break;
    case PY_PAT_CLASS:
        visit_expr(b, p->u.cls.cls);
        visit_patterns(b, &p->u.cls.patterns);
        visit_patterns(b, &p->u.cls.kwd_patterns);
        break;
    case PY_PAT_STAR: if (p->u.star.name) add_def(b, p->u.star.name, PY_DEF_LOCAL); break;
    case PY_PAT_AS:
        visit_match_pattern(b, p->u.as.pattern);
        if (p->u.as.name) add_def(b, p->u.as.name, PY_DEF_LOCAL);
        break;
    case PY_PAT_OR: visit_patterns(b, &p->u.or.patterns); break;
    }
}

static void visit_stmt(builder_t *b, const py_stmt_t *st) {
    if (b->failed) return;
    switch (st->kind) {
    case PY_STMT_FUNCTIONDEF: case PY_STMT_ASYNCFUNCTIONDEF: visit_funcdef(b, st); break;
    case PY_STMT_CLASSDEF: visit_classdef(b, st); break;
    case PY_STMT_RETURN: visit_return(b, st); break;
    case PY_STMT_DELETE: visit_exprs(b, &st->u.del.targets); break;
    case PY_STMT_ASSIGN:
        visit_expr(b, st->u.assign.value);
        visit_exprs(b, &st->u.assign.targets);
        break;
    case PY_STMT_AUGASSIGN:
        visit_expr(b, st->u.augassign.value);
        if (st->u.augassign.target->kind == PY_EXPR_NAME)
            add_def(b, st->u.augassign.target->u.name.id, PY_DEF_LOCAL | PY_DEF_USE);
        else
            visit_expr(b, st->u.augassign.target);
        break;
    case PY_STMT_ANNASSIGN:
        visit_expr(b, st->u.annassign.value);
        // only module and class bodies evaluate annotations (vm/compiler_annot.c)
        if (b->cur->kind == PY_SCOPE_MODULE || b->cur->kind == PY_SCOPE_CLASS)
            visit_expr(b, st->u.annassign.annotation);
        if (st->u.annassign.target->kind == PY_EXPR_NAME)
            add_def(b, st->u.annassign.target->u.name.id, PY_DEF_LOCAL);
        else
            visit_expr(b, st->u.annassign.target);
        break;
    case PY_STMT_FOR: case PY_STMT_ASYNCFOR:
        if (st->kind == PY_STMT_ASYNCFOR) check_async_stmt(b, st, "async for");
        visit_expr(b, st->u.for_.iter);
        visit_expr(b, st->u.for_.target);
        visit_stmts(b, &st->u.for_.body);
        visit_stmts(b, &st->u.for_.orelse);
        break;
    case PY_STMT_WHILE: case PY_STMT_IF:
        visit_expr(b, st->u.if_.test);
        visit_stmts(b, &st->u.if_.body);
        visit_stmts(b, &st->u.if_.orelse);
        break;
    case PY_STMT_WITH: case PY_STMT_ASYNCWITH:
        if (st->kind == PY_STMT_ASYNCWITH) check_async_stmt(b, st, "async with");
        for (size_t i = 0; i < st->u.with.items.n; i++) {
            const py_withitem_t *w = st->u.with.items.items[i];
            visit_expr(b, w->context_expr);
            visit_expr(b, w->optional_vars);
        }
        visit_stmts(b, &st->u.with.body);
        break;
    case PY_STMT_MATCH:
        visit_expr(b, st->u.match.subject);
        for (size_t i = 0; i < st->u.match.cases.n; i++) {
            const py_match_case_t *c = st->u.match.cases.items[i];
            visit_match_pattern(b, c->pattern);
            visit_expr(b, c->guard);
            visit_stmts(b, &c->body);
        }
        break;
    case PY_STMT_RAISE: visit_expr(b, st->u.raise.exc); visit_expr(b, st->u.raise.cause); break;
    case PY_STMT_TRY: case PY_STMT_TRYSTAR: visit_try(b, st); break;
    case PY_STMT_ASSERT: visit_expr(b, st->u.assert_.test); visit_expr(b, st->u.assert_.msg); break;
    case PY_STMT_IMPORT: visit_import(b, st); break;
    case PY_STMT_IMPORTFROM: visit_importfrom(b, st); break;
    case PY_STMT_GLOBAL: visit_decl(b, st, true); break;
    case PY_STMT_NONLOCAL: visit_decl(b, st, false); break;
    case PY_STMT_EXPR: visit_expr(b, st->u.expr.value); break;
    case PY_STMT_PASS: case PY_STMT_BREAK: case PY_STMT_CONTINUE: break;
    }
}

static void visit_stmts(builder_t *b, const py_ast_list_t *l) {
    for (size_t i = 0; i < l->n && !b->failed; i++) visit_stmt(b, l->items[i]);
}

// ---- pass two: resolution ---------------------------------------------------------

// The scope a name bound in [s] has before free-variable analysis.
static py_sym_scope_t own_scope(const py_scope_t *s, const py_symbol_t *sym) {
    if (sym->flags & PY_DEF_GLOBAL) return PY_SYM_GLOBAL_EXPLICIT;
    if (sym->flags & PY_DEF_NONLOCAL) return PY_SYM_FREE;
    if (sym->flags & (PY_DEF_LOCAL | PY_DEF_PARAM)) return PY_SYM_LOCAL;
    (void)s;
    return PY_SYM_GLOBAL_IMPLICIT;
}

// True when function-like [p] provides [name] to inner scopes (binds it or has it free).
static bool provides(const py_scope_t *p, const char *name, bool *global) {
    const py_symbol_t *sym = py_scope_lookup(p, name);
    *global = false;
    if (!sym || (sym->flags & PY_DEF_IMPLICIT && !(sym->flags & (PY_DEF_NONLOCAL | PY_DEF_LOCAL))))
        return false;
    if (sym->flags & PY_DEF_GLOBAL) {
        *global = true;
        return false;
    }
    return (sym->flags & (PY_DEF_LOCAL | PY_DEF_PARAM | PY_DEF_NONLOCAL)) != 0;
}

// Adds [name] as a pass-through free variable of [s] (between the user and the owner).
static void pass_through(builder_t *b, py_scope_t *s, const char *name) {
    py_symbol_t *sym = intern_sym(b, s, name);
    if (!sym) return;
    if (s->kind == PY_SCOPE_CLASS && (sym->flags & (PY_DEF_LOCAL | PY_DEF_PARAM)))
        sym->flags |= PY_DEF_FREE_CLASS;
    else if (!(sym->flags & (PY_DEF_LOCAL | PY_DEF_PARAM | PY_DEF_GLOBAL))) {
        sym->scope = PY_SYM_FREE;
        sym->flags |= PY_DEF_IMPLICIT;
    }
}

// Resolves a name [s] uses but does not bind by walking up to its owner.
static void resolve_free(builder_t *b, py_scope_t *s, py_symbol_t *sym) {
    const char *name = sym->name;
    bool nonlocal = (sym->flags & PY_DEF_NONLOCAL) != 0;
    for (py_scope_t *p = s->parent; p; p = p->parent) {
        if (p->kind == PY_SCOPE_MODULE) break;
        if (p->kind == PY_SCOPE_CLASS) {
            if (strcmp(name, "__class__") == 0 && !nonlocal) {
                p->needs_class_cell = true;
                for (py_scope_t *q = s->parent; q != p; q = q->parent) pass_through(b, q, name);
                sym->scope = PY_SYM_FREE;
                return;
            }
            continue;
        }
        bool global;
        if (provides(p, name, &global)) {
            py_symbol_t *owner = py_scope_lookup(p, name);
            if (owner->scope == PY_SYM_LOCAL) owner->scope = PY_SYM_CELL;
            for (py_scope_t *q = s->parent; q != p; q = q->parent) pass_through(b, q, name);
            sym->scope = PY_SYM_FREE;
            return;
        }
        if (global) break;
    }
    if (nonlocal)
        fail(b, sym->line, sym->col, "no binding for nonlocal '%s' found", name);
    else
        sym->scope = PY_SYM_GLOBAL_IMPLICIT;
}

static void resolve(builder_t *b, py_scope_t *s) {
    for (size_t i = 0; i < s->nsyms; i++) {
        py_symbol_t *sym = &s->syms[i];
        if (sym->flags & PY_DEF_IMPLICIT && sym->scope == PY_SYM_FREE) continue;
        sym->scope = own_scope(s, sym);
    }
    // Own scopes first, so children can turn this scope's locals into cells.
    for (size_t i = 0; i < s->nsyms && !b->failed; i++) {
        py_symbol_t *sym = &s->syms[i];
        bool unbound = !(sym->flags & (PY_DEF_LOCAL | PY_DEF_PARAM | PY_DEF_GLOBAL));
        bool is_free_candidate = (sym->flags & PY_DEF_NONLOCAL) ||
                                 (unbound && s->kind != PY_SCOPE_MODULE && !(sym->flags & PY_DEF_IMPLICIT));
        if (is_free_candidate) resolve_free(b, s, sym);
    }
    for (size_t i = 0; i < s->nchildren && !b->failed; i++) resolve(b, s->children[i]);
}

// ---- slot lists for the code generator ----------------------------------------------

static bool push_name(builder_t *b, const char ***arr, size_t *n, size_t *cap, const char *name) {
    const char **a = grow(b, *arr, cap, *n, sizeof *a);
    if (!a) return false;
    *arr = a;
    a[(*n)++] = name;
    return true;
}

// Records each symbol's varnames index after the symbol index (see sym_index).
static void set_varname_slots(py_scope_t *s) {
    uint32_t *index = sym_index(s);
    if (!index) return;
    uint32_t *slots = index + 2 * s->capsyms;
    memset(slots, 0xff, s->nsyms * sizeof *slots);
    for (size_t i = 0; i < s->nvarnames; i++) {
        const py_symbol_t *sym = py_scope_lookup(s, s->varnames[i]);
        if (sym) slots[sym - s->syms] = (uint32_t)i;
    }
}

int py_scope_varname_index(const py_scope_t *s, const char *name) {
    const uint32_t *index = sym_index(s);
    if (!index) return py_scope_index(s->varnames, s->nvarnames, name);
    const py_symbol_t *sym = py_scope_lookup(s, name);
    if (!sym) return -1;
    uint32_t slot = index[2 * s->capsyms + (size_t)(sym - s->syms)];
    return slot == UINT32_MAX ? -1 : (int)slot;
}

static void finish_lists(builder_t *b, py_scope_t *s) {
    size_t capv = 0, capc = 0, capf = 0;
    // Parameters were added first, in CPython's co_varnames order.
    for (size_t i = 0; i < s->nsyms; i++) {
        py_symbol_t *sym = &s->syms[i];
        if (is_function_like(s) && (sym->scope == PY_SYM_LOCAL || (sym->flags & PY_DEF_PARAM)))
            push_name(b, &s->varnames, &s->nvarnames, &capv, sym->name);
        if (sym->scope == PY_SYM_CELL)
            push_name(b, &s->cellvars, &s->ncellvars, &capc, sym->name);
        if (sym->scope == PY_SYM_FREE || (sym->flags & PY_DEF_FREE_CLASS))
            push_name(b, &s->freevars, &s->nfreevars, &capf, sym->name);
    }
    if (s->needs_class_cell) push_name(b, &s->cellvars, &s->ncellvars, &capc, "__class__");
    set_varname_slots(s);
    for (size_t i = 0; i < s->nchildren; i++) finish_lists(b, s->children[i]);
}

py_scope_t *py_scope_build(py_arena_t *arena, const py_ast_mod_t *mod, py_scope_error_t *err) {
    builder_t b = {arena, err, NULL, false, 0};
    memset(err, 0, sizeof *err);
    py_scope_t *top = new_scope(&b, PY_SCOPE_MODULE, "top", NULL);
    if (!top) return NULL;
    b.cur = top;
    if (mod->mode == PY_PARSE_EVAL)
        visit_expr(&b, mod->expr);
    else
        visit_stmts(&b, &mod->body);
    if (!b.failed) resolve(&b, top);
    if (!b.failed) finish_lists(&b, top);
    return b.failed ? NULL : top;
}
