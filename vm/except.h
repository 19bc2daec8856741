// vm/except.h: raising Python exceptions from C, and catching them.
// Layer: vm core. The only users of setjmp/longjmp are in vm/except.c (DESIGN §5).
// SPDX-License-Identifier: MIT
//
// C code raises with the noreturn helpers below; the innermost protected call
// (py_pcall) catches. The VM's bytecode loop runs inside py_pcall and turns a
// caught exception into a jump to the handler its code's exception table
// names, so Python try/except costs no setjmp per try block, and
// Python-to-Python calls none at all.
//
// A function that may raise says so in its comment. Functions that raise
// must leave every object they touched in a consistent state first, since a
// raise unwinds C frames without running any of their code.

#ifndef PY_EXCEPT_H
#define PY_EXCEPT_H

#include <stdarg.h>
#include "obj.h"
#include "exc_list.h"

// Runs fn(vm, ud) and returns 0, or 1 if it raised; the exception is then in
// vm->exc (and still set: the caller clears or re-raises it). Restores the VM
// frame and C-stack depth bookkeeping to their values at entry on a raise.
int py_pcall(py_vm_t *vm, void (*fn)(py_vm_t *vm, void *ud), void *ud);

// Raises [exc], an exception instance, or an exception type to instantiate
// with no arguments. A non-exception raises TypeError
// ("exceptions must derive from BaseException").
_Noreturn void py_raise(py_vm_t *vm, py_val_t exc);
// Raises [exc] as `raise exc` does: its __context__ becomes the exception
// being handled even when it had one (py_raise keeps an existing context, as
// C code re-raising an exception in flight needs). May allocate.
_Noreturn void py_raise_stmt(py_vm_t *vm, py_val_t exc);

// Raises a new exception of built-in type [id] whose message is formatted
// from [fmt] as by py_str_format_c (vm/obj_str.h): %s C string, %d int,
// %zd ssize_t, %zu size_t, %c char, %R repr of a value, %S str of a value,
// %T the type name of a value, %N a str value (name) as is, %% percent.
// May allocate (the exception itself); if that fails, raises MemoryError.
_Noreturn void py_raise_fmt(py_vm_t *vm, py_exc_id_t id, const char *fmt, ...);
_Noreturn void py_raise_vfmt(py_vm_t *vm, py_exc_id_t id, const char *fmt, va_list ap);

// Shorthands for the most common errors.
_Noreturn void py_raise_type_error(py_vm_t *vm, const char *fmt, ...);
_Noreturn void py_raise_value_error(py_vm_t *vm, const char *fmt, ...);
_Noreturn void py_raise_index_error(py_vm_t *vm, const char *fmt, ...);
// KeyError whose args is (key,), as CPython's.
_Noreturn void py_raise_key_error(py_vm_t *vm, py_val_t key);
// MemoryError from a preallocated instance: raising it never allocates.
_Noreturn void py_raise_memory_error(py_vm_t *vm);
// OSError (or the matching subclass: FileNotFoundError for ENOENT, ...) with
// args (errno, strerror[, filename]); [filename] may be PY_NULL.
_Noreturn void py_raise_os_error(py_vm_t *vm, int errnum, py_val_t filename);
// Arms the emergency exception buffer with [n] bytes of heap held aside (0
// disarms it), as micropython.alloc_emergency_exception_buf. May raise MemoryError.
void py_exc_emergency_alloc(py_vm_t *vm, size_t n);
// Holds the spent emergency buffer's block aside again, if armed, the heap
// unlocked and with room; otherwise does nothing. Never raises.
void py_exc_emergency_rearm(py_vm_t *vm);
// Returns make(vm, ud), an exception of [type] being built to be raised.
// When that runs out of heap (or the heap is locked) and the emergency buffer
// is armed, the buffer's block is given back and make runs again with the
// heap unlocked; failing that (the block spent and not yet held aside again),
// the buffer's one spare instance is retyped to [type] with no arguments (a
// built-in type only: others get MemoryError). Exceptions make raises
// otherwise pass through. Unarmed, just make(vm, ud). May raise; allocates
// what make does.
py_val_t py_exc_build(py_vm_t *vm, py_type_t *type, py_val_t (*make)(py_vm_t *vm, void *ud),
                      void *ud);
// Raises RecursionError when the C stack is deeper than PY_CFG_C_STACK_LIMIT.
// Call it on entry to any C function that recurses on user data (repr,
// compare, mark is exempt: it uses an explicit stack).
void py_check_c_stack(py_vm_t *vm);

#endif
