// unix/repl_edit.c: the REPL's line editor: MicroPython's keys and redraw bytes (reference
// §2), the auto-indent rules of §3, history (§8) and Tab completion's display (§4).
// Layer: unix port. Never raises; holds no Python objects (completion goes through a hook).
// SPDX-License-Identifier: MIT
//
// The screen is redrawn with the few sequences every terminal and MicroPython's own
// editor use: "\b" (up to 4) or ESC[nD to move left, ESC[K to erase to the end, and the
// line's own bytes to move right or repaint. Tools and tests compare these bytes, so each
// edit emits the same minimal sequence a board does: move to where the change starts,
// erase only when the line got shorter, repaint the tail, move back to the cursor.
// The line is UTF-8: the cursor moves over whole code points, one column each.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repl_edit.h"

#define ESC 27
#define TAB_SPACES "    "
#define SLOT 16              // completion list: names in 16-column slots...
#define ROW (4 * SLOT)       // ...4 to a row

struct py_repl_edit {
    py_repl_history_t hist;
    py_repl_complete_fn *complete;
    void *complete_ctx;
    int pending_nl;    // '\r' or '\n' that ended the last line: its pair partner is skipped
    bool indent_off;   // Tab typed right after the last line's auto-indent
};

// The line being edited by one py_repl_edit_line call.
typedef struct line {
    py_repl_edit_t *ed;
    py_console_t *con;
    const char *prompt;
    char *buf;
    size_t len, cap, cursor;   // bytes; cursor is a byte offset on a code point boundary
    bool just_indented;        // auto-indent inserted and no key typed since
    long hist_pos;             // history entry shown, -1 for the line being typed
} line_t;

// Keys that arrive as escape sequences (or stand for several control keys).
typedef enum {
    K_NONE, K_EOF, K_CTRL_C, K_UP, K_DOWN, K_LEFT, K_RIGHT, K_HOME, K_END, K_DELETE,
    K_WORD_LEFT, K_WORD_RIGHT, K_WORD_DELETE, K_WORD_RUBOUT
} edit_key_t;

// ---- editor objects ------------------------------------------------------------------------

py_repl_edit_t *py_repl_edit_new(size_t history_max) {
    py_repl_edit_t *ed = calloc(1, sizeof *ed);
    if (ed) py_repl_history_init(&ed->hist, history_max);
    return ed;
}

void py_repl_edit_free(py_repl_edit_t *ed) {
    if (!ed) return;
    py_repl_history_clear(&ed->hist);
    free(ed);
}

py_repl_history_t *py_repl_edit_history(py_repl_edit_t *ed) { return &ed->hist; }

void py_repl_edit_set_complete(py_repl_edit_t *ed, py_repl_complete_fn *fn, void *ctx) {
    ed->complete = fn;
    ed->complete_ctx = ctx;
}

bool py_repl_edit_indent_off(const py_repl_edit_t *ed) { return ed->indent_off; }

void py_completion_free(py_completion_t *c) {
    free(c->insert);
    for (size_t i = 0; i < c->n_names; i++) free(c->names[i]);
    free(c->names);
    memset(c, 0, sizeof *c);
}

// ---- output and code points ------------------------------------------------------------------

static void out(line_t *l, const char *s, size_t n) {
    if (n) l->con->write(l->con, s, n);
}

static void outs(line_t *l, const char *s) { out(l, s, strlen(s)); }

static bool is_cont(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

// Screen columns of bytes [from, to): one per code point.
static size_t cols(const line_t *l, size_t from, size_t to) {
    size_t n = 0;
    for (size_t i = from; i < to; i++) n += !is_cont(l->buf[i]);
    return n;
}

static size_t next_cp(const line_t *l, size_t pos) {
    if (pos < l->len) pos++;
    while (pos < l->len && is_cont(l->buf[pos])) pos++;
    return pos;
}

static size_t prev_cp(const line_t *l, size_t pos) {
    if (pos > 0) pos--;
    while (pos > 0 && is_cont(l->buf[pos])) pos--;
    return pos;
}

// Moves the terminal's cursor [n] columns left: "\b" for up to 4, else ESC[nD.
static void back(line_t *l, size_t n) {
    if (n == 0) return;
    if (n <= 4) {
        out(l, "\b\b\b\b", n);
        return;
    }
    char seq[32];
    int k = snprintf(seq, sizeof seq, "\x1b[%zuD", n);
    out(l, seq, (size_t)k);
}

// Moves the cursor to byte [pos]: left with back(), right by writing the bytes passed over.
static void move_to(line_t *l, size_t pos) {
    if (pos < l->cursor) back(l, cols(l, pos, l->cursor));
    else out(l, l->buf + l->cursor, pos - l->cursor);
    l->cursor = pos;
}

static bool reserve(line_t *l, size_t extra) {
    if (l->len + extra + 1 <= l->cap) return true;
    size_t cap = (l->len + extra + 1) * 2;
    char *b = realloc(l->buf, cap);
    if (!b) return false;
    l->buf = b;
    l->cap = cap;
    return true;
}

// Replaces bytes [from, to) with [ins] and puts the cursor [after] bytes past [from],
// redrawing as a board does (see the file comment). False (nothing changed) without memory.
static bool edit(line_t *l, size_t from, size_t to, const char *ins, size_t n, size_t after) {
    if (n > to - from && !reserve(l, n - (to - from))) return false;
    move_to(l, from);
    size_t old_len = l->len;
    memmove(l->buf + from + n, l->buf + to, l->len - to);
    memcpy(l->buf + from, ins, n);
    l->len = l->len - (to - from) + n;
    l->buf[l->len] = 0;
    if (l->len < old_len) outs(l, "\x1b[K");
    out(l, l->buf + from, l->len - from);
    l->cursor = from + after;
    back(l, cols(l, l->cursor, l->len));
    return true;
}

static void insert(line_t *l, const char *s, size_t n) { edit(l, l->cursor, l->cursor, s, n, n); }

static void erase(line_t *l, size_t from, size_t to) {
    if (from < to) edit(l, from, to, "", 0, 0);
}

static void replace_all(line_t *l, const char *s) { edit(l, 0, l->len, s, strlen(s), strlen(s)); }

// ---- words -------------------------------------------------------------------------------------

static bool word_char(char c) {
    unsigned char u = (unsigned char)c;
    return u >= 0x80 || u == '_' || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}

// Start of the word before [pos] (skipping the non-word bytes first), as Alt-b moves.
static size_t word_start(const line_t *l, size_t pos) {
    while (pos > 0 && !word_char(l->buf[pos - 1])) pos--;
    while (pos > 0 && word_char(l->buf[pos - 1])) pos--;
    return pos;
}

// End of the word after [pos] (skipping the non-word bytes first), as Alt-f moves.
static size_t word_end(const line_t *l, size_t pos) {
    while (pos < l->len && !word_char(l->buf[pos])) pos++;
    while (pos < l->len && word_char(l->buf[pos])) pos++;
    return pos;
}

// ---- history -----------------------------------------------------------------------------------

static void history_step(line_t *l, int dir) {
    long pos = l->hist_pos + dir;
    if (pos < -1 || pos >= (long)l->ed->hist.count) return;
    l->hist_pos = pos;
    replace_all(l, pos < 0 ? "" : py_repl_history_get(&l->ed->hist, (size_t)pos));
}

// ---- completion ----------------------------------------------------------------------------------

// The candidates in 16-column slots, 4 to a row (a name that overruns its slot takes the
// next one too, keeping at least 2 spaces between names), then the prompt and line again.
static void list_names(line_t *l, char **names, size_t n) {
    outs(l, "\r\n");
    size_t col = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(names[i]), gap = 0;
        if (col > 0) {
            gap = SLOT - col % SLOT;
            if (gap < 2) gap += SLOT;
            if (col + gap + len > ROW) {
                outs(l, "\r\n");
                col = gap = 0;
            }
        }
        for (size_t k = 0; k < gap; k++) outs(l, " ");
        out(l, names[i], len);
        col += gap + len;
    }
    outs(l, "\r\n");
    outs(l, l->prompt);
    out(l, l->buf, l->len);
    back(l, cols(l, l->cursor, l->len));
}

static void tab(line_t *l) {
    if (l->just_indented) {   // §3: keeps the indent, turns auto-indent off
        l->ed->indent_off = true;
        return;
    }
    char before = l->cursor > 0 ? l->buf[l->cursor - 1] : ' ';
    if (before == ' ' || before == '\t') {   // §4: Tab after whitespace indents
        insert(l, TAB_SPACES, strlen(TAB_SPACES));
        return;
    }
    if (!l->ed->complete) return;
    py_completion_t c = {NULL, NULL, 0};
    if (l->ed->complete(l->ed->complete_ctx, l->buf, l->cursor, &c)) {
        if (c.insert && *c.insert) insert(l, c.insert, strlen(c.insert));
        if (c.n_names > 1) list_names(l, c.names, c.n_names);
    }
    py_completion_free(&c);
}

// ---- keys --------------------------------------------------------------------------------------

// Reads the rest of an escape sequence (ESC already read) and names its key.
static edit_key_t read_escape(line_t *l) {
    int c = l->con->getc(l->con);
    if (c < 0) return K_EOF;
    if (c == 3) return K_CTRL_C;
    if (c == 'b') return K_WORD_LEFT;     // Alt-b, Alt-f, Alt-d, Alt-Backspace
    if (c == 'f') return K_WORD_RIGHT;
    if (c == 'd') return K_WORD_DELETE;
    if (c == 127 || c == 8) return K_WORD_RUBOUT;
    if (c != '[' && c != 'O') return K_NONE;
    bool ss3 = c == 'O';
    char params[8];
    size_t n = 0;
    for (;;) {   // parameter bytes, then the final byte (0x40..0x7E)
        c = l->con->getc(l->con);
        if (c < 0) return K_EOF;
        if (c == 3) return K_CTRL_C;
        if (c >= 0x40 && c <= 0x7E) break;
        if (n < sizeof params - 1) params[n++] = (char)c;
    }
    params[n] = 0;
    if (ss3 && n) return K_NONE;
    if (c == '~') {
        if (!strcmp(params, "1") || !strcmp(params, "7")) return K_HOME;
        if (!strcmp(params, "4") || !strcmp(params, "8")) return K_END;
        if (!strcmp(params, "3")) return K_DELETE;
        return K_NONE;
    }
    bool plain = n == 0, ctrl = !strcmp(params, "1;5") || !strcmp(params, "1;3");
    switch (c) {
    case 'A': return plain ? K_UP : K_NONE;
    case 'B': return plain ? K_DOWN : K_NONE;
    case 'C': return plain ? K_RIGHT : ctrl ? K_WORD_RIGHT : K_NONE;
    case 'D': return plain ? K_LEFT : ctrl ? K_WORD_LEFT : K_NONE;
    case 'H': return plain ? K_HOME : K_NONE;
    case 'F': return plain ? K_END : K_NONE;
    default: return K_NONE;
    }
}

// Applies an editing key; returns K_EOF or K_CTRL_C when the line ends with it.
static edit_key_t do_key(line_t *l, edit_key_t k) {
    switch (k) {
    case K_UP: history_step(l, +1); break;
    case K_DOWN: history_step(l, -1); break;
    case K_LEFT: move_to(l, prev_cp(l, l->cursor)); break;
    case K_RIGHT: move_to(l, next_cp(l, l->cursor)); break;
    case K_HOME: move_to(l, 0); break;
    case K_END: move_to(l, l->len); break;
    case K_DELETE: erase(l, l->cursor, next_cp(l, l->cursor)); break;
    case K_WORD_LEFT: move_to(l, word_start(l, l->cursor)); break;
    case K_WORD_RIGHT: move_to(l, word_end(l, l->cursor)); break;
    case K_WORD_DELETE: erase(l, l->cursor, word_end(l, l->cursor)); break;
    case K_WORD_RUBOUT: erase(l, word_start(l, l->cursor), l->cursor); break;
    default: break;
    }
    return k;
}

// Backspace: one code point, or 4 spaces inside leading indentation of 4 or more (§2).
static void backspace(line_t *l) {
    size_t spaces = 0;
    while (spaces < l->cursor && l->buf[spaces] == ' ') spaces++;
    if (spaces == l->cursor && spaces >= 4) erase(l, l->cursor - 4, l->cursor);
    else erase(l, prev_cp(l, l->cursor), l->cursor);
}

// A printable byte. A space right after the auto-indent stands for the indent: the spaces
// become that one space (§3: of 4, 3 go), so pasted code keeps its own indentation.
static void printable(line_t *l, char c, bool just_indented) {
    if (c == ' ' && just_indented && l->cursor >= 2) erase(l, 1, l->cursor);
    else insert(l, &c, 1);
}

// ---- reading a line ------------------------------------------------------------------------------

static py_edit_result_t finish(line_t *l, py_edit_result_t r, char **line, size_t *len) {
    if (r == PY_EDIT_LINE) {
        outs(l, "\r\n");
        py_repl_history_add(&l->ed->hist, l->buf, l->len);
        *line = l->buf;
        *len = l->len;
    } else {
        free(l->buf);
    }
    return r;
}

// The control key [c] on an empty line is a mode key (§5); elsewhere it edits.
static bool mode_key(line_t *l, int c, py_edit_result_t *r) {
    if (l->len != 0) return false;
    switch (c) {
    case 1: *r = PY_EDIT_CTRL_A; return true;
    case 2: *r = PY_EDIT_CTRL_B; return true;
    case 4: *r = PY_EDIT_CTRL_D; return true;
    case 5: *r = PY_EDIT_CTRL_E; return true;
    default: return false;
    }
}

// Handles byte [c]; returns true (with *r) when it ends the line.
static bool handle(line_t *l, int c, py_edit_result_t *r) {
    bool just_indented = l->just_indented;
    if (c != '\t') l->just_indented = false;
    if (mode_key(l, c, r)) return true;
    edit_key_t k = K_NONE;
    switch (c) {
    case 1: k = K_HOME; break;
    case 2: k = K_LEFT; break;
    case 3: *r = PY_EDIT_CTRL_C; return true;
    case 4: k = K_DELETE; break;
    case 5: k = K_END; break;
    case 6: k = K_RIGHT; break;
    case 8: case 127: backspace(l); break;
    case '\t': tab(l); l->just_indented = false; break;
    case '\r': case '\n':
        l->ed->pending_nl = c == '\r' ? '\n' : '\r';
        *r = PY_EDIT_LINE;
        return true;
    case 11: erase(l, l->cursor, l->len); break;
    case 14: k = K_DOWN; break;
    case 16: k = K_UP; break;
    case 21: erase(l, 0, l->cursor); break;
    case 23: k = K_WORD_RUBOUT; break;
    case ESC: k = read_escape(l); break;
    default:
        if (c >= 32) printable(l, (char)c, just_indented);
        break;
    }
    k = do_key(l, k);
    if (k == K_EOF) *r = PY_EDIT_EOF;
    if (k == K_CTRL_C) *r = PY_EDIT_CTRL_C;
    return k == K_EOF || k == K_CTRL_C;
}

py_edit_result_t py_repl_edit_line(py_repl_edit_t *ed, py_console_t *con, const char *prompt,
                                   const char *indent, char **line, size_t *len) {
    line_t l = {ed, con, prompt ? prompt : "", NULL, 0, 0, 0, false, -1};
    ed->indent_off = false;
    size_t n = indent ? strlen(indent) : 0;
    if (!reserve(&l, n + 64)) return PY_EDIT_EOF;
    l.buf[0] = 0;
    outs(&l, l.prompt);
    if (n) {
        insert(&l, indent, n);
        l.just_indented = true;
    }
    int skip = ed->pending_nl;
    ed->pending_nl = 0;
    for (;;) {
        int c = con->getc(con);
        if (c == skip && skip) {   // the second half of a "\r\n" or "\n\r" Enter
            skip = 0;
            continue;
        }
        skip = 0;
        py_edit_result_t r;
        if (c < 0) return finish(&l, PY_EDIT_EOF, line, len);
        if (handle(&l, c, &r)) return finish(&l, r, line, len);
    }
}
