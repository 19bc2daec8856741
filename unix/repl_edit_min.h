// unix/repl_edit_min.h: a stand-in for unix/repl_edit.h (the line editor of s20-editor) until
// that branch is merged; same signatures. Layer: unix port. DELETE at the merge.
// SPDX-License-Identifier: MIT

#ifndef PY_REPL_EDIT_MIN_H
#define PY_REPL_EDIT_MIN_H

#include <stddef.h>
#include "console.h"

typedef struct py_repl_edit py_repl_edit_t;
typedef enum { PY_EDIT_LINE, PY_EDIT_CTRL_A, PY_EDIT_CTRL_B, PY_EDIT_CTRL_C, PY_EDIT_CTRL_D,
               PY_EDIT_CTRL_E, PY_EDIT_EOF } py_edit_result_t;

// A session's editor; NULL when out of memory. Never raises.
py_repl_edit_t *py_repl_edit_new(void);
void py_repl_edit_free(py_repl_edit_t *ed);
// History file: loaded at start, saved (last 50 entries) at the end. Failures are ignored.
void py_repl_edit_history_load(py_repl_edit_t *ed, const char *path);
void py_repl_edit_history_save(py_repl_edit_t *ed, const char *path);
// As unix/repl_edit.h: one line after [prompt] with [indent] pre-inserted. Never raises.
py_edit_result_t py_repl_edit_line(py_repl_edit_t *ed, py_console_t *con, const char *prompt,
                                   const char *indent, char **line, size_t *len);

#endif
