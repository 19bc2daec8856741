// vm/config.h: the few build options of the core, each with its reason.
// Layer: vm core. Override any of them with -D on the compiler command line.
// SPDX-License-Identifier: MIT

#ifndef PY_CONFIG_H
#define PY_CONFIG_H

// PY_CFG_COMPUTED_GOTO: dispatch bytecode through a table of label addresses
// (GCC/Clang "labels as values") instead of a switch. Both forms are
// generated from the one opcode list; the switch exists for other compilers
// and so that both stay tested.
#ifndef PY_CFG_COMPUTED_GOTO
#if defined(__GNUC__)
#define PY_CFG_COMPUTED_GOTO 1
#else
#define PY_CFG_COMPUTED_GOTO 0
#endif
#endif

// PY_CFG_GC_STRESS: collect before every allocation. A test build: it makes
// any object that C code forgets to keep reachable fail at once.
#ifndef PY_CFG_GC_STRESS
#define PY_CFG_GC_STRESS 0
#endif

// PY_CFG_GC_STRESS_SPAN: bytes of heap in use up to which stress mode collects
// on every allocation; beyond, once every used/SPAN allocations (vm/gc.c's
// stress_due), which keeps scripts holding megabytes from taking hours.
#ifndef PY_CFG_GC_STRESS_SPAN
#define PY_CFG_GC_STRESS_SPAN (512u * 1024)
#endif

// PY_CFG_GC_VERIFY: check the heap's invariants after every collection.
#ifndef PY_CFG_GC_VERIFY
#define PY_CFG_GC_VERIFY 0
#endif

// PY_CFG_GC_FAIL: let the PY_GC_FAIL environment variable make chosen GC
// allocations raise MemoryError (vm/gc_fail.c). A test build: it shows that
// running out of memory anywhere gives MemoryError, never a crash.
#ifndef PY_CFG_GC_FAIL
#define PY_CFG_GC_FAIL 0
#endif

// PY_CFG_STR_NUL_CHECK: put the byte 0xA5 after every new str's bytes instead
// of a NUL, and make py_str_cstr always copy. A test build: strs are len
// bytes, not C strings (appendable strs will overwrite the NUL), and this
// makes any code that still reads a str as a C string fail at once.
#ifndef PY_CFG_STR_NUL_CHECK
#define PY_CFG_STR_NUL_CHECK 0
#endif

// PY_CFG_DEFAULT_HEAP: bytes of GC heap to start with when -X heapsize is not
// given; the heap then grows on demand. 2 MiB matches MicroPython's unix port
// on 64-bit hosts, so memory figures compare directly.
#ifndef PY_CFG_DEFAULT_HEAP
#define PY_CFG_DEFAULT_HEAP (2u * 1024 * 1024)
#endif

// PY_CFG_STACK_SLOTS: size of the VM value stack that holds every Python
// frame's locals and operand stack. 256 Ki slots (2 MiB on 64-bit, touched
// only as deep as programs go) leaves room for the recursion limit below
// with large frames.
#ifndef PY_CFG_STACK_SLOTS
#define PY_CFG_STACK_SLOTS (256u * 1024)
#endif

// PY_CFG_RECURSION_LIMIT: Python frames allowed before RecursionError, as
// CPython's default sys.getrecursionlimit().
#ifndef PY_CFG_RECURSION_LIMIT
#define PY_CFG_RECURSION_LIMIT 1000
#endif

// PY_CFG_SCHED_DEPTH: callbacks that may wait for the VM's next safe point
// (vm/schedule.h). MicroPython's default is 4; pin interrupts on several pins
// at once want a little more room.
#ifndef PY_CFG_SCHED_DEPTH
#define PY_CFG_SCHED_DEPTH 8
#endif

// PY_CFG_INT_LOCAL_LIMBS: limbs (4 bytes each) of C stack that a bigint
// division takes for each of its quotient, remainder and scratch before
// using heap blocks: 6 KB in all at 512, which spares the heap for numbers up
// to ~2,400 decimal digits. Boards with a small C stack set it lower (>= 1).
#ifndef PY_CFG_INT_LOCAL_LIMBS
#define PY_CFG_INT_LOCAL_LIMBS 512
#endif

// PY_CFG_C_STACK_LIMIT: bytes of C stack that nested C-to-Python re-entry,
// repr of nested containers and the like may use before RecursionError.
// Linux gives the main thread 8 MiB; staying under 1/4 of it leaves room for
// libc and the signal handler.
#ifndef PY_CFG_C_STACK_LIMIT
#define PY_CFG_C_STACK_LIMIT (2u * 1024 * 1024)
#endif

// PY_CFG_FLOAT_TAG: keep most floats in the value word (self-tagging, see
// vm/obj.h) instead of allocating an object for each result. It needs 64-bit
// words: 32-bit hosts box every float whatever this says. 0 boxes them all,
// to compare or to rule the encoding out when hunting a bug.
#ifndef PY_CFG_FLOAT_TAG
#define PY_CFG_FLOAT_TAG 1
#endif

#endif
