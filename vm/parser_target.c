// vm/parser_target.c: turning parsed expressions into assignment and del targets.
// Layer: vm front end (parser). Messages are CPython 3.11's ("cannot assign to literal").
// SPDX-License-Identifier: MIT

#include "parser.h"

// What CPython's _PyPegen_get_expr_name calls each kind of expression.
const char *py_parse_expr_name(const py_expr_t *e) {
    switch (e->kind) {
    case PY_EXPR_ATTRIBUTE: return "attribute";
    case PY_EXPR_SUBSCRIPT: return "subscript";
    case PY_EXPR_STARRED: return "starred";
    case PY_EXPR_NAME: return "name";
    case PY_EXPR_LIST: return "list";
    case PY_EXPR_TUPLE: return "tuple";
    case PY_EXPR_LAMBDA: return "lambda";
    case PY_EXPR_CALL: return "function call";
    case PY_EXPR_BOOLOP:
    case PY_EXPR_BINOP:
    case PY_EXPR_UNARYOP: return "expression";
    case PY_EXPR_GENERATOREXP: return "generator expression";
    case PY_EXPR_YIELD:
    case PY_EXPR_YIELDFROM: return "yield expression";
    case PY_EXPR_AWAIT: return "await expression";
    case PY_EXPR_LISTCOMP: return "list comprehension";
    case PY_EXPR_SETCOMP: return "set comprehension";
    case PY_EXPR_DICTCOMP: return "dict comprehension";
    case PY_EXPR_DICT: return "dict literal";
    case PY_EXPR_SET: return "set display";
    case PY_EXPR_JOINEDSTR:
    case PY_EXPR_FORMATTEDVALUE: return "f-string expression";
    case PY_EXPR_COMPARE: return "comparison";
    case PY_EXPR_IFEXP: return "conditional expression";
    case PY_EXPR_NAMEDEXPR: return "named expression";
    case PY_EXPR_SLICE: return "slice";
    case PY_EXPR_CONSTANT: break;
    }
    switch (e->u.constant.kind) {
    case PY_CONST_NONE: return "None";
    case PY_CONST_TRUE: return "True";
    case PY_CONST_FALSE: return "False";
    case PY_CONST_ELLIPSIS: return "ellipsis";
    default: return "literal";
    }
}

static int cannot(py_parser_t *p, const py_expr_t *e, py_ctx_t ctx) {
    py_parse_error_at(p, e->pos.line, e->pos.col,
                      ctx == PY_CTX_DEL ? "cannot delete %s" : "cannot assign to %s",
                      py_parse_expr_name(e));
    return -1;
}

// The elements of a tuple or list target: at most one may be starred.
static int set_elements(py_parser_t *p, py_expr_t *e, py_ctx_t ctx) {
    int stars = 0;
    e->u.list.ctx = ctx;
    for (size_t i = 0; i < e->u.list.elts.n; i++) {
        py_expr_t *elt = e->u.list.elts.items[i];
        if (elt->kind == PY_EXPR_STARRED && ctx == PY_CTX_STORE && ++stars == 2) {
            py_parse_error_at(p, e->pos.line, e->pos.col,
                              "multiple starred expressions in assignment");
            return -1;
        }
        if (py_parse_set_target(p, elt, ctx) < 0)
            return -1;
    }
    return 0;
}

int py_parse_set_target(py_parser_t *p, py_expr_t *e, py_ctx_t ctx) {
    switch (e->kind) {
    case PY_EXPR_NAME: e->u.name.ctx = ctx; return 0;
    case PY_EXPR_ATTRIBUTE: e->u.attribute.ctx = ctx; return 0;
    case PY_EXPR_SUBSCRIPT: e->u.subscript.ctx = ctx; return 0;
    case PY_EXPR_STARRED:
        if (ctx == PY_CTX_DEL)
            return cannot(p, e, ctx);
        e->u.starred.ctx = ctx;
        return py_parse_set_target(p, e->u.starred.value, ctx);
    case PY_EXPR_TUPLE:
    case PY_EXPR_LIST: return set_elements(p, e, ctx);
    default: return cannot(p, e, ctx);
    }
}
