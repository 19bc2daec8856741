// vm/obj_bytes.c: the bytes type, minimal for now: construction, repr, hashing,
// comparison, + and *, indexing and slicing, iteration, `in`, decode and hex.
// Layer: vm core (types). Shares the str iterator and codec helpers (str_internal.h).
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include "obj_bytes.h"
#include "str_internal.h"
#include "obj_int.h"
#include "obj_range.h"
#include "obj_list.h"
#include "obj_tuple.h"
#include "gc.h"
#include "except.h"
#include "obj_exc.h"
#include "obj_type.h"
#include "runtime.h"

py_bytes_t *py_bytes_alloc(py_vm_t *vm, size_t len) {
    if (len > SIZE_MAX - sizeof(py_bytes_t) - 1) py_raise_memory_error(vm);
    py_bytes_t *b = py_gc_new(vm, vm->types[PY_T_bytes], sizeof(py_bytes_t) + len + 1);
    b->len = len;
    return b;
}

py_val_t py_bytes_new(py_vm_t *vm, const void *data, size_t len) {
    py_bytes_t *b = py_bytes_alloc(vm, len);
    if (len) memcpy(b->data, data, len);
    return py_from_obj(b);
}

// ---- repr ----------------------------------------------------------------------------

py_val_t py_bytes_repr(py_vm_t *vm, py_val_t v) {
    py_bytes_t *p = py_bytes_ptr(v);
    bool sq = memchr(p->data, '\'', p->len) != NULL, dq = memchr(p->data, '"', p->len) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    py_strbuf_t b;
    py_strbuf_init(&b);
    py_strbuf_add_char(vm, &b, 'b');
    py_strbuf_add_char(vm, &b, quote);
    for (size_t i = 0; i < p->len; i++) {
        uint8_t c = p->data[i];
        char tmp[8];
        if (c == quote || c == '\\') snprintf(tmp, sizeof tmp, "\\%c", c);
        else if (c == '\n') strcpy(tmp, "\\n");
        else if (c == '\r') strcpy(tmp, "\\r");
        else if (c == '\t') strcpy(tmp, "\\t");
        else if (c < 0x20 || c >= 0x7F) snprintf(tmp, sizeof tmp, "\\x%02x", c);
        else tmp[0] = (char)c, tmp[1] = '\0';
        py_strbuf_add_c(vm, &b, tmp);
    }
    py_strbuf_add_char(vm, &b, quote);
    return py_strbuf_finish(vm, &b);
}

// ---- decode ---------------------------------------------------------------------------

// Raises UnicodeDecodeError for [bad] bytes at [at] of [p].
static _Noreturn void decode_error(py_vm_t *vm, const char *codec, const py_bytes_t *p,
                                   size_t at, size_t bad, const char *why) {
    py_raise_unicode_error(vm, PY_EXC_UnicodeDecodeError, codec, py_from_obj((py_bytes_t *)p), at,
                           at + (bad ? bad : 1), why);
}

static py_val_t decode_utf8(py_vm_t *vm, py_val_t v, int errors) {
    py_bytes_t *p = py_bytes_ptr(v);
    const char *s = (const char *)p->data, *why;
    size_t bad, at = py_str_utf8_check(s, p->len, &why, &bad);
    if (at == p->len) return py_str_new(vm, s, p->len);
    if (errors == PY_CODEC_STRICT) decode_error(vm, "utf-8", p, at, bad, why);
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (size_t pos = 0; pos < p->len;) {
        at = pos + py_str_utf8_check(s + pos, p->len - pos, &why, &bad);
        py_strbuf_add(vm, &b, s + pos, at - pos);
        if (at >= p->len) break;
        if (errors == PY_CODEC_REPLACE) py_strbuf_add(vm, &b, "\xEF\xBF\xBD", 3);   // U+FFFD
        pos = at + (bad ? bad : 1);
    }
    return py_strbuf_finish(vm, &b);
}

// ASCII (bytes < 0x80) or Latin-1 (every byte is its code point).
static py_val_t decode_narrow(py_vm_t *vm, py_val_t v, bool ascii, int errors) {
    py_bytes_t *p = py_bytes_ptr(v);
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (size_t i = 0; i < p->len; i++) {
        uint8_t c = p->data[i];
        if (c < 0x80 || !ascii) {
            char enc[4];
            py_strbuf_add(vm, &b, enc, py_utf8_encode(c, enc));
        } else if (errors == PY_CODEC_REPLACE) {
            py_strbuf_add(vm, &b, "\xEF\xBF\xBD", 3);
        } else if (errors == PY_CODEC_STRICT) {
            decode_error(vm, "ascii", p, i, 1, "ordinal not in range(128)");
        }
    }
    return py_strbuf_finish(vm, &b);
}

py_val_t py_bytes_decode(py_vm_t *vm, py_val_t b, py_val_t encoding, py_val_t errors) {
    int codec = py_str_codec(vm, encoding, "decode");
    int handler = py_str_codec_errors(vm, errors, "decode");
    if (codec == PY_CODEC_UTF8) return decode_utf8(vm, b, handler);
    return decode_narrow(vm, b, codec == PY_CODEC_ASCII, handler);
}

// ---- construction from Python ------------------------------------------------------------

// bytes(iterable of ints).
static py_val_t bytes_from_iter(py_vm_t *vm, py_val_t src) {
    py_val_t it = py_iter(vm, src);
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (py_val_t x; (x = py_next(vm, it)) != PY_NULL;) {
        int64_t c;
        if (!py_int_to_i64(py_index(vm, x), &c) || c < 0 || c > 255)
            py_raise_value_error(vm, "bytes must be in range(0, 256)");
        py_strbuf_add_char(vm, &b, (char)c);
    }
    py_val_t r = py_bytes_new(vm, b.data, b.len);
    if (b.data) py_gc_release(vm, b.data);
    return r;
}

// bytes(x) as CPython: __bytes__, then a count (an int or __index__), then
// an iterable of ints.
static py_val_t bytes_from(py_vm_t *vm, py_val_t src) {
    py_type_t *t = py_type_of(vm, src);
    bool heap = (t->flags & PY_TF_HEAPTYPE) != 0;
    py_val_t conv = heap ? py_class_lookup_user(vm, t, py_str_intern_c(vm, "__bytes__")) : PY_NULL;
    if (conv != PY_NULL) {
        py_val_t r = py_class_call_dunder(vm, conv, src, 0, NULL);
        if (!py_is_bytes(vm, r)) py_raise_type_error(vm, "__bytes__ returned non-bytes (type %T)", r);
        return r;
    }
    if (py_is_exact(vm, src, PY_T_bytes)) return src;
    if (py_is_bytes(vm, src)) return py_bytes_new(vm, py_bytes_ptr(src)->data, py_bytes_ptr(src)->len);
    if (py_is_str(vm, src)) py_raise_type_error(vm, "string argument without an encoding");
    bool count = py_is_int(vm, src) || py_is_bool(src) ||
                 (heap && py_class_lookup_user(vm, t, py_name(vm, PY_NAME___index__)) != PY_NULL);
    if (count) {
        int64_t n = py_to_int64(vm, src);
        if (n < 0) py_raise_value_error(vm, "negative count");
        return py_from_obj(py_bytes_alloc(vm, (size_t)n));
    }
    if (t->slots.iter == NULL && t->slots.getitem == NULL)
        py_raise_type_error(vm, "cannot convert '%T' object to bytes", src);
    return bytes_from_iter(vm, src);
}

static const char *const new_names[] = {"source", "encoding", "errors"};

// An instance of the bytes subclass [type] holding the data of [b]; its
// dict field follows the data (py_type_instance_size).
static py_val_t new_instance(py_vm_t *vm, py_type_t *type, py_val_t b) {
    size_t len = py_bytes_ptr(b)->len;
    if (len > SIZE_MAX - 1) py_raise_memory_error(vm);
    py_bytes_t *r = py_gc_new(vm, type, py_type_instance_size(vm, type, len + 1));
    r->len = len;
    memcpy(r->data, py_bytes_ptr(b)->data, len + 1);
    return py_from_obj(r);
}

// The data and its NUL follow the header: instances of subclasses keep their dict after them.
static size_t bytes_var_size(py_obj_t *o) { return ((py_bytes_t *)o)->len + 1; }

static py_val_t make_exact(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);

static py_val_t bytes_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    py_val_t b = make_exact(vm, nargs, args, kwnames);
    if (type == vm->types[PY_T_bytes]) return b;
    if (!py_is_bytes(vm, b))
        py_raise_type_error(vm, "__bytes__ returned non-bytes (type %T)", b);
    return new_instance(vm, type, b);
}

static py_val_t make_exact(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t a[3];
    py_str_parse_args(vm, "bytes", nargs, args, kwnames, new_names, 3, a);
    if (a[0] == PY_NULL) {
        if (a[1] != PY_NULL || a[2] != PY_NULL)
            py_raise_type_error(vm, "encoding or errors without sequence argument");
        return py_bytes_new(vm, "", 0);
    }
    if (a[1] == PY_NULL && a[2] == PY_NULL) return bytes_from(vm, a[0]);
    if (!py_is_str(vm, a[0]))
        py_raise_type_error(vm, a[1] != PY_NULL ? "encoding without a string argument"
                                                : "errors without a string argument");
    py_val_t m = py_str_intern_c(vm, "encode"), ea[2] = {a[1], a[2]};
    if (a[1] == PY_NULL) ea[0] = py_str_intern_c(vm, "utf-8");
    return py_call_method(vm, a[0], m, a[2] == PY_NULL ? 1 : 2, ea);
}

// ---- slots -------------------------------------------------------------------------------

static py_hash_t bytes_hash(py_vm_t *vm, py_val_t self) {
    (void)vm;
    py_bytes_t *p = py_bytes_ptr(self);
    if (p->hash == 0) p->hash = py_str_hash_bytes((const char *)p->data, p->len);
    return p->hash;
}

static py_val_t bytes_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (!py_is_bytes(vm, a) || !py_is_bytes(vm, b)) return PY_NOTIMPLEMENTED;
    py_bytes_t *x = py_bytes_ptr(a), *y = py_bytes_ptr(b);
    int c = memcmp(x->data, y->data, x->len < y->len ? x->len : y->len);
    if (c == 0) c = (x->len > y->len) - (x->len < y->len);
    switch (op) {
    case PY_CMP_OP_EQ: return py_bool(c == 0);
    case PY_CMP_OP_NE: return py_bool(c != 0);
    case PY_CMP_OP_LT: return py_bool(c < 0);
    case PY_CMP_OP_LE: return py_bool(c <= 0);
    case PY_CMP_OP_GT: return py_bool(c > 0);
    default: return py_bool(c >= 0);
    }
}

static py_val_t bytes_concat(py_vm_t *vm, py_val_t a, py_val_t b) {
    py_bytes_t *x = py_bytes_ptr(a), *y = py_bytes_ptr(b);
    if (x->len > SIZE_MAX / 2 || y->len > SIZE_MAX / 2) py_raise_memory_error(vm);
    py_bytes_t *r = py_bytes_alloc(vm, x->len + y->len);
    memcpy(r->data, x->data, x->len);
    memcpy(r->data + x->len, y->data, y->len);
    return py_from_obj(r);
}

static py_val_t bytes_repeat(py_vm_t *vm, py_val_t s, py_val_t n) {
    int64_t k;
    if (!py_int_to_i64(n, &k))
        py_raise_fmt(vm, PY_EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
    py_bytes_t *p = py_bytes_ptr(s);
    if (k <= 0 || p->len == 0) return py_bytes_new(vm, "", 0);
    if ((uint64_t)k > (SIZE_MAX / 2) / p->len) py_raise_memory_error(vm);
    py_bytes_t *r = py_bytes_alloc(vm, p->len * (size_t)k);
    for (int64_t i = 0; i < k; i++) memcpy(r->data + (size_t)i * p->len, p->data, p->len);
    return py_from_obj(r);
}

static py_val_t bytes_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    op = (py_binary_op_t)(op & ~PY_OP_INPLACE);
    bool ba = py_is_bytes(vm, a), bb = py_is_bytes(vm, b);
    if (op == PY_OP_ADD && ba && bb) return bytes_concat(vm, a, b);
    if (op == PY_OP_ADD && ba && !(py_type_of(vm, b)->flags & PY_TF_HEAPTYPE))
        py_raise_type_error(vm, "can't concat %T to bytes", b);
    if (op == PY_OP_MUL && ba && (py_is_int(vm, b) || py_is_bool(b)))
        return bytes_repeat(vm, a, py_is_bool(b) ? py_small(b == PY_TRUE) : b);
    if (op == PY_OP_MUL && bb && (py_is_int(vm, a) || py_is_bool(a)))
        return bytes_repeat(vm, b, py_is_bool(a) ? py_small(a == PY_TRUE) : a);
    py_val_t other = ba ? b : a;
    if (op == PY_OP_MUL && !(py_type_of(vm, other)->flags & PY_TF_HEAPTYPE))
        py_raise_type_error(vm, "can't multiply sequence by non-int of type '%T'", other);
    return PY_NOTIMPLEMENTED;
}

static int bytes_truth(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_bytes_ptr(self)->len != 0;
}

static size_t bytes_len(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_bytes_ptr(self)->len;
}

static py_val_t bytes_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    py_bytes_t *p = py_bytes_ptr(self);
    if (py_is_a(vm, key, PY_T_slice)) {
        int64_t start, stop, step;
        size_t n = py_slice_indices(vm, key, p->len, &start, &stop, &step);
        py_bytes_t *r = py_bytes_alloc(vm, n);
        for (size_t i = 0; i < n; i++, start += step) r->data[i] = p->data[start];
        return py_from_obj(r);
    }
    if (!py_is_int(vm, key) && !py_is_bool(key) && !(py_type_of(vm, key)->flags & PY_TF_HEAPTYPE))
        py_raise_type_error(vm, "byte indices must be integers or slices, not %T", key);
    int64_t i = py_to_int64(vm, key);
    if (i < 0) i += (int64_t)p->len;
    if (i < 0 || i >= (int64_t)p->len) py_raise_index_error(vm, "index out of range");
    return py_small(p->data[i]);
}

static int bytes_contains(py_vm_t *vm, py_val_t self, py_val_t item) {
    py_bytes_t *p = py_bytes_ptr(self);
    if (py_is_bytes(vm, item)) {
        py_bytes_t *n = py_bytes_ptr(item);
        return py_str_find_bytes((const char *)p->data, p->len, (const char *)n->data,
                                 n->len) >= 0;
    }
    if (!py_is_int(vm, item) && !py_is_bool(item))
        py_raise_type_error(vm, "a bytes-like object is required, not '%T'", item);
    int64_t c = py_to_int64(vm, item);
    if (c < 0 || c > 255) py_raise_value_error(vm, "byte must be in range(0, 256)");
    return memchr(p->data, (int)c, p->len) != NULL;
}

static py_val_t bytes_iter(py_vm_t *vm, py_val_t self) { return py_str_iterator_new(vm, self); }

static bool bytes_get_buffer(py_vm_t *vm, py_val_t self, py_buffer_t *view, bool writable) {
    (void)vm;
    if (writable) return false;
    py_bytes_t *p = py_bytes_ptr(self);
    *view = (py_buffer_t){.data = p->data, .len = p->len, .itemsize = 1, .format = 'B',
                          .readonly = true};
    return true;
}

// ---- methods ------------------------------------------------------------------------------

static const char *const decode_names[] = {"encoding", "errors"};

static py_val_t bytes_decode_meth(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                  py_val_t kwnames) {
    py_val_t a[2];
    if (!py_is_bytes(vm, args[0]))
        py_raise_type_error(vm, "descriptor 'decode' for 'bytes' objects doesn't apply to a '%T' object",
                            args[0]);
    py_str_parse_args(vm, "decode", nargs - 1, args + 1, kwnames, decode_names, 2, a);
    return py_bytes_decode(vm, args[0], a[0], a[1]);
}

static py_val_t bytes_hex_meth(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    if (!py_is_bytes(vm, args[0]))
        py_raise_type_error(vm, "descriptor 'hex' for 'bytes' objects doesn't apply to a '%T' object",
                            args[0]);
    py_bytes_t *p = py_bytes_ptr(args[0]);
    py_str_t *s = py_str_alloc(vm, p->len * 2);
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < p->len; i++) {
        s->data[2 * i] = digits[p->data[i] >> 4];
        s->data[2 * i + 1] = digits[p->data[i] & 15];
    }
    return py_str_finish(vm, s);
}

// ---- methods shared with str ---------------------------------------------------------
// Bytes are mapped to the str whose code points are the byte values (Latin-1),
// the str method runs, and strs in the result are mapped back. One copy each
// way, in exchange for one implementation of searching and splitting.

static py_val_t latin1_str(py_vm_t *vm, py_val_t b) {
    return py_bytes_decode(vm, b, py_str_intern_c(vm, "latin-1"), PY_NULL);
}

// A str method's argument from a bytes method's: bytes become strs, tuples
// are mapped item by item, ints and None pass.
static py_val_t arg_to_str(py_vm_t *vm, py_val_t v) {
    if (py_is_bytes(vm, v)) return latin1_str(vm, v);
    if (py_is_a(vm, v, PY_T_tuple)) {
        py_tuple_t *t = py_tuple_ptr(v);
        py_val_t r = py_tuple_new(vm, t->len, NULL);
        for (size_t i = 0; i < t->len; i++) py_tuple_ptr(r)->items[i] = arg_to_str(vm, t->items[i]);
        return r;
    }
    if (v == PY_NONE || py_is_int(vm, v) || py_is_bool(v)) return v;
    py_raise_type_error(vm, "a bytes-like object is required, not '%T'", v);
}

// Maps strs in a str method's result (alone, or in a list or tuple) back to bytes.
static py_val_t result_to_bytes(py_vm_t *vm, py_val_t r) {
    if (py_is_str(vm, r)) {
        py_str_t *s = py_str_ptr(r);
        py_bytes_t *b = py_bytes_alloc(vm, s->nchars);
        size_t n = 0;
        for (size_t pos = 0; pos < s->len;) b->data[n++] = (uint8_t)py_str_utf8_next(s->data, s->len, &pos);
        return py_from_obj(b);
    }
    bool list = py_is_a(vm, r, PY_T_list);
    if (!list && !py_is_a(vm, r, PY_T_tuple)) return r;
    size_t n = list ? py_list_ptr(r)->len : py_tuple_ptr(r)->len;
    for (size_t i = 0; i < n; i++) {
        py_val_t b = result_to_bytes(vm, (list ? py_list_ptr(r)->items : py_tuple_ptr(r)->items)[i]);
        (list ? py_list_ptr(r)->items : py_tuple_ptr(r)->items)[i] = b;   // re-read: b allocated
    }
    return r;
}

// Runs str method [name] on the Latin-1 images of self and the arguments.
static py_val_t via_str(py_vm_t *vm, const char *name, size_t nargs, const py_val_t *args,
                        py_val_t kwnames) {
    if (!py_is_bytes(vm, args[0]))
        py_raise_type_error(vm, "descriptor '%s' for 'bytes' objects doesn't apply to a '%T' object",
                            name, args[0]);
    size_t nkw = kwnames == PY_NULL ? 0 : py_tuple_ptr(kwnames)->len;
    py_val_t *conv = py_gc_new_values(vm, nargs + nkw);
    for (size_t i = 0; i < nargs + nkw; i++) conv[i] = arg_to_str(vm, args[i]);
    const py_method_def_t *m = py_str_spec.methods;
    while (strcmp(m->name, name) != 0) m++;
    return result_to_bytes(vm, m->fn(vm, nargs, conv, kwnames));
}

#define VIA_STR(meth) \
    static py_val_t bytes_##meth(py_vm_t *vm, size_t nargs, const py_val_t *args, \
                                 py_val_t kwnames) { \
        return via_str(vm, #meth, nargs, args, kwnames); \
    }

VIA_STR(replace) VIA_STR(startswith) VIA_STR(endswith) VIA_STR(split) VIA_STR(rsplit)
VIA_STR(strip) VIA_STR(lstrip) VIA_STR(rstrip) VIA_STR(partition) VIA_STR(rpartition)

// find/rfind/count/index/rindex: the needle may also be one byte's int value,
// and index/rindex say "subsection not found", as CPython's bytes do; they
// run str's find/rfind ([str_name]) and raise on -1 when [index] is set.
static py_val_t search(py_vm_t *vm, const char *name, const char *str_name, bool index,
                       size_t nargs, const py_val_t *args, py_val_t kwnames) {
    if (!py_is_bytes(vm, args[0]))
        py_raise_type_error(vm, "descriptor '%s' for 'bytes' objects doesn't apply to a '%T' object",
                            name, args[0]);
    py_val_t a[4] = {args[0], args[1], nargs > 2 ? args[2] : PY_NONE, nargs > 3 ? args[3] : PY_NONE};
    if (py_is_int(vm, a[1]) || py_is_bool(a[1])) {
        int64_t c = py_to_int64(vm, a[1]);
        if (c < 0 || c > 255) py_raise_value_error(vm, "byte must be in range(0, 256)");
        uint8_t byte = (uint8_t)c;
        a[1] = py_bytes_new(vm, &byte, 1);
    }
    py_val_t r = via_str(vm, str_name, nargs, a, kwnames);
    if (index && r == py_small(-1)) py_raise_value_error(vm, "subsection not found");
    return r;
}

#define SEARCH(meth, str_meth, index) \
    static py_val_t bytes_##meth(py_vm_t *vm, size_t nargs, const py_val_t *args, \
                                 py_val_t kwnames) { \
        return search(vm, #meth, #str_meth, index, nargs, args, kwnames); \
    }

SEARCH(find, find, false) SEARCH(rfind, rfind, false) SEARCH(count, count, false)
SEARCH(index, find, true) SEARCH(rindex, rfind, true)

// bytes.join(iterable of bytes).
static py_val_t bytes_join(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t items = py_list_from_iter(vm, args[1]);
    for (size_t i = 0; i < py_list_ptr(items)->len; i++) {
        py_val_t x = py_list_ptr(items)->items[i];
        if (!py_is_bytes(vm, x))
            py_raise_type_error(vm, "sequence item %zu: expected a bytes-like object, %T found", i, x);
        x = latin1_str(vm, x);
        py_list_ptr(items)->items[i] = x;
    }
    py_val_t a[2] = {latin1_str(vm, args[0]), items};
    return result_to_bytes(vm, py_str_split_join(vm, 2, a, PY_NULL));
}

// upper/lower: ASCII letters only, as CPython's bytes methods.
static py_val_t bytes_case(py_vm_t *vm, py_val_t self, bool upper) {
    py_bytes_t *p = py_bytes_ptr(self);
    py_bytes_t *r = py_bytes_alloc(vm, p->len);
    for (size_t i = 0; i < p->len; i++) {
        uint8_t c = p->data[i];
        if (upper && c >= 'a' && c <= 'z') c -= 32;
        else if (!upper && c >= 'A' && c <= 'Z') c += 32;
        r->data[i] = c;
    }
    return py_from_obj(r);
}

static py_val_t bytes_upper(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return bytes_case(vm, args[0], true);
}

static py_val_t bytes_lower(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return bytes_case(vm, args[0], false);
}

#define BM(name, lo, hi) {#name, bytes_##name, lo, hi, 0}

static const py_method_def_t bytes_methods[] = {
    {"decode", bytes_decode_meth, 1, 3, PY_METH_KEYWORDS},
    {"hex", bytes_hex_meth, 1, 1, 0},
    BM(find, 2, 4), BM(rfind, 2, 4), BM(index, 2, 4), BM(rindex, 2, 4), BM(count, 2, 4),
    BM(replace, 3, 4), BM(startswith, 2, 4), BM(endswith, 2, 4),
    {"split", bytes_split, 1, 3, PY_METH_KEYWORDS}, {"rsplit", bytes_rsplit, 1, 3, PY_METH_KEYWORDS},
    BM(strip, 1, 2), BM(lstrip, 1, 2), BM(rstrip, 1, 2), BM(partition, 2, 2),
    BM(rpartition, 2, 2), BM(join, 2, 2), BM(upper, 1, 1), BM(lower, 1, 1),
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_bytes_spec = {
    .name = "bytes",
    .base = PY_T_object,
    .basicsize = sizeof(py_bytes_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .var_size = bytes_var_size,
        .make_new = bytes_make_new,
        .repr = py_bytes_repr,
        .hash = bytes_hash,
        .compare = bytes_compare,
        .binary = bytes_binary,
        .truth = bytes_truth,
        .len = bytes_len,
        .getitem = bytes_getitem,
        .contains = bytes_contains,
        .iter = bytes_iter,
        .get_buffer = bytes_get_buffer,
    },
    .methods = bytes_methods,
};
