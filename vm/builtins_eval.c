// vm/builtins_eval.c: the built-in functions that compile and run code: compile, eval, exec.
// Layer: vm core (library). Compiling is vm/compile.c; a mapping as locals is vm/namespace.h.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "builtins.h"
#include "code.h"
#include "compile.h"
#include "except.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

// The compile() flags CPython accepts: the __future__ features, the obsolete
// CO_NESTED, and the PyCF_* options. Other bits are "unrecognised flags".
#define FUTURE_FLAGS 0x1FE0000
#define PYCF_FLAGS 0x7E00
#define CO_NESTED 0x10
#define PYCF_ONLY_AST 0x400

// Source text: the bytes of a str or a bytes-like object (which the caller keeps alive).
typedef struct source {
    const char *data;
    size_t len;
} source_t;

// The text of [v] when it is a str or bytes-like; false for anything else.
// Raises ValueError for text holding a NUL, as CPython 3.11.2. Does not allocate
// except for that error.
static bool source_text(py_vm_t *vm, py_val_t v, source_t *out) {
    if (py_is_str(vm, v)) {
        out->data = py_str_bytes(v);
        out->len = py_str_len(v);
    } else {
        // Any bytes-like object; compiling never mutates it, so its storage stays put.
        py_buffer_t view;
        if (!py_buffer_get(vm, v, &view, false)) return false;
        out->data = (const char *)view.data;
        out->len = view.len;
    }
    if (memchr(out->data, 0, out->len))
        py_raise_value_error(vm, "source code string cannot contain null bytes");
    return true;
}

static py_val_t string_filename(py_vm_t *vm) { return py_str_intern_c(vm, "<string>"); }

// PyMapping_Check: the type supports subscription. Does not raise or allocate.
static bool is_mapping(py_vm_t *vm, py_val_t v) {
    return py_type_of(vm, v)->slots.getitem != NULL;
}

// A code object for eval() or exec() from [src]: a code object as it is, or
// text compiled in [mode] as file "<string>". [fn] names the caller in errors.
// Raises TypeError or SyntaxError; may allocate.
static py_val_t code_arg(py_vm_t *vm, py_val_t src, const char *fn, py_parse_mode_t mode) {
    if (py_is_a(vm, src, PY_T_code)) {
        size_t nfree = py_code_ptr(src)->nfree;
        if (nfree && mode == PY_PARSE_EVAL)
            py_raise_type_error(vm, "code object passed to eval() may not contain free variables");
        if (nfree)
            py_raise_type_error(vm, "code object requires a closure of exactly length %zu", nfree);
        return src;
    }
    source_t s;
    if (!source_text(vm, src, &s))
        py_raise_type_error(vm, "%s() arg 1 must be a string, bytes or code object", fn);
    if (mode == PY_PARSE_EVAL) {
        // eval() ignores leading blanks, so that an indented expression works
        while (s.len && (*s.data == ' ' || *s.data == '\t')) s.data++, s.len--;
    }
    return py_compile(vm, s.data, s.len, string_filename(vm), mode);
}

// Missing globals and locals come from the caller's frame; missing locals
// alone are the globals. Inserts __builtins__ (the builtins' namespace, as
// CPython) into globals that lack it. May raise (MemoryError); may allocate.
static void resolve_namespaces(py_vm_t *vm, py_val_t *globals, py_val_t *locals) {
    if (*globals == PY_NONE) {
        *globals = py_builtins_globals(vm);
        if (*locals == PY_NONE) *locals = py_builtins_locals(vm);
    } else if (*locals == PY_NONE) {
        *locals = *globals;
    }
    py_val_t bname = py_name(vm, PY_NAME___builtins__);
    if (py_dict_get_name(vm, *globals, bname) == PY_NULL)
        py_dict_set_name(vm, *globals, bname, vm->builtins_dict);
}

// eval(source, globals=None, locals=None, /)
static py_val_t builtin_eval(py_vm_t *vm, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)kwnames;
    py_val_t globals = nargs > 1 ? args[1] : PY_NONE, locals = nargs > 2 ? args[2] : PY_NONE;
    if (globals != PY_NONE && !py_is_a(vm, globals, PY_T_dict))
        py_raise_type_error(vm, is_mapping(vm, globals)
                                    ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                    : "globals must be a dict");
    if (locals != PY_NONE && !is_mapping(vm, locals))
        py_raise_type_error(vm, "locals must be a mapping");
    resolve_namespaces(vm, &globals, &locals);
    py_val_t code = code_arg(vm, args[0], "eval", PY_PARSE_EVAL);
    return py_vm_exec_in(vm, code, globals, locals);
}

static const char *const exec_kw[] = {"closure", NULL};

// exec(source, globals=None, locals=None, /, *, closure=None); a closure
// other than None is not supported.
static py_val_t builtin_exec(py_vm_t *vm, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    py_val_t closure[1] = {PY_NONE};
    if (nargs < 1) py_raise_type_error(vm, "exec() takes at least 1 positional argument (0 given)");
    if (nargs > 3)
        py_raise_type_error(vm, "exec() takes at most 3 positional arguments (%zu given)", nargs);
    py_builtins_kwargs(vm, "exec", nargs, args, kwnames, exec_kw, closure);
    py_val_t globals = nargs > 1 ? args[1] : PY_NONE, locals = nargs > 2 ? args[2] : PY_NONE;
    if (globals != PY_NONE && !py_is_a(vm, globals, PY_T_dict))
        py_raise_type_error(vm, "exec() globals must be a dict, not %T", globals);
    if (locals != PY_NONE && !is_mapping(vm, locals))
        py_raise_type_error(vm, "locals must be a mapping or None, not %T", locals);
    if (closure[0] != PY_NONE)
        py_raise_fmt(vm, PY_EXC_NotImplementedError, "exec() closure is not supported");
    resolve_namespaces(vm, &globals, &locals);
    py_val_t code = code_arg(vm, args[0], "exec", PY_PARSE_FILE);
    py_vm_exec_in(vm, code, globals, locals);
    return PY_NONE;
}

static const char *const compile_kw[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                         "optimize", "_feature_version", NULL};

// compile()'s filename: a str, or bytes taken as UTF-8. Raises TypeError; may allocate.
static py_val_t filename_arg(py_vm_t *vm, py_val_t v) {
    if (py_is_str(vm, v)) return v;
    if (py_is_a(vm, v, PY_T_bytes))
        return py_str_new(vm, (const char *)py_bytes_ptr(v)->data, py_bytes_ptr(v)->len);
    py_raise_type_error(vm, "expected str, bytes or os.PathLike object, not %T", v);
}

// compile()'s mode. Raises TypeError or ValueError; does not allocate but for them.
static py_parse_mode_t mode_arg(py_vm_t *vm, py_val_t v) {
    if (!py_is_str(vm, v))
        py_raise_type_error(vm, "compile() argument 'mode' must be str, not %T", v);
    if (py_str_eq_c(v, "exec")) return PY_PARSE_FILE;
    if (py_str_eq_c(v, "eval")) return PY_PARSE_EVAL;
    if (py_str_eq_c(v, "single")) return PY_PARSE_SINGLE;
    py_raise_value_error(vm, "compile() mode must be 'exec', 'eval' or 'single'");
}

// Checks compile()'s flags and optimize. Raises ValueError, or TypeError for non-ints.
static void check_flags(py_vm_t *vm, py_val_t flags_v, py_val_t optimize_v) {
    int64_t flags = flags_v == PY_NULL ? 0 : py_to_int64(vm, flags_v);
    if (flags & ~(int64_t)(FUTURE_FLAGS | PYCF_FLAGS | CO_NESTED))
        py_raise_value_error(vm, "compile(): unrecognised flags");
    int64_t optimize = optimize_v == PY_NULL ? -1 : py_to_int64(vm, optimize_v);
    if (optimize < -1 || optimize > 2) py_raise_value_error(vm, "compile(): invalid optimize value");
    if (flags & PYCF_ONLY_AST)
        py_raise_fmt(vm, PY_EXC_NotImplementedError, "compile(): there is no ast module");
}

// compile(..., 'single') wants one statement, where the REPL's parser
// takes blank input as nothing to do. Raises SyntaxError; may allocate.
static void reject_empty_single(py_vm_t *vm, source_t s, py_val_t filename) {
    bool comment = false;
    for (size_t i = 0; i < s.len; i++) {
        char ch = s.data[i];
        if (ch == '\n') comment = false;
        else if (ch == '#') comment = true;
        else if (!comment && ch != ' ' && ch != '\t' && ch != '\r' && ch != '\f') return;
    }
    py_syntax_error_t err;
    memset(&err, 0, sizeof err);
    strcpy(err.msg, "invalid syntax");
    err.line = err.col = 1;
    py_compile_raise_parse_error(vm, filename, s.data, s.len, PY_PARSE_SINGLE, &err);
}

typedef struct compile_ctx {
    source_t s;
    py_val_t filename, code;
} compile_ctx_t;

static void compile_single_fn(py_vm_t *vm, void *ud) {
    compile_ctx_t *c = ud;
    c->code = py_compile(vm, c->s.data, c->s.len, c->filename, PY_PARSE_SINGLE);
}

// True for the parser's "more input needed" error. Does not raise; may allocate (the name).
static bool is_incomplete_error(py_vm_t *vm, py_val_t exc) {
    if (!py_exc_is(vm, exc, PY_EXC_SyntaxError)) return false;
    py_val_t msg = py_getattr_opt(vm, exc, py_str_intern_c(vm, "msg"));
    return msg != PY_NULL && py_is_str(vm, msg) &&
           py_str_eq_c(msg, "unexpected EOF while parsing");
}

// compile(..., 'single'). The REPL's parser wants a compound statement
// ended by a blank line before it runs it; compile() does not, so such
// source is compiled again with the blank line added. Raises SyntaxError;
// may allocate.
static py_val_t compile_single(py_vm_t *vm, source_t s, py_val_t filename) {
    reject_empty_single(vm, s, filename);
    compile_ctx_t c = {s, filename, PY_NULL};
    if (!py_pcall(vm, compile_single_fn, &c)) return c.code;
    py_val_t exc = vm->exc;
    if (!is_incomplete_error(vm, exc)) py_raise(vm, exc);
    py_bytes_t *padded = py_bytes_alloc(vm, s.len + 2);
    memcpy(padded->data, s.data, s.len);
    memcpy(padded->data + s.len, "\n\n", 2);
    c.s = (source_t){(const char *)padded->data, s.len + 2};
    if (py_pcall(vm, compile_single_fn, &c)) py_raise(vm, exc);  // the first error is the one to see
    return c.code;
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)
static py_val_t builtin_compile(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    py_val_t a[7] = {PY_NULL, PY_NULL, PY_NULL, PY_NULL, PY_NULL, PY_NULL, PY_NULL};
    if (nargs > 6)
        py_raise_type_error(vm, "compile() takes at most 6 positional arguments (%zu given)", nargs);
    py_builtins_kwargs(vm, "compile", nargs, args, kwnames, compile_kw, a);
    for (size_t i = 0; i < nargs; i++) {
        if (a[i] != PY_NULL)
            py_raise_type_error(vm, "argument for compile() given by name ('%s') and position (%zu)",
                                compile_kw[i], i + 1);
        a[i] = args[i];
    }
    for (int i = 0; i < 3; i++)
        if (a[i] == PY_NULL)
            py_raise_type_error(vm, "compile() missing required argument '%s' (pos %d)",
                                compile_kw[i], i + 1);
    py_val_t filename = filename_arg(vm, a[1]);
    check_flags(vm, a[3], a[5]);
    py_parse_mode_t mode = mode_arg(vm, a[2]);
    source_t s;
    if (!source_text(vm, a[0], &s))
        py_raise_type_error(vm, "compile() arg 1 must be a string, bytes or AST object");
    if (mode == PY_PARSE_SINGLE) return compile_single(vm, s, filename);
    return py_compile(vm, s.data, s.len, filename, mode);
}

const py_method_def_t py_builtins_eval_functions[] = {
    {"eval", builtin_eval, 1, 3, 0},
    {"exec", builtin_exec, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"compile", builtin_compile, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};
