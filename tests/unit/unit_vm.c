// tests/unit/unit_vm.c: the fresh-VM fixture of unit_vm.h.
// Layer: tests.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include "gc.h"
#include "unit_vm.h"

py_vm_t *vm;

void unit_vm_setup(void) {
    vm = py_vm_new(0);
    cr_assert_not_null(vm, "py_vm_new failed");
}

void unit_vm_teardown(void) {
    if (!vm) return;
    py_gc_collect(vm);
    cr_assert(py_gc_bytes_sealed(vm) > 0, "the heap lost the VM's own objects");
    py_vm_free(vm);
    vm = NULL;
}
