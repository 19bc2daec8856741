// vm/compiler_stmt.c: code generation for statements: control flow, try, with,
// raise, assert, import, return/break/continue and their unwinding.
// Layer: vm compiler. Definitions (def, class) are in compiler_func.c.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "compiler.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "vm.h"

// ---- unwinding (return, break, continue) ---------------------------------------------

// `name = None; del name`: an `except E as name:` handler unbinds its name
// however it is left, so the exception's traceback does not keep the frame alive.
static void clear_name(py_compiler_t *c, const char *name) {
    py_compiler_emit_const(c, PY_NONE);
    py_compiler_assign_name(c, name, PY_CTX_STORE);
    py_compiler_assign_name(c, name, PY_CTX_DEL);
}

// Leaves an async with normally: await __aexit__(None, None, None), drop its result.
static void async_exit(py_compiler_t *c) {
    py_compiler_emit(c, PY_OPC_ASYNC_WITH_EXIT, 0);
    py_compiler_await(c, 2);
    py_compiler_emit(c, PY_OPC_POP_TOP, 0);
}

// Emits what leaving [fb] requires. [preserve]: a return value sits on top.
static void unwind_one(py_compiler_t *c, const py_fblock_t *fb, bool preserve) {
    switch (fb->kind) {
    case PY_FB_WHILE: case PY_FB_TRY_EXCEPT: break;
    case PY_FB_FOR:
        if (preserve) py_compiler_emit(c, PY_OPC_SWAP, 2);
        py_compiler_emit(c, PY_OPC_POP_TOP, 0);
        break;
    case PY_FB_WITH:
        if (preserve) py_compiler_emit(c, PY_OPC_SWAP, 2);
        py_compiler_emit(c, PY_OPC_WITH_EXIT, 0);
        break;
    case PY_FB_ASYNC_WITH:
        if (preserve) py_compiler_emit(c, PY_OPC_SWAP, 2);
        async_exit(c);
        break;
    case PY_FB_HANDLER_NAME: clear_name(c, fb->name); break;
    case PY_FB_HANDLER:
        if (preserve) py_compiler_emit(c, PY_OPC_SWAP, 2);
        py_compiler_emit(c, PY_OPC_POP_EXCEPT, 0);
        break;
    case PY_FB_FINALLY_END:
        if (preserve) py_compiler_emit(c, PY_OPC_SWAP, 2);
        py_compiler_emit(c, PY_OPC_POP_TOP, 0);
        if (preserve) py_compiler_emit(c, PY_OPC_SWAP, 2);
        py_compiler_emit(c, PY_OPC_POP_EXCEPT, 0);
        break;
    case PY_FB_POP_VALUE:
        if (preserve) py_compiler_emit(c, PY_OPC_SWAP, 2);
        py_compiler_emit(c, PY_OPC_POP_TOP, 0);
        break;
    case PY_FB_FINALLY_TRY:
        // A break/continue/return in this finally body drops the pending return value.
        if (preserve) py_compiler_fblock_push(c, PY_FB_POP_VALUE, -1);
        py_compiler_stmt_list(c, &fb->node->u.try_.finalbody);
        if (preserve) py_compiler_fblock_pop(c);
        break;
    }
}

static bool is_loop(const py_fblock_t *fb) {
    return fb->kind == PY_FB_WHILE || fb->kind == PY_FB_FOR;
}

// Unwinds blocks innermost first down to the innermost loop (when [to_loop]),
// or all of them. Each block is popped while its cleanup is emitted, so a
// finally body compiled here sees only the blocks outside it; its region is
// suspended so the cleanup code is not covered by its own handler.
// Returns the loop block reached, or NULL.
static py_fblock_t *unwind(py_compiler_t *c, bool preserve, bool to_loop, bool is_break) {
    py_cunit_t *u = c->u;
    if (u->nfblocks == 0) return NULL;
    py_fblock_t *top = &u->fblocks[u->nfblocks - 1];
    if (to_loop && is_loop(top)) {
        if (is_break) unwind_one(c, top, false);
        return top;
    }
    py_fblock_t saved = *top;
    u->nfblocks--;
    if (saved.region >= 0) py_compiler_region_suspend(c, saved.region);
    unwind_one(c, &saved, preserve);
    py_fblock_t *loop = unwind(c, preserve, to_loop, is_break);
    if (saved.region >= 0) py_compiler_region_resume(c, saved.region);
    u->fblocks[u->nfblocks++] = saved;
    return loop;
}

static void stmt_return(py_compiler_t *c, const py_stmt_t *s) {
    const py_scope_t *scope = c->u->scope;
    if (s->u.ret.value && scope->is_async && scope->is_generator)
        py_compiler_error(c, s->pos, "'return' with value in async generator");
    if (s->u.ret.value)
        py_compiler_expr(c, s->u.ret.value);
    else
        py_compiler_emit_const(c, PY_NONE);
    py_compiler_set_pos(c, s->pos);
    unwind(c, true, false, false);
    py_compiler_emit(c, PY_OPC_RETURN_VALUE, 0);
}

static bool has_loop(py_compiler_t *c) {
    for (int i = 0; i < c->u->nfblocks; i++)
        if (is_loop(&c->u->fblocks[i])) return true;
    return false;
}

static void stmt_break_continue(py_compiler_t *c, const py_stmt_t *s, bool is_break) {
    if (!has_loop(c))
        py_compiler_error(c, s->pos, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    py_fblock_t *loop = unwind(c, false, true, is_break);
    // The loop's labels are stable: unwind restored the block array as it was.
    py_compiler_jump(c, is_break ? PY_OPC_JUMP_FORWARD : PY_OPC_JUMP_BACKWARD,
                     is_break ? loop->exit_label : loop->start_label);
}

// ---- if, while, for --------------------------------------------------------------------

static void stmt_if(py_compiler_t *c, const py_stmt_t *s) {
    int orelse = py_compiler_new_label(c), end = py_compiler_new_label(c);
    py_compiler_expr_jump_if(c, s->u.if_.test, false, orelse);
    py_compiler_stmt_list(c, &s->u.if_.body);
    if (s->u.if_.orelse.n) py_compiler_jump(c, PY_OPC_JUMP_FORWARD, end);
    py_compiler_bind(c, orelse);
    py_compiler_stmt_list(c, &s->u.if_.orelse);
    py_compiler_bind(c, end);
}

static void stmt_while(py_compiler_t *c, const py_stmt_t *s) {
    int start = py_compiler_new_label(c), orelse = py_compiler_new_label(c);
    int end = py_compiler_new_label(c);
    py_compiler_bind(c, start);
    py_compiler_expr_jump_if(c, s->u.while_.test, false, orelse);
    py_fblock_t *fb = py_compiler_fblock_push(c, PY_FB_WHILE, -1);
    fb->start_label = start;
    fb->exit_label = end;
    py_compiler_stmt_list(c, &s->u.while_.body);
    py_compiler_fblock_pop(c);
    py_compiler_jump(c, PY_OPC_JUMP_BACKWARD, start);
    py_compiler_bind(c, orelse);
    py_compiler_stmt_list(c, &s->u.while_.orelse);
    py_compiler_bind(c, end);
}

// A for loop's target and body, with the next item on the stack; loops back to [start].
static void for_body(py_compiler_t *c, const py_stmt_t *s, int start, int end) {
    py_fblock_t *fb = py_compiler_fblock_push(c, PY_FB_FOR, -1);
    fb->start_label = start;
    fb->exit_label = end;
    py_compiler_assign_store(c, s->u.for_.target);
    py_compiler_stmt_list(c, &s->u.for_.body);
    py_compiler_fblock_pop(c);
    py_compiler_jump(c, PY_OPC_JUMP_BACKWARD, start);
}

// async for: each step awaits __anext__(); StopAsyncIteration, caught by
// END_ASYNC_FOR, ends the loop.
static void stmt_async_for(py_compiler_t *c, const py_stmt_t *s) {
    int start = py_compiler_new_label(c), handler = py_compiler_new_label(c);
    int end = py_compiler_new_label(c);
    py_compiler_expr(c, s->u.for_.iter);
    py_compiler_emit(c, PY_OPC_GET_AITER, 0);
    py_compiler_bind(c, start);
    py_compiler_set_pos(c, s->pos);
    py_compiler_region_push(c, handler, py_compiler_block_depth(c) + 1);
    py_compiler_emit(c, PY_OPC_GET_ANEXT, 0);
    py_compiler_emit_const(c, PY_NONE);
    py_compiler_send_loop(c);
    py_compiler_region_pop(c);
    for_body(c, s, start, end);
    py_compiler_bind(c, handler);
    py_compiler_set_pos(c, s->pos);
    py_compiler_emit(c, PY_OPC_END_ASYNC_FOR, 0);
    py_compiler_stmt_list(c, &s->u.for_.orelse);
    py_compiler_bind(c, end);
}

static void stmt_for(py_compiler_t *c, const py_stmt_t *s) {
    if (s->kind == PY_STMT_ASYNCFOR) {
        stmt_async_for(c, s);
        return;
    }
    int start = py_compiler_new_label(c), cleanup = py_compiler_new_label(c);
    int end = py_compiler_new_label(c);
    py_compiler_expr(c, s->u.for_.iter);
    py_compiler_emit(c, PY_OPC_GET_ITER, 0);
    py_compiler_bind(c, start);
    py_compiler_set_pos(c, s->pos);
    py_compiler_jump(c, PY_OPC_FOR_ITER, cleanup);
    for_body(c, s, start, end);
    py_compiler_bind(c, cleanup);
    py_compiler_stmt_list(c, &s->u.for_.orelse);
    py_compiler_bind(c, end);
}

// ---- try ----------------------------------------------------------------------------------

// The code a cleanup region's handler runs: restore the previous handled
// exception and re-raise the new one (stack: prev exc).
static void emit_cleanup(py_compiler_t *c, int label) {
    py_compiler_bind(c, label);
    py_compiler_emit(c, PY_OPC_CLEANUP_RERAISE, 0);
}

// The body of `except T as name:`: an exception leaving it clears the name
// too, then goes on to the handler's cleanup (which covers this code).
static void named_handler_body(py_compiler_t *c, const py_excepthandler_t *h) {
    int clear = py_compiler_new_label(c), done = py_compiler_new_label(c);
    int region = py_compiler_region_push(c, clear, py_compiler_block_depth(c));
    py_fblock_t *fb = py_compiler_fblock_push(c, PY_FB_HANDLER_NAME, region);
    fb->name = h->name;
    py_compiler_stmt_list(c, &h->body);
    py_compiler_fblock_pop(c);
    py_compiler_region_pop(c);
    clear_name(c, h->name);
    py_compiler_jump(c, PY_OPC_JUMP_FORWARD, done);
    py_compiler_bind(c, clear);
    clear_name(c, h->name);
    py_compiler_emit(c, PY_OPC_RERAISE, 0);
    py_compiler_bind(c, done);
}

// One `except T as name:` clause; falls through to [next] when T does not match.
static void except_clause(py_compiler_t *c, const py_excepthandler_t *h, int region, int end) {
    int next = py_compiler_new_label(c);
    py_compiler_set_pos(c, h->pos);
    if (h->type) {
        py_compiler_expr(c, h->type);
        py_compiler_emit(c, PY_OPC_CHECK_EXC_MATCH, 0);
        py_compiler_jump(c, PY_OPC_POP_JUMP_IF_FALSE, next);
    }
    if (h->name)
        py_compiler_assign_name(c, h->name, PY_CTX_STORE);
    else
        py_compiler_emit(c, PY_OPC_POP_TOP, 0);
    py_compiler_fblock_push(c, PY_FB_HANDLER, region);
    if (h->name)
        named_handler_body(c, h);
    else
        py_compiler_stmt_list(c, &h->body);
    py_compiler_fblock_pop(c);
    py_compiler_emit(c, PY_OPC_POP_EXCEPT, 0);
    py_compiler_jump(c, PY_OPC_JUMP_FORWARD, end);
    py_compiler_bind(c, next);
}

static void try_except(py_compiler_t *c, const py_stmt_t *s) {
    int handler = py_compiler_new_label(c), cleanup = py_compiler_new_label(c);
    int end = py_compiler_new_label(c);
    int depth = py_compiler_block_depth(c);
    int region = py_compiler_region_push(c, handler, depth);
    py_compiler_fblock_push(c, PY_FB_TRY_EXCEPT, region);
    py_compiler_stmt_list(c, &s->u.try_.body);
    py_compiler_fblock_pop(c);
    py_compiler_region_pop(c);
    py_compiler_stmt_list(c, &s->u.try_.orelse);
    py_compiler_jump(c, PY_OPC_JUMP_FORWARD, end);
    py_compiler_bind(c, handler);
    py_compiler_emit(c, PY_OPC_PUSH_EXC_INFO, 0);
    int cregion = py_compiler_region_push(c, cleanup, depth + 1);
    for (size_t i = 0; i < s->u.try_.handlers.n; i++)
        except_clause(c, s->u.try_.handlers.items[i], cregion, end);
    py_compiler_emit(c, PY_OPC_RERAISE, 0);
    py_compiler_region_pop(c);
    emit_cleanup(c, cleanup);
    py_compiler_bind(c, end);
}

static void try_finally(py_compiler_t *c, const py_stmt_t *s) {
    int handler = py_compiler_new_label(c), cleanup = py_compiler_new_label(c);
    int end = py_compiler_new_label(c);
    int depth = py_compiler_block_depth(c);
    int region = py_compiler_region_push(c, handler, depth);
    py_fblock_t *fb = py_compiler_fblock_push(c, PY_FB_FINALLY_TRY, region);
    fb->node = s;
    if (s->u.try_.handlers.n)
        try_except(c, s);
    else
        py_compiler_stmt_list(c, &s->u.try_.body);
    py_compiler_fblock_pop(c);
    py_compiler_region_pop(c);
    py_compiler_stmt_list(c, &s->u.try_.finalbody);
    py_compiler_jump(c, PY_OPC_JUMP_FORWARD, end);
    // The exception path: the finally body runs with the exception handled, then re-raises it.
    py_compiler_bind(c, handler);
    py_compiler_emit(c, PY_OPC_PUSH_EXC_INFO, 0);
    int cregion = py_compiler_region_push(c, cleanup, depth + 1);
    py_compiler_fblock_push(c, PY_FB_FINALLY_END, cregion);
    py_compiler_stmt_list(c, &s->u.try_.finalbody);
    py_compiler_fblock_pop(c);
    py_compiler_emit(c, PY_OPC_RERAISE, 0);
    py_compiler_region_pop(c);
    emit_cleanup(c, cleanup);
    py_compiler_bind(c, end);
}

static void stmt_try(py_compiler_t *c, const py_stmt_t *s) {
    if (s->kind == PY_STMT_TRYSTAR) py_compiler_error(c, s->pos, "except* is not supported yet");
    if (s->u.try_.finalbody.n)
        try_finally(c, s);
    else
        try_except(c, s);
}

// ---- with -----------------------------------------------------------------------------------

// with and async with, one item at a time (the later items nest inside).
static void with_items(py_compiler_t *c, const py_stmt_t *s, size_t i) {
    const py_withitem_t *w = s->u.with.items.items[i];
    bool is_async = s->kind == PY_STMT_ASYNCWITH;
    int handler = py_compiler_new_label(c), cleanup = py_compiler_new_label(c);
    int suppress = py_compiler_new_label(c), end = py_compiler_new_label(c);
    py_compiler_expr(c, w->context_expr);
    py_compiler_set_pos(c, s->pos);
    if (is_async) {
        py_compiler_emit(c, PY_OPC_BEFORE_ASYNC_WITH, 0);
        py_compiler_emit_const(c, PY_NONE);
        py_compiler_send_loop(c);
    } else {
        py_compiler_emit(c, PY_OPC_BEFORE_WITH, 0);
    }
    int depth = py_compiler_block_depth(c) + 1;
    int region = py_compiler_region_push(c, handler, depth);
    py_compiler_fblock_push(c, is_async ? PY_FB_ASYNC_WITH : PY_FB_WITH, region);
    if (w->optional_vars)
        py_compiler_assign_store(c, w->optional_vars);
    else
        py_compiler_emit(c, PY_OPC_POP_TOP, 0);
    if (i + 1 < s->u.with.items.n)
        with_items(c, s, i + 1);
    else
        py_compiler_stmt_list(c, &s->u.with.body);
    py_compiler_fblock_pop(c);
    py_compiler_region_pop(c);
    py_compiler_set_pos(c, s->pos);
    if (is_async)
        async_exit(c);
    else
        py_compiler_emit(c, PY_OPC_WITH_EXIT, 0);
    py_compiler_jump(c, PY_OPC_JUMP_FORWARD, end);
    // exit exc -> exit prev exc; __exit__ decides whether the exception is swallowed.
    py_compiler_bind(c, handler);
    py_compiler_emit(c, PY_OPC_PUSH_EXC_INFO, 0);
    py_compiler_region_push(c, cleanup, depth + 1);
    py_compiler_emit(c, PY_OPC_WITH_EXCEPT_START, 0);
    if (is_async) py_compiler_await(c, 2);
    py_compiler_jump(c, PY_OPC_POP_JUMP_IF_TRUE, suppress);
    py_compiler_emit(c, PY_OPC_RERAISE, 0);
    py_compiler_region_pop(c);
    emit_cleanup(c, cleanup);
    py_compiler_bind(c, suppress);
    py_compiler_emit(c, PY_OPC_POP_TOP, 0);
    py_compiler_emit(c, PY_OPC_POP_EXCEPT, 0);
    py_compiler_emit(c, PY_OPC_POP_TOP, 0);
    py_compiler_bind(c, end);
}

// ---- raise, assert ----------------------------------------------------------------------------

static void stmt_raise(py_compiler_t *c, const py_stmt_t *s) {
    uint32_t n = 0;
    if (s->u.raise.exc) {
        py_compiler_expr(c, s->u.raise.exc);
        n = 1;
        if (s->u.raise.cause) {
            py_compiler_expr(c, s->u.raise.cause);
            n = 2;
        }
    }
    py_compiler_set_pos(c, s->pos);
    py_compiler_emit(c, PY_OPC_RAISE_VARARGS, n);
}

static void stmt_assert(py_compiler_t *c, const py_stmt_t *s) {
    if (c->vm->opt_level >= 1) return;
    int end = py_compiler_new_label(c);
    // The raise keeps the position the test left (a comparison's, as CPython 3.11).
    py_compiler_expr_jump_if(c, s->u.assert_.test, true, end);
    py_compiler_emit(c, PY_OPC_LOAD_ASSERTION_ERROR, 0);
    if (s->u.assert_.msg) {
        py_compiler_emit(c, PY_OPC_PUSH_NULL, 0);
        py_compiler_expr(c, s->u.assert_.msg);
        py_compiler_emit(c, PY_OPC_CALL, 1);
    }
    py_compiler_emit(c, PY_OPC_RAISE_VARARGS, 1);
    py_compiler_bind(c, end);
}

// ---- import -----------------------------------------------------------------------------------

static void stmt_import(py_compiler_t *c, const py_stmt_t *s) {
    for (size_t i = 0; i < s->u.import.names.n; i++) {
        const py_alias_t *a = s->u.import.names.items[i];
        py_compiler_emit_const(c, py_small(0));
        py_compiler_emit_const(c, PY_NONE);
        py_compiler_emit(c, PY_OPC_IMPORT_NAME, py_compiler_name(c, a->name));
        if (!a->asname) {
            const char *dot = strchr(a->name, '.');
            char buf[256];
            size_t n = dot ? (size_t)(dot - a->name) : strlen(a->name);
            if (n >= sizeof buf) n = sizeof buf - 1;
            memcpy(buf, a->name, n);
            buf[n] = 0;
            py_compiler_assign_name(c, buf, PY_CTX_STORE);
            continue;
        }
        // `import a.b.c as d` binds the leaf: walk down the attributes.
        for (const char *p = strchr(a->name, '.'); p; p = strchr(p + 1, '.')) {
            const char *q = strchr(p + 1, '.');
            size_t n = q ? (size_t)(q - p - 1) : strlen(p + 1);
            py_val_t attr = py_str_intern(c->vm, p + 1, n);
            py_compiler_emit(c, PY_OPC_IMPORT_FROM, py_compiler_name(c, py_str_interned_cstr(attr)));
            py_compiler_emit(c, PY_OPC_SWAP, 2);
            py_compiler_emit(c, PY_OPC_POP_TOP, 0);
        }
        py_compiler_assign_name(c, a->asname, PY_CTX_STORE);
    }
}

static void stmt_importfrom(py_compiler_t *c, const py_stmt_t *s) {
    const py_ast_list_t *names = &s->u.importfrom.names;
    py_val_t fromlist = py_tuple_new(c->vm, names->n, NULL);
    for (size_t i = 0; i < names->n; i++)
        py_tuple_ptr(fromlist)->items[i] = py_compiler_str(c, ((py_alias_t *)names->items[i])->name);
    py_compiler_emit_const(c, py_small(s->u.importfrom.level));
    py_compiler_emit(c, PY_OPC_LOAD_CONST, py_compiler_const(c, fromlist));
    const char *module = s->u.importfrom.module ? s->u.importfrom.module : "";
    py_compiler_emit(c, PY_OPC_IMPORT_NAME, py_compiler_name(c, module));
    const py_alias_t *first = names->items[0];
    if (strcmp(first->name, "*") == 0) {
        py_compiler_emit(c, PY_OPC_IMPORT_STAR, 0);
        return;
    }
    for (size_t i = 0; i < names->n; i++) {
        const py_alias_t *a = names->items[i];
        py_compiler_emit(c, PY_OPC_IMPORT_FROM, py_compiler_name(c, a->name));
        py_compiler_assign_name(c, a->asname ? a->asname : a->name, PY_CTX_STORE);
    }
    py_compiler_emit(c, PY_OPC_POP_TOP, 0);
}

// ---- expression statements, dispatch -------------------------------------------------------------

static void stmt_expr(py_compiler_t *c, const py_stmt_t *s) {
    const py_expr_t *e = s->u.expr.value;
    if (c->interactive && c->u->scope->kind == PY_SCOPE_MODULE) {
        py_compiler_expr(c, e);
        py_compiler_emit(c, PY_OPC_PRINT_EXPR, 0);
        return;
    }
    if (e->kind == PY_EXPR_CONSTANT) return;  // docstrings and stray literals
    py_compiler_expr(c, e);
    py_compiler_emit(c, PY_OPC_POP_TOP, 0);
}

void py_compiler_stmt(py_compiler_t *c, const py_stmt_t *s) {
    py_compiler_set_pos(c, s->pos);
    switch (s->kind) {
    case PY_STMT_FUNCTIONDEF: case PY_STMT_ASYNCFUNCTIONDEF: py_compiler_func_def(c, s); break;
    case PY_STMT_CLASSDEF: py_compiler_func_class(c, s); break;
    case PY_STMT_RETURN: stmt_return(c, s); break;
    case PY_STMT_DELETE:
        for (size_t i = 0; i < s->u.del.targets.n; i++) py_compiler_assign_delete(c, s->u.del.targets.items[i]);
        break;
    case PY_STMT_ASSIGN: py_compiler_assign_stmt(c, s); break;
    case PY_STMT_AUGASSIGN: py_compiler_assign_aug(c, s); break;
    case PY_STMT_ANNASSIGN: py_compiler_annassign(c, s); break;
    case PY_STMT_FOR: case PY_STMT_ASYNCFOR: stmt_for(c, s); break;
    case PY_STMT_WHILE: stmt_while(c, s); break;
    case PY_STMT_IF: stmt_if(c, s); break;
    case PY_STMT_WITH: with_items(c, s, 0); break;
    case PY_STMT_ASYNCWITH: with_items(c, s, 0); break;
    case PY_STMT_MATCH: py_compiler_match(c, s); break;
    case PY_STMT_RAISE: stmt_raise(c, s); break;
    case PY_STMT_TRY: case PY_STMT_TRYSTAR: stmt_try(c, s); break;
    case PY_STMT_ASSERT: stmt_assert(c, s); break;
    case PY_STMT_IMPORT: stmt_import(c, s); break;
    case PY_STMT_IMPORTFROM: stmt_importfrom(c, s); break;
    case PY_STMT_GLOBAL: case PY_STMT_NONLOCAL: case PY_STMT_PASS: break;
    case PY_STMT_EXPR: stmt_expr(c, s); break;
    case PY_STMT_BREAK: stmt_break_continue(c, s, true); break;
    case PY_STMT_CONTINUE: stmt_break_continue(c, s, false); break;
    }
}

void py_compiler_stmt_list(py_compiler_t *c, const py_ast_list_t *body) {
    for (size_t i = 0; i < body->n; i++) py_compiler_stmt(c, body->items[i]);
}
