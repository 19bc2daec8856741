// unix/console.h: the byte stream the REPL engine talks through (a terminal, the board's
// pseudo-terminal). Layer: unix port. Implementations: console_tty.c, console_pty.c.
// SPDX-License-Identifier: MIT

#ifndef PY_CONSOLE_H
#define PY_CONSOLE_H

#include <stdbool.h>
#include <stddef.h>
#include "vm.h"

typedef struct py_console py_console_t;
struct py_console {
    // The next input byte, waiting for it; -1 at end of input (EOF, hang-up, read error).
    // A SIGINT while waiting makes it return 3 (Ctrl-C), so the editor sees Ctrl-C as a key.
    int (*getc)(py_console_t *con);
    // Writes the bytes exactly as given (the engine writes "\r\n" itself where a board does).
    void (*write)(py_console_t *con, const char *data, size_t len);
    // Called with true just before user code runs and false when it ends: a terminal goes
    // back to cooked mode while code runs (so Ctrl-C is SIGINT and output gets onlcr); the
    // board link starts watching its input for the interrupt character.
    void (*running)(py_console_t *con, bool running);
    bool board;   // a board: Ctrl-D and an empty raw \x04 soft-reset instead of exiting
    void *ctx;
};
// The engine: runs the friendly or raw REPL on [con] until the user leaves.
// *mode is PY_REPL_FRIENDLY or PY_REPL_RAW on entry (where to start) and on return (where
// a soft reset should resume). Returns PY_REPL_EXIT (status in *status: Ctrl-D at >>> on the
// PC, SystemExit, end of input) or PY_REPL_SOFT_RESET (only when con->board).
typedef enum { PY_REPL_FRIENDLY, PY_REPL_RAW } py_repl_mode_t;
typedef enum { PY_REPL_EXIT, PY_REPL_SOFT_RESET } py_repl_outcome_t;
py_repl_outcome_t py_repl_run_console(py_vm_t *vm, py_console_t *con, py_repl_mode_t *mode,
                                      int *status);
// The friendly banner (two lines: "MicroPython vX on DATE; MACHINE\r\nType \"help()\" for
// more information.\r\n"), MACHINE from the board when one is up (its "name" with its MCU,
// e.g. "Raspberry Pi Pico (simulated) with RP2040"; never the names the reference §15 lists)
// else "linux [GCC x.y.z] version".
void py_repl_banner(py_vm_t *vm, py_console_t *con);

#endif
