// unix/console_pty.h: the simulated board's serial console as a pseudo-terminal (-X serial).
// Layer: unix port (POSIX). The board holds the master; tools open the slave (or its link).
// SPDX-License-Identifier: MIT

#ifndef PY_UNIX_CONSOLE_PTY_H
#define PY_UNIX_CONSOLE_PTY_H

#include <stddef.h>

#include "console.h"

typedef struct py_console_pty py_console_pty_t;

// Opens a PTY, puts its slave in raw mode (cfmakeraw: no echo, no onlcr), keeps a slave
// fd open so tools can come and go without hang-ups, points the symlink [link]
// ("board.tty" when NULL) at the slave, and starts the reader thread. Prints the slave
// path, the link and the tool command lines to the process's stderr. Returns NULL and
// a message in [err] on failure. Call from the main thread (its Ctrl-C is aimed there).
py_console_pty_t *py_console_pty_open(const char *link, char *err, size_t err_len);
// The console for the REPL engine (board = true). getc reads the queued input bytes;
// write sends bytes as given, waiting at most a short bounded time when no tool
// reads and then dropping them, as a board's USB CDC does.
py_console_t *py_console_pty_console(py_console_pty_t *p);
// The read end of the queued input (what sys.stdin reads after the port's redirect).
int py_console_pty_input_fd(py_console_pty_t *p);
// The slave's path ("/dev/pts/N"). Never NULL once open.
const char *py_console_pty_slave(py_console_pty_t *p);
// Stops the reader thread, removes the link, closes everything. Never fails.
void py_console_pty_close(py_console_pty_t *p);

#endif
