// vm/parser_string.c: string literals: concatenation, decoding and f-strings.
// Layer: vm front end (parser). The lexer delimits literals and splits
// f-strings into pieces; this file builds Constant and JoinedStr nodes.
// SPDX-License-Identifier: MIT

#include "parser.h"

#include <string.h>

// Text accumulated for the next Constant, and the JoinedStr values so far.
typedef struct builder {
    char *buf;
    size_t len, cap;
    py_vec_t values;
    const py_token_t *tok; // the literal being read, for error positions
    // How far line_of has counted lines into tok (NULL: not yet), so that a
    // literal with thousands of fields is scanned once, not once per field.
    const char *scan, *scan_line_start;
    int scan_line;
} builder_t;

static py_expr_t *fstring_body(py_parser_t *p, builder_t *b, const char *s, size_t n,
                               unsigned flags, int in_spec);

// Makes room for [n] more bytes plus a NUL.
static int reserve(py_parser_t *p, builder_t *b, size_t n) {
    if (b->len + n + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + n + 1)
        cap *= 2;
    char *buf = py_parse_alloc(p, cap);
    if (!buf)
        return -1;
    if (b->len)
        memcpy(buf, b->buf, b->len);
    b->buf = buf;
    b->cap = cap;
    return 0;
}

// A decode error: the lexer wrote the message; CPython points at the literal.
static int decode_failed(py_parser_t *p, const py_token_t *t) {
    if (p->failed)
        return -1;
    int at_start = p->err->msg[0] == 'b'; // "bytes can only contain ASCII ..."
    p->err->line = at_start ? t->line : t->end_line;
    p->err->col = (at_start ? t->col : t->end_col) + 1;
    p->failed = 1;
    return -1;
}

// Appends the decoded form of [n] bytes of literal text.
static int add_text(py_parser_t *p, builder_t *b, const char *s, size_t n, unsigned flags) {
    size_t got;
    if (reserve(p, b, n) < 0)
        return -1;
    if (py_lexer_decode(s, n, flags, b->buf + b->len, &got, p->err) < 0)
        return decode_failed(p, b->tok);
    b->len += got;
    return 0;
}

// Turns the pending text into a Constant in the values (if there is any).
static int flush(py_parser_t *p, builder_t *b) {
    if (b->len == 0)
        return 0;
    py_expr_t *c = py_parse_alloc(p, sizeof *c);
    if (!c)
        return -1;
    c->kind = PY_EXPR_CONSTANT;
    c->u.constant.kind = PY_CONST_STR;
    c->u.constant.bytes = b->buf;
    c->u.constant.len = b->len;
    b->buf[b->len] = '\0';
    b->buf = NULL;
    b->len = b->cap = 0;
    return py_parse_push(p, &b->values, c);
}

// ---- replacement fields ------------------------------------------------------------------

// Line and line start of [s], which lies inside the literal b->tok, at or
// after the point of any earlier call for the same literal.
static int line_of(builder_t *b, const char *s, const char **line_start) {
    const py_token_t *t = b->tok;
    if (!b->scan || s < b->scan) {
        b->scan = t->start;
        b->scan_line = t->line;
        b->scan_line_start = t->start - t->col;
    }
    for (const char *q = b->scan; q < s; q++) {
        if (*q == '\n' || (*q == '\r' && q[1] != '\n')) {
            b->scan_line++;
            b->scan_line_start = q + 1;
        }
    }
    b->scan = s;
    *line_start = b->scan_line_start;
    return b->scan_line;
}

// Parses the expression of a field, [n] bytes at [s], with a lexer of its own
// as CPython does ("(" + expr + ")").
static py_expr_t *field_expr(py_parser_t *p, builder_t *b, const char *s, size_t n) {
    py_parse_mark_t saved;
    const char *line_start;
    int line = line_of(b, s, &line_start);
    int was_in = p->in_fstring;
    py_parse_save(p, &saved);
    py_lexer_init_sub(&p->lx, s, n, line, line_start, p->err);
    p->has_ahead = 0;
    p->in_fstring = 1;
    py_expr_t *e = NULL;
    if (py_lexer_next(&p->lx, &p->tok) < 0) {
        p->failed = p->lexer_failed = 1;
    } else {
        e = at(p, PY_TOK_YIELD) ? py_parse_yield_expr(p) : py_parse_star_expressions(p);
        if (e && py_parse_check_no_star(p, e) == 0 && !at(p, PY_TOK_EOF))
            e = py_parse_at_expr_start(p)
                    ? py_parse_error_at(p, e->pos.line, e->pos.col,
                                        "invalid syntax. Perhaps you forgot a comma?")
                    : py_parse_invalid(p);
    }
    p->in_fstring = was_in;
    py_parse_resume(p, &saved);
    return p->failed ? NULL : e;
}

// The format spec of a field, itself an f-string body (may hold fields).
static py_expr_t *format_spec(py_parser_t *p, const builder_t *outer, const py_fpiece_t *f,
                              unsigned flags) {
    builder_t b;
    memset(&b, 0, sizeof b);
    b.tok = outer->tok;
    b.scan = outer->scan;   // the spec comes after the field's expression
    b.scan_line = outer->scan_line;
    b.scan_line_start = outer->scan_line_start;
    p->fstring_nesting++;
    py_expr_t *spec = fstring_body(p, &b, f->spec, f->spec_len, flags, 1);
    p->fstring_nesting--;
    // CPython gives a spec and its pieces the position of their own literal
    // (unless the spec holds fields: see position_pieces).
    if (spec) {
        py_pos_t pos = {outer->tok->line, outer->tok->col, outer->tok->end_line,
                        outer->tok->end_col};
        spec->pos = pos;
        for (size_t i = 0; i < spec->u.joinedstr.values.n; i++)
            ((py_expr_t *)spec->u.joinedstr.values.items[i])->pos = pos;
    }
    return spec;
}

// One {expr[=][!c][:spec]} field: the "expr=" text of the self-documenting
// form, then a FormattedValue.
static int field(py_parser_t *p, builder_t *b, const py_fpiece_t *f, unsigned flags) {
    if (p->fstring_nesting >= PY_PARSE_MAX_FSTRING_NESTING) {
        py_parse_error_at(p, b->tok->end_line, b->tok->end_col,
                          "f-string: expressions nested too deeply");
        return -1;
    }
    if (f->debug && add_text(p, b, f->debug, f->debug_len, PY_STR_RAW) < 0)
        return -1;
    if (flush(p, b) < 0)
        return -1;
    py_expr_t *fv = py_parse_alloc(p, sizeof *fv);
    if (!fv || !(fv->u.formatted.value = field_expr(p, b, f->expr, f->expr_len)))
        return -1;
    fv->kind = PY_EXPR_FORMATTEDVALUE;
    fv->u.formatted.conversion = f->conversion;
    if (f->debug && f->conversion < 0 && !f->spec)
        fv->u.formatted.conversion = 'r';
    if (f->spec && !(fv->u.formatted.format_spec = format_spec(p, b, f, flags)))
        return -1;
    return py_parse_push(p, &b->values, fv);
}

// Scans an f-string body into [b]; returns the JoinedStr of a format spec
// (when [in_spec]) or a non-NULL marker, NULL on error.
static py_expr_t *fstring_body(py_parser_t *p, builder_t *b, const char *s, size_t n,
                               unsigned flags, int in_spec) {
    py_fstring_scan_t sc;
    py_fpiece_t piece;
    int r;
    py_lexer_fstring_begin(&sc, s, n, flags, in_spec);
    while ((r = py_lexer_fstring_next(&sc, &piece, p->err)) > 0) {
        int ok = piece.kind == PY_FPIECE_TEXT ? add_text(p, b, piece.text, piece.text_len, flags)
                                              : field(p, b, &piece, flags);
        if (ok < 0)
            return NULL;
    }
    if (r < 0) {
        p->err->line = b->tok->end_line;
        p->err->col = b->tok->end_col + 1;
        p->failed = 1;
        return NULL;
    }
    if (!in_spec)
        return (py_expr_t *)b;
    if (flush(p, b) < 0)
        return NULL;
    py_expr_t *j = py_parse_alloc(p, sizeof *j);
    if (j) {
        j->kind = PY_EXPR_JOINEDSTR;
        j->u.joinedstr.values = py_parse_list(&b->values);
    }
    return j;
}

// ---- adjacent literals ------------------------------------------------------------------------

static int has_fields(const py_ast_list_t *values) {
    for (size_t i = 0; i < values->n; i++)
        if (((const py_expr_t *)values->items[i])->kind == PY_EXPR_FORMATTEDVALUE)
            return 1;
    return 0;
}

// Gives every piece of a JoinedStr the position of the whole literal, as CPython 3.11 does.
// A format spec keeps its literal's position; its pieces too unless it holds
// fields (CPython 3.11's quirk, reproduced so positions match).
static void position_pieces(py_ast_list_t *values, const py_pos_t *pos) {
    for (size_t i = 0; i < values->n; i++) {
        py_expr_t *v = values->items[i];
        v->pos = *pos;
        py_expr_t *spec = v->kind == PY_EXPR_FORMATTEDVALUE ? v->u.formatted.format_spec : NULL;
        if (spec && has_fields(&spec->u.joinedstr.values))
            position_pieces(&spec->u.joinedstr.values, pos);
    }
}

static py_expr_t *finish(py_parser_t *p, builder_t *b, int is_f, int is_bytes, int line, int col) {
    py_expr_t *e;
    if (!is_f) {
        if (reserve(p, b, 0) < 0 || !(e = py_parse_new_expr(p, PY_EXPR_CONSTANT, line, col)))
            return NULL;
        e->u.constant.kind = is_bytes ? PY_CONST_BYTES : PY_CONST_STR;
        b->buf[b->len] = '\0';
        e->u.constant.bytes = b->buf;
        e->u.constant.len = b->len;
        return e;
    }
    if (flush(p, b) < 0 || !(e = py_parse_new_expr(p, PY_EXPR_JOINEDSTR, line, col)))
        return NULL;
    e->u.joinedstr.values = py_parse_list(&b->values);
    position_pieces(&e->u.joinedstr.values, &e->pos);
    return e;
}

// strings: STRING+
py_expr_t *py_parse_strings(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    int is_bytes = (p->tok.flags & PY_STR_BYTES) != 0, is_f = 0;
    builder_t b;
    memset(&b, 0, sizeof b);
    py_token_t t;
    while (at(p, PY_TOK_STRING)) {
        t = p->tok;
        b.tok = &t;
        b.scan = NULL;
        if (((t.flags & PY_STR_BYTES) != 0) != is_bytes)
            return py_parse_error_at(p, t.end_line, t.end_col,
                                     "cannot mix bytes and nonbytes literals");
        if (t.flags & PY_STR_FMT) {
            is_f = 1;
            if (!fstring_body(p, &b, t.body, t.body_len, t.flags, 0))
                return NULL;
        } else if (add_text(p, &b, t.body, t.body_len, t.flags) < 0) {
            return NULL;
        }
        if (py_parse_advance(p) < 0)
            return NULL;
    }
    return finish(p, &b, is_f, is_bytes, line, col);
}
