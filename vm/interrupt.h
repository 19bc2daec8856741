// vm/interrupt.h: Ctrl-C in long C loops (sort, joins, repeats, bigint
// arithmetic, reductions). Layer: vm core, over the port's interrupt flag.
// SPDX-License-Identifier: MIT
//
// The bytecode loop polls at backward jumps, but a single instruction can run
// a C loop for minutes ('x' * 10**9, sorted() of millions, 10**10**7). Such
// loops count down and, every PY_INTERRUPT_EVERY steps, ask the port whether
// Ctrl-C came; the C code must leave its objects consistent at each poll,
// since KeyboardInterrupt is raised from there.

#ifndef PY_INTERRUPT_H
#define PY_INTERRUPT_H

#include "vm.h"

// Steps between two polls. A step is one comparison, item or chunk, so this
// keeps the poll under 0.1% of the loop while reacting within microseconds.
#define PY_INTERRUPT_EVERY 1024

// Bytes a bulk copy (str or bytes repetition) moves between two polls: about
// 0.1 ms of memcpy, and a poll is a function call.
#define PY_INTERRUPT_CHUNK ((size_t)1 << 20)

// Raises KeyboardInterrupt if Ctrl-C came since the last poll (or the port's
// flag was held by an interrupted bigint operation, see py_interrupt_seen).
// May raise (and so allocate the exception); otherwise does nothing.
void py_interrupt_check(py_vm_t *vm);

// True when Ctrl-C came; the flag is held (true again at each call) until
// py_interrupt_check raises it. Never raises: this is the hook that code
// without a VM (vm/mpn*.c, see py_mpn_stop) uses to stop early.
int py_interrupt_seen(void);

// Counts one step down on [*countdown]; every PY_INTERRUPT_EVERY steps,
// py_interrupt_check. Start the countdown at PY_INTERRUPT_EVERY (or at 1 to
// poll at the first step). May raise KeyboardInterrupt.
static inline void py_interrupt_step(py_vm_t *vm, unsigned *countdown) {
    if (--*countdown == 0) {
        *countdown = PY_INTERRUPT_EVERY;
        py_interrupt_check(vm);
    }
}

#endif
