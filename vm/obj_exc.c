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
#include "obj_traceback.h"
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

// CPython checks the whole clause before matching: every item of a tuple
// must be an exception class (a nested tuple is not accepted either).
static void check_except_spec(py_vm_t *vm, py_val_t spec) {
    bool ok = true;
    if (py_is_a(vm, spec, PY_T_tuple)) {
        py_tuple_t *t = py_tuple_ptr(spec);
        for (size_t i = 0; i < t->len; i++) ok = ok && is_exc_class(vm, t->items[i]);
    } else {
        ok = is_exc_class(vm, spec);
    }
    if (!ok) py_raise_type_error(vm, "catching classes that do not inherit from BaseException is not allowed");
}

bool py_exc_matches(py_vm_t *vm, py_val_t exc, py_val_t spec) {
    check_except_spec(vm, spec);
    if (!py_is_a(vm, spec, PY_T_tuple)) return py_isinstance(vm, exc, (py_type_t *)py_obj(spec));
    py_tuple_t *t = py_tuple_ptr(spec);
    for (size_t i = 0; i < t->len; i++)
        if (py_isinstance(vm, exc, (py_type_t *)py_obj(t->items[i]))) return true;
    return false;
}

// ---- tracebacks ----------------------------------------------------------------------------

typedef struct tb_add {
    py_val_t exc;
    py_code_t *code;
    uint32_t index;
} tb_add_t;

// The new entry goes in front: the exception meets frames innermost first,
// and __traceback__ is the outermost frame's entry, as in CPython.
static void tb_prepend(py_vm_t *vm, void *ud) {
    tb_add_t *a = ud;
    py_exc_t *e = py_exc_ptr(a->exc);
    e->traceback = py_traceback_new(vm, a->code, a->index, e->traceback);
}

void py_exc_add_traceback(py_vm_t *vm, py_val_t exc, py_code_t *code, uint32_t index) {
    tb_add_t a = {exc, code, index};
    py_val_t raised = vm->exc;
    if (py_pcall(vm, tb_prepend, &a) != 0) vm->exc = raised;   // out of memory: skip the line
}

py_val_t py_exc_traceback(py_val_t exc) {
    py_val_t tb = py_exc_ptr(exc)->traceback;
    return tb == PY_NULL ? PY_NONE : tb;
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

// The attributes OSError(errno, strerror[, filename[, winerror[, filename2]]])
// sets, kept in the instance dict so assignments show in str() as CPython's.
static py_val_t os_key(py_vm_t *vm, const char *name) { return py_str_intern_c(vm, name); }

static py_val_t os_attr(py_vm_t *vm, py_exc_t *e, const char *name) {
    return e->dict != PY_NULL ? py_dict_get_name(vm, e->dict, os_key(vm, name)) : PY_NULL;
}

// OSError(errno, strerror[, filename, winerror, filename2]) with 2 to 5
// arguments: the subclass for errno (when OSError itself is called), errno
// and strerror attributes, and a filename that is dropped from args.
static py_val_t os_error_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args) {
    bool parsed = nargs >= 2 && nargs <= 5;
    if (type == vm->exc_types[PY_EXC_OSError] && parsed && py_is_small(args[0]))
        type = vm->exc_types[os_error_id((int)py_small_val(args[0]))];
    py_exc_t *e = exc_alloc(vm, type);
    py_val_t self = py_from_obj(e);
    bool has_file = parsed && nargs >= 3 && args[2] != PY_NONE;
    e->args = py_tuple_new(vm, has_file ? 2 : nargs, args);
    if (!parsed) return self;
    e->dict = py_dict_new(vm);
    py_dict_set_name(vm, e->dict, os_key(vm, "errno"), args[0]);
    py_dict_set_name(vm, e->dict, os_key(vm, "strerror"), args[1]);
    if (!has_file) return self;
    py_dict_set_name(vm, e->dict, os_key(vm, "filename"), args[2]);
    if (nargs == 5 && args[4] != PY_NONE)
        py_dict_set_name(vm, e->dict, os_key(vm, "filename2"), args[4]);
    return self;
}

// The keywords the built-in [type] accepts (NameError(name=...) and the
// like), as a NULL-terminated list; NULL when it takes none.
static const char *const *keywords_of(py_vm_t *vm, py_type_t *type) {
    static const char *const name[] = {"name", NULL};
    static const char *const name_obj[] = {"name", "obj", NULL};
    static const char *const name_path[] = {"name", "path", NULL};
    if (py_is_subtype(type, vm->exc_types[PY_EXC_NameError])) return name;
    if (py_is_subtype(type, vm->exc_types[PY_EXC_AttributeError])) return name_obj;
    if (py_is_subtype(type, vm->exc_types[PY_EXC_ImportError])) return name_path;
    return NULL;
}

// Stores the keyword arguments (values after the positionals) as attributes.
// A Python subclass's own __init__ takes whatever keywords it likes.
static void keyword_attrs(py_vm_t *vm, py_type_t *type, py_exc_t *e, size_t nargs,
                          const py_val_t *args, py_val_t kwnames) {
    if (kwnames == PY_NULL || py_tuple_ptr(kwnames)->len == 0) return;
    // A class with its own __init__ takes whatever keywords it likes; one
    // without gets the built-in's (class MyAE(AttributeError) takes name=).
    if ((type->flags & PY_TF_HEAPTYPE) &&
        (py_class_lookup_user(vm, type, py_str_intern_c(vm, "__init__")) != PY_NULL ||
         !keywords_of(vm, type)))
        return;
    const char *const *allowed = keywords_of(vm, type);
    if (!allowed) py_raise_type_error(vm, "%N() takes no keyword arguments", type->name);
    py_tuple_t *kw = py_tuple_ptr(kwnames);
    for (size_t i = 0; i < kw->len; i++) {
        bool ok = false;
        for (size_t j = 0; allowed[j]; j++) ok = ok || py_str_eq_c(kw->items[i], allowed[j]);
        if (!ok)
            py_raise_type_error(vm, "'%N' is an invalid keyword argument for %N()", kw->items[i],
                                type->name);
        if (e->dict == PY_NULL) e->dict = py_dict_new(vm);
        py_dict_set_name(vm, e->dict, kw->items[i], args[nargs + i]);
    }
}

typedef struct make_args {
    py_type_t *type;
    size_t nargs;
    const py_val_t *args;
    py_val_t kwnames;
} make_args_t;

static py_val_t make_exc(py_vm_t *vm, void *ud) {
    make_args_t *m = ud;
    py_type_t *type = m->type;
    size_t nargs = m->nargs;
    const py_val_t *args = m->args;
    py_val_t kwnames = m->kwnames;
    if (py_is_subtype(type, vm->exc_types[PY_EXC_OSError])) {
        if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len > 0 && !(type->flags & PY_TF_HEAPTYPE))
            py_raise_type_error(vm, "%N() takes no keyword arguments", type->name);
        return os_error_new(vm, type, nargs, args);
    }
    if (!(type->flags & PY_TF_HEAPTYPE)) py_exc_unicode_check_args(vm, type, nargs, args);
    py_exc_t *e = exc_alloc(vm, type);
    py_val_t self = py_from_obj(e);
    e->args = py_tuple_new(vm, nargs, args);
    keyword_attrs(vm, type, e, nargs, args, kwnames);
    return self;
}

// Built through the emergency buffer when the heap is short (vm/except_emergency.c):
// `raise ValueError("msg")` with the heap locked still raises ValueError.
static py_val_t exc_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    make_args_t m = {type, nargs, args, kwnames};
    return py_exc_build(vm, type, make_exc, &m);
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

static py_val_t or_none(py_val_t v) { return v == PY_NULL ? PY_NONE : v; }

// "[Errno 2] No such file: 'f'" (-> 'f2'), from the attributes; PY_NULL when
// they do not make one, and the message is then the plain exception's.
static py_val_t os_error_str(py_vm_t *vm, py_exc_t *e) {
    py_val_t err = os_attr(vm, e, "errno"), msg = os_attr(vm, e, "strerror");
    py_val_t fn = os_attr(vm, e, "filename"), fn2 = os_attr(vm, e, "filename2");
    if (fn != PY_NULL && fn != PY_NONE) {
        if (fn2 != PY_NULL && fn2 != PY_NONE)
            return py_str_format_c(vm, "[Errno %S] %S: %R -> %R", or_none(err),
                                   or_none(msg), fn, fn2);
        return py_str_format_c(vm, "[Errno %S] %S: %R", or_none(err), or_none(msg), fn);
    }
    if (err != PY_NULL && msg != PY_NULL) return py_str_format_c(vm, "[Errno %S] %S", err, msg);
    return PY_NULL;
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
    if (is_os_error(vm, self)) {
        py_val_t str = os_error_str(vm, e);
        if (str != PY_NULL) return str;
    }
    py_val_t codec = py_exc_unicode_str(vm, self);
    if (codec != PY_NULL) return codec;
    if (args->len == 0) return vm->names[PY_NAME_empty];
    if (args->len == 1) return py_str_of(vm, args->items[0]);
    return py_repr(vm, e->args);
}

// args[i] when there are exactly [n] args or at least one; None otherwise.
static py_val_t arg_or_none(py_exc_t *e, size_t i, size_t min) {
    py_tuple_t *a = py_tuple_ptr(e->args);
    return a->len >= min && i < a->len ? a->items[i] : PY_NONE;
}

// Attributes of particular exception classes, computed from args.
static py_val_t special_attr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_exc_t *e = py_exc_ptr(self);
    if (py_str_eq_c(name, "__suppress_context__")) return py_bool(e->suppress_context);
    if (py_exc_is(vm, self, PY_EXC_StopIteration) && py_str_eq_c(name, "value")) return arg_or_none(e, 0, 1);
    if (py_exc_is(vm, self, PY_EXC_SystemExit) && py_str_eq_c(name, "code")) {
        size_t len = py_tuple_ptr(e->args)->len;
        return len == 0 ? PY_NONE : len == 1 ? py_tuple_ptr(e->args)->items[0] : e->args;
    }
    if (is_os_error(vm, self) && (py_str_eq_c(name, "errno") || py_str_eq_c(name, "strerror") ||
                                  py_str_eq_c(name, "filename") || py_str_eq_c(name, "filename2")))
        return PY_NONE;   // set in the dict when given

    if (py_exc_is(vm, self, PY_EXC_ImportError) && (py_str_eq_c(name, "name") || py_str_eq_c(name, "path")))
        return PY_NONE;
    if (py_exc_is(vm, self, PY_EXC_ImportError) && py_str_eq_c(name, "msg"))  // the only argument
        return py_tuple_ptr(e->args)->len == 1 ? py_tuple_ptr(e->args)->items[0] : PY_NONE;
    if (py_exc_is(vm, self, PY_EXC_NameError) && py_str_eq_c(name, "name")) return PY_NONE;
    if (py_exc_is(vm, self, PY_EXC_AttributeError) && (py_str_eq_c(name, "name") || py_str_eq_c(name, "obj")))
        return PY_NONE;
    if (memchr(py_str_bytes(name), '\0', py_str_len(name))) return PY_NULL;   // no such name
    return py_exc_unicode_attr(vm, self, py_str_cstr(vm, name));
}

static py_val_t exc_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_exc_t *e = py_exc_ptr(self);
    if (name == vm->names[PY_NAME_args]) return e->args;
    if (name == vm->names[PY_NAME___traceback__]) return or_none(e->traceback);
    if (name == vm->names[PY_NAME___cause__]) return or_none(e->cause);
    if (name == vm->names[PY_NAME___context__]) return or_none(e->context);
    return special_attr(vm, self, name);
}

static py_val_t exc_or_null(py_vm_t *vm, py_val_t v, const char *what) {
    if (v == PY_NONE || v == PY_NULL) return PY_NULL;
    if (!py_isinstance(vm, v, vm->exc_types[PY_EXC_BaseException]))
        py_raise_type_error(vm, "exception %s must be None or derive from BaseException", what);
    return v;
}

// CPython's check for __traceback__ = value and with_traceback(value).
static py_val_t traceback_or_null(py_vm_t *vm, py_val_t v) {
    if (v == PY_NONE) return PY_NULL;
    if (!py_is_a(vm, v, PY_T_traceback))
        py_raise_type_error(vm, "__traceback__ must be a traceback or None");
    return v;
}

static bool exc_setattr(py_vm_t *vm, py_val_t self, py_val_t name, py_val_t value) {
    py_exc_t *e = py_exc_ptr(self);
    bool special = name == vm->names[PY_NAME_args] || name == vm->names[PY_NAME___cause__] ||
                   name == vm->names[PY_NAME___context__] ||
                   name == vm->names[PY_NAME___traceback__];
    if (special && value == PY_NULL) py_raise_type_error(vm, "%N may not be deleted", name);
    if (name == vm->names[PY_NAME_args]) {
        e->args = py_tuple_from_iter(vm, value);
    } else if (name == vm->names[PY_NAME___cause__]) {
        e->cause = exc_or_null(vm, value, "cause");
        e->suppress_context = true;   // `raise X from Y` semantics, as CPython's setter
    } else if (name == vm->names[PY_NAME___context__]) {
        e->context = exc_or_null(vm, value, "context");
    } else if (name == vm->names[PY_NAME___traceback__]) {
        e->traceback = traceback_or_null(vm, value);
    } else if (py_str_eq_c(name, "__suppress_context__")) {
        if (value == PY_NULL) py_raise_type_error(vm, "can't delete numeric/char attribute");
        if (value != PY_TRUE && value != PY_FALSE)
            py_raise_type_error(vm, "attribute value type must be bool");
        e->suppress_context = value == PY_TRUE;
    } else {
        return false;
    }
    return true;
}

// The methods' self must be an exception (BaseException.__str__(5) is a TypeError).
static void check_self(py_vm_t *vm, py_val_t self, const char *method) {
    if (!py_isinstance(vm, self, vm->exc_types[PY_EXC_BaseException]))
        py_raise_type_error(vm, "descriptor '%s' requires a 'BaseException' object but received a '%T'",
                            method, self);
}

static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    check_self(vm, args[0], "__init__");
    if (!is_os_error(vm, args[0])) py_exc_ptr(args[0])->args = py_tuple_new(vm, nargs - 1, args + 1);
    return PY_NONE;
}

static py_val_t m_with_traceback(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs;
    (void)kwnames;
    exc_setattr(vm, args[0], vm->names[PY_NAME___traceback__], args[1]);
    return args[0];
}

// BaseException.__str__ and __repr__ as methods, for super().__str__() in a
// subclass: the built-in forms, never the subclass's own.
// add_note(note): appends to __notes__ (made on first use), printed after the
// exception's message.
static py_val_t m_add_note(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    check_self(vm, args[0], "add_note");
    if (!py_is_str(vm, args[1])) py_raise_type_error(vm, "note must be a str, not '%T'", args[1]);
    py_exc_t *e = py_exc_ptr(args[0]);
    py_val_t key = py_str_intern_c(vm, "__notes__");
    if (e->dict == PY_NULL) e->dict = py_dict_new(vm);
    py_val_t notes = py_dict_get_name(vm, e->dict, key);
    if (notes == PY_NULL) {
        notes = py_list_new(vm, 0, NULL);
        py_dict_set_name(vm, e->dict, key, notes);
    }
    if (!py_is_a(vm, notes, PY_T_list)) py_raise_type_error(vm, "Cannot add note: __notes__ is not a list");
    py_list_append(vm, notes, args[1]);
    return PY_NONE;
}

static const py_method_def_t exc_methods[] = {
    {"__init__", m_init, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"add_note", m_add_note, 2, 2, 0},
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
