// vm/parser_expr.c: expressions, from conditional expressions down to primaries.
// Layer: vm front end (parser). Atoms and displays are in parser_atom.c.
// SPDX-License-Identifier: MIT

#include "parser.h"

#include <stdint.h>

static py_expr_t *factor(py_parser_t *p);

// ---- helpers ------------------------------------------------------------------------

int py_parse_check_no_star(py_parser_t *p, const py_expr_t *e) {
    if (e->kind != PY_EXPR_STARRED)
        return 0;
    py_parse_error_at(p, e->pos.line, e->pos.col, "can't use starred expression here");
    return -1;
}

py_expr_t *py_parse_tuple(py_parser_t *p, py_vec_t *elts, int line, int col) {
    py_expr_t *t = py_parse_new_expr(p, PY_EXPR_TUPLE, line, col);
    if (!t)
        return NULL;
    t->u.list.elts = py_parse_list(elts);
    t->u.list.ctx = PY_CTX_LOAD;
    return t;
}

// A BinOp starting at ([line], [col]): the first token of its rule, which is
// before [left] when [left] is parenthesised.
static py_expr_t *binop(py_parser_t *p, int line, int col, py_expr_t *left, py_binop_t op,
                        py_expr_t *right) {
    py_expr_t *e = py_parse_new_expr(p, PY_EXPR_BINOP, line, col);
    if (!e)
        return NULL;
    e->u.binop.left = left;
    e->u.binop.op = op;
    e->u.binop.right = right;
    return e;
}

// ---- lambda and conditional expressions -------------------------------------------

// lambdef: 'lambda' [lambda_params] ':' expression
static py_expr_t *lambdef(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    py_arguments_t *args = py_parse_params(p, 1);
    if (!args || py_parse_expect(p, PY_TOK_COLON) < 0)
        return NULL;
    py_expr_t *body = py_parse_expression(p);
    py_expr_t *e = body ? py_parse_new_expr(p, PY_EXPR_LAMBDA, line, col) : NULL;
    if (!e)
        return NULL;
    e->u.lambda.args = args;
    e->u.lambda.body = body;
    return e;
}

// disjunction 'if' disjunction 'else' expression | disjunction
static py_expr_t *conditional(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_expr_t *body = py_parse_disjunction(p);
    if (!body || !at(p, PY_TOK_IF))
        return body;
    py_parse_advance(p);
    py_expr_t *test = py_parse_disjunction(p);
    if (!test)
        return NULL;
    if (!py_parse_accept(p, PY_TOK_ELSE))
        return py_parse_error_at(p, body->pos.line, body->pos.col,
                                 "expected 'else' after 'if' expression");
    py_expr_t *orelse = py_parse_expression(p);
    py_expr_t *e = orelse ? py_parse_new_expr(p, PY_EXPR_IFEXP, line, col) : NULL;
    if (!e)
        return NULL;
    e->u.ifexp.test = test;
    e->u.ifexp.body = body;
    e->u.ifexp.orelse = orelse;
    return e;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
py_expr_t *py_parse_expression(py_parser_t *p) {
    if (py_parse_enter(p) < 0)
        return NULL;
    py_expr_t *e = at(p, PY_TOK_LAMBDA) ? lambdef(p) : conditional(p);
    py_parse_leave(p);
    return e;
}

// named_expression: NAME ':=' ~ expression | expression !':='
py_expr_t *py_parse_named_expression(py_parser_t *p) {
    py_expr_t *target = py_parse_expression(p);
    if (!target || !at(p, PY_TOK_WALRUS))
        return target;
    if (target->kind != PY_EXPR_NAME)
        return py_parse_error_at(p, target->pos.line, target->pos.col,
                                 "cannot use assignment expressions with %s",
                                 py_parse_expr_name(target));
    py_parse_advance(p);
    py_expr_t *value = py_parse_expression(p);
    py_expr_t *e =
        value ? py_parse_new_expr(p, PY_EXPR_NAMEDEXPR, target->pos.line, target->pos.col) : NULL;
    if (!e)
        return NULL;
    target->u.name.ctx = PY_CTX_STORE;
    e->u.namedexpr.target = target;
    e->u.namedexpr.value = value;
    return e;
}

// '*' bitwise_or
static py_expr_t *starred(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    py_expr_t *value = py_parse_bitwise_or(p);
    py_expr_t *e = value ? py_parse_new_expr(p, PY_EXPR_STARRED, line, col) : NULL;
    if (!e)
        return NULL;
    e->u.starred.value = value;
    e->u.starred.ctx = PY_CTX_LOAD;
    return e;
}

// star_named_expression: '*' bitwise_or | named_expression
py_expr_t *py_parse_star_named_expression(py_parser_t *p) {
    return at(p, PY_TOK_STAR) ? starred(p) : py_parse_named_expression(p);
}

// star_expression: '*' bitwise_or | expression
static py_expr_t *star_expression(py_parser_t *p) {
    return at(p, PY_TOK_STAR) ? starred(p) : py_parse_expression(p);
}

// star_expressions: star_expression (',' star_expression)* [',']
py_expr_t *py_parse_star_expressions(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_expr_t *first = star_expression(p);
    if (!first || !at(p, PY_TOK_COMMA))
        return first;
    py_vec_t elts = {0};
    if (py_parse_push(p, &elts, first) < 0)
        return NULL;
    while (py_parse_accept(p, PY_TOK_COMMA)) {
        if (!py_parse_at_expr_start(p) && !at(p, PY_TOK_STAR))
            break;
        py_expr_t *e = star_expression(p);
        if (!e || py_parse_push(p, &elts, e) < 0)
            return NULL;
    }
    return py_parse_tuple(p, &elts, line, col);
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
py_expr_t *py_parse_yield_expr(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    if (py_parse_accept(p, PY_TOK_FROM)) {
        py_expr_t *v = py_parse_expression(p);
        py_expr_t *e = v ? py_parse_new_expr(p, PY_EXPR_YIELDFROM, line, col) : NULL;
        if (e)
            e->u.yieldfrom.value = v;
        return e;
    }
    py_expr_t *v = NULL;
    if (py_parse_at_expr_start(p) || at(p, PY_TOK_STAR)) {
        v = py_parse_star_expressions(p);
        if (!v || py_parse_check_no_star(p, v) < 0)
            return NULL;
    }
    py_expr_t *e = py_parse_new_expr(p, PY_EXPR_YIELD, line, col);
    if (e)
        e->u.yield.value = v;
    return e;
}

// ---- boolean operators and comparisons ------------------------------------------------

// [first] (op [next])+ as one BoolOp; a loop, so long chains do not recurse.
static py_expr_t *boolop(py_parser_t *p, py_token_kind_t tok, py_boolop_t op,
                         py_expr_t *(*next)(py_parser_t *)) {
    int line = p->tok.line, col = p->tok.col;
    py_expr_t *first = next(p);
    if (!first || !at(p, tok))
        return first;
    py_vec_t values = {0};
    if (py_parse_push(p, &values, first) < 0)
        return NULL;
    while (py_parse_accept(p, tok)) {
        py_expr_t *e = next(p);
        if (!e || py_parse_push(p, &values, e) < 0)
            return NULL;
    }
    py_expr_t *e = py_parse_new_expr(p, PY_EXPR_BOOLOP, line, col);
    if (!e)
        return NULL;
    e->u.boolop.op = op;
    e->u.boolop.values = py_parse_list(&values);
    return e;
}

static py_expr_t *comparison(py_parser_t *p);

// inversion: 'not' inversion | comparison
static py_expr_t *inversion(py_parser_t *p) {
    if (!at(p, PY_TOK_NOT))
        return comparison(p);
    int line = p->tok.line, col = p->tok.col;
    if (py_parse_enter(p) < 0)
        return NULL;
    py_parse_advance(p);
    py_expr_t *operand = inversion(p);
    py_parse_leave(p);
    py_expr_t *e = operand ? py_parse_new_expr(p, PY_EXPR_UNARYOP, line, col) : NULL;
    if (!e)
        return NULL;
    e->u.unaryop.op = PY_UNARY_NOT;
    e->u.unaryop.operand = operand;
    return e;
}

// conjunction: inversion ('and' inversion)+ | inversion
static py_expr_t *conjunction(py_parser_t *p) {
    return boolop(p, PY_TOK_AND, PY_BOOL_AND, inversion);
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
py_expr_t *py_parse_disjunction(py_parser_t *p) {
    return boolop(p, PY_TOK_OR, PY_BOOL_OR, conjunction);
}

// compare_op: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
// Consumes the operator and returns it, or returns -1 if none is here.
static int compare_op(py_parser_t *p) {
    static const struct {
        py_token_kind_t tok;
        py_cmpop_t op;
    } simple[] = {
        {PY_TOK_EQ, PY_CMP_EQ},  {PY_TOK_NE, PY_CMP_NOTEQ}, {PY_TOK_LT, PY_CMP_LT},
        {PY_TOK_LE, PY_CMP_LTE}, {PY_TOK_GT, PY_CMP_GT},    {PY_TOK_GE, PY_CMP_GTE},
        {PY_TOK_IN, PY_CMP_IN},
    };
    for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++)
        if (py_parse_accept(p, simple[i].tok))
            return simple[i].op;
    if (at(p, PY_TOK_NOT) && py_parse_peek(p)->kind == PY_TOK_IN) {
        py_parse_advance(p);
        py_parse_advance(p);
        return PY_CMP_NOTIN;
    }
    if (py_parse_accept(p, PY_TOK_IS))
        return py_parse_accept(p, PY_TOK_NOT) ? PY_CMP_ISNOT : PY_CMP_IS;
    return -1;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
static py_expr_t *comparison(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_expr_t *left = py_parse_bitwise_or(p);
    if (!left)
        return NULL;
    py_vec_t ops = {0}, comparators = {0};
    int op;
    while ((op = compare_op(p)) >= 0) {
        py_expr_t *right = py_parse_bitwise_or(p);
        if (!right || py_parse_push(p, &ops, (void *)(intptr_t)op) < 0 ||
            py_parse_push(p, &comparators, right) < 0)
            return NULL;
    }
    if (p->failed || ops.n == 0)
        return p->failed ? NULL : left;
    py_expr_t *e = py_parse_new_expr(p, PY_EXPR_COMPARE, line, col);
    if (!e)
        return NULL;
    e->u.compare.left = left;
    e->u.compare.ops = py_parse_list(&ops);
    e->u.compare.comparators = py_parse_list(&comparators);
    return e;
}

// ---- binary operators -------------------------------------------------------------------

// The left-associative binary levels, loosest first:
//   bitwise_or: bitwise_or '|' bitwise_xor      (level 0)
//   bitwise_xor: bitwise_xor '^' bitwise_and    (1)
//   bitwise_and: bitwise_and '&' shift_expr     (2)
//   shift_expr: shift_expr ('<<' | '>>') sum    (3)
//   sum: sum ('+' | '-') term                   (4)
//   term: term ('*' | '/' | '//' | '%' | '@') factor   (5)
#define BINARY_LEVELS 6
static const struct {
    py_token_kind_t tok;
    py_binop_t op;
    int level;
} binary_ops[] = {
    {PY_TOK_PIPE, PY_BINOP_BITOR, 0},    {PY_TOK_CARET, PY_BINOP_BITXOR, 1},
    {PY_TOK_AMP, PY_BINOP_BITAND, 2},    {PY_TOK_LSHIFT, PY_BINOP_LSHIFT, 3},
    {PY_TOK_RSHIFT, PY_BINOP_RSHIFT, 3}, {PY_TOK_PLUS, PY_BINOP_ADD, 4},
    {PY_TOK_MINUS, PY_BINOP_SUB, 4},     {PY_TOK_STAR, PY_BINOP_MULT, 5},
    {PY_TOK_SLASH, PY_BINOP_DIV, 5},     {PY_TOK_DSLASH, PY_BINOP_FLOORDIV, 5},
    {PY_TOK_PERCENT, PY_BINOP_MOD, 5},   {PY_TOK_AT, PY_BINOP_MATMULT, 5},
};

// The operator of [level] at the current token, or -1.
static int binary_op_at(const py_parser_t *p, int level) {
    for (size_t i = 0; i < sizeof binary_ops / sizeof binary_ops[0]; i++)
        if (binary_ops[i].level == level && at(p, binary_ops[i].tok))
            return (int)binary_ops[i].op;
    return -1;
}

// One level of the table: a loop building a left-leaning tree.
static py_expr_t *binary(py_parser_t *p, int level) {
    if (level == BINARY_LEVELS)
        return factor(p);
    int line = p->tok.line, col = p->tok.col;
    py_expr_t *left = binary(p, level + 1);
    int op;
    while (left && (op = binary_op_at(p, level)) >= 0) {
        py_parse_advance(p);
        py_expr_t *right = binary(p, level + 1);
        left = right ? binop(p, line, col, left, (py_binop_t)op, right) : NULL;
    }
    return left;
}

py_expr_t *py_parse_bitwise_or(py_parser_t *p) {
    return binary(p, 0);
}

// ---- unary operators and power ------------------------------------------------------------

// await_primary: AWAIT primary | primary
static py_expr_t *await_primary(py_parser_t *p) {
    if (!at(p, PY_TOK_AWAIT))
        return py_parse_primary(p);
    int line = p->tok.line, col = p->tok.col;
    py_parse_advance(p);
    py_expr_t *v = py_parse_primary(p);
    py_expr_t *e = v ? py_parse_new_expr(p, PY_EXPR_AWAIT, line, col) : NULL;
    if (e)
        e->u.await.value = v;
    return e;
}

// power: await_primary '**' factor | await_primary
static py_expr_t *power(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_expr_t *base = await_primary(p);
    if (!base || !py_parse_accept(p, PY_TOK_DSTAR))
        return base;
    if (py_parse_enter(p) < 0)
        return NULL;
    py_expr_t *exp = factor(p);
    py_parse_leave(p);
    return exp ? binop(p, line, col, base, PY_BINOP_POW, exp) : NULL;
}

// factor: '+' factor | '-' factor | '~' factor | power
static py_expr_t *factor(py_parser_t *p) {
    py_unaryop_t op;
    if (at(p, PY_TOK_PLUS))
        op = PY_UNARY_UADD;
    else if (at(p, PY_TOK_MINUS))
        op = PY_UNARY_USUB;
    else if (at(p, PY_TOK_TILDE))
        op = PY_UNARY_INVERT;
    else
        return power(p);
    int line = p->tok.line, col = p->tok.col;
    if (py_parse_enter(p) < 0)
        return NULL;
    py_parse_advance(p);
    py_expr_t *operand = factor(p);
    py_parse_leave(p);
    py_expr_t *e = operand ? py_parse_new_expr(p, PY_EXPR_UNARYOP, line, col) : NULL;
    if (!e)
        return NULL;
    e->u.unaryop.op = op;
    e->u.unaryop.operand = operand;
    return e;
}

// ---- targets of for loops and comprehensions --------------------------------------------------

// star_target: '*' (!'*' star_target) | target_with_star_atom
static py_expr_t *star_target(py_parser_t *p) {
    return at(p, PY_TOK_STAR) ? starred(p) : py_parse_bitwise_or(p);
}

// star_targets: star_target !',' | star_target (',' star_target)* [',']
py_expr_t *py_parse_star_targets(py_parser_t *p) {
    int line = p->tok.line, col = p->tok.col;
    py_expr_t *first = star_target(p);
    if (first && at(p, PY_TOK_COMMA)) {
        py_vec_t elts = {0};
        if (py_parse_push(p, &elts, first) < 0)
            return NULL;
        while (py_parse_accept(p, PY_TOK_COMMA)) {
            if (!py_parse_at_expr_start(p) && !at(p, PY_TOK_STAR))
                break;
            py_expr_t *e = star_target(p);
            if (!e || py_parse_push(p, &elts, e) < 0)
                return NULL;
        }
        first = py_parse_tuple(p, &elts, line, col);
    }
    if (!first || py_parse_set_target(p, first, PY_CTX_STORE) < 0)
        return NULL;
    return first;
}

// for_if_clauses: for_if_clause+
// for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
int py_parse_comprehension(py_parser_t *p, py_ast_list_t *out) {
    py_vec_t gens = {0};
    while (at(p, PY_TOK_FOR) || (at(p, PY_TOK_ASYNC) && py_parse_peek(p)->kind == PY_TOK_FOR)) {
        py_comprehension_t *c = py_parse_alloc(p, sizeof *c);
        if (!c)
            return -1;
        c->is_async = py_parse_accept(p, PY_TOK_ASYNC);
        py_parse_advance(p);
        c->target = py_parse_star_targets(p);
        if (!c->target || py_parse_expect(p, PY_TOK_IN) < 0)
            return -1;
        c->iter = py_parse_disjunction(p);
        if (!c->iter)
            return -1;
        py_vec_t ifs = {0};
        while (py_parse_accept(p, PY_TOK_IF)) {
            py_expr_t *cond = py_parse_disjunction(p);
            if (!cond || py_parse_push(p, &ifs, cond) < 0)
                return -1;
        }
        c->ifs = py_parse_list(&ifs);
        if (py_parse_push(p, &gens, c) < 0)
            return -1;
    }
    *out = py_parse_list(&gens);
    return p->failed ? -1 : 0;
}
