// vm/parser_atom.c: primaries (calls, subscripts, attributes), atoms and displays.
// Layer: vm front end (parser).
// SPDX-License-Identifier: MIT

#include "parser.h"

#include <stdlib.h>
#include <string.h>

// ---- errors shared by the displays ----------------------------------------------------

// After an element, neither ',' nor the closing bracket: CPython's guess that
// a comma is missing when another expression follows (`[1 2]`).
static void *missing_comma(py_parser_t *p, const py_expr_t *prev) {
    if (p->failed)
        return NULL;
    int name_then_string = prev->kind == PY_EXPR_NAME && at(p, PY_TOK_STRING);
    if (py_parse_at_expr_start(p) && !name_then_string && !at(p, PY_TOK_NOT) &&
        !at(p, PY_TOK_MINUS) && !at(p, PY_TOK_PLUS))
        return py_parse_error_at(p, prev->pos.line, prev->pos.col,
                                 "invalid syntax. Perhaps you forgot a comma?");
    return py_parse_invalid(p);
}

// Consumes [closer] after the last element [prev], or reports why not.
static int close_display(py_parser_t *p, py_token_kind_t closer, const py_expr_t *prev) {
    if (py_parse_accept(p, closer))
        return p->failed ? -1 : 0;
    missing_comma(p, prev);
    return -1;
}

// More `, star_named_expression` elements after the first, up to [closer].
static int more_elements(py_parser_t *p, py_vec_t *elts, py_token_kind_t closer) {
    py_expr_t *last = elts->items[elts->n - 1];
    while (py_parse_accept(p, PY_TOK_COMMA) && !at(p, closer)) {
        last = py_parse_star_named_expression(p);
        if (!last || py_parse_push(p, elts, last) < 0)
            return -1;
    }
    return close_display(p, closer, last);
}

// ---- numbers ------------------------------------------------------------------------------

// NUMBER: ints keep their text; floats and imaginary parts become doubles.
py_expr_t *py_parse_number(py_parser_t *p) {
    py_expr_t *e = py_parse_alloc(p, sizeof *e);
    char *text = py_arena_strndup(p->arena, p->tok.start, p->tok.len);
    if (!e || !text)
        return py_parse_oom(p);
    e->kind = PY_EXPR_CONSTANT;
    py_token_kind_t kind = p->tok.kind;
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    py_parse_set_pos(p, &e->pos, line, col);
    if (kind == PY_TOK_INT) {
        e->u.constant.kind = PY_CONST_INT;
        e->u.constant.text = text;
        return e;
    }
    // strtod does not know underscores or the j suffix.
    char *w = text;
    for (const char *r = text; *r; r++)
        if (*r != '_' && *r != 'j' && *r != 'J')
            *w++ = *r;
    *w = '\0';
    e->u.constant.kind = kind == PY_TOK_IMAG ? PY_CONST_IMAG : PY_CONST_FLOAT;
    e->u.constant.number = strtod(text, NULL);
    return e;
}

// ---- parenthesised forms -------------------------------------------------------------------

// genexp body after its first element: for_if_clauses ')'
static py_expr_t *comprehension(py_parser_t *p, py_expr_kind_t kind, py_expr_t *elt,
                                py_token_kind_t closer, int line, int col) {
    if (elt->kind == PY_EXPR_STARRED)
        return py_parse_error_at(p, elt->pos.line, elt->pos.col,
                                 "iterable unpacking cannot be used in comprehension");
    py_ast_list_t gens;
    if (py_parse_comprehension(p, &gens) < 0 || py_parse_expect(p, closer) < 0)
        return NULL;
    py_expr_t *e = py_parse_new_expr(p, kind, line, col);
    if (!e)
        return NULL;
    e->u.comp.elt = elt;
    e->u.comp.generators = gens;
    return e;
}

static int at_for(py_parser_t *p) {
    return at(p, PY_TOK_FOR) || (at(p, PY_TOK_ASYNC) && py_parse_peek(p)->kind == PY_TOK_FOR);
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' (yield_expr | named_expression) ')'
// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
static py_expr_t *paren_atom(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    py_vec_t elts = {0};
    if (py_parse_accept(p, PY_TOK_RPAR))
        return py_parse_tuple(p, &elts, line, col);
    if (at(p, PY_TOK_YIELD)) {
        py_expr_t *y = py_parse_yield_expr(p);
        return y && py_parse_expect(p, PY_TOK_RPAR) == 0 ? y : NULL;
    }
    py_expr_t *first = py_parse_star_named_expression(p);
    if (!first)
        return NULL;
    if (at_for(p))
        return comprehension(p, PY_EXPR_GENERATOREXP, first, PY_TOK_RPAR, line, col);
    if (at(p, PY_TOK_RPAR)) {
        py_parse_advance(p);
        if (first->kind == PY_EXPR_STARRED)
            return py_parse_error_at(p, first->pos.line, first->pos.col,
                                     "cannot use starred expression here");
        return first;
    }
    if (!at(p, PY_TOK_COMMA))
        return missing_comma(p, first);
    if (py_parse_push(p, &elts, first) < 0 || more_elements(p, &elts, PY_TOK_RPAR) < 0)
        return NULL;
    return py_parse_tuple(p, &elts, line, col);
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']'
static py_expr_t *list_atom(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    py_vec_t elts = {0};
    if (!at(p, PY_TOK_RSQB)) {
        py_expr_t *first = py_parse_star_named_expression(p);
        if (!first)
            return NULL;
        if (at_for(p))
            return comprehension(p, PY_EXPR_LISTCOMP, first, PY_TOK_RSQB, line, col);
        if (py_parse_push(p, &elts, first) < 0 || more_elements(p, &elts, PY_TOK_RSQB) < 0)
            return NULL;
    } else {
        py_parse_advance(p);
    }
    py_expr_t *e = py_parse_new_expr(p, PY_EXPR_LIST, line, col);
    if (!e)
        return NULL;
    e->u.list.elts = py_parse_list(&elts);
    e->u.list.ctx = PY_CTX_LOAD;
    return e;
}

// One dict entry: `key ':' value` or `'**' bitwise_or` (key NULL).
static int dict_entry(py_parser_t *p, py_vec_t *keys, py_vec_t *values, py_expr_t **last) {
    py_expr_t *key = NULL, *value;
    if (py_parse_accept(p, PY_TOK_DSTAR)) {
        value = py_parse_bitwise_or(p);
    } else {
        key = py_parse_expression(p);
        if (!key || py_parse_expect(p, PY_TOK_COLON) < 0)
            return -1;
        value = py_parse_expression(p);
    }
    *last = value;
    if (!value || py_parse_push(p, keys, key) < 0 || py_parse_push(p, values, value) < 0)
        return -1;
    return 0;
}

// dict: '{' [double_starred_kvpairs] '}' after the first entry.
static py_expr_t *dict_rest(py_parser_t *p, py_vec_t *keys, py_vec_t *values, int line, int col) {
    py_expr_t *last = values->items[values->n - 1];
    while (py_parse_accept(p, PY_TOK_COMMA) && !at(p, PY_TOK_RBRACE))
        if (dict_entry(p, keys, values, &last) < 0)
            return NULL;
    if (close_display(p, PY_TOK_RBRACE, last) < 0)
        return NULL;
    py_expr_t *e = py_parse_new_expr(p, PY_EXPR_DICT, line, col);
    if (!e)
        return NULL;
    e->u.dict.keys = py_parse_list(keys);
    e->u.dict.values = py_parse_list(values);
    return e;
}

// dictcomp: '{' kvpair for_if_clauses '}'
static py_expr_t *dictcomp(py_parser_t *p, py_expr_t *key, py_expr_t *value, int line, int col) {
    py_ast_list_t gens;
    if (!key)
        return py_parse_error_at(p, value->pos.line, value->pos.col - 2,
                                 "dict unpacking cannot be used in dict comprehension");
    if (py_parse_comprehension(p, &gens) < 0 || py_parse_expect(p, PY_TOK_RBRACE) < 0)
        return NULL;
    py_expr_t *e = py_parse_new_expr(p, PY_EXPR_DICTCOMP, line, col);
    if (!e)
        return NULL;
    e->u.comp.key = key;
    e->u.comp.value = value;
    e->u.comp.generators = gens;
    return e;
}

// A display in braces whose first element is a dict entry.
static py_expr_t *dict_display(py_parser_t *p, py_expr_t *key, int line, int col) {
    py_vec_t keys = {0}, values = {0};
    py_expr_t *value;
    if (key && key->kind == PY_EXPR_STARRED)
        return py_parse_invalid(p);
    if (key) {
        py_parse_advance(p); // ':'
        value = py_parse_expression(p);
    } else {
        py_parse_advance(p); // '**'
        value = py_parse_bitwise_or(p);
    }
    if (!value)
        return NULL;
    if (at_for(p))
        return dictcomp(p, key, value, line, col);
    if (py_parse_push(p, &keys, key) < 0 || py_parse_push(p, &values, value) < 0)
        return NULL;
    return dict_rest(p, &keys, &values, line, col);
}

// The empty dict `{}`.
static py_expr_t *empty_dict(py_parser_t *p, int line, int col) {
    return py_parse_new_expr(p, PY_EXPR_DICT, line, col);
}

// dict | set | dictcomp | setcomp
static py_expr_t *brace_atom(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    py_vec_t elts = {0};
    if (py_parse_accept(p, PY_TOK_RBRACE))
        return empty_dict(p, line, col);
    if (at(p, PY_TOK_DSTAR))
        return dict_display(p, NULL, line, col);
    py_expr_t *first = py_parse_star_named_expression(p);
    if (!first)
        return NULL;
    if (at(p, PY_TOK_COLON))
        return dict_display(p, first, line, col);
    if (at_for(p))
        return comprehension(p, PY_EXPR_SETCOMP, first, PY_TOK_RBRACE, line, col);
    if (py_parse_push(p, &elts, first) < 0 || more_elements(p, &elts, PY_TOK_RBRACE) < 0)
        return NULL;
    py_expr_t *e = py_parse_new_expr(p, PY_EXPR_SET, line, col);
    if (e)
        e->u.set.elts = py_parse_list(&elts);
    return e;
}

// ---- atoms ------------------------------------------------------------------------------------

static py_expr_t *constant(py_parser_t *p, py_const_kind_t kind) {
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    py_expr_t *e = py_parse_new_expr(p, PY_EXPR_CONSTANT, line, col);
    if (e)
        e->u.constant.kind = kind;
    return e;
}

static py_expr_t *name(py_parser_t *p) {
    const char *id = py_parse_token_str(p);
    int line = p->tok.line, col = p->tok.col;
    if (!id)
        return NULL;
    py_parse_advance(p);
    py_expr_t *e = py_parse_new_expr(p, PY_EXPR_NAME, line, col);
    if (e) {
        e->u.name.id = id;
        e->u.name.ctx = PY_CTX_LOAD;
    }
    return e;
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER
//     | (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
static py_expr_t *atom(py_parser_t *p) {
    switch (p->tok.kind) {
    case PY_TOK_NAME: return name(p);
    case PY_TOK_TRUE: return constant(p, PY_CONST_TRUE);
    case PY_TOK_FALSE: return constant(p, PY_CONST_FALSE);
    case PY_TOK_NONE: return constant(p, PY_CONST_NONE);
    case PY_TOK_ELLIPSIS: return constant(p, PY_CONST_ELLIPSIS);
    case PY_TOK_INT:
    case PY_TOK_FLOAT:
    case PY_TOK_IMAG: return py_parse_number(p);
    case PY_TOK_STRING: return py_parse_strings(p);
    case PY_TOK_LPAR: return paren_atom(p);
    case PY_TOK_LSQB: return list_atom(p);
    case PY_TOK_LBRACE: return brace_atom(p);
    default: return py_parse_invalid(p);
    }
}

// ---- primaries ----------------------------------------------------------------------------------

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
static py_expr_t *slice(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_expr_t *lower = NULL, *upper = NULL, *step = NULL;
    if (at(p, PY_TOK_STAR)) {
        py_expr_t *e = py_parse_star_named_expression(p);
        return e;
    }
    if (!at(p, PY_TOK_COLON)) {
        lower = py_parse_named_expression(p);
        if (!lower || !at(p, PY_TOK_COLON))
            return lower;
    }
    py_parse_advance(p);
    if (!at(p, PY_TOK_COLON) && !at(p, PY_TOK_COMMA) && !at(p, PY_TOK_RSQB) &&
        !(upper = py_parse_expression(p)))
        return NULL;
    if (py_parse_accept(p, PY_TOK_COLON) && !at(p, PY_TOK_COMMA) && !at(p, PY_TOK_RSQB) &&
        !(step = py_parse_expression(p)))
        return NULL;
    py_expr_t *e = py_parse_new_expr(p, PY_EXPR_SLICE, line, col);
    if (!e)
        return NULL;
    e->u.slice.lower = lower;
    e->u.slice.upper = upper;
    e->u.slice.step = step;
    return e;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
static py_expr_t *slices(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_expr_t *first = slice(p);
    py_vec_t elts = {0};
    // a[*b] is a[(*b,)]
    if (first && first->kind == PY_EXPR_STARRED && !at(p, PY_TOK_COMMA))
        return py_parse_push(p, &elts, first) < 0 ? NULL : py_parse_tuple(p, &elts, line, col);
    if (!first || !at(p, PY_TOK_COMMA))
        return first;
    if (py_parse_push(p, &elts, first) < 0)
        return NULL;
    while (py_parse_accept(p, PY_TOK_COMMA) && !at(p, PY_TOK_RSQB)) {
        py_expr_t *e = slice(p);
        if (!e || py_parse_push(p, &elts, e) < 0)
            return NULL;
    }
    return py_parse_tuple(p, &elts, line, col);
}

static py_expr_t *subscript(py_parser_t *p, py_expr_t *value, int line, int col) {
    py_parse_advance(p);
    py_expr_t *index = slices(p);
    if (!index || close_display(p, PY_TOK_RSQB, index) < 0)
        return NULL;
    py_expr_t *e = py_parse_new_expr(p, PY_EXPR_SUBSCRIPT, line, col);
    if (!e)
        return NULL;
    e->u.subscript.value = value;
    e->u.subscript.slice = index;
    e->u.subscript.ctx = PY_CTX_LOAD;
    return e;
}

static py_expr_t *call(py_parser_t *p, py_expr_t *func, int line, int col) {
    py_parse_advance(p);
    py_expr_t *e = py_parse_alloc(p, sizeof *e);
    if (!e || py_parse_call_args(p, &e->u.call.args, &e->u.call.keywords) < 0)
        return NULL;
    if (py_parse_expect(p, PY_TOK_RPAR) < 0)
        return NULL;
    e->kind = PY_EXPR_CALL;
    e->u.call.func = func;
    py_parse_set_pos(p, &e->pos, line, col);
    return e;
}

static py_expr_t *attribute(py_parser_t *p, py_expr_t *value, int line, int col) {
    py_parse_advance(p);
    if (!at(p, PY_TOK_NAME))
        return py_parse_invalid(p);
    const char *attr = py_parse_token_str(p);
    py_parse_advance(p);
    py_expr_t *e = attr ? py_parse_new_expr(p, PY_EXPR_ATTRIBUTE, line, col) : NULL;
    if (!e)
        return NULL;
    e->u.attribute.value = value;
    e->u.attribute.attr = attr;
    e->u.attribute.ctx = PY_CTX_LOAD;
    return e;
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//        | primary '[' slices ']' | atom
// A loop over the trailers, so a.b.c... chains do not recurse.
py_expr_t *py_parse_primary(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_expr_t *e = atom(p);
    while (e) {
        if (at(p, PY_TOK_DOT))
            e = attribute(p, e, line, col);
        else if (at(p, PY_TOK_LPAR))
            e = call(p, e, line, col);
        else if (at(p, PY_TOK_LSQB))
            e = subscript(p, e, line, col);
        else
            break;
    }
    return e;
}
