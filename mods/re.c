// mods/re.c: the re module (also `ure`): compile with a cache, the Pattern
// type and its searches, the module functions, flags and re.error.
// Layer: library modules. Compiler: re_compile.c; matcher: re_exec.c;
// Match: re_match.c; sub/split/findall: re_sub.c. SPDX-License-Identifier: MIT

#include <stdio.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "import.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "re.h"
#include "runtime.h"

// Compiled patterns kept by (type, pattern, flags); the cache is emptied
// when it grows past this, as CPython's is bounded too.
#define CACHE_MAX 128

// re.error computes lineno/colno and the "at position N" suffix as CPython's.
static const char re_error_src[] =
    "class error(Exception):\n"
    "    def __init__(self, msg, pattern=None, pos=None):\n"
    "        self.msg = msg\n"
    "        self.pattern = pattern\n"
    "        self.pos = pos\n"
    "        self.lineno = self.colno = None\n"
    "        if pattern is not None and pos is not None:\n"
    "            msg = '%s at position %d' % (msg, pos)\n"
    "            nl = '\\n' if isinstance(pattern, str) else b'\\n'\n"
    "            self.lineno = pattern.count(nl, 0, pos) + 1\n"
    "            self.colno = pos - pattern.rfind(nl, 0, pos)\n"
    "            if nl in pattern:\n"
    "                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)\n"
    "        Exception.__init__(self, msg)\n"
    "error.__module__ = 're'\n";

static py_val_t re_module(py_vm_t *vm) { return py_import_builtin(vm, "re"); }

static py_val_t module_attr(py_vm_t *vm, const char *name) {
    return py_getattr(vm, re_module(vm), py_str_intern_c(vm, name));
}

_Noreturn void py_re_raise_error(py_vm_t *vm, const char *msg, py_val_t pattern, long pos) {
    py_val_t args[3] = {py_str_from_c(vm, msg), pos < 0 ? PY_NONE : pattern,
                        pos < 0 ? PY_NONE : py_small(pos)};
    py_raise(vm, py_call(vm, module_attr(vm, "error"), 3, args, PY_NULL));
}

// ---- arguments --------------------------------------------------------------------------------

// "fn() missing 2 required positional arguments: 'a' and 'b'", as a Python function says it.
_Noreturn static void missing_pyfunc(py_vm_t *vm, const char *fn, const char *const *names,
                                     const py_val_t *out, int nreq) {
    int miss[8], n = 0;
    for (int i = 0; i < nreq && n < 8; i++)
        if (out[i] == PY_NULL) miss[n++] = i;
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (int k = 0; k < n; k++) {
        if (k > 0) py_strbuf_add_c(vm, &b, n == 2 ? " and " : k == n - 1 ? ", and " : ", ");
        py_strbuf_add_char(vm, &b, '\'');
        py_strbuf_add_c(vm, &b, names[miss[k]]);
        py_strbuf_add_char(vm, &b, '\'');
    }
    py_val_t list = py_strbuf_finish(vm, &b);
    py_raise_type_error(vm, "%s() missing %d required positional argument%s: %S", fn, n,
                        n == 1 ? "" : "s", list);
}

void py_re_args(py_vm_t *vm, const char *fn, size_t nargs, const py_val_t *args,
                py_val_t kwnames, const char *const *names, int nreq, bool pyfunc, py_val_t *out) {
    size_t n = 0;
    while (names[n]) out[n++] = PY_NULL;
    if (nargs > n) {
        if (pyfunc)
            py_raise_type_error(vm, "%s() takes from %d to %zu positional arguments but %zu were given",
                                fn, nreq, n, nargs);
        py_raise_type_error(vm, "%s() takes at most %zu argument%s (%zu given)", fn, n,
                            n == 1 ? "" : "s", nargs);
    }
    if (pyfunc && kwnames != PY_NULL) {
        py_tuple_t *kw = py_tuple_ptr(kwnames);
        for (size_t i = 0; i < kw->len; i++) {
            size_t j = 0;
            while (names[j] && !py_str_eq_c(kw->items[i], names[j])) j++;
            if (!names[j])
                py_raise_type_error(vm, "%s() got an unexpected keyword argument '%N'", fn,
                                    kw->items[i]);
        }
    }
    py_builtins_kwargs(vm, fn, nargs, args, kwnames, names, out);
    for (size_t i = 0; i < nargs; i++) {
        if (out[i] != PY_NULL) {
            if (pyfunc)
                py_raise_type_error(vm, "%s() got multiple values for argument '%s'", fn, names[i]);
            py_raise_type_error(vm, "argument for %s() given by name ('%s') and position (%zu)",
                                fn, names[i], i + 1);
        }
        out[i] = args[i];
    }
    for (int i = 0; i < nreq; i++) {
        if (out[i] != PY_NULL) continue;
        if (pyfunc) missing_pyfunc(vm, fn, names, out, nreq);
        py_raise_type_error(vm, "%s() missing required argument '%s' (pos %d)", fn, names[i], i + 1);
    }
}

static size_t clamp(py_vm_t *vm, py_val_t v, size_t len, size_t dflt) {
    if (v == PY_NULL) return dflt;
    py_val_t i = py_index(vm, v);
    if (py_int_sign(i) < 0) return 0;
    int64_t x;
    if (!py_int_to_i64(i, &x) || (uint64_t)x > len) return len;
    return (size_t)x;
}

void py_re_span_args(py_vm_t *vm, py_val_t pos, py_val_t endpos, size_t len, size_t *p, size_t *e) {
    *p = clamp(vm, pos, len, 0);
    *e = clamp(vm, endpos, len, len);
}

// ---- subjects ---------------------------------------------------------------------------------

void py_re_text_init(py_vm_t *vm, py_re_pattern_t *p, py_val_t string, py_re_text_t *t) {
    memset(t, 0, sizeof *t);
    t->string = string;
    if (py_is_str(vm, string)) {
        if (p->is_bytes) py_raise_type_error(vm, "cannot use a bytes pattern on a string-like object");
        py_str_t *s = py_str_ptr(string);
        t->subj.len = s->nchars;
        if (s->nchars > INT32_MAX) py_raise_fmt(vm, PY_EXC_OverflowError, "string is too long");
        if (s->ascii) {
            t->data = string;
            t->subj.b = (const uint8_t *)py_str_text(s);
            return;
        }
        t->w = py_gc_new_bytes(vm, ((size_t)s->nchars + 1) * sizeof(uint32_t));
        const uint8_t *d = (const uint8_t *)py_str_bytes(string);
        for (size_t i = 0, k = 0; k < s->nchars; k++) {
            uint32_t c = d[i++];
            if (c >= 0x80) {
                int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
                c &= 0x3F >> n;
                while (n-- > 0) c = (c << 6) | (d[i++] & 0x3F);
            }
            t->w[k] = c;
        }
        t->subj.w = t->w;
        return;
    }
    py_buffer_t view;
    if (!py_buffer_get(vm, string, &view, false))
        py_raise_type_error(vm, "expected string or bytes-like object, got '%s'",
                            py_type_name(vm, string));
    if (!p->is_bytes) py_raise_type_error(vm, "cannot use a string pattern on a bytes-like object");
    t->is_bytes = true;
    t->data = py_bytes_snapshot(vm, string);
    t->subj.b = py_bytes_ptr(t->data)->data;
    t->subj.len = py_bytes_ptr(t->data)->len;
    if (t->subj.len > INT32_MAX) py_raise_fmt(vm, PY_EXC_OverflowError, "string is too long");
}

py_val_t py_re_text_slice(py_vm_t *vm, const py_re_text_t *t, int32_t s, int32_t e, py_val_t dflt) {
    if (s < 0 || e < 0) return dflt;
    if (t->is_bytes) return py_bytes_new(vm, py_bytes_ptr(t->data)->data + s, (size_t)(e - s));
    if (!t->w) return py_str_new(vm, py_str_bytes(t->data) + s, (size_t)(e - s));
    py_strbuf_t b;
    py_strbuf_init(&b);
    py_re_text_append(vm, t, s, e, &b);
    return py_strbuf_finish(vm, &b);
}

void py_re_text_append(py_vm_t *vm, const py_re_text_t *t, int32_t s, int32_t e, py_strbuf_t *b) {
    if (!t->w) {
        const char *d = t->is_bytes ? (const char *)py_bytes_ptr(t->data)->data : py_str_bytes(t->data);
        py_strbuf_add(vm, b, d + s, (size_t)(e - s));
        return;
    }
    for (int32_t k = s; k < e; k++) {
        char u[4];
        py_strbuf_add(vm, b, u, py_utf8_encode(t->w[k], u));
    }
}

bool py_re_find(py_vm_t *vm, py_re_pattern_t *p, py_re_text_t *t, size_t pos, size_t endpos,
                bool anchored, bool full, bool must_advance, int32_t *slots, int *lastindex) {
    if (endpos < pos) return false;
    return py_re_exec(vm, p->code, p->ngroups, p->nregs, &t->subj, pos, endpos, anchored, full,
                      must_advance, slots, lastindex);
}

py_val_t py_re_match_new(py_vm_t *vm, py_re_pattern_t *p, py_re_text_t *t, size_t pos,
                         size_t endpos, const int32_t *slots, int lastindex) {
    size_t n = 2 * (size_t)(p->ngroups + 1) * sizeof(int32_t);
    int32_t *copy = py_gc_new_bytes(vm, n);
    memcpy(copy, slots, n);
    py_re_match_t *m = py_gc_new(vm, (py_type_t *)p->match_type, sizeof *m);
    m->pattern = py_from_obj(p);
    m->text = *t;
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = lastindex;
    m->slots = copy;
    return py_from_obj(m);
}

py_val_t py_re_search(py_vm_t *vm, py_re_pattern_t *p, py_re_text_t *t, size_t pos,
                      size_t endpos, bool anchored, bool full, bool must_advance) {
    int32_t local[64];
    int32_t *slots = p->ngroups < 32 ? local
                                     : py_gc_new_bytes(vm, 2 * (size_t)(p->ngroups + 1) * sizeof(int32_t));
    int lastindex;
    if (!py_re_find(vm, p, t, pos, endpos, anchored, full, must_advance, slots, &lastindex))
        return PY_NONE;
    return py_re_match_new(vm, p, t, pos, endpos, slots, lastindex);
}

// ---- compiling ----------------------------------------------------------------------------------

typedef struct build {
    py_re_prog_t prog;
    py_val_t pattern, type, match_type;
    bool is_bytes;
    py_val_t result;
} build_t;

// Makes the Pattern object from a compiled program; run under py_pcall so
// that the caller frees the program's malloc'd memory whatever happens.
static void build_pattern(py_vm_t *vm, void *ud) {
    build_t *b = ud;
    py_re_pattern_t *p = py_gc_new(vm, (py_type_t *)b->type, sizeof *p);
    p->pattern = b->pattern;
    p->match_type = b->match_type;
    p->flags = b->prog.flags;
    p->ngroups = b->prog.ngroups;
    p->nregs = b->prog.nregs;
    p->is_bytes = b->is_bytes;
    p->groupindex = py_dict_new(vm);
    p->code = py_gc_new_bytes(vm, b->prog.ncode * sizeof(int32_t));
    memcpy(p->code, b->prog.code, b->prog.ncode * sizeof(int32_t));
    for (int k = 0; k < b->prog.nnames; k++)
        py_dict_set(vm, p->groupindex, py_str_from_c(vm, b->prog.names[k]),
                    py_small(b->prog.name_groups[k]));
    b->result = py_from_obj(p);
}

static void check_flags(py_vm_t *vm, bool is_bytes, int flags) {
    if (!is_bytes && (flags & RE_LOCALE))
        py_raise_value_error(vm, "cannot use LOCALE flag with a str pattern");
    if (is_bytes && (flags & RE_UNICODE))
        py_raise_value_error(vm, "cannot use UNICODE flag with a bytes pattern");
    if ((flags & RE_ASCII) && (flags & RE_UNICODE))
        py_raise_value_error(vm, "ASCII and UNICODE flags are incompatible");
    if (is_bytes && (flags & RE_ASCII) && (flags & RE_LOCALE))
        py_raise_value_error(vm, "ASCII and LOCALE flags are incompatible");
}

static py_val_t compile_new(py_vm_t *vm, py_val_t pattern, int flags) {
    bool is_bytes = !py_is_str(vm, pattern);
    size_t n;
    uint32_t *cp;
    if (is_bytes) {
        py_bytes_t *b = py_bytes_ptr(pattern);
        n = b->len;
        cp = py_gc_new_bytes(vm, (n + 1) * sizeof *cp);
        for (size_t i = 0; i < n; i++) cp[i] = py_bytes_ptr(pattern)->data[i];
    } else {
        py_re_text_t t;
        py_re_pattern_t fake = {.is_bytes = false};
        py_re_text_init(vm, &fake, pattern, &t);
        n = t.subj.len;
        cp = py_gc_new_bytes(vm, (n + 1) * sizeof *cp);
        for (size_t i = 0; i < n; i++) cp[i] = t.w ? t.w[i] : t.subj.b[i];
    }
    check_flags(vm, is_bytes, flags);
    build_t b = {.pattern = pattern, .type = module_attr(vm, "Pattern"),
                 .match_type = module_attr(vm, "Match"), .is_bytes = is_bytes};
    if (!py_re_compile(cp, n, flags, is_bytes, &b.prog)) {
        char msg[sizeof b.prog.err];
        memcpy(msg, b.prog.err, sizeof msg);
        long pos = b.prog.err_has_pos ? (long)b.prog.err_pos : -1;
        py_re_prog_free(&b.prog);
        py_re_raise_error(vm, msg, pattern, pos);
    }
    check_flags(vm, is_bytes, b.prog.flags);
    int failed = py_pcall(vm, build_pattern, &b);
    py_re_prog_free(&b.prog);
    if (failed) py_raise(vm, vm->exc);
    return b.result;
}

static bool is_pattern(py_vm_t *vm, py_val_t v) {
    return py_from_obj(py_type_of(vm, v)) == module_attr(vm, "Pattern");
}

// compile(pattern, flags) through the module's cache.
static py_re_pattern_t *compile(py_vm_t *vm, py_val_t pattern, py_val_t flags_v) {
    int64_t flags = flags_v == PY_NULL ? 0 : py_to_int64(vm, flags_v);
    if (is_pattern(vm, pattern)) {
        if (flags) py_raise_value_error(vm, "cannot process flags argument with a compiled pattern");
        return (py_re_pattern_t *)pattern;
    }
    if (!py_is_str(vm, pattern) && !py_is_bytes(vm, pattern))
        py_raise_type_error(vm, "first argument must be string or compiled pattern");
    if (!py_is_exact(vm, pattern, PY_T_str) && !py_is_exact(vm, pattern, PY_T_bytes))
        return (py_re_pattern_t *)compile_new(vm, pattern, (int)flags);
    py_val_t key_items[3] = {py_from_obj(py_type_of(vm, pattern)), pattern, py_small(flags)};
    py_val_t key = py_tuple_new(vm, 3, key_items);
    py_val_t cache = module_attr(vm, "_cache");
    py_val_t hit = py_dict_get(vm, cache, key);
    if (hit != PY_NULL) return (py_re_pattern_t *)hit;
    py_val_t p = compile_new(vm, pattern, (int)flags);
    if (py_dict_ptr(cache)->len >= CACHE_MAX) py_call_method(vm, cache, py_str_intern_c(vm, "clear"), 0, NULL);
    py_dict_set(vm, cache, key, p);
    return (py_re_pattern_t *)p;
}

// ---- Pattern ------------------------------------------------------------------------------------

static py_re_pattern_t *pat(py_val_t v) { return (py_re_pattern_t *)v; }

static void pattern_mark(py_vm_t *vm, py_obj_t *o) {
    py_re_pattern_t *p = (py_re_pattern_t *)o;
    py_gc_mark(vm, p->pattern);
    py_gc_mark(vm, p->groupindex);
    py_gc_mark(vm, p->match_type);
    py_gc_mark_ptr(vm, p->code);
}

static const char *const search_kw[] = {"string", "pos", "endpos", NULL};

static py_val_t do_search(py_vm_t *vm, const char *fn, size_t nargs, const py_val_t *args,
                          py_val_t kwnames, bool anchored, bool full) {
    py_val_t a[3];
    py_re_args(vm, fn, nargs - 1, args + 1, kwnames, search_kw, 1, false, a);
    py_re_text_t t;
    py_re_text_init(vm, pat(args[0]), a[0], &t);
    size_t pos, endpos;
    py_re_span_args(vm, a[1], a[2], t.subj.len, &pos, &endpos);
    return py_re_search(vm, pat(args[0]), &t, pos, endpos, anchored, full, false);
}

static py_val_t pattern_match(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    return do_search(vm, "match", nargs, args, kwnames, true, false);
}
static py_val_t pattern_search(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    return do_search(vm, "search", nargs, args, kwnames, false, false);
}
static py_val_t pattern_fullmatch(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                  py_val_t kwnames) {
    return do_search(vm, "fullmatch", nargs, args, kwnames, true, true);
}

static void add_flag_names(py_vm_t *vm, py_strbuf_t *b, int flags) {
    static const struct { int bit; const char *name; } names[] = {
        {RE_TEMPLATE, "re.TEMPLATE"}, {RE_IGNORECASE, "re.IGNORECASE"}, {RE_LOCALE, "re.LOCALE"},
        {RE_MULTILINE, "re.MULTILINE"}, {RE_DOTALL, "re.DOTALL"}, {RE_UNICODE, "re.UNICODE"},
        {RE_VERBOSE, "re.VERBOSE"}, {RE_DEBUG, "re.DEBUG"}, {RE_ASCII, "re.ASCII"},
    };
    bool first = true;
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        if (!(flags & names[k].bit)) continue;
        if (!first) py_strbuf_add_char(vm, b, '|');
        py_strbuf_add_c(vm, b, names[k].name);
        first = false;
    }
}

static py_val_t pattern_repr(py_vm_t *vm, py_val_t self) {
    py_re_pattern_t *p = pat(self);
    py_strbuf_t b;
    py_strbuf_init(&b);
    py_strbuf_add_c(vm, &b, "re.compile(");
    py_strbuf_add_val(vm, &b, p->pattern, true);
    int flags = p->is_bytes ? p->flags : p->flags & ~RE_UNICODE;
    if (flags) {
        py_strbuf_add_c(vm, &b, ", ");
        add_flag_names(vm, &b, flags);
    }
    py_strbuf_add_char(vm, &b, ')');
    return py_strbuf_finish(vm, &b);
}

static py_val_t pattern_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_re_pattern_t *p = pat(self);
    if (py_str_eq_c(name, "pattern")) return p->pattern;
    if (py_str_eq_c(name, "flags")) return py_small(p->flags);
    if (py_str_eq_c(name, "groups")) return py_small(p->ngroups);
    if (py_str_eq_c(name, "groupindex")) return py_mappingproxy_new(vm, py_dict_copy(vm, p->groupindex));
    return PY_NULL;
}

static py_val_t pattern_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if ((op != PY_CMP_OP_EQ && op != PY_CMP_OP_NE) || py_type_of(vm, a) != py_type_of(vm, b))
        return PY_NOTIMPLEMENTED;
    bool eq = pat(a)->flags == pat(b)->flags && pat(a)->is_bytes == pat(b)->is_bytes &&
              py_equal(vm, pat(a)->pattern, pat(b)->pattern);
    return py_bool(eq == (op == PY_CMP_OP_EQ));
}

static py_hash_t pattern_hash(py_vm_t *vm, py_val_t self) {
    return py_hash(vm, pat(self)->pattern) ^ (py_hash_t)pat(self)->flags;
}

static const py_method_def_t pattern_methods[] = {
    {"match", pattern_match, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"search", pattern_search, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"fullmatch", pattern_fullmatch, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"sub", py_re_pattern_sub, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"subn", py_re_pattern_subn, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"split", py_re_pattern_split, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"findall", py_re_pattern_findall, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"finditer", py_re_pattern_finditer, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t pattern_spec = {
    .name = "Pattern",
    .base = PY_T_object,
    .basicsize = sizeof(py_re_pattern_t),
    .slots = {
        .mark = pattern_mark,
        .repr = pattern_repr,
        .getattr = pattern_getattr,
        .compare = pattern_compare,
        .hash = pattern_hash,
    },
    .methods = pattern_methods,
};

// ---- module functions -----------------------------------------------------------------------------

// re.f(pattern, <args...>, flags=0): compiles, then calls Pattern.f with the
// arguments before flags. [names] lists the arguments, pattern and flags included.
static py_val_t delegate(py_vm_t *vm, const char *fn, const char *const *names, int nreq,
                         size_t nargs, const py_val_t *args, py_val_t kwnames, py_cfunc_t method) {
    py_val_t a[6];
    py_re_args(vm, fn, nargs, args, kwnames, names, nreq, true, a);
    size_t n = 0;
    while (names[n]) n++;
    py_val_t call[6];
    call[0] = py_from_obj(compile(vm, a[0], a[n - 1]));
    size_t m = 1;
    for (size_t k = 1; k + 1 < n && a[k] != PY_NULL; k++) call[m++] = a[k];
    return method(vm, m, call, PY_NULL);
}

static const char *const kw_string[] = {"pattern", "string", "flags", NULL};
static const char *const kw_sub[] = {"pattern", "repl", "string", "count", "flags", NULL};
static const char *const kw_split[] = {"pattern", "string", "maxsplit", "flags", NULL};

static py_val_t re_match(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    return delegate(vm, "match", kw_string, 2, nargs, args, kw, pattern_match);
}
static py_val_t re_search(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    return delegate(vm, "search", kw_string, 2, nargs, args, kw, pattern_search);
}
static py_val_t re_fullmatch(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    return delegate(vm, "fullmatch", kw_string, 2, nargs, args, kw, pattern_fullmatch);
}
static py_val_t re_findall(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    return delegate(vm, "findall", kw_string, 2, nargs, args, kw, py_re_pattern_findall);
}
static py_val_t re_finditer(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    return delegate(vm, "finditer", kw_string, 2, nargs, args, kw, py_re_pattern_finditer);
}
static py_val_t re_sub(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    return delegate(vm, "sub", kw_sub, 3, nargs, args, kw, py_re_pattern_sub);
}
static py_val_t re_subn(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    return delegate(vm, "subn", kw_sub, 3, nargs, args, kw, py_re_pattern_subn);
}
static py_val_t re_split(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    return delegate(vm, "split", kw_split, 2, nargs, args, kw, py_re_pattern_split);
}

static const char *const kw_compile[] = {"pattern", "flags", NULL};

static py_val_t re_compile(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t a[2];
    py_re_args(vm, "compile", nargs, args, kwnames, kw_compile, 1, true, a);
    return py_from_obj(compile(vm, a[0], a[1]));
}

static py_val_t re_purge(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    py_call_method(vm, module_attr(vm, "_cache"), py_str_intern_c(vm, "clear"), 0, NULL);
    return PY_NONE;
}

// re.escape: a backslash before each character that is special in patterns.
static py_val_t re_escape(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    py_val_t s = args[0];
    bool is_str = py_is_str(vm, s);
    if (!is_str && !py_is_bytes(vm, s) && !py_is_a(vm, s, PY_T_bytearray))
        py_raise_type_error(vm, "decoding to str: need a bytes-like object, %s found",
                            py_type_name(vm, s));
    py_val_t data = is_str ? s : py_bytes_snapshot(vm, s);
    const char *d = is_str ? py_str_bytes(data) : (const char *)py_bytes_ptr(data)->data;
    size_t len = is_str ? py_str_len(data) : py_bytes_ptr(data)->len;
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (size_t i = 0; i < len; i++) {
        d = is_str ? py_str_bytes(data) : (const char *)py_bytes_ptr(data)->data;
        if (d[i] && strchr(special, d[i])) py_strbuf_add_char(vm, &b, '\\');
        py_strbuf_add_char(vm, &b, d[i]);
    }
    if (is_str) return py_strbuf_finish(vm, &b);
    py_val_t r = py_bytes_new(vm, b.data, b.len);
    return r;
}

static void re_init(py_vm_t *vm, py_val_t module) {
    static const struct { const char *name; int value; } flags[] = {
        {"A", RE_ASCII}, {"ASCII", RE_ASCII}, {"I", RE_IGNORECASE}, {"IGNORECASE", RE_IGNORECASE},
        {"L", RE_LOCALE}, {"LOCALE", RE_LOCALE}, {"M", RE_MULTILINE}, {"MULTILINE", RE_MULTILINE},
        {"S", RE_DOTALL}, {"DOTALL", RE_DOTALL}, {"U", RE_UNICODE}, {"UNICODE", RE_UNICODE},
        {"X", RE_VERBOSE}, {"VERBOSE", RE_VERBOSE}, {"T", RE_TEMPLATE}, {"TEMPLATE", RE_TEMPLATE},
        {"DEBUG", RE_DEBUG}, {"NOFLAG", 0},
    };
    for (size_t k = 0; k < sizeof flags / sizeof flags[0]; k++)
        py_module_set(vm, module, flags[k].name, py_small(flags[k].value));
    py_val_t re_name = py_str_intern_c(vm, "re");
    py_type_t *pt = py_type_from_spec(vm, &pattern_spec, vm->types[PY_T_object]);
    py_type_t *mt = py_type_from_spec(vm, &py_re_match_spec, vm->types[PY_T_object]);
    py_dict_set(vm, pt->dict, py_name(vm, PY_NAME___module__), re_name);
    py_dict_set(vm, mt->dict, py_name(vm, PY_NAME___module__), re_name);
    py_module_set(vm, module, "Pattern", py_from_obj(pt));
    py_module_set(vm, module, "Match", py_from_obj(mt));
    py_module_set(vm, module, "_cache", py_dict_new(vm));
    py_val_t exec = py_dict_get_name(vm, vm->builtins_dict, py_str_intern_c(vm, "exec"));
    py_call2(vm, exec, py_str_new(vm, re_error_src, sizeof re_error_src - 1),
             ((py_module_t *)module)->dict);
}

static const py_method_def_t re_functions[] = {
    {"compile", re_compile, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"match", re_match, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"search", re_search, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"fullmatch", re_fullmatch, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"findall", re_findall, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"finditer", re_finditer, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"sub", re_sub, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"subn", re_subn, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"split", re_split, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"escape", re_escape, 1, 1, 0},
    {"purge", re_purge, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_module_def_t py_mod_re = {"re", re_functions, re_init, NULL};
