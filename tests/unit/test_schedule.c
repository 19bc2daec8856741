// tests/unit/test_schedule.c: callbacks queued for the VM's safe points (vm/schedule.c),
// the heap lock and the collection threshold (vm/gc.c). Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "except.h"
#include "gc.h"
#include "obj_exc.h"
#include "obj_list.h"
#include "runtime.h"
#include "schedule.h"
#include "unit_py.h"

TestSuite(schedule, .init = unit_vm_setup, .fini = unit_vm_teardown);

Test(schedule, runs_in_order_at_the_next_poll) {
    py_val_t g = unit_run("log = []\n");
    py_val_t append = unit_eval_in("log.append", g);
    cr_assert(py_schedule_push(vm, append, py_small(1)));
    cr_assert(py_schedule_push(vm, append, py_small(2)));
    cr_assert_eq(vm->pending, 1);
    cr_assert_str_eq(unit_get_repr(g, "log"), "[]");
    py_vm_poll(vm);
    cr_assert_str_eq(unit_get_repr(g, "log"), "[1, 2]");
    cr_assert_eq(vm->sched_len, 0);
}

Test(schedule, the_queue_is_bounded) {
    py_val_t g = unit_run("log = []\n");
    py_val_t append = unit_eval_in("log.append", g);
    for (int i = 0; i < PY_CFG_SCHED_DEPTH; i++) cr_assert(py_schedule_push(vm, append, py_small(i)));
    cr_assert_not(py_schedule_push(vm, append, py_small(99)));
    py_schedule_run(vm);
    cr_assert_eq(py_list_ptr(unit_get(g, "log"))->len, PY_CFG_SCHED_DEPTH);
}

Test(schedule, a_python_loop_is_a_safe_point) {
    py_val_t g = unit_run("log = []\n");
    cr_assert(py_schedule_push(vm, unit_eval_in("log.append", g), py_small(7)));
    unit_run_in("seen = []\nfor i in range(3):\n    seen.append(len(log))\n", g);
    cr_assert_str_eq(unit_get_repr(g, "seen"), "[1, 1, 1]");
}

static void alloc_list(py_vm_t *v, void *ud) {
    (void)ud;
    py_list_new(v, 4, NULL);
}

Test(schedule, heap_lock_makes_allocation_fail) {
    cr_assert_eq(py_gc_lock(vm), 1);
    cr_assert_eq(py_gc_lock(vm), 2);
    cr_assert_neq(py_pcall(vm, alloc_list, NULL), 0);
    cr_assert(py_exc_is(vm, vm->exc, PY_EXC_MemoryError));
    cr_assert_eq(py_gc_unlock(vm), 1);
    cr_assert_eq(py_gc_unlock(vm), 0);
    cr_assert_eq(py_gc_unlock(vm), 0);
    cr_assert_eq(py_pcall(vm, alloc_list, NULL), 0);
}

Test(schedule, threshold_collects_early) {
    cr_assert_eq(py_gc_threshold(vm), SIZE_MAX);
    py_gc_collect(vm);
    py_gc_set_threshold(vm, 4096);
    // Garbage far beyond the threshold, on a heap with room to spare: only the
    // threshold can have collected it, so usage stays near where it started.
    size_t before = py_gc_bytes_used(vm);
    for (int i = 0; i < 1000; i++) py_list_new(vm, 16, NULL);
    cr_assert_lt(py_gc_bytes_used(vm), before + 16384);
}

// The HAL's hook (vm->sched_hook, mods/hal.c) runs before the queue, but not
// while the queue is already running; vm->sched_sources is a GC root.
static int hook_calls;
static void count_hook(py_vm_t *v) {
    (void)v;
    hook_calls++;
}

Test(schedule, the_hal_hook_runs_first_and_its_sources_are_roots) {
    vm->sched_hook = count_hook;
    py_schedule_run(vm);
    cr_assert_eq(hook_calls, 1);
    vm->sched_running = true;
    py_schedule_run(vm);
    cr_assert_eq(hook_calls, 1);
    vm->sched_running = false;
    vm->sched_hook = NULL;
    vm->sched_sources = py_list_new(vm, 0, NULL);
    py_list_append(vm, vm->sched_sources, unit_eval("[str(i) for i in range(3)]"));
    unit_eval("[[j] * 50 for j in range(200)]");
    py_gc_collect(vm);
    unit_eval("[[j] * 50 for j in range(200)]");
    cr_assert_str_eq(unit_repr(vm->sched_sources), "[['0', '1', '2']]");
}
