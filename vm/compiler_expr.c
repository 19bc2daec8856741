// vm/compiler_expr.c: code generation for expressions, one function per AST kind.
// Layer: vm compiler. Comprehensions, lambdas and targets live in their own files.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "compiler.h"
#include "except.h"
#include "obj_bytes.h"
#include "obj_complex.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

// ---- constants ------------------------------------------------------------------

// An int literal's text without underscores, for py_int_parse with base 0.
static py_val_t int_literal(py_compiler_t *c, const char *text) {
    return py_int_parse(c->vm, text, strlen(text), 0);
}

py_val_t py_compiler_expr_constant(py_compiler_t *c, const py_expr_t *e) {
    const py_constant_t *k = &e->u.constant;
    switch (k->kind) {
    case PY_CONST_NONE: return PY_NONE;
    case PY_CONST_TRUE: return PY_TRUE;
    case PY_CONST_FALSE: return PY_FALSE;
    case PY_CONST_ELLIPSIS: return PY_ELLIPSIS;
    case PY_CONST_INT: return int_literal(c, k->text);
    case PY_CONST_FLOAT: return py_float_new(c->vm, k->number);
    case PY_CONST_IMAG: return py_complex_new(c->vm, 0.0, k->number);
    case PY_CONST_STR: return py_str_new(c->vm, k->bytes, k->len);
    case PY_CONST_BYTES: return py_bytes_new(c->vm, k->bytes, k->len);
    }
    return PY_NONE;
}

static bool is_const(const py_expr_t *e) {
    return e->kind == PY_EXPR_CONSTANT;
}

// ---- simple kinds -------------------------------------------------------------------

static void expr_boolop(py_compiler_t *c, const py_expr_t *e) {
    py_opcode_t op = e->u.boolop.op == PY_BOOL_AND ? PY_OPC_JUMP_IF_FALSE_OR_POP
                                                    : PY_OPC_JUMP_IF_TRUE_OR_POP;
    int end = py_compiler_new_label(c);
    const py_ast_list_t *vals = &e->u.boolop.values;
    for (size_t i = 0; i < vals->n; i++) {
        py_compiler_expr(c, vals->items[i]);
        if (i + 1 < vals->n) py_compiler_jump(c, op, end);
    }
    py_compiler_bind(c, end);
}

static void expr_namedexpr(py_compiler_t *c, const py_expr_t *e) {
    py_compiler_expr(c, e->u.namedexpr.value);
    py_compiler_emit(c, PY_OPC_COPY, 1);
    py_compiler_assign_store(c, e->u.namedexpr.target);
}

static void expr_binop(py_compiler_t *c, const py_expr_t *e) {
    py_compiler_expr(c, e->u.binop.left);
    py_compiler_expr(c, e->u.binop.right);
    py_compiler_set_pos(c, e->pos);
    py_compiler_emit(c, PY_OPC_BINARY_OP, (uint32_t)e->u.binop.op);
}

// -<number literal> is folded so negative constants cost one instruction.
static void expr_unaryop(py_compiler_t *c, const py_expr_t *e) {
    const py_expr_t *operand = e->u.unaryop.operand;
    py_unaryop_t op = e->u.unaryop.op;
    if (op == PY_UNARY_USUB && operand->kind == PY_EXPR_CONSTANT &&
        (operand->u.constant.kind == PY_CONST_INT || operand->u.constant.kind == PY_CONST_FLOAT)) {
        py_val_t v = py_compiler_expr_constant(c, operand);
        py_compiler_emit_const(c, py_unary(c->vm, PY_UOP_NEG, v));
        return;
    }
    py_compiler_expr(c, operand);
    py_compiler_set_pos(c, e->pos);
    switch (op) {
    case PY_UNARY_NOT: py_compiler_emit(c, PY_OPC_UNARY_NOT, 0); break;
    case PY_UNARY_INVERT: py_compiler_emit(c, PY_OPC_UNARY_OP, PY_UOP_INVERT); break;
    case PY_UNARY_UADD: py_compiler_emit(c, PY_OPC_UNARY_OP, PY_UOP_POS); break;
    case PY_UNARY_USUB: py_compiler_emit(c, PY_OPC_UNARY_OP, PY_UOP_NEG); break;
    }
}

static void expr_ifexp(py_compiler_t *c, const py_expr_t *e) {
    int orelse = py_compiler_new_label(c), end = py_compiler_new_label(c);
    py_compiler_expr_jump_if(c, e->u.ifexp.test, false, orelse);
    py_compiler_expr(c, e->u.ifexp.body);
    py_compiler_jump(c, PY_OPC_JUMP_FORWARD, end);
    py_compiler_bind(c, orelse);
    py_compiler_expr(c, e->u.ifexp.orelse);
    py_compiler_bind(c, end);
}

// ---- displays ---------------------------------------------------------------------------

static bool has_starred(const py_ast_list_t *elts) {
    for (size_t i = 0; i < elts->n; i++)
        if (((py_expr_t *)elts->items[i])->kind == PY_EXPR_STARRED) return true;
    return false;
}

// A tuple of constants becomes one constant.
static bool const_tuple(py_compiler_t *c, const py_ast_list_t *elts) {
    if (elts->n == 0 || elts->n > 64) return false;
    for (size_t i = 0; i < elts->n; i++)
        if (!is_const(elts->items[i])) return false;
    py_val_t t = py_tuple_new(c->vm, elts->n, NULL);
    for (size_t i = 0; i < elts->n; i++)
        py_tuple_ptr(t)->items[i] = py_compiler_expr_constant(c, elts->items[i]);
    py_compiler_emit(c, PY_OPC_LOAD_CONST, py_compiler_const(c, t));
    return true;
}

// [*a, b] and friends: an empty collection, then extend/append item by item.
static void starred_display(py_compiler_t *c, const py_ast_list_t *elts, bool set) {
    py_compiler_emit(c, set ? PY_OPC_BUILD_SET : PY_OPC_BUILD_LIST, 0);
    for (size_t i = 0; i < elts->n; i++) {
        const py_expr_t *x = elts->items[i];
        if (x->kind == PY_EXPR_STARRED) {
            py_compiler_expr(c, x->u.starred.value);
            py_compiler_emit(c, set ? PY_OPC_SET_UPDATE : PY_OPC_LIST_EXTEND, 1);
        } else {
            py_compiler_expr(c, x);
            py_compiler_emit(c, set ? PY_OPC_SET_ADD : PY_OPC_LIST_APPEND, 1);
        }
    }
}

static void expr_sequence(py_compiler_t *c, const py_expr_t *e, py_opcode_t build) {
    const py_ast_list_t *elts = e->kind == PY_EXPR_SET ? &e->u.set.elts : &e->u.list.elts;
    if (has_starred(elts)) {
        starred_display(c, elts, build == PY_OPC_BUILD_SET);
        if (build == PY_OPC_BUILD_TUPLE) py_compiler_emit(c, PY_OPC_LIST_TO_TUPLE, 0);
        return;
    }
    if (build == PY_OPC_BUILD_TUPLE && const_tuple(c, elts)) return;
    for (size_t i = 0; i < elts->n; i++) py_compiler_expr(c, elts->items[i]);
    py_compiler_emit(c, build, (uint32_t)elts->n);
}

// Small dicts without ** build in one instruction; others entry by entry.
static void expr_dict(py_compiler_t *c, const py_expr_t *e) {
    const py_ast_list_t *keys = &e->u.dict.keys, *vals = &e->u.dict.values;
    bool unpack = false;
    for (size_t i = 0; i < keys->n; i++)
        if (!keys->items[i]) unpack = true;
    if (!unpack && keys->n <= 16) {
        for (size_t i = 0; i < keys->n; i++) {
            py_compiler_expr(c, keys->items[i]);
            py_compiler_expr(c, vals->items[i]);
        }
        py_compiler_emit(c, PY_OPC_BUILD_MAP, (uint32_t)keys->n);
        return;
    }
    py_compiler_emit(c, PY_OPC_BUILD_MAP, 0);
    for (size_t i = 0; i < keys->n; i++) {
        if (keys->items[i]) {
            py_compiler_expr(c, keys->items[i]);
            py_compiler_expr(c, vals->items[i]);
            py_compiler_emit(c, PY_OPC_MAP_ADD, 1);
        } else {
            py_compiler_expr(c, vals->items[i]);
            py_compiler_emit(c, PY_OPC_DICT_UPDATE, 1);
        }
    }
}

// ---- comparisons ---------------------------------------------------------------------------

static void emit_cmp(py_compiler_t *c, py_cmpop_t op) {
    switch (op) {
    case PY_CMP_IS: py_compiler_emit(c, PY_OPC_IS_OP, 0); break;
    case PY_CMP_ISNOT: py_compiler_emit(c, PY_OPC_IS_OP, 1); break;
    case PY_CMP_IN: py_compiler_emit(c, PY_OPC_CONTAINS_OP, 0); break;
    case PY_CMP_NOTIN: py_compiler_emit(c, PY_OPC_CONTAINS_OP, 1); break;
    default: py_compiler_emit(c, PY_OPC_COMPARE_OP, (uint32_t)op); break;
    }
}

// a < b < c: each middle operand is evaluated once and kept for the next test.
static void expr_compare(py_compiler_t *c, const py_expr_t *e) {
    const py_ast_list_t *ops = &e->u.compare.ops, *rhs = &e->u.compare.comparators;
    py_compiler_expr(c, e->u.compare.left);
    if (ops->n == 1) {
        py_compiler_expr(c, rhs->items[0]);
        py_compiler_set_pos(c, e->pos);
        emit_cmp(c, (py_cmpop_t)(intptr_t)ops->items[0]);
        return;
    }
    int cleanup = py_compiler_new_label(c), end = py_compiler_new_label(c);
    for (size_t i = 0; i + 1 < ops->n; i++) {
        py_compiler_expr(c, rhs->items[i]);
        py_compiler_emit(c, PY_OPC_SWAP, 2);
        py_compiler_emit(c, PY_OPC_COPY, 2);
        py_compiler_set_pos(c, e->pos);
        emit_cmp(c, (py_cmpop_t)(intptr_t)ops->items[i]);
        py_compiler_jump(c, PY_OPC_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    py_compiler_expr(c, rhs->items[ops->n - 1]);
    emit_cmp(c, (py_cmpop_t)(intptr_t)ops->items[ops->n - 1]);
    py_compiler_jump(c, PY_OPC_JUMP_FORWARD, end);
    py_compiler_bind(c, cleanup);
    py_compiler_emit(c, PY_OPC_SWAP, 2);
    py_compiler_emit(c, PY_OPC_POP_TOP, 0);
    py_compiler_bind(c, end);
}

// ---- calls ------------------------------------------------------------------------------------

static bool call_has_unpacking(const py_expr_t *e) {
    if (has_starred(&e->u.call.args)) return true;
    for (size_t i = 0; i < e->u.call.keywords.n; i++)
        if (!((py_keyword_t *)e->u.call.keywords.items[i])->arg) return true;
    return false;
}

// f(*a, **k): positionals as one tuple, keywords as one dict. A lone f(*a)
// passes a as it is (CALL_EX checks it, naming f, as CPython does). Keywords
// after a ** merge one by one so duplicates are found.
static void call_ex(py_compiler_t *c, const py_expr_t *e) {
    const py_ast_list_t *args = &e->u.call.args;
    if (args->n == 1 && ((py_expr_t *)args->items[0])->kind == PY_EXPR_STARRED) {
        py_compiler_expr(c, ((py_expr_t *)args->items[0])->u.starred.value);
    } else {
        starred_display(c, args, false);
        py_compiler_emit(c, PY_OPC_LIST_TO_TUPLE, 0);
    }
    const py_ast_list_t *kws = &e->u.call.keywords;
    if (kws->n == 0) {
        py_compiler_emit(c, PY_OPC_PUSH_NULL, 0);
    } else {
        py_compiler_emit(c, PY_OPC_BUILD_MAP, 0);
        bool merged = false;
        for (size_t i = 0; i < kws->n; i++) {
            const py_keyword_t *k = kws->items[i];
            if (k->arg) {
                py_compiler_emit_const(c, py_compiler_str(c, k->arg));
                py_compiler_expr(c, k->value);
                if (merged) py_compiler_emit(c, PY_OPC_BUILD_MAP, 1);
                py_compiler_emit(c, merged ? PY_OPC_DICT_MERGE : PY_OPC_MAP_ADD, 1);
            } else {
                merged = true;
                py_compiler_expr(c, k->value);
                py_compiler_emit(c, PY_OPC_DICT_MERGE, 1);
            }
        }
    }
    py_compiler_set_pos(c, e->pos);
    py_compiler_emit(c, PY_OPC_CALL_EX, 0);
}

static void call_args(py_compiler_t *c, const py_expr_t *e) {
    const py_ast_list_t *args = &e->u.call.args, *kws = &e->u.call.keywords;
    for (size_t i = 0; i < args->n; i++) py_compiler_expr(c, args->items[i]);
    const py_expr_t *f = e->u.call.func;
    if (kws->n == 0) {
        py_compiler_set_pos(c, e->pos);
        if (f->kind == PY_EXPR_ATTRIBUTE) py_compiler_attr_pos(c, f);
        py_compiler_emit(c, PY_OPC_CALL, (uint32_t)args->n);
        return;
    }
    py_val_t names = py_tuple_new(c->vm, kws->n, NULL);
    for (size_t i = 0; i < kws->n; i++) {
        const py_keyword_t *k = kws->items[i];
        py_tuple_ptr(names)->items[i] = py_compiler_str(c, k->arg);
        py_compiler_expr(c, k->value);
    }
    py_compiler_emit(c, PY_OPC_LOAD_CONST, py_compiler_const(c, names));
    py_compiler_set_pos(c, e->pos);
    if (f->kind == PY_EXPR_ATTRIBUTE) py_compiler_attr_pos(c, f);
    py_compiler_emit(c, PY_OPC_CALL_KW, (uint32_t)(args->n + kws->n));
}

void py_compiler_expr_call(py_compiler_t *c, const py_expr_t *e) {
    const py_expr_t *f = e->u.call.func;
    bool unpack = call_has_unpacking(e);
    if (f->kind == PY_EXPR_ATTRIBUTE && !unpack) {
        char buf[256];
        py_compiler_expr(c, f->u.attribute.value);
        py_compiler_set_pos(c, f->pos);
        py_compiler_attr_pos(c, f);
        py_compiler_emit(c, PY_OPC_LOAD_METHOD,
                         py_compiler_name(c, py_compiler_mangle(c, f->u.attribute.attr, buf, sizeof buf)));
    } else {
        py_compiler_expr(c, f);
        py_compiler_emit(c, PY_OPC_PUSH_NULL, 0);
    }
    if (unpack)
        call_ex(c, e);
    else
        call_args(c, e);
}

// ---- f-strings, attributes, subscripts -----------------------------------------------------------

static void expr_formatted(py_compiler_t *c, const py_expr_t *e) {
    py_compiler_expr(c, e->u.formatted.value);
    uint32_t arg = 0;
    switch (e->u.formatted.conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: break;
    }
    if (e->u.formatted.format_spec) {
        py_compiler_expr(c, e->u.formatted.format_spec);
        arg |= 4;
    }
    py_compiler_emit(c, PY_OPC_FORMAT_VALUE, arg);
}

static void expr_joinedstr(py_compiler_t *c, const py_expr_t *e) {
    const py_ast_list_t *vals = &e->u.joinedstr.values;
    for (size_t i = 0; i < vals->n; i++) py_compiler_expr(c, vals->items[i]);
    if (vals->n == 0)
        py_compiler_emit_const(c, py_name(c->vm, PY_NAME_empty));
    else if (vals->n > 1)   // one part is a str already (a format spec's text: built once, not per use)
        py_compiler_emit(c, PY_OPC_BUILD_STRING, (uint32_t)vals->n);
}

static void expr_attribute(py_compiler_t *c, const py_expr_t *e) {
    char buf[256];
    py_compiler_expr(c, e->u.attribute.value);
    py_compiler_set_pos(c, e->pos);
    py_compiler_attr_pos(c, e);
    py_compiler_emit(c, PY_OPC_LOAD_ATTR,
                     py_compiler_name(c, py_compiler_mangle(c, e->u.attribute.attr, buf, sizeof buf)));
}

static void expr_slice(py_compiler_t *c, const py_expr_t *e) {
    const py_expr_t *parts[3] = {e->u.slice.lower, e->u.slice.upper, e->u.slice.step};
    int n = e->u.slice.step ? 3 : 2;
    for (int i = 0; i < n; i++) {
        if (parts[i])
            py_compiler_expr(c, parts[i]);
        else
            py_compiler_emit_const(c, PY_NONE);
    }
    py_compiler_emit(c, PY_OPC_BUILD_SLICE, (uint32_t)n);
}

static void expr_subscript(py_compiler_t *c, const py_expr_t *e) {
    py_compiler_expr(c, e->u.subscript.value);
    py_compiler_expr(c, e->u.subscript.slice);
    py_compiler_set_pos(c, e->pos);
    py_compiler_emit(c, PY_OPC_BINARY_SUBSCR, 0);
}

// ---- generators ---------------------------------------------------------------------------------

static void expr_yield(py_compiler_t *c, const py_expr_t *e) {
    if (e->u.yield.value)
        py_compiler_expr(c, e->u.yield.value);
    else
        py_compiler_emit_const(c, PY_NONE);
    py_compiler_set_pos(c, e->pos);
    py_compiler_emit(c, PY_OPC_YIELD_VALUE, 0);
}

static void expr_yield_from(py_compiler_t *c, const py_expr_t *e) {
    py_compiler_expr(c, e->u.yieldfrom.value);
    py_compiler_set_pos(c, e->pos);
    py_compiler_emit(c, PY_OPC_GET_YIELD_FROM_ITER, 0);
    py_compiler_emit_const(c, PY_NONE);
    py_compiler_send_loop(c);
}

// ---- dispatch -----------------------------------------------------------------------------------

void py_compiler_expr(py_compiler_t *c, const py_expr_t *e) {
    // Scope analysis already bounded the nesting; this guards the C stack
    // when compile() itself runs deep inside C re-entries.
    py_check_c_stack(c->vm);
    py_pos_t outer = c->u->pos;   // the parent's instructions after this one keep theirs
    py_compiler_set_pos(c, e->pos);
    switch (e->kind) {
    case PY_EXPR_BOOLOP: expr_boolop(c, e); break;
    case PY_EXPR_NAMEDEXPR: expr_namedexpr(c, e); break;
    case PY_EXPR_BINOP: expr_binop(c, e); break;
    case PY_EXPR_UNARYOP: expr_unaryop(c, e); break;
    case PY_EXPR_LAMBDA: py_compiler_func_lambda(c, e); break;
    case PY_EXPR_IFEXP: expr_ifexp(c, e); break;
    case PY_EXPR_DICT: expr_dict(c, e); break;
    case PY_EXPR_SET: expr_sequence(c, e, PY_OPC_BUILD_SET); break;
    case PY_EXPR_LISTCOMP: case PY_EXPR_SETCOMP: case PY_EXPR_DICTCOMP:
    case PY_EXPR_GENERATOREXP: py_compiler_comp(c, e); break;
    case PY_EXPR_AWAIT:
        py_compiler_expr(c, e->u.await.value);
        py_compiler_set_pos(c, e->pos);
        py_compiler_await(c, 0);
        break;
    case PY_EXPR_YIELD: expr_yield(c, e); break;
    case PY_EXPR_YIELDFROM: expr_yield_from(c, e); break;
    case PY_EXPR_COMPARE: expr_compare(c, e); break;
    case PY_EXPR_CALL: py_compiler_expr_call(c, e); break;
    case PY_EXPR_FORMATTEDVALUE: expr_formatted(c, e); break;
    case PY_EXPR_JOINEDSTR: expr_joinedstr(c, e); break;
    case PY_EXPR_CONSTANT: py_compiler_emit_const(c, py_compiler_expr_constant(c, e)); break;
    case PY_EXPR_ATTRIBUTE: expr_attribute(c, e); break;
    case PY_EXPR_SUBSCRIPT: expr_subscript(c, e); break;
    case PY_EXPR_STARRED: py_compiler_error(c, e->pos, "can't use starred expression here");
    case PY_EXPR_NAME: py_compiler_assign_name(c, e->u.name.id, PY_CTX_LOAD); break;
    case PY_EXPR_LIST: expr_sequence(c, e, PY_OPC_BUILD_LIST); break;
    case PY_EXPR_TUPLE: expr_sequence(c, e, PY_OPC_BUILD_TUPLE); break;
    case PY_EXPR_SLICE: expr_slice(c, e); break;
    }
    py_compiler_set_pos(c, outer);
}

// ---- conditions ------------------------------------------------------------------------------------

static void jump_if_boolop(py_compiler_t *c, const py_expr_t *e, bool when, int label) {
    bool is_and = e->u.boolop.op == PY_BOOL_AND;
    const py_ast_list_t *vals = &e->u.boolop.values;
    // `a and b` jumps on false as soon as one is false; on true only when the last is.
    if (is_and != when) {
        for (size_t i = 0; i < vals->n; i++) py_compiler_expr_jump_if(c, vals->items[i], when, label);
        return;
    }
    int next = py_compiler_new_label(c);
    for (size_t i = 0; i + 1 < vals->n; i++) py_compiler_expr_jump_if(c, vals->items[i], !when, next);
    py_compiler_expr_jump_if(c, vals->items[vals->n - 1], when, label);
    py_compiler_bind(c, next);
}

void py_compiler_expr_jump_if(py_compiler_t *c, const py_expr_t *e, bool when, int label) {
    if (e->kind == PY_EXPR_UNARYOP && e->u.unaryop.op == PY_UNARY_NOT) {
        py_compiler_expr_jump_if(c, e->u.unaryop.operand, !when, label);
        return;
    }
    if (e->kind == PY_EXPR_BOOLOP) {
        jump_if_boolop(c, e, when, label);
        return;
    }
    py_compiler_expr(c, e);
    // CPython 3.11 leaves a tested comparison's position in force (an assert's raise shows it).
    if (e->kind == PY_EXPR_COMPARE) py_compiler_set_pos(c, e->pos);
    py_compiler_jump(c, when ? PY_OPC_POP_JUMP_IF_TRUE : PY_OPC_POP_JUMP_IF_FALSE, label);
}
