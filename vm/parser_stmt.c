// vm/parser_stmt.c: statement sequences and the simple statements.
// Layer: vm front end (parser). Compound statements are in parser_compound.c.
// SPDX-License-Identifier: MIT

#include "parser.h"

#include <string.h>

// ---- sequences ----------------------------------------------------------------------------

// statements: statement+
int py_parse_statements(py_parser_t *p, py_vec_t *out, py_token_kind_t end) {
    while (!at(p, end) && !at(p, PY_TOK_EOF))
        if (py_parse_statement(p, out) < 0)
            return -1;
    return p->failed ? -1 : 0;
}

// statement: compound_stmt | simple_stmts
// Returns 1 for a compound statement, 0 for simple ones, -1 on error.
int py_parse_statement(py_parser_t *p, py_vec_t *out) {
    if (at(p, PY_TOK_INDENT)) {
        py_parse_invalid(p);
        return -1;
    }
    if (py_parse_at_compound(p))
        return py_parse_compound(p, out) < 0 ? -1 : 1;
    if (py_parse_at_word(p, "match")) {
        int r = py_parse_match(p, out);
        if (r != 0)
            return r;
    }
    return py_parse_simple_stmts(p, out);
}

static int push_stmt(py_parser_t *p, py_vec_t *out, py_stmt_t *s) {
    return s ? py_parse_push(p, out, s) : -1;
}

// A statement made of its keyword alone (pass, break, continue).
static int keyword_stmt(py_parser_t *p, py_vec_t *out, py_stmt_kind_t kind) {
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    return push_stmt(p, out, py_parse_new_stmt(p, kind, line, col));
}

// ---- expressions and assignments ------------------------------------------------------------

// annotated_rhs: yield_expr | star_expressions
static py_expr_t *rhs(py_parser_t *p) {
    py_expr_t *e = at(p, PY_TOK_YIELD) ? py_parse_yield_expr(p) : py_parse_star_expressions(p);
    return e && py_parse_check_no_star(p, e) == 0 ? e : NULL;
}

// Whether [e] is a bitwise_or-level expression, where CPython suggests '=='.
static int suggests_equality(const py_expr_t *e) {
    switch (e->kind) {
    case PY_EXPR_COMPARE:
    case PY_EXPR_BOOLOP:
    case PY_EXPR_IFEXP:
    case PY_EXPR_LAMBDA:
    case PY_EXPR_NAMEDEXPR:
    case PY_EXPR_TUPLE:
    case PY_EXPR_LIST:
    case PY_EXPR_STARRED:
    case PY_EXPR_YIELD:
    case PY_EXPR_YIELDFROM:
    case PY_EXPR_GENERATOREXP: return 0;
    case PY_EXPR_UNARYOP: return e->u.unaryop.op != PY_UNARY_NOT;
    case PY_EXPR_CONSTANT: return e->u.constant.kind > PY_CONST_FALSE;
    default: return 1;
    }
}

// Validates one `targets =` entry; [only] is set for `x = value` with one '='.
static int assign_target(py_parser_t *p, py_expr_t *t, int only) {
    if (t->kind == PY_EXPR_STARRED) {
        py_parse_error_at(p, t->pos.line, t->pos.col,
                          "starred assignment target must be in a list or tuple");
        return -1;
    }
    int valid = t->kind == PY_EXPR_NAME || t->kind == PY_EXPR_ATTRIBUTE ||
                t->kind == PY_EXPR_SUBSCRIPT || t->kind == PY_EXPR_TUPLE || t->kind == PY_EXPR_LIST;
    if (!valid && only && suggests_equality(t)) {
        py_parse_error_at(p, t->pos.line, t->pos.col,
                          "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                          py_parse_expr_name(t));
        return -1;
    }
    return py_parse_set_target(p, t, PY_CTX_STORE);
}

// (star_targets '=')+ (yield_expr | star_expressions)
static py_stmt_t *assignment(py_parser_t *p, py_expr_t *first, int line, int col) {
    py_vec_t targets = {0};
    py_expr_t *value = first;
    while (py_parse_accept(p, PY_TOK_ASSIGN)) {
        if (py_parse_push(p, &targets, value) < 0 || !(value = rhs(p)))
            return NULL;
    }
    for (size_t i = 0; i < targets.n; i++)
        if (assign_target(p, targets.items[i], targets.n == 1) < 0)
            return NULL;
    py_stmt_t *s = py_parse_new_stmt(p, PY_STMT_ASSIGN, line, col);
    if (s) {
        s->u.assign.targets = py_parse_list(&targets);
        s->u.assign.value = value;
    }
    return s;
}

// target ':' expression ['=' annotated_rhs]
static py_stmt_t *annassign(py_parser_t *p, py_expr_t *target, int parenthesized, int line,
                            int col) {
    if (target->kind == PY_EXPR_TUPLE || target->kind == PY_EXPR_LIST)
        return py_parse_error_at(p, target->pos.line, target->pos.col,
                                 "only single target (not %s) can be annotated",
                                 target->kind == PY_EXPR_TUPLE ? "tuple" : "list");
    if (target->kind != PY_EXPR_NAME && target->kind != PY_EXPR_ATTRIBUTE &&
        target->kind != PY_EXPR_SUBSCRIPT)
        return py_parse_error_at(p, target->pos.line, target->pos.col,
                                 "illegal target for annotation");
    py_parse_advance(p);
    py_expr_t *ann = py_parse_expression(p), *value = NULL;
    if (!ann || (py_parse_accept(p, PY_TOK_ASSIGN) && !(value = rhs(p))))
        return NULL;
    py_parse_set_target(p, target, PY_CTX_STORE);
    py_stmt_t *s = py_parse_new_stmt(p, PY_STMT_ANNASSIGN, line, col);
    if (s) {
        s->u.annassign.target = target;
        s->u.annassign.annotation = ann;
        s->u.annassign.value = value;
        s->u.annassign.simple = target->kind == PY_EXPR_NAME && !parenthesized;
    }
    return s;
}

// The augmented assignment operator at the current token, or -1.
static int augassign_op(const py_parser_t *p) {
    static const struct {
        py_token_kind_t tok;
        py_binop_t op;
    } ops[] = {
        {PY_TOK_PLUS_EQ, PY_BINOP_ADD},        {PY_TOK_MINUS_EQ, PY_BINOP_SUB},
        {PY_TOK_STAR_EQ, PY_BINOP_MULT},       {PY_TOK_AT_EQ, PY_BINOP_MATMULT},
        {PY_TOK_SLASH_EQ, PY_BINOP_DIV},       {PY_TOK_PERCENT_EQ, PY_BINOP_MOD},
        {PY_TOK_AMP_EQ, PY_BINOP_BITAND},      {PY_TOK_PIPE_EQ, PY_BINOP_BITOR},
        {PY_TOK_CARET_EQ, PY_BINOP_BITXOR},    {PY_TOK_LSHIFT_EQ, PY_BINOP_LSHIFT},
        {PY_TOK_RSHIFT_EQ, PY_BINOP_RSHIFT},   {PY_TOK_DSTAR_EQ, PY_BINOP_POW},
        {PY_TOK_DSLASH_EQ, PY_BINOP_FLOORDIV},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (at(p, ops[i].tok))
            return (int)ops[i].op;
    return -1;
}

// single_target augassign ~ (yield_expr | star_expressions)
static py_stmt_t *augassign(py_parser_t *p, py_expr_t *target, int op, int line, int col) {
    if (target->kind != PY_EXPR_NAME && target->kind != PY_EXPR_ATTRIBUTE &&
        target->kind != PY_EXPR_SUBSCRIPT)
        return py_parse_error_at(p, target->pos.line, target->pos.col,
                                 "'%s' is an illegal expression for augmented assignment",
                                 py_parse_expr_name(target));
    py_parse_advance(p);
    py_expr_t *value = rhs(p);
    if (!value)
        return NULL;
    py_parse_set_target(p, target, PY_CTX_STORE);
    py_stmt_t *s = py_parse_new_stmt(p, PY_STMT_AUGASSIGN, line, col);
    if (s) {
        s->u.augassign.target = target;
        s->u.augassign.op = (py_binop_t)op;
        s->u.augassign.value = value;
    }
    return s;
}

// Python 2's `print x` gets CPython's hint.
static int legacy_print(py_parser_t *p, const py_expr_t *e) {
    if (e->kind != PY_EXPR_NAME || !py_parse_at_expr_start(p) ||
        (strcmp(e->u.name.id, "print") != 0 && strcmp(e->u.name.id, "exec") != 0))
        return 0;
    py_parse_error_at(p, e->pos.line, e->pos.col,
                      "Missing parentheses in call to '%s'. Did you mean %s(...)?", e->u.name.id,
                      e->u.name.id);
    return 1;
}

// assignment | star_expressions
static py_stmt_t *expr_stmt(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col, parenthesized = at(p, PY_TOK_LPAR);
    py_expr_t *e = at(p, PY_TOK_YIELD) ? py_parse_yield_expr(p) : py_parse_star_expressions(p);
    if (!e)
        return NULL;
    int op = augassign_op(p);
    if (at(p, PY_TOK_COLON))
        return annassign(p, e, parenthesized, line, col);
    if (op >= 0)
        return augassign(p, e, op, line, col);
    if (at(p, PY_TOK_ASSIGN))
        return assignment(p, e, line, col);
    if (legacy_print(p, e) || py_parse_check_no_star(p, e) < 0)
        return NULL;
    py_stmt_t *s = py_parse_new_stmt(p, PY_STMT_EXPR, line, col);
    if (s)
        s->u.expr.value = e;
    return s;
}

// ---- keyword statements ----------------------------------------------------------------------

// return_stmt: 'return' [star_expressions]
static py_stmt_t *return_stmt(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_expr_t *v = NULL;
    py_parse_advance(p);
    if ((py_parse_at_expr_start(p) || at(p, PY_TOK_STAR)) &&
        (!(v = py_parse_star_expressions(p)) || py_parse_check_no_star(p, v) < 0))
        return NULL;
    py_stmt_t *s = py_parse_new_stmt(p, PY_STMT_RETURN, line, col);
    if (s)
        s->u.ret.value = v;
    return s;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
static py_stmt_t *raise_stmt(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_expr_t *exc = NULL, *cause = NULL;
    py_parse_advance(p);
    if (py_parse_at_expr_start(p)) {
        if (!(exc = py_parse_expression(p)))
            return NULL;
        if (py_parse_accept(p, PY_TOK_FROM) && !(cause = py_parse_expression(p)))
            return NULL;
    }
    py_stmt_t *s = py_parse_new_stmt(p, PY_STMT_RAISE, line, col);
    if (s) {
        s->u.raise.exc = exc;
        s->u.raise.cause = cause;
    }
    return s;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE)
static py_stmt_t *del_stmt(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_vec_t targets = {0};
    py_parse_advance(p);
    do {
        if (at(p, PY_TOK_NEWLINE) || at(p, PY_TOK_SEMI))
            break;
        py_expr_t *t =
            at(p, PY_TOK_STAR) ? py_parse_star_named_expression(p) : py_parse_expression(p);
        if (!t || py_parse_set_target(p, t, PY_CTX_DEL) < 0 || py_parse_push(p, &targets, t) < 0)
            return NULL;
    } while (py_parse_accept(p, PY_TOK_COMMA));
    if (targets.n == 0)
        return py_parse_invalid(p);
    py_stmt_t *s = py_parse_new_stmt(p, PY_STMT_DELETE, line, col);
    if (s)
        s->u.del.targets = py_parse_list(&targets);
    return s;
}

// assert_stmt: 'assert' expression [',' expression]
static py_stmt_t *assert_stmt(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    py_expr_t *test = py_parse_expression(p), *msg = NULL;
    if (!test || (py_parse_accept(p, PY_TOK_COMMA) && !(msg = py_parse_expression(p))))
        return NULL;
    py_stmt_t *s = py_parse_new_stmt(p, PY_STMT_ASSERT, line, col);
    if (s) {
        s->u.assert_.test = test;
        s->u.assert_.msg = msg;
    }
    return s;
}

// global_stmt: 'global' ','.NAME+  (and nonlocal_stmt)
static py_stmt_t *names_stmt(py_parser_t *p, py_stmt_kind_t kind) {
    int line = p->tok.line, col = p->tok.col;
    py_vec_t names = {0};
    py_parse_advance(p);
    do {
        if (!at(p, PY_TOK_NAME))
            return py_parse_invalid(p);
        const char *id = py_parse_token_str(p);
        if (!id || py_parse_push(p, &names, (void *)id) < 0)
            return NULL;
        py_parse_advance(p);
    } while (py_parse_accept(p, PY_TOK_COMMA));
    py_stmt_t *s = py_parse_new_stmt(p, kind, line, col);
    if (s)
        s->u.global.names = py_parse_list(&names);
    return s;
}

// ---- imports ------------------------------------------------------------------------------------

// dotted_name: dotted_name '.' NAME | NAME  (joined into one string)
static const char *dotted_name(py_parser_t *p) {
    size_t len = 0, cap = 0;
    char *buf = NULL;
    do {
        if (!at(p, PY_TOK_NAME))
            return py_parse_invalid(p);
        size_t need = len + p->tok.len + 2;
        if (need > cap) {
            char *grown = py_parse_alloc(p, cap = need * 2);
            if (!grown)
                return NULL;
            if (len)
                memcpy(grown, buf, len);
            buf = grown;
        }
        if (len)
            buf[len++] = '.';
        memcpy(buf + len, p->tok.start, p->tok.len);
        len += p->tok.len;
        buf[len] = '\0';
        py_parse_advance(p);
    } while (at(p, PY_TOK_DOT) && py_parse_peek(p)->kind == PY_TOK_NAME &&
             py_parse_advance(p) == 0);
    return buf;
}

// dotted_as_name: dotted_name ['as' NAME], or import_from_as_name: NAME ['as' NAME]
static py_alias_t *alias(py_parser_t *p, int dotted) {
    int line = p->tok.line, col = p->tok.col;
    py_alias_t *a = py_parse_alloc(p, sizeof *a);
    if (!a)
        return NULL;
    if (!at(p, PY_TOK_NAME))
        return py_parse_invalid(p);
    a->name = dotted ? dotted_name(p) : py_parse_token_str(p);
    if (!a->name)
        return NULL;
    if (!dotted)
        py_parse_advance(p);
    if (py_parse_accept(p, PY_TOK_AS)) {
        if (!at(p, PY_TOK_NAME))
            return py_parse_invalid(p);
        if (!(a->asname = py_parse_token_str(p)))
            return NULL;
        py_parse_advance(p);
    }
    py_parse_set_pos(p, &a->pos, line, col);
    return a;
}

// import_name: 'import' dotted_as_names
static py_stmt_t *import_name(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_vec_t names = {0};
    py_parse_advance(p);
    do {
        py_alias_t *a = alias(p, 1);
        if (!a || py_parse_push(p, &names, a) < 0)
            return NULL;
    } while (py_parse_accept(p, PY_TOK_COMMA));
    py_stmt_t *s = py_parse_new_stmt(p, PY_STMT_IMPORT, line, col);
    if (s)
        s->u.import.names = py_parse_list(&names);
    return s;
}

// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
static int from_targets(py_parser_t *p, py_vec_t *names) {
    if (at(p, PY_TOK_STAR)) {
        py_alias_t *a = py_parse_alloc(p, sizeof *a);
        if (!a || !(a->name = py_arena_strndup(p->arena, "*", 1)))
            return py_parse_status(py_parse_oom(p));
        py_parse_set_pos(p, &a->pos, p->tok.line, p->tok.col);
        py_parse_advance(p);
        a->pos.end_line = p->prev_line;
        a->pos.end_col = p->prev_col;
        return py_parse_push(p, names, a);
    }
    int paren = py_parse_accept(p, PY_TOK_LPAR);
    do {
        if (paren && at(p, PY_TOK_RPAR) && names->n)
            break;
        if (!paren && !at(p, PY_TOK_NAME) && names->n) {
            py_parse_error(p, "trailing comma not allowed without surrounding parentheses");
            return -1;
        }
        py_alias_t *a = alias(p, 0);
        if (!a || py_parse_push(p, names, a) < 0)
            return -1;
    } while (py_parse_accept(p, PY_TOK_COMMA));
    return paren ? py_parse_expect(p, PY_TOK_RPAR) : 0;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
static py_stmt_t *import_from(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col, level = 0;
    const char *module = NULL;
    py_vec_t names = {0};
    py_parse_advance(p);
    for (;; py_parse_advance(p)) {
        if (at(p, PY_TOK_DOT))
            level += 1;
        else if (at(p, PY_TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    if ((level == 0 || at(p, PY_TOK_NAME)) && !(module = dotted_name(p)))
        return NULL;
    if (py_parse_expect(p, PY_TOK_IMPORT) < 0 || from_targets(p, &names) < 0)
        return NULL;
    py_stmt_t *s = py_parse_new_stmt(p, PY_STMT_IMPORTFROM, line, col);
    if (s) {
        s->u.importfrom.module = module;
        s->u.importfrom.names = py_parse_list(&names);
        s->u.importfrom.level = level;
    }
    return s;
}

// ---- simple statements ------------------------------------------------------------------------

// simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt
//            | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue'
//            | global_stmt | nonlocal_stmt
static int simple_stmt(py_parser_t *p, py_vec_t *out) {
    switch (p->tok.kind) {
    case PY_TOK_PASS: return keyword_stmt(p, out, PY_STMT_PASS);
    case PY_TOK_BREAK: return keyword_stmt(p, out, PY_STMT_BREAK);
    case PY_TOK_CONTINUE: return keyword_stmt(p, out, PY_STMT_CONTINUE);
    case PY_TOK_RETURN: return push_stmt(p, out, return_stmt(p));
    case PY_TOK_RAISE: return push_stmt(p, out, raise_stmt(p));
    case PY_TOK_DEL: return push_stmt(p, out, del_stmt(p));
    case PY_TOK_ASSERT: return push_stmt(p, out, assert_stmt(p));
    case PY_TOK_GLOBAL: return push_stmt(p, out, names_stmt(p, PY_STMT_GLOBAL));
    case PY_TOK_NONLOCAL: return push_stmt(p, out, names_stmt(p, PY_STMT_NONLOCAL));
    case PY_TOK_IMPORT: return push_stmt(p, out, import_name(p));
    case PY_TOK_FROM: return push_stmt(p, out, import_from(p));
    default: return push_stmt(p, out, expr_stmt(p));
    }
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
int py_parse_simple_stmts(py_parser_t *p, py_vec_t *out) {
    do {
        if (simple_stmt(p, out) < 0)
            return -1;
    } while (py_parse_accept(p, PY_TOK_SEMI) && !at(p, PY_TOK_NEWLINE));
    return py_parse_expect(p, PY_TOK_NEWLINE);
}
