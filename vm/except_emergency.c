// vm/except_emergency.c: the emergency exception buffer (micropython.alloc_emergency_exception_buf).
// Layer: vm core (DESIGN §5): an exception made when the heap cannot supply it.
// SPDX-License-Identifier: MIT
//
// The buffer is a block of heap held aside and one spare exception instance,
// both GC roots (vm/gc_roots.c) so the sweep never frees them. When building
// an exception runs out of heap, or the heap is locked (heap_lock), the block
// is given back, the lock lifted, and the exception built again in the room
// so made: the program gets the exception it raised, message and all, not
// MemoryError. The block is held aside again at the next exception built, or
// at heap_unlock, once the heap has room. Until then (a full heap that still
// holds the last such exception) the spare instance stands in, retyped and
// without its message, as MicroPython's one static emergency exception does.

#include "except.h"
#include "gc.h"
#include "obj_exc.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "vm.h"

typedef struct build {
    py_val_t (*make)(py_vm_t *vm, void *ud);
    void *ud;
    py_val_t out;
} build_t;

static void run_make(py_vm_t *vm, void *ud) {
    build_t *b = ud;
    b->out = b->make(vm, b->ud);
}

static void take_reserve(py_vm_t *vm, void *ud) {
    (void)ud;
    vm->exc_reserve = py_gc_new_bytes(vm, vm->exc_reserve_size);
}

void py_exc_emergency_rearm(py_vm_t *vm) {
    if (vm->exc_reserve || !vm->exc_reserve_size || py_gc_lock_depth(vm) > 0) return;
    py_val_t raised = vm->exc;
    if (py_pcall(vm, take_reserve, NULL) != 0) vm->exc = raised;
}

void py_exc_emergency_alloc(py_vm_t *vm, size_t n) {
    if (vm->exc_reserve) py_gc_release(vm, vm->exc_reserve);
    vm->exc_reserve = NULL;
    vm->exc_reserve_size = 0;
    vm->exc_spare = PY_NULL;
    if (n == 0) return;
    // MemoryError on the way leaves the buffer unarmed. The spare's () is the shared one.
    py_tuple_new(vm, 0, NULL);
    py_val_t spare = py_from_obj(py_gc_new(vm, vm->exc_types[PY_EXC_Exception], sizeof(py_exc_t)));
    py_exc_ptr(spare)->args = vm->empty_tuple;
    vm->exc_reserve = py_gc_new_bytes(vm, n);
    vm->exc_spare = spare;
    vm->exc_reserve_size = n;
}

// The second try, in the room the block leaves, with the heap lock lifted for
// it and put back after, whatever happens. False when it ran out of heap again.
static bool build_in_reserve(py_vm_t *vm, build_t *b) {
    py_gc_release(vm, vm->exc_reserve);
    vm->exc_reserve = NULL;
    int depth = 0;
    while (py_gc_lock_depth(vm) > 0) {
        py_gc_unlock(vm);
        depth++;
    }
    int failed = py_pcall(vm, run_make, b);
    while (depth-- > 0) py_gc_lock(vm);
    if (failed && vm->exc != vm->memory_error) py_raise(vm, vm->exc);
    return !failed;
}

// The last resort: the spare instance as a bare exception of [type]. Only a
// built-in type whose instances are plain py_exc_t fits it.
static py_val_t spare_as(py_vm_t *vm, py_type_t *type) {
    if (vm->exc_spare == PY_NULL || (type->flags & PY_TF_HEAPTYPE) || type->basicsize > sizeof(py_exc_t))
        py_raise_memory_error(vm);
    py_exc_t *e = py_exc_ptr(vm->exc_spare);
    e->base.type = type;
    e->args = vm->empty_tuple;
    e->traceback = e->cause = e->context = e->dict = PY_NULL;
    e->suppress_context = false;
    return vm->exc_spare;
}

py_val_t py_exc_build(py_vm_t *vm, py_type_t *type, py_val_t (*make)(py_vm_t *vm, void *ud),
                      void *ud) {
    if (!vm->exc_reserve_size) return make(vm, ud);   // unarmed: no protected call at all
    py_exc_emergency_rearm(vm);
    build_t b = {make, ud, PY_NULL};
    if (py_pcall(vm, run_make, &b) == 0) return b.out;
    if (vm->exc != vm->memory_error) py_raise(vm, vm->exc);
    if (vm->exc_reserve && build_in_reserve(vm, &b)) return b.out;
    return spare_as(vm, type);
}
