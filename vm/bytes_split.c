// vm/bytes_split.c: the splitting, joining and trimming methods bytes and
// bytearray share: split, rsplit, splitlines, partition, rpartition, join,
// strip, lstrip, rstrip, expandtabs. Layer: vm core (types), over the buffer protocol.
// SPDX-License-Identifier: MIT
//
// Each works on a snapshot of self (py_bytes_snapshot: self itself for a
// bytes), whose data stays put while the pieces are allocated.

#include "interrupt.h"
#include "bytes_internal.h"
#include "obj_list.h"
#include "obj_tuple.h"
#include "gc.h"
#include "except.h"
#include "runtime.h"

// The ASCII whitespace of bytes methods: space \t \n \r \v \f.
static bool is_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The piece [off, off+len) of snapshot [s] as [self]'s kind, appended to [list].
static void add_piece(py_vm_t *vm, py_val_t list, py_val_t self, py_val_t s, size_t off, size_t len) {
    if ((py_list_ptr(list)->len & (PY_INTERRUPT_EVERY - 1)) == 0) py_interrupt_check(vm);   // list is consistent
    py_list_append(vm, list, py_bytes_like_slice(vm, self, s, off, len));
}

// ---- split, rsplit ---------------------------------------------------------------------

static const char *const split_names[] = {"sep", "maxsplit"};

// Reverses the items of [list] in place (rsplit collects its pieces last first).
static void reverse_items(py_val_t list) {
    py_val_t *it = py_list_ptr(list)->items;
    for (size_t i = 0, j = py_list_ptr(list)->len; i + 1 < j; i++, j--) {
        py_val_t t = it[i];
        it[i] = it[j - 1];
        it[j - 1] = t;
    }
}

// split(None): runs of whitespace separate, and leading and trailing runs
// give nothing; once [max] splits are made the rest is one piece, as it is.
static void split_ws(py_vm_t *vm, py_val_t list, py_val_t self, py_val_t s, int64_t max) {
    const uint8_t *d = py_bytes_ptr(s)->data;
    size_t len = py_bytes_ptr(s)->len, i = 0;
    for (;; max--) {
        while (i < len && is_space(d[i])) i++;
        if (i == len) return;
        size_t j = i;
        if (max == 0) j = len;
        while (j < len && !is_space(d[j])) j++;
        add_piece(vm, list, self, s, i, j - i);
        i = j;
    }
}

static void rsplit_ws(py_vm_t *vm, py_val_t list, py_val_t self, py_val_t s, int64_t max) {
    const uint8_t *d = py_bytes_ptr(s)->data;
    size_t i = py_bytes_ptr(s)->len;
    for (;; max--) {
        while (i > 0 && is_space(d[i - 1])) i--;
        if (i == 0) break;
        size_t j = i;
        if (max == 0) j = 0;
        while (j > 0 && !is_space(d[j - 1])) j--;
        add_piece(vm, list, self, s, j, i - j);
        i = j;
    }
    reverse_items(list);
}

static void split_sep(py_vm_t *vm, py_val_t list, py_val_t self, py_val_t s, py_val_t sep,
                      int64_t max, bool reverse) {
    const char *d = (const char *)py_bytes_ptr(s)->data, *n = (const char *)py_bytes_ptr(sep)->data;
    size_t len = py_bytes_ptr(s)->len, nl = py_bytes_ptr(sep)->len;
    if (!reverse) {
        size_t pos = 0;
        for (ptrdiff_t at; max != 0 && (at = py_str_find_poll(vm, d + pos, len - pos, n, nl)) >= 0; max--) {
            add_piece(vm, list, self, s, pos, (size_t)at);
            pos += (size_t)at + nl;
        }
        add_piece(vm, list, self, s, pos, len - pos);
        return;
    }
    size_t end = len;
    for (ptrdiff_t at; max != 0 && (at = py_str_rfind_poll(vm, d, end, n, nl)) >= 0; max--) {
        add_piece(vm, list, self, s, (size_t)at + nl, end - (size_t)at - nl);
        end = (size_t)at;
    }
    add_piece(vm, list, self, s, 0, end);
    reverse_items(list);
}

static py_val_t split_impl(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames,
                           bool reverse) {
    py_val_t a[2];
    py_str_parse_args(vm, reverse ? "rsplit" : "split", nargs - 1, args + 1, kwnames, split_names, 2, a);
    int64_t max = a[1] == PY_NULL ? -1 : py_bytes_ssize_arg(vm, a[1]);
    if (max < 0) max = -1;
    py_val_t sep = a[0] == PY_NULL || a[0] == PY_NONE ? PY_NULL : py_bytes_snapshot(vm, a[0]);
    if (sep != PY_NULL && py_bytes_ptr(sep)->len == 0) py_raise_value_error(vm, "empty separator");
    py_val_t s = py_bytes_snapshot(vm, args[0]);
    py_val_t list = py_list_new(vm, 0, NULL);
    if (sep != PY_NULL) split_sep(vm, list, args[0], s, sep, max, reverse);
    else if (reverse) rsplit_ws(vm, list, args[0], s, max);
    else split_ws(vm, list, args[0], s, max);
    return list;
}

PY_BYTES_METH(py_bytes_split_split) { return split_impl(vm, nargs, args, kwnames, false); }
PY_BYTES_METH(py_bytes_split_rsplit) { return split_impl(vm, nargs, args, kwnames, true); }

// ---- splitlines -------------------------------------------------------------------------

static const char *const splitlines_names[] = {"keepends"};

PY_BYTES_METH(py_bytes_split_splitlines) {
    py_val_t keep;
    py_str_parse_args(vm, "splitlines", nargs - 1, args + 1, kwnames, splitlines_names, 1, &keep);
    bool keepends = keep != PY_NULL && py_truthy(vm, keep);
    py_val_t s = py_bytes_snapshot(vm, args[0]);
    const uint8_t *d = py_bytes_ptr(s)->data;
    size_t len = py_bytes_ptr(s)->len;
    py_val_t list = py_list_new(vm, 0, NULL);
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && d[j] != '\n' && d[j] != '\r') j++;
        size_t eol = j;
        if (j < len) j += (d[j] == '\r' && j + 1 < len && d[j + 1] == '\n') ? 2 : 1;
        add_piece(vm, list, args[0], s, i, (keepends ? j : eol) - i);
        i = j;
    }
    return list;
}

// ---- partition, rpartition ---------------------------------------------------------------

static py_val_t partition(py_vm_t *vm, const py_val_t *args, bool reverse) {
    py_val_t sep = py_bytes_snapshot(vm, args[1]);
    size_t nl = py_bytes_ptr(sep)->len;
    if (nl == 0) py_raise_value_error(vm, "empty separator");
    py_val_t s = py_bytes_snapshot(vm, args[0]), self = args[0];
    const char *d = (const char *)py_bytes_ptr(s)->data;
    size_t len = py_bytes_ptr(s)->len;
    ptrdiff_t at = reverse ? py_str_rfind_bytes(d, len, (const char *)py_bytes_ptr(sep)->data, nl)
                           : py_str_find_bytes(d, len, (const char *)py_bytes_ptr(sep)->data, nl);
    py_val_t parts[3];
    if (at < 0) {
        parts[reverse ? 2 : 0] = py_bytes_like_slice(vm, self, s, 0, len);
        parts[1] = py_bytes_like_slice(vm, self, s, 0, 0);
        parts[reverse ? 0 : 2] = py_bytes_like_slice(vm, self, s, 0, 0);
    } else {
        parts[0] = py_bytes_like_slice(vm, self, s, 0, (size_t)at);
        // bytes hands back the separator object itself, as CPython's does
        parts[1] = py_bytes_is_mutable(vm, self) ? py_bytes_like_slice(vm, self, sep, 0, nl) : args[1];
        parts[2] = py_bytes_like_slice(vm, self, s, (size_t)at + nl, len - (size_t)at - nl);
    }
    return py_tuple_new(vm, 3, parts);
}

PY_BYTES_METH(py_bytes_split_partition) {
    (void)nargs, (void)kwnames;
    return partition(vm, args, false);
}

PY_BYTES_METH(py_bytes_split_rpartition) {
    (void)nargs, (void)kwnames;
    return partition(vm, args, true);
}

// ---- join ---------------------------------------------------------------------------------

PY_BYTES_METH(py_bytes_split_join) {
    (void)nargs, (void)kwnames;
    py_type_t *t = py_type_of(vm, args[1]);
    if (!t->slots.iter && !t->slots.getitem && py_type_lookup(vm, t, py_name(vm, PY_NAME___iter__)) == PY_NULL)
        py_raise_type_error(vm, "can only join an iterable");
    py_val_t items = py_list_from_iter(vm, args[1]);
    py_buffer_t v;
    size_t total = 0, n = py_list_ptr(items)->len, sl;
    py_bytes_view(vm, args[0], &v);
    sl = v.len;
    unsigned poll = PY_INTERRUPT_EVERY;
    for (size_t i = 0; i < n; i++) {
        py_interrupt_step(vm, &poll);
        py_val_t x = py_list_ptr(items)->items[i];
        if (py_is_a(vm, x, PY_T_memoryview)) py_list_ptr(items)->items[i] = x = py_memoryview_tobytes(vm, x);
        if (!py_buffer_get(vm, x, &v, false))
            py_raise_type_error(vm, "sequence item %zu: expected a bytes-like object, %T found", i, x);
        if (v.len > SIZE_MAX / 4 - total || sl > SIZE_MAX / 4 - total - v.len) py_raise_memory_error(vm);
        total += v.len + (i ? sl : 0);
    }
    uint8_t *out;
    py_val_t r = py_bytes_like_new(vm, args[0], total, &out);
    py_buffer_t sv;
    py_bytes_view(vm, args[0], &sv);
    for (size_t i = 0; i < n && total; i++) {   // no Python code runs here: the views stay valid
        py_interrupt_step(vm, &poll);   // nor on a Ctrl-C: r is not yet visible
        if (i) memcpy(out, sv.data, sl), out += sl;
        py_bytes_view(vm, py_list_ptr(items)->items[i], &v);
        if (v.len) memcpy(out, v.data, v.len);
        out += v.len;
    }
    return r;
}

// ---- strip, lstrip, rstrip ----------------------------------------------------------------

static py_val_t strip(py_vm_t *vm, size_t nargs, const py_val_t *args, bool left, bool right) {
    py_val_t chars = nargs > 1 && args[1] != PY_NONE ? py_bytes_snapshot(vm, args[1]) : PY_NULL;
    py_buffer_t h;
    py_bytes_view(vm, args[0], &h);
    size_t a = 0, z = h.len;
    const uint8_t *cs = chars == PY_NULL ? NULL : py_bytes_ptr(chars)->data;
    size_t cl = chars == PY_NULL ? 0 : py_bytes_ptr(chars)->len;
#define STRIPPED(c) (cs ? (cl && memchr(cs, (c), cl) != NULL) : is_space(c))
    while (left && a < z && STRIPPED(h.data[a])) a++;
    while (right && z > a && STRIPPED(h.data[z - 1])) z--;
#undef STRIPPED
    return py_bytes_like_slice(vm, args[0], args[0], a, z - a);
}

PY_BYTES_METH(py_bytes_split_strip) {
    (void)kwnames;
    return strip(vm, nargs, args, true, true);
}

PY_BYTES_METH(py_bytes_split_lstrip) {
    (void)kwnames;
    return strip(vm, nargs, args, true, false);
}

PY_BYTES_METH(py_bytes_split_rstrip) {
    (void)kwnames;
    return strip(vm, nargs, args, false, true);
}

// ---- expandtabs ------------------------------------------------------------------------

static const char *const expandtabs_names[] = {"tabsize"};

PY_BYTES_METH(py_bytes_split_expandtabs) {
    py_val_t ts;
    py_str_parse_args(vm, "expandtabs", nargs - 1, args + 1, kwnames, expandtabs_names, 1, &ts);
    int64_t tab = ts == PY_NULL ? 8 : py_bytes_ssize_arg(vm, ts);
    py_val_t s = py_bytes_snapshot(vm, args[0]);
    const uint8_t *d = py_bytes_ptr(s)->data;
    size_t len = py_bytes_ptr(s)->len, col = 0;
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (size_t i = 0; i < len; i++) {
        if (d[i] == '\t') {
            if (tab > 0) {
                size_t n = (size_t)tab - col % (size_t)tab;
                py_str_pad(vm, &b, ' ', n);
                col += n;
            }
            continue;
        }
        py_strbuf_add_char(vm, &b, (char)d[i]);
        col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1;
    }
    return py_bytes_like_from_buf(vm, args[0], &b);
}
