// unix/repl_history.h: the REPL's history: a ring of the last N lines, and its file
// (~/.micropython.history, oldest first, one line per entry). Layer: unix port.
// SPDX-License-Identifier: MIT

#ifndef PY_REPL_HISTORY_H
#define PY_REPL_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

// MicroPython's unix port keeps 50 entries (reference §8).
#define PY_REPL_HISTORY_MAX 50

typedef struct py_repl_history {
    char **items;    // items[0] is the newest entry; malloc'd C strings
    size_t count;    // entries held
    size_t max;      // capacity: older entries fall off
} py_repl_history_t;

// Makes an empty history of [max] entries (0 keeps none). Allocates lazily: never fails.
void py_repl_history_init(py_repl_history_t *h, size_t max);
// Frees every entry; the history is empty (and reusable) afterwards.
void py_repl_history_clear(py_repl_history_t *h);
// Adds [line] ([len] bytes, no newline) as the newest entry, skipping an empty line and a
// repeat of the newest entry (§8; a line of auto-indent spaces is kept). Drops the oldest
// entry when full. Returns false only when memory ran out (the entry is then not kept).
bool py_repl_history_add(py_repl_history_t *h, const char *line, size_t len);
// Entry [i] counted from the newest (0), or NULL when i >= count.
const char *py_repl_history_get(const py_repl_history_t *h, size_t i);
// Adds the lines of the file at [path] (oldest first) by the rules of _add. Returns 0, or
// -errno when the file cannot be read (a missing file is normal: -ENOENT).
int py_repl_history_load(py_repl_history_t *h, const char *path);
// Writes the entries to [path], oldest first, one per line (through a temporary file
// renamed into place, so a crash never leaves half a history). Returns 0 or -errno.
int py_repl_history_save(const py_repl_history_t *h, const char *path);
// "$HOME/.micropython.history", malloc'd; NULL when HOME is unset or memory ran out.
char *py_repl_history_default_path(void);

#endif
