// unix/repl_indent.h: the friendly REPL's two decisions about a statement being typed: does it
// go on, and how many spaces does the next line start with. Layer: unix port; pure C.
// SPDX-License-Identifier: MIT

#ifndef PY_REPL_INDENT_H
#define PY_REPL_INDENT_H

#include <stdbool.h>
#include <stddef.h>

// True when [text] (the lines typed so far joined by '\n', NUL-terminated, no '\n' after
// the last) needs another line: a triple quote or bracket is open, the last line ends in
// '\', or the first line starts a compound statement (if while for try with def class
// async @) and the last line is not empty. Never fails.
bool py_repl_indent_continues(const char *text);

// The auto-indent of the next line, in spaces, after [len] bytes of [text] that end in
// '\n': the previous line's leading spaces rounded down to 4s, 4 more after a ':', none
// when the last two lines were blank (so Enter three times ends a block). Never fails.
size_t py_repl_indent_next(const char *text, size_t len);

#endif
