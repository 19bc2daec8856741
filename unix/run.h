// unix/run.h: running code at the top level and reporting what escapes it.
// Layer: unix port. Shared by the command line (unix/main.c) and the REPL (unix/repl.c).
// SPDX-License-Identifier: MIT

#ifndef PY_RUN_H
#define PY_RUN_H

#include <stdbool.h>
#include <stddef.h>
#include "ast.h"
#include "vm.h"

// How a piece of top-level code ended.
typedef enum {
    PY_RUN_DONE,   // ran to the end
    PY_RUN_ERROR,  // an exception escaped; its traceback has been printed to stderr
    PY_RUN_EXIT    // SystemExit: the process should exit with *status
} py_run_result_t;

// Runs fn(vm, ctx) protected and reports an escaping exception: SystemExit
// sets *status (n & 255 for an int, 0 for None; other values are printed to
// stderr and give 1); any other exception prints its traceback to
// sys.stderr and sets *status to 1. Never raises.
py_run_result_t py_run_protected(py_vm_t *vm, void (*fn)(py_vm_t *vm, void *ctx), void *ctx,
                                 int *status);

// Sets the line an escaping KeyboardInterrupt prints instead of its traceback
// (status 1 as ever), NULL for the traceback: the board window closed by the
// user stops the program cleanly. Never fails.
void py_run_set_interrupt_note(const char *note);

// Compiles [len] bytes of [src] as [mode] with file name [filename] and,
// unless [compile_only], runs it in the __main__ module. Never raises.
py_run_result_t py_run_source(py_vm_t *vm, const char *src, size_t len, const char *filename,
                              py_parse_mode_t mode, bool compile_only, int *status);

// The __main__ module's namespace, making the module on first use. May raise.
py_val_t py_run_main_globals(py_vm_t *vm);

// Writes out what sys.stdout and sys.stderr hold buffered. Never raises.
void py_run_flush(py_vm_t *vm);

// The interactive loop (unix/repl.c): reads statements until end of input
// or SystemExit; returns the process exit status. Never raises.
int py_repl_run(py_vm_t *vm);

#endif
