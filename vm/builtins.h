// vm/builtins.h: the builtins module, the REPL's echo, and helpers for C functions
// that take keyword arguments. Layer: vm core (library). Used by vm/, mods/ and unix/.
// SPDX-License-Identifier: MIT

#ifndef PY_BUILTINS_H
#define PY_BUILTINS_H

#include "obj.h"
#include "vm.h"

// Creates the builtins module (vm->builtins, vm->builtins_dict) with every
// built-in type, exception, constant and function, registers it in
// sys.modules (sys itself is loaded later, per process: vm/vm.c). Called
// once by py_vm_new after the types exist. May raise; may allocate.
void py_builtins_init(py_vm_t *vm);

// The REPL's echo of an expression statement: unless [v] is None, sets
// builtins._ to [v] and writes repr(v) and a newline to sys.stdout.
// May raise; may allocate.
void py_display_value(py_vm_t *vm, py_val_t v);

// Sorts the keyword arguments of a C call ([nargs] positionals in [args],
// then one value per name of [kwnames]) into [out]: out[i] gets the value of
// keyword names[i] (a NULL-terminated array of C strings) or stays PY_NULL.
// A name not in [names] raises TypeError "<fn>() got an unexpected keyword
// argument 'x'". May raise; does not allocate except for that error.
void py_builtins_kwargs(py_vm_t *vm, const char *fn, size_t nargs, const py_val_t *args,
                        py_val_t kwnames, const char *const *names, py_val_t *out);

// Writes str [s] to the stream object [file] through its write method (the
// way print does). May raise; may allocate.
void py_builtins_write(py_vm_t *vm, py_val_t file, py_val_t s);

// The current sys.stdout (or sys.stderr/sys.stdin, by [name]: stdout, stderr,
// stdin), as Python code has set it: PY_NONE when it is None, the original
// stream (vm->stdout_obj & co.) when sys has no such member, and PY_NULL
// when there is none at all (no sys module linked). Does not raise.
py_val_t py_builtins_std_stream(py_vm_t *vm, py_name_id_t name);

// globals(): the running frame's globals (the __main__ namespace when no
// frame runs). May allocate.
py_val_t py_builtins_globals(py_vm_t *vm);

// locals(): the running frame's namespace for module and class bodies, and a
// new snapshot dict of the bound local and closure variables in a function.
// May allocate.
py_val_t py_builtins_locals(py_vm_t *vm);

// The tables of the builtins module's functions, one per concept file
// (vm/builtins_*.c), each NULL-name terminated.
extern const py_method_def_t py_builtins_eval_functions[];
extern const py_method_def_t py_builtins_io_functions[];
extern const py_method_def_t py_builtins_num_functions[];
extern const py_method_def_t py_builtins_seq_functions[];
extern const py_method_def_t py_builtins_obj_functions[];

#endif
