// vm/obj_gen.h: generators, coroutines and async generators: suspended frames.
// Layer: vm core (VM). Made by RETURN_GENERATOR, resumed by send/next/throw.
// SPDX-License-Identifier: MIT
//
// A generator owns a copy of its frame's slots (locals, cells, operand
// stack) while it is suspended. Resuming pushes a frame on the VM stack,
// copies the slots in and runs the loop from C; YIELD_VALUE copies them back
// out and leaves the loop. The three kinds share one layout and one resume
// path; they differ in their Python-visible protocol (iterator, awaitable,
// async iterator) and in their names.
//
// Delegation (yield from, await): SEND drives the inner iterator. While a
// generator is suspended inside such a loop, its receiver is the top of its
// saved operand stack and `delegating` is set, so throw() and close() can
// pass the exception to the receiver first, as PEP 380 says.

#ifndef PY_OBJ_GEN_H
#define PY_OBJ_GEN_H

#include "frame.h"

typedef enum {
    PY_GEN_CREATED,    // made, never run
    PY_GEN_SUSPENDED,  // stopped at a yield
    PY_GEN_RUNNING,    // its frame is on the VM stack
    PY_GEN_CLOSED      // returned, raised, or closed
} py_gen_state_t;

typedef struct py_gen {
    py_obj_t base;
    py_val_t func;          // the function whose call made it (for globals and closure)
    py_code_t *code;
    py_val_t globals;
    py_val_t name, qualname;
    py_val_t exc_state;     // the exception its own except block was handling, or PY_NULL
    py_val_t outer_exc;     // while running: the caller's handled exception, restored on exit
    py_val_t hooks;         // async generators: PY_NULL (no firstiter/finalizer hooks yet)
    uint32_t ip;            // instruction index to resume at
    uint32_t sp;            // saved slots in use: locals, cells, then the operand stack
    uint32_t nslots;        // capacity of slots[]: the frame size
    uint8_t state;          // py_gen_state_t
    uint8_t delegating;     // suspended inside a yield from / await loop
    uint8_t last_yield;     // async generators: 1 when the last suspension was an await
    uint8_t running_async;  // async generators: an asend/athrow awaitable is driving it
    uint8_t finalisable;    // suspended inside a try block: closed by the collector when dropped
    uint8_t finalised;      // the collector has closed it once: never again
    // Its frame is on the VM stack (set by resuming, cleared by suspending
    // or finishing). The GC marks the saved slots when it is clear: a
    // delegated throw() runs the receiver with state RUNNING but the frame
    // still saved, and only this copy holds its locals then.
    uint8_t on_stack;
    // except/finally handlers its frame is inside now (PUSH_EXC_INFO minus
    // POP_EXCEPT and CLEANUP_RERAISE): whether the handled exception at a
    // yield is its own, even when it is the very object its caller handles.
    uint16_t handlers;
    py_val_t slots[];
} py_gen_t;

static inline py_gen_t *py_gen_ptr(py_val_t v) { return (py_gen_t *)v; }

// What a resume ended with.
typedef enum { PY_GEN_YIELDED, PY_GEN_RETURNED } py_gen_result_t;

// RETURN_GENERATOR: a new generator (or coroutine, async generator, after
// [f]'s code flags) owning a copy of frame [f]'s slots, resuming at [resume].
// May allocate.
py_val_t py_gen_new(py_vm_t *vm, py_frame_t *f, const uint32_t *resume);

// Resumes [gen] with [value] pushed as the result of its yield (PY_NULL: push
// nothing, for a first run or after delegation ended), or with [exc] raised
// at the point it stopped (PY_NULL: none). Stores the yielded or returned
// value in *out. Raises what the generator raises. May allocate.
py_gen_result_t py_gen_resume(py_vm_t *vm, py_val_t gen, py_val_t value, py_val_t exc,
                              py_val_t *out);

// True when the loop may resume [gen] with [value] by pushing its frame
// (FOR_ITER, SEND): a generator or coroutine that is suspended, or new and
// sent None. Everything else goes through py_gen_send and its checks.
bool py_gen_can_enter(py_vm_t *vm, py_val_t gen, py_val_t value);
// Pushes [gen]'s frame with [value] pushed as its yield's result, and makes
// it current, without running it. May raise RecursionError.
py_frame_t *py_gen_enter(py_vm_t *vm, py_val_t gen, py_val_t value);

// gen.send(value) and gen.throw(exc) as the protocol has them, delegation
// included, with the checks for running, closed and just-started generators.
// May raise; may allocate.
py_gen_result_t py_gen_send(py_vm_t *vm, py_val_t gen, py_val_t value, py_val_t *out);
py_gen_result_t py_gen_throw(py_vm_t *vm, py_val_t gen, py_val_t exc, py_val_t *out);
// next(gen) for a generator or a coroutine's __await__ iterator: the
// yielded value, or StopIteration carrying the returned one.
py_val_t py_gen_next(py_vm_t *vm, py_val_t gen);
// gen.close(). May raise RuntimeError ("generator ignored GeneratorExit").
void py_gen_close(py_vm_t *vm, py_val_t gen);

// Called by the loop when [f], a generator's frame, yields: saves the frame
// in its generator. [delegating]: the yield is a yield from / await step.
// Does not allocate or raise.
void py_gen_suspend(py_vm_t *vm, py_frame_t *f, uint32_t delegating);
// Called by the loop when [f], a generator's frame, returns. Does not allocate or raise.
void py_gen_finish(py_vm_t *vm, py_frame_t *f);
// Called by the unwinder when [exc] leaves generator frame [f]: closes the
// generator and returns the exception to propagate (a StopIteration becomes a
// RuntimeError, PEP 479). May allocate.
py_val_t py_gen_unwound(py_vm_t *vm, py_frame_t *f, py_val_t exc);

// The slots the three kinds share (vm/obj_gen.c).
void py_gen_mark(py_vm_t *vm, py_obj_t *o);
py_val_t py_gen_repr(py_vm_t *vm, py_val_t self);
py_val_t py_gen_getattr(py_vm_t *vm, py_val_t self, py_val_t name);
bool py_gen_setattr(py_vm_t *vm, py_val_t self, py_val_t name, py_val_t value);
// The coroutine behind a coro.__await__() iterator. Never raises.
py_val_t py_coro_wrapper_target(py_val_t w);

// The collector's finaliser for a dropped generator or coroutine suspended
// inside a try block: close() it, as CPython does. May raise; may allocate.
void py_gen_finalise(py_vm_t *vm, py_val_t gen);

// True when [v] is a generator, coroutine or async generator of the given type.
bool py_is_generator(py_vm_t *vm, py_val_t v);
bool py_is_coroutine(py_vm_t *vm, py_val_t v);

// The loop's slow paths for delegation and async (vm/obj_gen_ops.c). Each may
// raise and may allocate.
// SEND: one step of [receiver] with [value]; true when it returned (*out is the
// return value), false when it yielded (*out is the yielded value).
bool py_gen_ops_send(py_vm_t *vm, py_val_t receiver, py_val_t value, py_val_t *out);
// GET_YIELD_FROM_ITER: iter(v), keeping generators and (in coroutines) coroutines.
py_val_t py_gen_ops_yield_from_iter(py_vm_t *vm, py_val_t v, bool in_coroutine);
// GET_AWAITABLE: the iterator `await v` drives. [where] 2: v came from
// __aexit__ (for the message), else 0.
py_val_t py_gen_ops_awaitable(py_vm_t *vm, py_val_t v, uint32_t where);
// GET_AITER: aiter(v). GET_ANEXT: the awaitable of aiter.__anext__().
py_val_t py_gen_ops_aiter(py_vm_t *vm, py_val_t v);
py_val_t py_gen_ops_anext(py_vm_t *vm, py_val_t aiter);
// BEFORE_ASYNC_WITH: stores mgr's bound __aexit__ in *exit, returns the awaitable of __aenter__().
py_val_t py_gen_ops_async_enter(py_vm_t *vm, py_val_t mgr, py_val_t *exit);

extern const py_type_spec_t py_generator_spec;
extern const py_type_spec_t py_coroutine_spec;
extern const py_type_spec_t py_async_generator_spec;
extern const py_type_spec_t py_coroutine_wrapper_spec;
extern const py_type_spec_t py_async_gen_asend_spec;
extern const py_type_spec_t py_async_gen_athrow_spec;

#endif
