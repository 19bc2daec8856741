// vm/compiler_func.c: code generation for def, lambda and class: their code
// objects, defaults, closures, decorators and qualified names.
// Layer: vm compiler.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "compiler.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "vm.h"

py_val_t py_compiler_func_qualname(py_compiler_t *c, const char *name) {
    py_cunit_t *p = c->u;
    if (!p || p->scope->kind == PY_SCOPE_MODULE) return py_compiler_str(c, name);
    // A name declared global in the enclosing scope is qualified as a top-level one.
    const py_symbol_t *sym = py_scope_lookup(p->scope, name);
    if (sym && sym->scope == PY_SYM_GLOBAL_EXPLICIT) return py_compiler_str(c, name);
    const char *sep = p->scope->kind == PY_SCOPE_CLASS ? "." : ".<locals>.";
    return py_str_format_c(c->vm, "%S%s%s", p->qualname, sep, name);
}

// The index LOAD_CLOSURE needs for [name] in the current unit.
static uint32_t closure_index(py_compiler_t *c, const char *name) {
    const py_scope_t *s = c->u->scope;
    int i = py_scope_index(s->cellvars, s->ncellvars, name);
    if (i < 0) i = (int)s->ncellvars + py_scope_index(s->freevars, s->nfreevars, name);
    return (uint32_t)i;
}

void py_compiler_func_make(py_compiler_t *c, py_code_t *code, py_scope_t *scope, uint32_t flags) {
    if (scope->nfreevars) {
        for (size_t i = 0; i < scope->nfreevars; i++)
            py_compiler_emit(c, PY_OPC_LOAD_CLOSURE, closure_index(c, scope->freevars[i]));
        py_compiler_emit(c, PY_OPC_BUILD_TUPLE, (uint32_t)scope->nfreevars);
        flags |= 4;
    }
    py_compiler_emit(c, PY_OPC_LOAD_CONST, py_compiler_const(c, py_from_obj(code)));
    py_compiler_emit(c, PY_OPC_MAKE_FUNCTION, flags);
}

// Pushes the defaults tuple and kw-only defaults dict; returns MAKE_FUNCTION's flags.
static uint32_t emit_defaults(py_compiler_t *c, const py_arguments_t *a) {
    uint32_t flags = 0;
    if (a->defaults.n) {
        for (size_t i = 0; i < a->defaults.n; i++) py_compiler_expr(c, a->defaults.items[i]);
        py_compiler_emit(c, PY_OPC_BUILD_TUPLE, (uint32_t)a->defaults.n);
        flags |= 1;
    }
    uint32_t nkw = 0;
    for (size_t i = 0; i < a->kwonlyargs.n; i++) {
        if (!a->kw_defaults.items[i]) continue;
        py_compiler_emit_const(c, py_compiler_str(c, ((py_arg_t *)a->kwonlyargs.items[i])->arg));
        py_compiler_expr(c, a->kw_defaults.items[i]);
        nkw++;
    }
    if (nkw) {
        py_compiler_emit(c, PY_OPC_BUILD_MAP, nkw);
        flags |= 2;
    }
    return flags;
}

// Parameters that inner functions capture start life in their cells.
static void copy_cell_params(py_compiler_t *c) {
    const py_scope_t *s = c->u->scope;
    for (size_t i = 0; i < s->ncellvars; i++) {
        int local = py_scope_index(s->varnames, s->nvarnames, s->cellvars[i]);
        const py_symbol_t *sym = py_scope_lookup(s, s->cellvars[i]);
        if (local < 0 || !sym || !(sym->flags & PY_DEF_PARAM)) continue;
        py_compiler_emit(c, PY_OPC_LOAD_FAST, (uint32_t)local);
        py_compiler_emit(c, PY_OPC_STORE_DEREF, (uint32_t)i);
    }
}

const char *py_compiler_docstring(const py_ast_list_t *body, size_t *len) {
    if (!body->n) return NULL;
    const py_stmt_t *s = body->items[0];
    if (s->kind != PY_STMT_EXPR || s->u.expr.value->kind != PY_EXPR_CONSTANT) return NULL;
    const py_constant_t *k = &s->u.expr.value->u.constant;
    if (k->kind != PY_CONST_STR) return NULL;
    *len = k->len;
    return k->bytes;
}

// Innermost first; each call is located at its decorator, as in CPython's tracebacks.
static void apply_decorators(py_compiler_t *c, const py_ast_list_t *decos) {
    py_pos_t pos = c->u->pos;
    for (size_t i = decos->n; i-- > 0;) {
        py_compiler_set_pos(c, ((py_expr_t *)decos->items[i])->pos);
        py_compiler_emit(c, PY_OPC_CALL, 1);
    }
    py_compiler_set_pos(c, pos);
}

static void push_decorators(py_compiler_t *c, const py_ast_list_t *decos) {
    for (size_t i = 0; i < decos->n; i++) {
        py_compiler_expr(c, decos->items[i]);
        py_compiler_emit(c, PY_OPC_PUSH_NULL, 0);
    }
}

static py_code_t *function_body(py_compiler_t *c, py_scope_t *scope, const char *name,
                                const py_stmt_t *s) {
    py_cunit_t u;
    py_compiler_unit_enter(c, &u, scope, name, s->pos.line);
    size_t doclen;
    const char *doc = py_compiler_docstring(&s->u.funcdef.body, &doclen);
    bool has_doc = doc != NULL;
    if (has_doc) py_compiler_const(c, py_str_new(c->vm, doc, doclen));
    copy_cell_params(c);
    py_compiler_stmt_list(c, &s->u.funcdef.body);
    py_compiler_emit_const(c, PY_NONE);
    py_compiler_emit(c, PY_OPC_RETURN_VALUE, 0);
    py_code_t *code = py_compiler_unit_leave(c);
    if (has_doc) code->flags |= PY_CODE_DOC;
    return code;
}

void py_compiler_func_def(py_compiler_t *c, const py_stmt_t *s) {
    py_scope_t *scope = py_scope_child(c->u->scope, s);
    push_decorators(c, &s->u.funcdef.decorator_list);
    uint32_t flags = emit_defaults(c, s->u.funcdef.args);
    py_code_t *code = function_body(c, scope, s->u.funcdef.name, s);
    py_compiler_set_pos(c, s->pos);
    py_compiler_func_make(c, code, scope, flags);
    py_compiler_func_annotations(c, s->u.funcdef.args, s->u.funcdef.returns);
    apply_decorators(c, &s->u.funcdef.decorator_list);
    py_compiler_assign_name(c, s->u.funcdef.name, PY_CTX_STORE);
}

void py_compiler_func_lambda(py_compiler_t *c, const py_expr_t *e) {
    py_scope_t *scope = py_scope_child(c->u->scope, e);
    uint32_t flags = emit_defaults(c, e->u.lambda.args);
    py_cunit_t u;
    py_compiler_unit_enter(c, &u, scope, "<lambda>", e->pos.line);
    copy_cell_params(c);
    py_compiler_expr(c, e->u.lambda.body);
    py_compiler_emit(c, PY_OPC_RETURN_VALUE, 0);
    py_code_t *code = py_compiler_unit_leave(c);
    py_compiler_set_pos(c, e->pos);
    py_compiler_func_make(c, code, scope, flags);
}

// ---- classes -------------------------------------------------------------------------

static py_code_t *class_body(py_compiler_t *c, py_scope_t *scope, const py_stmt_t *s) {
    py_cunit_t u;
    py_compiler_unit_enter(c, &u, scope, s->u.classdef.name, s->pos.line);
    u.class_name = s->u.classdef.name;
    py_vm_t *vm = c->vm;
    py_compiler_emit(c, PY_OPC_LOAD_NAME, py_compiler_name(c, "__name__"));
    py_compiler_emit(c, PY_OPC_STORE_NAME, py_compiler_name(c, "__module__"));
    py_compiler_emit(c, PY_OPC_LOAD_CONST, py_compiler_const(c, u.qualname));
    py_compiler_emit(c, PY_OPC_STORE_NAME, py_compiler_name(c, "__qualname__"));
    size_t doclen;
    const char *doc = py_compiler_docstring(&s->u.classdef.body, &doclen);
    if (doc) {
        py_compiler_emit(c, PY_OPC_LOAD_CONST, py_compiler_const(c, py_str_new(vm, doc, doclen)));
        py_compiler_emit(c, PY_OPC_STORE_NAME, py_compiler_name(c, "__doc__"));
    }
    py_compiler_setup_annotations(c, &s->u.classdef.body);
    py_compiler_stmt_list(c, &s->u.classdef.body);
    // The body returns the __class__ cell, which BUILD_CLASS fills with the new class.
    if (scope->needs_class_cell)
        py_compiler_emit(c, PY_OPC_LOAD_CLOSURE, closure_index(c, "__class__"));
    else
        py_compiler_emit_const(c, PY_NONE);
    py_compiler_emit(c, PY_OPC_RETURN_VALUE, 0);
    return py_compiler_unit_leave(c);
}

static void class_bases(py_compiler_t *c, const py_ast_list_t *bases) {
    bool starred = false;
    for (size_t i = 0; i < bases->n; i++)
        if (((py_expr_t *)bases->items[i])->kind == PY_EXPR_STARRED) starred = true;
    if (!starred) {
        for (size_t i = 0; i < bases->n; i++) py_compiler_expr(c, bases->items[i]);
        py_compiler_emit(c, PY_OPC_BUILD_TUPLE, (uint32_t)bases->n);
        return;
    }
    py_compiler_emit(c, PY_OPC_BUILD_LIST, 0);
    for (size_t i = 0; i < bases->n; i++) {
        const py_expr_t *b = bases->items[i];
        py_compiler_expr(c, b->kind == PY_EXPR_STARRED ? b->u.starred.value : b);
        py_compiler_emit(c, b->kind == PY_EXPR_STARRED ? PY_OPC_LIST_EXTEND : PY_OPC_LIST_APPEND, 1);
    }
    py_compiler_emit(c, PY_OPC_LIST_TO_TUPLE, 0);
}

static uint32_t class_keywords(py_compiler_t *c, const py_ast_list_t *kws) {
    if (!kws->n) return 0;
    py_compiler_emit(c, PY_OPC_BUILD_MAP, 0);
    for (size_t i = 0; i < kws->n; i++) {
        const py_keyword_t *k = kws->items[i];
        if (k->arg) {
            py_compiler_emit_const(c, py_compiler_str(c, k->arg));
            py_compiler_expr(c, k->value);
            py_compiler_emit(c, PY_OPC_MAP_ADD, 1);
        } else {
            py_compiler_expr(c, k->value);
            py_compiler_emit(c, PY_OPC_DICT_MERGE, 1);
        }
    }
    return 1;
}

void py_compiler_func_class(py_compiler_t *c, const py_stmt_t *s) {
    py_scope_t *scope = py_scope_child(c->u->scope, s);
    push_decorators(c, &s->u.classdef.decorator_list);
    py_code_t *code = class_body(c, scope, s);
    py_compiler_set_pos(c, s->pos);
    py_compiler_func_make(c, code, scope, 0);
    py_compiler_emit_const(c, py_compiler_str(c, s->u.classdef.name));
    class_bases(c, &s->u.classdef.bases);
    uint32_t flags = class_keywords(c, &s->u.classdef.keywords);
    py_compiler_set_pos(c, s->pos);
    py_compiler_emit(c, PY_OPC_BUILD_CLASS, flags);
    apply_decorators(c, &s->u.classdef.decorator_list);
    py_compiler_assign_name(c, s->u.classdef.name, PY_CTX_STORE);
}
