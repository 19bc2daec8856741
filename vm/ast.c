// vm/ast.c: the bump arena that holds one parse tree.
// Layer: vm front end (parser support); plain malloc, never the GC heap.
// SPDX-License-Identifier: MIT

#include "ast.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// 64 KiB chunks: big enough that a typical module needs a handful of mallocs,
// small enough that parsing a one-line REPL input stays cheap.
#define CHUNK_SIZE ((size_t)64 * 1024)

// Every allocation is rounded to this so any node type is suitably aligned.
#define ALIGN (sizeof(max_align_t))

struct py_arena_chunk {
    py_arena_chunk_t *next;
    size_t size; // usable bytes after the header
    max_align_t data[];
};

void py_arena_init(py_arena_t *a) {
    a->chunk = NULL;
    a->used = 0;
    a->total = 0;
    a->limit = 0;
}

// Starts a new chunk that can hold at least [n] bytes; 0 on failure.
static int grow(py_arena_t *a, size_t n) {
    size_t size = n > CHUNK_SIZE ? n : CHUNK_SIZE;
    if (a->limit && (a->total + size > a->limit || size > a->limit))
        return 0;
    // ALIGN spare bytes: malloc's own alignment may be smaller than max_align_t's.
    py_arena_chunk_t *c = malloc(sizeof(py_arena_chunk_t) + size + ALIGN);
    if (!c)
        return 0;
    c->next = a->chunk;
    c->size = size;
    a->chunk = c;
    a->used = 0;
    a->total += size;
    return 1;
}

void *py_arena_alloc(py_arena_t *a, size_t n) {
    if (n > SIZE_MAX - 2 * ALIGN)
        return NULL;
    n = (n + ALIGN - 1) / ALIGN * ALIGN;
    if (n == 0)
        n = ALIGN;
    if ((!a->chunk || a->chunk->size - a->used < n) && !grow(a, n))
        return NULL;
    char *base = (char *)a->chunk->data;
    size_t pad = (ALIGN - (uintptr_t)base % ALIGN) % ALIGN;
    char *p = base + pad + a->used;
    a->used += n;
    memset(p, 0, n);
    return p;
}

char *py_arena_strndup(py_arena_t *a, const char *s, size_t n) {
    if (n == SIZE_MAX)
        return NULL;
    char *d = py_arena_alloc(a, n + 1);
    if (!d)
        return NULL;
    if (n)
        memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void py_arena_free(py_arena_t *a) {
    py_arena_chunk_t *c = a->chunk;
    while (c) {
        py_arena_chunk_t *next = c->next;
        free(c);
        c = next;
    }
    a->chunk = NULL;
    a->used = 0;
    a->total = 0;
}
