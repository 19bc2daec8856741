// vm/compiler_comp.c: code generation for list, set and dict comprehensions and
// generator expressions. Layer: vm compiler.
// SPDX-License-Identifier: MIT
//
// Each comprehension is a function of its own (CPython 3.11): the first
// iterable is evaluated outside and passed as the argument `.0`; the body
// loops and adds to a collection it returns, or, for a generator
// expression, yields each element. A comprehension with `async for` or
// `await` is a coroutine the enclosing code awaits (an async generator for
// a generator expression).

#include "compiler.h"

static void comp_loops(py_compiler_t *c, const py_expr_t *e, size_t i);

// The innermost body: add the element to the collection below the iterators.
static void comp_element(py_compiler_t *c, const py_expr_t *e) {
    uint32_t depth = (uint32_t)e->u.comp.generators.n + 1;
    switch (e->kind) {
    case PY_EXPR_DICTCOMP:
        py_compiler_expr(c, e->u.comp.key);
        py_compiler_expr(c, e->u.comp.value);
        py_compiler_emit(c, PY_OPC_MAP_ADD, depth);
        break;
    case PY_EXPR_SETCOMP:
        py_compiler_expr(c, e->u.comp.elt);
        py_compiler_emit(c, PY_OPC_SET_ADD, depth);
        break;
    case PY_EXPR_GENERATOREXP:
        py_compiler_expr(c, e->u.comp.elt);
        py_compiler_emit(c, PY_OPC_YIELD_VALUE, 0);
        py_compiler_emit(c, PY_OPC_POP_TOP, 0);
        break;
    default:
        py_compiler_expr(c, e->u.comp.elt);
        py_compiler_emit(c, PY_OPC_LIST_APPEND, depth);
        break;
    }
}

// Loop [i] of the comprehension; below it on the stack are the collection
// (unless it is a generator expression) and the outer loops' iterators.
static void comp_loops(py_compiler_t *c, const py_expr_t *e, size_t i) {
    const py_comprehension_t *g = e->u.comp.generators.items[i];
    int start = py_compiler_new_label(c), end = py_compiler_new_label(c);
    if (i == 0) {
        py_compiler_emit(c, PY_OPC_LOAD_FAST, 0);
    } else {
        py_compiler_expr(c, g->iter);
        py_compiler_emit(c, g->is_async ? PY_OPC_GET_AITER : PY_OPC_GET_ITER, 0);
    }
    py_compiler_bind(c, start);
    int handler = -1;
    if (g->is_async) {
        handler = py_compiler_new_label(c);
        int depth = (e->kind == PY_EXPR_GENERATOREXP ? 0 : 1) + (int)i + 1;
        py_compiler_region_push(c, handler, depth);
        py_compiler_emit(c, PY_OPC_GET_ANEXT, 0);
        py_compiler_emit_const(c, PY_NONE);
        py_compiler_send_loop(c);
        py_compiler_region_pop(c);
    } else {
        py_compiler_jump(c, PY_OPC_FOR_ITER, end);
    }
    py_compiler_assign_store(c, g->target);
    for (size_t k = 0; k < g->ifs.n; k++) py_compiler_expr_jump_if(c, g->ifs.items[k], false, start);
    if (i + 1 < e->u.comp.generators.n)
        comp_loops(c, e, i + 1);
    else
        comp_element(c, e);
    py_compiler_jump(c, PY_OPC_JUMP_BACKWARD, start);
    if (handler >= 0) {
        py_compiler_bind(c, handler);
        py_compiler_emit(c, PY_OPC_END_ASYNC_FOR, 0);
    }
    py_compiler_bind(c, end);
}

void py_compiler_comp(py_compiler_t *c, const py_expr_t *e) {
    py_scope_t *scope = py_scope_child(c->u->scope, e);
    const py_comprehension_t *first = e->u.comp.generators.items[0];
    bool is_genexp = e->kind == PY_EXPR_GENERATOREXP;
    py_cunit_t u;
    py_compiler_unit_enter(c, &u, scope, scope->name, e->pos.line);
    if (!is_genexp)
        py_compiler_emit(c, e->kind == PY_EXPR_DICTCOMP ? PY_OPC_BUILD_MAP
                            : e->kind == PY_EXPR_SETCOMP ? PY_OPC_BUILD_SET : PY_OPC_BUILD_LIST, 0);
    comp_loops(c, e, 0);
    if (is_genexp) py_compiler_emit_const(c, PY_NONE);
    py_compiler_emit(c, PY_OPC_RETURN_VALUE, 0);
    py_code_t *code = py_compiler_unit_leave(c);
    py_compiler_set_pos(c, e->pos);
    py_compiler_func_make(c, code, scope, 0);
    py_compiler_emit(c, PY_OPC_PUSH_NULL, 0);
    py_compiler_expr(c, first->iter);
    py_compiler_emit(c, first->is_async ? PY_OPC_GET_AITER : PY_OPC_GET_ITER, 0);
    py_compiler_set_pos(c, e->pos);
    py_compiler_emit(c, PY_OPC_CALL, 1);
    if (scope->is_async && !is_genexp) py_compiler_await(c, 0);
}
