// mods/io.h: text streams over file descriptors (io.TextIOWrapper), for open() and sys.std*.
// Layer: library modules. The type itself is vm->types[PY_T_textio] (spec py_textio_spec).
// SPDX-License-Identifier: MIT

#ifndef PY_MODS_IO_H
#define PY_MODS_IO_H

#include "obj.h"
#include "vm.h"

// A text stream over the already open [fd] named [name] (e.g. "<stdout>")
// with [mode] "r" or "w"; the stream never closes the fd. Writes to fd 1 are
// buffered (by line on a terminal) and written before anything goes to fd 2
// or input is read. May allocate; may raise MemoryError.
py_val_t py_io_textio_from_fd(py_vm_t *vm, int fd, const char *name, const char *mode);
// Makes console [stream] (from py_io_textio_from_fd) line-buffered when its fd
// is a terminal in this process. Never raises.
void py_io_console_start(py_val_t stream);
// The board's serial link is up (true) or not: console streams are then line-buffered
// and sys.stdin reads only the bytes asked for. Call before the VM starts. Never fails.
void py_io_set_console_link(bool on);

// Writes out what the text stream [stream] holds buffered; quietly ignores
// values that are not text streams and write errors. Does not raise or allocate.
void py_io_flush_quiet(py_vm_t *vm, py_val_t stream);

extern const py_type_spec_t py_textio_spec;

#endif
