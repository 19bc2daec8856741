// vm/schedule.c: the queue of callbacks run at the VM's safe points (see schedule.h).
// Layer: vm core.
// SPDX-License-Identifier: MIT

#include "schedule.h"

#include "except.h"
#include "gc.h"
#include "runtime.h"

bool py_schedule_push(py_vm_t *vm, py_val_t function, py_val_t arg) {
    if (vm->sched_len >= PY_CFG_SCHED_DEPTH) return false;
    vm->sched_queue[2 * vm->sched_len] = function;
    vm->sched_queue[2 * vm->sched_len + 1] = arg;
    vm->sched_len++;
    vm->pending = 1;
    return true;
}

// Takes the oldest callback off the queue into [out] (function, argument).
static void pop_oldest(py_vm_t *vm, py_val_t out[2]) {
    out[0] = vm->sched_queue[0];
    out[1] = vm->sched_queue[1];
    vm->sched_len--;
    for (int i = 0; i < 2 * vm->sched_len; i++) vm->sched_queue[i] = vm->sched_queue[i + 2];
    vm->sched_queue[2 * vm->sched_len] = vm->sched_queue[2 * vm->sched_len + 1] = PY_NULL;
}

static void run_all(py_vm_t *vm, void *ud) {
    (void)ud;
    while (vm->sched_len > 0) {
        py_val_t cb[2];
        pop_oldest(vm, cb);
        py_call1(vm, cb[0], cb[1]);
    }
}

void py_schedule_run(py_vm_t *vm) {
    if (vm->sched_hook && !vm->sched_running) vm->sched_hook(vm);
    if (vm->sched_running || vm->sched_len == 0) return;
    vm->sched_running = true;
    int failed = py_pcall(vm, run_all, NULL);   // protected only to clear the flag
    vm->sched_running = false;
    if (failed) py_raise(vm, vm->exc);
}

void py_schedule_mark(py_vm_t *vm) {
    py_gc_mark_array(vm, vm->sched_queue, (size_t)vm->sched_len * 2);
    py_gc_mark_array(vm, &vm->sched_sources, 1);
}
