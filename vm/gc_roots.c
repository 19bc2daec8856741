// vm/gc_roots.c: the one list of the GC's global roots: every value field of py_vm_t.
// Layer: vm core (DESIGN §4). Add a line here whenever vm.h gains a field that holds values.
// SPDX-License-Identifier: MIT

#include "gc.h"
#include "schedule.h"
#include "vm.h"

// Marks the values held by the frames in vm->frames (their code, function,
// globals...). Defined by the VM loop's owner next to py_frame_t (vm/frame.h).
void py_frame_mark_all(py_vm_t *vm);

// Called by py_gc_collect (vm/gc.c) before the VM stack and the C stack are scanned.
void py_gc_mark_roots(py_vm_t *vm);

void py_gc_mark_roots(py_vm_t *vm) {
    for (int i = 0; i < PY_T__COUNT; i++) py_gc_mark_ptr(vm, vm->types[i]);
    for (int i = 0; i < PY_EXC__COUNT; i++) py_gc_mark_ptr(vm, vm->exc_types[i]);
    py_gc_mark_array(vm, vm->names, PY_NAME__COUNT);
    // The intern set is strong: interned names live as long as the VM.
    // Empty or deleted slots hold pointers outside the heap and are ignored.
    for (size_t i = 0; vm->interned.slots && i < vm->interned.cap; i++)
        py_gc_mark_ptr(vm, vm->interned.slots[i]);

    py_val_t modules[] = {vm->modules, vm->builtins, vm->builtins_dict, vm->sys,
                          vm->sys_path, vm->sys_argv, vm->main_module, vm->stdout_obj,
                          vm->stderr_obj, vm->stdin_obj, vm->empty_tuple};
    py_gc_mark_array(vm, modules, sizeof modules / sizeof modules[0]);

    py_val_t excs[] = {vm->exc, vm->handled_exc, vm->memory_error, vm->exc_spare};
    py_gc_mark_array(vm, excs, sizeof excs / sizeof excs[0]);
    py_gc_mark_ptr(vm, vm->exc_reserve);   // the emergency exception buffer: never swept

    py_gc_mark_ptr(vm, vm->lookup_cache);   // a value array: its words are marked
    py_schedule_mark(vm);
    if (vm->frames) py_frame_mark_all(vm);
}
