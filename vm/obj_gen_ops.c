// vm/obj_gen_ops.c: the loop's slow paths for yield from, await, async for and async with.
// Layer: vm core (VM). Each function is one instruction's work; see vm/obj_gen.h.
// SPDX-License-Identifier: MIT

#include "except.h"
#include "obj_exc.h"
#include "obj_gen.h"
#include "obj_str.h"
#include "runtime.h"

// ---- SEND -------------------------------------------------------------------------------------

typedef struct step_call {
    py_val_t receiver, name, value, result;
} step_call_t;

static void call_step(py_vm_t *vm, void *ud) {
    step_call_t *s = ud;
    size_t n = s->value == PY_NULL ? 0 : 1;
    s->result = py_call_method(vm, s->receiver, s->name, n, &s->value);
}

// A Python-level iterator: __next__() or send(value), where StopIteration carries the result.
static bool send_by_method(py_vm_t *vm, py_val_t receiver, py_val_t value, py_val_t *out) {
    bool plain = value == PY_NONE;
    step_call_t s = {receiver, py_str_intern_c(vm, plain ? "__next__" : "send"),
                     plain ? PY_NULL : value, PY_NULL};
    if (!py_pcall(vm, call_step, &s)) {
        *out = s.result;
        return false;
    }
    py_val_t err = vm->exc;
    if (!py_exc_is(vm, err, PY_EXC_StopIteration)) py_raise(vm, err);
    vm->exc = PY_NULL;
    *out = py_getattr(vm, err, py_str_intern_c(vm, "value"));
    return true;
}

bool py_gen_ops_send(py_vm_t *vm, py_val_t receiver, py_val_t value, py_val_t *out) {
    if (py_is_exact(vm, receiver, PY_T_coroutine_wrapper))
        receiver = py_coro_wrapper_target(receiver);
    if (py_is_generator(vm, receiver) || py_is_coroutine(vm, receiver))
        return py_gen_send(vm, receiver, value, out) == PY_GEN_RETURNED;
    // Built-in iterators end with PY_NULL; classes and the async generator's
    // awaitables end with a StopIteration that carries the result.
    py_type_t *t = py_type_of(vm, receiver);
    bool carries_value = (t->flags & PY_TF_HEAPTYPE) || py_is_exact(vm, receiver, PY_T_async_gen_asend) ||
                         py_is_exact(vm, receiver, PY_T_async_gen_athrow);
    if (value == PY_NONE && !carries_value) {
        py_val_t v = py_next(vm, receiver);
        *out = v == PY_NULL ? PY_NONE : v;
        return v == PY_NULL;
    }
    return send_by_method(vm, receiver, value, out);
}

// ---- yield from and await ------------------------------------------------------------------------

py_val_t py_gen_ops_yield_from_iter(py_vm_t *vm, py_val_t v, bool in_coroutine) {
    if (py_is_generator(vm, v)) return v;
    if (py_is_coroutine(vm, v)) {
        if (!in_coroutine)
            py_raise_type_error(vm, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        return v;
    }
    return py_iter(vm, v);
}

static py_val_t awaitable_or(py_vm_t *vm, py_val_t v, const char *what);

py_val_t py_gen_ops_awaitable(py_vm_t *vm, py_val_t v, uint32_t where) {
    if (where == 2)
        return awaitable_or(vm, v, "'async with' received an object from __aexit__ that does "
                                   "not implement __await__");
    if (py_is_coroutine(vm, v)) {
        py_gen_t *g = py_gen_ptr(v);
        if (g->state == PY_GEN_SUSPENDED && g->delegating)
            py_raise_fmt(vm, PY_EXC_RuntimeError, "coroutine is being awaited already");
        return v;
    }
    py_val_t name = py_str_intern_c(vm, "__await__");
    if (py_type_lookup(vm, py_type_of(vm, v), name) == PY_NULL)
        py_raise_type_error(vm, "object %T can't be used in 'await' expression", v);
    py_val_t it = py_call_method(vm, v, name, 0, NULL);
    if (py_is_coroutine(vm, it)) py_raise_type_error(vm, "__await__() returned a coroutine");
    if (!py_type_of(vm, it)->slots.next)
        py_raise_type_error(vm, "__await__() returned non-iterator of type '%T'", it);
    return it;
}

// ---- async for ----------------------------------------------------------------------------------

py_val_t py_gen_ops_aiter(py_vm_t *vm, py_val_t v) {
    py_val_t name = py_str_intern_c(vm, "__aiter__");
    if (py_type_lookup(vm, py_type_of(vm, v), name) == PY_NULL)
        py_raise_type_error(vm, "'async for' requires an object with __aiter__ method, got %T", v);
    py_val_t it = py_call_method(vm, v, name, 0, NULL);
    if (py_type_lookup(vm, py_type_of(vm, it), py_str_intern_c(vm, "__anext__")) == PY_NULL)
        py_raise_type_error(vm, "'async for' received an object from __aiter__ that does not "
                            "implement __anext__: %T", it);
    return it;
}

// The awaitable [v], or TypeError [what] naming its type.
static py_val_t awaitable_or(py_vm_t *vm, py_val_t v, const char *what) {
    if (!py_is_coroutine(vm, v) &&
        py_type_lookup(vm, py_type_of(vm, v), py_str_intern_c(vm, "__await__")) == PY_NULL)
        py_raise_type_error(vm, "%s: %T", what, v);
    return py_gen_ops_awaitable(vm, v, 0);
}

py_val_t py_gen_ops_anext(py_vm_t *vm, py_val_t aiter) {
    py_val_t aw = py_call_method(vm, aiter, py_str_intern_c(vm, "__anext__"), 0, NULL);
    return awaitable_or(vm, aw, "'async for' received an invalid object from __anext__");
}

// ---- async with ----------------------------------------------------------------------------------

py_val_t py_gen_ops_async_enter(py_vm_t *vm, py_val_t mgr, py_val_t *exit) {
    py_type_t *t = py_type_of(vm, mgr);
    py_val_t enter = py_str_intern_c(vm, "__aenter__"), aexit = py_str_intern_c(vm, "__aexit__");
    if (py_type_lookup(vm, t, enter) == PY_NULL)
        py_raise_type_error(vm, "'%T' object does not support the asynchronous context manager "
                            "protocol", mgr);
    if (py_type_lookup(vm, t, aexit) == PY_NULL)
        py_raise_type_error(vm, "'%T' object does not support the asynchronous context manager "
                            "protocol (missed __aexit__ method)", mgr);
    *exit = py_getattr(vm, mgr, aexit);
    py_val_t aw = py_call_method(vm, mgr, enter, 0, NULL);
    return awaitable_or(vm, aw, "'async with' received an object from __aenter__ that does not "
                                "implement __await__");
}
