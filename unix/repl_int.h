// unix/repl_int.h: what the REPL engine's files share (unix/repl.c, unix/repl_raw.c).
// Layer: unix port. Not for other users: their interface is unix/console.h.
// SPDX-License-Identifier: MIT

#ifndef PY_REPL_INT_H
#define PY_REPL_INT_H

#include "ast.h"
#include "console.h"
#include "run.h"

// How the engine's modes end: go on in the other mode, or leave the engine.
typedef enum { REPL_SWITCH, REPL_LEAVE } repl_step_t;

// Writes the NUL-terminated [s] to [con].
void py_repl_say(py_console_t *con, const char *s);

// Compiles [len] bytes of [src] as [mode] ("<stdin>") and runs it in __main__, the
// console in its running state meanwhile. With [framed] (raw REPL) writes \x04 after the
// program's output and again after the error text (empty when none). Returns how it
// ended; SystemExit's status in *status. Never raises.
py_run_result_t py_repl_exec(py_vm_t *vm, py_console_t *con, const char *src, size_t len,
                             py_parse_mode_t mode, bool framed, int *status);

// Prints "KeyboardInterrupt: " (no traceback) to sys.stderr as a board does for a Ctrl-C
// outside any code. Never raises.
void py_repl_print_interrupt(py_vm_t *vm);

// The raw REPL (unix/repl_raw.c) from its banner on. REPL_SWITCH: Ctrl-B, back to the
// friendly REPL (the "\r\n" written). REPL_LEAVE: an empty \x04 or SystemExit (soft reset
// or exit, *status set), or end of input. Never raises.
repl_step_t py_repl_raw(py_vm_t *vm, py_console_t *con, int *status, bool *eof);

#endif
