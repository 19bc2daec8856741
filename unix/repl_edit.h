// unix/repl_edit.h: the REPL's own line editor (MicroPython's keys, redraw bytes, history,
// auto-indent rules and Tab completion; reference §2-§4, §8). Layer: unix port.
// SPDX-License-Identifier: MIT

#ifndef PY_REPL_EDIT_H
#define PY_REPL_EDIT_H

#include <stdbool.h>
#include <stddef.h>

#include "console.h"
#include "repl_history.h"

typedef struct py_repl_edit py_repl_edit_t;    // one per session: history, options

// What a Tab completes to, from a completion hook (unix/repl_complete.h makes one from the
// VM). [insert] is text to insert at the cursor (may be empty); [names], when n_names > 1,
// are the candidates to list in columns (then the prompt and line are written again).
typedef struct py_completion {
    char *insert;     // malloc'd or NULL
    char **names;     // malloc'd array of malloc'd strings, or NULL
    size_t n_names;
} py_completion_t;

// A completion hook: completes [line] ([len] bytes: the text before the cursor) into *out
// (zeroed by the caller). Must not raise; returns false when there is nothing to do.
typedef bool py_repl_complete_fn(void *ctx, const char *line, size_t len, py_completion_t *out);

// Frees what a hook put in [c] and zeroes it. Never fails.
void py_completion_free(py_completion_t *c);

// A new editor with an empty history of [history_max] entries; NULL when out of memory.
py_repl_edit_t *py_repl_edit_new(size_t history_max);
// Frees the editor and its history. [ed] may be NULL.
void py_repl_edit_free(py_repl_edit_t *ed);
// The editor's history (to load at start and save at exit, see repl_history.h).
py_repl_history_t *py_repl_edit_history(py_repl_edit_t *ed);
// Installs the Tab completion hook (NULL: Tab only inserts indentation).
void py_repl_edit_set_complete(py_repl_edit_t *ed, py_repl_complete_fn *fn, void *ctx);
// True when the last line read had a Tab typed right after its auto-indent, which turns
// auto-indent off (§3): the engine then pre-inserts no indent for the rest of the statement.
bool py_repl_edit_indent_off(const py_repl_edit_t *ed);

// Reads one line on [con] after writing [prompt]; [indent] is text pre-inserted (auto-indent
// spaces, the editor applies §3's Tab/space/backspace rules to it). Returns
// PY_EDIT_LINE with the line (no newline) in *line/*len (malloc'd, caller frees), or, for a
// key on an empty line (indent only counts as empty for Ctrl-D as §3 says), PY_EDIT_CTRL_A..E,
// PY_EDIT_CTRL_C (any line: the line is dropped), or PY_EDIT_EOF (-1 from getc). Writes "\r\n"
// after Enter. Never raises; completion calls [complete] if set.
//
// Details: a line that has any text, auto-indent included, is not empty, so Ctrl-A/B/D/E
// there edit (home, left, delete, end) as §2 says. Nothing is written for the control
// results: the engine writes what §5 says. A line ended by Enter is added to the history
// (by repl_history.h's rules). When memory runs out, keys that would lengthen the line are
// ignored; if not even an empty line can be had, the result is PY_EDIT_EOF.
typedef enum { PY_EDIT_LINE, PY_EDIT_CTRL_A, PY_EDIT_CTRL_B, PY_EDIT_CTRL_C, PY_EDIT_CTRL_D,
               PY_EDIT_CTRL_E, PY_EDIT_EOF } py_edit_result_t;
py_edit_result_t py_repl_edit_line(py_repl_edit_t *ed, py_console_t *con, const char *prompt,
                                   const char *indent, char **line, size_t *len);

#endif
