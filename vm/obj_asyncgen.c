// vm/obj_asyncgen.c: async generators and the awaitables their asend/athrow/aclose return.
// Layer: vm core (VM). An async generator is a py_gen_t (vm/obj_gen.h) driven through awaitables.
// SPDX-License-Identifier: MIT
//
// Awaiting `agen.asend(v)` resumes the generator's frame. Its suspensions are
// of two kinds: an `await` inside it (the value goes out to whoever drives
// the awaitable, as for a coroutine) or a `yield` (the awaitable is done and
// its result, StopIteration(value), is the item). The generator records
// which in last_yield. Returning ends the iteration: StopAsyncIteration.

#include <string.h>

#include "except.h"
#include "gc.h"
#include "obj_exc.h"
#include "obj_gen.h"
#include "obj_tuple.h"
#include "runtime.h"

typedef enum { AW_INIT, AW_ITER, AW_CLOSED } aw_state_t;

typedef struct agen_awaitable {
    py_obj_t base;
    py_val_t gen;
    py_val_t value;   // asend: the value to send first; athrow: the exception (PY_NULL: aclose)
    uint8_t state;    // aw_state_t
    uint8_t is_throw; // athrow / aclose
} agen_awaitable_t;

static agen_awaitable_t *aw_ptr(py_val_t v) { return (agen_awaitable_t *)py_obj(v); }

static py_val_t awaitable_new(py_vm_t *vm, py_val_t gen, py_val_t value, bool is_throw) {
    py_type_id_t t = is_throw ? PY_T_async_gen_athrow : PY_T_async_gen_asend;
    agen_awaitable_t *a = py_gc_new(vm, vm->types[t], sizeof *a);
    a->gen = gen;
    a->value = value;
    a->state = AW_INIT;
    a->is_throw = is_throw;
    return py_from_obj(a);
}

_Noreturn static void stop_with(py_vm_t *vm, py_val_t v) {
    if (v == PY_NONE) py_raise(vm, py_from_obj(vm->exc_types[PY_EXC_StopIteration]));
    py_raise(vm, py_exc_new(vm, PY_EXC_StopIteration, py_tuple_new(vm, 1, &v)));
}

// What one resume of the generator means for the awaitable driving it.
static py_val_t outcome(py_vm_t *vm, agen_awaitable_t *a, py_gen_result_t r, py_val_t v) {
    py_gen_t *g = py_gen_ptr(a->gen);
    if (r == PY_GEN_YIELDED && g->last_yield) {
        a->state = AW_ITER;
        return v;
    }
    a->state = AW_CLOSED;
    bool aclose = a->is_throw && a->value == PY_NULL;
    if (r == PY_GEN_YIELDED) {
        if (aclose) py_raise_fmt(vm, PY_EXC_RuntimeError, "async generator ignored GeneratorExit");
        stop_with(vm, v);
    }
    if (aclose) stop_with(vm, PY_NONE);
    py_raise(vm, py_from_obj(vm->exc_types[PY_EXC_StopAsyncIteration]));
}

typedef struct step {
    py_val_t gen, value, exc, out;
    py_gen_result_t r;
} step_t;

static void run_step(py_vm_t *vm, void *ud) {
    step_t *s = ud;
    s->r = s->exc != PY_NULL ? py_gen_throw(vm, s->gen, s->exc, &s->out)
                             : py_gen_send(vm, s->gen, s->value, &s->out);
}

// Resumes the generator for [a]; aclose() turns the generator's exit into success.
static py_val_t step(py_vm_t *vm, agen_awaitable_t *a, py_val_t value, py_val_t exc) {
    step_t s = {a->gen, value, exc, PY_NULL, PY_GEN_RETURNED};
    a->state = AW_CLOSED;   // until the step succeeds
    if (!py_pcall(vm, run_step, &s)) return outcome(vm, a, s.r, s.out);
    py_val_t err = vm->exc;
    bool aclose = a->is_throw && a->value == PY_NULL;
    if (aclose && (py_exc_is(vm, err, PY_EXC_GeneratorExit) ||
                   py_exc_is(vm, err, PY_EXC_StopAsyncIteration))) {
        vm->exc = PY_NULL;
        stop_with(vm, PY_NONE);
    }
    py_raise(vm, err);
}

// The first step of athrow/aclose: throw into the generator.
static py_val_t first_throw(py_vm_t *vm, agen_awaitable_t *a) {
    py_gen_t *g = py_gen_ptr(a->gen);
    bool aclose = a->value == PY_NULL;
    if (g->state == PY_GEN_CREATED || g->state == PY_GEN_CLOSED) {
        g->state = PY_GEN_CLOSED;
        a->state = AW_CLOSED;
        if (aclose) stop_with(vm, PY_NONE);
        py_raise(vm, a->value);
    }
    py_val_t exc = aclose ? py_exc_new(vm, PY_EXC_GeneratorExit, PY_NULL) : a->value;
    return step(vm, a, PY_NULL, exc);
}

static py_val_t aw_send(py_vm_t *vm, py_val_t self, py_val_t value) {
    agen_awaitable_t *a = aw_ptr(self);
    if (a->state == AW_CLOSED)
        py_raise_fmt(vm, PY_EXC_RuntimeError, a->is_throw
                     ? "cannot reuse already awaited aclose()/athrow()"
                     : "cannot reuse already awaited __anext__()/asend()");
    if (a->state == AW_ITER) return step(vm, a, value, PY_NULL);
    if (a->is_throw) return first_throw(vm, a);
    if (py_gen_ptr(a->gen)->state == PY_GEN_CLOSED) {
        a->state = AW_CLOSED;
        py_raise(vm, py_from_obj(vm->exc_types[PY_EXC_StopAsyncIteration]));
    }
    return step(vm, a, value == PY_NONE ? a->value : value, PY_NULL);
}

// ---- methods ------------------------------------------------------------------------------------

static py_val_t m_send(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return aw_send(vm, args[0], args[1]);
}

static py_val_t m_next(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return aw_send(vm, args[0], PY_NONE);
}

static py_val_t m_throw(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)kw;
    agen_awaitable_t *a = aw_ptr(args[0]);
    if (a->state == AW_CLOSED)
        py_raise_fmt(vm, PY_EXC_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    py_val_t exc = args[1];
    if (nargs > 2 && args[2] != PY_NONE) exc = py_call1(vm, args[1], args[2]);
    return step(vm, a, PY_NULL, exc);
}

static py_val_t m_close(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)vm, (void)nargs, (void)kw;
    aw_ptr(args[0])->state = AW_CLOSED;
    return PY_NONE;
}

static py_val_t m_self(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)vm, (void)nargs, (void)kw;
    return args[0];
}

static const py_method_def_t awaitable_methods[] = {
    {"send", m_send, 2, 2, 0},
    {"throw", m_throw, 2, 4, 0},
    {"close", m_close, 1, 1, 0},
    {"__next__", m_next, 1, 1, 0},
    {"__iter__", m_self, 1, 1, 0},
    {"__await__", m_self, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static void aw_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark(vm, ((agen_awaitable_t *)o)->gen);
    py_gc_mark(vm, ((agen_awaitable_t *)o)->value);
}

static py_val_t aw_iter(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return self;
}

typedef struct next_call {
    py_val_t self, result;
} next_call_t;

static void run_next(py_vm_t *vm, void *ud) {
    next_call_t *n = ud;
    n->result = aw_send(vm, n->self, PY_NONE);
}

// The C iterator protocol (a for loop over the awaitable): StopIteration ends it quietly.
static py_val_t aw_next(py_vm_t *vm, py_val_t self) {
    next_call_t n = {self, PY_NULL};
    if (!py_pcall(vm, run_next, &n)) return n.result;
    if (!py_exc_is(vm, vm->exc, PY_EXC_StopIteration)) py_raise(vm, vm->exc);
    vm->exc = PY_NULL;
    return PY_NULL;
}

const py_type_spec_t py_async_gen_asend_spec = {
    .name = "async_generator_asend",
    .base = PY_T_object,
    .basicsize = sizeof(agen_awaitable_t),
    .slots = {.mark = aw_mark, .iter = aw_iter, .next = aw_next},
    .methods = awaitable_methods,
};

const py_type_spec_t py_async_gen_athrow_spec = {
    .name = "async_generator_athrow",
    .base = PY_T_object,
    .basicsize = sizeof(agen_awaitable_t),
    .slots = {.mark = aw_mark, .iter = aw_iter, .next = aw_next},
    .methods = awaitable_methods,
};

// ---- the async generator's own methods ---------------------------------------------------------------

static py_val_t g_anext(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return awaitable_new(vm, args[0], PY_NONE, false);
}

static py_val_t g_asend(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return awaitable_new(vm, args[0], args[1], false);
}

static py_val_t g_athrow(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)kw;
    py_val_t exc = args[1];
    bool is_class = py_is_a(vm, exc, PY_T_type);
    if (is_class) exc = nargs > 2 && args[2] != PY_NONE ? py_call1(vm, exc, args[2]) : py_call0(vm, exc);
    if (!py_exc_is(vm, exc, PY_EXC_BaseException))
        py_raise_type_error(vm, "exceptions must be classes or instances deriving from "
                            "BaseException, not %T", exc);
    return awaitable_new(vm, args[0], exc, true);
}

static py_val_t g_aclose(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return awaitable_new(vm, args[0], PY_NULL, true);
}

static py_val_t g_aiter(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)vm, (void)nargs, (void)kw;
    return args[0];
}

static const py_method_def_t async_generator_methods[] = {
    {"__anext__", g_anext, 1, 1, 0},
    {"__aiter__", g_aiter, 1, 1, 0},
    {"asend", g_asend, 2, 2, 0},
    {"athrow", g_athrow, 2, 4, 0},
    {"aclose", g_aclose, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_async_generator_spec = {
    .name = "async_generator",
    .base = PY_T_object,
    .basicsize = sizeof(py_gen_t),
    .slots = {.mark = py_gen_mark, .repr = py_gen_repr, .getattr = py_gen_getattr,
              .setattr = py_gen_setattr},
    .methods = async_generator_methods,
};
