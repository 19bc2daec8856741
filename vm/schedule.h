// vm/schedule.h: callbacks queued for the VM's next safe point (DESIGN §8):
// micropython.schedule now, the HAL's interrupt events later. Layer: vm core.
// SPDX-License-Identifier: MIT
//
// Nothing outside the VM ever calls into Python directly: a signal handler, a
// backend or a hard IRQ queues (function, argument) here and sets vm->pending;
// the bytecode loop's next poll (a backward jump, a sleep) runs the queue in
// order. A callback that raises propagates into the code that was running,
// as in MicroPython; callbacks queued meanwhile stay queued.

#ifndef PY_SCHEDULE_H
#define PY_SCHEDULE_H

#include "obj.h"
#include "vm.h"

// Queues function(arg). Returns false when the queue already holds
// PY_CFG_SCHED_DEPTH callbacks. Never raises; does not allocate.
bool py_schedule_push(py_vm_t *vm, py_val_t function, py_val_t arg);

// Runs the queued callbacks, unless they are already running (no nesting);
// first calls vm->sched_hook when set (a board's clock catching up).
// May raise whatever a callback raises; may allocate.
void py_schedule_run(py_vm_t *vm);

// Marks the queued values and vm->sched_sources (called by the collector's
// root marking). Never raises.
void py_schedule_mark(py_vm_t *vm);

#endif
