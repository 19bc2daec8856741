// tests/unit/unit_vm.h: a fresh VM for each Criterion test, checked and freed after it.
// Layer: tests. Use: Test(area, name, .init = unit_vm_setup, .fini = unit_vm_teardown).
// SPDX-License-Identifier: MIT

#ifndef UNIT_VM_H
#define UNIT_VM_H

#include "vm.h"

// The VM of the running test (each Criterion test runs in its own process).
extern py_vm_t *vm;

// Makes vm with a growing heap; fails the test if start-up fails.
void unit_vm_setup(void);
// Collects (verifying the heap when built with PY_CFG_GC_VERIFY) and frees vm.
void unit_vm_teardown(void);

#endif
