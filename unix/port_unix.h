// unix/port_unix.h: what the unix port adds to vm/port.h for its own main and REPL.
// Layer: unix port. Nothing in vm/ or mods/ may include this header.
// SPDX-License-Identifier: MIT

#ifndef PY_PORT_UNIX_H
#define PY_PORT_UNIX_H

#include <stdbool.h>
#include "port.h"
#include "repl_edit.h"
#include "vm.h"

// Records the C stack base (an address in main's frame) and installs the
// SIGINT handler. Call first thing in main, before py_vm_new. Does not raise.
void py_port_init(void *stack_base);

// Tells the port which VM to interrupt on SIGINT (its `pending` flag), or
// NULL to forget it. The unix executable runs one VM at a time.
void py_port_bind_vm(py_vm_t *vm);

// True when standard input is a terminal (decides REPL versus reading a
// program from stdin, and whether readline is used). Does not raise.
bool py_port_stdin_is_tty(void);

// Line-editor history for the REPL: loads [path] at start, saves it at exit
// keeping the last [max_lines] entries. Never fail loudly: history is a comfort.
void py_port_history_load(const char *path, int max_lines);
void py_port_history_add(const char *line);
void py_port_history_save(const char *path);

// The line editor that terminal input goes through in the default build (input() on a
// terminal; the REPL engine uses it too, so that both share one history and the
// py_port_history_* calls act on it): made on first call, NULL when out of memory.
// Does not raise. (A READLINE=... build reads terminal lines through that library.)
py_repl_edit_t *py_port_line_editor(void);

// 1 when the last py_port_read_line was ended by Ctrl-C rather than Enter;
// the REPL then drops the statement being typed.
int py_port_line_cancelled(void);

// Console hooks for scenario files and the board window (unix/main.c installs
// them): an observer sees every byte written to standard output, as it is
// written; it must not raise. Up to 4 observers, called in the order added;
// add returns 0 or -ENOSPC, remove forgets the (observer, ctx) pair (no-op
// when absent). [wait] runs at the start of each py_port_read_line from a
// non-terminal stdin, after the prompt, before the port holds anything: it
// may raise (longjmp straight out of the read). NULL removes it. Never fail.
int py_port_add_stdout_observer(void (*observer)(void *ctx, const char *data, size_t n),
                                void *ctx);
void py_port_remove_stdout_observer(void (*observer)(void *ctx, const char *data, size_t n),
                                    void *ctx);
void py_port_set_stdin_wait(void (*wait)(void *ctx), void *ctx);

// ---- the board's serial link (-X serial, unix/board_boot.c) ----
// The interrupt character micropython.kbd_intr set (3 by default, -1 for none).
int py_port_interrupt_char(void);
// Sends the console output of fds 1 and 2 (and input() prompts and echo) to [con]
// instead of the process's fds, with \n written as \r\n (never \r\r\n), as a board's
// console does; input() then reads its line on con with the link's editor (below).
// NULL puts the fds back.
// The stdout observers still see the text as written. Never fails.
struct py_console;
void py_port_redirect_console(struct py_console *con);
// Raises the interrupt as the SIGINT handler does (KeyboardInterrupt at the VM's next
// safe point); async-signal-safe and callable from any thread. Never fails.
void py_port_raise_interrupt(void);
// The line editor of the board's link: the board REPL's and input()'s (one history of 8
// lines, in RAM, as a board's). Made on first call, NULL when out of memory; lives until
// py_port_link_editor_free, which a soft reset calls (a board's history starts empty at
// each reset). Neither raises.
py_repl_edit_t *py_port_link_editor(void);
void py_port_link_editor_free(void);

#endif
