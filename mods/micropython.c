// mods/micropython.c: the micropython module: const, optimisation level, memory reports,
// the heap lock, the scheduler and the code-emitter decorators. Layer: library modules.
// SPDX-License-Identifier: MIT
//
// native, viper and asm_thumb would select other code emitters in MicroPython;
// here they return the function unchanged, so decorated code runs as bytecode.
// The heap lock is the collector's (vm/gc.h) and scheduled callbacks run at
// the VM's safe points (vm/schedule.h); kbd_intr is the port's (vm/port.h).

#include <string.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "obj_int.h"
#include "obj_module.h"
#include "obj_str.h"
#include "port.h"
#include "runtime.h"
#include "schedule.h"

// ---- the scheduler ----------------------------------------------------------------------

// schedule(function, arg): queues function(arg) for the VM's next safe point (vm/schedule.h).
static py_val_t mp_schedule(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    if (!py_callable(vm, args[0]))
        py_raise_type_error(vm, "'%T' object isn't callable", args[0]);
    if (!py_schedule_push(vm, args[0], args[1]))
        py_raise_fmt(vm, PY_EXC_RuntimeError, "schedule queue full");
    return PY_NONE;
}

// ---- memory and the heap lock -------------------------------------------------------------

static size_t stack_used(py_vm_t *vm) {
    char here;
    return vm->c_stack_base ? (size_t)(vm->c_stack_base - &here) : 0;
}

static py_val_t mp_stack_use(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    return py_int_from_u64(vm, stack_used(vm));
}

static void print_c(py_vm_t *vm, py_val_t text) {
    py_val_t out = py_builtins_std_stream(vm, PY_NAME_stdout);
    if (out != PY_NULL && out != PY_NONE) py_builtins_write(vm, out, text);
}

// mem_info([verbose]): MicroPython's first two report lines (stack, then GC
// totals); verbose adds the sealed start-up objects and where they came from.
static py_val_t mp_mem_info(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    size_t used = py_gc_bytes_used(vm), free_ = py_gc_bytes_free(vm);
    print_c(vm, py_str_format_c(vm, "stack: %zu out of %zu\nGC: total: %zu, used: %zu, free: %zu\n",
                                stack_used(vm), (size_t)PY_CFG_C_STACK_LIMIT, used + free_, used,
                                free_));
    if (nargs > 0 && py_truthy(vm, args[0]))
        print_c(vm, py_str_format_c(vm, "sealed: %zu (start-up image: %s)\n", py_gc_bytes_sealed(vm),
                                    vm->from_image ? "built in" : "not used"));
    return PY_NONE;
}

// qstr_info([verbose]): the interned strings, in MicroPython's words.
static py_val_t mp_qstr_info(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    size_t n = 0, bytes = 0;
    for (size_t i = 0; i < vm->interned.cap; i++) {
        py_str_t *s = vm->interned.slots[i];
        if (s) {
            n++;
            bytes += s->len + 1;
        }
    }
    print_c(vm, py_str_format_c(vm, "qstr pool: n_pool=1, n_qstr=%zu, n_str_data_bytes=%zu, "
                                    "n_total_bytes=%zu\n",
                                n, bytes, bytes + n * sizeof(py_str_t)));
    return PY_NONE;
}

static py_val_t mp_heap_lock(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    py_gc_lock(vm);
    return PY_NONE;
}

// heap_unlock(): the lock depth left, 0 when the heap is unlocked again.
static py_val_t mp_heap_unlock(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    int depth = py_gc_unlock(vm);
    py_exc_emergency_rearm(vm);   // an exception raised while locked may have spent the buffer
    return py_small(depth);
}

static py_val_t mp_heap_locked(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    return py_small(py_gc_lock_depth(vm));
}

// ---- the rest ------------------------------------------------------------------------------

// const(x) is x: the compiler would fold it; here it is an ordinary call.
static py_val_t mp_identity(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    return args[0];
}

// opt_level([level]): the -O level (1 and up drop asserts in code compiled afterwards).
static py_val_t mp_opt_level(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    if (nargs == 0) return py_small(vm->opt_level);
    int64_t level = py_to_int64(vm, args[0]);
    vm->opt_level = level < 0 ? 0 : level > 3 ? 3 : (int)level;
    return PY_NONE;
}

// kbd_intr(chr): the character that raises KeyboardInterrupt; -1 for none,
// which gives Ctrl-C back to the system (the port's SIGINT handling).
static py_val_t mp_kbd_intr(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_port_set_interrupt_char((int)py_to_int64(vm, args[0]));
    return PY_NONE;
}

static py_val_t mp_alloc_emergency_exception_buf(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                                 py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    int64_t n = py_to_int64(vm, args[0]);
    if (n < 0) py_raise_value_error(vm, "negative buffer size");
    py_exc_emergency_alloc(vm, (size_t)n);   // see vm/except_emergency.c
    return PY_NONE;
}

static const py_method_def_t mp_functions[] = {
    {"const", mp_identity, 1, 1, 0},
    {"native", mp_identity, 1, 1, 0},
    {"viper", mp_identity, 1, 1, 0},
    {"asm_thumb", mp_identity, 1, 1, 0},
    {"opt_level", mp_opt_level, 0, 1, 0},
    {"mem_info", mp_mem_info, 0, 1, 0},
    {"qstr_info", mp_qstr_info, 0, 1, 0},
    {"stack_use", mp_stack_use, 0, 0, 0},
    {"heap_lock", mp_heap_lock, 0, 0, 0},
    {"heap_unlock", mp_heap_unlock, 0, 0, 0},
    {"heap_locked", mp_heap_locked, 0, 0, 0},
    {"kbd_intr", mp_kbd_intr, 1, 1, 0},
    {"schedule", mp_schedule, 2, 2, 0},
    {"alloc_emergency_exception_buf", mp_alloc_emergency_exception_buf, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_module_def_t py_mod_micropython = {"micropython", mp_functions, NULL, NULL};
