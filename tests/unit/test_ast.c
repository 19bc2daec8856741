// tests/unit/test_ast.c: the parse arena (vm/ast.c): alignment, zeroing, strndup,
// many chunks, big blocks, the byte limit, and freeing. No VM needed.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "ast.h"

static py_arena_t arena;

static void setup(void) { py_arena_init(&arena); }
static void teardown(void) { py_arena_free(&arena); }

TestSuite(ast, .init = setup, .fini = teardown);

Test(ast, init_is_empty) {
    cr_assert_null(arena.chunk);
    cr_assert_eq(arena.used, 0);
    cr_assert_eq(arena.total, 0);
    cr_assert_eq(arena.limit, 0);
}

Test(ast, allocations_are_aligned_and_zeroed) {
    for (size_t n = 0; n < 100; n++) {
        unsigned char *p = py_arena_alloc(&arena, n);
        cr_assert_not_null(p);
        cr_assert_eq((uintptr_t)p % _Alignof(max_align_t), 0, "size %zu misaligned", n);
        for (size_t i = 0; i < n; i++) cr_assert_eq(p[i], 0);
        memset(p, 0xab, n);   // dirty it: the next allocations must still come zeroed
    }
}

Test(ast, allocations_do_not_overlap) {
    char *a = py_arena_alloc(&arena, 10);
    char *b = py_arena_alloc(&arena, 10);
    cr_assert_not_null(a);
    cr_assert_not_null(b);
    cr_assert(b >= a + 10 || a >= b + 10);
    memset(a, 1, 10);
    memset(b, 2, 10);
    cr_assert_eq(a[9], 1);
    cr_assert_eq(b[0], 2);
}

Test(ast, zero_size_gets_distinct_pointers) {
    void *a = py_arena_alloc(&arena, 0), *b = py_arena_alloc(&arena, 0);
    cr_assert_not_null(a);
    cr_assert_neq(a, b);
}

Test(ast, strndup_copies_and_terminates) {
    const char src[] = "hello world";
    char *s = py_arena_strndup(&arena, src, 5);
    cr_assert_str_eq(s, "hello");
    cr_assert_neq(s, src);
    char *e = py_arena_strndup(&arena, "", 0);
    cr_assert_str_eq(e, "");
    char *n = py_arena_strndup(&arena, "a\0b", 3);   // embedded NULs are copied as bytes
    cr_assert_eq(memcmp(n, "a\0b\0", 4), 0);
    cr_assert_null(py_arena_strndup(&arena, src, SIZE_MAX));
}

Test(ast, many_chunks_keep_earlier_data) {
    enum { N = 20000 };
    static int *ptrs[N];
    for (int i = 0; i < N; i++) {
        ptrs[i] = py_arena_alloc(&arena, 40);
        cr_assert_not_null(ptrs[i]);
        *ptrs[i] = i;
    }
    for (int i = 0; i < N; i++) cr_assert_eq(*ptrs[i], i);
    cr_assert_gt(arena.total, (size_t)64 * 1024, "more than one chunk was made");
}

Test(ast, big_block_bigger_than_a_chunk) {
    char *small = py_arena_alloc(&arena, 16);
    size_t big_size = (size_t)1 << 20;
    char *big = py_arena_alloc(&arena, big_size);
    cr_assert_not_null(big);
    memset(big, 7, big_size);
    cr_assert_eq(big[big_size - 1], 7);
    cr_assert_eq((uintptr_t)big % _Alignof(max_align_t), 0);
    cr_assert_geq(arena.total, big_size);
    char *after = py_arena_alloc(&arena, 16);
    cr_assert_not_null(after);
    cr_assert(after < big || after >= big + big_size);
    cr_assert_eq(small[0], 0);
}

Test(ast, huge_request_fails_cleanly) {
    cr_assert_null(py_arena_alloc(&arena, SIZE_MAX));
    cr_assert_null(py_arena_alloc(&arena, SIZE_MAX - 8));
    cr_assert_not_null(py_arena_alloc(&arena, 8), "the arena still works");
}

Test(ast, limit_caps_total_bytes) {
    arena.limit = 100 * 1024;
    cr_assert_not_null(py_arena_alloc(&arena, 1000), "the first 64 KiB chunk fits");
    cr_assert_null(py_arena_alloc(&arena, 80 * 1024), "a second chunk would pass the limit");
    cr_assert_leq(arena.total, arena.limit);
    cr_assert_not_null(py_arena_alloc(&arena, 1000), "room left in the first chunk");
}

Test(ast, free_releases_and_allows_reuse) {
    for (int i = 0; i < 5000; i++) py_arena_alloc(&arena, 100);
    py_arena_free(&arena);
    cr_assert_null(arena.chunk);
    cr_assert_eq(arena.total, 0);
    cr_assert_eq(arena.used, 0);
    py_arena_init(&arena);
    char *s = py_arena_strndup(&arena, "again", 5);
    cr_assert_str_eq(s, "again");
}

Test(ast, free_of_an_empty_arena) {
    py_arena_free(&arena);
    py_arena_free(&arena);
    cr_assert_null(arena.chunk);
}
