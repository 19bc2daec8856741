// vm/parser.c: the parser's entry point, token handling, errors and node helpers.
// Layer: vm front end. Grammar rules live in parser_expr.c, parser_stmt.c and friends.
// SPDX-License-Identifier: MIT

#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

// ---- tokens -----------------------------------------------------------------------

// Lexes into [t]; a lexer error becomes the parse error.
static int lex(py_parser_t *p, py_token_t *t) {
    if (py_lexer_next(&p->lx, t) == 0)
        return 0;
    if (!p->failed) {
        p->failed = 1;
        p->lexer_failed = 1;
    }
    return -1;
}

int py_parse_advance(py_parser_t *p) {
    if (p->tok.kind == PY_TOK_ERROR)
        return -1;
    if (p->tok.kind != PY_TOK_INDENT && p->tok.kind != PY_TOK_DEDENT &&
        p->tok.kind != PY_TOK_NEWLINE) {
        p->prev_line = p->tok.end_line;
        p->prev_col = p->tok.end_col;
    }
    if (p->has_ahead) {
        p->tok = p->ahead;
        p->has_ahead = 0;
    } else if (lex(p, &p->tok) < 0) {
        return -1;
    }
    if (p->tok.line > p->far_line || (p->tok.line == p->far_line && p->tok.col > p->far_col)) {
        p->far_line = p->tok.line;
        p->far_col = p->tok.col;
    }
    return p->tok.kind == PY_TOK_ERROR ? -1 : 0;
}

int py_parse_accept(py_parser_t *p, py_token_kind_t k) {
    if (p->tok.kind != k)
        return 0;
    py_parse_advance(p);
    return 1;
}

int py_parse_expect(py_parser_t *p, py_token_kind_t k) {
    if (py_parse_accept(p, k))
        return p->failed ? -1 : 0;
    py_parse_invalid(p);
    return -1;
}

int py_parse_expect_forced(py_parser_t *p, py_token_kind_t k) {
    if (py_parse_accept(p, k))
        return p->failed ? -1 : 0;
    if (at(p, PY_TOK_ERROR))
        return -1;
    // CPython points just past the previous token for a missing ':', at the
    // offending token otherwise.
    if (k == PY_TOK_COLON)
        py_parse_error_at(p, p->prev_line, p->prev_col, "expected ':'");
    else
        py_parse_error(p, "expected '%s'", py_lexer_token_text(k));
    return -1;
}

const py_token_t *py_parse_peek(py_parser_t *p) {
    if (!p->has_ahead && p->tok.kind != PY_TOK_ERROR && p->tok.kind != PY_TOK_EOF) {
        p->has_ahead = 1;
        if (lex(p, &p->ahead) < 0)
            p->ahead.kind = PY_TOK_ERROR;
    }
    if (!p->has_ahead)
        return &p->tok;
    return &p->ahead;
}

int py_parse_at_word(const py_parser_t *p, const char *word) {
    size_t n = strlen(word);
    return p->tok.kind == PY_TOK_NAME && p->tok.len == n && memcmp(p->tok.start, word, n) == 0;
}

int py_parse_at_expr_start(const py_parser_t *p) {
    return py_parse_starts_expr(p->tok.kind);
}

int py_parse_starts_expr(py_token_kind_t kind) {
    switch (kind) {
    case PY_TOK_NAME:
    case PY_TOK_INT:
    case PY_TOK_FLOAT:
    case PY_TOK_IMAG:
    case PY_TOK_STRING:
    case PY_TOK_LPAR:
    case PY_TOK_LSQB:
    case PY_TOK_LBRACE:
    case PY_TOK_TRUE:
    case PY_TOK_FALSE:
    case PY_TOK_NONE:
    case PY_TOK_ELLIPSIS:
    case PY_TOK_MINUS:
    case PY_TOK_PLUS:
    case PY_TOK_TILDE:
    case PY_TOK_NOT:
    case PY_TOK_LAMBDA:
    case PY_TOK_AWAIT: return 1;
    default: return 0;
    }
}

// ---- errors -------------------------------------------------------------------------

void *py_parse_error_at(py_parser_t *p, int line, int col, const char *fmt, ...) {
    if (p->failed)
        return NULL;
    py_syntax_error_t *e = p->err;
    size_t off = 0;
    if (p->in_fstring)
        off = (size_t)snprintf(e->msg, sizeof e->msg, "f-string: ");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg + off, sizeof e->msg - off, fmt, ap);
    va_end(ap);
    e->line = line;
    e->col = col + 1;
    e->is_indentation = 0;
    // At the very end of the input, more lines could still complete a block.
    e->incomplete =
        (at(p, PY_TOK_EOF) || at(p, PY_TOK_DEDENT)) && p->lx.p >= p->lx.end && !p->in_fstring;
    p->failed = 1;
    return NULL;
}

void *py_parse_error(py_parser_t *p, const char *fmt, ...) {
    if (p->failed)
        return NULL;
    char buf[sizeof p->err->msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return py_parse_error_at(p, p->tok.line, p->tok.col, "%s", buf);
}

void *py_parse_invalid(py_parser_t *p) {
    if (p->failed || at(p, PY_TOK_ERROR))
        return NULL;
    if (at(p, PY_TOK_INDENT) || at(p, PY_TOK_DEDENT)) {
        // CPython's offset here is the 0-based column of the line's first token.
        py_parse_error_at(p, p->tok.line, p->tok.col - 1,
                          at(p, PY_TOK_INDENT) ? "unexpected indent" : "unexpected unindent");
        py_parse_indentation(p);
        return NULL;
    }
    // Like CPython, blame the furthest token reached, even by an abandoned guess.
    if (p->far_line > p->tok.line || (p->far_line == p->tok.line && p->far_col > p->tok.col))
        return py_parse_error_at(p, p->far_line, p->far_col, "invalid syntax");
    return py_parse_error(p, "invalid syntax");
}

void py_parse_indentation(py_parser_t *p) {
    p->err->is_indentation = 1;
}

void *py_parse_oom(py_parser_t *p) {
    if (p->failed && p->err->out_of_memory)
        return NULL;
    snprintf(p->err->msg, sizeof p->err->msg, "out of memory");
    p->err->out_of_memory = 1;
    p->err->incomplete = 0;
    p->failed = 1;
    return NULL;
}

int py_parse_enter(py_parser_t *p) {
    if (++p->depth <= PY_PARSE_MAX_DEPTH)
        return 0;
    py_parse_error(p, "expression too deeply nested");
    return -1;
}

// ---- backtracking -----------------------------------------------------------------

void py_parse_save(py_parser_t *p, py_parse_mark_t *m) {
    m->lx = p->lx;
    m->tok = p->tok;
    m->ahead = p->ahead;
    m->has_ahead = p->has_ahead;
    m->prev_line = p->prev_line;
    m->prev_col = p->prev_col;
    m->depth = p->depth;
}

void py_parse_resume(py_parser_t *p, const py_parse_mark_t *m) {
    p->lx = m->lx;
    p->tok = m->tok;
    p->ahead = m->ahead;
    p->has_ahead = m->has_ahead;
    p->prev_line = m->prev_line;
    p->prev_col = m->prev_col;
    p->depth = m->depth;
}

int py_parse_restore(py_parser_t *p, const py_parse_mark_t *m) {
    if (p->err->out_of_memory)
        return -1;
    py_parse_resume(p, m);
    p->failed = 0;
    p->lexer_failed = 0;
    memset(p->err, 0, sizeof *p->err);
    return 0;
}

// ---- nodes ----------------------------------------------------------------------------

void *py_parse_alloc(py_parser_t *p, size_t n) {
    void *m = py_arena_alloc(p->arena, n);
    if (!m)
        py_parse_oom(p);
    return m;
}

void py_parse_set_pos(const py_parser_t *p, py_pos_t *pos, int line, int col) {
    pos->line = line;
    pos->col = col;
    pos->end_line = p->prev_line;
    pos->end_col = p->prev_col;
}

py_expr_t *py_parse_new_expr(py_parser_t *p, py_expr_kind_t kind, int line, int col) {
    py_expr_t *e = py_parse_alloc(p, sizeof *e);
    if (!e)
        return NULL;
    e->kind = kind;
    py_parse_set_pos(p, &e->pos, line, col);
    return e;
}

py_stmt_t *py_parse_new_stmt(py_parser_t *p, py_stmt_kind_t kind, int line, int col) {
    py_stmt_t *s = py_parse_alloc(p, sizeof *s);
    if (!s)
        return NULL;
    s->kind = kind;
    py_parse_set_pos(p, &s->pos, line, col);
    return s;
}

const char *py_parse_token_str(py_parser_t *p) {
    char *s = py_arena_strndup(p->arena, p->tok.start, p->tok.len);
    if (!s)
        py_parse_oom(p);
    return s;
}

int py_parse_push(py_parser_t *p, py_vec_t *v, void *item) {
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 4;
        void **items = py_parse_alloc(p, cap * sizeof *items);
        if (!items)
            return -1;
        if (v->n)
            memcpy(items, v->items, v->n * sizeof *items);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = item;
    return 0;
}

py_ast_list_t py_parse_list(const py_vec_t *v) {
    py_ast_list_t l = {v->n, v->items};
    return l;
}

py_ast_list_t py_parse_list1(py_parser_t *p, void *item) {
    py_vec_t v = {0};
    py_parse_push(p, &v, item);
    return py_parse_list(&v);
}

py_expr_t *py_parse_name_at(py_parser_t *p, const char *id, py_ctx_t ctx, py_pos_t pos) {
    py_expr_t *e = py_parse_alloc(p, sizeof *e);
    if (!e)
        return NULL;
    e->kind = PY_EXPR_NAME;
    e->pos = pos;
    e->u.name.id = id;
    e->u.name.ctx = ctx;
    return e;
}

// ---- modes ----------------------------------------------------------------------------

// file_input: [statements] ENDMARKER
static void parse_file(py_parser_t *p, py_ast_mod_t *mod) {
    py_vec_t body = {0};
    if (py_parse_statements(p, &body, PY_TOK_EOF) == 0)
        mod->body = py_parse_list(&body);
}

// eval: expressions NEWLINE* ENDMARKER
static void parse_eval(py_parser_t *p, py_ast_mod_t *mod) {
    mod->expr = py_parse_star_expressions(p);
    if (!mod->expr || py_parse_check_no_star(p, mod->expr) < 0)
        return;
    while (py_parse_accept(p, PY_TOK_NEWLINE))
        ;
    if (!at(p, PY_TOK_EOF))
        py_parse_invalid(p);
}

// Whether the input ends with an empty line, which ends a REPL block.
static int ends_with_blank_line(const char *src, size_t len) {
    int newlines = 0;
    size_t i = len;
    while (i > 0 && strchr(" \t\f\r\n", src[i - 1])) {
        i--;
        newlines += src[i] == '\n' || (src[i] == '\r' && (i + 1 == len || src[i + 1] != '\n'));
    }
    return newlines >= 2;
}

// A REPL block that is syntactically finished but not yet ended by a blank line.
static void want_more(py_parser_t *p) {
    py_parse_error(p, "unexpected EOF while parsing");
    p->err->incomplete = 1;
}

// interactive: statement_newline (one statement; a compound one needs a blank line)
static void parse_single(py_parser_t *p, py_ast_mod_t *mod, const char *src, size_t len) {
    py_vec_t body = {0};
    while (py_parse_accept(p, PY_TOK_NEWLINE))
        ;
    if (at(p, PY_TOK_EOF))
        return;
    int compound = py_parse_at_compound(p);
    if (py_parse_statement(p, &body) < 0)
        return;
    while (py_parse_accept(p, PY_TOK_NEWLINE))
        ;
    if (!at(p, PY_TOK_EOF)) {
        // CPython points just past the first statement, not at the second
        if (compound) py_parse_error(p, "multiple statements found while compiling a single statement");
        else py_parse_error_at(p, p->prev_line, p->prev_col,
                               "multiple statements found while compiling a single statement");
        return;
    }
    if (compound && !ends_with_blank_line(src, len)) {
        want_more(p);
        return;
    }
    mod->body = py_parse_list(&body);
}

// After a parser error, CPython tokenizes the rest of the input: a tokenizer
// error there (an unclosed bracket, a bad string) is reported instead.
// An unclosed bracket wins only when the error is on a later line or the
// input ends right after the failing token (CPython looked one token further).
static void check_rest(py_parser_t *p) {
    if (p->lexer_failed || p->err->out_of_memory || p->tok.kind == PY_TOK_ERROR ||
        (p->has_ahead && p->ahead.kind == PY_TOK_ERROR))
        return;
    py_syntax_error_t tmp;
    memset(&tmp, 0, sizeof tmp);
    p->lx.err = &tmp;
    py_token_t t;
    int tokens = p->has_ahead;
    do {
        if (py_lexer_next(&p->lx, &t) < 0) {
            int unclosed = strstr(tmp.msg, "was never closed") != NULL;
            if (!unclosed || p->err->line > tmp.line || tokens == 0)
                *p->err = tmp;
            return;
        }
        tokens++;
    } while (t.kind != PY_TOK_EOF);
}

py_ast_mod_t *py_parse(py_arena_t *arena, const char *src, size_t len, py_parse_mode_t mode,
                       py_syntax_error_t *err) {
    py_parser_t p;
    memset(&p, 0, sizeof p);
    memset(err, 0, sizeof *err);
    py_lexer_init(&p.lx, src, len, err);
    p.arena = arena;
    p.err = err;
    p.mode = mode;
    p.prev_line = 1;
    py_ast_mod_t *mod = py_parse_alloc(&p, sizeof *mod);
    if (mod && lex(&p, &p.tok) == 0) {
        mod->mode = mode;
        if (mode == PY_PARSE_FILE)
            parse_file(&p, mod);
        else if (mode == PY_PARSE_EVAL)
            parse_eval(&p, mod);
        else
            parse_single(&p, mod, src, len);
    }
    if (!p.failed)
        return mod;
    check_rest(&p);
    return NULL;
}
