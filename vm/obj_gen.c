// vm/obj_gen.c: generator and coroutine objects: saving, resuming and closing frames.
// Layer: vm core (VM). The loop calls py_gen_suspend/finish/unwound; see vm/obj_gen.h.
// SPDX-License-Identifier: MIT
//
// Two ways to resume: from C (py_gen_resume: next(), send(), throw(), a
// built-in consuming it), where the generator's frame is the entry of a loop
// run of its own and YIELD_VALUE leaves that run; or from the loop itself
// (FOR_ITER, SEND), which pushes the frame like a call (PY_FRAME_GEN_INLINE)
// and gets the yielded value back like a return value, so a for loop over a
// generator and a chain of yield froms use no C stack.

#include <stdio.h>
#include <string.h>

#include "except.h"
#include "gc.h"
#include "obj_exc.h"
#include "obj_gen.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "opcodes.h"
#include "runtime.h"
#include "vm_loop.h"

// ---- kinds -------------------------------------------------------------------------------------

static py_type_id_t kind_of_code(const py_code_t *co) {
    if (co->flags & PY_CODE_ASYNC_GENERATOR) return PY_T_async_generator;
    if (co->flags & PY_CODE_COROUTINE) return PY_T_coroutine;
    return PY_T_generator;
}

static py_type_id_t kind(py_gen_t *g) { return kind_of_code(g->code); }

// "generator", "coroutine" or "async generator", for messages.
static const char *kind_name(py_gen_t *g) {
    switch (kind(g)) {
    case PY_T_coroutine: return "coroutine";
    case PY_T_async_generator: return "async generator";
    default: return "generator";
    }
}

bool py_is_generator(py_vm_t *vm, py_val_t v) { return py_is_exact(vm, v, PY_T_generator); }
bool py_is_coroutine(py_vm_t *vm, py_val_t v) { return py_is_exact(vm, v, PY_T_coroutine); }

// ---- creation, suspension, completion --------------------------------------------------------------

py_val_t py_gen_new(py_vm_t *vm, py_frame_t *f, const uint32_t *resume) {
    py_code_t *co = f->code;
    size_t n = py_code_frame_size(co);
    py_gen_t *g = py_gc_new(vm, vm->types[kind_of_code(co)], sizeof *g + n * sizeof(py_val_t));
    py_function_t *fn = py_function_ptr(f->func);
    g->func = f->func;
    g->code = co;
    g->globals = f->globals;
    g->name = fn->name;
    g->qualname = fn->qualname;
    g->exc_state = g->outer_exc = g->hooks = PY_NULL;
    g->ip = (uint32_t)(resume - co->code);
    g->sp = (uint32_t)(f->sp - f->base);
    g->nslots = (uint32_t)n;
    g->state = PY_GEN_CREATED;
    g->delegating = g->last_yield = g->running_async = g->finalisable = g->finalised = 0;
    g->on_stack = 0;
    g->handlers = 0;
    memcpy(g->slots, f->base, g->sp * sizeof(py_val_t));
    return py_from_obj(g);
}

// Gives the caller back its handled exception; keeps the generator's own.
static void leave(py_vm_t *vm, py_gen_t *g, bool keep_state) {
    g->on_stack = 0;
    g->exc_state = keep_state && g->handlers > 0 ? vm->handled_exc : PY_NULL;
    vm->handled_exc = g->outer_exc;
    g->outer_exc = PY_NULL;
}

// A generator stopped inside a try block (a finally, an except, a with)
// must be closed if it is dropped, so that block runs; one stopped outside
// any needs nothing. Async generators are left to their event loop.
static void track_finalisable(py_vm_t *vm, py_gen_t *g, bool inside_try) {
    bool due = inside_try && kind(g) != PY_T_async_generator && !g->finalised;
    if (due == (g->finalisable != 0)) return;
    g->finalisable = due;
    py_gc_set_finalisable(vm, &g->base, due);
}

void py_gen_finalise(py_vm_t *vm, py_val_t gen) {
    py_gen_t *g = py_gen_ptr(gen);
    g->finalisable = 0;
    g->finalised = 1;   // a generator that ignores GeneratorExit is reported once
    if (g->state == PY_GEN_SUSPENDED) py_gen_close(vm, gen);
}

void py_gen_suspend(py_vm_t *vm, py_frame_t *f, uint32_t delegating) {
    py_gen_t *g = py_gen_ptr(f->gen);
    g->sp = (uint32_t)(f->sp - f->base);
    memcpy(g->slots, f->base, g->sp * sizeof(py_val_t));
    g->ip = (uint32_t)(f->ip - g->code->code);
    g->state = PY_GEN_SUSPENDED;
    g->delegating = delegating != 0;
    g->last_yield = delegating != 0;
    leave(vm, g, true);
    bool inside_try = g->code->nexc && py_code_find_handler(g->code, g->ip - 1) != NULL;
    if (inside_try != (g->finalisable != 0)) track_finalisable(vm, g, inside_try);
}

void py_gen_finish(py_vm_t *vm, py_frame_t *f) {
    py_gen_t *g = py_gen_ptr(f->gen);
    track_finalisable(vm, g, false);
    g->state = PY_GEN_CLOSED;
    g->sp = 0;
    g->delegating = 0;
    leave(vm, g, false);
}

// "generator raised StopIteration" and the async forms, chained to the original.
static py_val_t replace_stop(py_vm_t *vm, py_gen_t *g, py_val_t exc) {
    const char *what = NULL;
    if (py_exc_is(vm, exc, PY_EXC_StopIteration)) what = "StopIteration";
    else if (kind(g) == PY_T_async_generator && py_exc_is(vm, exc, PY_EXC_StopAsyncIteration))
        what = "StopAsyncIteration";
    if (!what) return exc;
    char msg[64];
    snprintf(msg, sizeof msg, "%s raised %s", kind_name(g), what);
    py_val_t err = py_exc_new_msg(vm, PY_EXC_RuntimeError, msg);
    py_exc_ptr(err)->cause = exc;
    py_exc_ptr(err)->context = exc;
    return err;
}

py_val_t py_gen_unwound(py_vm_t *vm, py_frame_t *f, py_val_t exc) {
    py_gen_t *g = py_gen_ptr(f->gen);
    py_gen_finish(vm, f);
    return replace_stop(vm, g, exc);
}

// ---- resuming ------------------------------------------------------------------------------------

// Pushes the generator's frame with its saved slots. May raise RecursionError.
static py_frame_t *enter(py_vm_t *vm, py_gen_t *g) {
    py_val_t *base = vm->stack_top;
    py_frame_check_room(vm, base, g->nslots);
    memcpy(base, g->slots, g->sp * sizeof(py_val_t));
    // The GC scans the VM stack up to stack_top: the unused part must hold values.
    for (size_t i = g->sp; i < g->nslots; i++) base[i] = PY_NULL;
    py_frame_t *f = py_frame_push(vm, g->code, g->func, g->globals, base);
    f->sp = base + g->sp;
    f->ip = g->code->code + g->ip;
    f->gen = py_from_obj(g);
    g->state = PY_GEN_RUNNING;
    g->on_stack = 1;
    g->outer_exc = vm->handled_exc;
    if (g->exc_state != PY_NULL) vm->handled_exc = g->exc_state;
    return f;
}

bool py_gen_can_enter(py_vm_t *vm, py_val_t gen, py_val_t value) {
    if (!py_is_generator(vm, gen) && !py_is_coroutine(vm, gen)) return false;
    uint8_t state = py_gen_ptr(gen)->state;
    return state == PY_GEN_SUSPENDED || (state == PY_GEN_CREATED && value == PY_NONE);
}

py_frame_t *py_gen_enter(py_vm_t *vm, py_val_t gen, py_val_t value) {
    py_frame_t *f = enter(vm, py_gen_ptr(gen));
    if (value != PY_NULL) *f->sp++ = value;
    return f;
}

py_gen_result_t py_gen_resume(py_vm_t *vm, py_val_t gen, py_val_t value, py_val_t exc,
                              py_val_t *out) {
    py_gen_t *g = py_gen_ptr(gen);
    py_frame_t *f = py_gen_enter(vm, gen, value);
    *out = exc != PY_NULL ? py_vm_loop_run_throw(vm, f, exc) : py_vm_loop_run(vm, f);
    return g->state == PY_GEN_CLOSED ? PY_GEN_RETURNED : PY_GEN_YIELDED;
}

// ---- the protocol --------------------------------------------------------------------------------

static void check_not_running(py_vm_t *vm, py_gen_t *g) {
    if (g->state == PY_GEN_RUNNING)
        py_raise_value_error(vm, "%s already executing", kind_name(g));
}

py_gen_result_t py_gen_send(py_vm_t *vm, py_val_t gen, py_val_t value, py_val_t *out) {
    py_gen_t *g = py_gen_ptr(gen);
    check_not_running(vm, g);
    if (g->state == PY_GEN_CLOSED) {
        if (kind(g) == PY_T_coroutine)
            py_raise_fmt(vm, PY_EXC_RuntimeError, "cannot reuse already awaited coroutine");
        *out = PY_NONE;
        return PY_GEN_RETURNED;
    }
    if (g->state == PY_GEN_CREATED && value != PY_NONE)
        py_raise_type_error(vm, "can't send non-None value to a just-started %s", kind_name(g));
    return py_gen_resume(vm, gen, value, PY_NULL, out);
}

// A call into the receiver of a delegating generator, under py_pcall.
typedef struct delegate_call {
    py_val_t receiver, exc, raw, result;
    bool returned, no_throw;
} delegate_call_t;

// Generators get the exception; other iterators' throw() gets what
// gen.throw() got (a class stays a class), as CPython passes it on.
static void throw_into_receiver(py_vm_t *vm, void *ud) {
    delegate_call_t *d = ud;
    if (py_is_generator(vm, d->receiver) || py_is_coroutine(vm, d->receiver)) {
        d->returned = py_gen_throw(vm, d->receiver, d->exc, &d->result) == PY_GEN_RETURNED;
        return;
    }
    py_val_t meth = py_getattr_opt(vm, d->receiver, py_str_intern_c(vm, "throw"));
    if (meth == PY_NULL) {
        d->no_throw = true;
        return;
    }
    d->result = py_call1(vm, meth, d->raw != PY_NULL ? d->raw : d->exc);
    d->returned = false;
}

static void close_receiver(py_vm_t *vm, void *ud) {
    delegate_call_t *d = ud;
    if (py_is_generator(vm, d->receiver) || py_is_coroutine(vm, d->receiver)) {
        py_gen_close(vm, d->receiver);
        return;
    }
    py_val_t close = py_getattr_opt(vm, d->receiver, py_str_intern_c(vm, "close"));
    if (close != PY_NULL) py_call0(vm, close);
}

// The delegation loop ended with [value]: the frame continues after it.
static py_gen_result_t end_delegation(py_vm_t *vm, py_val_t gen, py_val_t value, py_val_t *out) {
    py_gen_t *g = py_gen_ptr(gen);
    // The saved ip is the jump back to SEND; SEND's argument is the loop's exit.
    uint32_t send_at = py_instr_arg(g->code->code[g->ip]);
    g->ip = py_instr_arg(g->code->code[send_at]);
    g->slots[g->sp - 1] = value;
    g->delegating = 0;
    return py_gen_resume(vm, gen, PY_NULL, PY_NULL, out);
}

// throw() while suspended in yield from / await: the receiver gets it first.
static py_gen_result_t throw_delegated(py_vm_t *vm, py_val_t gen, py_val_t exc, py_val_t raw,
                                       py_val_t *out) {
    py_gen_t *g = py_gen_ptr(gen);
    delegate_call_t d = {g->slots[g->sp - 1], exc, raw, PY_NULL, false, false};
    bool closing = py_exc_is(vm, exc, PY_EXC_GeneratorExit);
    g->state = PY_GEN_RUNNING;
    int failed = py_pcall(vm, closing ? close_receiver : throw_into_receiver, &d);
    g->state = PY_GEN_SUSPENDED;
    if (failed) {
        py_val_t err = vm->exc;
        vm->exc = PY_NULL;
        if (!closing && py_exc_is(vm, err, PY_EXC_StopIteration))
            return end_delegation(vm, gen, py_getattr(vm, err, py_str_intern_c(vm, "value")), out);
        return py_gen_resume(vm, gen, PY_NULL, err, out);
    }
    if (closing || d.no_throw) return py_gen_resume(vm, gen, PY_NULL, exc, out);
    if (d.returned) return end_delegation(vm, gen, d.result, out);
    *out = d.result;
    return PY_GEN_YIELDED;
}

// [raw]: the argument gen.throw() was given, when it was a lone class, else PY_NULL.
static py_gen_result_t throw_raw(py_vm_t *vm, py_val_t gen, py_val_t exc, py_val_t raw,
                                 py_val_t *out) {
    py_gen_t *g = py_gen_ptr(gen);
    check_not_running(vm, g);
    if (g->state == PY_GEN_CLOSED) py_raise(vm, exc);
    if (g->state == PY_GEN_SUSPENDED && g->delegating)
        return throw_delegated(vm, gen, exc, raw, out);
    return py_gen_resume(vm, gen, PY_NULL, exc, out);
}

py_gen_result_t py_gen_throw(py_vm_t *vm, py_val_t gen, py_val_t exc, py_val_t *out) {
    return throw_raw(vm, gen, exc, PY_NULL, out);
}

typedef struct close_call {
    py_val_t gen;
    py_gen_result_t result;
} close_call_t;

static void throw_exit(py_vm_t *vm, void *ud) {
    close_call_t *c = ud;
    py_val_t exit = py_exc_new(vm, PY_EXC_GeneratorExit, PY_NULL), out;
    c->result = py_gen_throw(vm, c->gen, exit, &out);
}

void py_gen_close(py_vm_t *vm, py_val_t gen) {
    py_gen_t *g = py_gen_ptr(gen);
    check_not_running(vm, g);
    if (g->state == PY_GEN_CREATED) g->state = PY_GEN_CLOSED;
    if (g->state == PY_GEN_CLOSED) return;
    close_call_t c = {gen, PY_GEN_RETURNED};
    if (py_pcall(vm, throw_exit, &c)) {
        py_val_t err = vm->exc;
        if (!py_exc_is(vm, err, PY_EXC_GeneratorExit) && !py_exc_is(vm, err, PY_EXC_StopIteration))
            py_raise(vm, err);
        vm->exc = PY_NULL;
        return;
    }
    if (c.result == PY_GEN_YIELDED)
        py_raise_fmt(vm, PY_EXC_RuntimeError, "%s ignored GeneratorExit", kind_name(g));
}

// ---- Python-visible methods ------------------------------------------------------------------------

// The exception throw(typ[, val[, tb]]) raises: an instance, or a class made with val.
static py_val_t exception_to_throw(py_vm_t *vm, size_t nargs, const py_val_t *args) {
    py_val_t typ = args[1], val = nargs > 2 ? args[2] : PY_NONE;
    if (nargs > 3 && args[3] != PY_NONE)
        py_raise_type_error(vm, "throw() third argument must be a traceback object");
    bool is_class = py_is_a(vm, typ, PY_T_type) &&
                    (((py_type_t *)py_obj(typ))->flags & PY_TF_EXCEPTION);
    if (is_class) {
        if (val != PY_NONE && py_isinstance(vm, val, (py_type_t *)py_obj(typ))) return val;
        if (val == PY_NONE) return py_call0(vm, typ);
        if (py_is_exact(vm, val, PY_T_tuple))
            return py_call(vm, typ, py_tuple_ptr(val)->len, py_tuple_ptr(val)->items, PY_NULL);
        return py_call1(vm, typ, val);
    }
    if (!py_exc_is(vm, typ, PY_EXC_BaseException))
        py_raise_type_error(vm, "exceptions must be classes or instances deriving from "
                            "BaseException, not %T", typ);
    if (val != PY_NONE)
        py_raise_type_error(vm, "instance exception may not have a separate value");
    return typ;
}

// A yielded value is returned; a returned one raises StopIteration(value).
static py_val_t yielded_or_stop(py_vm_t *vm, py_gen_result_t r, py_val_t v) {
    if (r == PY_GEN_YIELDED) return v;
    if (v == PY_NONE) py_raise(vm, py_from_obj(vm->exc_types[PY_EXC_StopIteration]));
    py_raise(vm, py_exc_new(vm, PY_EXC_StopIteration, py_tuple_new(vm, 1, &v)));
}

static py_val_t m_send(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    py_val_t v;
    py_gen_result_t r = py_gen_send(vm, args[0], args[1], &v);
    return yielded_or_stop(vm, r, v);
}

static py_val_t m_throw(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)kw;
    py_val_t v, exc = exception_to_throw(vm, nargs, args);
    py_val_t raw = nargs == 2 && py_is_a(vm, args[1], PY_T_type) ? args[1] : PY_NULL;
    py_gen_result_t r = throw_raw(vm, args[0], exc, raw, &v);
    return yielded_or_stop(vm, r, v);
}

static py_val_t m_close(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    py_gen_close(vm, args[0]);
    return PY_NONE;
}

py_val_t py_gen_next(py_vm_t *vm, py_val_t gen) {
    if (py_is_exact(vm, gen, PY_T_coroutine_wrapper)) gen = py_coro_wrapper_target(gen);
    py_val_t v;
    py_gen_result_t r = py_gen_send(vm, gen, PY_NONE, &v);
    return yielded_or_stop(vm, r, v);
}

static py_val_t m_next(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return py_gen_next(vm, args[0]);
}

static py_val_t m_iter(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)vm, (void)nargs, (void)kw;
    return args[0];
}

// ---- slots ----------------------------------------------------------------------------------------

void py_gen_mark(py_vm_t *vm, py_obj_t *o) {
    py_gen_t *g = (py_gen_t *)o;
    py_gc_mark(vm, g->func);
    py_gc_mark(vm, py_from_obj(g->code));
    py_gc_mark(vm, g->globals);
    py_gc_mark(vm, g->name);
    py_gc_mark(vm, g->qualname);
    py_gc_mark(vm, g->exc_state);
    py_gc_mark(vm, g->outer_exc);
    py_gc_mark(vm, g->hooks);
    // While its frame runs, the live values are on the VM stack and the copy
    // is stale; while a delegated throw() runs the receiver, the copy is all.
    if (!g->on_stack) py_gc_mark_array(vm, g->slots, g->sp);
}

py_val_t py_gen_repr(py_vm_t *vm, py_val_t self) {
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)self);
    py_gen_t *g = py_gen_ptr(self);
    return py_str_format_c(vm, "<%s object %S at %s>", py_type_of(vm, self) ==
                           vm->types[PY_T_async_generator] ? "async_generator" : kind_name(g),
                           g->qualname, addr);
}

static py_val_t gen_iter(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return self;
}

static py_val_t gen_next(py_vm_t *vm, py_val_t self) {
    py_val_t v;
    return py_gen_send(vm, self, PY_NONE, &v) == PY_GEN_YIELDED ? v : PY_NULL;
}

static bool name_is(py_val_t name, const char *s) {
    return py_str_eq_c(name, s);
}

// gi_*, cr_* and ag_* attributes (the prefix after the kind), and the names.
// There are no frame objects, so no gi_frame.
py_val_t py_gen_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    (void)vm;
    py_gen_t *g = py_gen_ptr(self);
    if (name_is(name, "__name__")) return g->name;
    if (name_is(name, "__qualname__")) return g->qualname;
    // the name after its 3-byte prefix, compared by length and bytes
    const char *prefix = kind(g) == PY_T_coroutine ? "cr_" : kind(g) == PY_T_generator ? "gi_" : "ag_";
    if (py_str_len(name) < 3 || memcmp(py_str_bytes(name), prefix, 3) != 0) return PY_NULL;
    const char *n = py_str_bytes(name) + 3;
    size_t len = py_str_len(name) - 3;
#define REST_IS(lit) (len == sizeof lit - 1 && memcmp(n, lit, len) == 0)
    if (REST_IS("running")) return py_bool(g->state == PY_GEN_RUNNING);
    if (REST_IS("suspended")) return py_bool(g->state == PY_GEN_SUSPENDED);
    if (REST_IS("code")) return py_from_obj(g->code);
    bool delegating = g->state == PY_GEN_SUSPENDED && g->delegating;
    if (kind(g) == PY_T_coroutine ? REST_IS("await") : REST_IS("yieldfrom"))
#undef REST_IS
        return delegating ? g->slots[g->sp - 1] : PY_NONE;
    return PY_NULL;
}

bool py_gen_setattr(py_vm_t *vm, py_val_t self, py_val_t name, py_val_t value) {
    py_gen_t *g = py_gen_ptr(self);
    bool is_name = name_is(name, "__name__");
    if (!is_name && !name_is(name, "__qualname__")) return false;
    if (value == PY_NULL || !py_is_str(vm, value))
        py_raise_type_error(vm, "%N must be set to a string object", name);
    if (is_name) g->name = value;
    else g->qualname = value;
    return true;
}

static const py_method_def_t generator_methods[] = {
    {"send", m_send, 2, 2, 0},
    {"throw", m_throw, 2, 4, 0},
    {"close", m_close, 1, 1, 0},
    {"__next__", m_next, 1, 1, 0},
    {"__iter__", m_iter, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_generator_spec = {
    .name = "generator",
    .base = PY_T_object,
    .basicsize = sizeof(py_gen_t),
    .slots = {.mark = py_gen_mark, .repr = py_gen_repr, .iter = gen_iter, .next = gen_next,
              .getattr = py_gen_getattr, .setattr = py_gen_setattr},
    .methods = generator_methods,
};

// ---- coroutines and their __await__ iterator ------------------------------------------------------

typedef struct coro_wrapper {
    py_obj_t base;
    py_val_t coro;
} coro_wrapper_t;

static py_val_t m_await(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    coro_wrapper_t *w = py_gc_new(vm, vm->types[PY_T_coroutine_wrapper], sizeof *w);
    w->coro = args[0];
    return py_from_obj(w);
}

static const py_method_def_t coroutine_methods[] = {
    {"send", m_send, 2, 2, 0},
    {"throw", m_throw, 2, 4, 0},
    {"close", m_close, 1, 1, 0},
    {"__await__", m_await, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_coroutine_spec = {
    .name = "coroutine",
    .base = PY_T_object,
    .basicsize = sizeof(py_gen_t),
    .slots = {.mark = py_gen_mark, .repr = py_gen_repr, .getattr = py_gen_getattr, .setattr = py_gen_setattr},
    .methods = coroutine_methods,
};

py_val_t py_coro_wrapper_target(py_val_t w) { return ((coro_wrapper_t *)py_obj(w))->coro; }

static py_val_t wrapped(py_val_t self) { return py_coro_wrapper_target(self); }

static void wrapper_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((coro_wrapper_t *)o)->coro); }

// The C protocol: a for loop over coro.__await__() ends quietly.
static py_val_t wrapper_next(py_vm_t *vm, py_val_t self) {
    py_val_t v;
    return py_gen_send(vm, wrapped(self), PY_NONE, &v) == PY_GEN_YIELDED ? v : PY_NULL;
}

static py_val_t w_send(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_val_t a[2] = {wrapped(args[0]), args[1]};
    return m_send(vm, nargs, a, kw);
}

static py_val_t w_throw(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_val_t a[4] = {wrapped(args[0]), args[1], nargs > 2 ? args[2] : PY_NONE,
                     nargs > 3 ? args[3] : PY_NONE};
    return m_throw(vm, nargs, a, kw);
}

static py_val_t w_close(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_val_t a[1] = {wrapped(args[0])};
    return m_close(vm, nargs, a, kw);
}

static py_val_t w_next(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_val_t a[2] = {wrapped(args[0]), PY_NONE};
    return m_send(vm, nargs + 1, a, kw);
}

static const py_method_def_t wrapper_methods[] = {
    {"send", w_send, 2, 2, 0},
    {"throw", w_throw, 2, 4, 0},
    {"close", w_close, 1, 1, 0},
    {"__next__", w_next, 1, 1, 0},
    {"__iter__", m_iter, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_coroutine_wrapper_spec = {
    .name = "coroutine_wrapper",
    .base = PY_T_object,
    .basicsize = sizeof(coro_wrapper_t),
    .slots = {.mark = wrapper_mark, .iter = gen_iter, .next = wrapper_next},
    .methods = wrapper_methods,
};
