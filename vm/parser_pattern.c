// vm/parser_pattern.c: the match statement and its patterns.
// Layer: vm front end (parser). `match` and `case` are soft keywords: a
// statement starting with the name `match` is tried as a match statement and
// re-read as an expression statement when that guess fails.
// SPDX-License-Identifier: MIT

#include "parser.h"

#include <string.h>

static py_pattern_t *pattern(py_parser_t *p);
static py_pattern_t *maybe_star_pattern(py_parser_t *p);

static py_pattern_t *new_pattern(py_parser_t *p, py_pattern_kind_t kind, int line, int col) {
    py_pattern_t *pt = py_parse_alloc(p, sizeof *pt);
    if (!pt)
        return NULL;
    pt->kind = kind;
    py_parse_set_pos(p, &pt->pos, line, col);
    return pt;
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')  -- returns the name
static const char *capture_name(py_parser_t *p) {
    if (!at(p, PY_TOK_NAME))
        return py_parse_error(p, "invalid pattern target");
    if (py_parse_at_word(p, "_"))
        return py_parse_error(p, "cannot use '_' as a target");
    const char *id = py_parse_token_str(p);
    py_parse_advance(p);
    return id;
}

// ---- literals and values ---------------------------------------------------------------------

// signed_number: NUMBER | '-' NUMBER
static py_expr_t *signed_number(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col, neg = py_parse_accept(p, PY_TOK_MINUS);
    if (!at(p, PY_TOK_INT) && !at(p, PY_TOK_FLOAT) && !at(p, PY_TOK_IMAG))
        return py_parse_invalid(p);
    py_expr_t *n = py_parse_number(p);
    if (!n || !neg)
        return n;
    py_expr_t *e = py_parse_new_expr(p, PY_EXPR_UNARYOP, line, col);
    if (e) {
        e->u.unaryop.op = PY_UNARY_USUB;
        e->u.unaryop.operand = n;
    }
    return e;
}

// complex_number: signed_real_number ('+' | '-') imaginary_number | signed_number
static py_expr_t *number_value(py_parser_t *p) {
    py_expr_t *real = signed_number(p);
    if (!real || (!at(p, PY_TOK_PLUS) && !at(p, PY_TOK_MINUS)))
        return real;
    py_binop_t op = at(p, PY_TOK_PLUS) ? PY_BINOP_ADD : PY_BINOP_SUB;
    py_parse_advance(p);
    if (!at(p, PY_TOK_IMAG))
        return py_parse_error(p, "imaginary number required in complex literal");
    py_expr_t *imag = py_parse_number(p);
    py_expr_t *e = imag ? py_parse_new_expr(p, PY_EXPR_BINOP, real->pos.line, real->pos.col) : NULL;
    if (e) {
        e->u.binop.left = real;
        e->u.binop.op = op;
        e->u.binop.right = imag;
    }
    return e;
}

// name_or_attr: attr | NAME  (a Name or a chain of Attributes, all Load)
static py_expr_t *name_or_attr(py_parser_t *p) {
    py_pos_t pos = {p->tok.line, p->tok.col, p->tok.end_line, p->tok.end_col};
    const char *id = py_parse_token_str(p);
    py_parse_advance(p);
    py_expr_t *e = id ? py_parse_name_at(p, id, PY_CTX_LOAD, pos) : NULL;
    while (e && py_parse_accept(p, PY_TOK_DOT)) {
        if (!at(p, PY_TOK_NAME))
            return py_parse_invalid(p);
        py_expr_t *a = py_parse_new_expr(p, PY_EXPR_ATTRIBUTE, pos.line, pos.col);
        if (!a || !(a->u.attribute.attr = py_parse_token_str(p)))
            return NULL;
        py_parse_advance(p);
        py_parse_set_pos(p, &a->pos, pos.line, pos.col);
        a->u.attribute.value = e;
        a->u.attribute.ctx = PY_CTX_LOAD;
        e = a;
    }
    return e;
}

// A literal usable as a value pattern or a mapping key (no f-strings).
static py_expr_t *literal_expr(py_parser_t *p) {
    if (at(p, PY_TOK_STRING)) {
        py_expr_t *s = py_parse_strings(p);
        if (s && s->kind == PY_EXPR_JOINEDSTR)
            return py_parse_error_at(p, s->pos.line, s->pos.col,
                                     "patterns may only match literals and attribute lookups");
        return s;
    }
    if (at(p, PY_TOK_NAME))
        return name_or_attr(p);
    if (at(p, PY_TOK_NONE) || at(p, PY_TOK_TRUE) || at(p, PY_TOK_FALSE)) {
        py_const_kind_t k = at(p, PY_TOK_NONE)   ? PY_CONST_NONE
                            : at(p, PY_TOK_TRUE) ? PY_CONST_TRUE
                                                 : PY_CONST_FALSE;
        int line = p->tok.line, col = p->tok.col;
        py_parse_advance(p);
        py_expr_t *e = py_parse_new_expr(p, PY_EXPR_CONSTANT, line, col);
        if (e)
            e->u.constant.kind = k;
        return e;
    }
    return number_value(p);
}

static py_pattern_t *value_pattern(py_parser_t *p, py_expr_t *v) {
    py_pattern_t *pt = v ? new_pattern(p, PY_PAT_VALUE, v->pos.line, v->pos.col) : NULL;
    if (pt)
        pt->u.value.value = v;
    return pt;
}

// ---- structured patterns -----------------------------------------------------------------------

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?  up to [closer]
static py_pattern_t *sequence(py_parser_t *p, py_token_kind_t closer, py_vec_t *items, int line,
                              int col) {
    while (!at(p, closer)) {
        py_pattern_t *pt = maybe_star_pattern(p);
        if (!pt || py_parse_push(p, items, pt) < 0)
            return NULL;
        if (!py_parse_accept(p, PY_TOK_COMMA))
            break;
    }
    if (py_parse_expect(p, closer) < 0)
        return NULL;
    py_pattern_t *pt = new_pattern(p, PY_PAT_SEQUENCE, line, col);
    if (pt)
        pt->u.sequence.patterns = py_parse_list(items);
    return pt;
}

// group_pattern: '(' pattern ')'  |  sequence_pattern: '(' [open_sequence_pattern] ')'
static py_pattern_t *paren_pattern(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_vec_t items = {0};
    py_parse_advance(p);
    if (at(p, PY_TOK_RPAR))
        return sequence(p, PY_TOK_RPAR, &items, line, col);
    py_pattern_t *first = maybe_star_pattern(p);
    if (!first)
        return NULL;
    if (first->kind != PY_PAT_STAR && py_parse_accept(p, PY_TOK_RPAR))
        return first;
    if (py_parse_push(p, &items, first) < 0 || py_parse_expect(p, PY_TOK_COMMA) < 0)
        return NULL;
    return sequence(p, PY_TOK_RPAR, &items, line, col);
}

// One `key: pattern` of a mapping pattern that starts at [line], [col].
static int mapping_item(py_parser_t *p, py_vec_t *keys, py_vec_t *patterns, int line, int col) {
    py_expr_t *key;
    if (at(p, PY_TOK_NAME) && py_parse_peek(p)->kind != PY_TOK_DOT) {
        py_parse_advance(p);  // a plain name could only start a dotted one
        py_parse_invalid(p);
        return -1;
    }
    if (at(p, PY_TOK_STRING)) {
        // CPython's compiler, not its parser, rejects an f-string key, with this message.
        key = py_parse_strings(p);
        if (key && key->kind == PY_EXPR_JOINEDSTR) {
            py_parse_error_at(p, line, col, "mapping pattern keys may only match literals and attribute lookups");
            return -1;
        }
    } else {
        key = literal_expr(p);
    }
    if (!key || py_parse_expect(p, PY_TOK_COLON) < 0)
        return -1;
    py_pattern_t *value = pattern(p);
    if (!value || py_parse_push(p, keys, key) < 0)
        return -1;
    return py_parse_push(p, patterns, value);
}

// mapping_pattern: '{' [items_pattern ','] [double_star_pattern ','?] '}'
static py_pattern_t *mapping_pattern(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_vec_t keys = {0}, patterns = {0};
    const char *rest = NULL;
    py_parse_advance(p);
    while (!at(p, PY_TOK_RBRACE)) {
        if (py_parse_accept(p, PY_TOK_DSTAR)) {
            // double_star_pattern: '**' pattern_capture_target (no `_`: invalid syntax)
            if (py_parse_at_word(p, "_"))
                return py_parse_invalid(p);
            if (!(rest = capture_name(p)))
                return NULL;
            py_parse_accept(p, PY_TOK_COMMA);
            break;
        }
        if (mapping_item(p, &keys, &patterns, line, col) < 0)
            return NULL;
        if (!py_parse_accept(p, PY_TOK_COMMA))
            break;
    }
    if (py_parse_expect(p, PY_TOK_RBRACE) < 0)
        return NULL;
    py_pattern_t *pt = new_pattern(p, PY_PAT_MAPPING, line, col);
    if (pt) {
        pt->u.mapping.keys = py_parse_list(&keys);
        pt->u.mapping.patterns = py_parse_list(&patterns);
        pt->u.mapping.rest = rest;
    }
    return pt;
}

// One positional or keyword (NAME '=' pattern) argument of a class pattern.
static int class_arg(py_parser_t *p, py_pattern_t *cls) {
    if (at(p, PY_TOK_NAME) && py_parse_peek(p)->kind == PY_TOK_ASSIGN) {
        const char *attr = py_parse_token_str(p);
        py_vec_t attrs = {cls->u.cls.kwd_attrs.items, cls->u.cls.kwd_attrs.n,
                          cls->u.cls.kwd_attrs.n};
        py_vec_t pats = {cls->u.cls.kwd_patterns.items, cls->u.cls.kwd_patterns.n,
                         cls->u.cls.kwd_patterns.n};
        py_parse_advance(p);
        py_parse_advance(p);
        py_pattern_t *pt = attr ? pattern(p) : NULL;
        if (!pt || py_parse_push(p, &attrs, (void *)attr) < 0 || py_parse_push(p, &pats, pt) < 0)
            return -1;
        cls->u.cls.kwd_attrs = py_parse_list(&attrs);
        cls->u.cls.kwd_patterns = py_parse_list(&pats);
        return 0;
    }
    if (cls->u.cls.kwd_attrs.n) {
        py_parse_error(p, "positional patterns follow keyword patterns");
        return -1;
    }
    py_vec_t pats = {cls->u.cls.patterns.items, cls->u.cls.patterns.n, cls->u.cls.patterns.n};
    py_pattern_t *pt = pattern(p);
    if (!pt || py_parse_push(p, &pats, pt) < 0)
        return -1;
    cls->u.cls.patterns = py_parse_list(&pats);
    return 0;
}

// class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns ','?] ')'
static py_pattern_t *class_pattern(py_parser_t *p, py_expr_t *cls) {
    py_pattern_t *pt = new_pattern(p, PY_PAT_CLASS, cls->pos.line, cls->pos.col);
    if (!pt)
        return NULL;
    pt->u.cls.cls = cls;
    py_parse_advance(p);
    while (!at(p, PY_TOK_RPAR)) {
        if (class_arg(p, pt) < 0)
            return NULL;
        if (!py_parse_accept(p, PY_TOK_COMMA))
            break;
    }
    if (py_parse_expect(p, PY_TOK_RPAR) < 0)
        return NULL;
    py_parse_set_pos(p, &pt->pos, cls->pos.line, cls->pos.col);
    return pt;
}

// capture_pattern | wildcard_pattern | value_pattern | class_pattern (all start with NAME)
static py_pattern_t *name_pattern(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    int plain = py_parse_peek(p)->kind != PY_TOK_DOT;
    if (plain && py_parse_peek(p)->kind != PY_TOK_LPAR) {
        int wildcard = py_parse_at_word(p, "_");
        const char *id = wildcard ? NULL : py_parse_token_str(p);
        py_parse_advance(p);
        py_pattern_t *pt = new_pattern(p, PY_PAT_AS, line, col);
        if (pt)
            pt->u.as.name = id;
        return pt;
    }
    py_expr_t *e = name_or_attr(p);
    if (e && at(p, PY_TOK_LPAR))
        return class_pattern(p, e);
    return value_pattern(p, e);
}

// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//               | group_pattern | sequence_pattern | mapping_pattern | class_pattern
static py_pattern_t *closed_pattern(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_vec_t items = {0};
    switch (p->tok.kind) {
    case PY_TOK_NAME: return name_pattern(p);
    case PY_TOK_LPAR: return paren_pattern(p);
    case PY_TOK_LSQB: py_parse_advance(p); return sequence(p, PY_TOK_RSQB, &items, line, col);
    case PY_TOK_LBRACE: return mapping_pattern(p);
    case PY_TOK_NONE:
    case PY_TOK_TRUE:
    case PY_TOK_FALSE: {
        py_const_kind_t k = at(p, PY_TOK_NONE)   ? PY_CONST_NONE
                            : at(p, PY_TOK_TRUE) ? PY_CONST_TRUE
                                                 : PY_CONST_FALSE;
        py_parse_advance(p);
        py_pattern_t *pt = new_pattern(p, PY_PAT_SINGLETON, line, col);
        if (pt)
            pt->u.singleton.value = k;
        return pt;
    }
    case PY_TOK_STRING:
    case PY_TOK_MINUS:
    case PY_TOK_INT:
    case PY_TOK_FLOAT:
    case PY_TOK_IMAG: return value_pattern(p, literal_expr(p));
    default: return py_parse_invalid(p);
    }
}

// or_pattern: '|'.closed_pattern+
static py_pattern_t *or_pattern(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    if (py_parse_enter(p) < 0)
        return NULL;
    py_pattern_t *first = closed_pattern(p);
    py_parse_leave(p);
    if (!first || !at(p, PY_TOK_PIPE))
        return first;
    py_vec_t alts = {0};
    if (py_parse_push(p, &alts, first) < 0)
        return NULL;
    while (py_parse_accept(p, PY_TOK_PIPE)) {
        py_pattern_t *pt = py_parse_enter(p) < 0 ? NULL : closed_pattern(p);
        py_parse_leave(p);
        if (!pt || py_parse_push(p, &alts, pt) < 0)
            return NULL;
    }
    py_pattern_t *pt = new_pattern(p, PY_PAT_OR, line, col);
    if (pt)
        pt->u.or.patterns = py_parse_list(&alts);
    return pt;
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target
static py_pattern_t *pattern(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_pattern_t *inner = or_pattern(p);
    if (!inner || !py_parse_accept(p, PY_TOK_AS))
        return inner;
    const char *name = capture_name(p);
    py_pattern_t *pt = name ? new_pattern(p, PY_PAT_AS, line, col) : NULL;
    if (pt) {
        pt->u.as.pattern = inner;
        pt->u.as.name = name;
    }
    return pt;
}

// maybe_star_pattern: star_pattern | pattern
// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
static py_pattern_t *maybe_star_pattern(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    if (!py_parse_accept(p, PY_TOK_STAR))
        return pattern(p);
    if (!at(p, PY_TOK_NAME))
        return py_parse_invalid(p);
    const char *name = py_parse_at_word(p, "_") ? NULL : py_parse_token_str(p);
    py_parse_advance(p);
    py_pattern_t *pt = new_pattern(p, PY_PAT_STAR, line, col);
    if (pt)
        pt->u.star.name = name;
    return pt;
}

// patterns: open_sequence_pattern | pattern
static py_pattern_t *patterns(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_pattern_t *first = maybe_star_pattern(p);
    if (!first || !at(p, PY_TOK_COMMA))
        return first && first->kind == PY_PAT_STAR ? py_parse_invalid(p) : first;
    py_vec_t items = {0};
    if (py_parse_push(p, &items, first) < 0)
        return NULL;
    while (py_parse_accept(p, PY_TOK_COMMA) && !at(p, PY_TOK_COLON) && !at(p, PY_TOK_IF)) {
        py_pattern_t *pt = maybe_star_pattern(p);
        if (!pt || py_parse_push(p, &items, pt) < 0)
            return NULL;
    }
    py_pattern_t *pt = new_pattern(p, PY_PAT_SEQUENCE, line, col);
    if (pt)
        pt->u.sequence.patterns = py_parse_list(&items);
    return pt;
}

// ---- the statement
// ---------------------------------------------------------------------------------

// case_block: "case" patterns guard? ':' block
static py_match_case_t *case_block(py_parser_t *p) {
    int line = p->tok.line;
    py_match_case_t *c = py_parse_alloc(p, sizeof *c);
    if (!c)
        return NULL;
    py_parse_advance(p);
    if (!(c->pattern = patterns(p)))
        return NULL;
    if (py_parse_accept(p, PY_TOK_IF) && !(c->guard = py_parse_named_expression(p)))
        return NULL;
    return py_parse_block(p, &c->body, "'case' statement", line) < 0 ? NULL : c;
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
static py_expr_t *subject(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_expr_t *first = py_parse_star_named_expression(p);
    if (!first || !at(p, PY_TOK_COMMA))
        return first && py_parse_check_no_star(p, first) == 0 ? first : NULL;
    py_vec_t elts = {0};
    if (py_parse_push(p, &elts, first) < 0)
        return NULL;
    while (py_parse_accept(p, PY_TOK_COMMA) && !at(p, PY_TOK_COLON)) {
        py_expr_t *e = py_parse_star_named_expression(p);
        if (!e || py_parse_push(p, &elts, e) < 0)
            return NULL;
    }
    return py_parse_tuple(p, &elts, line, col);
}

// NEWLINE INDENT case_block+ DEDENT, after the subject's ':'.
static int cases(py_parser_t *p, py_vec_t *out, int line) {
    if (py_parse_expect(p, PY_TOK_NEWLINE) < 0)
        return -1;
    if (!at(p, PY_TOK_INDENT)) {
        py_parse_error(p, "expected an indented block after 'match' statement on line %d", line);
        py_parse_indentation(p);
        return -1;
    }
    py_parse_advance(p);
    do {
        if (!py_parse_at_word(p, "case"))
            return py_parse_status(py_parse_invalid(p));
        py_match_case_t *c = case_block(p);
        if (!c || py_parse_push(p, out, c) < 0)
            return -1;
    } while (!at(p, PY_TOK_DEDENT) && !at(p, PY_TOK_EOF));
    return py_parse_expect(p, PY_TOK_DEDENT);
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
int py_parse_match(py_parser_t *p, py_vec_t *out) {
    py_token_kind_t next = py_parse_peek(p)->kind;
    if (!py_parse_starts_expr(next) && next != PY_TOK_STAR)
        return 0;
    int line = p->tok.line, col = p->tok.col;
    py_parse_mark_t m;
    py_parse_save(p, &m);
    py_parse_advance(p);
    py_expr_t *subj = subject(p);
    // `match x` NEWLINE lacks a colon; `match(x)` or `match -x` is an expression.
    int operand = next == PY_TOK_LPAR || next == PY_TOK_LSQB || next == PY_TOK_MINUS ||
                  next == PY_TOK_PLUS || next == PY_TOK_STAR;
    if (subj && at(p, PY_TOK_NEWLINE) && !operand) {
        py_parse_error_at(p, p->prev_line, p->prev_col, "expected ':'");
        return -1;
    }
    if (!subj || !at(p, PY_TOK_COLON))
        return py_parse_restore(p, &m) < 0 ? -1 : 0;
    py_parse_advance(p);
    py_vec_t list = {0};
    if (cases(p, &list, line) < 0)
        return -1;
    py_stmt_t *s = py_parse_new_stmt(p, PY_STMT_MATCH, line, col);
    if (!s)
        return -1;
    s->u.match.subject = subj;
    s->u.match.cases = py_parse_list(&list);
    return py_parse_push(p, out, s) < 0 ? -1 : 1;
}
