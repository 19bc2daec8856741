// vm/obj_exc.c: exception instances: construction, attributes, repr/str, traceback printing.
// Layer: vm core (types). Raising is in vm/except.c; the hierarchy in vm/exc_list.h.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stddef.h>
#include <string.h>
#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "port.h"
#include "runtime.h"

// ---- construction ---------------------------------------------------------------------

static py_exc_t *exc_alloc(py_vm_t *vm, py_type_t *type) {
    size_t size = type->basicsize > sizeof(py_exc_t) ? type->basicsize : sizeof(py_exc_t);
    return py_gc_new(vm, type, size);
}

py_val_t py_exc_new(py_vm_t *vm, py_exc_id_t id, py_val_t args) {
    if (args == PY_NULL) args = py_tuple_new(vm, 0, NULL);
    py_exc_t *e = exc_alloc(vm, vm->exc_types[id]);
    e->args = args;
    return py_from_obj(e);
}

// AttributeError's name and obj live in its dict; absent, they read as None.
static void set_attribute_error_context(py_vm_t *vm, py_exc_t *e, py_val_t name, py_val_t obj) {
    if (e->dict == PY_NULL) e->dict = py_dict_new(vm);
    py_dict_set_name(vm, e->dict, py_str_intern_c(vm, "name"), name);
    py_dict_set_name(vm, e->dict, py_str_intern_c(vm, "obj"), obj);
}

void py_exc_attribute_error_context(py_vm_t *vm, py_val_t exc, py_val_t name, py_val_t obj) {
    if (!py_exc_is(vm, exc, PY_EXC_AttributeError)) return;
    py_exc_t *e = py_exc_ptr(exc);
    if (e->dict != PY_NULL && py_dict_get_name(vm, e->dict, py_str_intern_c(vm, "name")) != PY_NULL)
        return;
    set_attribute_error_context(vm, e, name, obj);
}

py_val_t py_exc_attribute_error(py_vm_t *vm, py_val_t msg, py_val_t name, py_val_t obj) {
    py_val_t exc = py_exc_new(vm, PY_EXC_AttributeError, py_tuple_new(vm, 1, &msg));
    set_attribute_error_context(vm, py_exc_ptr(exc), name, obj);
    return exc;
}

py_val_t py_exc_new_msg(py_vm_t *vm, py_exc_id_t id, const char *msg) {
    py_val_t s = py_str_from_c(vm, msg);
    return py_exc_new(vm, id, py_tuple_new(vm, 1, &s));
}

bool py_exc_is(py_vm_t *vm, py_val_t exc, py_exc_id_t id) {
    return py_isinstance(vm, exc, vm->exc_types[id]);
}

static bool is_exc_class(py_vm_t *vm, py_val_t v) {
    return py_is_obj(v) && py_is_a(vm, v, PY_T_type) &&
           (((py_type_t *)py_obj(v))->flags & PY_TF_EXCEPTION);
}

bool py_exc_matches(py_vm_t *vm, py_val_t exc, py_val_t spec) {
    if (py_is_a(vm, spec, PY_T_tuple)) {
        py_tuple_t *t = py_tuple_ptr(spec);
        for (size_t i = 0; i < t->len; i++)
            if (py_exc_matches(vm, exc, t->items[i])) return true;
        return false;
    }
    if (!is_exc_class(vm, spec))
        py_raise_type_error(vm, "catching classes that do not inherit from BaseException is not allowed");
    return py_isinstance(vm, exc, (py_type_t *)py_obj(spec));
}

// ---- tracebacks ----------------------------------------------------------------------------

typedef struct tb_add {
    py_val_t exc, filename, funcname;
    int line;
} tb_add_t;

// Inserts the line first: the exception meets frames innermost first, and
// the list keeps the innermost last, as the printout does.
static void tb_insert(py_vm_t *vm, void *ud) {
    tb_add_t *a = ud;
    py_exc_t *e = py_exc_ptr(a->exc);
    py_val_t entry[3] = {a->filename, py_small(a->line), a->funcname};
    py_val_t t = py_tuple_new(vm, 3, entry);
    if (e->traceback == PY_NULL || !py_is_a(vm, e->traceback, PY_T_list))
        e->traceback = py_list_new(vm, 0, NULL);
    py_list_append(vm, e->traceback, t);
    py_list_t *l = py_list_ptr(e->traceback);
    memmove(l->items + 1, l->items, (l->len - 1) * sizeof(py_val_t));
    l->items[0] = t;
}

void py_exc_add_traceback(py_vm_t *vm, py_val_t exc, py_val_t filename, int line,
                          py_val_t funcname) {
    tb_add_t a = {exc, filename, funcname, line};
    py_val_t raised = vm->exc;
    if (py_pcall(vm, tb_insert, &a) != 0) vm->exc = raised;   // out of memory: skip the line
}

// ---- OSError's errno mapping --------------------------------------------------------------

// errno values with their own OSError subclass, as CPython maps them.
// The E* names beyond ISO C's three are guarded so any C library compiles.
static const struct { int err; py_exc_id_t id; } os_errors[] = {
#ifdef EAGAIN
    {EAGAIN, PY_EXC_BlockingIOError},
#endif
#if defined(EWOULDBLOCK) && (!defined(EAGAIN) || EWOULDBLOCK != EAGAIN)
    {EWOULDBLOCK, PY_EXC_BlockingIOError},
#endif
#ifdef EALREADY
    {EALREADY, PY_EXC_BlockingIOError},
#endif
#ifdef EINPROGRESS
    {EINPROGRESS, PY_EXC_BlockingIOError},
#endif
#ifdef ECHILD
    {ECHILD, PY_EXC_ChildProcessError},
#endif
#ifdef EPIPE
    {EPIPE, PY_EXC_BrokenPipeError},
#endif
#ifdef ESHUTDOWN
    {ESHUTDOWN, PY_EXC_BrokenPipeError},
#endif
#ifdef ECONNABORTED
    {ECONNABORTED, PY_EXC_ConnectionAbortedError},
#endif
#ifdef ECONNREFUSED
    {ECONNREFUSED, PY_EXC_ConnectionRefusedError},
#endif
#ifdef ECONNRESET
    {ECONNRESET, PY_EXC_ConnectionResetError},
#endif
#ifdef EEXIST
    {EEXIST, PY_EXC_FileExistsError},
#endif
#ifdef ENOENT
    {ENOENT, PY_EXC_FileNotFoundError},
#endif
#ifdef EISDIR
    {EISDIR, PY_EXC_IsADirectoryError},
#endif
#ifdef ENOTDIR
    {ENOTDIR, PY_EXC_NotADirectoryError},
#endif
#ifdef EINTR
    {EINTR, PY_EXC_InterruptedError},
#endif
#ifdef EACCES
    {EACCES, PY_EXC_PermissionError},
#endif
#ifdef EPERM
    {EPERM, PY_EXC_PermissionError},
#endif
#ifdef ESRCH
    {ESRCH, PY_EXC_ProcessLookupError},
#endif
#ifdef ETIMEDOUT
    {ETIMEDOUT, PY_EXC_TimeoutError},
#endif
    {0, PY_EXC_OSError},
};

// The OSError subclass CPython picks for OSError(errnum, ...).
static py_exc_id_t os_error_id(int errnum) {
    for (size_t i = 0; os_errors[i].err != 0; i++)
        if (os_errors[i].err == errnum) return os_errors[i].id;
    return PY_EXC_OSError;
}

// ---- the BaseException type ----------------------------------------------------------------

static bool is_os_error(py_vm_t *vm, py_val_t self) { return py_exc_is(vm, self, PY_EXC_OSError); }

static py_val_t filename_key(py_vm_t *vm) { return py_str_intern_c(vm, "filename"); }

// OSError(errno, strerror[, filename]): the subclass for errno, and args
// without the filename, which becomes an attribute (as CPython does).
static py_val_t os_error_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args) {
    if (type == vm->exc_types[PY_EXC_OSError] && nargs >= 2 && py_is_small(args[0]))
        type = vm->exc_types[os_error_id((int)py_small_val(args[0]))];
    py_exc_t *e = exc_alloc(vm, type);
    py_val_t self = py_from_obj(e);
    e->args = py_tuple_new(vm, nargs >= 3 && nargs <= 5 ? 2 : nargs, args);
    if (nargs >= 3 && nargs <= 5) {
        e->dict = py_dict_new(vm);
        py_dict_set_name(vm, e->dict, filename_key(vm), args[2]);
    }
    return self;
}

// AttributeError(msg, name=..., obj=...): the keywords it takes (3.10+). Raises
// TypeError for others; may allocate.
static void attribute_error_keywords(py_vm_t *vm, py_exc_t *e, size_t nargs, const py_val_t *args,
                                     py_val_t kwnames) {
    py_val_t name = PY_NONE, obj = PY_NONE;
    py_tuple_t *k = py_tuple_ptr(kwnames);
    for (size_t i = 0; i < k->len; i++) {
        const char *n = py_str_data(k->items[i]);
        if (!strcmp(n, "name")) name = args[nargs + i];
        else if (!strcmp(n, "obj")) obj = args[nargs + i];
        else py_raise_type_error(vm, "'%N' is an invalid keyword argument for AttributeError()", k->items[i]);
    }
    set_attribute_error_context(vm, e, name, obj);
}

static py_val_t exc_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    bool has_kw = kwnames != PY_NULL && py_tuple_ptr(kwnames)->len > 0;
    if (has_kw && py_is_subtype(type, vm->exc_types[PY_EXC_AttributeError])) {
        py_exc_t *e = exc_alloc(vm, type);
        e->args = py_tuple_new(vm, nargs, args);
        attribute_error_keywords(vm, e, nargs, args, kwnames);
        return py_from_obj(e);
    }
    if (has_kw && !(type->flags & PY_TF_HEAPTYPE))
        py_raise_type_error(vm, "%N() takes no keyword arguments", type->name);
    if (py_is_subtype(type, vm->exc_types[PY_EXC_OSError])) return os_error_new(vm, type, nargs, args);
    py_exc_t *e = exc_alloc(vm, type);
    py_val_t self = py_from_obj(e);
    e->args = py_tuple_new(vm, nargs, args);
    return self;
}

static void exc_mark(py_vm_t *vm, py_obj_t *o) {
    py_exc_t *e = (py_exc_t *)o;
    py_val_t vals[] = {e->args, e->traceback, e->cause, e->context, e->dict};
    py_gc_mark_array(vm, vals, sizeof vals / sizeof vals[0]);
}

static py_val_t exc_repr(py_vm_t *vm, py_val_t self) {
    py_exc_t *e = py_exc_ptr(self);
    py_val_t name = py_type_of(vm, self)->name;
    if (py_tuple_ptr(e->args)->len == 1)
        return py_str_format_c(vm, "%N(%R)", name, py_tuple_ptr(e->args)->items[0]);
    return py_str_format_c(vm, "%N%R", name, e->args);
}

static py_val_t os_error_str(py_vm_t *vm, py_exc_t *e) {
    py_val_t *a = py_tuple_ptr(e->args)->items;
    py_val_t fn = e->dict != PY_NULL ? py_dict_get_name(vm, e->dict, filename_key(vm)) : PY_NULL;
    if (fn != PY_NULL && fn != PY_NONE) return py_str_format_c(vm, "[Errno %S] %S: %R", a[0], a[1], fn);
    return py_str_format_c(vm, "[Errno %S] %S", a[0], a[1]);
}

// An attribute a SyntaxError keeps in its dict (msg, filename, lineno...), or PY_NULL.
static py_val_t syntax_attr(py_vm_t *vm, py_exc_t *e, const char *name) {
    if (e->dict == PY_NULL) return PY_NULL;
    py_val_t v = py_dict_get_name(vm, e->dict, py_str_intern_c(vm, name));
    return v == PY_NONE ? PY_NULL : v;
}

// CPython's "msg (file.py, line 3)".
static py_val_t syntax_error_str(py_vm_t *vm, py_exc_t *e) {
    py_val_t msg = syntax_attr(vm, e, "msg"), file = syntax_attr(vm, e, "filename");
    py_val_t line = syntax_attr(vm, e, "lineno");
    if (msg == PY_NULL || line == PY_NULL) return PY_NULL;
    if (file == PY_NULL) return py_str_format_c(vm, "%S (line %S)", msg, line);
    return py_str_format_c(vm, "%S (%S, line %S)", msg, file, line);
}

static py_val_t exc_str(py_vm_t *vm, py_val_t self) {
    py_exc_t *e = py_exc_ptr(self);
    py_tuple_t *args = py_tuple_ptr(e->args);
    if (py_exc_is(vm, self, PY_EXC_SyntaxError)) {
        py_val_t s = syntax_error_str(vm, e);
        if (s != PY_NULL) return s;
    }
    if (args->len == 1 && py_exc_is(vm, self, PY_EXC_KeyError)) return py_repr(vm, args->items[0]);
    if (args->len == 2 && is_os_error(vm, self)) return os_error_str(vm, e);
    if (args->len == 0) return vm->names[PY_NAME_empty];
    if (args->len == 1) return py_str_of(vm, args->items[0]);
    return py_repr(vm, e->args);
}

static py_val_t or_none(py_val_t v) { return v == PY_NULL ? PY_NONE : v; }

// args[i] when there are exactly [n] args or at least one; None otherwise.
static py_val_t arg_or_none(py_exc_t *e, size_t i, size_t min) {
    py_tuple_t *a = py_tuple_ptr(e->args);
    return a->len >= min && i < a->len ? a->items[i] : PY_NONE;
}

// Attributes of particular exception classes, computed from args.
static py_val_t special_attr(py_vm_t *vm, py_val_t self, const char *n) {
    py_exc_t *e = py_exc_ptr(self);
    if (!strcmp(n, "__suppress_context__")) return py_bool(e->suppress_context);
    if (py_exc_is(vm, self, PY_EXC_StopIteration) && !strcmp(n, "value")) return arg_or_none(e, 0, 1);
    if (py_exc_is(vm, self, PY_EXC_SystemExit) && !strcmp(n, "code")) {
        size_t len = py_tuple_ptr(e->args)->len;
        return len == 0 ? PY_NONE : len == 1 ? py_tuple_ptr(e->args)->items[0] : e->args;
    }
    if (is_os_error(vm, self)) {
        if (!strcmp(n, "errno")) return arg_or_none(e, 0, 2);
        if (!strcmp(n, "strerror")) return arg_or_none(e, 1, 2);
        if (!strcmp(n, "filename") || !strcmp(n, "filename2")) return PY_NONE;
    }
    if (py_exc_is(vm, self, PY_EXC_ImportError) && (!strcmp(n, "name") || !strcmp(n, "path")))
        return PY_NONE;
    if (py_exc_is(vm, self, PY_EXC_AttributeError) && (!strcmp(n, "name") || !strcmp(n, "obj")))
        return PY_NONE;
    return PY_NULL;
}

static py_val_t exc_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_exc_t *e = py_exc_ptr(self);
    if (name == vm->names[PY_NAME_args]) return e->args;
    if (name == vm->names[PY_NAME___traceback__]) return or_none(e->traceback);
    if (name == vm->names[PY_NAME___cause__]) return or_none(e->cause);
    if (name == vm->names[PY_NAME___context__]) return or_none(e->context);
    return special_attr(vm, self, py_str_data(name));
}

static py_val_t exc_or_null(py_vm_t *vm, py_val_t v, const char *what) {
    if (v == PY_NONE || v == PY_NULL) return PY_NULL;
    if (!py_isinstance(vm, v, vm->exc_types[PY_EXC_BaseException]))
        py_raise_type_error(vm, "exception %s must be None or derive from BaseException", what);
    return v;
}

static bool exc_setattr(py_vm_t *vm, py_val_t self, py_val_t name, py_val_t value) {
    py_exc_t *e = py_exc_ptr(self);
    if (name == vm->names[PY_NAME_args]) {
        if (value == PY_NULL) py_raise_type_error(vm, "args may not be deleted");
        e->args = py_tuple_from_iter(vm, value);
    } else if (name == vm->names[PY_NAME___cause__]) {
        e->cause = exc_or_null(vm, value, "cause");
        e->suppress_context = true;   // `raise X from Y` semantics, as CPython's setter
    } else if (name == vm->names[PY_NAME___context__]) {
        e->context = exc_or_null(vm, value, "context");
    } else if (name == vm->names[PY_NAME___traceback__]) {
        e->traceback = value == PY_NONE ? PY_NULL : value;
    } else if (!strcmp(py_str_data(name), "__suppress_context__")) {
        e->suppress_context = value != PY_NULL && py_truthy(vm, value);
    } else {
        return false;
    }
    return true;
}

static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    if (!py_isinstance(vm, args[0], vm->exc_types[PY_EXC_BaseException]))
        py_raise_type_error(vm, "descriptor '__init__' requires a 'BaseException' object");
    if (!is_os_error(vm, args[0])) py_exc_ptr(args[0])->args = py_tuple_new(vm, nargs - 1, args + 1);
    return PY_NONE;
}

static py_val_t m_with_traceback(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs;
    (void)kwnames;
    exc_setattr(vm, args[0], vm->names[PY_NAME___traceback__], args[1]);
    return args[0];
}

static const py_method_def_t exc_methods[] = {
    {"__init__", m_init, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"with_traceback", m_with_traceback, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_BaseException_spec = {
    .name = "BaseException",
    .base = PY_T_object,
    .basicsize = sizeof(py_exc_t),
    .flags = PY_TF_BASETYPE | PY_TF_EXCEPTION,
    .slots = {
        .mark = exc_mark,
        .make_new = exc_make_new,
        .repr = exc_repr,
        .str = exc_str,
        .getattr = exc_getattr,
        .setattr = exc_setattr,
    },
    .methods = exc_methods,
};

// ---- printing -----------------------------------------------------------------------------

// Chains longer than this are cut: CPython prints them all, but only a
// program building them on purpose gets near it, and it bounds the C array.
#define MAX_CHAIN 32

// Identical consecutive traceback entries past this many print as one
// "[Previous line repeated N more times]" line: CPython's TB_RECURSIVE_CUTOFF,
// so a runaway recursion prints a few lines, not a thousand.
#define TB_RECURSIVE_CUTOFF 3

// True when traceback entries [a] and [b] (file, line, name) are the same.
static bool same_entry(py_vm_t *vm, py_val_t a, py_val_t b) {
    for (size_t i = 0; i < 3; i++)
        if (!py_equal(vm, py_tuple_ptr(a)->items[i], py_tuple_ptr(b)->items[i])) return false;
    return true;
}

static void add_repeated(py_vm_t *vm, py_strbuf_t *b, size_t count) {
    if (count <= TB_RECURSIVE_CUTOFF) return;
    count -= TB_RECURSIVE_CUTOFF;
    py_val_t line = py_str_format_c(vm, "  [Previous line repeated %zu more time%s]\n", count,
                                    count > 1 ? "s" : "");
    py_strbuf_add_val(vm, b, line, false);
}

static void add_traceback_lines(py_vm_t *vm, py_strbuf_t *b, py_val_t tb) {
    if (tb == PY_NULL || !py_is_a(vm, tb, PY_T_list) || py_list_ptr(tb)->len == 0) return;
    py_strbuf_add_c(vm, b, "Traceback (most recent call last):\n");
    py_val_t last = PY_NULL;
    size_t count = 0;
    for (size_t i = 0; i < py_list_ptr(tb)->len; i++) {
        py_val_t t = py_list_ptr(tb)->items[i];
        if (!py_is_a(vm, t, PY_T_tuple) || py_tuple_ptr(t)->len != 3) continue;
        if (last == PY_NULL || !same_entry(vm, last, t)) {
            add_repeated(vm, b, count);
            last = t;
            count = 0;
        }
        if (++count > TB_RECURSIVE_CUTOFF) continue;
        py_val_t *f = py_tuple_ptr(t)->items;
        py_val_t line = py_str_format_c(vm, "  File \"%S\", line %S, in %S\n", f[0], f[1], f[2]);
        py_strbuf_add_val(vm, b, line, false);
    }
    add_repeated(vm, b, count);
}

typedef struct str_call {
    py_val_t exc, result;
} str_call_t;

static void run_str(py_vm_t *vm, void *ud) {
    str_call_t *c = ud;
    c->result = py_str_of(vm, c->exc);
}

// A SyntaxError's location block: the file and line, the source line without
// its indentation, and a caret under the offending column, as CPython prints.
static void add_syntax_location(py_vm_t *vm, py_strbuf_t *b, py_exc_t *e) {
    py_val_t file = syntax_attr(vm, e, "filename"), line = syntax_attr(vm, e, "lineno");
    py_val_t text = syntax_attr(vm, e, "text"), offset = syntax_attr(vm, e, "offset");
    if (file == PY_NULL || line == PY_NULL) return;
    py_strbuf_add_val(vm, b, py_str_format_c(vm, "  File \"%S\", line %S\n", file, line), false);
    if (text == PY_NULL || !py_is_str(vm, text)) return;
    const char *s = py_str_data(text);
    size_t len = py_str_len(text), skip = 0;
    while (skip < len && (s[skip] == ' ' || s[skip] == '\t' || s[skip] == '\f')) skip++;
    while (len > skip && (s[len - 1] == '\n' || s[len - 1] == '\r')) len--;
    py_strbuf_add_c(vm, b, "    ");
    py_strbuf_add(vm, b, s + skip, len - skip);
    py_strbuf_add_char(vm, b, '\n');
    if (offset == PY_NULL || !py_is_small(offset)) return;
    py_int_t col = py_small_val(offset) - 1 - (py_int_t)skip;
    py_strbuf_add_c(vm, b, "    ");
    for (py_int_t i = 0; i < col; i++) py_strbuf_add_char(vm, b, ' ');
    py_strbuf_add_c(vm, b, "^\n");
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

void py_exc_print(py_vm_t *vm, py_val_t exc, py_val_t file) {
    py_val_t chain[MAX_CHAIN];
    bool by_cause[MAX_CHAIN];
    size_t n = collect_chain(vm, exc, chain, by_cause);
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (size_t i = n; i-- > 0;) {
        add_traceback_lines(vm, &b, py_exc_ptr(chain[i])->traceback);
        if (py_exc_is(vm, chain[i], PY_EXC_SyntaxError)) add_syntax_location(vm, &b, py_exc_ptr(chain[i]));
        add_exc_line(vm, &b, chain[i]);
        if (i == 0) break;
        py_strbuf_add_c(vm, &b, by_cause[i - 1]
            ? "\nThe above exception was the direct cause of the following exception:\n\n"
            : "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    py_val_t text = py_strbuf_finish(vm, &b);
    if (file == PY_NULL || file == PY_NONE) {
        py_port_write(2, py_str_data(text), py_str_len(text));
        return;
    }
    py_call_method(vm, file, vm->names[PY_NAME_write], 1, &text);
}
