// unix/line_edit.h: the REPL's line editor, readline or libedit loaded at run time.
// Layer: unix port. Nothing here raises or touches Python objects.
// SPDX-License-Identifier: MIT

#ifndef PY_LINE_EDIT_H
#define PY_LINE_EDIT_H

#include <stdio.h>

// The library's key reader: returns the next byte, '\n' to end the line, or EOF.
typedef int line_edit_getc_t(FILE *stream);

// Loads the library (PY_LINE_EDIT_LIB) the first time, installing [getc_fn]
// as its key reader with its own signal handling off. Returns 1 when the
// editor is usable, 0 when the library is missing (read plain lines then).
int line_edit_load(line_edit_getc_t *getc_fn);

// The calls below need a successful line_edit_load first.

// Reads one edited line without its newline, malloc'd; NULL at end of input.
char *line_edit_read(const char *prompt);

// Empties the line being edited (for a Ctrl-C from inside the key reader).
void line_edit_clear_line(void);

// History: loaded from [path] keeping [max_lines], added to (skipping a
// repeat of the last entry), saved back truncated. Failures are ignored:
// history is a comfort.
void line_edit_history_load(const char *path, int max_lines);
void line_edit_history_add(const char *line);
void line_edit_history_save(const char *path);

#endif
