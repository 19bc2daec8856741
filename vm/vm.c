// vm/vm.c: making and freeing an interpreter: heap, stacks, built-in types, names, exceptions.
// Layer: vm core. Start-up runs inside py_pcall, so it can use every raising API.
// SPDX-License-Identifier: MIT
//
// Start-up order matters because the type objects describe themselves with
// objects (names are strs, bases are tuples, namespaces are dicts) whose
// types are among them. So the built-in types are made in two passes: first
// the bare type objects with their slots and layouts (which allocate nothing
// else), then, once str, tuple and dict work, their names, MROs and method
// dicts. Exceptions, the preallocated MemoryError and the builtins module follow.

#include <stddef.h>
#include <stdlib.h>
#include "builtins.h"
#include "except.h"
#include "frame.h"
#include "gc.h"
#include "interrupt.h"
#include "mpn.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "obj_slotwrap.h"
#include "obj_type.h"
#include "port.h"
#include "vm.h"

#define X(id, name) extern const py_type_spec_t py_##id##_spec;
PY_BUILTIN_TYPES(X)
#undef X

static const py_type_spec_t *const builtin_specs[PY_T__COUNT] = {
#define X(id, name) &py_##id##_spec,
    PY_BUILTIN_TYPES(X)
#undef X
};

static const char *const name_texts[PY_NAME__COUNT] = {
#define X(id, text) text,
    PY_NAMES(X)
#undef X
};

static const struct { const char *name; py_exc_id_t base; } exc_specs[PY_EXC__COUNT] = {
#define X(id, base) {#id, PY_EXC_##base},
    PY_EXC_TYPES(X)
#undef X
};

// Frames beyond the recursion limit: room for the handler of a RecursionError
// to call a few functions (printing it, cleaning up) without failing again.
#define FRAME_MARGIN 50

// ---- built-in types ----------------------------------------------------------------------

// Pass one for type [id], its base first (bool comes before int in the list).
static void alloc_type(py_vm_t *vm, py_type_id_t id, bool *done) {
    if (done[id]) return;
    const py_type_spec_t *spec = builtin_specs[id];
    py_type_t *base = NULL;
    if (id != PY_T_object) {
        alloc_type(vm, spec->base, done);
        base = vm->types[spec->base];
    }
    vm->types[id] = py_type_alloc(vm, spec, base);
    vm->types[id]->id = id;
    if (!spec->operators) vm->types[id]->operators = py_slotwrap_builtin_operators(id);
    done[id] = true;
}

// Pass two for type [id], its base first (a type's MRO extends its base's).
static void finish_type(py_vm_t *vm, py_type_id_t id, bool *done) {
    if (done[id]) return;
    if (id != PY_T_object) finish_type(vm, builtin_specs[id]->base, done);
    py_type_finish(vm, vm->types[id], builtin_specs[id]);
    done[id] = true;
}

static void make_builtin_types(py_vm_t *vm) {
    bool done[PY_T__COUNT] = {false};
    for (int id = 0; id < PY_T__COUNT; id++) alloc_type(vm, (py_type_id_t)id, done);
    // object and type were made before `type` existed: their type is type.
    for (int id = 0; id < PY_T__COUNT; id++)
        if (!vm->types[id]->base.type) vm->types[id]->base.type = vm->types[PY_T_type];
    for (int i = 0; i < PY_NAME__COUNT; i++) vm->names[i] = py_str_intern_c(vm, name_texts[i]);
    bool finished[PY_T__COUNT] = {false};
    for (int id = 0; id < PY_T__COUNT; id++) finish_type(vm, (py_type_id_t)id, finished);
}

// ---- exceptions --------------------------------------------------------------------------

static void make_exception_types(py_vm_t *vm) {
    for (int id = 0; id < PY_EXC__COUNT; id++) {
        py_type_spec_t spec = py_BaseException_spec;
        spec.name = exc_specs[id].name;
        if (id != PY_EXC_BaseException) spec.methods = NULL;   // inherited through the MRO
        py_type_t *base = id == PY_EXC_BaseException ? vm->types[PY_T_object]
                                                     : vm->exc_types[exc_specs[id].base];
        py_type_t *t = py_type_from_spec(vm, &spec, base);
        t->dictoffset = offsetof(py_exc_t, dict);
        vm->exc_types[id] = t;
    }
}

// ---- the VM --------------------------------------------------------------------------------

static void start_up(py_vm_t *vm, void *ud) {
    (void)ud;
    vm->attr_epoch = 1;   // types start at epoch 0: their attribute flags are not computed yet
    make_builtin_types(vm);
    make_exception_types(vm);
    vm->memory_error = py_exc_new(vm, PY_EXC_MemoryError, PY_NULL);
    py_builtins_init(vm);
}

static bool alloc_stacks(py_vm_t *vm) {
    vm->stack = calloc(PY_CFG_STACK_SLOTS, sizeof(py_val_t));
    vm->frames = calloc(PY_CFG_RECURSION_LIMIT + FRAME_MARGIN, sizeof(py_frame_t));
    if (!vm->stack || !vm->frames) return false;
    vm->stack_end = vm->stack + PY_CFG_STACK_SLOTS;
    vm->stack_top = vm->stack;
    return true;
}

py_vm_t *py_vm_new(size_t heap_bytes) {
    py_vm_t *vm = calloc(1, sizeof *vm);
    if (!vm) return NULL;
    vm->c_stack_base = py_port_stack_base();
    py_mpn_stop_hook = py_interrupt_seen;   // bigint loops stop for Ctrl-C (vm/interrupt.h)
    if (!py_gc_init(vm, heap_bytes)) {
        free(vm);
        return NULL;
    }
    if (!alloc_stacks(vm) || py_pcall(vm, start_up, NULL) != 0 || !py_gc_seal(vm)) {
        py_vm_free(vm);
        return NULL;
    }
    return vm;
}

void py_vm_free(py_vm_t *vm) {
    if (!vm) return;
    py_gc_free(vm);   // runs the pending finalisers (files get closed)
    py_str_intern_free(vm);
    free(vm->stack);
    free(vm->frames);
    free(vm);
}
