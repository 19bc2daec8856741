// vm/str_methods.c: str methods that search, trim, pad, replace and encode text.
// Layer: vm core (types). Case and class methods are in str_case.c, splitting
// and joining in str_split.c, formatting in str_format.c.
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include <string.h>
#include "str_internal.h"
#include "interrupt.h"
#include "obj_bytes.h"
#include "obj_tuple.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_exc.h"
#include "except.h"
#include "runtime.h"

// ---- strip -------------------------------------------------------------------------

// True when [cp] is to be stripped: whitespace when [chars] is None, else one of chars.
static bool strip_match(py_val_t chars, uint32_t cp, char *enc) {
    if (chars == PY_NONE) return py_str_unicode_isspace(cp);
    if (cp < 0x80) return memchr(py_str_bytes(chars), (int)cp, py_str_len(chars)) != NULL;
    size_t n = py_utf8_encode(cp, enc);
    enc[n] = '\0';
    return py_str_find_bytes(py_str_bytes(chars), py_str_len(chars), enc, n) >= 0;
}

// The ASCII whitespace of py_str_unicode_isspace (\t-\r, \x1c-\x1f, space)
// as a bit set over bytes 0-63.
#define STRIP_SPACE_SET ((uint64_t)0x3E00 | (uint64_t)0xF0000000 | (uint64_t)1 << ' ')

// Byte c (< 0x80) is one of the bytes packed in [word] (bytes beyond the
// set's length hold 0x80, which no ASCII byte equals): the zero-byte test
// over word ^ c-in-every-byte. Exact: the borrow of the subtraction can
// only set a high bit above a byte that is zero already.
#define STRIP_ONES UINT64_C(0x0101010101010101)
static inline bool in_word(uint64_t word, unsigned char c) {
    uint64_t x = word ^ (STRIP_ONES * c);
    return ((x - STRIP_ONES) & ~x & STRIP_ONES * 0x80u) != 0;
}

// strip_ascii for a set of 1 to 8 bytes: they are packed in a word once
// (cheaper than a 128-bit set for the few tests a strip makes, usually two
// or three), and each byte tested against all of them at once.
static void strip_few(const unsigned char *s, const unsigned char *p, size_t n, bool left,
                      bool right, size_t *a, size_t *z) {
    uint64_t word = STRIP_ONES * 0x80u;
    for (size_t i = 0; i < n; i++) word = (word << 8) | p[i];   // the 0x80 fill shifts out
    while (left && *a < *z && in_word(word, s[*a])) ++*a;
    while (right && *z > *a && in_word(word, s[*z - 1])) --*z;
}

// strip_impl's bounds for ASCII [self] with [chars] None (whitespace) or an
// ASCII str: *a and *z narrow. The bytes to strip become a 128-bit set once,
// so each byte is one test.
static void strip_ascii(py_val_t self, py_val_t chars, bool left, bool right, size_t *a,
                        size_t *z) {
    uint64_t set[2] = {STRIP_SPACE_SET, 0};
    const unsigned char *s = (const unsigned char *)py_str_bytes(self);
    if (chars != PY_NONE) {
        const unsigned char *p = (const unsigned char *)py_str_bytes(chars);
        size_t n = py_str_len(chars);
        if (n - 1 < 8) {
            strip_few(s, p, n, left, right, a, z);
            return;
        }
        set[0] = 0;
        for (size_t i = 0; i < n; i++) set[p[i] >> 6] |= (uint64_t)1 << (p[i] & 63);
    }
    while (left && *a < *z && (set[s[*a] >> 6] >> (s[*a] & 63) & 1)) ++*a;
    while (right && *z > *a && (set[s[*z - 1] >> 6] >> (s[*z - 1] & 63) & 1)) --*z;
}

// Strips from the left ([left]) and/or right ([right]) of args[0].
static py_val_t strip_impl(py_vm_t *vm, size_t nargs, const py_val_t *args, const char *name,
                           bool left, bool right) {
    py_val_t self = args[0];
    py_str_check_self(vm, self, name);
    py_val_t chars = nargs > 1 ? args[1] : PY_NONE;
    if (chars != PY_NONE && !py_is_str(vm, chars))
        py_raise_type_error(vm, "%s arg must be None or str", name);
    const char *s = py_str_bytes(self);
    size_t a = 0, z = py_str_len(self);
    if (py_str_ptr(self)->ascii && (chars == PY_NONE || py_str_ptr(chars)->ascii)) {
        strip_ascii(self, chars, left, right, &a, &z);
        return py_str_slice_bytes(vm, self, a, z - a);
    }
    char enc[5];
    while (left && a < z) {
        size_t p = a;
        if (!strip_match(chars, py_str_utf8_next(s, z, &p), enc)) break;
        a = p;
    }
    while (right && z > a) {
        size_t p = z;
        if (!strip_match(chars, py_str_utf8_prev(s, &p), enc)) break;
        z = p;
    }
    return py_str_slice_bytes(vm, self, a, z - a);
}

PY_STR_METH(py_str_methods_strip) {
    (void)kwnames;
    return strip_impl(vm, nargs, args, "strip", true, true);
}

PY_STR_METH(py_str_methods_lstrip) {
    (void)kwnames;
    return strip_impl(vm, nargs, args, "lstrip", true, false);
}

PY_STR_METH(py_str_methods_rstrip) {
    (void)kwnames;
    return strip_impl(vm, nargs, args, "rstrip", false, true);
}

// ---- startswith / endswith --------------------------------------------------------------

// Whether [fix] matches bytes [a, z) of [self] at the start (or the end when [at_end]).
static bool tail_match(py_val_t self, size_t a, size_t z, py_val_t fix, bool at_end) {
    size_t n = py_str_len(fix);
    if (n > z - a) return false;
    size_t off = at_end ? z - n : a;
    return memcmp(py_str_bytes(self) + off, py_str_bytes(fix), n) == 0;
}

static py_val_t affix_impl(py_vm_t *vm, size_t nargs, const py_val_t *args, const char *name,
                           bool at_end) {
    py_val_t self = args[0], fix = args[1];
    py_str_check_self(vm, self, name);
    bool tuple = py_is_a(vm, fix, PY_T_tuple);
    if (!tuple && !py_is_str(vm, fix))
        py_raise_type_error(vm, "%s first arg must be str or a tuple of str, not %T", name, fix);
    size_t a, z;
    bool ok = py_str_window(vm, self, nargs > 2 ? args[2] : PY_NULL,
                            nargs > 3 ? args[3] : PY_NULL, &a, &z);
    if (!tuple) return py_bool(ok && tail_match(self, a, z, fix, at_end));
    py_tuple_t *t = py_tuple_ptr(fix);
    for (size_t i = 0; i < t->len; i++) {
        if (!py_is_str(vm, t->items[i]))
            py_raise_type_error(vm, "tuple for %s must only contain str, not %T", name,
                                t->items[i]);
        if (ok && tail_match(self, a, z, t->items[i], at_end)) return PY_TRUE;
    }
    return PY_FALSE;
}

PY_STR_METH(py_str_methods_startswith) {
    (void)kwnames;
    return affix_impl(vm, nargs, args, "startswith", false);
}

PY_STR_METH(py_str_methods_endswith) {
    (void)kwnames;
    return affix_impl(vm, nargs, args, "endswith", true);
}

// ---- find / index / count ---------------------------------------------------------------

// The code point index of args[1] in args[0] within the optional window, or -1.
static ptrdiff_t find_impl(py_vm_t *vm, size_t nargs, const py_val_t *args, const char *name,
                           bool reverse) {
    py_val_t self = args[0], sub = args[1];
    py_str_check_self(vm, self, name);
    py_str_need(vm, sub, name, 0);
    size_t a, z;
    if (!py_str_window(vm, self, nargs > 2 ? args[2] : PY_NULL, nargs > 3 ? args[3] : PY_NULL,
                       &a, &z))
        return -1;
    const char *s = py_str_bytes(self) + a;
    ptrdiff_t at = reverse ? py_str_rfind_poll(vm, s, z - a, py_str_bytes(sub), py_str_len(sub))
                           : py_str_find_poll(vm, s, z - a, py_str_bytes(sub), py_str_len(sub));
    if (at < 0) return -1;
    return (ptrdiff_t)py_str_utf8_index(py_str_ptr(self), a + (size_t)at);
}

PY_STR_METH(py_str_methods_find) {
    (void)kwnames;
    return py_small(find_impl(vm, nargs, args, "find", false));
}

PY_STR_METH(py_str_methods_rfind) {
    (void)kwnames;
    return py_small(find_impl(vm, nargs, args, "rfind", true));
}

PY_STR_METH(py_str_methods_index) {
    (void)kwnames;
    ptrdiff_t i = find_impl(vm, nargs, args, "index", false);
    if (i < 0) py_raise_value_error(vm, "substring not found");
    return py_small(i);
}

PY_STR_METH(py_str_methods_rindex) {
    (void)kwnames;
    ptrdiff_t i = find_impl(vm, nargs, args, "rindex", true);
    if (i < 0) py_raise_value_error(vm, "substring not found");
    return py_small(i);
}

// Occurrences of byte [c] in [n] bytes at [h], eight bytes at a time: in
// x = word ^ c-in-every-byte, a byte is zero where c is; adding 0x7F to its
// low seven bits sets a byte's top bit unless the byte is zero (no carry
// crosses bytes), and the multiply sums the marks in the top byte.
size_t py_str_methods_count_byte(const char *h, size_t n, unsigned char c) {
    const uint64_t low = STRIP_ONES * 0x7Fu, top = STRIP_ONES * 0x80u;
    size_t count = 0, i = 0;
    for (uint64_t w; i + 8 <= n; i += 8) {
        memcpy(&w, h + i, 8);
        uint64_t x = w ^ (STRIP_ONES * c);
        uint64_t nonzero = ((x & low) + low) | x;
        count += (size_t)((((~nonzero & top) >> 7) * STRIP_ONES) >> 56);
    }
    for (; i < n; i++) count += (unsigned char)h[i] == c;
    return count;
}

// Non-overlapping occurrences of [n] in [h] (empty [n]: one more than the code points).
static size_t count_bytes(py_vm_t *vm, const char *h, size_t hl, const char *n, size_t nl) {
    size_t count = 0;
    unsigned poll = PY_INTERRUPT_EVERY;
    if (nl == 0) {
        for (size_t i = 0; i < hl; i++) count += ((uint8_t)h[i] & 0xC0) != 0x80;
        return count + 1;
    }
    if (nl == 1) {   // count('0'): one pass over the bytes, not a search per match
        for (size_t done = 0; done < hl;) {
            size_t end = hl - done > PY_INTERRUPT_CHUNK ? done + PY_INTERRUPT_CHUNK : hl;
            count += py_str_methods_count_byte(h + done, end - done, (unsigned char)n[0]);
            done = end;
            if (done < hl) py_interrupt_check(vm);
        }
        return count;
    }
    for (ptrdiff_t at; (at = py_str_find_poll(vm, h, hl, n, nl)) >= 0; count++) {
        py_interrupt_step(vm, &poll);
        h += (size_t)at + nl;
        hl -= (size_t)at + nl;
    }
    return count;
}

PY_STR_METH(py_str_methods_count) {
    (void)kwnames;
    py_val_t self = args[0], sub = args[1];
    py_str_check_self(vm, self, "count");
    py_str_need(vm, sub, "count", 0);
    size_t a, z;
    if (!py_str_window(vm, self, nargs > 2 ? args[2] : PY_NULL, nargs > 3 ? args[3] : PY_NULL,
                       &a, &z))
        return py_small(0);
    return py_small((py_int_t)count_bytes(vm, py_str_bytes(self) + a, z - a, py_str_bytes(sub),
                                          py_str_len(sub)));
}

// ---- replace ------------------------------------------------------------------------------

// Reserves the result of replacing [count] pieces of [ol] bytes in [len]
// bytes by [rl] bytes each: a result too big for memory is a MemoryError
// before any copying (as CPython, which also sizes it first).
static void reserve_result(py_vm_t *vm, py_strbuf_t *b, size_t len, size_t count, size_t rl,
                           size_t ol) {
    if (rl <= ol) return;   // never longer than the original
    if (count > (SIZE_MAX / 4 - len) / (rl - ol)) py_raise_memory_error(vm);
    py_strbuf_reserve(vm, b, len + count * (rl - ol));
}

// replace('', new): [new] before every code point and at the end, [max] times at most.
static py_val_t replace_empty(py_vm_t *vm, py_val_t self, py_val_t rep, int64_t max) {
    py_strbuf_t b;
    py_strbuf_init(&b);
    const char *s = py_str_bytes(self);
    size_t len = py_str_len(self), pos = 0, rl = py_str_len(rep);
    size_t count = py_str_nchars(self) + 1;
    if (max >= 0 && (uint64_t)max < count) count = (size_t)max;
    reserve_result(vm, &b, len, count, rl, 0);
    unsigned poll = PY_INTERRUPT_EVERY;
    for (; max != 0; max--) {
        py_interrupt_step(vm, &poll);   // b is not yet visible: dropping it is safe
        py_strbuf_add(vm, &b, py_str_bytes(rep), rl);
        if (pos >= len) break;
        size_t start = pos;
        py_str_utf8_next(s, len, &pos);
        py_strbuf_add(vm, &b, s + start, pos - start);
    }
    py_strbuf_add(vm, &b, s + pos, len - pos);
    return py_strbuf_finish(vm, &b);
}

PY_STR_METH(py_str_methods_replace) {
    (void)kwnames;
    py_val_t self = args[0], old = args[1], rep = args[2];
    py_str_check_self(vm, self, "replace");
    py_str_need(vm, old, "replace", 1);
    py_str_need(vm, rep, "replace", 2);
    int64_t max = nargs > 3 ? py_str_int_arg(vm, args[3]) : -1;
    if (py_str_len(old) == 0) return replace_empty(vm, self, rep, max);
    const char *s = py_str_bytes(self);
    size_t len = py_str_len(self), ol = py_str_len(old), pos = 0;
    ptrdiff_t at = py_str_find_poll(vm, s, len, py_str_bytes(old), ol);
    if (at < 0 || max == 0) return py_str_exact(vm, self);
    size_t count = 0;
    unsigned poll = PY_INTERRUPT_EVERY;
    for (size_t p = (size_t)at; (max < 0 || (uint64_t)count < (uint64_t)max);) {
        count++;
        py_interrupt_step(vm, &poll);
        ptrdiff_t next = py_str_find_poll(vm, s + p + ol, len - p - ol, py_str_bytes(old), ol);
        if (next < 0) break;
        p += ol + (size_t)next;
    }
    py_strbuf_t b;
    py_strbuf_init(&b);
    reserve_result(vm, &b, len, count, py_str_len(rep), ol);
    for (; at >= 0 && max != 0; max--) {
        py_interrupt_step(vm, &poll);   // b is not yet visible: dropping it is safe
        py_strbuf_add(vm, &b, s + pos, (size_t)at);
        py_strbuf_add(vm, &b, py_str_bytes(rep), py_str_len(rep));
        pos += (size_t)at + ol;
        at = py_str_find_poll(vm, s + pos, len - pos, py_str_bytes(old), ol);
    }
    py_strbuf_add(vm, &b, s + pos, len - pos);
    return py_strbuf_finish(vm, &b);
}

// ---- padding --------------------------------------------------------------------------------

// The fill character argument of center/ljust/rjust as a code point.
static uint32_t fill_char(py_vm_t *vm, size_t nargs, const py_val_t *args) {
    if (nargs < 3) return ' ';
    py_val_t f = args[2];
    if (!py_is_str(vm, f))
        py_raise_type_error(vm, "The fill character must be a unicode character, not %T", f);
    if (py_str_nchars(f) != 1)
        py_raise_type_error(vm, "The fill character must be exactly one character long");
    size_t pos = 0;
    return py_str_utf8_next(py_str_bytes(f), py_str_len(f), &pos);
}

// args[0] padded to the width args[1], with [left] fill characters before it
// out of the total needed (computed by [mode]: 0 ljust, 1 rjust, 2 center).
static py_val_t pad_impl(py_vm_t *vm, size_t nargs, const py_val_t *args, const char *name,
                         int mode) {
    py_val_t self = args[0];
    py_str_check_self(vm, self, name);
    int64_t width = py_str_int_arg(vm, args[1]);
    uint32_t fill = fill_char(vm, nargs, args);
    size_t n = py_str_nchars(self);
    if (width <= (int64_t)n) return py_str_exact(vm, self);
    size_t marg = (size_t)width - n, left;
    if (mode == 0) left = 0;
    else if (mode == 1) left = marg;
    else left = marg / 2 + (marg & (size_t)width & 1);   // CPython's centring rule
    py_strbuf_t b;
    py_strbuf_init(&b);
    py_str_pad(vm, &b, fill, left);
    py_strbuf_add(vm, &b, py_str_bytes(self), py_str_len(self));
    py_str_pad(vm, &b, fill, marg - left);
    return py_strbuf_finish(vm, &b);
}

PY_STR_METH(py_str_methods_ljust) {
    (void)kwnames;
    return pad_impl(vm, nargs, args, "ljust", 0);
}

PY_STR_METH(py_str_methods_rjust) {
    (void)kwnames;
    return pad_impl(vm, nargs, args, "rjust", 1);
}

PY_STR_METH(py_str_methods_center) {
    (void)kwnames;
    return pad_impl(vm, nargs, args, "center", 2);
}

PY_STR_METH(py_str_methods_zfill) {
    (void)nargs, (void)kwnames;
    py_val_t self = args[0];
    py_str_check_self(vm, self, "zfill");
    int64_t width = py_str_int_arg(vm, args[1]);
    size_t n = py_str_nchars(self);
    if (width <= (int64_t)n) return py_str_exact(vm, self);
    const char *s = py_str_bytes(self);
    size_t sign = (s[0] == '+' || s[0] == '-') ? 1 : 0;
    py_strbuf_t b;
    py_strbuf_init(&b);
    py_strbuf_add(vm, &b, s, sign);
    py_str_pad(vm, &b, '0', (size_t)width - n);
    py_strbuf_add(vm, &b, s + sign, py_str_len(self) - sign);
    return py_strbuf_finish(vm, &b);
}

// ---- removeprefix / removesuffix ---------------------------------------------------------

static py_val_t remove_affix(py_vm_t *vm, const py_val_t *args, const char *name, bool suffix) {
    py_val_t self = args[0], fix = args[1];
    py_str_check_self(vm, self, name);
    if (!py_is_str(vm, fix))
        py_raise_type_error(vm, "%s() argument must be str, not %s", name,
                            py_arg_type_name(vm, fix));
    size_t len = py_str_len(self), n = py_str_len(fix);
    if (!tail_match(self, 0, len, fix, suffix) || n == 0) return py_str_exact(vm, self);
    return py_str_slice_bytes(vm, self, suffix ? 0 : n, len - n);
}

PY_STR_METH(py_str_methods_removeprefix) {
    (void)nargs, (void)kwnames;
    return remove_affix(vm, args, "removeprefix", false);
}

PY_STR_METH(py_str_methods_removesuffix) {
    (void)nargs, (void)kwnames;
    return remove_affix(vm, args, "removesuffix", true);
}

// ---- maketrans / translate ------------------------------------------------------------------

// The ordinal of a one-character str.
static py_val_t ord_of(py_val_t s) {
    size_t pos = 0;
    return py_small(py_str_utf8_next(py_str_bytes(s), py_str_len(s), &pos));
}

// maketrans(dict): keys become ordinals.
static py_val_t maketrans_dict(py_vm_t *vm, py_val_t x) {
    if (!py_is_a(vm, x, PY_T_dict))
        py_raise_type_error(vm, "if you give only one argument to maketrans it must be a dict");
    py_val_t out = py_dict_new(vm);
    size_t pos = 0;
    for (py_dict_entry_t *e; (e = py_dict_next(x, &pos)) != NULL;) {
        py_val_t k = e->key, v = e->value;
        if (py_is_str(vm, k)) {
            if (py_str_nchars(k) != 1)
                py_raise_value_error(vm, "string keys in translate table must be of length 1");
            k = ord_of(k);
        } else if (!py_is_int(vm, k)) {
            py_raise_type_error(vm, "keys in translate table must be strings or integers");
        }
        py_dict_set(vm, out, k, v);
    }
    return out;
}

PY_STR_METH(py_str_methods_maketrans) {
    (void)kwnames;
    if (nargs == 1) return maketrans_dict(vm, args[0]);
    py_val_t x = args[0], y = args[1];
    py_str_need(vm, y, "maketrans", 2);
    if (nargs > 2) py_str_need(vm, args[2], "maketrans", 3);
    if (!py_is_str(vm, x))
        py_raise_type_error(vm, "first maketrans argument must be a string if there is a second argument");
    if (py_str_nchars(x) != py_str_nchars(y))
        py_raise_value_error(vm, "the first two maketrans arguments must have equal length");
    py_val_t out = py_dict_new(vm);
    for (size_t px = 0, py = 0; px < py_str_len(x);) {
        uint32_t a = py_str_utf8_next(py_str_bytes(x), py_str_len(x), &px);
        uint32_t b = py_str_utf8_next(py_str_bytes(y), py_str_len(y), &py);
        py_dict_set(vm, out, py_small(a), py_small(b));
    }
    if (nargs > 2) {
        py_val_t z = args[2];
        py_str_need(vm, z, "maketrans", 3);
        for (size_t pz = 0; pz < py_str_len(z);)
            py_dict_set(vm, out, py_small(py_str_utf8_next(py_str_bytes(z), py_str_len(z), &pz)),
                        PY_NONE);
    }
    return out;
}

typedef struct {
    py_val_t table, key, result;
} lookup_t;

static void lookup_call(py_vm_t *vm, void *ud) {
    lookup_t *l = ud;
    l->result = py_getitem(vm, l->table, l->key);
}

// table[cp], or PY_NULL when the table raises LookupError (the character is kept).
static py_val_t translate_lookup(py_vm_t *vm, py_val_t table, uint32_t cp) {
    if (py_is_exact(vm, table, PY_T_dict)) return py_dict_get(vm, table, py_small(cp));
    lookup_t l = {table, py_small(cp), PY_NULL};
    if (py_pcall(vm, lookup_call, &l) == 0) return l.result;
    if (!py_exc_is(vm, vm->exc, PY_EXC_LookupError)) py_raise(vm, vm->exc);
    vm->exc = PY_NULL;
    return PY_NULL;
}

// Appends the translation [v] of one character (already looked up) to [b].
static void translate_add(py_vm_t *vm, py_strbuf_t *b, py_val_t v) {
    if (py_is_str(vm, v)) {
        py_strbuf_add(vm, b, py_str_bytes(v), py_str_len(v));
        return;
    }
    if (py_is_bool(v)) v = py_small(v == PY_TRUE);
    if (!py_is_int(vm, v))
        py_raise_type_error(vm, "character mapping must return integer, None or str");
    int64_t c;
    if (!py_int_to_i64(v, &c) || c < 0 || c > 0x10FFFF)
        py_raise_value_error(vm, "character mapping must be in range(0x110000)");
    char enc[4];
    py_strbuf_add(vm, b, enc, py_utf8_encode((uint32_t)c, enc));
}

PY_STR_METH(py_str_methods_translate) {
    (void)nargs, (void)kwnames;
    py_val_t self = args[0], table = args[1];
    py_str_check_self(vm, self, "translate");
    const char *s = py_str_bytes(self);
    size_t len = py_str_len(self);
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (size_t pos = 0; pos < len;) {
        size_t start = pos;
        py_val_t v = translate_lookup(vm, table, py_str_utf8_next(s, len, &pos));
        if (v == PY_NULL) py_strbuf_add(vm, &b, s + start, pos - start);
        else if (v != PY_NONE) translate_add(vm, &b, v);
    }
    return py_strbuf_finish(vm, &b);
}
