// tests/fuzz/fuzz.h: what the libFuzzer targets share: the sandboxed port and the run budget.
// Layer: tests (fuzzing). See tests/fuzz/README.md.
// SPDX-License-Identifier: MIT

#ifndef FUZZ_H
#define FUZZ_H

#include "vm.h"

// Makes a VM with a fixed heap of [heap_bytes] that cannot touch the
// machine: no `open`, no TextIOWrapper constructor, no os or io module, an
// empty sys.path, console output discarded, stdin at end of file. Aborts
// (a fuzzing failure) if it cannot be made.
py_vm_t *fuzz_vm_new(size_t heap_bytes);

// Starts the budget of the input about to run: after [ms] milliseconds of
// CPU time, and every 10 ms after that, vm->pending is set and the next poll
// raises KeyboardInterrupt, so a loop ends even if it catches the first one.
void fuzz_budget_start(py_vm_t *vm, unsigned ms);
// Stops it (before the harness does its own work on the VM).
void fuzz_budget_stop(void);

#endif
