// vm/obj_str.c: the str type: construction, hashing, equality, the C slots
// (repr, compare, operators, indexing, iteration) and the method table.
// Layer: vm core (types). Methods live in str_*.c by concept; see str_internal.h.
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include <stdlib.h>
#include "interrupt.h"
#include "obj_str.h"
#include "str_internal.h"
#include "obj_bytes.h"
#include "obj_tuple.h"
#include "obj_int.h"
#include "obj_range.h"
#include "obj_type.h"
#include "gc.h"
#include "except.h"
#include "runtime.h"

// ---- construction -------------------------------------------------------------

py_str_t *py_str_alloc(py_vm_t *vm, size_t len) {
    // Word-sized strs (most of what programs make) are carved from the bump
    // run here: an exact str has no finaliser, so py_gc_new's checks and
    // call are not needed (wordcount: about 55 instructions a str).
    py_str_t *s = NULL;
    if (len <= PY_GC_BUMP_MAX - PY_STR_HEAD - 1) {
        size_t size = (PY_STR_HEAD + len + 1 + 15) & ~(size_t)15;
        s = py_gc_bump_carve((py_gc_bump_t *)(void *)vm->heap, size, PY_GC_CODE_OBJ);
    }
    if (s) {
        s->base.type = vm->types[PY_T_str];
    } else {
        if (len > PY_STR_MAX_LEN) py_raise_memory_error(vm);
        s = py_gc_new(vm, vm->types[PY_T_str], PY_STR_HEAD + len + 1);
    }
    s->len = len;
    s->data[len] = PY_STR_END;
    return s;
}

// Fills nchars and ascii from the bytes: counting lead bytes needs no
// validation, since every producer of str bytes guarantees valid UTF-8.
// Eight bytes at a time: a UTF-8 continuation byte is 10xxxxxx, so the top
// bit of each byte of w & ~(w << 1) & 0x80... marks one; the multiply adds
// those bits up in the top byte. Most text is ASCII: no continuation, no sum.
#define MEASURE_ONES UINT64_C(0x0101010101010101)
void py_str_measure(py_str_t *s) {
    const uint64_t tops = MEASURE_ONES * 0x80u;
    size_t i = 0, cont = 0;
    uint64_t high = 0;
    for (uint64_t w; i + 8 <= s->len; i += 8) {
        memcpy(&w, s->data + i, 8);
        high |= w;
        uint64_t c = w & ~(w << 1) & tops;
        if (c) cont += (size_t)(((c >> 7) * MEASURE_ONES) >> 56);
    }
    for (; i < s->len; i++) {
        uint8_t c = (uint8_t)s->data[i];
        high |= c;
        cont += (c & 0xC0) == 0x80;
    }
    s->nchars = s->len - cont;
    s->ascii = (high & tops) == 0;
}

// The shared "" or one-character ASCII str of [s] (len <= 1, s[0] < 0x80):
// a table look-up, not a hash and probe of the intern set (s[i], chr()).
static py_val_t short_str(py_vm_t *vm, const char *s, size_t len) {
    if (len == 0) return py_name(vm, PY_NAME_empty);
    uint8_t c = (uint8_t)s[0];
    if (vm->ascii_chars[c] == PY_NULL) vm->ascii_chars[c] = py_str_intern(vm, s, 1);
    return vm->ascii_chars[c];
}

py_val_t py_str_finish(py_vm_t *vm, py_str_t *s) {
    py_str_measure(s);
    // One-character ASCII strs (and "") are shared, as CPython shares its
    // Latin-1 singletons: iterating over text then allocates nothing.
    if (s->len <= 1 && s->ascii) return short_str(vm, s->data, s->len);
    return py_from_obj(s);
}

py_val_t py_str_finish_ascii(py_vm_t *vm, py_str_t *s) {
    if (s->len <= 1) return py_str_finish(vm, s);   // the shared singletons
    s->nchars = s->len;
    s->ascii = 1;
    return py_from_obj(s);
}

py_val_t py_str_new(py_vm_t *vm, const char *s, size_t len) {
    if (len <= 1 && (len == 0 || (uint8_t)s[0] < 0x80)) return short_str(vm, s, len);
    py_str_t *o = py_str_alloc(vm, len);
    memcpy(o->data, s, len);
    py_str_measure(o);
    return py_from_obj(o);
}

py_val_t py_str_from_c(py_vm_t *vm, const char *s) { return py_str_new(vm, s, strlen(s)); }

py_val_t py_str_exact(py_vm_t *vm, py_val_t s) {
    if (py_is_istr(s) || py_obj(s)->type == vm->types[PY_T_str]) return s;
    return py_str_new(vm, py_str_bytes(s), py_str_len(s));
}

// An instance of the str subclass [type] holding the text of [text]; its
// dict field follows the text (py_type_instance_size).
static py_val_t new_instance(py_vm_t *vm, py_type_t *type, py_val_t text) {
    size_t len = py_str_len(text);
    py_str_t *s = py_gc_new(vm, type, py_type_instance_size(vm, type, len + 1));
    py_str_t *src = py_str_ptr(text);
    s->len = len;
    s->nchars = src->nchars;
    s->ascii = src->ascii;
    memcpy(s->data, py_str_text(src), len);
    s->data[len] = PY_STR_END;
    return py_from_obj(s);
}

// The text and its NUL follow the header: instances of subclasses keep their dict after them.
static size_t str_var_size(py_obj_t *o) { return ((py_str_t *)o)->len + 1; }

// ---- hash and equality ------------------------------------------------------------

// Unaligned loads of 8 and 4 bytes of text.
static inline uint64_t load64(const char *p) {
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}
static inline uint64_t load32(const char *p) {
    uint32_t w;
    memcpy(&w, p, 4);
    return w;
}

// Odd constants with well-spread bits (2^64 / golden ratio, and another).
#define HASH_MUL UINT64_C(0x9E3779B97F4A7C15)
#define HASH_FIN UINT64_C(0xD6E8FEB86659FD93)

// One word into the state: the multiply spreads each bit of [w] upwards, the
// shift brings the high half back down, so every bit reaches the low ones.
static inline uint64_t hash_mix(uint64_t h, uint64_t w) {
    h = (h ^ w) * HASH_MUL;
    return h ^ (h >> 32);
}

py_hash_t py_str_hash_bytes(const char *s, size_t len) {
    // A word at a time (FNV-1a took a multiply a byte: ~60 instructions a
    // short word in wordcount). Texts under 8 bytes are read as two
    // overlapping 4-byte halves, or 3 bytes picked out: with the length
    // mixed in first, each length reads every byte at least once. Longer
    // ones end with the last 8 bytes, overlapping the previous word, so
    // nothing past the text is read. Deterministic (CPython randomises;
    // nothing here needs it), and the same 30 bits on 32- and 64-bit hosts.
    uint64_t h = (uint64_t)len * HASH_FIN;
    if (len >= 8) {
        for (size_t i = 0; i + 8 < len; i += 8) h = hash_mix(h, load64(s + i));
        h = hash_mix(h, load64(s + len - 8));
    } else if (len >= 4) {
        h = hash_mix(h, load32(s) << 32 | load32(s + len - 4));
    } else if (len > 0) {
        uint64_t w = (uint64_t)(uint8_t)s[0] << 16 | (uint64_t)(uint8_t)s[len / 2] << 8;
        h = hash_mix(h, w | (uint8_t)s[len - 1]);
    }
    // Finish so that every input bit moves the low bits the tables index by.
    h ^= h >> 29;
    h *= HASH_FIN;
    return py_str_hash_widen(PY_STR_HASH_SHAPE((uint32_t)(h ^ (h >> 32))));
}

py_hash_t py_str_hash_fill(py_val_t v) {
    py_str_t *s = py_str_ptr(v);
    if (s->hash == 0) s->hash = (uint32_t)py_str_hash_bytes(py_str_text(s), s->len);
    return py_str_stored_hash(s);
}

// Whether [n] bytes at [a] and [b] are equal. Dict keys are mostly words:
// up to 16 bytes compare as two overlapping words (8..16) or halves (4..7),
// never reading past the text, instead of a call of memcmp (~25 instructions).
static bool same_bytes(const char *a, const char *b, size_t n) {
    if (n >= 8 && n <= 16) {
        uint64_t a0, b0, a1, b1;
        memcpy(&a0, a, 8), memcpy(&b0, b, 8);
        memcpy(&a1, a + n - 8, 8), memcpy(&b1, b + n - 8, 8);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n >= 4 && n < 8) {
        uint32_t a0, b0, a1, b1;
        memcpy(&a0, a, 4), memcpy(&b0, b, 4);
        memcpy(&a1, a + n - 4, 4), memcpy(&b1, b + n - 4, 4);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n < 4) {
        for (size_t i = 0; i < n; i++)
            if (a[i] != b[i]) return false;
        return true;
    }
    return memcmp(a, b, n) == 0;
}

bool py_str_equal(py_val_t a, py_val_t b) {
    py_str_t *x = py_str_ptr(a), *y = py_str_ptr(b);
    if (x == y) return true;
    if (x->len != y->len) return false;
    if (x->interned && y->interned) return false;  // one object per interned text
    if (x->hash && y->hash && x->hash != y->hash) return false;
    return same_bytes(py_str_text(x), py_str_text(y), x->len);
}

// ---- C-string views -------------------------------------------------------------

const char *py_str_cstr(py_vm_t *vm, py_val_t v) {
    size_t len = py_str_len(v);
    // A shared str's NUL is the next append's first byte: always a copy.
    if (!PY_CFG_STR_NUL_CHECK && !py_str_ptr(v)->shared && py_str_bytes(v)[len] == '\0')
        return py_str_bytes(v);
    char *copy = py_gc_new_bytes(vm, len + 1);   // zeroed: the NUL is there
    memcpy(copy, py_str_bytes(v), len);
    return copy;
}

const char *py_str_interned_cstr(py_val_t v) {
    if (PY_CFG_STR_NUL_CHECK && !py_str_ptr(v)->interned) abort();
    return py_str_bytes(v);
}

// py_str_cstr, raising ValueError [msg] when the text holds a NUL.
static const char *cstr_no_nul(py_vm_t *vm, py_val_t v, const char *msg) {
    if (memchr(py_str_bytes(v), '\0', py_str_len(v))) py_raise_value_error(vm, "%s", msg);
    return py_str_cstr(vm, v);
}

const char *py_str_cstr_path(py_vm_t *vm, py_val_t v) {
    return cstr_no_nul(vm, v, "embedded null byte");
}

const char *py_str_cstr_strict(py_vm_t *vm, py_val_t v) {
    return cstr_no_nul(vm, v, "embedded null character");
}

py_val_t py_str_concat(py_vm_t *vm, py_val_t a, py_val_t b) {
    py_str_t *x = py_str_ptr(a), *y = py_str_ptr(b);
    if (y->len == 0) return py_str_exact(vm, a);
    if (x->len == 0) return py_str_exact(vm, b);
    uint64_t total = (uint64_t)x->len + y->len;   // checked before the shared path too
    if (total > PY_STR_MAX_LEN) py_raise_memory_error(vm);
    if (total > SIZE_MAX / 2) py_raise_memory_error(vm);   // 32-bit hosts
    // s += t in a loop: from a long enough s on, appends go to a buffer
    // with room, so building a string costs linear time, not quadratic.
    if (x->shared || x->len >= PY_STR_SHARE_MIN) return py_str_buf_concat(vm, a, b);
    py_str_t *r = py_str_alloc(vm, x->len + y->len);
    memcpy(r->data, py_str_text(x), x->len);
    memcpy(r->data + x->len, py_str_text(y), y->len);
    r->nchars = x->nchars + y->nchars;
    r->ascii = x->ascii && y->ascii;
    return py_from_obj(r);
}

// ---- repr ---------------------------------------------------------------------------

// Appends the escape for [cp] to [b], as CPython's unicode_repr does.
static void repr_escape(py_vm_t *vm, py_strbuf_t *b, uint32_t cp) {
    char tmp[12];
    switch (cp) {
    case '\n': py_strbuf_add(vm, b, "\\n", 2); return;
    case '\r': py_strbuf_add(vm, b, "\\r", 2); return;
    case '\t': py_strbuf_add(vm, b, "\\t", 2); return;
    default: break;
    }
    if (cp < 0x100) snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)cp);
    else if (cp < 0x10000) snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)cp);
    else snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)cp);
    py_strbuf_add_c(vm, b, tmp);
}

// repr of [s]'s text, escaping also every non-ASCII code point when [ascii_only].
static py_val_t str_repr_impl(py_vm_t *vm, py_val_t v, bool ascii_only) {
    py_str_t *s = py_str_ptr(v);
    bool sq = memchr(py_str_text(s), '\'', s->len) != NULL;
    bool dq = memchr(py_str_text(s), '"', s->len) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    py_strbuf_t b;
    py_strbuf_init(&b);
    py_strbuf_add_char(vm, &b, quote);
    for (size_t pos = 0; pos < s->len;) {
        size_t start = pos;
        uint32_t cp = py_str_utf8_next(py_str_text(s), s->len, &pos);
        if (cp == (uint32_t)quote || cp == '\\') {
            py_strbuf_add_char(vm, &b, '\\');
            py_strbuf_add_char(vm, &b, (char)cp);
        } else if (cp >= 0x20 && cp < 0x7f) {
            py_strbuf_add_char(vm, &b, (char)cp);
        } else if (cp < 0x80 || !py_str_unicode_isprintable(cp) || ascii_only) {
            repr_escape(vm, &b, cp);
        } else {
            py_strbuf_add(vm, &b, py_str_text(s) + start, pos - start);
        }
    }
    py_strbuf_add_char(vm, &b, quote);
    return py_strbuf_finish(vm, &b);
}

py_val_t py_str_repr(py_vm_t *vm, py_val_t s) { return str_repr_impl(vm, s, false); }

py_val_t py_str_ascii_of(py_vm_t *vm, py_val_t v) {
    if (py_is_str(vm, v)) return str_repr_impl(vm, v, true);
    py_val_t r = py_repr(vm, v);
    py_str_t *s = py_str_ptr(r);
    if (s->ascii) return r;
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (size_t pos = 0; pos < s->len;) {
        uint32_t cp = py_str_utf8_next(py_str_text(s), s->len, &pos);
        if (cp < 0x80) py_strbuf_add_char(vm, &b, (char)cp);
        else repr_escape(vm, &b, cp);
    }
    return py_strbuf_finish(vm, &b);
}

// ---- shared argument helpers ----------------------------------------------------------

void py_str_check_self(py_vm_t *vm, py_val_t self, const char *meth) {
    if (!py_is_str(vm, self))
        py_raise_type_error(vm, "descriptor '%s' for 'str' objects doesn't apply to a '%T' object",
                            meth, self);
}

// The index of keyword [name] among [names], or -1.
static int kw_index(py_val_t name, const char *const *names, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (py_str_eq_c(name, names[i])) return (int)i;
    return -1;
}

void py_str_parse_args(py_vm_t *vm, const char *fn, size_t nargs, const py_val_t *args,
                       py_val_t kwnames, const char *const *names, size_t n, py_val_t *out) {
    for (size_t i = 0; i < n; i++) out[i] = i < nargs ? args[i] : PY_NULL;
    if (nargs > n)
        py_raise_type_error(vm, "%s() takes at most %zu arguments (%zu given)", fn, n, nargs);
    if (kwnames == PY_NULL) return;
    py_tuple_t *kw = py_tuple_ptr(kwnames);
    for (size_t k = 0; k < kw->len; k++) {
        int i = kw_index(kw->items[k], names, n);
        if (i < 0)
            py_raise_type_error(vm, "'%N' is an invalid keyword argument for %s()",
                                kw->items[k], fn);
        if ((size_t)i < nargs)
            py_raise_type_error(vm, "argument for %s() given by name ('%s') and position (%d)",
                                fn, names[i], i + 1);
        out[i] = args[nargs + k];
    }
}

void py_str_need(py_vm_t *vm, py_val_t v, const char *fn, int argno) {
    if (py_is_str(vm, v)) return;
    if (argno > 0)   // Argument Clinic's wording, which names None itself
        py_raise_type_error(vm, "%s() argument %d must be str, not %s", fn, argno,
                            v == PY_NONE ? "None" : py_type_name(vm, v));
    py_raise_type_error(vm, "must be str, not %T", v);
}

int64_t py_str_int_arg(py_vm_t *vm, py_val_t v) {
    if (py_is_small(v)) return py_small_val(v);
    int64_t out;
    if (!py_int_to_i64(py_index(vm, v), &out))
        py_raise_fmt(vm, PY_EXC_OverflowError, "Python int too large to convert to C ssize_t");
    return out;
}

int py_str_c_int_arg(py_vm_t *vm, py_val_t v) {
    int64_t out;
    if (!py_int_to_i64(py_index(vm, v), &out) || out < INT32_MIN || out > INT32_MAX)
        py_raise_fmt(vm, PY_EXC_OverflowError, "Python int too large to convert to C int");
    return (int)out;
}

// A slice-style bound: None/absent gives [dflt]; negatives count from the end;
// huge ints clamp. The result may still lie outside [0, len].
static int64_t window_bound(py_vm_t *vm, py_val_t v, int64_t len, int64_t dflt) {
    if (v == PY_NULL || v == PY_NONE) return dflt;
    int64_t i;
    if (py_is_bool(v)) v = py_small(v == PY_TRUE);
    else if (!py_is_int(vm, v) && !(py_type_of(vm, v)->flags & PY_TF_HEAPTYPE))
        py_raise_type_error(vm, "slice indices must be integers or None or have an __index__ method");
    else if (!py_is_int(vm, v)) v = py_index(vm, v);
    if (!py_int_to_i64(v, &i)) i = py_int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    }
    return i;
}

bool py_str_window(py_vm_t *vm, py_val_t s, py_val_t start, py_val_t end,
                   size_t *bstart, size_t *bend) {
    py_str_t *p = py_str_ptr(s);
    int64_t len = (int64_t)p->nchars;
    int64_t a = window_bound(vm, start, len, 0);
    int64_t z = window_bound(vm, end, len, len);
    if (z > len) z = len;
    if (a > len || a > z) {
        *bstart = *bend = 0;
        return false;
    }
    *bstart = py_str_utf8_offset(p, (size_t)a);
    *bend = py_str_utf8_offset(p, (size_t)z);
    return true;
}

py_val_t py_str_slice_bytes(py_vm_t *vm, py_val_t s, size_t off, size_t len) {
    if (off == 0 && len == py_str_len(s)) return py_str_exact(vm, s);
    if (!py_str_ptr(s)->ascii || len <= 1) return py_str_new(vm, py_str_bytes(s) + off, len);
    // A piece of ASCII text is ASCII: no need to measure it.
    py_str_t *r = py_str_alloc(vm, len);
    memcpy(r->data, py_str_bytes(s) + off, len);
    return py_str_finish_ascii(vm, r);
}

ptrdiff_t py_str_find_bytes(const char *h, size_t hl, const char *n, size_t nl) {
    if (nl == 0) return 0;
    if (nl > hl) return -1;
    const char *end = h + hl - nl + 1;
    for (const char *p = h; p < end; p++) {
        p = memchr(p, n[0], (size_t)(end - p));
        if (p == NULL) return -1;
        if (memcmp(p, n, nl) == 0) return p - h;
    }
    return -1;
}

ptrdiff_t py_str_rfind_bytes(const char *h, size_t hl, const char *n, size_t nl) {
    if (nl > hl) return -1;
    for (size_t i = hl - nl + 1; i-- > 0;)
        if (memcmp(h + i, n, nl) == 0) return (ptrdiff_t)i;
    return -1;
}

ptrdiff_t py_str_find_poll(py_vm_t *vm, const char *h, size_t hl, const char *n, size_t nl) {
    if (nl == 1 && hl <= PY_INTERRUPT_CHUNK) {   // split(','), find('x'): one memchr
        const char *p = memchr(h, n[0], hl);
        return p ? p - h : -1;
    }
    size_t pos = 0;
    // Each window holds the matches that start in its first PY_INTERRUPT_CHUNK bytes.
    for (; nl > 0 && hl - pos >= PY_INTERRUPT_CHUNK + nl; pos += PY_INTERRUPT_CHUNK) {
        ptrdiff_t at = py_str_find_bytes(h + pos, PY_INTERRUPT_CHUNK + nl - 1, n, nl);
        if (at >= 0) return (ptrdiff_t)pos + at;
        py_interrupt_check(vm);
    }
    ptrdiff_t at = py_str_find_bytes(h + pos, hl - pos, n, nl);
    return at < 0 ? -1 : (ptrdiff_t)pos + at;
}

ptrdiff_t py_str_rfind_poll(py_vm_t *vm, const char *h, size_t hl, const char *n, size_t nl) {
    size_t end = hl;   // matches that start after end - nl are done
    for (; end >= PY_INTERRUPT_CHUNK + nl; end -= PY_INTERRUPT_CHUNK) {
        size_t start = end - nl + 1 - PY_INTERRUPT_CHUNK;
        ptrdiff_t at = py_str_rfind_bytes(h + start, end - start, n, nl);
        if (at >= 0) return (ptrdiff_t)start + at;
        py_interrupt_check(vm);
    }
    return py_str_rfind_bytes(h, end, n, nl);
}

// Reserves the whole padding first: a width of 10**12 is a MemoryError at
// once, not a buffer doubling until the machine runs out.
void py_str_pad(py_vm_t *vm, py_strbuf_t *b, uint32_t cp, size_t n) {
    char enc[4];
    size_t k = py_utf8_encode(cp, enc);
    if (n == 0) return;
    if (n > SIZE_MAX / 4 / k) py_raise_memory_error(vm);
    py_strbuf_reserve(vm, b, n * k);
    char *out = b->data + b->len;
    if (k == 1) memset(out, enc[0], n);
    else
        for (size_t i = 0; i < n; i++) memcpy(out + i * k, enc, k);
    b->len += n * k;
}

// ---- slots ------------------------------------------------------------------------------

static const char *const new_names[] = {"object", "encoding", "errors"};

// str(bytes, encoding[, errors]): only UTF-8 family and ASCII/Latin-1 decoders.
static py_val_t str_decode(py_vm_t *vm, py_val_t obj, py_val_t enc, py_val_t errors) {
    if (py_is_str(vm, obj)) py_raise_type_error(vm, "decoding str is not supported");
    py_buffer_t view;   // any buffer: bytes, bytearray, memoryview
    if (!py_buffer_get(vm, obj, &view, false) && !py_is_a(vm, obj, PY_T_memoryview))
        py_raise_type_error(vm, "decoding to str: need a bytes-like object, %T found", obj);
    return py_bytes_decode(vm, obj, enc, errors);
}

static py_val_t make_exact(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t a[3];
    py_str_parse_args(vm, "str", nargs, args, kwnames, new_names, 3, a);
    for (int i = 1; i < 3; i++)
        if (a[i] != PY_NULL && !py_is_str(vm, a[i]))
            py_raise_type_error(vm, "str() argument '%s' must be str, not %s", new_names[i],
                                a[i] == PY_NONE ? "None" : py_type_name(vm, a[i]));
    if (a[1] != PY_NULL || a[2] != PY_NULL) {
        if (a[0] == PY_NULL) return py_name(vm, PY_NAME_empty);
        return str_decode(vm, a[0], a[1], a[2]);
    }
    if (a[0] == PY_NULL) return py_name(vm, PY_NAME_empty);
    return py_str_of(vm, a[0]);
}

static py_val_t str_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    py_val_t s = make_exact(vm, nargs, args, kwnames);
    return type == vm->types[PY_T_str] ? s : new_instance(vm, type, s);
}

static py_val_t str_str(py_vm_t *vm, py_val_t self) { return py_str_exact(vm, self); }

static py_hash_t str_hash(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_str_hash(self);
}

static py_val_t str_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (!py_is_str(vm, a) || !py_is_str(vm, b)) return PY_NOTIMPLEMENTED;
    if (op == PY_CMP_OP_EQ) return py_bool(py_str_equal(a, b));
    if (op == PY_CMP_OP_NE) return py_bool(!py_str_equal(a, b));
    py_str_t *x = py_str_ptr(a), *y = py_str_ptr(b);
    // UTF-8 byte order is code point order, so memcmp orders as Python does.
    int c = memcmp(py_str_text(x), py_str_text(y), x->len < y->len ? x->len : y->len);
    if (c == 0) c = (x->len > y->len) - (x->len < y->len);
    switch (op) {
    case PY_CMP_OP_LT: return py_bool(c < 0);
    case PY_CMP_OP_LE: return py_bool(c <= 0);
    case PY_CMP_OP_GT: return py_bool(c > 0);
    default: return py_bool(c >= 0);
    }
}

// [s] repeated [n] times.
static py_val_t str_repeat(py_vm_t *vm, py_val_t s, py_val_t n) {
    int64_t k;
    if (!py_int_to_i64(n, &k))
        py_raise_fmt(vm, PY_EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
    py_str_t *p = py_str_ptr(s);
    if (k <= 0 || p->len == 0) return py_name(vm, PY_NAME_empty);
    if (k == 1) return py_str_exact(vm, s);
    // CPython's limit counts code points against PY_SSIZE_T_MAX; ours counts bytes.
    if ((uint64_t)k > (uint64_t)INT64_MAX / p->nchars)
        py_raise_fmt(vm, PY_EXC_OverflowError, "repeated string is too long");
    if ((uint64_t)k > (SIZE_MAX / 2) / p->len) py_raise_memory_error(vm);
    size_t total = p->len * (size_t)k;
    py_str_t *r = py_str_alloc(vm, total);
    memcpy(r->data, py_str_text(p), p->len);
    for (size_t done = p->len; done < total;) {   // doubling copies, capped for Ctrl-C
        size_t chunk = done < total - done ? done : total - done;
        if (chunk > PY_INTERRUPT_CHUNK) chunk = PY_INTERRUPT_CHUNK;
        py_interrupt_check(vm);   // r is not yet visible: dropping it is safe
        memcpy(r->data + done, r->data, chunk);
        done += chunk;
    }
    r->nchars = p->nchars * (size_t)k;
    r->ascii = p->ascii;
    return py_from_obj(r);
}

// The other operand of str * x when it is not an int: a Python class may
// still handle it with __rmul__/__mul__, or else repeat by its __index__;
// a built-in cannot.
static py_val_t repeat_other(py_vm_t *vm, py_val_t s, py_val_t other) {
    py_type_t *t = py_type_of(vm, other);
    if (!(t->flags & PY_TF_HEAPTYPE))
        py_raise_type_error(vm, "can't multiply sequence by non-int of type '%T'", other);
    bool has_mul = py_type_lookup(vm, t, py_str_intern_c(vm, "__mul__")) != PY_NULL ||
                   py_type_lookup(vm, t, py_str_intern_c(vm, "__rmul__")) != PY_NULL;
    if (has_mul || py_type_lookup(vm, t, py_name(vm, PY_NAME___index__)) == PY_NULL)
        return PY_NOTIMPLEMENTED;
    return str_repeat(vm, s, py_int_from_i64(vm, py_to_int64(vm, other)));
}

static py_val_t str_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    op = (py_binary_op_t)(op & ~PY_OP_INPLACE);
    bool sa = py_is_str(vm, a), sb = py_is_str(vm, b);
    switch (op) {
    case PY_OP_ADD:
        if (sa && sb) return py_str_concat(vm, a, b);
        if (sa && !(py_type_of(vm, b)->flags & PY_TF_HEAPTYPE))
            py_raise_type_error(vm, "can only concatenate str (not \"%T\") to str", b);
        return PY_NOTIMPLEMENTED;
    case PY_OP_MUL:
        if (sa && (py_is_int(vm, b) || py_is_bool(b))) return str_repeat(vm, a, b);
        if (sb && (py_is_int(vm, a) || py_is_bool(a))) return str_repeat(vm, b, a);
        if (sa && sb) py_raise_type_error(vm, "can't multiply sequence by non-int of type 'str'");
        return repeat_other(vm, sa ? a : b, sa ? b : a);
    case PY_OP_MOD:
        if (sa) return py_str_percent_format(vm, a, b);
        return PY_NOTIMPLEMENTED;
    default:
        return PY_NOTIMPLEMENTED;
    }
}

static int str_truth(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_str_len(self) != 0;
}

static size_t str_len(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_str_nchars(self);
}

// s[start:stop:step] for a step other than 1, or on non-ASCII text.
static py_val_t str_slice_stepped(py_vm_t *vm, py_val_t self, int64_t start, int64_t step,
                                  size_t count) {
    if (py_str_ptr(self)->ascii) {   // bytes are code points: pick them directly
        py_str_t *r = py_str_alloc(vm, count);
        const char *src = py_str_bytes(self) + start;
        char *dst = r->data;
        if (step == -1)   // s[::-1]: a plain backward copy, no index multiply
            for (size_t i = 0; i < count; i++) dst[i] = *src--;
        else
            for (size_t i = 0; i < count; i++) dst[i] = src[(int64_t)i * step];
        return py_str_finish_ascii(vm, r);
    }
    py_strbuf_t b;
    py_strbuf_init(&b);
    size_t off = py_str_utf8_offset(py_str_ptr(self), (size_t)start);
    for (size_t i = 0; i < count; i++) {
        py_str_t *s = py_str_ptr(self);
        size_t end = off;
        py_str_utf8_next(py_str_text(s), s->len, &end);
        py_strbuf_add(vm, &b, py_str_text(s) + off, end - off);
        if (i + 1 == count) break;
        // Walk to the next code point from this one: linear in the slice's span.
        if (step > 0)
            for (int64_t k = 0; k < step; k++) py_str_utf8_next(py_str_text(s), s->len, &off);
        else
            for (int64_t k = 0; k < -step; k++) py_str_utf8_prev(py_str_text(s), &off);
    }
    return py_strbuf_finish(vm, &b);
}

static py_val_t str_getslice(py_vm_t *vm, py_val_t self, py_val_t key) {
    py_str_t *s = py_str_ptr(self);
    int64_t start, stop, step;
    size_t n = py_slice_indices(vm, key, s->nchars, &start, &stop, &step);
    if (n == 0) return py_name(vm, PY_NAME_empty);
    if (step == 1) {
        size_t a = py_str_utf8_offset(s, (size_t)start);
        size_t z = py_str_utf8_offset(s, (size_t)stop);
        return py_str_slice_bytes(vm, self, a, z - a);
    }
    return str_slice_stepped(vm, self, start, step, n);
}

static py_val_t str_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    py_str_t *s = py_str_ptr(self);
    if (py_is_small(key) && s->ascii) {   // s[i] over ASCII text: no decoding
        int64_t i = py_small_val(key);
        if (i < 0) i += (int64_t)s->len;
        if (i >= 0 && (uint64_t)i < s->len) return py_str_new(vm, py_str_text(s) + i, 1);
    }
    if (py_is_a(vm, key, PY_T_slice)) return str_getslice(vm, self, key);
    if (!py_is_int(vm, key) && !py_is_bool(key)
        && !(py_type_of(vm, key)->flags & PY_TF_HEAPTYPE))
        py_raise_type_error(vm, "string indices must be integers, not '%T'", key);
    size_t i = py_to_index(vm, key, s->nchars, "string");
    size_t off = py_str_utf8_offset(s, i), end = off;
    py_str_utf8_next(py_str_text(s), s->len, &end);
    return py_str_new(vm, py_str_text(s) + off, end - off);
}

static int str_contains(py_vm_t *vm, py_val_t self, py_val_t item) {
    if (!py_is_str(vm, item))
        py_raise_type_error(vm, "'in <string>' requires string as left operand, not %T", item);
    return py_str_find_poll(vm, py_str_bytes(self), py_str_len(self), py_str_bytes(item),
                            py_str_len(item)) >= 0;
}

static py_val_t str_iter(py_vm_t *vm, py_val_t self) { return py_str_iterator_new(vm, self); }

// ---- the iterator ----------------------------------------------------------------------

typedef struct str_iterator {
    py_obj_t base;
    py_val_t seq;   // the str or bytes iterated
    size_t pos;     // byte offset of the next item
} str_iterator_t;

py_val_t py_str_iterator_new(py_vm_t *vm, py_val_t seq) {
    str_iterator_t *it = py_gc_new(vm, vm->types[PY_T_str_iterator], sizeof *it);
    it->seq = seq;
    return py_from_obj(it);
}

static void str_iterator_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark(vm, ((str_iterator_t *)o)->seq);
}

static py_val_t str_iterator_next(py_vm_t *vm, py_val_t self) {
    str_iterator_t *it = (str_iterator_t *)py_obj(self);
    if (!py_is_str(vm, it->seq)) {
        py_bytes_t *b = py_bytes_ptr(it->seq);
        return it->pos < b->len ? py_small(b->data[it->pos++]) : PY_NULL;
    }
    py_str_t *s = py_str_ptr(it->seq);
    if (it->pos >= s->len) return PY_NULL;
    size_t start = it->pos;
    py_str_utf8_next(py_str_text(s), s->len, &it->pos);
    return py_str_new(vm, py_str_text(s) + start, it->pos - start);
}

static py_val_t iter_self(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return self;
}

const py_type_spec_t py_str_iterator_spec = {
    .name = "str_ascii_iterator",
    .base = PY_T_object,
    .basicsize = sizeof(str_iterator_t),
    .slots = {.mark = str_iterator_mark, .iter = iter_self, .next = str_iterator_next},
};

// ---- the type ---------------------------------------------------------------------------

#define M(name, fn, lo, hi) {name, fn, lo, hi, 0}
#define MK(name, fn, lo, hi) {name, fn, lo, hi, PY_METH_KEYWORDS}
#define MP(name, fn, lo, hi) {name, fn, lo, hi, PY_METH_PARSE_TUPLE}

static const py_method_def_t str_methods[] = {
    MK("split", py_str_split_split, 1, 3),
    MK("rsplit", py_str_split_rsplit, 1, 3),
    MK("splitlines", py_str_split_splitlines, 1, 2),
    M("join", py_str_split_join, 2, 2),
    M("partition", py_str_split_partition, 2, 2),
    M("rpartition", py_str_split_rpartition, 2, 2),
    MK("expandtabs", py_str_split_expandtabs, 1, 2),
    M("upper", py_str_case_upper, 1, 1),
    M("lower", py_str_case_lower, 1, 1),
    M("casefold", py_str_case_casefold, 1, 1),
    M("capitalize", py_str_case_capitalize, 1, 1),
    M("title", py_str_case_title, 1, 1),
    M("swapcase", py_str_case_swapcase, 1, 1),
    M("isdigit", py_str_case_isdigit, 1, 1),
    M("isalpha", py_str_case_isalpha, 1, 1),
    M("isalnum", py_str_case_isalnum, 1, 1),
    M("isspace", py_str_case_isspace, 1, 1),
    M("isupper", py_str_case_isupper, 1, 1),
    M("islower", py_str_case_islower, 1, 1),
    M("isdecimal", py_str_case_isdecimal, 1, 1),
    M("isnumeric", py_str_case_isnumeric, 1, 1),
    M("isidentifier", py_str_case_isidentifier, 1, 1),
    M("isprintable", py_str_case_isprintable, 1, 1),
    M("istitle", py_str_case_istitle, 1, 1),
    M("isascii", py_str_case_isascii, 1, 1),
    M("strip", py_str_methods_strip, 1, 2),
    M("lstrip", py_str_methods_lstrip, 1, 2),
    M("rstrip", py_str_methods_rstrip, 1, 2),
    MP("startswith", py_str_methods_startswith, 2, 4),
    MP("endswith", py_str_methods_endswith, 2, 4),
    MP("find", py_str_methods_find, 2, 4),
    MP("rfind", py_str_methods_rfind, 2, 4),
    MP("index", py_str_methods_index, 2, 4),
    MP("rindex", py_str_methods_rindex, 2, 4),
    MP("count", py_str_methods_count, 2, 4),
    M("replace", py_str_methods_replace, 3, 4),
    M("center", py_str_methods_center, 2, 3),
    M("ljust", py_str_methods_ljust, 2, 3),
    M("rjust", py_str_methods_rjust, 2, 3),
    M("zfill", py_str_methods_zfill, 2, 2),
    M("removeprefix", py_str_methods_removeprefix, 2, 2),
    M("removesuffix", py_str_methods_removesuffix, 2, 2),
    MK("encode", py_str_encode_encode, 1, 3),
    {"maketrans", py_str_methods_maketrans, 1, 3, PY_METH_STATIC},
    M("translate", py_str_methods_translate, 2, 2),
    MK("format", py_str_format_format, 1, PY_VARARGS),
    M("format_map", py_str_format_format_map, 2, 2),
    M("__format__", py_str_format_dunder, 2, 2),
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_str_spec = {
    .name = "str",
    .base = PY_T_object,
    .basicsize = sizeof(py_str_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .make_new = str_make_new,
        .repr = py_str_repr,
        .str = str_str,
        .hash = str_hash,
        .compare = str_compare,
        .binary = str_binary,
        .truth = str_truth,
        .len = str_len,
        .getitem = str_getitem,
        .contains = str_contains,
        .iter = str_iter,
        .var_size = str_var_size,
        .mark = py_str_buf_mark,
    },
    .methods = str_methods,
};
