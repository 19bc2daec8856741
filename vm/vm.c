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
#include <string.h>
#include "builtins.h"
#include "except.h"
#include "frame.h"
#include "gc.h"
#include "image.h"
#include "import.h"
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

// What every process makes alike: the start-up image's content (vm/image.h).
static void start_up(py_vm_t *vm, void *ud) {
    (void)ud;
    vm->attr_epoch = 1;   // types start at epoch 0: their attribute flags are not computed yet
    make_builtin_types(vm);
    make_exception_types(vm);
    vm->memory_error = py_exc_new(vm, PY_EXC_MemoryError, PY_NULL);
    py_builtins_init(vm);
    py_import_builtin(vm, "sys");   // sys.stdout must exist before the first print
}

// What depends on the process (a terminal on stdout, the executable's path):
// never in the image.
static void start_process(py_vm_t *vm, void *ud) {
    (void)ud;
    py_import_start_process(vm);
}

static bool alloc_stacks(py_vm_t *vm) {
    vm->stack = calloc(PY_CFG_STACK_SLOTS, sizeof(py_val_t));
    vm->frames = calloc(PY_CFG_RECURSION_LIMIT + FRAME_MARGIN, sizeof(py_frame_t));
    if (!vm->stack || !vm->frames) return false;
    vm->stack_end = vm->stack + PY_CFG_STACK_SLOTS;
    vm->stack_top = vm->stack;
    return true;
}

// A VM with its stacks and no heap yet.
static py_vm_t *new_vm(void) {
    py_vm_t *vm = calloc(1, sizeof *vm);
    if (!vm) return NULL;
    vm->c_stack_base = py_port_stack_base();
    py_mpn_stop_hook = py_interrupt_seen;   // bigint loops stop for Ctrl-C (vm/interrupt.h)
    if (!alloc_stacks(vm)) {
        py_vm_free(vm);
        return NULL;
    }
    return vm;
}

// Runs the process's part of start-up in a VM whose heap holds the rest,
// then seals; frees the VM and returns NULL on failure.
static py_vm_t *finish_vm(py_vm_t *vm) {
    if (py_pcall(vm, start_process, NULL) != 0 || !py_gc_seal(vm)) {
        py_vm_free(vm);
        return NULL;
    }
    return vm;
}

py_vm_t *py_vm_new(size_t heap_bytes) {
    py_vm_t *vm = new_vm();
    if (!vm) return NULL;
    if (!py_gc_init(vm, heap_bytes) || py_pcall(vm, start_up, NULL) != 0) {
        py_vm_free(vm);
        return NULL;
    }
    return finish_vm(vm);
}

// ---- the start-up image --------------------------------------------------------------------

static bool image_adopted;   // the image's memory belongs to a VM of this process

bool py_image_usable(const py_image_t *image) {
    const py_image_info_t *info = image->info;
    return info->magic == PY_IMAGE_MAGIC && info->vm_size == sizeof(py_vm_t) &&
           info->anchor == (uintptr_t)image->blocks && image->vm_bytes >= sizeof(py_vm_t);
}

// The VM start-up left, with what belonged to that process (its stacks and
// C stack; the heap comes next) replaced by this one's.
static py_vm_t *adopt(size_t heap_bytes, py_image_t *image) {
    py_vm_t *vm = new_vm();
    if (!vm) return NULL;
    py_vm_t own = *vm;
    memcpy(vm, image->vm, sizeof *vm);
    vm->c_stack_base = own.c_stack_base;
    vm->stack = own.stack;
    vm->stack_end = own.stack_end;
    vm->stack_top = own.stack_top;
    vm->frames = own.frames;
    vm->from_image = true;
    if (!py_gc_init_in(vm, heap_bytes, image->blocks, image->blocks_bytes, image->table,
                       image->info)) {
        py_vm_free(vm);
        return NULL;
    }
    image_adopted = true;
    return finish_vm(vm);
}

// Runs start-up in the image's storage and records the result there.
static py_vm_t *build(size_t heap_bytes, py_image_t *image) {
    static const py_image_info_t empty = {0};
    py_vm_t *vm = new_vm();
    if (!vm) return NULL;
    if (!py_gc_init_in(vm, heap_bytes, image->blocks, image->blocks_bytes, image->table, &empty)) {
        py_vm_free(vm);
        return NULL;
    }
    py_image_info_t *info = image->info;
    if (image->on_start) image->on_start(image);
    if (py_pcall(vm, start_up, NULL) != 0 || !py_gc_capture(vm, info) ||
        vm->interned.cap > image->intern_slots || sizeof *vm > image->vm_bytes) {
        py_vm_free(vm);
        return NULL;
    }
    // The intern set moves into the image; the VM then goes on with it there.
    memcpy(image->intern, vm->interned.slots, vm->interned.cap * sizeof *image->intern);
    free(vm->interned.slots);
    vm->interned.slots = image->intern;
    vm->interned.borrowed = true;
    memcpy(image->vm, vm, sizeof *vm);
    py_vm_t *saved = (py_vm_t *)(void *)image->vm;
    saved->heap = NULL;   // this process's: adopt puts the adopter's own there
    saved->c_stack_base = NULL;
    saved->stack = saved->stack_end = saved->stack_top = NULL;
    saved->frames = NULL;
    info->vm_size = sizeof *vm;
    info->anchor = (uintptr_t)image->blocks;
    info->intern_cap = vm->interned.cap;
    info->intern_count = vm->interned.count;
    info->magic = PY_IMAGE_MAGIC;
    if (image->on_capture) image->on_capture(image, vm);
    image_adopted = true;   // after on_capture, whose audit of statics it would upset
    return finish_vm(vm);
}

py_vm_t *py_vm_new_image(size_t heap_bytes, py_image_t *image, bool build_it) {
    if (build_it) return image_adopted ? NULL : build(heap_bytes, image);
    if (image && !image_adopted && py_image_usable(image)) return adopt(heap_bytes, image);
    return py_vm_new(heap_bytes);
}

void py_vm_free(py_vm_t *vm) {
    if (!vm) return;
    py_gc_free(vm);   // runs the pending finalisers (files get closed)
    py_str_intern_free(vm);
    free(vm->stack);
    free(vm->frames);
    free(vm);
}
