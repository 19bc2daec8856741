// vm/str_buf.c: the buffers strs are built in: py_strbuf_t, growable, for str
// results, and append buffers, shared by the strs that a + b builds.
// Layer: vm core (types). A py_strbuf_t starts in its own struct, then uses a GC
// byte block: a buffer held only in a C local stays alive through the
// conservative stack scan, and an abandoned one (a raise unwound its builder) is
// simply swept.
// SPDX-License-Identifier: MIT

#include "obj_str.h"
#include "gc.h"
#include "except.h"
#include "runtime.h"
#include "str_internal.h"

void py_strbuf_init(py_strbuf_t *b) {
    b->data = NULL;
    b->len = b->cap = 0;
}

// Makes room for [extra] more bytes, doubling so appends are amortised O(1).
// The first bytes go in the struct; past them, a GC block takes over.
void py_strbuf_reserve(py_vm_t *vm, py_strbuf_t *b, size_t extra) {
    if (extra <= b->cap - b->len) return;
    if (extra > SIZE_MAX / 4 - b->len) py_raise_memory_error(vm);
    if (b->data == NULL && extra <= PY_STRBUF_LOCAL) {
        b->data = b->local;
        b->cap = PY_STRBUF_LOCAL;
        return;
    }
    size_t cap = b->cap * 2;
    if (cap < b->len + extra) cap = b->len + extra;
    if (b->data == b->local) {
        char *block = py_gc_resize(vm, NULL, cap);
        memcpy(block, b->local, b->len);
        b->data = block;
    } else {
        b->data = py_gc_resize(vm, b->data, cap);
    }
    b->cap = cap;
}

void py_strbuf_add(py_vm_t *vm, py_strbuf_t *b, const char *s, size_t len) {
    if (len == 0) return;
    py_strbuf_reserve(vm, b, len);
    memcpy(b->data + b->len, s, len);
    b->len += len;
}

void py_strbuf_add_c(py_vm_t *vm, py_strbuf_t *b, const char *s) {
    py_strbuf_add(vm, b, s, strlen(s));
}

void py_strbuf_add_char(py_vm_t *vm, py_strbuf_t *b, char c) {
    py_strbuf_reserve(vm, b, 1);
    b->data[b->len++] = c;
}

void py_strbuf_add_val(py_vm_t *vm, py_strbuf_t *b, py_val_t v, bool repr) {
    py_val_t s = repr ? py_repr(vm, v) : py_str_of(vm, v);
    py_strbuf_add(vm, b, py_str_bytes(s), py_str_len(s));
}

// Results up to this many bytes are staged on the C stack, so the buffer
// goes back before the str is made (see py_strbuf_finish).
#define STRBUF_STAGE 256

py_val_t py_strbuf_finish(py_vm_t *vm, py_strbuf_t *b) {
    size_t len = b->len;
    if (b->data == NULL || b->data == b->local) {
        // The bytes are in the struct, not the heap: the str is the one allocation.
        py_str_t *s = py_str_alloc(vm, len);
        if (len) memcpy(s->data, b->local, len);
        py_strbuf_init(b);
        return py_str_finish(vm, s);
    }
    if (len <= STRBUF_STAGE) {
        // The buffer is usually the last allocation: released first, the
        // bump run takes it back and the str lands in its place, so a built
        // str leaves no garbage between the strs that survive (f-strings
        // appended to a list combed a fixed heap into holes too small for
        // the list's next array).
        char stage[STRBUF_STAGE];
        memcpy(stage, b->data, len);
        py_gc_release(vm, b->data);
        py_strbuf_init(b);
        py_str_t *s = py_str_alloc(vm, len);
        memcpy(s->data, stage, len);
        return py_str_finish(vm, s);
    }
    py_str_t *s = py_str_alloc(vm, len);
    memcpy(s->data, b->data, len);
    py_gc_release(vm, b->data);
    py_strbuf_init(b);
    return py_str_finish(vm, s);
}

// ---- append buffers -----------------------------------------------------------------

// The bytes of one or more shared strs, each of them a prefix: bytes below
// fill never change, so every str over the buffer stays what it was, and
// a + b may write past fill when a is the str that ends there. A
// PY_STR_END byte follows the fill mark. Buffers never move or shrink.
typedef struct append_buf {
    size_t cap;    // bytes of room in bytes[], the terminator's included
    size_t fill;   // bytes used by the longest str over the buffer
    char bytes[];
} append_buf_t;

// The buffer whose first bytes shared str [s] is.
static append_buf_t *buf_of(const py_str_t *s) {
    return (append_buf_t *)(void *)(py_str_text(s) - offsetof(append_buf_t, bytes));
}

// A new buffer holding the bytes of [a] and [b], with as many again to spare.
static append_buf_t *new_buf(py_vm_t *vm, py_val_t a, py_val_t b) {
    size_t alen = py_str_len(a), total = alen + py_str_len(b);
    size_t cap = total * 2 + 1;   // py_str_concat keeps total below SIZE_MAX / 2
    if (cap > SIZE_MAX - sizeof(append_buf_t)) py_raise_memory_error(vm);
    append_buf_t *buf = py_gc_new_bytes(vm, sizeof(append_buf_t) + cap);
    buf->cap = cap;
    memcpy(buf->bytes, py_str_bytes(a), alen);
    memcpy(buf->bytes + alen, py_str_bytes(b), total - alen);
    buf->fill = total;
    buf->bytes[total] = PY_STR_END;
    return buf;
}

py_val_t py_str_buf_concat(py_vm_t *vm, py_val_t a, py_val_t b) {
    // The header first: once it exists nothing below allocates, so the
    // in-place test and the append see the same buffer state.
    py_str_t *r = py_gc_new(vm, vm->types[PY_T_str], PY_STR_SHARED_AT + sizeof(char *));
    py_str_t *x = py_str_ptr(a), *y = py_str_ptr(b);
    size_t total = x->len + y->len;
    append_buf_t *buf = x->shared ? buf_of(x) : NULL;
    if (buf && buf->fill == x->len && buf->cap - buf->fill > y->len) {
        // [b] may lie in this very buffer, but below fill: no overlap.
        memcpy(buf->bytes + buf->fill, py_str_text(y), y->len);
        buf->fill = total;
        buf->bytes[total] = PY_STR_END;
    } else {
        buf = new_buf(vm, a, b);   // r, not yet filled, is an empty plain str meanwhile
    }
    r->len = total;
    r->nchars = x->nchars + y->nchars;
    r->ascii = x->ascii && y->ascii;
    const char *bytes = buf->bytes;
    memcpy((char *)r + PY_STR_SHARED_AT, &bytes, sizeof bytes);
    r->shared = 1;
    return py_from_obj(r);
}

void py_str_buf_mark(py_vm_t *vm, py_obj_t *o) {
    py_str_t *s = (py_str_t *)o;
    if (s->shared) py_gc_mark_ptr(vm, buf_of(s));
}
