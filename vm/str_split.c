// vm/str_split.c: str methods that cut text into pieces or glue pieces together:
// split, rsplit, splitlines, partition, rpartition, join, expandtabs.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#include "interrupt.h"
#include "str_internal.h"
#include "obj_list.h"
#include "obj_tuple.h"
#include "except.h"
#include "runtime.h"

static const char *const split_names[] = {"sep", "maxsplit"};

// Parses split's arguments: *sep is PY_NONE or a non-empty str; returns maxsplit (-1: all).
static int64_t split_args(py_vm_t *vm, const char *name, size_t nargs, const py_val_t *args,
                          py_val_t kwnames, py_val_t *sep) {
    py_val_t a[2];
    py_str_check_self(vm, args[0], name);
    py_str_parse_args(vm, name, nargs - 1, args + 1, kwnames, split_names, 2, a);
    *sep = a[0] == PY_NULL ? PY_NONE : a[0];
    if (*sep != PY_NONE) {
        if (!py_is_str(vm, *sep)) py_raise_type_error(vm, "must be str or None, not %T", *sep);
        if (py_str_len(*sep) == 0) py_raise_value_error(vm, "empty separator");
    }
    return a[1] == PY_NULL ? -1 : py_str_int_arg(vm, a[1]);
}

static void append_piece(py_vm_t *vm, py_val_t list, py_val_t self, size_t a, size_t z) {
    if ((py_list_ptr(list)->len & (PY_INTERRUPT_EVERY - 1)) == 0) py_interrupt_check(vm);   // list is consistent
    py_list_append(vm, list, py_str_slice_bytes(vm, self, a, z - a));
}

// The ASCII whitespace of py_str_unicode_isspace (\t-\r, \x1c-\x1f, space)
// as a bit set over bytes 0-63.
#define SPACE_SET ((uint64_t)0x3E00 | (uint64_t)0xF0000000 | (uint64_t)1 << ' ')

// The class of byte [c] for the whitespace scans: 1 for ASCII whitespace, 2
// for a byte >= 0x80 (a code point to decode), 0 for any other byte.
static inline int byte_class(unsigned char c) {
    if (c >= 0x80) return 2;
    return c < 64 && (SPACE_SET >> c & 1);
}

// Byte offset of the first non-space code point at or after [pos].
static inline size_t skip_space(const char *s, size_t len, size_t pos) {
    while (pos < len) {
        unsigned char c = (unsigned char)s[pos];
        if (c == ' ') {   // the usual gap: one compare
            pos++;
            continue;
        }
        int k = byte_class(c);
        if (k == 1) {
            pos++;
            continue;
        }
        size_t p = pos;
        if (k == 0 || !py_str_unicode_isspace(py_str_utf8_next(s, len, &p))) break;
        pos = p;
    }
    return pos;
}

// Byte offset of the first space code point at or after [pos].
static inline size_t skip_word(const char *s, size_t len, size_t pos) {
    while (pos < len) {
        unsigned char c = (unsigned char)s[pos];
        // '!'..DEL are never whitespace: one unsigned compare for most word bytes.
        if ((unsigned char)(c - 0x21) < 0x5F) {
            pos++;
            continue;
        }
        int k = byte_class(c);
        if (k == 0) {
            pos++;
            continue;
        }
        size_t p = pos;
        if (k == 1 || py_str_unicode_isspace(py_str_utf8_next(s, len, &p))) break;
        pos = p;
    }
    return pos;
}

// The pieces split_space finds in one scan before it makes their strs: a
// line of words fits in one batch, so its list is allocated once at its size.
#define SPLIT_BATCH 64

// Finds up to SPLIT_BATCH pieces from byte *pos of [s] (at a non-space or at
// [len]), storing their bounds in [bounds] and spending one of *max on each
// (the last one allowed takes the rest); returns how many.
static size_t scan_words(const char *s, size_t len, size_t *pos, int64_t *max,
                         size_t bounds[2 * SPLIT_BATCH]) {
    size_t k = 0, p = *pos;
    while (k < SPLIT_BATCH && p < len) {
        size_t end = (*max)-- == 0 ? len : skip_word(s, len, p);
        bounds[2 * k] = p, bounds[2 * k + 1] = end, k++;
        p = skip_space(s, len, end);
    }
    *pos = p;
    return k;
}

// The list size for [k] pieces found in the first [pos] bytes of [len] and
// the rest at the same density (a little over: the trailing room is cheaper
// than growing the list by copies), and at most what [max] splits allow.
static size_t guess_pieces(size_t k, size_t pos, size_t len, int64_t max) {
    size_t per = pos / k, rest = (len - pos) / (per ? per : 1);
    rest += rest / 8 + 4;
    if (max >= 0 && (uint64_t)max < rest) rest = (size_t)max + 1;
    return k + rest;
}

// Appends the piece [a, z) of [self] to [list]: in place while the list has
// room (it was sized for the pieces), else by py_list_append.
static inline void put_piece(py_vm_t *vm, py_val_t list, py_val_t self, size_t a, size_t z) {
    py_val_t piece = py_str_slice_bytes(vm, self, a, z - a);
    py_list_t *l = py_list_ptr(list);
    if (l->len < l->cap) l->items[l->len++] = piece;
    else py_list_append(vm, list, piece);
}

// One scan of the text: the bounds of a batch of pieces are kept on the C
// stack and their strs made after it, so the text is read once (counting the
// pieces first cost a second scan of every line). A line of words fits in a
// batch; a longer text gets a list sized by the first batch's density.
static py_val_t split_space(py_vm_t *vm, py_val_t self, int64_t max) {
    size_t bounds[2 * SPLIT_BATCH], len = py_str_len(self);
    size_t pos = skip_space(py_str_bytes(self), len, 0);
    size_t k = scan_words(py_str_bytes(self), len, &pos, &max, bounds);
    size_t cap = pos < len ? guess_pieces(k, pos, len, max) : k;
    py_val_t list = py_list_new(vm, cap, NULL);   // None-filled: the pieces land below
    py_list_ptr(list)->len = 0;
    for (;;) {
        for (size_t i = 0; i < k; i++) put_piece(vm, list, self, bounds[2 * i], bounds[2 * i + 1]);
        if (pos >= len) return list;
        py_interrupt_check(vm);   // list is consistent
        k = scan_words(py_str_bytes(self), len, &pos, &max, bounds);
    }
}

// The pieces of [self] cut at [sep] from byte *pos on, as scan_words finds
// them: up to SPLIT_BATCH bounds, the last piece (the rest) included once the
// text or *max runs out, when *pos becomes SIZE_MAX. The search polls for
// Ctrl-C over long texts.
static size_t scan_sep(py_vm_t *vm, py_val_t self, py_val_t sep, size_t *pos, int64_t *max,
                       size_t bounds[2 * SPLIT_BATCH]) {
    const char *s = py_str_bytes(self), *p = py_str_bytes(sep);
    size_t len = py_str_len(self), n = py_str_len(sep), k = 0, at = *pos;
    while (k < SPLIT_BATCH) {
        ptrdiff_t hit = *max != 0 ? py_str_find_poll(vm, s + at, len - at, p, n) : -1;
        bounds[2 * k] = at, k++;
        if (hit < 0) {   // the rest is the last piece
            bounds[2 * k - 1] = len;
            *pos = SIZE_MAX;
            return k;
        }
        (*max)--;
        bounds[2 * k - 1] = at + (size_t)hit;
        at += (size_t)hit + n;
    }
    *pos = at;
    return k;
}

// The pieces split_sep makes of [self] from byte [pos] on with [max] splits
// left (-1: all): one more than the separators found. Counting them first
// keeps the list at its exact size (a guess from the first batch's density
// can overshoot, which matters for a list of 100,000 pieces: it moved
// strbuild's peak by a heap growth). A one-byte separator is counted eight
// bytes at a time, polling for Ctrl-C between windows (nothing is built yet).
static size_t count_sep(py_vm_t *vm, py_val_t self, py_val_t sep, size_t pos, int64_t max) {
    const char *s = py_str_bytes(self), *p = py_str_bytes(sep);
    size_t len = py_str_len(self), n = py_str_len(sep), count = 0;
    if (n == 1) {
        for (size_t end; pos < len; pos = end) {
            end = len - pos > PY_INTERRUPT_CHUNK ? pos + PY_INTERRUPT_CHUNK : len;
            count += py_str_methods_count_byte(s + pos, end - pos, (unsigned char)p[0]);
            if (end < len) py_interrupt_check(vm);
        }
        return (max >= 0 && (uint64_t)max < count ? (size_t)max : count) + 1;
    }
    for (ptrdiff_t at; max != 0 && (at = py_str_find_poll(vm, s + pos, len - pos, p, n)) >= 0;
         max--, count++)
        pos += (size_t)at + n;
    return count + 1;
}

// Batches of bounds as split_space, so a list of many pieces is allocated
// about once instead of growing by copies.
static py_val_t split_sep(py_vm_t *vm, py_val_t self, py_val_t sep, int64_t max) {
    size_t bounds[2 * SPLIT_BATCH], pos = 0;
    size_t k = scan_sep(vm, self, sep, &pos, &max, bounds);
    size_t cap = pos != SIZE_MAX ? k + count_sep(vm, self, sep, pos, max) : k;
    py_val_t list = py_list_new(vm, cap, NULL);   // None-filled: the pieces land below
    py_list_ptr(list)->len = 0;
    for (;;) {
        for (size_t i = 0; i < k; i++) put_piece(vm, list, self, bounds[2 * i], bounds[2 * i + 1]);
        if (pos == SIZE_MAX) return list;
        py_interrupt_check(vm);   // list is consistent
        k = scan_sep(vm, self, sep, &pos, &max, bounds);
    }
}

PY_STR_METH(py_str_split_split) {
    py_val_t sep;
    int64_t max = split_args(vm, "split", nargs, args, kwnames, &sep);
    return sep == PY_NONE ? split_space(vm, args[0], max) : split_sep(vm, args[0], sep, max);
}

// Reverses [list] in place (rsplit collects pieces from the end).
static void list_reverse(py_val_t list) {
    py_list_t *l = py_list_ptr(list);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        py_val_t t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
}

// Byte offset just after the last non-space code point before [pos].
static size_t back_space(const char *s, size_t pos) {
    while (pos > 0) {
        size_t p = pos;
        if (!py_str_unicode_isspace(py_str_utf8_prev(s, &p))) break;
        pos = p;
    }
    return pos;
}

static size_t back_word(const char *s, size_t pos) {
    while (pos > 0) {
        size_t p = pos;
        if (py_str_unicode_isspace(py_str_utf8_prev(s, &p))) break;
        pos = p;
    }
    return pos;
}

static py_val_t rsplit_space(py_vm_t *vm, py_val_t self, int64_t max) {
    const char *s = py_str_bytes(self);
    py_val_t list = py_list_new(vm, 0, NULL);
    for (size_t end = back_space(s, py_str_len(self)); end > 0; end = back_space(s, end)) {
        if (max-- == 0) {
            append_piece(vm, list, self, 0, end);
            break;
        }
        size_t start = back_word(s, end);
        append_piece(vm, list, self, start, end);
        end = start;
    }
    list_reverse(list);
    return list;
}

static py_val_t rsplit_sep(py_vm_t *vm, py_val_t self, py_val_t sep, int64_t max) {
    const char *s = py_str_bytes(self), *p = py_str_bytes(sep);
    size_t end = py_str_len(self), n = py_str_len(sep);
    py_val_t list = py_list_new(vm, 0, NULL);
    for (ptrdiff_t at; max != 0 && (at = py_str_rfind_poll(vm, s, end, p, n)) >= 0; max--) {
        append_piece(vm, list, self, (size_t)at + n, end);
        end = (size_t)at;
    }
    append_piece(vm, list, self, 0, end);
    list_reverse(list);
    return list;
}

PY_STR_METH(py_str_split_rsplit) {
    py_val_t sep;
    int64_t max = split_args(vm, "rsplit", nargs, args, kwnames, &sep);
    return sep == PY_NONE ? rsplit_space(vm, args[0], max) : rsplit_sep(vm, args[0], sep, max);
}

static const char *const splitlines_names[] = {"keepends"};

PY_STR_METH(py_str_split_splitlines) {
    py_val_t self = args[0], keep;
    py_str_check_self(vm, self, "splitlines");
    py_str_parse_args(vm, "splitlines", nargs - 1, args + 1, kwnames, splitlines_names, 1, &keep);
    bool keepends = keep != PY_NULL && py_str_c_int_arg(vm, keep) != 0;
    const char *s = py_str_bytes(self);
    size_t len = py_str_len(self), start = 0;
    py_val_t list = py_list_new(vm, 0, NULL);
    for (size_t pos = 0; pos < len;) {
        size_t brk = pos;
        uint32_t cp = py_str_utf8_next(s, len, &pos);
        if (!py_str_unicode_islinebreak(cp)) continue;
        if (cp == '\r' && pos < len && s[pos] == '\n') pos++;   // \r\n is one break
        append_piece(vm, list, self, start, keepends ? pos : brk);
        start = pos;
    }
    if (start < len) append_piece(vm, list, self, start, len);
    return list;
}

// ---- partition --------------------------------------------------------------------

static py_val_t partition_impl(py_vm_t *vm, const py_val_t *args, const char *name, bool rev) {
    py_val_t self = args[0], sep = args[1];
    py_str_check_self(vm, self, name);
    py_str_need(vm, sep, name, 0);
    if (py_str_len(sep) == 0) py_raise_value_error(vm, "empty separator");
    const char *s = py_str_bytes(self);
    size_t len = py_str_len(self), n = py_str_len(sep);
    ptrdiff_t at = rev ? py_str_rfind_bytes(s, len, py_str_bytes(sep), n)
                       : py_str_find_bytes(s, len, py_str_bytes(sep), n);
    py_val_t empty = py_name(vm, PY_NAME_empty), parts[3];
    if (at < 0) {
        parts[0] = rev ? empty : self;
        parts[1] = empty;
        parts[2] = rev ? self : empty;
    } else {
        parts[0] = py_str_slice_bytes(vm, self, 0, (size_t)at);
        parts[1] = sep;
        parts[2] = py_str_slice_bytes(vm, self, (size_t)at + n, len - (size_t)at - n);
    }
    return py_tuple_new(vm, 3, parts);
}

PY_STR_METH(py_str_split_partition) {
    (void)nargs, (void)kwnames;
    return partition_impl(vm, args, "partition", false);
}

PY_STR_METH(py_str_split_rpartition) {
    (void)nargs, (void)kwnames;
    return partition_impl(vm, args, "rpartition", true);
}

// ---- join -------------------------------------------------------------------------------

// The items of [it] as a list or tuple, whose items stay put while we read them.
static py_val_t join_items(py_vm_t *vm, py_val_t it) {
    if (py_is_exact(vm, it, PY_T_list) || py_is_exact(vm, it, PY_T_tuple)) return it;
    py_type_t *t = py_type_of(vm, it);
    if (t->slots.iter == NULL && py_type_lookup(vm, t, py_name(vm, PY_NAME___iter__)) == PY_NULL
        && py_type_lookup(vm, t, py_name(vm, PY_NAME___getitem__)) == PY_NULL)
        py_raise_type_error(vm, "can only join an iterable");
    return py_list_from_iter(vm, it);
}

// The item array and count of a list or tuple (re-read after any allocation).
static const py_val_t *seq_items(py_vm_t *vm, py_val_t seq, size_t *n) {
    if (py_is_a(vm, seq, PY_T_list)) {
        *n = py_list_ptr(seq)->len;
        return py_list_ptr(seq)->items;
    }
    *n = py_tuple_ptr(seq)->len;
    return py_tuple_ptr(seq)->items;
}

PY_STR_METH(py_str_split_join) {
    (void)nargs, (void)kwnames;
    py_val_t self = args[0];
    py_str_check_self(vm, self, "join");
    py_val_t seq = join_items(vm, args[1]);
    size_t n, total = 0, chars = 0;
    const py_val_t *items = seq_items(vm, seq, &n);
    if (n == 1 && py_is_exact(vm, items[0], PY_T_str)) return items[0];
    bool ascii = py_str_ptr(self)->ascii;
    unsigned poll = PY_INTERRUPT_EVERY;
    for (size_t i = 0; i < n; i++) {
        py_interrupt_step(vm, &poll);   // nothing is half-built yet
        if (!py_is_str(vm, items[i]))
            py_raise_type_error(vm, "sequence item %zu: expected str instance, %T found", i,
                                items[i]);
        py_str_t *p = py_str_ptr(items[i]);
        total += p->len + (i ? py_str_len(self) : 0);
        chars += p->nchars + (i ? py_str_nchars(self) : 0);
        ascii = ascii && p->ascii;
    }
    py_str_t *r = py_str_alloc(vm, total);
    items = seq_items(vm, seq, &n);
    char *out = r->data;
    for (size_t i = 0; i < n; i++) {
        py_interrupt_step(vm, &poll);   // r is not yet visible: dropping it is safe
        if (i) memcpy(out, py_str_bytes(self), py_str_len(self)), out += py_str_len(self);
        memcpy(out, py_str_bytes(items[i]), py_str_len(items[i]));
        out += py_str_len(items[i]);
    }
    if (total <= 1) return py_str_finish(vm, r);
    r->nchars = chars;
    r->ascii = ascii;
    return py_from_obj(r);
}

// ---- expandtabs ------------------------------------------------------------------------

static const char *const expandtabs_names[] = {"tabsize"};

PY_STR_METH(py_str_split_expandtabs) {
    py_val_t self = args[0], tabarg;
    py_str_check_self(vm, self, "expandtabs");
    py_str_parse_args(vm, "expandtabs", nargs - 1, args + 1, kwnames, expandtabs_names, 1,
                      &tabarg);
    int64_t tab = tabarg == PY_NULL ? 8 : py_str_c_int_arg(vm, tabarg);
    const char *s = py_str_bytes(self);
    size_t len = py_str_len(self), col = 0;
    if (memchr(s, '\t', len) == NULL) return py_str_exact(vm, self);
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (size_t pos = 0; pos < len;) {
        size_t start = pos;
        uint32_t cp = py_str_utf8_next(s, len, &pos);
        if (cp == '\t') {
            size_t pad = tab > 0 ? (size_t)tab - col % (size_t)tab : 0;
            py_str_pad(vm, &b, ' ', pad);
            col += pad;
            continue;
        }
        py_strbuf_add(vm, &b, s + start, pos - start);
        col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
    }
    return py_strbuf_finish(vm, &b);
}
