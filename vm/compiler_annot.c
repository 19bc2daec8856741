// vm/compiler_annot.c: code generation for annotations: a function's
// __annotations__ dict, and `name: T` in module and class bodies.
// Layer: vm compiler. Annotations are evaluated as CPython 3.11 does without
// `from __future__ import annotations`.
// SPDX-License-Identifier: MIT

#include <stdbool.h>

#include "compiler.h"
#include "obj_str.h"

// Pushes the name and value of one parameter's annotation; 1 if it has one.
static uint32_t arg_annotation(py_compiler_t *c, const char *name, const py_expr_t *annotation) {
    if (!annotation) return 0;
    char buf[256];
    py_compiler_emit_const(c, py_compiler_str(c, py_compiler_mangle(c, name, buf, sizeof buf)));
    py_compiler_expr(c, annotation);
    return 1;
}

static uint32_t list_annotations(py_compiler_t *c, const py_ast_list_t *args) {
    uint32_t n = 0;
    for (size_t i = 0; i < args->n; i++) {
        const py_arg_t *a = args->items[i];
        n += arg_annotation(c, a->arg, a->annotation);
    }
    return n;
}

static bool has_annotations(const py_arguments_t *a, const py_expr_t *returns) {
    const py_ast_list_t *lists[] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (size_t l = 0; l < 3; l++)
        for (size_t i = 0; i < lists[l]->n; i++)
            if (((py_arg_t *)lists[l]->items[i])->annotation) return true;
    return returns || (a->vararg && a->vararg->annotation) || (a->kwarg && a->kwarg->annotation);
}

// With the new function on the stack, evaluates its annotations into a dict
// and stores it as its __annotations__. CPython's order: regular parameters,
// then positional-only ones, *args, keyword-only ones, **kwargs, return.
void py_compiler_func_annotations(py_compiler_t *c, const py_arguments_t *a, const py_expr_t *returns) {
    if (!has_annotations(a, returns)) return;
    py_compiler_emit(c, PY_OPC_COPY, 1);
    uint32_t n = list_annotations(c, &a->args);
    n += list_annotations(c, &a->posonlyargs);
    if (a->vararg) n += arg_annotation(c, a->vararg->arg, a->vararg->annotation);
    n += list_annotations(c, &a->kwonlyargs);
    if (a->kwarg) n += arg_annotation(c, a->kwarg->arg, a->kwarg->annotation);
    n += arg_annotation(c, "return", returns);
    py_compiler_emit(c, PY_OPC_BUILD_MAP, n);
    py_compiler_emit(c, PY_OPC_SWAP, 2);
    py_compiler_emit(c, PY_OPC_STORE_ATTR, py_compiler_name(c, "__annotations__"));
}

// ---- variable annotations --------------------------------------------------------------

static bool stmts_annotate(const py_ast_list_t *body);

// Whether [s] or a block nested in it (not a def or class) holds `target: T`.
static bool stmt_annotates(const py_stmt_t *s) {
    switch (s->kind) {
    case PY_STMT_ANNASSIGN: return true;
    case PY_STMT_FOR: case PY_STMT_ASYNCFOR:
        return stmts_annotate(&s->u.for_.body) || stmts_annotate(&s->u.for_.orelse);
    case PY_STMT_WHILE: case PY_STMT_IF:
        return stmts_annotate(&s->u.if_.body) || stmts_annotate(&s->u.if_.orelse);
    case PY_STMT_WITH: case PY_STMT_ASYNCWITH: return stmts_annotate(&s->u.with.body);
    case PY_STMT_TRY: case PY_STMT_TRYSTAR:
        if (stmts_annotate(&s->u.try_.body) || stmts_annotate(&s->u.try_.orelse) ||
            stmts_annotate(&s->u.try_.finalbody))
            return true;
        for (size_t i = 0; i < s->u.try_.handlers.n; i++)
            if (stmts_annotate(&((py_excepthandler_t *)s->u.try_.handlers.items[i])->body)) return true;
        return false;
    default: return false;
    }
}

static bool stmts_annotate(const py_ast_list_t *body) {
    for (size_t i = 0; i < body->n; i++)
        if (stmt_annotates(body->items[i])) return true;
    return false;
}

void py_compiler_setup_annotations(py_compiler_t *c, const py_ast_list_t *body) {
    if (!stmts_annotate(body)) return;
    py_compiler_emit(c, PY_OPC_BUILD_MAP, 0);
    py_compiler_emit(c, PY_OPC_STORE_NAME, py_compiler_name(c, "__annotations__"));
}

// Evaluates [e] for its effects only.
static void eval_and_drop(py_compiler_t *c, const py_expr_t *e) {
    py_compiler_expr(c, e);
    py_compiler_emit(c, PY_OPC_POP_TOP, 0);
}

void py_compiler_annassign(py_compiler_t *c, const py_stmt_t *s) {
    const py_expr_t *target = s->u.annassign.target;
    if (s->u.annassign.value) {
        py_compiler_expr(c, s->u.annassign.value);
        py_compiler_assign_store(c, target);
    }
    py_scope_kind_t kind = c->u->scope->kind;
    bool evaluated = kind == PY_SCOPE_MODULE || kind == PY_SCOPE_CLASS;
    if (target->kind == PY_EXPR_NAME) {
        if (!evaluated || !s->u.annassign.simple) {
            if (evaluated) eval_and_drop(c, s->u.annassign.annotation);
            return;
        }
        char buf[256];
        py_compiler_expr(c, s->u.annassign.annotation);
        py_compiler_emit(c, PY_OPC_LOAD_NAME, py_compiler_name(c, "__annotations__"));
        py_compiler_emit_const(c, py_compiler_str(c, py_compiler_mangle(c, target->u.name.id, buf, sizeof buf)));
        py_compiler_emit(c, PY_OPC_STORE_SUBSCR, 0);
        return;
    }
    // `obj.attr: T` and `obj[k]: T` without a value still evaluate obj (and k).
    if (!s->u.annassign.value && target->kind == PY_EXPR_ATTRIBUTE)
        eval_and_drop(c, target->u.attribute.value);
    if (!s->u.annassign.value && target->kind == PY_EXPR_SUBSCRIPT) {
        eval_and_drop(c, target->u.subscript.value);
        eval_and_drop(c, target->u.subscript.slice);
    }
    if (evaluated) eval_and_drop(c, s->u.annassign.annotation);
}
