// mods/micropython.h: what other modules need from the micropython module (the scheduler).
// Layer: library modules.
// SPDX-License-Identifier: MIT

#ifndef PY_MODS_MICROPYTHON_H
#define PY_MODS_MICROPYTHON_H

#include "obj.h"
#include "vm.h"

// Runs the callbacks micropython.schedule() queued, oldest first, unless
// already running them (callbacks do not nest). Call it at safe points (time
// sleeps do). An exception from a callback propagates; the callbacks after
// it stay queued. Does nothing when the micropython module was never
// imported. May raise; may allocate.
void py_micropython_run_scheduled(py_vm_t *vm);

#endif
