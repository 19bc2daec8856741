// vm/compiler_assign.c: code generation for names, assignment targets, augmented
// assignment and del. Layer: vm compiler.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "compiler.h"

// ---- names ------------------------------------------------------------------------

typedef enum { NAME_FAST, NAME_DEREF, NAME_GLOBAL, NAME_NAME } name_kind_t;

static const py_opcode_t name_ops[4][3] = {
    [NAME_FAST] = {PY_OPC_LOAD_FAST, PY_OPC_STORE_FAST, PY_OPC_DELETE_FAST},
    [NAME_DEREF] = {PY_OPC_LOAD_DEREF, PY_OPC_STORE_DEREF, PY_OPC_DELETE_DEREF},
    [NAME_GLOBAL] = {PY_OPC_LOAD_GLOBAL, PY_OPC_STORE_GLOBAL, PY_OPC_DELETE_GLOBAL},
    [NAME_NAME] = {PY_OPC_LOAD_NAME, PY_OPC_STORE_NAME, PY_OPC_DELETE_NAME},
};

// Which family of instructions reaches [name] in the current scope, and its index.
static name_kind_t classify(py_compiler_t *c, const char *name, const char *mangled,
                            uint32_t *index) {
    const py_scope_t *s = c->u->scope;
    const py_symbol_t *sym = py_scope_lookup(s, name);
    bool function = s->kind == PY_SCOPE_FUNCTION || s->kind == PY_SCOPE_COMPREHENSION;
    py_sym_scope_t sc = sym ? sym->scope : PY_SYM_GLOBAL_IMPLICIT;
    if (sc == PY_SYM_CELL || (sc == PY_SYM_FREE && !(sym->flags & PY_DEF_FREE_CLASS))) {
        int i = py_scope_index(s->cellvars, s->ncellvars, name);
        if (i < 0) i = (int)s->ncellvars + py_scope_index(s->freevars, s->nfreevars, name);
        *index = (uint32_t)i;
        return NAME_DEREF;
    }
    if (sc == PY_SYM_LOCAL && function) {
        *index = (uint32_t)py_scope_varname_index(s, name);
        return NAME_FAST;
    }
    *index = py_compiler_name(c, mangled);
    if (sc == PY_SYM_GLOBAL_EXPLICIT || (sc == PY_SYM_GLOBAL_IMPLICIT && function))
        return NAME_GLOBAL;
    return NAME_NAME;
}

void py_compiler_assign_name(py_compiler_t *c, const char *name, py_ctx_t ctx) {
    char buf[256];
    const char *mangled = py_compiler_mangle(c, name, buf, sizeof buf);
    uint32_t index;
    name_kind_t kind = classify(c, name, mangled, &index);
    py_opcode_t op = name_ops[kind][ctx];
    // A class body reads its free variables from its namespace first.
    if (op == PY_OPC_LOAD_DEREF && c->u->scope->kind == PY_SCOPE_CLASS) op = PY_OPC_LOAD_CLASSDEREF;
    py_compiler_emit(c, op, index);
}

// ---- stores -------------------------------------------------------------------------

static void store_unpack(py_compiler_t *c, const py_expr_t *t) {
    const py_ast_list_t *elts = &t->u.list.elts;
    size_t star = elts->n;
    for (size_t i = 0; i < elts->n; i++) {
        if (((py_expr_t *)elts->items[i])->kind != PY_EXPR_STARRED) continue;
        if (star != elts->n) py_compiler_error(c, t->pos, "multiple starred expressions in assignment");
        star = i;
    }
    py_compiler_set_pos(c, t->pos);
    if (star == elts->n) {
        py_compiler_emit(c, PY_OPC_UNPACK_SEQUENCE, (uint32_t)elts->n);
    } else {
        size_t after = elts->n - star - 1;
        if (star > 255 || after > 65535) py_compiler_error(c, t->pos, "too many expressions in star-unpacking assignment");
        py_compiler_emit(c, PY_OPC_UNPACK_EX, (uint32_t)(star | (after << 8)));
    }
    for (size_t i = 0; i < elts->n; i++) {
        const py_expr_t *x = elts->items[i];
        py_compiler_assign_store(c, x->kind == PY_EXPR_STARRED ? x->u.starred.value : x);
    }
}

void py_compiler_assign_store(py_compiler_t *c, const py_expr_t *t) {
    char buf[256];
    switch (t->kind) {
    case PY_EXPR_NAME: py_compiler_assign_name(c, t->u.name.id, PY_CTX_STORE); break;
    case PY_EXPR_ATTRIBUTE:
        py_compiler_expr(c, t->u.attribute.value);
        py_compiler_set_pos(c, t->pos);
        py_compiler_attr_pos(c, t);
        py_compiler_emit(c, PY_OPC_STORE_ATTR,
                         py_compiler_name(c, py_compiler_mangle(c, t->u.attribute.attr, buf, sizeof buf)));
        break;
    case PY_EXPR_SUBSCRIPT:
        py_compiler_expr(c, t->u.subscript.value);
        py_compiler_expr(c, t->u.subscript.slice);
        py_compiler_set_pos(c, t->pos);
        py_compiler_emit(c, PY_OPC_STORE_SUBSCR, 0);
        break;
    case PY_EXPR_LIST: case PY_EXPR_TUPLE: store_unpack(c, t); break;
    case PY_EXPR_STARRED:
        py_compiler_error(c, t->pos, "starred assignment target must be in a list or tuple");
    default: py_compiler_error(c, t->pos, "cannot assign to expression");
    }
}

static bool is_plain_sequence(const py_expr_t *e) {
    if (e->kind != PY_EXPR_TUPLE && e->kind != PY_EXPR_LIST) return false;
    for (size_t i = 0; i < e->u.list.elts.n; i++)
        if (((py_expr_t *)e->u.list.elts.items[i])->kind == PY_EXPR_STARRED) return false;
    return true;
}

// a, b = b, a: the values go straight to the targets without a tuple.
static bool assign_swap(py_compiler_t *c, const py_expr_t *target, const py_expr_t *value) {
    if (!is_plain_sequence(target) || value->kind != PY_EXPR_TUPLE || !is_plain_sequence(value))
        return false;
    size_t n = target->u.list.elts.n;
    if (n != value->u.list.elts.n || n < 2 || n > 3) return false;
    for (size_t i = 0; i < n; i++) py_compiler_expr(c, value->u.list.elts.items[i]);
    py_compiler_emit(c, PY_OPC_SWAP, (uint32_t)n);  // first value on top, as UNPACK_SEQUENCE leaves it
    for (size_t i = 0; i < n; i++) py_compiler_assign_store(c, target->u.list.elts.items[i]);
    return true;
}

void py_compiler_assign_stmt(py_compiler_t *c, const py_stmt_t *s) {
    const py_ast_list_t *targets = &s->u.assign.targets;
    if (targets->n == 1 && assign_swap(c, targets->items[0], s->u.assign.value)) return;
    py_compiler_expr(c, s->u.assign.value);
    for (size_t i = 0; i < targets->n; i++) {
        if (i + 1 < targets->n) py_compiler_emit(c, PY_OPC_COPY, 1);
        py_compiler_assign_store(c, targets->items[i]);
    }
}

// ---- augmented assignment -------------------------------------------------------------

static void aug_attribute(py_compiler_t *c, const py_stmt_t *s, uint32_t op) {
    const py_expr_t *t = s->u.augassign.target;
    char buf[256];
    uint32_t name = py_compiler_name(c, py_compiler_mangle(c, t->u.attribute.attr, buf, sizeof buf));
    py_compiler_expr(c, t->u.attribute.value);
    py_compiler_emit(c, PY_OPC_COPY, 1);
    py_compiler_set_pos(c, t->pos);
    py_compiler_attr_pos(c, t);
    py_compiler_emit(c, PY_OPC_LOAD_ATTR, name);
    py_compiler_set_pos(c, s->pos);
    py_compiler_expr(c, s->u.augassign.value);
    py_compiler_emit(c, PY_OPC_BINARY_OP, op);
    py_compiler_set_pos(c, t->pos);   // the store is located at the target, as CPython's
    py_compiler_attr_pos(c, t);
    py_compiler_emit(c, PY_OPC_SWAP, 2);
    py_compiler_emit(c, PY_OPC_STORE_ATTR, name);
}

static void aug_subscript(py_compiler_t *c, const py_stmt_t *s, uint32_t op) {
    const py_expr_t *t = s->u.augassign.target;
    py_compiler_expr(c, t->u.subscript.value);
    py_compiler_expr(c, t->u.subscript.slice);
    py_compiler_emit(c, PY_OPC_COPY, 2);
    py_compiler_emit(c, PY_OPC_COPY, 2);
    py_compiler_set_pos(c, t->pos);
    py_compiler_emit(c, PY_OPC_BINARY_SUBSCR, 0);
    py_compiler_expr(c, s->u.augassign.value);
    py_compiler_set_pos(c, s->pos);
    py_compiler_emit(c, PY_OPC_BINARY_OP, op);
    py_compiler_set_pos(c, t->pos);
    // obj key r -> r obj key
    py_compiler_emit(c, PY_OPC_SWAP, 3);
    py_compiler_emit(c, PY_OPC_SWAP, 2);
    py_compiler_emit(c, PY_OPC_STORE_SUBSCR, 0);
}

void py_compiler_assign_aug(py_compiler_t *c, const py_stmt_t *s) {
    const py_expr_t *t = s->u.augassign.target;
    uint32_t op = (uint32_t)s->u.augassign.op + PY_OP_INPLACE;
    switch (t->kind) {
    case PY_EXPR_NAME:
        py_compiler_set_pos(c, t->pos);
        py_compiler_assign_name(c, t->u.name.id, PY_CTX_LOAD);
        py_compiler_expr(c, s->u.augassign.value);
        py_compiler_set_pos(c, s->pos);
        py_compiler_emit(c, PY_OPC_BINARY_OP, op);
        py_compiler_set_pos(c, t->pos);
        py_compiler_assign_name(c, t->u.name.id, PY_CTX_STORE);
        break;
    case PY_EXPR_ATTRIBUTE: aug_attribute(c, s, op); break;
    case PY_EXPR_SUBSCRIPT: aug_subscript(c, s, op); break;
    default: py_compiler_error(c, t->pos, "'expression' is an illegal expression for augmented assignment");
    }
}

// ---- del ------------------------------------------------------------------------------------

void py_compiler_assign_delete(py_compiler_t *c, const py_expr_t *t) {
    char buf[256];
    py_compiler_set_pos(c, t->pos);
    switch (t->kind) {
    case PY_EXPR_NAME: py_compiler_assign_name(c, t->u.name.id, PY_CTX_DEL); break;
    case PY_EXPR_ATTRIBUTE:
        py_compiler_expr(c, t->u.attribute.value);
        py_compiler_set_pos(c, t->pos);
        py_compiler_attr_pos(c, t);
        py_compiler_emit(c, PY_OPC_DELETE_ATTR,
                         py_compiler_name(c, py_compiler_mangle(c, t->u.attribute.attr, buf, sizeof buf)));
        break;
    case PY_EXPR_SUBSCRIPT:
        py_compiler_expr(c, t->u.subscript.value);
        py_compiler_expr(c, t->u.subscript.slice);
        py_compiler_set_pos(c, t->pos);
        py_compiler_emit(c, PY_OPC_DELETE_SUBSCR, 0);
        break;
    case PY_EXPR_LIST: case PY_EXPR_TUPLE:
        for (size_t i = 0; i < t->u.list.elts.n; i++) py_compiler_assign_delete(c, t->u.list.elts.items[i]);
        break;
    default: py_compiler_error(c, t->pos, "cannot delete expression");
    }
}
