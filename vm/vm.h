// vm/vm.h: the state of one interpreter, passed explicitly to every function.
// Layer: vm core. There are no globals: a unit test or a board builds its own VM.
// SPDX-License-Identifier: MIT
//
// py_vm_t owns the heap, the built-in types, the interned names, the module
// table, the VM value stack and frames, and the exception being raised. Every
// object field of it is a GC root, marked in one function (gc_mark_roots in
// vm/gc_roots.c); anything added here that holds values must be added there.

#ifndef PY_VM_H
#define PY_VM_H

#include <signal.h>
#include "config.h"
#include "obj.h"
#include "names.h"
#include "exc_list.h"

typedef struct py_gc_heap py_gc_heap_t;   // vm/gc.c
typedef struct py_jmp py_jmp_t;           // vm/except.c
typedef struct py_frame py_frame_t;       // vm/frame.h
typedef struct py_intern_set {            // vm/obj_str.c: open addressing over py_str_t*
    py_str_t **slots;                     // malloc'd; marked by gc_mark_roots
    size_t cap, count;
    bool borrowed;                        // slots are the start-up image's: never freed
} py_intern_set_t;

struct py_vm {
    // ---- heap (vm/gc.c)
    py_gc_heap_t *heap;

    // ---- types and names, made at start-up (vm/vm.c)
    py_type_t *types[PY_T__COUNT];
    py_type_t *exc_types[PY_EXC__COUNT];
    py_val_t names[PY_NAME__COUNT];       // interned strs of vm/names.h
    py_intern_set_t interned;
    // The one-character ASCII strs by byte, filled on first use (vm/obj_str.c):
    // interned, so the intern set keeps them alive and they need no marking.
    py_val_t ascii_chars[128];
    uint32_t attr_epoch;     // bumped when a class gains or loses an attribute hook (PY_TA_*)
    uint32_t type_serial;    // classes made so far (py_type_t.serial)
    // Bumped when a class that has subclasses changes, or a hook name (__get__...)
    // is set on any class: the attribute caches of vm/vm_cache.c key on it
    // with the type's own version, since a type has no list of its subclasses.
    uint32_t class_epoch;
    // The type lookup cache (vm/runtime_attr.c): PY_LOOKUP_CACHE_SIZE entries
    // of (type, name, value, owner, epoch as a small int), a GC value array
    // made when the first code object gets hot, else NULL. Entries whose
    // epoch differs from lookup_epoch, bumped whenever any class changes, are stale.
    py_val_t *lookup_cache;
    uint32_t lookup_epoch;

    // ---- modules (vm/import.c)
    py_val_t modules;        // dict name -> module: sys.modules
    py_val_t builtins;       // the builtins module
    py_val_t builtins_dict;  // its namespace, searched after a frame's globals
    py_val_t sys;            // the sys module
    py_val_t sys_path;       // list: sys.path
    py_val_t sys_argv;       // list: sys.argv
    py_val_t main_module;    // __main__, once made
    struct py_import_frame *importing;  // modules whose code runs now, innermost first (vm/import.c)
    py_val_t stdout_obj, stderr_obj, stdin_obj;  // sys.stdout & co.
    py_val_t empty_tuple;    // the one (), made on first use (vm/obj_tuple.c)

    // ---- exceptions (vm/except.c)
    py_jmp_t *jmp;           // innermost py_pcall, NULL outside any
    py_val_t exc;            // the exception being raised
    py_val_t handled_exc;    // the exception an except block is handling (bare raise, sys.exc_info)
    py_val_t memory_error;   // preallocated MemoryError instance
    void *exc_reserve;       // the emergency exception buffer's heap block, NULL when spent or unarmed
    size_t exc_reserve_size; // its size: 0 when unarmed (vm/except_emergency.c)
    py_val_t exc_spare;      // the buffer's last resort: one exception instance, retyped for each use
    int c_depth;             // nesting of C-to-Python re-entries

    // ---- the VM value stack and frames (vm/vm_loop.c, vm/frame.h)
    py_val_t *stack;         // PY_CFG_STACK_SLOTS slots
    py_val_t *stack_end;
    py_val_t *stack_top;     // first free slot above the current frame's operand stack
    py_frame_t *frames;      // PY_CFG_RECURSION_LIMIT + a margin
    py_frame_t *frame;       // the running frame, NULL when none
    int depth;               // number of frames in use
    struct py_loop_run *run; // the innermost run of the interpreter loop, NULL when none

    // ---- the C stack (port): for conservative GC scanning and the depth limit
    char *c_stack_base;

    // ---- interrupts: set by a signal handler or the port, polled at safe points
    volatile sig_atomic_t pending;  // nonzero when something needs the VM's attention
    // Callbacks waiting for the next safe point (vm/schedule.c): (function, arg) pairs.
    py_val_t sched_queue[2 * PY_CFG_SCHED_DEPTH];
    int sched_len;
    bool sched_running;      // the queue is being run: callbacks do not nest
    // The HAL's event sources (mods/hal.c): a list whose index is the tag a
    // backend reports, so C board state holds integers, never values. Marked
    // by py_schedule_mark; PY_NULL until a board is up.
    py_val_t sched_sources;
    // Called at each safe point before the queue runs (NULL: none): the HAL
    // front end lets a board's clock catch up there (mods/hal.c). May raise.
    void (*sched_hook)(py_vm_t *vm);
    void *hal_state;         // the HAL front end's state (mods/hal.c), NULL until a board is up
    bool in_finaliser;       // running __del__ methods (vm/finalise.c): do not nest

    // ---- options
    bool from_image;         // start-up was adopted from the port's image (vm/image.h)
    int opt_level;           // -O level: 1 strips asserts
    void *port_data;         // the port's own state, opaque to the core
};

// Creates a VM with a fixed heap of [heap_bytes], or a growing one when 0.
// Returns NULL when the system cannot supply memory. Does not raise.
py_vm_t *py_vm_new(size_t heap_bytes);
// Runs finalisers and frees everything the VM owns.
void py_vm_free(py_vm_t *vm);

// The type of any value.
static inline py_type_t *py_type_of(py_vm_t *vm, py_val_t v) {
    if (py_is_small(v)) return vm->types[PY_T_int];
    if (py_is_obj(v)) return py_obj(v)->type;
    if (py_is_istr(v)) return vm->types[PY_T_str];
    if (py_is_tagged_float(v)) return vm->types[PY_T_float];
    switch (v) {
    case PY_NONE: return vm->types[PY_T_NoneType];
    case PY_TRUE: case PY_FALSE: return vm->types[PY_T_bool];
    case PY_ELLIPSIS: return vm->types[PY_T_ellipsis];
    case PY_NOTIMPLEMENTED: return vm->types[PY_T_NotImplementedType];
    default: return vm->types[PY_T_object];  // PY_NULL: never reaches Python
    }
}

// True when [v]'s type is exactly built-in [id] (no subclass).
static inline bool py_is_exact(py_vm_t *vm, py_val_t v, py_type_id_t id) {
    return py_type_of(vm, v) == vm->types[id];
}
// True when [v]'s type is built-in [id] or derives from it.
static inline bool py_is_a(py_vm_t *vm, py_val_t v, py_type_id_t id) {
    return py_type_of(vm, v)->id == id;
}

static inline py_val_t py_name(py_vm_t *vm, py_name_id_t id) { return vm->names[id]; }

// Ints: small, or a heap bigint (vm/obj_int.h).
static inline bool py_is_int(py_vm_t *vm, py_val_t v) {
    (void)vm;
    return py_is_small(v) || (py_is_obj(v) && py_obj(v)->type->id == PY_T_int);
}
static inline bool py_is_str(py_vm_t *vm, py_val_t v) {
    (void)vm;
    return py_is_istr(v) || (py_is_obj(v) && py_obj(v)->type->id == PY_T_str);
}
// Floats: tagged in the word, or boxed (vm/obj.h), float subclasses included.
static inline bool py_is_float(py_vm_t *vm, py_val_t v) {
    (void)vm;
    return py_is_tagged_float(v) || (py_is_obj(v) && py_obj(v)->type->id == PY_T_float);
}
// The double of a float [v] (py_is_float).
static inline double py_float_val(py_val_t v) {
    return py_is_tagged_float(v) ? py_tagged_float_val(v) : ((py_float_t *)v)->value;
}

#endif

// added by CVM: the interrupt poll the bytecode loop calls at backward jumps
// and calls when vm->pending is nonzero (vm/vm_loop.c). Clears vm->pending,
// runs due finalisers, raises KeyboardInterrupt if py_port_take_interrupt()
// reports Ctrl-C, and runs the scheduled callbacks (vm/schedule.h).
void py_vm_poll(py_vm_t *vm);
