// vm/compile_error.c: SyntaxError and IndentationError for bad source, placed where CPython puts them.
// Layer: vm compiler (entry points). The parser and compiler find errors; this builds the exceptions.
// SPDX-License-Identifier: MIT
//
// CPython's parser reports an error's offset in characters (ours counts
// bytes), takes its text from the tokenizer's line buffer (in 'exec' mode
// every line ends in a newline, even the last), and reports an error at the
// end of 'eval' or 'single' input at offset 0. Its compiler (scopes, code
// generation) instead takes the text from the file on disk, so code compiled
// from a string gets None. These rules turn our positions into CPython's.

#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "except.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "port.h"
#include "runtime.h"

// Byte offset of the start of line [line] (1-based) in [src], or len when
// the source has fewer lines. Does not raise or allocate.
static size_t line_start(const char *src, size_t len, int line) {
    size_t i = 0;
    for (int l = 1; l < line && i < len; i++)
        if (src[i] == '\n') l++;
    return i;
}

// The text of line [line] of [src] (with its newline), or None. May allocate.
static py_val_t source_line(py_vm_t *vm, const char *src, size_t len, int line) {
    if (!src || line < 1) return PY_NONE;
    size_t i = line_start(src, len, line);
    if (i >= len && line > 1) return PY_NONE;
    size_t end = i;
    while (end < len && src[end] != '\n') end++;
    if (end < len) end++;
    if (py_utf8_count(src + i, end - i) == (size_t)-1) return PY_NONE;
    return py_str_new(vm, src + i, end - i);
}

// May raise (MemoryError); may allocate.
static void set_attr(py_vm_t *vm, py_val_t exc, const char *name, py_val_t v) {
    py_setattr(vm, exc, py_str_intern_c(vm, name), v);
}

// A SyntaxError (or IndentationError) with CPython's args
// (msg, (filename, lineno, offset, text, end_lineno, end_offset)) and
// attributes. May allocate.
static py_val_t syntax_error(py_vm_t *vm, py_val_t filename, py_val_t text, int line, int col,
                             py_val_t msg, bool indentation) {
    py_val_t lineno = py_small(line), offset = py_small(col);
    py_val_t info[6] = {filename, lineno, offset, text, lineno, offset};
    py_val_t args[2] = {msg, py_tuple_new(vm, 6, info)};
    py_val_t exc = py_exc_new(vm, indentation ? PY_EXC_IndentationError : PY_EXC_SyntaxError,
                              py_tuple_new(vm, 2, args));
    set_attr(vm, exc, "msg", msg);
    set_attr(vm, exc, "filename", filename);
    set_attr(vm, exc, "lineno", lineno);
    set_attr(vm, exc, "offset", offset);
    set_attr(vm, exc, "text", text);
    set_attr(vm, exc, "end_lineno", lineno);
    set_attr(vm, exc, "end_offset", offset);
    return exc;
}

_Noreturn void py_compile_raise_syntax(py_vm_t *vm, py_val_t filename, const char *src,
                                       size_t len, int line, int col, const char *msg,
                                       bool indentation) {
    py_val_t text = source_line(vm, src, len, line);
    py_raise(vm, syntax_error(vm, filename, text, line, col, py_str_from_c(vm, msg), indentation));
}

// ---- parser errors ----------------------------------------------------------------------

// True when [s, end) holds only blanks, newlines and comments. Does not raise or allocate.
static bool only_blanks(const char *s, const char *end) {
    bool comment = false;
    for (; s < end; s++) {
        if (*s == '\n') comment = false;
        else if (*s == '#') comment = true;
        else if (!comment && *s != ' ' && *s != '\t' && *s != '\r' && *s != '\f') return false;
    }
    return true;
}

// Lines of [src] as CPython's tokenizer counts them: a last line without a
// newline counts too. Does not raise or allocate.
static int count_lines(const char *src, size_t len) {
    int n = 0;
    for (size_t i = 0; i < len; i++)
        if (src[i] == '\n') n++;
    return n + (len > 0 && src[len - 1] != '\n');
}

// Does not raise or allocate.
static bool starts_with(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

// Does not raise or allocate.
static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

// Messages that our parser finds but CPython's compiler reports (so with
// the text from disk). Does not raise or allocate.
static bool compiler_message(const char *msg) {
    static const char *const prefixes[] = {"duplicate argument", "keyword argument repeated",
                                           "can't use starred expression here", NULL};
    for (const char *const *p = prefixes; *p; p++)
        if (starts_with(msg, *p)) return true;
    return false;
}

// Messages of errors that CPython's tokenizer raises in the middle of a
// line, whose text is the line without its newline. Does not raise or allocate.
static bool tokenizer_message(const char *msg) {
    static const char *const prefixes[] = {
        "invalid decimal literal", "invalid digit", "invalid hexadecimal literal",
        "invalid octal literal", "invalid binary literal", "closing parenthesis", "unmatched ",
        "unterminated ", "leading zeros", "invalid character", "invalid non-printable character",
        NULL};
    for (const char *const *p = prefixes; *p; p++)
        if (starts_with(msg, *p)) return true;
    return false;
}

// Moves an error at the end of 'eval' or 'single' input (no newline after
// it) where CPython reports it: "invalid syntax" at offset 0, and input
// with no statement at all on its last line (line 0 when empty). Does not
// raise or allocate.
static void end_of_input_position(const py_syntax_error_t *err, const char *src, size_t len,
                                  int *line, int *col) {
    size_t at = line_start(src, len, *line) + (size_t)(*col > 0 ? *col - 1 : 0);
    if (at > len || !only_blanks(src + at, src + len)) return;
    if (only_blanks(src, src + len)) {
        *line = count_lines(src, len);
        *col = 0;
    } else if (len > 0 && src[len - 1] != '\n') {
        if (strcmp(err->msg, "invalid syntax") == 0) *col = 0;
        else if (starts_with(err->msg, "expected an indented block")) *col -= 1;
    }
}

// The 1-based byte column of the comment that ends line [line] when the
// error at [col] is at that line's end: CPython's tokenizer puts the
// NEWLINE token at the comment, so an error there points at the '#'.
// Quotes are tracked so that a '#' inside a one-line string is skipped.
// Does not raise or allocate.
static int comment_column(const char *src, size_t len, int line, int col) {
    size_t start = line_start(src, len, line), at = start + (size_t)(col > 0 ? col - 1 : 0);
    if (at > len || (at < len && src[at] != '\n' && src[at] != '\r')) return col;
    char quote = 0;
    for (size_t i = start; i < at; i++) {
        char ch = src[i];
        if (quote) {
            if (ch == '\\') i++;
            else if (ch == quote) quote = 0;
        } else if (ch == '\'' || ch == '"') {
            quote = ch;
        } else if (ch == '#') {
            return (int)(i - start) + 1;
        }
    }
    return col;
}

// [text] with a newline at its end, or without one. May allocate.
static py_val_t with_newline(py_vm_t *vm, py_val_t text, bool want) {
    if (!py_is_str(vm, text)) return text;
    size_t n = py_str_len(text);
    bool has = n > 0 && py_str_bytes(text)[n - 1] == '\n';
    if (has == want) return text;
    if (want) return py_str_concat(vm, text, py_str_intern_c(vm, "\n"));
    return py_str_new(vm, py_str_bytes(text), n - 1);
}

// The 1-based character offset in [text] of 1-based byte offset [col].
// Does not raise or allocate.
static int char_offset(py_vm_t *vm, py_val_t text, int col) {
    if (col <= 1 || !py_is_str(vm, text)) return col;
    size_t bytes = (size_t)col - 1;
    if (bytes > py_str_len(text)) return col;
    size_t chars = py_utf8_count(py_str_bytes(text), bytes);
    return chars == (size_t)-1 ? col : (int)chars + 1;
}

_Noreturn void py_compile_raise_parse_error(py_vm_t *vm, py_val_t filename, const char *src,
                                            size_t len, py_parse_mode_t mode,
                                            const py_syntax_error_t *err) {
    int line = err->line, col = err->col;
    if (strcmp(err->msg, "invalid syntax") == 0) col = comment_column(src, len, line, col);
    if (mode != PY_PARSE_FILE) end_of_input_position(err, src, len, &line, &col);
    py_val_t text = line == 0 ? py_name(vm, PY_NAME_empty) : source_line(vm, src, len, line);
    if (compiler_message(err->msg)) {
        text = py_compile_line_from_disk(vm, filename, line);
    } else if (tokenizer_message(err->msg) ||
               (ends_with(err->msg, "was never closed") && line < count_lines(src, len))) {
        text = with_newline(vm, text, false);
    } else if (mode == PY_PARSE_FILE) {
        text = with_newline(vm, text, true);
    }
    col = char_offset(vm, text, col);
    py_raise(vm, syntax_error(vm, filename, text, line, col, py_str_from_c(vm, err->msg),
                              err->is_indentation != 0));
}

// ---- compiler errors -------------------------------------------------------------------------

typedef struct line_ctx {
    const char *src;
    size_t len;
    int line;
    py_val_t text;
} line_ctx_t;

// Runs under py_pcall for py_compile_line_from_disk.
static void line_fn(py_vm_t *vm, void *ud) {
    line_ctx_t *c = ud;
    c->text = source_line(vm, c->src, c->len, c->line);
}

py_val_t py_compile_line_from_disk(py_vm_t *vm, py_val_t filename, int line) {
    char *src;
    size_t len;
    if (!py_is_str(vm, filename) || memchr(py_str_bytes(filename), '\0', py_str_len(filename)))
        return PY_NONE;   // no file has that name
    const char *path = py_str_cstr(vm, filename);
    if (py_port_is_dir(path) != 0 || py_port_read_file(path, &src, &len) < 0)
        return PY_NONE;
    line_ctx_t c = {src, len, line, PY_NONE};
    int failed = py_pcall(vm, line_fn, &c);  // protected so that src is freed
    free(src);
    if (failed) py_raise(vm, vm->exc);
    return c.text;
}

// The int attribute [name] of [exc], 0 when absent. May raise; may allocate.
static int small_attr(py_vm_t *vm, py_val_t exc, const char *name) {
    py_val_t v = py_getattr_opt(vm, exc, py_str_intern_c(vm, name));
    return v != PY_NULL && py_is_small(v) ? (int)py_small_val(v) : 0;
}

py_val_t py_compile_retext(py_vm_t *vm, py_val_t exc, py_val_t filename) {
    if (!py_exc_is(vm, exc, PY_EXC_SyntaxError)) return exc;
    int line = small_attr(vm, exc, "lineno"), col = small_attr(vm, exc, "offset");
    py_val_t msg = py_getattr_opt(vm, exc, py_str_intern_c(vm, "msg"));
    if (msg == PY_NULL) return exc;
    return syntax_error(vm, filename, py_compile_line_from_disk(vm, filename, line), line, col,
                        msg, py_exc_is(vm, exc, PY_EXC_IndentationError));
}
