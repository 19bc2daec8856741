// vm/finalise.h: running Python finalisers (__del__) the collector found due.
// Layer: vm core (runtime).
// SPDX-License-Identifier: MIT

#ifndef PY_FINALISE_H
#define PY_FINALISE_H

#include "obj.h"
#include "vm.h"

// Calls __del__ of every object a collection queued (vm/gc.c), in the order
// found. An exception from __del__ is printed to sys.stderr as CPython's
// "Exception ignored in: ..." and dropped. Does nothing when already running
// (a __del__ that collects). Never raises; may allocate.
void py_finalise_pending(py_vm_t *vm);
// At interpreter exit: clears __main__'s globals in CPython's order,
// collecting after each so that objects die (and their __del__ runs) in
// about the order CPython's reference counting would give, then runs
// __del__ of every object of a class with __del__ that is still alive.
// Costs nothing when no such object exists. Never raises; may allocate.
void py_finalise_at_exit(py_vm_t *vm);

#endif
