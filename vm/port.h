// vm/port.h: everything a platform supplies to the core, and nothing more.
// Layer: the boundary between vm/ and a port (unix/ today). DESIGN §2, §8.
// SPDX-License-Identifier: MIT
//
// Port functions never raise and never touch Python objects: they return 0
// or a negative errno, and the core turns failures into exceptions.

#ifndef PY_PORT_H
#define PY_PORT_H

#include <stddef.h>
#include <stdint.h>

// Writes [len] bytes to the console's standard output (fd 1) or error (fd 2).
// Returns 0 or -errno.
int py_port_write(int fd, const char *data, size_t len);

// Reads one line (with its '\n' if any) from standard input into a malloc'd
// buffer stored in *line, its length in *len. Returns 0, 1 at end of input,
// or -errno. [prompt] is shown first when stdin is a terminal.
int py_port_read_line(const char *prompt, char **line, size_t *len);

// Reads the whole file [path] into a malloc'd buffer (NUL-terminated).
// Returns 0 or -errno (-ENOENT when absent, -EISDIR for a directory).
int py_port_read_file(const char *path, char **data, size_t *len);

// 1 if [path] is a directory, 0 if not, or -errno.
int py_port_is_dir(const char *path);

// Monotonic time in microseconds since an arbitrary start.
uint64_t py_port_ticks_us(void);
// Wall-clock time in seconds since the epoch.
double py_port_time(void);
// Sleeps [us] microseconds, returning early (with 1) when an interrupt is
// pending, else 0.
int py_port_sleep_us(uint64_t us);

// True once when Ctrl-C (SIGINT) arrived since the last call; the VM polls it
// at safe points and raises KeyboardInterrupt.
int py_port_take_interrupt(void);
// micropython.kbd_intr: [c] 3 (Ctrl-C, the default) makes SIGINT interrupt
// the program; -1 gives SIGINT back to the system (it ends the process), for
// programs that read raw bytes from the console. Never fails.
void py_port_set_interrupt_char(int c);

// Tells a memory checker (valgrind) that the [n] bytes at [p], a stretch of
// C stack the collector scans conservatively, are read on purpose: stack
// words nobody initialised are not errors there. Does nothing elsewhere.
void py_port_assume_defined(const void *p, size_t n);

// The address of the base (highest address) of the C stack of the thread
// running the VM, for conservative scanning and the C-stack limit.
void *py_port_stack_base(void);

// Calls fn(ctx) after spilling the callee-saved registers to the stack, so a
// conservative scan from inside fn sees values held only in registers.
void py_port_with_registers_spilled(void (*fn)(void *ctx), void *ctx);

// The most bytes a growing heap may take from the system. Past it, allocation
// raises MemoryError instead of asking the system for memory it cannot give
// (which would end in the kernel's OOM killer rather than a Python exception).
size_t py_port_heap_limit(void);

// Reports an unrecoverable internal error and ends the process. Never returns.
_Noreturn void py_port_fatal(const char *msg);

#endif
