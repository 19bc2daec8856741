// vm/interrupt.c: Ctrl-C for long C loops, and the hook that lets the limb
// library (vm/mpn*.c), which has no VM, stop early. Layer: vm core.
// SPDX-License-Identifier: MIT

#include "interrupt.h"
#include "except.h"
#include "port.h"

// A Ctrl-C taken from the port by py_interrupt_seen and not yet raised. The
// port's flag is one-shot and process-wide, so this one is too: it only
// lives between an mpn operation seeing the Ctrl-C and its caller raising.
static volatile sig_atomic_t held;

int py_interrupt_seen(void) {
    if (!held && py_port_take_interrupt()) held = 1;
    return held;
}

void py_interrupt_check(py_vm_t *vm) {
    if (!py_interrupt_seen()) return;
    held = 0;
    py_raise(vm, py_from_obj(vm->exc_types[PY_EXC_KeyboardInterrupt]));
}
