// vm/except.c: protected calls and the raise helpers; the only setjmp/longjmp in the VM.
// Layer: vm core (DESIGN §5). Python try/except is the VM loop's exception table, not this.
// SPDX-License-Identifier: MIT

#include <setjmp.h>
#include <string.h>
#include "except.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "port.h"
#include "runtime.h"
#include "vm.h"

struct py_jmp {
    jmp_buf buf;
    py_jmp_t *prev;
};

// What py_pcall restores when an exception unwinds past it. Kept in a struct
// that is written before setjmp and never after, so its values survive longjmp.
typedef struct saved_state {
    py_frame_t *frame;
    int depth, c_depth;
    py_val_t *stack_top;
    struct py_loop_run *run;
} saved_state_t;

int py_pcall(py_vm_t *vm, void (*fn)(py_vm_t *vm, void *ud), void *ud) {
    py_jmp_t jmp;
    saved_state_t saved = {vm->frame, vm->depth, vm->c_depth, vm->stack_top, vm->run};
    jmp.prev = vm->jmp;
    vm->jmp = &jmp;
    if (setjmp(jmp.buf) == 0) {
        fn(vm, ud);
        vm->jmp = jmp.prev;
        return 0;
    }
    vm->jmp = jmp.prev;
    vm->frame = saved.frame;
    vm->depth = saved.depth;
    vm->c_depth = saved.c_depth;
    vm->stack_top = saved.stack_top;
    vm->run = saved.run;
    return 1;
}

_Noreturn static void throw(py_vm_t *vm, py_val_t exc) {
    vm->exc = exc;
    if (!vm->jmp) py_port_fatal("exception raised outside any protected call");
    longjmp(vm->jmp->buf, 1);
}

// Links [exc] to the exception being handled, as CPython's _PyErr_SetObject
// does: when [exc] is already in that exception's context chain, the chain is
// cut there rather than made a cycle. [overwrite] is for a raise statement;
// C code re-raising an exception in flight keeps the context it has.
static void set_context(py_vm_t *vm, py_val_t exc, bool overwrite) {
    py_val_t h = vm->handled_exc;
    if (!py_is_obj(h) || h == exc || exc == vm->memory_error) return;
    if (!overwrite && py_exc_ptr(exc)->context != PY_NULL) return;
    for (py_val_t c = h; py_is_obj(c); c = py_exc_ptr(c)->context) {
        if (py_exc_ptr(c)->context == exc) {
            py_exc_ptr(c)->context = PY_NULL;
            break;
        }
    }
    py_exc_ptr(exc)->context = h;
}

// An exception class raised as such is instantiated with no arguments.
// A class whose constructor returns something else is CPython's TypeError too.
static py_val_t instance_of(py_vm_t *vm, py_val_t exc) {
    py_type_t *base = vm->exc_types[PY_EXC_BaseException];
    if (py_is_obj(exc) && py_is_exact(vm, exc, PY_T_type) &&
        py_is_subtype((py_type_t *)py_obj(exc), base)) {
        py_val_t made = py_call0(vm, exc);
        if (!py_isinstance(vm, made, base))
            py_raise_type_error(vm, "calling %R should have returned an instance of BaseException, not %R",
                                exc, py_from_obj(py_type_of(vm, made)));
        return made;
    }
    if (!py_isinstance(vm, exc, base))
        py_raise_type_error(vm, "exceptions must derive from BaseException");
    return exc;
}

_Noreturn void py_raise_stmt(py_vm_t *vm, py_val_t exc) {
    exc = instance_of(vm, exc);
    set_context(vm, exc, true);
    throw(vm, exc);
}

_Noreturn void py_raise(py_vm_t *vm, py_val_t exc) {
    exc = instance_of(vm, exc);
    set_context(vm, exc, false);
    throw(vm, exc);
}

// What py_raise_vfmt builds, again from the start if the emergency buffer is
// needed: each try formats from its own copy of the arguments.
typedef struct fmt_exc {
    py_exc_id_t id;
    const char *fmt;
    va_list ap;
} fmt_exc_t;

static py_val_t make_fmt_exc(py_vm_t *vm, void *ud) {
    fmt_exc_t *f = ud;
    va_list ap;
    va_copy(ap, f->ap);
    py_val_t msg = py_str_vformat_c(vm, f->fmt, ap);
    va_end(ap);
    return py_exc_new(vm, f->id, py_tuple_new(vm, 1, &msg));
}

_Noreturn void py_raise_vfmt(py_vm_t *vm, py_exc_id_t id, const char *fmt, va_list ap) {
    fmt_exc_t f = {.id = id, .fmt = fmt};
    va_copy(f.ap, ap);
    py_val_t exc = py_exc_build(vm, vm->exc_types[id], make_fmt_exc, &f);
    va_end(f.ap);
    py_raise(vm, exc);
}

_Noreturn void py_raise_fmt(py_vm_t *vm, py_exc_id_t id, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    py_raise_vfmt(vm, id, fmt, ap);
}

_Noreturn void py_raise_type_error(py_vm_t *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    py_raise_vfmt(vm, PY_EXC_TypeError, fmt, ap);
}

_Noreturn void py_raise_value_error(py_vm_t *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    py_raise_vfmt(vm, PY_EXC_ValueError, fmt, ap);
}

_Noreturn void py_raise_index_error(py_vm_t *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    py_raise_vfmt(vm, PY_EXC_IndexError, fmt, ap);
}

static py_val_t make_key_error(py_vm_t *vm, void *ud) {
    return py_exc_new(vm, PY_EXC_KeyError, py_tuple_new(vm, 1, (py_val_t *)ud));
}

_Noreturn void py_raise_key_error(py_vm_t *vm, py_val_t key) {
    py_raise(vm, py_exc_build(vm, vm->exc_types[PY_EXC_KeyError], make_key_error, &key));
}

_Noreturn void py_raise_memory_error(py_vm_t *vm) {
    py_val_t e = vm->memory_error;
    // Start-up has not made the instance yet (a fixed heap too small to start):
    // unwind to py_vm_new's protected call, which returns NULL without
    // looking at the exception. None keeps any py_exc_is on the way safe.
    if (!py_is_obj(e)) throw(vm, PY_NONE);
    py_exc_t *x = py_exc_ptr(e);
    x->traceback = PY_NULL;   // a fresh raise: drop lines and links of the last one
    x->context = PY_NULL;
    x->cause = PY_NULL;
    throw(vm, e);
}

// ---- OSError ------------------------------------------------------------------------

_Noreturn void py_raise_os_error(py_vm_t *vm, int errnum, py_val_t filename) {
    py_val_t args[3] = {py_small(errnum), py_str_from_c(vm, strerror(errnum)), filename};
    py_val_t type = py_from_obj(vm->exc_types[PY_EXC_OSError]);
    // Through the constructor, which picks the subclass for errnum (FileNotFoundError...)
    // and sets errno/strerror/filename as OSError(...) does.
    py_raise(vm, py_call(vm, type, filename ? 3 : 2, args, PY_NULL));
}

// ---- the C stack ------------------------------------------------------------------------

void py_check_c_stack(py_vm_t *vm) {
    volatile char here = 0;
    uintptr_t base = (uintptr_t)vm->c_stack_base, sp = (uintptr_t)&here;
    if (!base) return;
    size_t used = base > sp ? base - sp : sp - base;
    if (used > PY_CFG_C_STACK_LIMIT)
        py_raise_fmt(vm, PY_EXC_RecursionError, "maximum recursion depth exceeded");
}
