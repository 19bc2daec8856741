// vm/bytes_search.c: the searching methods bytes and bytearray share: find,
// rfind, index, rindex, count, startswith, endswith, replace, removeprefix,
// removesuffix, and `in`. Layer: vm core (types), over the buffer protocol.
// SPDX-License-Identifier: MIT

#include "bytes_internal.h"
#include "interrupt.h"
#include "obj_tuple.h"
#include "obj_int.h"
#include "gc.h"
#include "except.h"
#include "runtime.h"

// True when [v] is an integer a search takes as one byte's value.
static bool is_int_like(py_vm_t *vm, py_val_t v) {
    if (py_is_int(vm, v) || py_is_bool(v)) return true;
    py_type_t *t = py_type_of(vm, v);
    return (t->flags & PY_TF_HEAPTYPE) && py_type_lookup(vm, t, py_name(vm, PY_NAME___index__)) != PY_NULL;
}

// The needle of find/count/index as a bytes object: a one-byte bytes for an
// int, a stable copy of any other buffer.
static py_val_t needle_arg(py_vm_t *vm, py_val_t v) {
    if (is_int_like(vm, v)) {
        uint8_t c = py_bytes_byte_arg(vm, v);
        return py_bytes_new(vm, &c, 1);
    }
    py_buffer_t view;
    if (!py_is_a(vm, v, PY_T_memoryview) && !py_buffer_get(vm, v, &view, false))
        py_raise_type_error(vm, "argument should be integer or bytes-like object, not '%T'", v);
    return py_bytes_snapshot(vm, v);
}

bool py_bytes_search_contains(py_vm_t *vm, py_val_t self, py_val_t item) {
    py_buffer_t h, view;
    if (is_int_like(vm, item)) {
        uint8_t c = py_bytes_byte_arg(vm, item);
        py_bytes_view(vm, self, &h);
        return h.len && memchr(h.data, c, h.len) != NULL;
    }
    if (!py_is_a(vm, item, PY_T_memoryview) && !py_buffer_get(vm, item, &view, false))
        py_raise_type_error(vm, "a bytes-like object is required, not '%T'", item);
    py_val_t n = py_bytes_snapshot(vm, item);
    py_bytes_view(vm, self, &h);
    return py_str_find_poll(vm, (const char *)h.data, h.len, (const char *)py_bytes_ptr(n)->data,
                            py_bytes_ptr(n)->len) >= 0;
}

// ---- find, rfind, index, rindex, count ---------------------------------------------------

typedef enum { FIND, RFIND, COUNT } search_kind_t;

// Non-overlapping occurrences of [n] in [h], as count() counts them.
static size_t count_in(py_vm_t *vm, const uint8_t *h, size_t hl, const uint8_t *n, size_t nl) {
    if (nl == 0) return hl + 1;
    size_t count = 0;
    unsigned poll = PY_INTERRUPT_EVERY;
    for (ptrdiff_t at; (at = py_str_find_poll(vm, (const char *)h, hl, (const char *)n, nl)) >= 0; count++) {
        py_interrupt_step(vm, &poll);
        h += (size_t)at + nl;
        hl -= (size_t)at + nl;
    }
    return count;
}

// The index found (or -1), or the count, for args (self, sub[, start[, end]]).
static ptrdiff_t search(py_vm_t *vm, search_kind_t kind, size_t nargs, const py_val_t *args) {
    py_val_t sub = needle_arg(vm, args[1]);
    py_buffer_t h;
    py_bytes_view(vm, args[0], &h);
    size_t a, z;
    bool ok = py_bytes_window(vm, h.len, nargs > 2 ? args[2] : PY_NULL, nargs > 3 ? args[3] : PY_NULL,
                              &a, &z);
    py_bytes_view(vm, args[0], &h);   // again: __index__ may have run Python code
    if (z > h.len) z = h.len;
    if (a > z) ok = false;
    const uint8_t *n = py_bytes_ptr(sub)->data;
    size_t nl = py_bytes_ptr(sub)->len;
    if (kind == COUNT) return ok ? (ptrdiff_t)count_in(vm, h.data + a, z - a, n, nl) : 0;
    if (!ok) return -1;
    const char *s = (const char *)h.data + a;
    ptrdiff_t at = kind == RFIND ? py_str_rfind_poll(vm, s, z - a, (const char *)n, nl)
                                 : py_str_find_poll(vm, s, z - a, (const char *)n, nl);
    return at < 0 ? -1 : at + (ptrdiff_t)a;
}

PY_BYTES_METH(py_bytes_search_find) {
    (void)kwnames;
    return py_small(search(vm, FIND, nargs, args));
}

PY_BYTES_METH(py_bytes_search_rfind) {
    (void)kwnames;
    return py_small(search(vm, RFIND, nargs, args));
}

PY_BYTES_METH(py_bytes_search_count) {
    (void)kwnames;
    return py_small(search(vm, COUNT, nargs, args));
}

PY_BYTES_METH(py_bytes_search_index) {
    (void)kwnames;
    ptrdiff_t at = search(vm, FIND, nargs, args);
    if (at < 0) py_raise_value_error(vm, "subsection not found");
    return py_small(at);
}

PY_BYTES_METH(py_bytes_search_rindex) {
    (void)kwnames;
    ptrdiff_t at = search(vm, RFIND, nargs, args);
    if (at < 0) py_raise_value_error(vm, "subsection not found");
    return py_small(at);
}

// ---- startswith, endswith ---------------------------------------------------------------

// Whether bytes-like [fix] matches [self]'s window [a, z) at its start or end.
static bool tail_match(py_vm_t *vm, py_val_t self, py_val_t fix, size_t a, size_t z, bool at_end) {
    py_val_t f = py_bytes_snapshot(vm, fix);
    py_buffer_t h;
    py_bytes_view(vm, self, &h);
    if (z > h.len) z = h.len;
    size_t fl = py_bytes_ptr(f)->len;
    if (a > z || z - a < fl) return false;
    size_t at = at_end ? z - fl : a;
    return memcmp(h.data + at, py_bytes_ptr(f)->data, fl) == 0;
}

static py_val_t starts_ends(py_vm_t *vm, size_t nargs, const py_val_t *args, bool at_end) {
    const char *name = at_end ? "endswith" : "startswith";
    py_val_t fix = args[1];
    py_buffer_t view;
    bool tuple = py_is_a(vm, fix, PY_T_tuple);
    if (!tuple && !py_is_a(vm, fix, PY_T_memoryview) && !py_buffer_get(vm, fix, &view, false))
        py_raise_type_error(vm, "%s first arg must be bytes or a tuple of bytes, not %T", name, fix);
    py_buffer_t h;
    py_bytes_view(vm, args[0], &h);
    size_t a, z;
    if (!py_bytes_window(vm, h.len, nargs > 2 ? args[2] : PY_NULL, nargs > 3 ? args[3] : PY_NULL,
                         &a, &z))
        return PY_FALSE;
    if (!tuple) return py_bool(tail_match(vm, args[0], fix, a, z, at_end));
    for (size_t i = 0; i < py_tuple_ptr(fix)->len; i++)
        if (tail_match(vm, args[0], py_tuple_ptr(fix)->items[i], a, z, at_end)) return PY_TRUE;
    return PY_FALSE;
}

PY_BYTES_METH(py_bytes_search_startswith) {
    (void)kwnames;
    return starts_ends(vm, nargs, args, false);
}

PY_BYTES_METH(py_bytes_search_endswith) {
    (void)kwnames;
    return starts_ends(vm, nargs, args, true);
}

// ---- replace ------------------------------------------------------------------------

// Appends [s] with up to [count] occurrences of [o] replaced by [r] to [b].
static void replace_into(py_vm_t *vm, py_strbuf_t *b, py_bytes_t *s, py_bytes_t *o, py_bytes_t *r,
                         int64_t count) {
    const char *h = (const char *)s->data, *rd = (const char *)r->data;
    size_t pos = 0, ol = o->len;
    if (ol == 0) {   // the new bytes go before every byte and at the end
        for (; count != 0 && pos <= s->len; count--, pos++) {
            py_strbuf_add(vm, b, rd, r->len);
            if (pos < s->len) py_strbuf_add_char(vm, b, h[pos]);
        }
        if (pos < s->len) py_strbuf_add(vm, b, h + pos, s->len - pos);
        return;
    }
    unsigned poll = PY_INTERRUPT_EVERY;
    for (; count != 0; count--) {
        py_interrupt_step(vm, &poll);   // b is not yet visible: dropping it is safe
        ptrdiff_t at = py_str_find_poll(vm, h + pos, s->len - pos, (const char *)o->data, ol);
        if (at < 0) break;
        py_strbuf_add(vm, b, h + pos, (size_t)at);
        py_strbuf_add(vm, b, rd, r->len);
        pos += (size_t)at + ol;
    }
    py_strbuf_add(vm, b, h + pos, s->len - pos);
}

PY_BYTES_METH(py_bytes_search_replace) {
    (void)kwnames;
    int64_t count = nargs > 3 ? py_bytes_ssize_arg(vm, args[3]) : -1;
    py_val_t o = py_bytes_snapshot(vm, args[1]), r = py_bytes_snapshot(vm, args[2]);
    py_val_t s = py_bytes_snapshot(vm, args[0]);
    if (count < 0) count = -1;
    py_strbuf_t b;
    py_strbuf_init(&b);
    replace_into(vm, &b, py_bytes_ptr(s), py_bytes_ptr(o), py_bytes_ptr(r), count);
    if (!py_bytes_is_mutable(vm, args[0]) && py_is_exact(vm, s, PY_T_bytes) && b.len == py_bytes_ptr(s)->len &&
        (b.len == 0 || memcmp(b.data, py_bytes_ptr(s)->data, b.len) == 0))
        return s;
    return py_bytes_like_from_buf(vm, args[0], &b);
}

// ---- removeprefix, removesuffix ---------------------------------------------------------

static py_val_t remove_fix(py_vm_t *vm, const py_val_t *args, bool suffix) {
    py_val_t fix = py_bytes_snapshot(vm, args[1]);
    py_buffer_t h;
    py_bytes_view(vm, args[0], &h);
    size_t fl = py_bytes_ptr(fix)->len, len = h.len;
    bool match = fl <= len && fl > 0 &&
                 memcmp(h.data + (suffix ? len - fl : 0), py_bytes_ptr(fix)->data, fl) == 0;
    if (!match) fl = 0;
    return py_bytes_like_slice(vm, args[0], args[0], suffix ? 0 : fl, len - fl);
}

PY_BYTES_METH(py_bytes_search_removeprefix) {
    (void)nargs, (void)kwnames;
    return remove_fix(vm, args, false);
}

PY_BYTES_METH(py_bytes_search_removesuffix) {
    (void)nargs, (void)kwnames;
    return remove_fix(vm, args, true);
}
