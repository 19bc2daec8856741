// vm/obj_bytes.c: the bytes type (construction, repr, hash, comparison, + * %,
// indexing, `in`, decode) and the helpers its sibling bytearray shares.
// Layer: vm core (types). The shared methods are in bytes_*.c (bytes_internal.h).
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include "interrupt.h"
#include "bytes_internal.h"
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

// ---- helpers shared with bytearray and memoryview -----------------------------------

void py_bytes_view(py_vm_t *vm, py_val_t v, py_buffer_t *view) {
    py_buffer_require(vm, v, view, false);
}

py_val_t py_bytes_snapshot(py_vm_t *vm, py_val_t v) {
    if (py_is_bytes(vm, v)) return v;
    if (py_is_a(vm, v, PY_T_memoryview)) return py_memoryview_tobytes(vm, v);
    py_buffer_t view;
    py_bytes_view(vm, v, &view);
    py_bytes_t *r = py_bytes_alloc(vm, view.len);
    py_bytes_view(vm, v, &view);   // again: the allocation may have collected
    if (view.len) memcpy(r->data, view.data, view.len);   // an empty buffer's data may be NULL
    return py_from_obj(r);
}

bool py_bytes_is_mutable(py_vm_t *vm, py_val_t self) { return py_is_a(vm, self, PY_T_bytearray); }

py_val_t py_bytes_like_new(py_vm_t *vm, py_val_t self, size_t len, uint8_t **out) {
    if (py_bytes_is_mutable(vm, self)) {
        py_val_t r = py_bytearray_new(vm, NULL, len);
        static uint8_t empty[1];   // an empty bytearray has no storage: give memcpy a valid pointer
        *out = len ? py_bytearray_ptr(r)->data : empty;
        return r;
    }
    py_bytes_t *b = py_bytes_alloc(vm, len);
    *out = b->data;
    return py_from_obj(b);
}

py_val_t py_bytes_like_slice(py_vm_t *vm, py_val_t self, py_val_t src, size_t off, size_t len) {
    if (!py_bytes_is_mutable(vm, self) && py_is_exact(vm, src, PY_T_bytes) && off == 0 &&
        len == py_bytes_ptr(src)->len)
        return src;   // bytes are immutable: a whole exact bytes is its own copy
    uint8_t *out;
    py_val_t r = py_bytes_like_new(vm, self, len, &out);
    py_buffer_t view;
    py_bytes_view(vm, src, &view);
    if (len) memcpy(out, view.data + off, len);
    return r;
}

py_val_t py_bytes_like_from_buf(py_vm_t *vm, py_val_t self, py_strbuf_t *b) {
    uint8_t *out;
    py_val_t r = py_bytes_like_new(vm, self, b->len, &out);
    if (b->len) memcpy(out, b->data, b->len);
    if (b->data) py_gc_release(vm, b->data);
    py_strbuf_init(b);
    return r;
}

int64_t py_bytes_ssize_arg(py_vm_t *vm, py_val_t v) {
    int64_t i;
    if (!py_int_to_i64(py_index(vm, v), &i))
        py_raise_fmt(vm, PY_EXC_OverflowError, "Python int too large to convert to C ssize_t");
    return i;
}

size_t py_bytes_item_index(py_vm_t *vm, py_val_t key, size_t len, const char *msg) {
    int64_t i;
    if (!py_int_to_i64(py_index(vm, key), &i))
        py_raise_index_error(vm, "cannot fit 'int' into an index-sized integer");
    if (i < 0) i += (int64_t)len;
    if (i < 0 || i >= (int64_t)len) py_raise_index_error(vm, "%s", msg);
    return (size_t)i;
}

uint8_t py_bytes_byte_arg(py_vm_t *vm, py_val_t v) {
    int64_t c;
    if (!py_int_to_i64(py_index(vm, v), &c) || c < 0 || c > 255)
        py_raise_value_error(vm, "byte must be in range(0, 256)");
    return (uint8_t)c;
}

// A start/end bound: None/absent gives [dflt]; negatives count from the end;
// huge values clamp.
static int64_t window_bound(py_vm_t *vm, py_val_t v, int64_t len, int64_t dflt) {
    if (v == PY_NULL || v == PY_NONE) return dflt;
    py_type_t *t = py_type_of(vm, v);
    if (!py_is_int(vm, v) && !py_is_bool(v) &&
        py_type_lookup(vm, t, py_name(vm, PY_NAME___index__)) == PY_NULL)
        py_raise_type_error(vm, "slice indices must be integers or None or have an __index__ method");
    v = py_index(vm, v);
    int64_t i;
    if (!py_int_to_i64(v, &i)) i = py_int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    if (i < 0) i += len;
    return i < 0 ? 0 : i;
}

bool py_bytes_window(py_vm_t *vm, size_t len, py_val_t start, py_val_t end, size_t *a, size_t *z) {
    int64_t n = (int64_t)len;
    int64_t s = window_bound(vm, start, n, 0), e = window_bound(vm, end, n, n);
    if (e > n) e = n;
    *a = *z = 0;
    if (s > n || s > e) return false;
    *a = (size_t)s, *z = (size_t)e;
    return true;
}

py_val_t py_bytes_compare_views(const py_buffer_t *x, const py_buffer_t *y, py_compare_op_t op) {
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

void py_bytes_collect_ints(py_vm_t *vm, py_val_t src, py_strbuf_t *b) {
    py_val_t it = py_iter(vm, src);
    for (py_val_t x; (x = py_next(vm, it)) != PY_NULL;)
        py_strbuf_add_char(vm, b, (char)py_bytes_byte_arg(vm, x));
}

// True when bytes(src) takes [src] as a count of zero bytes.
static bool is_count(py_vm_t *vm, py_val_t src) {
    if (py_is_int(vm, src) || py_is_bool(src)) return true;
    py_type_t *t = py_type_of(vm, src);
    return (t->flags & PY_TF_HEAPTYPE) && py_type_lookup(vm, t, py_name(vm, PY_NAME___index__)) != PY_NULL;
}

py_val_t py_bytes_from_object(py_vm_t *vm, py_val_t src, const char *kind) {
    bool mutable = kind[4] == 'a';   // "bytearray"
    py_val_t self = mutable ? py_bytearray_new(vm, NULL, 0) : py_bytes_new(vm, "", 0);
    py_buffer_t view;
    if (py_is_a(vm, src, PY_T_memoryview) || py_buffer_get(vm, src, &view, false)) {
        py_val_t snap = py_bytes_snapshot(vm, src);
        return py_bytes_like_slice(vm, self, snap, 0, py_bytes_ptr(snap)->len);
    }
    if (py_is_str(vm, src)) py_raise_type_error(vm, "string argument without an encoding");
    if (is_count(vm, src)) {
        int64_t n = py_to_int64(vm, src);
        if (n < 0) py_raise_value_error(vm, "negative count");
        uint8_t *out;
        return py_bytes_like_new(vm, self, (size_t)n, &out);
    }
    py_type_t *t = py_type_of(vm, src);
    if (t->slots.iter == NULL && t->slots.getitem == NULL &&
        py_type_lookup(vm, t, py_name(vm, PY_NAME___iter__)) == PY_NULL)
        py_raise_type_error(vm, "cannot convert '%T' object to %s", src, kind);
    py_strbuf_t b;
    py_strbuf_init(&b);
    if (!mutable) {
        // bytes says "bytes" where bytearray says "byte" in its range message.
        py_val_t it = py_iter(vm, src);
        for (py_val_t x; (x = py_next(vm, it)) != PY_NULL;) {
            int64_t c;
            if (!py_int_to_i64(py_index(vm, x), &c) || c < 0 || c > 255)
                py_raise_value_error(vm, "bytes must be in range(0, 256)");
            py_strbuf_add_char(vm, &b, (char)c);
        }
    } else {
        py_bytes_collect_ints(vm, src, &b);
    }
    py_val_t r = mutable ? py_bytearray_new(vm, b.data, b.len) : py_bytes_new(vm, b.data, b.len);
    if (b.data) py_gc_release(vm, b.data);
    return r;
}

// ---- repr ----------------------------------------------------------------------------

py_val_t py_bytes_repr(py_vm_t *vm, py_val_t v) {
    bool always_sq = py_is_a(vm, v, PY_T_bytearray);   // CPython's bytearray escapes ' even inside "..."
    v = py_bytes_snapshot(vm, v);
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
        if (c == quote || c == '\\' || (always_sq && c == '\'')) snprintf(tmp, sizeof tmp, "\\%c", c);
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
    b = py_bytes_snapshot(vm, b);   // the exception's .object is a bytes, as CPython's
    if (codec == PY_CODEC_UTF8) return decode_utf8(vm, b, handler);
    return decode_narrow(vm, b, codec == PY_CODEC_ASCII, handler);
}

// ---- construction from Python ------------------------------------------------------------

// bytes(x) as CPython: __bytes__, then a buffer, then a count (an int or
// __index__), then an iterable of ints.
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
    return py_bytes_from_object(vm, src, "bytes");
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
            py_raise_type_error(vm, a[1] != PY_NULL ? "encoding without a string argument"
                                                    : "errors without a string argument");
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

// bytes compare only with bytes (as CPython's); bytearray's slot handles mixed pairs.
static py_val_t bytes_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (!py_is_bytes(vm, a) || !py_is_bytes(vm, b)) return PY_NOTIMPLEMENTED;
    py_buffer_t x, y;
    py_bytes_view(vm, a, &x);
    py_bytes_view(vm, b, &y);
    return py_bytes_compare_views(&x, &y, op);
}

// a + b for bytes-like [a] and [b]: bytes or bytearray as [self] is.
static py_val_t concat(py_vm_t *vm, py_val_t self, py_val_t a, py_val_t b) {
    py_buffer_t x, y;
    py_bytes_view(vm, a, &x);
    py_bytes_view(vm, b, &y);
    size_t xl = x.len, yl = y.len;
    if (xl > SIZE_MAX / 2 || yl > SIZE_MAX / 2) py_raise_memory_error(vm);
    uint8_t *out;
    py_val_t r = py_bytes_like_new(vm, self, xl + yl, &out);
    py_bytes_view(vm, a, &x);
    py_bytes_view(vm, b, &y);
    memcpy(out, x.data, xl);
    memcpy(out + xl, y.data, yl);
    return r;
}

// [s] * [n] for an int [n], as bytes or bytearray as [s] is.
static py_val_t repeat(py_vm_t *vm, py_val_t s, py_val_t n) {
    int64_t k;
    if (!py_int_to_i64(py_index(vm, n), &k))
        py_raise_fmt(vm, PY_EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
    py_buffer_t v;
    py_bytes_view(vm, s, &v);
    size_t len = v.len;
    if (k <= 0 || len == 0) k = 0;
    if (k > 0 && (uint64_t)k > (SIZE_MAX / 2) / len) py_raise_memory_error(vm);
    uint8_t *out;
    py_val_t r = py_bytes_like_new(vm, s, len * (size_t)k, &out);
    py_bytes_view(vm, s, &v);
    size_t total = len * (size_t)k;
    if (total) memcpy(out, v.data, len);
    for (size_t done = len; done < total;) {   // doubling copies, capped for Ctrl-C
        size_t chunk = done < total - done ? done : total - done;
        if (chunk > PY_INTERRUPT_CHUNK) chunk = PY_INTERRUPT_CHUNK;
        py_interrupt_check(vm);   // r is not yet visible: dropping it is safe
        memcpy(out + done, out, chunk);
        done += chunk;
    }
    return r;
}

static bool is_index(py_vm_t *vm, py_val_t v) { return is_count(vm, v); }

py_val_t py_bytes_seq_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b,
                             py_type_id_t id, const char *kind) {
    op = (py_binary_op_t)(op & ~PY_OP_INPLACE);
    bool ours_a = py_is_a(vm, a, id);
    py_buffer_t view;
    if (op == PY_OP_ADD && ours_a) {
        if (py_is_a(vm, b, PY_T_memoryview) || py_buffer_get(vm, b, &view, false))
            return concat(vm, a, a, py_bytes_snapshot(vm, b));
        if (!(py_type_of(vm, b)->flags & PY_TF_HEAPTYPE))
            py_raise_type_error(vm, "can't concat %T to %s", b, kind);
        return PY_NOTIMPLEMENTED;
    }
    if (op == PY_OP_MUL) {
        py_val_t seq = ours_a ? a : b, n = ours_a ? b : a;
        if (is_index(vm, n)) return repeat(vm, seq, n);
        if (!(py_type_of(vm, n)->flags & PY_TF_HEAPTYPE))
            py_raise_type_error(vm, "can't multiply sequence by non-int of type '%T'", n);
        return PY_NOTIMPLEMENTED;
    }
    if (op == PY_OP_MOD && ours_a) return py_bytes_percent_format(vm, a, b);
    return PY_NOTIMPLEMENTED;
}

static py_val_t bytes_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    return py_bytes_seq_binary(vm, op, a, b, PY_T_bytes, "bytes");
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
        if (step == 1) return py_bytes_like_slice(vm, self, self, (size_t)start, n);
        py_bytes_t *r = py_bytes_alloc(vm, n);
        for (size_t i = 0; i < n; i++, start += step) r->data[i] = p->data[start];
        return py_from_obj(r);
    }
    if (!is_index(vm, key))
        py_raise_type_error(vm, "byte indices must be integers or slices, not %T", key);
    return py_small(p->data[py_bytes_item_index(vm, key, p->len, "index out of range")]);
}

static int bytes_contains(py_vm_t *vm, py_val_t self, py_val_t item) {
    return py_bytes_search_contains(vm, self, item);
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

// ---- methods of bytes alone ---------------------------------------------------------------

static const char *const decode_names[] = {"encoding", "errors"};

py_val_t py_bytes_decode_method(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t a[2];
    py_str_parse_args(vm, "decode", nargs - 1, args + 1, kwnames, decode_names, 2, a);
    return py_bytes_decode(vm, args[0], a[0], a[1]);
}

// bytes.__bytes__ (new in 3.11): an exact bytes of self.
static py_val_t bytes_bytes_meth(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_bytes_like_slice(vm, args[0], args[0], 0, py_bytes_ptr(args[0])->len);
}

static py_val_t bytes_getnewargs(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames) {
    py_val_t b = bytes_bytes_meth(vm, nargs, args, kwnames);
    return py_tuple_new(vm, 1, &b);
}

#define M(name, fn, lo, hi) {name, fn, lo, hi, 0}

static const py_method_def_t bytes_methods[] = {
    PY_BYTES_SHARED_METHODS,
    M("__bytes__", bytes_bytes_meth, 1, 1),
    M("__getnewargs__", bytes_getnewargs, 1, 1),
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
