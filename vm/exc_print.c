// vm/exc_print.c: printing an uncaught exception as CPython 3.11 does: chained
// tracebacks, source lines, and carets under the failing expression.
// Layer: vm core (types). Exceptions are vm/obj_exc.c; traceback entries vm/obj_traceback.c.
// SPDX-License-Identifier: MIT
//
// A traceback entry prints its file, line and function, then the source line
// (read from the file again, as CPython's linecache does) without its
// indentation, then a line of carets under the columns the failing
// instruction came from. The carets are left out when they would underline
// the whole line. When the failing expression is a binary operation or a
// subscript, CPython parses it again to find the operator or the brackets,
// underlines those with '^' and the operands with '~'; so does this file.

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "except.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "obj_traceback.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "port.h"
#include "runtime.h"

// Chains longer than this are cut: CPython prints them all, but only a
// program building them on purpose gets near it, and it bounds the C array.
#define MAX_CHAIN 32

// Identical consecutive traceback entries past this many print as one
// "[Previous line repeated N more times]" line: CPython's TB_RECURSIVE_CUTOFF,
// so a runaway recursion prints a few lines, not a thousand.
#define TB_RECURSIVE_CUTOFF 3

// The source line is indented by this much under its "File" line (CPython's
// _TRACEBACK_SOURCE_LINE_INDENT).
#define SOURCE_INDENT 4

// The file whose text was read last, so a traceback through one file reads it once.
typedef struct source_cache {
    py_val_t filename;
    char *text;       // malloc'd, or NULL when the file could not be read
    size_t len;
} source_cache_t;

typedef struct printer {
    py_strbuf_t b;
    source_cache_t src;
} printer_t;

// ---- source lines ----------------------------------------------------------------------------

// Names like "<stdin>" and "<string>" are not files (linecache skips them too).
static bool is_pseudo_file(py_val_t filename) {
    const char *s = py_str_bytes(filename);
    size_t n = py_str_len(filename);
    return n == 0 || (s[0] == '<' && s[n - 1] == '>');
}

static void load_source(py_vm_t *vm, printer_t *p, py_val_t filename) {
    if (!py_is_str(vm, filename)) filename = py_name(vm, PY_NAME_empty);
    if (p->src.filename != PY_NULL && py_str_equal(p->src.filename, filename)) return;
    free(p->src.text);
    p->src.text = NULL;
    p->src.len = 0;
    p->src.filename = filename;
    if (!is_pseudo_file(filename) && !memchr(py_str_bytes(filename), '\0', py_str_len(filename)) &&
        py_port_read_file(py_str_cstr(vm, filename), &p->src.text, &p->src.len) < 0)
        p->src.text = NULL;
}

// Line [line] (1-based) of the cached file, without its line ending, found
// with universal newlines as CPython reads source files. False if absent.
static bool find_line(const source_cache_t *src, int line, const char **start, size_t *len) {
    if (!src->text || line < 1) return false;
    const char *s = src->text, *end = s + src->len;
    if (end - s >= 3 && !memcmp(s, "\xef\xbb\xbf", 3)) s += 3;   // a UTF-8 BOM
    for (int n = 1; n < line; n++) {
        while (s < end && *s != '\n' && *s != '\r') s++;
        if (s == end) return false;
        s += (s[0] == '\r' && s + 1 < end && s[1] == '\n') ? 2 : 1;
    }
    if (s == end) return false;
    const char *e = s;
    while (e < end && *e != '\n' && *e != '\r') e++;
    *start = s;
    *len = (size_t)(e - s);
    return true;
}

static bool is_indent_char(char ch) { return ch == ' ' || ch == '\t' || ch == '\f'; }

// Characters (code points) in the first [bytes] bytes of UTF-8 [s], at most [len] bytes.
static int char_offset(const char *s, size_t len, int bytes) {
    if (bytes < 0) return -1;
    int n = 0;
    for (size_t i = 0; i < len && i < (size_t)bytes; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80) n++;
    return n;
}

// ---- carets ----------------------------------------------------------------------------------

// Where the '^' go inside the underlined range, in character offsets of the
// line: (left, right]; left == -1 when the whole range is primary.
typedef struct anchors {
    int left, right;
    char primary, secondary;
} anchors_t;

static bool is_ws(char ch) { return ch == ' ' || ch == '\t' || ch == '\f' || ch == '\n' || ch == '\r'; }

// a + b: the operator (skipping closing parentheses of the left operand).
static void binop_anchors(const char *seg, const py_expr_t *e, int *left, int *right, anchors_t *a) {
    int from = e->u.binop.left->pos.end_col, to = e->u.binop.right->pos.col;
    for (int i = from; i < to; i++) {
        if (is_ws(seg[i])) continue;
        *left = i;
        *right = i + 1;
        if (i + 1 < to && !is_ws(seg[i + 1])) ++*right;   // a two-character operator
        if (i + 1 < to && seg[i] == ')') continue;
        a->primary = '~';
        a->secondary = '^';
        break;
    }
}

// a[i]: the brackets and what is between them.
static void subscript_anchors(const char *seg, size_t len, const py_expr_t *e, int *left, int *right,
                              anchors_t *a) {
    *left = e->u.subscript.value->pos.end_col;
    *right = e->u.subscript.slice->pos.end_col + 1;
    while (*left < (int)len && seg[*left] != '[') ++*left;
    while (*right < (int)len && seg[*right] != ']') ++*right;
    if (*right < (int)len) ++*right;
    a->primary = '~';
    a->secondary = '^';
}

// Parses the underlined text [seg] again, as CPython's extract_anchors_from_line,
// and fills [a] (offsets relative to the line, [start] being seg's first character).
static void find_anchors(const char *seg, size_t len, int start, anchors_t *a) {
    py_arena_t arena;
    py_arena_init(&arena);
    py_syntax_error_t err;
    memset(&err, 0, sizeof err);
    py_ast_mod_t *mod = py_parse(&arena, seg, len, PY_PARSE_FILE, &err);
    if (mod && mod->body.n == 1 && ((py_stmt_t *)mod->body.items[0])->kind == PY_STMT_EXPR) {
        const py_expr_t *e = ((py_stmt_t *)mod->body.items[0])->u.expr.value;
        int left = -1, right = -1;
        if (e->kind == PY_EXPR_BINOP) binop_anchors(seg, e, &left, &right, a);
        if (e->kind == PY_EXPR_SUBSCRIPT) subscript_anchors(seg, len, e, &left, &right, a);
        if (left >= 0 && right >= 0) {
            a->left = char_offset(seg, len, left) + start;
            a->right = char_offset(seg, len, right) + start;
        }
    }
    py_arena_free(&arena);
}

// The caret line under [line] (its [indent] leading characters stripped) for
// the position [pos] of the failing instruction; nothing when unknown or
// when it would underline the whole line.
static void add_carets(py_vm_t *vm, py_strbuf_t *b, const char *line, size_t len, int indent,
                       py_code_pos_t pos) {
    if (pos.line < 0 || pos.end_line < pos.line || pos.col < 0 || pos.end_col < 0) return;
    int nchars = char_offset(line, len, (int)len);
    int start = char_offset(line, len, pos.col), end;
    anchors_t a = {-1, -1, '^', '^'};
    if (pos.end_line == pos.line) {
        if (pos.end_col < pos.col || (size_t)pos.end_col > len) return;
        end = char_offset(line, len, pos.end_col);
        find_anchors(line + pos.col, (size_t)(pos.end_col - pos.col), start, &a);
    } else {
        // A multi-line expression: underline to the end of its first line.
        size_t last = len;
        while (last > 0 && is_ws(line[last - 1])) last--;
        end = char_offset(line, len, (int)last);
    }
    bool special = a.left != -1 || a.right != -1;
    if (end <= start || (end - start == nchars - indent && !special)) return;
    for (int off = indent - SOURCE_INDENT + 1; off <= end; off++) {
        char ch = off <= start ? ' ' : special && a.left < off && off <= a.right ? a.secondary : a.primary;
        py_strbuf_add_char(vm, b, ch);
    }
    py_strbuf_add_char(vm, b, '\n');
}

// The source line of a traceback entry and its carets, if the file can be read.
static void add_source(py_vm_t *vm, printer_t *p, py_traceback_t *tb) {
    load_source(vm, p, tb->code->filename);
    py_code_pos_t pos = py_code_position(tb->code, tb->index);
    const char *line;
    size_t len;
    if (!find_line(&p->src, pos.line, &line, &len)) return;
    size_t skip = 0;
    while (skip < len && is_indent_char(line[skip])) skip++;
    if (skip == len) return;   // a blank line: CPython prints nothing either
    py_strbuf_add_c(vm, &p->b, "    ");
    py_strbuf_add(vm, &p->b, line + skip, len - skip);
    py_strbuf_add_char(vm, &p->b, '\n');
    add_carets(vm, &p->b, line, len, char_offset(line, len, (int)skip), pos);
}

// ---- traceback entries -----------------------------------------------------------------------

// True when two entries print the same "File" line (file, line and function).
static bool same_entry(py_traceback_t *a, py_traceback_t *b) {
    return a->code->filename == b->code->filename && a->code->name == b->code->name &&
           py_code_line(a->code, a->index) == py_code_line(b->code, b->index);
}

static void add_repeated(py_vm_t *vm, py_strbuf_t *b, size_t count) {
    if (count <= TB_RECURSIVE_CUTOFF) return;
    count -= TB_RECURSIVE_CUTOFF;
    py_val_t line = py_str_format_c(vm, "  [Previous line repeated %zu more time%s]\n", count,
                                    count > 1 ? "s" : "");
    py_strbuf_add_val(vm, b, line, false);
}

static void add_traceback_lines(py_vm_t *vm, printer_t *p, py_val_t tbv) {
    if (tbv == PY_NULL || !py_is_a(vm, tbv, PY_T_traceback)) return;
    py_strbuf_add_c(vm, &p->b, "Traceback (most recent call last):\n");
    py_traceback_t *last = NULL;
    size_t count = 0;
    for (; tbv != PY_NULL; tbv = py_traceback_ptr(tbv)->next) {
        py_traceback_t *tb = py_traceback_ptr(tbv);
        if (!last || !same_entry(last, tb)) {
            add_repeated(vm, &p->b, count);
            last = tb;
            count = 0;
        }
        if (++count > TB_RECURSIVE_CUTOFF) continue;
        py_val_t line = py_str_format_c(vm, "  File \"%S\", line %d, in %S\n", tb->code->filename,
                                        py_code_line(tb->code, tb->index), tb->code->name);
        py_strbuf_add_val(vm, &p->b, line, false);
        add_source(vm, p, tb);
    }
    add_repeated(vm, &p->b, count);
}

// ---- the exception line ----------------------------------------------------------------------

typedef struct str_call {
    py_val_t exc, result;
} str_call_t;

static void run_str(py_vm_t *vm, void *ud) {
    str_call_t *c = ud;
    c->result = py_str_of(vm, c->exc);
}

static void run_repr(py_vm_t *vm, void *ud) {
    str_call_t *c = ud;
    c->result = py_repr(vm, c->exc);
}

// An attribute a SyntaxError keeps in its dict (msg, filename, lineno...), or PY_NULL.
static py_val_t syntax_attr(py_vm_t *vm, py_exc_t *e, const char *name) {
    if (e->dict == PY_NULL) return PY_NULL;
    py_val_t v = py_dict_get_name(vm, e->dict, py_str_intern_c(vm, name));
    return v == PY_NONE ? PY_NULL : v;
}

// How many carets a SyntaxError gets: its end_offset reaches further on the same line.
static py_int_t syntax_caret_count(py_vm_t *vm, py_exc_t *e, py_int_t offset) {
    py_val_t line = syntax_attr(vm, e, "lineno"), end_line = syntax_attr(vm, e, "end_lineno");
    py_val_t end = syntax_attr(vm, e, "end_offset");
    if (end == PY_NULL || !py_is_small(end) || end_line != line) return 1;
    py_int_t n = py_small_val(end) - offset;
    return n > 1 ? n : 1;
}

// A SyntaxError's location block: the file and line, the source line without
// its indentation, and carets under the offending columns, as CPython prints.
static void add_syntax_location(py_vm_t *vm, py_strbuf_t *b, py_exc_t *e) {
    py_val_t file = syntax_attr(vm, e, "filename"), line = syntax_attr(vm, e, "lineno");
    py_val_t text = syntax_attr(vm, e, "text"), offset = syntax_attr(vm, e, "offset");
    if (file == PY_NULL || line == PY_NULL) return;
    py_strbuf_add_val(vm, b, py_str_format_c(vm, "  File \"%S\", line %S\n", file, line), false);
    if (text == PY_NULL || !py_is_str(vm, text)) return;
    const char *s = py_str_bytes(text);
    size_t len = py_str_len(text), skip = 0;
    while (skip < len && is_indent_char(s[skip])) skip++;
    while (len > skip && (s[len - 1] == '\n' || s[len - 1] == '\r')) len--;
    py_strbuf_add_c(vm, b, "    ");
    py_strbuf_add(vm, b, s + skip, len - skip);
    py_strbuf_add_char(vm, b, '\n');
    if (offset == PY_NULL || !py_is_small(offset)) return;
    py_int_t col = py_small_val(offset) - 1 - (py_int_t)skip;
    py_int_t carets = syntax_caret_count(vm, e, py_small_val(offset));
    py_strbuf_add_c(vm, b, "    ");
    for (py_int_t i = 0; i < col; i++) py_strbuf_add_char(vm, b, ' ');
    for (py_int_t i = 0; i < carets; i++) py_strbuf_add_char(vm, b, '^');
    py_strbuf_add_char(vm, b, '\n');
}

// str(exc) for the last line of a printout; a failing __str__ must not stop
// the printing. A SyntaxError shows only its msg there: its location was
// printed above it.
static py_val_t exc_text(py_vm_t *vm, py_val_t exc) {
    if (py_exc_is(vm, exc, PY_EXC_SyntaxError)) {
        py_val_t msg = syntax_attr(vm, py_exc_ptr(exc), "msg");
        if (msg != PY_NULL) return msg;
    }
    str_call_t c = {exc, PY_NULL};
    py_val_t raised = vm->exc;
    if (py_pcall(vm, run_str, &c) == 0) return c.result;
    vm->exc = raised;
    return py_str_from_c(vm, "<exception str() failed>");
}

// "Type: message" (or just "Type"), the type qualified by its module unless
// that is builtins or __main__, as CPython's traceback module prints it.
static void add_exc_line(py_vm_t *vm, py_strbuf_t *b, py_val_t exc) {
    py_type_t *t = py_type_of(vm, exc);
    py_val_t mod = t->dict ? py_dict_get_name(vm, t->dict, vm->names[PY_NAME___module__]) : PY_NULL;
    if (mod != PY_NULL && py_is_str(vm, mod) && !py_str_equal(mod, vm->names[PY_NAME_builtins]) &&
        !py_str_equal(mod, vm->names[PY_NAME___main__])) {
        py_strbuf_add_val(vm, b, mod, false);
        py_strbuf_add_char(vm, b, '.');
    }
    py_strbuf_add_val(vm, b, t->qualname, false);
    py_val_t text = exc_text(vm, exc);
    if (py_str_len(text) > 0) {
        py_strbuf_add_c(vm, b, ": ");
        py_strbuf_add_val(vm, b, text, false);
    }
    py_strbuf_add_char(vm, b, '\n');
}

// The exception's __notes__ (add_note), one per line after its message; a
// note whose str() fails prints as CPython's placeholder.
static void add_notes(py_vm_t *vm, py_strbuf_t *b, py_val_t exc) {
    py_exc_t *e = py_exc_ptr(exc);
    py_val_t key = py_str_intern_c(vm, "__notes__");
    py_val_t notes = e->dict != PY_NULL ? py_dict_get_name(vm, e->dict, key) : PY_NULL;
    if (notes == PY_NULL) return;
    if (!py_is_a(vm, notes, PY_T_list) && !py_is_a(vm, notes, PY_T_tuple)) {
        str_call_t c = {notes, PY_NULL};
        py_val_t raised = vm->exc;
        if (py_pcall(vm, run_repr, &c) == 0) py_strbuf_add_val(vm, b, c.result, false);
        else vm->exc = raised, py_strbuf_add_c(vm, b, "<__notes__ repr() failed>");
        py_strbuf_add_char(vm, b, '\n');
        return;
    }
    py_val_t items = py_tuple_from_iter(vm, notes);
    for (size_t i = 0; i < py_tuple_ptr(items)->len; i++) {
        str_call_t c = {py_tuple_ptr(items)->items[i], PY_NULL};
        py_val_t raised = vm->exc;
        if (py_pcall(vm, run_str, &c) == 0) py_strbuf_add_val(vm, b, c.result, false);
        else vm->exc = raised, py_strbuf_add_c(vm, b, "<note str() failed>");
        py_strbuf_add_char(vm, b, '\n');
    }
}

// ---- the chain -------------------------------------------------------------------------------

// The exceptions to print, the original cause first, and how each links to the next.
static size_t collect_chain(py_vm_t *vm, py_val_t exc, py_val_t *chain, bool *by_cause) {
    size_t n = 0;
    while (n < MAX_CHAIN && py_isinstance(vm, exc, vm->exc_types[PY_EXC_BaseException])) {
        for (size_t i = 0; i < n; i++)
            if (chain[i] == exc) return n;   // a cycle
        chain[n] = exc;
        py_exc_t *e = py_exc_ptr(exc);
        by_cause[n] = e->cause != PY_NULL;
        n++;
        exc = e->cause != PY_NULL ? e->cause : e->suppress_context ? PY_NULL : e->context;
    }
    return n;
}

typedef struct print_job {
    printer_t *p;
    py_val_t exc;
    py_val_t text;
} print_job_t;

static void format_all(py_vm_t *vm, void *ud) {
    print_job_t *j = ud;
    py_val_t chain[MAX_CHAIN];
    bool by_cause[MAX_CHAIN];
    size_t n = collect_chain(vm, j->exc, chain, by_cause);
    py_strbuf_t *b = &j->p->b;
    for (size_t i = n; i-- > 0;) {
        add_traceback_lines(vm, j->p, py_exc_ptr(chain[i])->traceback);
        if (py_exc_is(vm, chain[i], PY_EXC_SyntaxError)) add_syntax_location(vm, b, py_exc_ptr(chain[i]));
        add_exc_line(vm, b, chain[i]);
        add_notes(vm, b, chain[i]);
        if (i == 0) break;
        py_strbuf_add_c(vm, b, by_cause[i - 1]
            ? "\nThe above exception was the direct cause of the following exception:\n\n"
            : "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    j->text = py_strbuf_finish(vm, b);
}

void py_exc_print(py_vm_t *vm, py_val_t exc, py_val_t file) {
    printer_t p;
    memset(&p, 0, sizeof p);
    p.src.filename = PY_NULL;
    py_strbuf_init(&p.b);
    print_job_t j = {&p, exc, PY_NULL};
    int failed = py_pcall(vm, format_all, &j);
    free(p.src.text);   // the file text is malloc'd: freed whether or not formatting raised
    if (failed) py_raise(vm, vm->exc);
    if (file == PY_NULL || file == PY_NONE) {
        py_port_write(2, py_str_bytes(j.text), py_str_len(j.text));
        return;
    }
    py_call_method(vm, file, vm->names[PY_NAME_write], 1, &j.text);
}
