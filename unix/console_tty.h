// unix/console_tty.h: the terminal (or plain stdin/stdout) as the REPL's console.
// Layer: unix port.
// SPDX-License-Identifier: MIT

#ifndef PY_CONSOLE_TTY_H
#define PY_CONSOLE_TTY_H

#include "console.h"

// The console on fds 0 and 1. When fd 0 is a terminal it is put in raw mode
// (no echo, no line buffering, no signal keys; output processing kept, so
// onlcr still adds \r) while the REPL reads, and back in its own mode while
// code runs, at exit and on SIGTERM/SIGHUP. Otherwise bytes are read as they
// come. With [keys] false the terminal is left alone (a READLINE=... build, where the
// library reads the lines and sets the terminal up itself). Never fails; the console is
// static (one per process).
py_console_t *py_console_tty_open(bool keys);
// Puts the terminal back as it was found. Never fails; safe to call twice.
void py_console_tty_close(py_console_t *con);

#endif
