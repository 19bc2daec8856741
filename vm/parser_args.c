// vm/parser_args.c: call arguments, and def/lambda parameter lists.
// Layer: vm front end (parser). Ordering rules give CPython 3.11's messages.
// SPDX-License-Identifier: MIT

#include "parser.h"

#include <stdint.h>
#include <string.h>

// ---- name sets ------------------------------------------------------------------------

// The names seen so far in one call's keywords or one def's parameters, for
// "keyword argument repeated" and "duplicate argument". Past NAME_SET_MIN
// names an open-addressing table (indices + 1, load at most 1/2) indexes
// them, so that generated code with thousands of them is not quadratic.
typedef struct name_set {
    py_vec_t names;
    uint32_t *set;
    size_t cap;
} name_set_t;

#define NAME_SET_MIN 16

static size_t name_hash(const char *s) {
    size_t h = 2166136261u;   // FNV-1a
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) h = (h ^ *c) * 16777619u;
    return h;
}

// The table slot holding [id], or the empty one where it belongs.
static size_t name_slot(const name_set_t *ns, const char *id) {
    size_t mask = ns->cap - 1;
    for (size_t i = name_hash(id) & mask;; i = (i + 1) & mask)
        if (ns->set[i] == 0 || strcmp(ns->names.items[ns->set[i] - 1], id) == 0) return i;
}

static int name_set_has(const name_set_t *ns, const char *id) {
    if (ns->set) return ns->set[name_slot(ns, id)] != 0;
    for (size_t i = 0; i < ns->names.n; i++)
        if (strcmp(ns->names.items[i], id) == 0) return 1;
    return 0;
}

// Adds [id], not yet in [ns]; 0, or -1 when the arena is full.
static int name_set_add(py_parser_t *p, name_set_t *ns, const char *id) {
    if (py_parse_push(p, &ns->names, (void *)id) < 0) return -1;
    size_t n = ns->names.n;
    if (n < NAME_SET_MIN) return 0;
    if (2 * n > ns->cap) {
        size_t cap = ns->cap ? ns->cap * 2 : 4 * NAME_SET_MIN;
        uint32_t *set = py_parse_alloc(p, cap * sizeof *set);
        if (!set) return -1;
        ns->set = set;
        ns->cap = cap;
        for (size_t i = 0; i + 1 < n; i++)
            ns->set[name_slot(ns, ns->names.items[i])] = (uint32_t)i + 1;
    }
    ns->set[name_slot(ns, id)] = (uint32_t)n;
    return 0;
}

// ---- call arguments ----------------------------------------------------------------------

// What has been seen so far, for CPython's ordering errors.
typedef struct arg_state {
    py_vec_t args, keywords;
    name_set_t keyword_names;   // for "keyword argument repeated"
    int seen_keyword; // name=value
    int seen_dstar;   // **mapping
    int lpar_line, lpar_col;
} arg_state_t;

static py_keyword_t *new_keyword(py_parser_t *p, const char *arg, py_expr_t *value, int line,
                                 int col) {
    py_keyword_t *k = py_parse_alloc(p, sizeof *k);
    if (!k)
        return NULL;
    k->arg = arg;
    k->value = value;
    py_parse_set_pos(p, &k->pos, line, col);
    return k;
}

// '*' expression
static int star_arg(py_parser_t *p, arg_state_t *st) {
    int line = p->tok.line, col = p->tok.col;
    if (st->seen_dstar)
        return py_parse_status(
            py_parse_error(p, "iterable argument unpacking follows keyword argument "
                              "unpacking"));
    py_parse_advance(p);
    py_expr_t *v = py_parse_expression(p);
    py_expr_t *e = v ? py_parse_new_expr(p, PY_EXPR_STARRED, line, col) : NULL;
    if (!e)
        return -1;
    e->u.starred.value = v;
    e->u.starred.ctx = PY_CTX_LOAD;
    return py_parse_push(p, &st->args, e);
}

// '**' expression
static int dstar_arg(py_parser_t *p, arg_state_t *st) {
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    py_expr_t *v = py_parse_expression(p);
    py_keyword_t *k = v ? new_keyword(p, NULL, v, line, col) : NULL;
    st->seen_dstar = 1;
    return k ? py_parse_push(p, &st->keywords, k) : -1;
}

// NAME '=' expression, with [target] already parsed.
static int keyword_arg(py_parser_t *p, arg_state_t *st, py_expr_t *target) {
    if (target->kind == PY_EXPR_CONSTANT && target->u.constant.kind <= PY_CONST_FALSE)
        return py_parse_status(py_parse_error_at(p, target->pos.line, target->pos.col,
                                                 "cannot assign to %s",
                                                 py_parse_expr_name(target)));
    if (target->kind != PY_EXPR_NAME)
        return py_parse_status(
            py_parse_error_at(p, target->pos.line, target->pos.col,
                              "expression cannot contain assignment, perhaps you meant "
                              "\"==\"?"));
    const char *id = target->u.name.id;
    if (name_set_has(&st->keyword_names, id))
        return py_parse_status(py_parse_error_at(p, target->pos.line, target->pos.col,
                                                 "keyword argument repeated: %s", id));
    if (name_set_add(p, &st->keyword_names, id) < 0)
        return -1;
    py_parse_advance(p);
    py_expr_t *v = py_parse_expression(p);
    py_keyword_t *k = v ? new_keyword(p, id, v, target->pos.line, target->pos.col) : NULL;
    st->seen_keyword = 1;
    return k ? py_parse_push(p, &st->keywords, k) : -1;
}

// A generator expression as the sole argument: f(x for x in y).
static int genexp_arg(py_parser_t *p, arg_state_t *st, py_expr_t *elt) {
    py_ast_list_t gens;
    if (py_parse_comprehension(p, &gens) < 0)
        return -1;
    if (st->args.n || st->keywords.n || !at(p, PY_TOK_RPAR))
        return py_parse_status(py_parse_error_at(p, elt->pos.line, elt->pos.col,
                                                 "Generator expression must be parenthesized"));
    py_expr_t *e = py_parse_new_expr(p, PY_EXPR_GENERATOREXP, st->lpar_line, st->lpar_col);
    if (!e)
        return -1;
    // The generator's parentheses are the call's: it ends at the ')'.
    e->pos.end_line = p->tok.end_line;
    e->pos.end_col = p->tok.end_col;
    e->u.comp.elt = elt;
    e->u.comp.generators = gens;
    return py_parse_push(p, &st->args, e);
}

// A positional argument, a keyword argument, or a generator expression.
static int plain_arg(py_parser_t *p, arg_state_t *st) {
    py_expr_t *e = py_parse_named_expression(p);
    if (!e)
        return -1;
    if (at(p, PY_TOK_ASSIGN))
        return keyword_arg(p, st, e);
    if (at(p, PY_TOK_FOR) || (at(p, PY_TOK_ASYNC) && py_parse_peek(p)->kind == PY_TOK_FOR))
        return genexp_arg(p, st, e);
    if (st->seen_dstar)
        return py_parse_status(
            py_parse_error_at(p, e->pos.end_line, e->pos.end_col,
                              "positional argument follows keyword argument unpacking"));
    if (st->seen_keyword)
        return py_parse_status(py_parse_error_at(p, e->pos.end_line, e->pos.end_col,
                                                 "positional argument follows keyword argument"));
    return py_parse_push(p, &st->args, e);
}

// arguments: args [','] &')'
// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
//       [',' kwargs] | kwargs
int py_parse_call_args(py_parser_t *p, py_ast_list_t *args, py_ast_list_t *keywords) {
    arg_state_t st;
    memset(&st, 0, sizeof st);
    st.lpar_line = p->prev_line;
    st.lpar_col = p->prev_col - 1;
    while (!at(p, PY_TOK_RPAR)) {
        int line = p->tok.line, col = p->tok.col;
        int r = at(p, PY_TOK_STAR)    ? star_arg(p, &st)
                : at(p, PY_TOK_DSTAR) ? dstar_arg(p, &st)
                                      : plain_arg(p, &st);
        if (r < 0 || p->failed)
            return -1;
        if (py_parse_accept(p, PY_TOK_COMMA))
            continue;
        if (!at(p, PY_TOK_RPAR) && py_parse_at_expr_start(p) && !at(p, PY_TOK_STRING))
            py_parse_error_at(p, line, col, "invalid syntax. Perhaps you forgot a comma?");
        break;
    }
    *args = py_parse_list(&st.args);
    *keywords = py_parse_list(&st.keywords);
    return p->failed ? -1 : 0;
}

// ---- parameters ------------------------------------------------------------------------------

typedef struct param_state {
    py_vec_t posonly, args, defaults, kwonly, kw_defaults;
    py_arg_t *vararg, *kwarg;
    int seen_slash, seen_star, is_lambda;
    name_set_t names; // every name so far, for "duplicate argument"
} param_state_t;

static int fail_at(py_parser_t *p, int line, int col, const char *msg) {
    py_parse_error_at(p, line, col, "%s", msg);
    return -1;
}

// param: NAME [':' expression]  (a lambda's parameters have no annotation;
// `*args: *Ts` may be a starred annotation)
static py_arg_t *param(py_parser_t *p, param_state_t *st, int star_ok) {
    if (!at(p, PY_TOK_NAME))
        return py_parse_invalid(p);
    py_arg_t *a = py_parse_alloc(p, sizeof *a);
    const char *id = py_parse_token_str(p);
    if (!a || !id)
        return NULL;
    a->arg = id;
    int line = p->tok.line, col = p->tok.col;
    if (name_set_has(&st->names, id))
        return py_parse_error(p, "duplicate argument '%s' in function definition", id);
    if (name_set_add(p, &st->names, id) < 0)
        return NULL;
    py_parse_advance(p);
    if (!st->is_lambda && py_parse_accept(p, PY_TOK_COLON)) {
        if (star_ok && at(p, PY_TOK_STAR))
            a->annotation = py_parse_star_expressions(p);
        else
            a->annotation = py_parse_expression(p);
        if (!a->annotation)
            return NULL;
    }
    py_parse_set_pos(p, &a->pos, line, col);
    return a;
}

// '/': the parameters so far are positional-only.
static int slash(py_parser_t *p, param_state_t *st) {
    if (st->seen_slash)
        return fail_at(p, p->tok.line, p->tok.col, "/ may appear only once");
    if (st->seen_star)
        return fail_at(p, p->tok.line, p->tok.col, "/ must be ahead of *");
    if (st->args.n == 0)
        return fail_at(p, p->tok.line, p->tok.col, "at least one argument must precede /");
    st->posonly = st->args;
    memset(&st->args, 0, sizeof st->args);
    st->seen_slash = 1;
    py_parse_advance(p);
    return 0;
}

static py_token_kind_t closer(const param_state_t *st) {
    return st->is_lambda ? PY_TOK_COLON : PY_TOK_RPAR;
}

// '*' [NAME]: the variadic parameter or a bare star before keyword-only ones.
static int star(py_parser_t *p, param_state_t *st) {
    int line = p->tok.line, col = p->tok.col;
    if (st->seen_star)
        return fail_at(p, line, col, "* argument may appear only once");
    st->seen_star = 1;
    py_parse_advance(p);
    if (at(p, PY_TOK_NAME)) {
        st->vararg = param(p, st, 1);
        if (!st->vararg)
            return -1;
        if (at(p, PY_TOK_ASSIGN))
            return fail_at(p, p->tok.line, p->tok.col,
                           "var-positional argument cannot have default value");
        return 0;
    }
    const py_token_t *next = at(p, PY_TOK_COMMA) ? py_parse_peek(p) : &p->tok;
    if (next->kind == closer(st) || next->kind == PY_TOK_DSTAR)
        return fail_at(p, line, col, "named arguments must follow bare *");
    return 0;
}

// '**' NAME: nothing may follow it.
static int dstar(py_parser_t *p, param_state_t *st) {
    py_parse_advance(p);
    st->kwarg = param(p, st, 0);
    if (!st->kwarg)
        return -1;
    if (at(p, PY_TOK_ASSIGN))
        return fail_at(p, p->tok.line, p->tok.col,
                       "var-keyword argument cannot have default value");
    if (py_parse_accept(p, PY_TOK_COMMA) && !at(p, closer(st)))
        return fail_at(p, p->tok.line, p->tok.col, "arguments cannot follow var-keyword argument");
    return 0;
}

// A named parameter with an optional default.
static int named(py_parser_t *p, param_state_t *st) {
    py_arg_t *a = param(p, st, 0);
    if (!a)
        return -1;
    py_expr_t *def = NULL;
    if (py_parse_accept(p, PY_TOK_ASSIGN) && !(def = py_parse_expression(p)))
        return -1;
    if (st->seen_star)
        return py_parse_push(p, &st->kwonly, a) < 0 ? -1 : py_parse_push(p, &st->kw_defaults, def);
    if (!def && st->defaults.n)
        return fail_at(p, a->pos.line, a->pos.col, "non-default argument follows default argument");
    if (def && py_parse_push(p, &st->defaults, def) < 0)
        return -1;
    return py_parse_push(p, &st->args, a);
}

static py_arguments_t *finish_params(py_parser_t *p, param_state_t *st) {
    py_arguments_t *a = py_parse_alloc(p, sizeof *a);
    if (!a)
        return NULL;
    a->posonlyargs = py_parse_list(&st->posonly);
    a->args = py_parse_list(&st->args);
    a->vararg = st->vararg;
    a->kwonlyargs = py_parse_list(&st->kwonly);
    a->kw_defaults = py_parse_list(&st->kw_defaults);
    a->kwarg = st->kwarg;
    a->defaults = py_parse_list(&st->defaults);
    return a;
}

// parameters: slash_no_default ... | star_etc (CPython's rules folded into one
// loop; the order checks give its invalid_parameters messages)
py_arguments_t *py_parse_params(py_parser_t *p, int is_lambda) {
    param_state_t st;
    memset(&st, 0, sizeof st);
    st.is_lambda = is_lambda;
    while (!at(p, closer(&st))) {
        int r = at(p, PY_TOK_SLASH)   ? slash(p, &st)
                : at(p, PY_TOK_STAR)  ? star(p, &st)
                : at(p, PY_TOK_DSTAR) ? dstar(p, &st)
                                      : named(p, &st);
        if (r < 0 || p->failed)
            return NULL;
        if (st.kwarg || !py_parse_accept(p, PY_TOK_COMMA))
            break;
    }
    if (!at(p, closer(&st)))
        return py_parse_invalid(p);
    return finish_params(p, &st);
}
