// vm/vm_loop.h: the bytecode loop's entry points and the frame helpers it shares
// with vm/call.c and vm/obj_func.c. Layer: vm core (VM). Internal to the VM files.
// SPDX-License-Identifier: MIT

#ifndef PY_VM_LOOP_H
#define PY_VM_LOOP_H

#include "frame.h"

// Pushes a frame for Python function [func] whose arguments are already on
// the VM stack at [base]: [nargs] positional values, then one value per
// name of [kwnames] (a tuple, or PY_NULL). Binds them into the frame's
// locals as the signature says, makes the cells, and makes the frame
// current. Raises TypeError (CPython's binding messages) or RecursionError
// before anything changes; may allocate.
py_frame_t *py_call_enter(py_vm_t *vm, py_val_t func, py_val_t *base, size_t nargs,
                          py_val_t kwnames);

// Pushes a frame for [code] with no arguments (module, eval and class bodies)
// at vm->stack_top, with [locals] as its namespace dict. May raise; may allocate.
py_frame_t *py_call_enter_code(py_vm_t *vm, py_code_t *code, py_val_t func, py_val_t globals,
                               py_val_t locals);

// Pushes a frame for [co] whose slots start at [base] (already filled),
// with an empty operand stack, and makes it current. Checks nothing: the
// caller has checked the depth and the stack space. Does not allocate.
py_frame_t *py_frame_push(py_vm_t *vm, py_code_t *co, py_val_t func, py_val_t globals,
                          py_val_t *base);
// Raises RecursionError when a frame of [need] slots at [base] would not fit.
void py_frame_check_room(py_vm_t *vm, py_val_t *base, size_t need);
// How call-site errors name [callable], as CPython's _PyObject_FunctionStr:
// "__main__.f()", "C.m()" qualified by module unless builtins, "print()",
// "list.append()", or str(callable) when it has no __qualname__. May raise; may allocate.
py_val_t py_call_describe(py_vm_t *vm, py_val_t callable);

// Runs the loop from [entry], a frame just pushed by C code, until that frame
// returns; returns its result. Exceptions that escape it are re-raised to
// the caller with their traceback lines added. May raise; may allocate.
py_val_t py_vm_loop_run(py_vm_t *vm, py_frame_t *entry);
// As py_vm_loop_run, but first raises [exc] at [entry]'s current instruction
// (generator.throw): a handler there catches it. May raise; may allocate.
py_val_t py_vm_loop_run_throw(py_vm_t *vm, py_frame_t *entry, py_val_t exc);

// Calls Python function [func] from C (its type's call slot): copies the
// arguments to the VM stack, binds them and runs the loop. May raise; may allocate.
py_val_t py_vm_loop_call(py_vm_t *vm, py_val_t func, size_t nargs, const py_val_t *args,
                         py_val_t kwnames);

// For a native function [fn], now running with [args]: when the innermost
// interpreter loop called it itself (a CALL instruction, no other C code
// between), where that loop's C frame ends; NULL otherwise. The frames below
// that point then hold no reference the VM stack lacks (the loop keeps every
// value it needs across a call on the VM stack), which gc.collect() uses.
// Does not raise or allocate.
const void *py_vm_loop_caller_frame(py_vm_t *vm, py_cfunc_t fn, const py_val_t *args);

#endif

// ---- vm_ops.c: the loop's slow paths, one per instruction that needs one ----
// Each may raise and may allocate unless said otherwise.

// UNPACK_SEQUENCE: pushes the [n] items of [seq] at [sp], the first on top; returns the new sp.
py_val_t *py_vm_ops_unpack(py_vm_t *vm, py_val_t seq, size_t n, py_val_t *sp);
// UNPACK_EX: [before] items, a list of the middle, [after] items.
py_val_t *py_vm_ops_unpack_ex(py_vm_t *vm, py_val_t seq, size_t before, size_t after, py_val_t *sp);
// CALL_EX: spreads [args] (a tuple, or any iterable for f(*x) alone) and
// [kwargs] (a dict or PY_NULL) at [dst], the first argument slot of the call
// (dst[-2] is the callable, which error messages name); returns the kwnames
// tuple (PY_NULL if none) and the positional count in *nargs.
py_val_t py_vm_ops_spread(py_vm_t *vm, py_val_t *dst, py_val_t args, py_val_t kwargs, size_t *nargs);
// BUILD_CLASS: runs the body function in a fresh namespace and makes the class.
py_val_t py_vm_ops_build_class(py_vm_t *vm, py_val_t body, py_val_t name, py_val_t bases,
                               py_val_t kwargs);
// RAISE_VARARGS with a cause: raises [exc] with __cause__ set.
_Noreturn void py_vm_ops_raise_from(py_vm_t *vm, py_val_t exc, py_val_t cause);
// FORMAT_VALUE: [v] converted by [conv] (0 none, 1 str, 2 repr, 3 ascii) and formatted by [spec].
py_val_t py_vm_ops_format(py_vm_t *vm, py_val_t v, uint32_t conv, py_val_t spec);
// BUILD_STRING: the concatenation of [n] strs.
py_val_t py_vm_ops_join(py_vm_t *vm, const py_val_t *parts, size_t n);
// BEFORE_WITH: stores mgr's bound __exit__ in *exit and returns mgr.__enter__().
py_val_t py_vm_ops_enter(py_vm_t *vm, py_val_t mgr, py_val_t *exit);
// WITH_EXCEPT_START: exit(type(exc), exc, None).
py_val_t py_vm_ops_exit_exc(py_vm_t *vm, py_val_t exit, py_val_t exc);
// LIST_EXTEND: list.extend(iterable), with CPython's "Value after * must be an iterable".
void py_vm_ops_list_extend(py_vm_t *vm, py_val_t list, py_val_t iterable);
// SET_UPDATE / DICT_MERGE (errors name [callable], PY_NULL for a dict display).
void py_vm_ops_set_update(py_vm_t *vm, py_val_t set, py_val_t iterable);
void py_vm_ops_dict_merge(py_vm_t *vm, py_val_t dict, py_val_t other, py_val_t callable);
// MAKE_FUNCTION's function object from [code] and the optional parts.
py_val_t py_vm_ops_make_function(py_vm_t *vm, py_val_t code, py_val_t globals, py_val_t defaults,
                                 py_val_t kwdefaults, py_val_t closure);
// Name errors, with CPython's messages.
_Noreturn void py_vm_ops_name_error(py_vm_t *vm, py_val_t name);
_Noreturn void py_vm_ops_unbound_local(py_vm_t *vm, py_val_t name);
_Noreturn void py_vm_ops_unbound_free(py_vm_t *vm, py_val_t name);
