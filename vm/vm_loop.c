// vm/vm_loop.c: the bytecode loop: one function that runs frames on the VM stack.
// Layer: vm core (VM). Calls between Python functions push a frame and stay in
// this loop (DESIGN §5); exceptions unwind through each code's exception table.
// SPDX-License-Identifier: MIT
//
// The loop runs inside py_pcall. When an instruction raises, py_pcall
// returns 1 and unwind() finds the handler that covers the failing
// instruction, walking out of frames (adding traceback lines) until one
// handles it or the frame entered from C is left; then the exception goes on
// to the C caller. The instruction pointer is stored into the frame at every
// dispatch, so the failing instruction (ip - 1) is always known.

#include "except.h"
#include "gc.h"
#include "finalise.h"
#include "schedule.h"
#include "import.h"
#include "namespace.h"
#include "builtins.h"
#include "obj_dict.h"
#include "obj_complex.h"
#include "obj_exc.h"
#include "obj_float.h"
#include "obj_func.h"
#include "obj_gen.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_range.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_super.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "opcodes.h"
#include "port.h"
#include "runtime.h"
#include "vm_loop.h"
#include "interrupt.h"
#include "vm_match.h"
#include "vm_cache.h"

// Frames clear a few value slots as they are pushed and popped (locals past
// the arguments, what a callee left in its caller's stack). gcc turns those
// loops into calls of memset, which for a handful of words cost more than
// the stores: here they stay loops.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("no-tree-loop-distribute-patterns")
#endif

// Keeps a helper out of the loop's C frame (see enter_init).
#if defined(__GNUC__)
#define NO_INLINE __attribute__((noinline))
#else
#define NO_INLINE
#endif

// What the loop and the unwinder share. It lives in the caller of py_pcall,
// so it survives the longjmp. vm->run is the innermost.
typedef struct py_loop_run {
    py_frame_t *entry;   // the frame entered from C
    py_frame_t *frame;   // the running frame
    py_val_t result;     // the entry frame's return value
    bool reraise;        // the exception is raised again: no new traceback line
    const void *c_frame_top;         // where the loop's own C frame ends (NULL: unknown)
    const py_val_t *native_call;     // the slot of the last call call_native made
} run_t;

// The address just above the calling function's C frame (its canonical frame
// address), or NULL where the compiler cannot tell. GCC computes it from the
// stack pointer; clang gives the function a frame pointer for it.
#if defined(__GNUC__)
#define C_FRAME_TOP() ((const void *)__builtin_dwarf_cfa())
#else
#define C_FRAME_TOP() ((const void *)NULL)
#endif

// ---- dispatch: computed goto or switch, both from the one opcode list ----------

#if PY_CFG_COMPUTED_GOTO
#pragma GCC diagnostic ignored "-Wpedantic"
#define DISPATCH_TABLE \
    static const void *const dispatch_table[PY_OPC__COUNT] = { \
        PY_OPCODES(LABEL_ADDRESS) \
    };
#define LABEL_ADDRESS(name, eff, jeff, flags, desc) &&op_##name,
#define TARGET(op) op_##op:
#define DISPATCH() do { instr = *ip++; f->ip = ip; arg = py_instr_arg(instr); \
                        goto *dispatch_table[py_instr_op(instr)]; } while (0)
#define LOOP_BEGIN DISPATCH();
#define LOOP_END
#else
#define DISPATCH_TABLE
#define TARGET(op) case PY_OPC_##op:
#define DISPATCH() goto next_instruction
#define LOOP_BEGIN next_instruction: instr = *ip++; f->ip = ip; arg = py_instr_arg(instr); \
                   switch (py_instr_op(instr)) {
#define LOOP_END default: py_port_fatal("bad opcode"); }
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define JUMP_TO(target) (ip = f->code->code + (target))
#define NAME(i) (py_tuple_ptr(f->code->names)->items[i])
#define CELLS() (f->base + f->code->nlocals)
// A quickened instruction's cache entry, and the running instruction's word (to rewrite it).
#define CACHE() (&f->code->cache[arg])
#define AT() ((uint32_t *)(uintptr_t)(ip - 1))
// A generic cacheable instruction counts towards its code's quickening.
#define WARM() do { if (--f->code->warmth == 0) warm_up(vm, f->code); } while (0)
// Makes the frame at vm->frame the running one.
#define LOAD_FRAME() do { f = r->frame = vm->frame; ip = f->ip; locals = f->base; \
                          consts = py_tuple_ptr(f->code->consts)->items; } while (0)

// ---- helpers ------------------------------------------------------------------------

static size_t capacity_top_offset(const py_frame_t *f) {
    return py_code_frame_size(f->code);
}

static inline void pop_frame(py_vm_t *vm) {
    py_frame_t *f = vm->frame;
    vm->depth--;
    vm->frame = vm->depth ? &vm->frames[vm->depth - 1] : NULL;
    if (f->flags & PY_FRAME_C_ENTRY) {
        vm->stack_top = f->base;
    } else if (vm->frame) {
        py_val_t *top = vm->frame->base + capacity_top_offset(vm->frame);
        // The callee's slots below the caller's capacity top are scanned as
        // the caller's until reused: clear what the callee left there (its
        // locals, often a big structure it just dropped). A few words.
        for (py_val_t *v = f->base; v < top; v++) *v = PY_NULL;
        vm->stack_top = top;
    }
}

// pop_frame for [f], the running frame, when it was not entered from C:
// its caller, the frame below it, runs next and is returned.
static inline py_frame_t *pop_to_caller(py_vm_t *vm, py_frame_t *f) {
    py_frame_t *caller = f - 1;
    vm->depth--;
    vm->frame = caller;
    py_val_t *top = caller->base + capacity_top_offset(caller);
    for (py_val_t *v = f->base; v < top; v++) *v = PY_NULL;   // as pop_frame, and why
    vm->stack_top = top;
    return caller;
}

// Pushing a frame: beside pop_frame, and inline in the loop's calls.
static inline py_frame_t *push_frame(py_vm_t *vm, py_code_t *co, py_val_t func, py_val_t globals,
                                     py_val_t *base) {
    py_frame_t *f = &vm->frames[vm->depth++];
    *f = (py_frame_t){.code = co, .func = func, .globals = globals, .locals = PY_NULL, .base = base,
                      .sp = base + co->nlocals + co->ncells + co->nfree, .ip = co->code, .gen = PY_NULL};
    vm->frame = f;
    vm->stack_top = base + py_code_frame_size(co);
    return f;
}

py_frame_t *py_frame_push(py_vm_t *vm, py_code_t *co, py_val_t func, py_val_t globals,
                          py_val_t *base) {
    return push_frame(vm, co, func, globals, base);
}

// A generator's frame left an except or finally handler (see py_gen_t.handlers).
static inline void leave_handler(py_frame_t *f) {
    if (f->gen != PY_NULL && py_gen_ptr(f->gen)->handlers > 0) py_gen_ptr(f->gen)->handlers--;
}

void py_vm_poll(py_vm_t *vm) {
    vm->pending = 0;
    py_finalise_pending(vm);
    py_interrupt_check(vm);   // also raises a Ctrl-C that a bigint operation held
    py_schedule_run(vm);
}

// The Python __init__ that calling class [t] runs once it has made the
// instance with object's allocator, when that is all the call does (no
// metaclass, no __new__ of a Python class, no built-in base with its own
// maker); else PY_NULL, and the call takes the general path.
static py_val_t plain_init(py_vm_t *vm, py_type_t *t) {
    py_type_t *object = vm->types[PY_T_object], *owner;
    if (!(t->flags & PY_TF_HEAPTYPE) || t->slots.make_new != object->slots.make_new) return PY_NULL;
    if (py_type_lookup_owner(vm, t, vm->names[PY_NAME___new__], &owner) == PY_NULL || owner != object)
        return PY_NULL;
    py_val_t init = py_type_lookup(vm, t, vm->names[PY_NAME___init__]);
    if (!py_is_obj(init) || py_obj(init)->type != vm->types[PY_T_function]) return PY_NULL;
    uint32_t gen = PY_CODE_GENERATOR | PY_CODE_COROUTINE | PY_CODE_ASYNC_GENERATOR;
    return (py_function_ptr(init)->code->flags & gen) ? PY_NULL : init;
}

// What a PY_FRAME_INIT frame's call gives: the instance, when __init__
// returned None, as type.__call__ checks.
static py_val_t init_result(py_vm_t *vm, py_val_t retval, py_val_t instance) {
    if (retval != PY_NONE) py_raise_type_error(vm, "__init__() should return None, not '%T'", retval);
    return instance;
}

// A call of class slot[0] (slot[1] empty, the arguments after it) whose
// __init__ can run as a frame of this loop, without C recursion: makes the
// instance and pushes that frame; false when the call must take the general
// path. Not inlined into the loop: its locals hold the new instance, and a
// stale copy in the loop's long-lived C frame would keep it alive for the
// GC's conservative scan.
NO_INLINE static bool enter_init(py_vm_t *vm, py_val_t *slot, size_t nargs, py_val_t kwnames) {
    py_type_t *t = (py_type_t *)py_obj(slot[0]);
    py_val_t init = plain_init(vm, t);
    if (init == PY_NULL) return false;
    slot[1] = t->slots.make_new(vm, t, 0, NULL, PY_NULL);
    slot[0] = slot[1];   // kept below the frame for init_result
    py_frame_t *g = py_call_enter(vm, init, slot + 1, nargs + 1, kwnames);
    g->ret = slot;
    g->flags |= PY_FRAME_INIT;
    return true;
}

// A call through C (a builtin, a class, any other callable) of slot[0]
// with [args]; the result goes to slot[0]. Out of line: the calls of
// Python functions, which stay in the loop, then save fewer registers.
NO_INLINE static void call_native(py_vm_t *vm, py_val_t *slot, py_val_t *args, size_t nargs,
                                  py_val_t kwnames) {
    size_t nkw = kwnames != PY_NULL ? py_tuple_ptr(kwnames)->len : 0;
    py_val_t *saved = vm->stack_top;
    vm->run->native_call = slot;   // for py_vm_loop_caller_frame
    // The frame's operand stack above the arguments is dead during the call:
    // leaving it out of the GC's roots lets what it last held be collected
    // (and finalised) as soon as CPython would.
    vm->stack_top = args + nargs + nkw;
    slot[0] = py_call(vm, slot[0], nargs, args, kwnames);
    vm->stack_top = saved;
}

// Whether the C stack has room for a native called from a loop whose frame
// lies just above this function's: py_call's check (py_check_c_stack), made
// once per loop entry instead of once per call. Out of line, so the local
// it measures lies below the loop's frame.
NO_INLINE static bool c_stack_room(const py_vm_t *vm) {
    volatile char here = 0;
    uintptr_t base = (uintptr_t)vm->c_stack_base, at = (uintptr_t)&here;
    return !base || (base > at ? base - at : at - base) <= PY_CFG_C_STACK_LIMIT;
}

// The def of builtin [callable] when a CALL (no keywords) with [n]
// arguments at [args] (self first for a method) may run it straight on the
// VM stack, skipping py_call and builtin_call: an unbound builtin (a
// function of the builtins or a module, or a type's method with self on
// the stack, of that type) whose def takes that many arguments. Anything
// else, and every error, takes the general path, which raises as before.
// NULL when not.
static inline const py_method_def_t *quick_builtin(py_vm_t *vm, py_val_t callable,
                                                   const py_val_t *args, size_t n) {
    const py_builtin_t *b = (const py_builtin_t *)py_obj(callable);
    const py_method_def_t *def = b->def;
    if (b->self != PY_NULL || n < def->min_args || n > def->max_args) return NULL;
    if (!b->owner) return def;
    if (def->flags & (PY_METH_STATIC | PY_METH_CLASS) || n == 0) return NULL;
    // builtin_call's check_self: the method's C code relies on self's layout.
    py_type_t *t = py_type_of(vm, args[0]);
    return t == b->owner || py_is_subtype(t, b->owner) ? def : NULL;
}

// Calls slot[0] with self slot[1] (or none) and the arguments after it.
// Returns true when it pushed a Python frame; otherwise the result is in slot[0].
static bool call_value(py_vm_t *vm, py_val_t *slot, size_t nargs, py_val_t kwnames) {
    py_val_t callable = slot[0];
    py_val_t *args = slot + 2;
    if (slot[1] != PY_NULL) {
        args--;
        nargs++;
    } else if (py_is_obj(callable) && py_obj(callable)->type == vm->types[PY_T_bound_method]) {
        py_bound_method_t *m = (py_bound_method_t *)py_obj(callable);
        slot[0] = callable = m->func;
        slot[1] = m->self;
        args--;
        nargs++;
    }
    if (py_is_obj(callable) && py_obj(callable)->type == vm->types[PY_T_function]) {
        py_function_t *fn = py_function_ptr(callable);
        py_code_t *co = fn->code;
        if (kwnames == PY_NULL && nargs == co->argcount && (co->flags & PY_CODE_SIMPLE)) {
            // The exact-arity call (PY_CODE_SIMPLE: no cells): the arguments
            // are the first locals already; a closure's free variables follow them.
            size_t size = py_code_frame_size(co);
            if (!py_frame_fits(vm, args, size)) py_frame_overflow(vm);
            for (size_t i = nargs; i < size; i++) args[i] = PY_NULL;
            for (size_t i = 0; i < co->nfree; i++)
                args[co->nlocals + i] = py_tuple_ptr(fn->closure)->items[i];
            push_frame(vm, co, callable, fn->globals, args)->ret = slot;
            return true;
        }
        py_call_enter(vm, callable, args, nargs, kwnames)->ret = slot;
        return true;
    }
    if (slot[1] == PY_NULL && py_is_obj(callable) && py_obj(callable)->type == vm->types[PY_T_type] &&
        enter_init(vm, slot, nargs, kwnames))
        return true;
    call_native(vm, slot, args, nargs, kwnames);
    return false;
}

// The loop's per-instruction helpers are inlined by force: gcc stops
// inlining into a function as big as the loop once its growth limits are
// reached, and then BINARY_OP paid a call (and the spills around it) for
// an addition of two small ints.
#if defined(__GNUC__)
#define LOOP_INLINE inline __attribute__((always_inline))
#else
#define LOOP_INLINE inline
#endif

// For the iterators of the built-in sequences and ranges: sets [*out] to
// the next item, or PY_NULL once exhausted, and returns true; returns false,
// doing nothing, for any other iterator (a generator, a class's). The int64
// form of a range iterator steps here, without the call through its next
// slot (a call per item was ~13M instructions of fft 13); a list iterator
// is tested first, so that loops over lists pay no more than before. May
// allocate (a range item past the small ints).
static LOOP_INLINE bool plain_next(py_vm_t *vm, py_val_t it, py_val_t *out) {
    if (!py_is_obj(it)) return false;
    py_type_t *t = py_obj(it)->type;
    if (t == vm->types[PY_T_list_iterator]) {
        *out = t->slots.next(vm, it);
        return true;
    }
    if (t == vm->types[PY_T_range_iterator]) {
        py_range_iter_t *ri = (py_range_iter_t *)py_obj(it);
        if (ri->bleft != PY_NULL) {
            *out = t->slots.next(vm, it);
        } else if (ri->left == 0) {
            *out = PY_NULL;
        } else {
            int64_t v = ri->next;
            if (--ri->left) ri->next = (int64_t)((uint64_t)v + (uint64_t)ri->step);
            *out = py_int_fits_small(v) ? py_small((py_int_t)v) : py_int_from_i64(vm, v);
        }
        return true;
    }
    if (t == vm->types[PY_T_tuple_iterator] || t == vm->types[PY_T_dict_iterator]) {
        *out = t->slots.next(vm, it);
        return true;
    }
    return false;
}

static LOOP_INLINE bool truthy(py_vm_t *vm, py_val_t v) {
    if (v == PY_TRUE) return true;
    if (v == PY_FALSE || v == PY_NONE) return false;
    if (py_is_small(v)) return v != py_small(0);
    if (py_is_tagged_float(v)) return py_tagged_float_val(v) != 0.0;
    return py_truthy(vm, v);
}

// The width of py_int_t, for the shift counts a C shift of it takes.
#define INT_BITS ((py_int_t)(sizeof(py_int_t) * 8))

static LOOP_INLINE py_val_t binary(py_vm_t *vm, uint32_t op, py_val_t a, py_val_t b) {
    if (py_is_small(a) && py_is_small(b)) {
        py_int_t x = py_small_val(a), y = py_small_val(b), z;
        switch (op & ~(uint32_t)PY_OP_INPLACE) {
        case PY_OP_ADD: z = x + y; break;   // cannot overflow: small ints have a spare bit
        case PY_OP_SUB: z = x - y; break;
        case PY_OP_MUL:
            if (__builtin_mul_overflow(x, y, &z)) return py_binary(vm, (py_binary_op_t)op, a, b);
            break;
        case PY_OP_FLOORDIV:   // Python's division floors; -MIN / -1 cannot overflow here
            if (y == 0) return py_binary(vm, (py_binary_op_t)op, a, b);
            z = x / y - ((x % y != 0) && ((x < 0) != (y < 0)));
            break;
        case PY_OP_MOD:        // the remainder takes the divisor's sign
            if (y == 0) return py_binary(vm, (py_binary_op_t)op, a, b);
            z = x % y;
            if (z != 0 && ((z < 0) != (y < 0))) z += y;
            break;
        case PY_OP_RSHIFT:     // a negative count is py_binary's ValueError
            if (y < 0) return py_binary(vm, (py_binary_op_t)op, a, b);
            return py_small(x >> (y < INT_BITS - 1 ? y : INT_BITS - 1));
        case PY_OP_LSHIFT:     // only while no bit leaves the word: else a bigint
            if (y < 0 || y >= INT_BITS - 1) return py_binary(vm, (py_binary_op_t)op, a, b);
            z = (py_int_t)((uintptr_t)x << y);   // unsigned: no overflow in C
            if ((z >> y) != x) return py_binary(vm, (py_binary_op_t)op, a, b);
            break;
        case PY_OP_AND: return py_small(x & y);
        case PY_OP_OR: return py_small(x | y);
        case PY_OP_XOR: return py_small(x ^ y);
        default: return py_binary(vm, (py_binary_op_t)op, a, b);
        }
        if (py_int_fits_small(z)) return py_small(z);
    }
    py_val_t r = py_float_binary_quick(vm, op, a, b);   // floats in the word: no call
    if (r == PY_NULL) r = py_complex_binary_quick(vm, op, a, b);
    return r != PY_NULL ? r : py_binary(vm, (py_binary_op_t)op, a, b);
}

static LOOP_INLINE py_val_t compare(py_vm_t *vm, uint32_t op, py_val_t a, py_val_t b) {
    if (py_is_small(a) && py_is_small(b)) {
        py_int_t x = py_small_val(a), y = py_small_val(b);
        switch (op) {
        case PY_CMP_OP_EQ: return py_bool(x == y);
        case PY_CMP_OP_NE: return py_bool(x != y);
        case PY_CMP_OP_LT: return py_bool(x < y);
        case PY_CMP_OP_LE: return py_bool(x <= y);
        case PY_CMP_OP_GT: return py_bool(x > y);
        default: return py_bool(x >= y);
        }
    }
    // Interned strs are equal only when they are the same object.
    if (op <= PY_CMP_OP_NE && py_is_istr(a) && py_is_istr(b)) return py_bool((a == b) == (op == PY_CMP_OP_EQ));
    py_val_t r = py_float_compare_quick(op, a, b);
    return r != PY_NULL ? r : py_compare(vm, (py_compare_op_t)op, a, b);
}

// obj[key], with list and tuple indexed by a small int in range read here.
static py_val_t subscr(py_vm_t *vm, py_val_t obj, py_val_t key) {
    if (py_is_small(key) && py_is_obj(obj)) {
        py_type_t *t = py_obj(obj)->type;
        py_int_t i = py_small_val(key);
        if (t == vm->types[PY_T_list]) {
            py_list_t *l = py_list_ptr(obj);
            if (i < 0) i += (py_int_t)l->len;
            if (i >= 0 && (size_t)i < l->len) return l->items[i];
        } else if (t == vm->types[PY_T_tuple]) {
            py_tuple_t *tu = py_tuple_ptr(obj);
            if (i < 0) i += (py_int_t)tu->len;
            if (i >= 0 && (size_t)i < tu->len) return tu->items[i];
        }
    }
    return py_getitem(vm, obj, key);
}

// obj[key] = value, with a list indexed by a small int in range stored here.
static void store_subscr(py_vm_t *vm, py_val_t obj, py_val_t key, py_val_t value) {
    if (py_is_small(key) && py_is_obj(obj) && py_obj(obj)->type == vm->types[PY_T_list]) {
        py_list_t *l = py_list_ptr(obj);
        py_int_t i = py_small_val(key);
        if (i < 0) i += (py_int_t)l->len;
        if (i >= 0 && (size_t)i < l->len) {
            l->items[i] = value;
            return;
        }
    }
    py_setitem(vm, obj, key, value);
}

// True when BUILD_SLICE (of [n] bounds, on top of [sp]) is followed by
// [next], a subscript of an exact list, and the bounds are ones that
// py_list_get_range and py_list_set_range take.
static bool slice_subscript(py_vm_t *vm, uint32_t next, const py_val_t *sp, uint32_t n) {
    py_opcode_t op = py_instr_op(next);
    if (op != PY_OPC_BINARY_SUBSCR && op != PY_OPC_STORE_SUBSCR && op != PY_OPC_DELETE_SUBSCR)
        return false;
    py_val_t obj = sp[-(ptrdiff_t)n - 1];
    return py_is_obj(obj) && py_obj(obj)->type == vm->types[PY_T_list] &&
           py_list_quick_bounds(sp[-(ptrdiff_t)n], sp[1 - (ptrdiff_t)n], n == 3 ? sp[-1] : PY_NONE);
}

// The opcode a BINARY_OP of operator [op] becomes for operands [a] and [b]
// (vm/opcodes.h, PY_OPCODES_ARITH): the form for two small ints or two
// floats in the word, if the operator has one, else BINARY_OP_GENERIC. Only
// the opcode changes: the argument, the operator, stays for the form's
// fallback and for its way back to BINARY_OP.
static const uint8_t int_form[16] = {
    [PY_OP_ADD] = PY_OPC_BINARY_OP_ADD_INT, [PY_OP_SUB] = PY_OPC_BINARY_OP_SUB_INT};
static const uint8_t float_form[16] = {
    [PY_OP_ADD] = PY_OPC_BINARY_OP_ADD_FLOAT, [PY_OP_SUB] = PY_OPC_BINARY_OP_SUB_FLOAT,
    [PY_OP_MUL] = PY_OPC_BINARY_OP_MUL_FLOAT};
_Static_assert(PY_OP__BINARY_COUNT <= 16 && PY_OPC__COUNT <= 256, "form tables");
static py_opcode_t binary_form(uint32_t op, py_val_t a, py_val_t b) {
    uint8_t q = 0;
    if (py_is_small(a) && py_is_small(b)) q = int_form[op & 15];
    else if (py_is_tagged_float(a) && py_is_tagged_float(b)) q = float_form[op & 15];
    return q ? (py_opcode_t)q : PY_OPC_BINARY_OP_GENERIC;
}

static py_val_t load_global(py_vm_t *vm, py_frame_t *f, py_val_t name) {
    py_val_t v = py_dict_get_name(vm, f->globals, name);
    if (v == PY_NULL) v = py_dict_get_name(vm, vm->builtins_dict, name);
    if (v == PY_NULL) py_vm_ops_name_error(vm, name);
    return v;
}

static py_val_t load_name(py_vm_t *vm, py_frame_t *f, py_val_t name) {
    if (f->locals != PY_NULL && f->locals != f->globals) {
        py_val_t v = py_namespace_get(vm, f->locals, name);
        if (v != PY_NULL) return v;
    }
    return load_global(vm, f, name);
}

static void delete_from(py_vm_t *vm, py_val_t dict, py_val_t name) {
    if (py_dict_remove(vm, dict, name) == PY_NULL) py_vm_ops_name_error(vm, name);
}

// The code has run PY_CACHE_WARMUP cacheable instructions: give it caches.
// Short of memory, it tries again much later.
static void warm_up(py_vm_t *vm, py_code_t *co) {
    co->warmth = py_vm_cache_quicken(vm, co) ? UINT16_MAX : PY_CACHE_RETRY;
}

static void raise_varargs(py_vm_t *vm, run_t *r, uint32_t n, py_val_t *sp) {
    if (n == 2) py_vm_ops_raise_from(vm, sp[-2], sp[-1]);
    if (n == 1) py_raise_stmt(vm, sp[-1]);
    if (vm->handled_exc == PY_NULL || vm->handled_exc == PY_NONE)
        py_raise_fmt(vm, PY_EXC_RuntimeError, "No active exception to reraise");
    r->reraise = true;
    py_raise(vm, vm->handled_exc);
}

static py_val_t build_map(py_vm_t *vm, const py_val_t *items, size_t n) {
    py_val_t d = py_dict_new(vm);
    for (size_t i = 0; i < n; i++) py_dict_set(vm, d, items[2 * i], items[2 * i + 1]);
    return d;
}

static py_val_t build_set(py_vm_t *vm, const py_val_t *items, size_t n) {
    py_val_t s = py_set_new(vm, false);
    for (size_t i = 0; i < n; i++) py_set_add(vm, s, items[i]);
    return s;
}

static py_val_t list_to_tuple(py_vm_t *vm, py_val_t list) {
    return py_tuple_new(vm, py_list_ptr(list)->len, py_list_ptr(list)->items);
}

// ---- the loop ------------------------------------------------------------------------------

static void loop(py_vm_t *vm, void *ud) {
    DISPATCH_TABLE
    run_t *r = ud;
    r->c_frame_top = C_FRAME_TOP();
    const bool stack_room = c_stack_room(vm);
    py_frame_t *f;
    const uint32_t *ip;
    py_val_t *sp, *locals, *consts;
    uint32_t instr, arg;
    py_val_t retval;   // what RETURN_VALUE, RETURN_GENERATOR and YIELD_VALUE hand back
    LOAD_FRAME();
    sp = f->sp;
    vm->stack_top = f->base + capacity_top_offset(f);
    LOOP_BEGIN
    TARGET(NOP) DISPATCH();
    TARGET(POP_TOP) sp--; DISPATCH();
    TARGET(COPY) { py_val_t v = PEEK(arg); PUSH(v); DISPATCH(); }
    TARGET(SWAP) { py_val_t v = TOP(); TOP() = PEEK(arg); PEEK(arg) = v; DISPATCH(); }
    TARGET(PUSH_NULL) PUSH(PY_NULL); DISPATCH();
    TARGET(LOAD_CONST) PUSH(consts[arg]); DISPATCH();
    TARGET(LOAD_INT) PUSH(py_small((py_int_t)arg - PY_LOAD_INT_BIAS)); DISPATCH();
    TARGET(LOAD_FAST) {
        py_val_t v = locals[arg];
        if (v == PY_NULL) py_vm_ops_unbound_local(vm, py_tuple_ptr(f->code->varnames)->items[arg]);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) locals[arg] = POP(); DISPATCH();
    // The fused pairs (vm/opcodes.h): the second half's local is the
    // argument of the next word, which is stepped over. An unbound second
    // local is that word's error, so f->ip points past it first.
    TARGET(LOAD_FAST_LOAD_FAST) {
        py_val_t v = locals[arg];
        if (v == PY_NULL) py_vm_ops_unbound_local(vm, py_tuple_ptr(f->code->varnames)->items[arg]);
        PUSH(v);
        arg = py_instr_arg(*ip++);
        goto load_fast_second;
    }
    TARGET(LOAD_FAST_LOAD_INT) {
        py_val_t v = locals[arg];
        if (v == PY_NULL) py_vm_ops_unbound_local(vm, py_tuple_ptr(f->code->varnames)->items[arg]);
        PUSH(v);
        PUSH(py_small((py_int_t)py_instr_arg(*ip++) - PY_LOAD_INT_BIAS));
        DISPATCH();
    }
    TARGET(STORE_FAST_LOAD_FAST) {
        locals[arg] = POP();
        arg = py_instr_arg(*ip++);
    load_fast_second: {
            py_val_t v = locals[arg];
            if (v == PY_NULL) {
                f->ip = ip;
                py_vm_ops_unbound_local(vm, py_tuple_ptr(f->code->varnames)->items[arg]);
            }
            PUSH(v);
            DISPATCH();
        }
    }
    TARGET(DELETE_FAST) {
        if (locals[arg] == PY_NULL) py_vm_ops_unbound_local(vm, py_tuple_ptr(f->code->varnames)->items[arg]);
        locals[arg] = PY_NULL;
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        py_val_t v = py_cell_ptr(CELLS()[arg])->value;
        if (v == PY_NULL) goto unbound_cell;
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        py_val_t name = py_tuple_ptr(f->code->freevars)->items[arg - f->code->ncells];
        py_val_t v = py_namespace_get(vm, f->locals, name);
        if (v == PY_NULL) v = py_cell_ptr(CELLS()[arg])->value;
        if (v == PY_NULL) goto unbound_cell;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) py_cell_ptr(CELLS()[arg])->value = POP(); DISPATCH();
    TARGET(DELETE_DEREF) {
        if (py_cell_ptr(CELLS()[arg])->value == PY_NULL) goto unbound_cell;
        py_cell_ptr(CELLS()[arg])->value = PY_NULL;
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) PUSH(CELLS()[arg]); DISPATCH();
    TARGET(LOAD_GLOBAL) WARM(); PUSH(load_global(vm, f, NAME(arg))); DISPATCH();
    TARGET(STORE_GLOBAL) py_dict_set_name(vm, f->globals, NAME(arg), TOP()); sp--; DISPATCH();
    TARGET(DELETE_GLOBAL) delete_from(vm, f->globals, NAME(arg)); DISPATCH();
    TARGET(LOAD_NAME) PUSH(load_name(vm, f, NAME(arg))); DISPATCH();
    TARGET(STORE_NAME) py_namespace_set(vm, f->locals, NAME(arg), TOP()); sp--; DISPATCH();
    TARGET(DELETE_NAME) py_namespace_delete(vm, f->locals, NAME(arg)); DISPATCH();
    TARGET(LOAD_ATTR) WARM(); TOP() = py_vm_cache_getattr(vm, TOP(), NAME(arg)); DISPATCH();
    TARGET(STORE_ATTR) WARM(); py_setattr(vm, TOP(), NAME(arg), PEEK(2)); sp -= 2; DISPATCH();
    TARGET(DELETE_ATTR) py_setattr(vm, TOP(), NAME(arg), PY_NULL); sp--; DISPATCH();
    // Out-parameters (self, __exit__, a sent value) go straight to their
    // VM-stack slot at sp: a local whose address is taken lives in this C
    // frame, where it would outlast the instruction as a stale word that keeps
    // its object alive through every later collection.
    TARGET(LOAD_METHOD) {
        WARM();
        py_val_t m = py_vm_cache_getmethod(vm, TOP(), NAME(arg), sp);
        TOP() = m;
        sp++;
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) { py_val_t v = subscr(vm, PEEK(2), TOP()); sp--; TOP() = v; DISPATCH(); }
    TARGET(STORE_SUBSCR) store_subscr(vm, PEEK(2), TOP(), PEEK(3)); sp -= 3; DISPATCH();
    TARGET(DELETE_SUBSCR) py_delitem(vm, PEEK(2), TOP()); sp -= 2; DISPATCH();
    // BINARY_OP runs once at a site (again after a form's guard miss): it
    // rewrites itself into the form for its operands, else into
    // BINARY_OP_GENERIC, which never looks at them again.
    TARGET(BINARY_OP) {
        *AT() = py_instr(binary_form(arg, PEEK(2), TOP()), arg);
        goto binary_generic;
    }
    // BINARY_OP's specialised forms (vm/opcodes.h, PY_OPCODES_ARITH). A
    // result too big for a small int, or a float the word cannot hold, is
    // still made here (py_float_new boxes it); other operands go back to
    // BINARY_OP for good until it sees a pair of the kind again.
    TARGET(BINARY_OP_ADD_INT) {
        py_val_t a = PEEK(2), b = TOP();
        if (!((a & b) & 1)) goto binary_miss;
        py_int_t z = py_small_val(a) + py_small_val(b);
        if (!py_int_fits_small(z)) goto binary_generic;
        sp--;
        TOP() = py_small(z);
        DISPATCH();
    }
    TARGET(BINARY_OP_SUB_INT) {
        py_val_t a = PEEK(2), b = TOP();
        if (!((a & b) & 1)) goto binary_miss;
        py_int_t z = py_small_val(a) - py_small_val(b);
        if (!py_int_fits_small(z)) goto binary_generic;
        sp--;
        TOP() = py_small(z);
        DISPATCH();
    }
    TARGET(BINARY_OP_ADD_FLOAT) {
        py_val_t a = PEEK(2), b = TOP();
        if (!(py_is_tagged_float(a) && py_is_tagged_float(b))) goto binary_miss;
        py_val_t v = py_float_new(vm, py_tagged_float_val(a) + py_tagged_float_val(b));
        sp--;
        TOP() = v;
        DISPATCH();
    }
    TARGET(BINARY_OP_SUB_FLOAT) {
        py_val_t a = PEEK(2), b = TOP();
        if (!(py_is_tagged_float(a) && py_is_tagged_float(b))) goto binary_miss;
        py_val_t v = py_float_new(vm, py_tagged_float_val(a) - py_tagged_float_val(b));
        sp--;
        TOP() = v;
        DISPATCH();
    }
    TARGET(BINARY_OP_MUL_FLOAT) {
        py_val_t a = PEEK(2), b = TOP();
        if (!(py_is_tagged_float(a) && py_is_tagged_float(b))) goto binary_miss;
        py_val_t v = py_float_new(vm, py_tagged_float_val(a) * py_tagged_float_val(b));
        sp--;
        TOP() = v;
        DISPATCH();
    }
    binary_miss:
        *AT() = py_instr(PY_OPC_BINARY_OP, arg);
    TARGET(BINARY_OP_GENERIC)
    binary_generic: {
        py_val_t v = binary(vm, arg, PEEK(2), TOP());
        sp--;
        TOP() = v;
        DISPATCH();
    }
    TARGET(UNARY_OP) TOP() = py_unary(vm, (py_unary_op_t)arg, TOP()); DISPATCH();
    TARGET(UNARY_NOT) TOP() = py_bool(!truthy(vm, TOP())); DISPATCH();
    // COMPARE_OP runs once at a site, as BINARY_OP: two floats in the word
    // make it COMPARE_OP_FLOAT, anything else COMPARE_OP_GENERIC (whose
    // first check is for two small ints).
    TARGET(COMPARE_OP) {
        py_opcode_t form = py_is_tagged_float(PEEK(2)) && py_is_tagged_float(TOP()) && arg <= PY_CMP_OP_GE
                               ? PY_OPC_COMPARE_OP_FLOAT : PY_OPC_COMPARE_OP_GENERIC;
        *AT() = py_instr(form, arg);
        goto compare_generic;
    }
    TARGET(COMPARE_OP_FLOAT) {
        py_val_t a = PEEK(2), b = TOP();
        if (!(py_is_tagged_float(a) && py_is_tagged_float(b))) {
            *AT() = py_instr(PY_OPC_COMPARE_OP, arg);
            goto compare_generic;
        }
        // A float in the word is never a NaN: C's comparison is Python's.
        double x = py_tagged_float_val(a), y = py_tagged_float_val(b);
        bool t;
        switch (arg) {
        case PY_CMP_OP_EQ: t = x == y; break;
        case PY_CMP_OP_NE: t = x != y; break;
        case PY_CMP_OP_LT: t = x < y; break;
        case PY_CMP_OP_LE: t = x <= y; break;
        case PY_CMP_OP_GT: t = x > y; break;
        default: t = x >= y; break;
        }
        sp--;
        if (py_instr_op(*ip) == PY_OPC_POP_JUMP_IF_FALSE) {
            sp--;
            if (!t) JUMP_TO(py_instr_arg(*ip));
            else ip++;
            DISPATCH();
        }
        TOP() = py_bool(t);
        DISPATCH();
    }
    TARGET(COMPARE_OP_GENERIC)
    compare_generic: {
        py_val_t v = compare(vm, arg, PEEK(2), TOP());
        sp--;
        // Mostly a branch follows: take it here, one dispatch fewer.
        uint32_t next = *ip;
        if (py_is_bool(v) && py_instr_op(next) == PY_OPC_POP_JUMP_IF_FALSE) {
            sp--;
            ip++;
            if (v == PY_FALSE) JUMP_TO(py_instr_arg(next));
            DISPATCH();
        }
        TOP() = v;
        DISPATCH();
    }
    TARGET(IS_OP) { bool same = PEEK(2) == TOP(); sp--; TOP() = py_bool(same != (arg != 0)); DISPATCH(); }
    TARGET(CONTAINS_OP) {
        bool in = py_contains(vm, TOP(), PEEK(2));
        sp--;
        TOP() = py_bool(in != (arg != 0));
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) { py_val_t t = py_tuple_new(vm, arg, sp - arg); sp -= arg; PUSH(t); DISPATCH(); }
    TARGET(BUILD_LIST) { py_val_t l = py_list_new(vm, arg, sp - arg); sp -= arg; PUSH(l); DISPATCH(); }
    TARGET(BUILD_SET) { py_val_t s = build_set(vm, sp - arg, arg); sp -= arg; PUSH(s); DISPATCH(); }
    TARGET(BUILD_MAP) { py_val_t d = build_map(vm, sp - 2 * arg, arg); sp -= 2 * arg; PUSH(d); DISPATCH(); }
    TARGET(BUILD_SLICE) {
        // Mostly a subscript follows: a list sliced by small bounds is served
        // here with the next instruction, without making the slice object.
        if (slice_subscript(vm, *ip, sp, arg)) {
            py_opcode_t op = py_instr_op(*ip++);
            f->ip = ip;   // an error is the subscript's
            py_val_t step = arg == 3 ? TOP() : PY_NONE, start = PEEK(arg), stop = PEEK(arg - 1);
            sp -= arg;
            if (op == PY_OPC_BINARY_SUBSCR) {
                TOP() = py_list_get_range(vm, TOP(), start, stop, step);
            } else {
                py_list_set_range(vm, TOP(), start, stop, step, op == PY_OPC_STORE_SUBSCR ? PEEK(2) : PY_NULL);
                sp -= op == PY_OPC_STORE_SUBSCR ? 2 : 1;
            }
            DISPATCH();
        }
        py_val_t step = arg == 3 ? POP() : PY_NONE;
        py_val_t s = py_slice_new(vm, PEEK(2), TOP(), step);
        sp--;
        TOP() = s;
        DISPATCH();
    }
    TARGET(BUILD_STRING) { py_val_t s = py_vm_ops_join(vm, sp - arg, arg); sp -= arg; PUSH(s); DISPATCH(); }
    TARGET(LIST_APPEND) py_list_append(vm, PEEK(arg + 1), TOP()); sp--; DISPATCH();
    TARGET(SET_ADD) py_set_add(vm, PEEK(arg + 1), TOP()); sp--; DISPATCH();
    TARGET(MAP_ADD) py_dict_set(vm, PEEK(arg + 2), PEEK(2), TOP()); sp -= 2; DISPATCH();
    TARGET(LIST_EXTEND) py_vm_ops_list_extend(vm, PEEK(arg + 1), TOP()); sp--; DISPATCH();
    TARGET(SET_UPDATE) py_vm_ops_set_update(vm, PEEK(arg + 1), TOP()); sp--; DISPATCH();
    TARGET(DICT_UPDATE) py_vm_ops_dict_merge(vm, PEEK(arg + 1), TOP(), PY_NULL); sp--; DISPATCH();
    TARGET(DICT_MERGE) py_vm_ops_dict_merge(vm, PEEK(arg + 1), TOP(), PEEK(arg + 4)); sp--; DISPATCH();
    TARGET(LIST_TO_TUPLE) TOP() = list_to_tuple(vm, TOP()); DISPATCH();
    TARGET(FORMAT_VALUE) {
        py_val_t spec = (arg & 4) ? POP() : PY_NULL;
        TOP() = py_vm_ops_format(vm, TOP(), arg & 3, spec);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) { py_val_t seq = POP(); sp = py_vm_ops_unpack(vm, seq, arg, sp); DISPATCH(); }
    TARGET(UNPACK_EX) {
        py_val_t seq = POP();
        sp = py_vm_ops_unpack_ex(vm, seq, arg & 0xff, arg >> 8, sp);
        DISPATCH();
    }
    TARGET(JUMP_FORWARD) JUMP_TO(arg); DISPATCH();
    TARGET(JUMP_BACKWARD) {
        JUMP_TO(arg);
        if (vm->pending) py_vm_poll(vm);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) if (!truthy(vm, POP())) JUMP_TO(arg); DISPATCH();
    TARGET(POP_JUMP_IF_TRUE) if (truthy(vm, POP())) JUMP_TO(arg); DISPATCH();
    TARGET(JUMP_IF_FALSE_OR_POP) if (!truthy(vm, TOP())) JUMP_TO(arg); else sp--; DISPATCH();
    TARGET(JUMP_IF_TRUE_OR_POP) if (truthy(vm, TOP())) JUMP_TO(arg); else sp--; DISPATCH();
    TARGET(GET_ITER) TOP() = py_iter(vm, TOP()); DISPATCH();
    // FOR_ITER and the STORE_FAST after it, for a built-in sequence or a
    // range; any other iterator takes FOR_ITER's way, and the STORE_FAST
    // word then runs as an instruction of its own.
    TARGET(FOR_ITER_STORE_FAST) {
        py_val_t v;
        if (!plain_next(vm, TOP(), &v)) goto for_iter;
        if (v == PY_NULL) {
            sp--;
            JUMP_TO(arg);
        } else {
            locals[py_instr_arg(*ip++)] = v;
        }
        DISPATCH();
    }
    TARGET(FOR_ITER)
    for_iter: {
        py_val_t v;
        if (plain_next(vm, TOP(), &v)) {   // the common loops: no generator to enter
        } else if (py_gen_can_enter(vm, TOP(), PY_NONE)) {
            py_frame_t *g = py_gen_enter(vm, TOP(), PY_NONE);
            g->ret = sp;
            g->flags |= PY_FRAME_GEN_INLINE;
            LOAD_FRAME();
            sp = f->sp;
            DISPATCH();
        } else {
            v = py_next(vm, TOP());
        }
        if (v == PY_NULL) {
            sp--;
            JUMP_TO(arg);
        } else {
            PUSH(v);
        }
        DISPATCH();
    }
    TARGET(CALL) {
        py_val_t *slot = sp - arg - 2;
        if (vm->pending) py_vm_poll(vm);
        py_val_t callable = slot[0];
        if (py_is_obj(callable)) {
            py_type_t *ct = py_obj(callable)->type;
            size_t self = slot[1] != PY_NULL, n = arg + self;
            py_val_t *args = slot + 2 - self;
            if (ct == vm->types[PY_T_function]) {
                py_function_t *fn = py_function_ptr(callable);
                py_code_t *co = fn->code;
                // call_value's exact-arity call (PY_CODE_SIMPLE: no cells),
                // here so that it saves no registers: the arguments are the
                // first locals already.
                if (n == co->argcount && (co->flags & PY_CODE_SIMPLE) && co->nfree == 0) {
                    size_t size = py_code_frame_size(co);
                    if (!py_frame_fits(vm, args, size)) py_frame_overflow(vm);
                    for (size_t i = n; i < size; i++) args[i] = PY_NULL;
                    f = r->frame = push_frame(vm, co, callable, fn->globals, args);
                    f->ret = slot;
                    ip = co->code;
                    locals = args;
                    consts = py_tuple_ptr(co->consts)->items;
                    sp = f->sp;
                    DISPATCH();
                }
            } else if (ct == vm->types[PY_T_builtin_function] && stack_room) {
                const py_method_def_t *def = quick_builtin(vm, callable, args, n);
                if (def) {
                    // As call_native does, minus the dispatch through py_call.
                    py_val_t *saved = vm->stack_top;
                    r->native_call = slot;   // for py_vm_loop_caller_frame
                    vm->stack_top = args + n;
                    py_val_t v = def->fn(vm, n, args, PY_NULL);
                    vm->stack_top = saved;
                    slot[0] = v;
                    sp = slot + 1;
                    DISPATCH();
                }
            } else if (ct == vm->types[PY_T_type] && stack_room && !self &&
                       !(((py_type_t *)py_obj(callable))->flags & PY_TF_HEAPTYPE) &&
                       ((py_type_t *)py_obj(callable))->slots.make_new) {
                // A built-in type (str(x), list(it)): what type_call does for it.
                py_type_t *t = (py_type_t *)py_obj(callable);
                py_val_t *saved = vm->stack_top;
                r->native_call = slot;
                vm->stack_top = args + n;
                py_val_t v = t->slots.make_new(vm, t, n, args, PY_NULL);
                vm->stack_top = saved;
                slot[0] = v;
                sp = slot + 1;
                DISPATCH();
            }
        }
        if (call_value(vm, slot, arg, PY_NULL)) { LOAD_FRAME(); sp = f->sp; DISPATCH(); }
        sp = slot + 1;
        DISPATCH();
    }
    TARGET(CALL_KW) {
        py_val_t kwnames = POP();
        py_val_t *slot = sp - arg - 2;
        size_t nargs = arg - py_tuple_ptr(kwnames)->len;
        if (vm->pending) py_vm_poll(vm);
        if (call_value(vm, slot, nargs, kwnames)) { LOAD_FRAME(); sp = f->sp; DISPATCH(); }
        sp = slot + 1;
        DISPATCH();
    }
    TARGET(CALL_EX) {
        py_val_t kwargs = POP(), args = POP();
        py_val_t *slot = sp - 2;
        size_t nargs;
        py_val_t kwnames = py_vm_ops_spread(vm, slot + 2, args, kwargs, &nargs);
        if (call_value(vm, slot, nargs, kwnames)) { LOAD_FRAME(); sp = f->sp; DISPATCH(); }
        sp = slot + 1;
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        py_val_t code = POP();
        py_val_t closure = (arg & 4) ? POP() : PY_NULL, kwdefaults = (arg & 2) ? POP() : PY_NULL;
        py_val_t defaults = (arg & 1) ? POP() : PY_NULL;
        PUSH(py_vm_ops_make_function(vm, code, f->globals, defaults, kwdefaults, closure));
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        if (f->gen != PY_NULL) {
            py_gen_finish(vm, f);
            if (f->flags & PY_FRAME_GEN_INLINE) goto gen_returned;
        }
    return_v:
        if (f->flags & PY_FRAME_C_ENTRY) {
            r->result = retval;
            pop_frame(vm);
            return;
        }
        py_val_t *ret = f->ret;
        uint32_t flags = f->flags;
        f = r->frame = pop_to_caller(vm, f);
        ip = f->ip;
        locals = f->base;
        consts = py_tuple_ptr(f->code->consts)->items;
        if (flags & PY_FRAME_INIT) retval = init_result(vm, retval, *ret);   // raises in the caller
        sp = ret;
        PUSH(retval);
        DISPATCH();
    }
    // A generator the loop resumed has finished: its FOR_ITER drops the
    // iterator, its SEND replaces the receiver with the value; both jump on.
    gen_returned: {
        py_val_t *ret = f->ret;
        pop_frame(vm);
        LOAD_FRAME();
        sp = ret - 1;
        uint32_t resumer = ip[-1];
        if (py_instr_op(resumer) == PY_OPC_SEND) PUSH(retval);
        JUMP_TO(py_instr_arg(resumer));
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) raise_varargs(vm, r, arg, sp);
    TARGET(RERAISE) r->reraise = true; py_raise(vm, TOP());
    TARGET(PUSH_EXC_INFO) {
        py_val_t exc = TOP();
        TOP() = vm->handled_exc;
        PUSH(exc);
        vm->handled_exc = exc;
        if (f->gen != PY_NULL) py_gen_ptr(f->gen)->handlers++;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        vm->handled_exc = POP();
        leave_handler(f);
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) TOP() = py_bool(py_exc_matches(vm, PEEK(2), TOP())); DISPATCH();
    TARGET(CLEANUP_RERAISE) {
        vm->handled_exc = PEEK(2);
        leave_handler(f);
        r->reraise = true;
        py_raise(vm, TOP());
    }
    TARGET(BEFORE_WITH) {
        py_val_t v = py_vm_ops_enter(vm, TOP(), sp);   // __exit__ at sp[0]
        TOP() = sp[0];
        PUSH(v);
        DISPATCH();
    }
    TARGET(WITH_EXIT) {
        py_val_t nones[3] = {PY_NONE, PY_NONE, PY_NONE};
        py_call(vm, TOP(), 3, nones, PY_NULL);
        sp--;
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) { py_val_t v = py_vm_ops_exit_exc(vm, PEEK(3), TOP()); PUSH(v); DISPATCH(); }
    TARGET(LOAD_ASSERTION_ERROR) PUSH(py_from_obj(vm->exc_types[PY_EXC_AssertionError])); DISPATCH();
    TARGET(BUILD_CLASS) {
        py_val_t kwargs = (arg & 1) ? POP() : PY_NULL;
        py_val_t cls = py_vm_ops_build_class(vm, PEEK(3), PEEK(2), TOP(), kwargs);
        sp -= 2;
        TOP() = cls;
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        py_val_t level = PEEK(2);
        py_val_t m = py_import(vm, NAME(arg), TOP(), (int)py_small_val(level), f->globals);
        sp--;
        TOP() = m;
        DISPATCH();
    }
    TARGET(IMPORT_FROM) { py_val_t v = py_import_from(vm, TOP(), NAME(arg)); PUSH(v); DISPATCH(); }
    TARGET(IMPORT_STAR) {
        py_import_star(vm, TOP(), f->locals != PY_NULL ? f->locals : f->globals);
        sp--;
        DISPATCH();
    }
    TARGET(PRINT_EXPR) py_display_value(vm, TOP()); sp--; DISPATCH();
    TARGET(RETURN_GENERATOR) {
        f->sp = sp;
        retval = py_gen_new(vm, f, ip);
        goto return_v;
    }
    TARGET(YIELD_VALUE) {
        // The value goes where a return value would: to the C caller that
        // resumed the generator, or to the FOR_ITER or SEND that did.
        retval = POP();
        f->sp = sp;
        py_gen_suspend(vm, f, arg);
        goto return_v;
    }
    TARGET(SEND) {
        if (py_gen_can_enter(vm, PEEK(2), TOP())) {
            py_frame_t *g = py_gen_enter(vm, PEEK(2), TOP());
            g->ret = sp - 1;
            g->flags |= PY_FRAME_GEN_INLINE;
            LOAD_FRAME();
            sp = f->sp;
            DISPATCH();
        }
        // The result replaces the value sent (the callee holds that already).
        if (py_gen_ops_send(vm, PEEK(2), TOP(), &TOP())) {
            sp--;
            TOP() = sp[0];
            JUMP_TO(arg);
        }
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) TOP() = py_gen_ops_yield_from_iter(vm, TOP(), arg != 0); DISPATCH();
    TARGET(GET_AWAITABLE) TOP() = py_gen_ops_awaitable(vm, TOP(), arg); DISPATCH();
    TARGET(GET_AITER) TOP() = py_gen_ops_aiter(vm, TOP()); DISPATCH();
    TARGET(GET_ANEXT) { py_val_t aw = py_gen_ops_anext(vm, TOP()); PUSH(aw); DISPATCH(); }
    TARGET(END_ASYNC_FOR) {
        if (!py_exc_is(vm, TOP(), PY_EXC_StopAsyncIteration)) {
            r->reraise = true;
            py_raise(vm, TOP());
        }
        sp -= 2;
        DISPATCH();
    }
    TARGET(BEFORE_ASYNC_WITH) {
        py_val_t aw = py_gen_ops_async_enter(vm, TOP(), sp);   // __aexit__ at sp[0]
        TOP() = sp[0];
        PUSH(aw);
        DISPATCH();
    }
    TARGET(ASYNC_WITH_EXIT) {
        py_val_t nones[3] = {PY_NONE, PY_NONE, PY_NONE};
        TOP() = py_call(vm, TOP(), 3, nones, PY_NULL);
        DISPATCH();
    }
    TARGET(ROT_DOWN) py_vm_match_rotate(sp, arg); DISPATCH();
    TARGET(GET_LEN) { py_val_t n = py_vm_match_len(vm, TOP()); PUSH(n); DISPATCH(); }
    TARGET(MATCH_SEQUENCE) { py_val_t ok = py_vm_match_sequence(vm, TOP(), arg); PUSH(ok); DISPATCH(); }
    TARGET(MATCH_MAPPING) { py_val_t ok = py_vm_match_mapping(vm, TOP(), arg); PUSH(ok); DISPATCH(); }
    TARGET(MATCH_KEYS) sp = py_vm_match_keys(vm, sp); DISPATCH();
    TARGET(MATCH_CLASS) sp = py_vm_match_class(vm, sp, arg); DISPATCH();
    TARGET(COPY_DICT_WITHOUT_KEYS) { py_val_t d = py_vm_match_dict_rest(vm, PEEK(2), TOP()); sp--; TOP() = d; DISPATCH(); }
    // ---- quickened instructions (vm/vm_cache.h): guard, else the adaptive path
    TARGET(LOAD_GLOBAL_ADAPTIVE) {
        py_cache_entry_t *c = CACHE();
        PUSH(py_vm_cache_load_global(vm, f, c, AT(), NAME(c->oparg)));
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL_MODULE) {
        py_cache_entry_t *c = CACHE();
        py_val_t v = c->key == f->globals ? py_vm_cache_dict_at(f->globals, c->aux, c->value) : PY_NULL;
        if (v == PY_NULL) v = py_vm_cache_load_global(vm, f, c, AT(), NAME(c->oparg));
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL_BUILTIN) {
        py_cache_entry_t *c = CACHE();
        py_val_t v = PY_NULL;
        if (c->key == f->globals && py_dict_ptr(f->globals)->version == c->version)
            v = py_vm_cache_dict_at(vm->builtins_dict, c->aux, c->value);
        if (v == PY_NULL) v = py_vm_cache_load_global(vm, f, c, AT(), NAME(c->oparg));
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_ATTR_ADAPTIVE) {
        py_cache_entry_t *c = CACHE();
        TOP() = py_vm_cache_load_attr(vm, c, AT(), TOP(), NAME(c->oparg));
        DISPATCH();
    }
    TARGET(LOAD_ATTR_INSTANCE) {
        py_cache_entry_t *c = CACHE();
        py_val_t o = TOP(), v = PY_NULL;
        if (py_vm_cache_type_hit(vm, c, o)) {
            py_val_t d = *py_vm_cache_field(o, py_obj(o)->type->dictoffset);
            if (d != PY_NULL) v = py_vm_cache_dict_at(d, c->aux, c->value);
        } else {
            v = py_vm_cache_way_load_attr(vm, c, AT(), o);
        }
        TOP() = v != PY_NULL ? v : py_vm_cache_load_attr(vm, c, AT(), o, NAME(c->oparg));
        DISPATCH();
    }
    TARGET(LOAD_ATTR_SLOT) {
        py_cache_entry_t *c = CACHE();
        py_val_t o = TOP(), v = PY_NULL;
        if (py_vm_cache_type_hit(vm, c, o)) v = *py_vm_cache_field(o, c->aux);
        else v = py_vm_cache_way_load_attr(vm, c, AT(), o);
        TOP() = v != PY_NULL ? v : py_vm_cache_load_attr(vm, c, AT(), o, NAME(c->oparg));
        DISPATCH();
    }
    TARGET(LOAD_ATTR_CLASS) {
        py_cache_entry_t *c = CACHE();
        py_val_t o = TOP();
        py_val_t v = PY_NULL;
        if (py_vm_cache_type_hit(vm, c, o)) {
            if (!py_vm_cache_shadowed(vm, c->aux, o, NAME(c->oparg))) v = c->value;
        } else {
            v = py_vm_cache_way_load_attr(vm, c, AT(), o);
        }
        TOP() = v != PY_NULL ? v : py_vm_cache_load_attr(vm, c, AT(), o, NAME(c->oparg));
        DISPATCH();
    }
    TARGET(LOAD_ATTR_MODULE) {
        py_cache_entry_t *c = CACHE();
        py_val_t o = TOP(), v = PY_NULL;
        if (o == c->key) v = py_vm_cache_dict_at(((py_module_t *)py_obj(o))->dict, c->aux, c->value);
        TOP() = v != PY_NULL ? v : py_vm_cache_load_attr(vm, c, AT(), o, NAME(c->oparg));
        DISPATCH();
    }
    TARGET(LOAD_ATTR_TYPE) {
        py_cache_entry_t *c = CACHE();
        py_val_t o = TOP();
        if (o == c->key && c->version == py_vm_cache_type_version(vm, (py_type_t *)py_obj(o))) TOP() = c->value;
        else TOP() = py_vm_cache_load_attr(vm, c, AT(), o, NAME(c->oparg));
        DISPATCH();
    }
    TARGET(LOAD_METHOD_ADAPTIVE) {
        py_cache_entry_t *c = CACHE();
        TOP() = py_vm_cache_load_method(vm, c, AT(), TOP(), NAME(c->oparg), sp);
        sp++;
        DISPATCH();
    }
    TARGET(LOAD_METHOD_CACHED) {
        py_cache_entry_t *c = CACHE();
        py_val_t o = TOP();
        sp[0] = o;
        py_val_t m = PY_NULL;
        if (py_vm_cache_type_hit(vm, c, o)) {
            if (!py_vm_cache_shadowed(vm, c->aux, o, NAME(c->oparg))) m = c->value;
        } else {
            m = py_vm_cache_way_method(vm, c, AT(), o);
        }
        TOP() = m != PY_NULL ? m : py_vm_cache_load_method(vm, c, AT(), o, NAME(c->oparg), sp);
        sp++;
        DISPATCH();
    }
    TARGET(LOAD_METHOD_MODULE) {
        py_cache_entry_t *c = CACHE();
        py_val_t o = TOP(), v = PY_NULL;
        sp[0] = PY_NULL;
        if (o == c->key) v = py_vm_cache_dict_at(((py_module_t *)py_obj(o))->dict, c->aux, c->value);
        TOP() = v != PY_NULL ? v : py_vm_cache_load_method(vm, c, AT(), o, NAME(c->oparg), sp);
        sp++;
        DISPATCH();
    }
    TARGET(STORE_ATTR_ADAPTIVE) {
        py_cache_entry_t *c = CACHE();
        py_vm_cache_store_attr(vm, c, AT(), TOP(), NAME(c->oparg), PEEK(2));
        sp -= 2;
        DISPATCH();
    }
    TARGET(STORE_ATTR_INSTANCE) {
        py_cache_entry_t *c = CACHE();
        py_val_t o = TOP();
        py_dict_t *d = NULL;
        if (py_vm_cache_type_hit(vm, c, o)) {
            py_val_t dv = *py_vm_cache_field(o, py_obj(o)->type->dictoffset);
            d = dv != PY_NULL ? py_dict_ptr(dv) : NULL;
        }
        if (d && c->aux < d->used && d->entries[c->aux].key == c->value) {
            d->entries[c->aux].value = PEEK(2);
            d->version++;
        } else if (d || !py_vm_cache_way_store_attr(vm, c, AT(), o, PEEK(2))) {
            py_vm_cache_store_attr(vm, c, AT(), o, NAME(c->oparg), PEEK(2));
        }
        sp -= 2;
        DISPATCH();
    }
    TARGET(STORE_ATTR_SLOT) {
        py_cache_entry_t *c = CACHE();
        py_val_t o = TOP();
        if (py_vm_cache_type_hit(vm, c, o)) *py_vm_cache_field(o, c->aux) = PEEK(2);
        else if (!py_vm_cache_way_store_attr(vm, c, AT(), o, PEEK(2))) py_vm_cache_store_attr(vm, c, AT(), o, NAME(c->oparg), PEEK(2));
        sp -= 2;
        DISPATCH();
    }
    LOOP_END
unbound_cell:
    {
        py_code_t *co = f->code;
        if (arg < co->ncells) py_vm_ops_unbound_local(vm, py_tuple_ptr(co->cellvars)->items[arg]);
        py_vm_ops_unbound_free(vm, py_tuple_ptr(co->freevars)->items[arg - co->ncells]);
    }
}

// ---- unwinding --------------------------------------------------------------------------------

static uint32_t failing_index(const py_frame_t *f) {
    uint32_t i = (uint32_t)(f->ip - f->code->code);
    return i ? i - 1 : 0;
}

// Finds a handler for vm->exc from r->frame outwards. True when one was
// found (the frame is set up to continue there); false when the exception
// left the entry frame, which is then popped.
static bool unwind(py_vm_t *vm, run_t *r) {
    py_val_t exc = vm->exc;
    py_frame_t *f = r->frame;
    bool add_line = !r->reraise;
    r->reraise = false;
    vm->frame = f;
    vm->depth = (int)(f - vm->frames) + 1;
    // py_pcall put stack_top back where the entry frame had it; the frames
    // above still hold live values until they are popped.
    vm->stack_top = f->base + capacity_top_offset(f);
    for (;;) {
        py_code_t *co = f->code;
        uint32_t at = failing_index(f);
        if (add_line) py_exc_add_traceback(vm, exc, co, at);
        add_line = true;
        const py_exc_entry_t *h = py_code_find_handler(co, at);
        if (h) {
            py_val_t *stack = f->base + co->nlocals + co->ncells + co->nfree;
            stack[h->depth] = exc;
            f->sp = stack + h->depth + 1;
            f->ip = co->code + h->handler;
            vm->exc = PY_NULL;
            return true;
        }
        bool entry = f == r->entry;
        if (f->gen != PY_NULL) exc = vm->exc = py_gen_unwound(vm, f, exc);
        pop_frame(vm);
        if (entry) return false;
        f = r->frame = vm->frame;
    }
}

// Runs [r]'s frames; [exc]: an exception to raise at the entry frame first.
// It restores vm->run when it returns; when it raises, the py_pcall that
// catches does.
static py_val_t run(py_vm_t *vm, run_t *r, py_val_t exc) {
    r->entry->flags |= PY_FRAME_C_ENTRY;
    run_t *outer = vm->run;
    vm->run = r;
    vm->c_depth++;
    if (exc != PY_NULL) {
        vm->exc = exc;
        if (!unwind(vm, r)) {
            vm->c_depth--;
            py_raise(vm, vm->exc);
        }
    }
    while (py_pcall(vm, loop, r)) {
        if (!unwind(vm, r)) {
            vm->c_depth--;
            py_raise(vm, vm->exc);
        }
        // The loop starts again where the raise left its frames, those of the
        // calls that raised and the unwinder's: without this, their stale
        // words (the list being built when memory ran out) would stay in the
        // new loop's frame.
        py_gc_clear_stack_near();
    }
    vm->c_depth--;
    vm->run = outer;
    return r->result;
}

py_val_t py_vm_loop_run(py_vm_t *vm, py_frame_t *entry) {
    run_t r = {entry, entry, PY_NULL, false, NULL, NULL};
    return run(vm, &r, PY_NULL);
}

py_val_t py_vm_loop_run_throw(py_vm_t *vm, py_frame_t *entry, py_val_t exc) {
    run_t r = {entry, entry, PY_NULL, false, NULL, NULL};
    return run(vm, &r, exc);
}

// call_native notes the slot (callable, self or none, arguments) of each
// call the loop makes through C. The native now
// running is that call when the slot still holds a builtin of [fn] and
// [args] are the slot's own; the run is the innermost, so no other C code
// runs between that loop and the native.
const void *py_vm_loop_caller_frame(py_vm_t *vm, py_cfunc_t fn, const py_val_t *args) {
    run_t *r = vm->run;
    const py_val_t *slot = r ? r->native_call : NULL;
    if (!slot || args != slot + (slot[1] != PY_NULL ? 1 : 2)) return NULL;
    py_val_t callable = slot[0];
    if (!py_is_obj(callable) || py_obj(callable)->type != vm->types[PY_T_builtin_function])
        return NULL;
    const py_builtin_t *b = (const py_builtin_t *)py_obj(callable);
    return b->def->fn == fn && b->self == PY_NULL ? r->c_frame_top : NULL;
}

py_val_t py_vm_loop_call(py_vm_t *vm, py_val_t func, size_t nargs, const py_val_t *args,
                         py_val_t kwnames) {
    py_check_c_stack(vm);
    size_t n = nargs + (kwnames != PY_NULL ? py_tuple_ptr(kwnames)->len : 0);
    py_val_t *base = vm->stack_top;
    if (base + n > vm->stack_end)
        py_raise_fmt(vm, PY_EXC_RecursionError, "maximum recursion depth exceeded");
    for (size_t i = 0; i < n; i++) base[i] = args[i];
    vm->stack_top = base + n;
    py_frame_t *f = py_call_enter(vm, func, base, nargs, kwnames);
    f->ret = NULL;
    return py_vm_loop_run(vm, f);
}
