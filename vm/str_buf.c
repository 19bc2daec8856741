// vm/str_buf.c: py_strbuf_t, the growable byte buffer that str results are built in.
// Layer: vm core (types). Storage is a GC byte block: a buffer held only in a C
// local stays alive through the conservative stack scan, and an abandoned
// one (a raise unwound its builder) is simply swept.
// SPDX-License-Identifier: MIT

#include "obj_str.h"
#include "gc.h"
#include "except.h"
#include "runtime.h"
#include "str_internal.h"

// 32 bytes: most built strings (numbers, names, short messages) fit without regrowing.
#define STRBUF_MIN_CAP 32

void py_strbuf_init(py_strbuf_t *b) {
    b->data = NULL;
    b->len = b->cap = 0;
}

// Makes room for [extra] more bytes, doubling so appends are amortised O(1).
void py_strbuf_reserve(py_vm_t *vm, py_strbuf_t *b, size_t extra) {
    if (extra <= b->cap - b->len) return;
    if (extra > SIZE_MAX / 4 - b->len) py_raise_memory_error(vm);
    size_t cap = b->cap * 2;
    if (cap < b->len + extra) cap = b->len + extra;
    if (cap < STRBUF_MIN_CAP) cap = STRBUF_MIN_CAP;
    b->data = py_gc_resize(vm, b->data, cap);
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

py_val_t py_strbuf_finish(py_vm_t *vm, py_strbuf_t *b) {
    py_str_t *s = py_str_alloc(vm, b->len);
    if (b->len) memcpy(s->data, b->data, b->len);
    if (b->data) py_gc_release(vm, b->data);
    py_strbuf_init(b);
    return py_str_finish(vm, s);
}
