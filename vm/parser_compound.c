// vm/parser_compound.c: compound statements: if, while, for, with, try, def, class.
// Layer: vm front end (parser). The match statement is in parser_pattern.c.
// SPDX-License-Identifier: MIT

#include "parser.h"

#include <string.h>

// ---- blocks -------------------------------------------------------------------------------

// block: NEWLINE INDENT statements DEDENT | simple_stmts   (after a forced ':')
int py_parse_block(py_parser_t *p, py_ast_list_t *body, const char *what, int line) {
    py_vec_t stmts = {0};
    if (py_parse_expect_forced(p, PY_TOK_COLON) < 0)
        return -1;
    if (!py_parse_accept(p, PY_TOK_NEWLINE)) {
        if (py_parse_simple_stmts(p, &stmts) < 0)
            return -1;
    } else if (!at(p, PY_TOK_INDENT)) {
        if (!at(p, PY_TOK_ERROR)) {
            py_parse_error(p, "expected an indented block after %s on line %d", what, line);
            py_parse_indentation(p);
        }
        return -1;
    } else {
        py_parse_advance(p);
        if (py_parse_statements(p, &stmts, PY_TOK_DEDENT) < 0 ||
            py_parse_expect(p, PY_TOK_DEDENT) < 0)
            return -1;
    }
    *body = py_parse_list(&stmts);
    return 0;
}

// else_block: 'else' &&':' block  (when present)
static int else_block(py_parser_t *p, py_ast_list_t *orelse) {
    if (!at(p, PY_TOK_ELSE))
        return 0;
    int line = p->tok.line;
    py_parse_advance(p);
    return py_parse_block(p, orelse, "'else' statement", line);
}

static void extend_to_here(const py_parser_t *p, py_stmt_t *s) {
    s->pos.end_line = p->prev_line;
    s->pos.end_col = p->prev_col;
}

// ---- if and while ---------------------------------------------------------------------------

// One `if`/`elif` test and block as an If statement.
static py_stmt_t *if_clause(py_parser_t *p, const char *what) {
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    py_expr_t *test = py_parse_named_expression(p);
    py_ast_list_t body;
    if (!test || py_parse_block(p, &body, what, line) < 0)
        return NULL;
    py_stmt_t *s = py_parse_new_stmt(p, PY_STMT_IF, line, col);
    if (s) {
        s->u.if_.test = test;
        s->u.if_.body = body;
    }
    return s;
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
// The elif chain is built with a loop: thousands of elifs must not recurse.
static int if_stmt(py_parser_t *p, py_vec_t *out) {
    py_stmt_t *first = if_clause(p, "'if' statement"), *last = first;
    py_vec_t chain = {0};
    if (!first || py_parse_push(p, &chain, first) < 0)
        return -1;
    while (at(p, PY_TOK_ELIF)) {
        py_stmt_t *s = if_clause(p, "'elif' statement");
        if (!s || py_parse_push(p, &chain, s) < 0)
            return -1;
        last->u.if_.orelse = py_parse_list1(p, s);
        last = s;
    }
    if (else_block(p, &last->u.if_.orelse) < 0)
        return -1;
    for (size_t i = 0; i < chain.n; i++)
        extend_to_here(p, chain.items[i]);
    return py_parse_push(p, out, first);
}

// while_stmt: 'while' named_expression ':' block [else_block]
static int while_stmt(py_parser_t *p, py_vec_t *out) {
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    py_expr_t *test = py_parse_named_expression(p);
    py_ast_list_t body, orelse = {0, NULL};
    if (!test || py_parse_block(p, &body, "'while' statement", line) < 0 ||
        else_block(p, &orelse) < 0)
        return -1;
    py_stmt_t *s = py_parse_new_stmt(p, PY_STMT_WHILE, line, col);
    if (!s)
        return -1;
    s->u.while_.test = test;
    s->u.while_.body = body;
    s->u.while_.orelse = orelse;
    return py_parse_push(p, out, s);
}

// ---- for and with -------------------------------------------------------------------------------

// for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
static int for_stmt(py_parser_t *p, py_vec_t *out, int is_async, int line, int col) {
    py_parse_advance(p);
    py_expr_t *target = py_parse_star_targets(p), *iter;
    if (!target || py_parse_expect(p, PY_TOK_IN) < 0 || !(iter = py_parse_star_expressions(p)))
        return -1;
    py_ast_list_t body, orelse = {0, NULL};
    if (py_parse_block(p, &body, "'for' statement", line) < 0 || else_block(p, &orelse) < 0)
        return -1;
    py_stmt_t *s = py_parse_new_stmt(p, is_async ? PY_STMT_ASYNCFOR : PY_STMT_FOR, line, col);
    if (!s)
        return -1;
    s->u.for_.target = target;
    s->u.for_.iter = iter;
    s->u.for_.body = body;
    s->u.for_.orelse = orelse;
    return py_parse_push(p, out, s);
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
static py_withitem_t *with_item(py_parser_t *p) {
    py_withitem_t *w = py_parse_alloc(p, sizeof *w);
    if (!w || !(w->context_expr = py_parse_expression(p)))
        return NULL;
    if (py_parse_accept(p, PY_TOK_AS)) {
        w->optional_vars =
            at(p, PY_TOK_STAR) ? py_parse_star_named_expression(p) : py_parse_bitwise_or(p);
        if (!w->optional_vars || py_parse_set_target(p, w->optional_vars, PY_CTX_STORE) < 0)
            return NULL;
        if (!at(p, PY_TOK_COMMA) && !at(p, PY_TOK_RPAR) && !at(p, PY_TOK_COLON))
            return py_parse_invalid(p);
    }
    return w;
}

// ','.with_item+ up to (not including) [end]; a trailing comma only in parentheses.
static int with_items(py_parser_t *p, py_vec_t *items, int parenthesized) {
    do {
        if (parenthesized && at(p, PY_TOK_RPAR) && items->n)
            break;
        py_withitem_t *w = with_item(p);
        if (!w || py_parse_push(p, items, w) < 0)
            return -1;
    } while (py_parse_accept(p, PY_TOK_COMMA));
    return 0;
}

// '(' ','.with_item+ ','? ')' ':' -- a guess, undone when the parentheses
// turn out to belong to the first expression (`with (a, b) as c:`).
static int paren_with_items(py_parser_t *p, py_vec_t *items) {
    py_parse_mark_t m;
    py_parse_save(p, &m);
    py_parse_advance(p);
    if (with_items(p, items, 1) == 0 && py_parse_accept(p, PY_TOK_RPAR) && at(p, PY_TOK_COLON))
        return 0;
    memset(items, 0, sizeof *items);
    return py_parse_restore(p, &m) < 0 ? -1 : 1;
}

// with_stmt: [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//          | [ASYNC] 'with' ','.with_item+ ':' block
static int with_stmt(py_parser_t *p, py_vec_t *out, int is_async, int line, int col) {
    py_vec_t items = {0};
    py_parse_advance(p);
    int r = at(p, PY_TOK_LPAR) ? paren_with_items(p, &items) : 1;
    if (r < 0 || (r > 0 && with_items(p, &items, 0) < 0))
        return -1;
    py_ast_list_t body;
    if (py_parse_block(p, &body, "'with' statement", line) < 0)
        return -1;
    py_stmt_t *s = py_parse_new_stmt(p, is_async ? PY_STMT_ASYNCWITH : PY_STMT_WITH, line, col);
    if (!s)
        return -1;
    s->u.with.items = py_parse_list(&items);
    s->u.with.body = body;
    return py_parse_push(p, out, s);
}

// ---- try --------------------------------------------------------------------------------------

// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
// except_star_block: 'except' '*' expression ['as' NAME] ':' block
static py_excepthandler_t *handler(py_parser_t *p, int *star) {
    int line = p->tok.line, col = p->tok.col;
    py_excepthandler_t *h = py_parse_alloc(p, sizeof *h);
    py_parse_advance(p);
    int is_star = py_parse_accept(p, PY_TOK_STAR);
    if (!h)
        return NULL;
    if (*star >= 0 && is_star != *star)
        return py_parse_error_at(p, line, col,
                                 "cannot have both 'except' and 'except*' on the same 'try'");
    *star = is_star;
    if (at(p, PY_TOK_COLON) && is_star)
        return py_parse_error(p, "expected one or more exception types");
    if (!at(p, PY_TOK_COLON)) {
        if (!(h->type = py_parse_expression(p)))
            return NULL;
        if (at(p, PY_TOK_COMMA))
            return py_parse_error_at(p, h->type->pos.line, h->type->pos.col,
                                     "multiple exception types must be parenthesized");
        if (py_parse_accept(p, PY_TOK_AS)) {
            if (!at(p, PY_TOK_NAME))
                return py_parse_invalid(p);
            if (!(h->name = py_parse_token_str(p)))
                return NULL;
            py_parse_advance(p);
        }
    }
    if (py_parse_block(p, &h->body, is_star ? "'except*' statement" : "'except' statement", line) <
        0)
        return NULL;
    py_parse_set_pos(p, &h->pos, line, col);
    return h;
}

// try_stmt: 'try' &&':' block finally_block
//         | 'try' &&':' block except_block+ [else_block] [finally_block]
//         | 'try' &&':' block except_star_block+ [else_block] [finally_block]
static int try_stmt(py_parser_t *p, py_vec_t *out) {
    int line = p->tok.line, col = p->tok.col, star = -1;
    py_ast_list_t body, orelse = {0, NULL}, finalbody = {0, NULL};
    py_vec_t handlers = {0};
    py_parse_advance(p);
    if (py_parse_block(p, &body, "'try' statement", line) < 0)
        return -1;
    while (at(p, PY_TOK_EXCEPT)) {
        py_excepthandler_t *h = handler(p, &star);
        if (!h || py_parse_push(p, &handlers, h) < 0)
            return -1;
    }
    if (!handlers.n && !at(p, PY_TOK_FINALLY))
        return py_parse_status(py_parse_error(p, "expected 'except' or 'finally' block"));
    if (handlers.n && else_block(p, &orelse) < 0)
        return -1;
    int fline = p->tok.line;
    if (py_parse_accept(p, PY_TOK_FINALLY) &&
        py_parse_block(p, &finalbody, "'finally' statement", fline) < 0)
        return -1;
    py_stmt_t *s = py_parse_new_stmt(p, star == 1 ? PY_STMT_TRYSTAR : PY_STMT_TRY, line, col);
    if (!s)
        return -1;
    s->u.try_.body = body;
    s->u.try_.handlers = py_parse_list(&handlers);
    s->u.try_.orelse = orelse;
    s->u.try_.finalbody = finalbody;
    return py_parse_push(p, out, s);
}

// ---- definitions --------------------------------------------------------------------------------

// function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
static int funcdef(py_parser_t *p, py_vec_t *out, py_ast_list_t decorators, int is_async, int line,
                   int col) {
    py_parse_advance(p);
    if (!at(p, PY_TOK_NAME))
        return py_parse_status(py_parse_invalid(p));
    const char *name = py_parse_token_str(p);
    py_parse_advance(p);
    py_arguments_t *args;
    py_expr_t *returns = NULL;
    if (!name || py_parse_expect_forced(p, PY_TOK_LPAR) < 0 || !(args = py_parse_params(p, 0)) ||
        py_parse_expect(p, PY_TOK_RPAR) < 0)
        return -1;
    if (py_parse_accept(p, PY_TOK_ARROW) && !(returns = py_parse_expression(p)))
        return -1;
    py_ast_list_t body;
    if (py_parse_block(p, &body, "function definition", line) < 0)
        return -1;
    py_stmt_t *s =
        py_parse_new_stmt(p, is_async ? PY_STMT_ASYNCFUNCTIONDEF : PY_STMT_FUNCTIONDEF, line, col);
    if (!s)
        return -1;
    s->u.funcdef.name = name;
    s->u.funcdef.args = args;
    s->u.funcdef.body = body;
    s->u.funcdef.decorator_list = decorators;
    s->u.funcdef.returns = returns;
    return py_parse_push(p, out, s);
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] &&':' block
static int classdef(py_parser_t *p, py_vec_t *out, py_ast_list_t decorators) {
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    if (!at(p, PY_TOK_NAME))
        return py_parse_status(py_parse_invalid(p));
    py_stmt_t *s = py_parse_alloc(p, sizeof *s);
    if (!s || !(s->u.classdef.name = py_parse_token_str(p)))
        return -1;
    py_parse_advance(p);
    if (py_parse_accept(p, PY_TOK_LPAR) &&
        (py_parse_call_args(p, &s->u.classdef.bases, &s->u.classdef.keywords) < 0 ||
         py_parse_expect(p, PY_TOK_RPAR) < 0))
        return -1;
    if (py_parse_block(p, &s->u.classdef.body, "class definition", line) < 0)
        return -1;
    s->kind = PY_STMT_CLASSDEF;
    s->u.classdef.decorator_list = decorators;
    py_parse_set_pos(p, &s->pos, line, col);
    return py_parse_push(p, out, s);
}

// The statement after `async`: def, for or with.
static int async_stmt(py_parser_t *p, py_vec_t *out, py_ast_list_t decorators) {
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    if (at(p, PY_TOK_DEF))
        return funcdef(p, out, decorators, 1, line, col);
    if (decorators.n == 0 && at(p, PY_TOK_FOR))
        return for_stmt(p, out, 1, line, col);
    if (decorators.n == 0 && at(p, PY_TOK_WITH))
        return with_stmt(p, out, 1, line, col);
    py_parse_invalid(p);
    return -1;
}

// decorators: ('@' named_expression NEWLINE)+, then a def or class
static int decorated(py_parser_t *p, py_vec_t *out) {
    py_vec_t decorators = {0};
    while (py_parse_accept(p, PY_TOK_AT)) {
        py_expr_t *d = py_parse_named_expression(p);
        if (!d || py_parse_push(p, &decorators, d) < 0 || py_parse_expect(p, PY_TOK_NEWLINE) < 0)
            return -1;
    }
    py_ast_list_t list = py_parse_list(&decorators);
    if (at(p, PY_TOK_DEF))
        return funcdef(p, out, list, 0, p->tok.line, p->tok.col);
    if (at(p, PY_TOK_CLASS))
        return classdef(p, out, list);
    if (at(p, PY_TOK_ASYNC))
        return async_stmt(p, out, list);
    py_parse_invalid(p);
    return -1;
}

// ---- dispatch
// -------------------------------------------------------------------------------------

int py_parse_at_compound(py_parser_t *p) {
    switch (p->tok.kind) {
    case PY_TOK_IF:
    case PY_TOK_WHILE:
    case PY_TOK_FOR:
    case PY_TOK_TRY:
    case PY_TOK_WITH:
    case PY_TOK_DEF:
    case PY_TOK_CLASS:
    case PY_TOK_AT:
    case PY_TOK_ASYNC: return 1;
    default: return 0;
    }
}

// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt
//              | try_stmt | while_stmt | match_stmt
int py_parse_compound(py_parser_t *p, py_vec_t *out) {
    py_ast_list_t none = {0, NULL};
    int line = p->tok.line, col = p->tok.col;
    switch (p->tok.kind) {
    case PY_TOK_IF: return if_stmt(p, out);
    case PY_TOK_WHILE: return while_stmt(p, out);
    case PY_TOK_FOR: return for_stmt(p, out, 0, line, col);
    case PY_TOK_TRY: return try_stmt(p, out);
    case PY_TOK_WITH: return with_stmt(p, out, 0, line, col);
    case PY_TOK_DEF: return funcdef(p, out, none, 0, line, col);
    case PY_TOK_CLASS: return classdef(p, out, none);
    case PY_TOK_AT: return decorated(p, out);
    default: return async_stmt(p, out, none);
    }
}
