// tests/unit/test_str_layout.c: the compact str header (vm/obj.h) and the word-at-a-time hash (vm/obj_str.c).
// Layer: tests (Criterion). Sizes short strs take, the 32-bit length limit, and
// the hash's contract (never 0 or -1, equal for equal text, spread in the low bits).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdio.h>
#include "except.h"
#include "gc.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "str_internal.h"
#include "unit_vm.h"

TestSuite(str_layout, .init = unit_vm_setup, .fini = unit_vm_teardown);

// The GC hands out 16-byte blocks: the header decides how many a short str takes.
static size_t blocks_bytes(size_t len) { return (PY_STR_HEAD + len + 1 + 15) / 16 * 16; }

Test(str_layout, eight_bytes_of_text_fit_in_32_bytes) {
    if (sizeof(void *) == 8) cr_assert_eq(PY_STR_HEAD, 23);
    cr_assert_eq(blocks_bytes(8), 32, "header %zu", (size_t)PY_STR_HEAD);
    // A shared str (a + b) is a header and a pointer to its buffer's bytes.
    cr_assert_leq(PY_STR_SHARED_AT + sizeof(char *), 32);
    cr_assert_eq(PY_STR_SHARED_AT % sizeof(char *), 0);
}

// py_str_alloc for [len] as a thunk for py_pcall.
static size_t alloc_len;
static void do_alloc(py_vm_t *v, void *arg) {
    (void)arg;
    py_str_alloc(v, alloc_len);
}

Test(str_layout, texts_over_32_bit_lengths_are_a_memory_error) {
    if (SIZE_MAX <= UINT32_MAX) return;   // a 32-bit host cannot even ask
    alloc_len = PY_STR_MAX_LEN + 1;
    cr_assert_eq(py_pcall(vm, do_alloc, NULL), 1, "did not raise");
    cr_assert(py_exc_is(vm, vm->exc, PY_EXC_MemoryError), "wrong exception type");
    vm->exc = PY_NULL;
    alloc_len = 3;
    cr_assert_eq(py_pcall(vm, do_alloc, NULL), 0, "a short str after the error");
}

Test(str_layout, hash_is_never_0_or_minus_1_and_is_cached) {
    char buf[64];
    for (int i = 0; i < 20000; i++) {
        int n = snprintf(buf, sizeof buf, "k%d", i);
        py_hash_t h = py_str_hash_bytes(buf, (size_t)n);
        cr_assert(h != 0 && h != -1);
        // Never address-like (the start-up image's audit): 01 on top of the
        // 32 bits, and on 64-bit hosts the same bits again in the high half.
        cr_assert_eq((uint32_t)h >> 30, 1u, "%s: %jx", buf, (uintmax_t)h);
        if (sizeof h == 8) cr_assert_eq((uint64_t)h >> 32, (uint64_t)(uint32_t)h);
    }
    py_val_t s = py_str_new(vm, "some words", 10);
    cr_assert_eq(py_str_ptr(s)->hash, 0, "not computed yet");
    py_hash_t h = py_str_hash(s);
    cr_assert_eq(h, py_str_hash_bytes("some words", 10));
    cr_assert_eq(py_str_stored_hash(py_str_ptr(s)), h, "cached in the header");
    cr_assert_eq(py_str_hash(py_str_intern(vm, "some words", 10)), h, "interned: the same hash");
}

Test(str_layout, every_byte_moves_the_hash) {
    // For each length up to 40, changing any one byte to any other value
    // changes the hash: the overlapping reads and the tail cover every byte.
    char buf[41];
    for (size_t len = 1; len <= 40; len++) {
        memset(buf, 'a', len);
        py_hash_t base = py_str_hash_bytes(buf, len);
        for (size_t i = 0; i < len; i++) {
            for (int c = 'b'; c <= 'z'; c += 3) {
                buf[i] = (char)c;
                cr_assert_neq(py_str_hash_bytes(buf, len), base, "len %zu byte %zu", len, i);
            }
            buf[i] = 'a';
        }
        cr_assert_neq(py_str_hash_bytes(buf, len - 1), base, "length %zu", len);
    }
}

Test(str_layout, low_bits_spread_like_random_ones) {
    // Tables index by the low bits: 4096 keys in 4096 buckets leave about
    // 1/e of them empty when the bits look random (2589 used on average).
    // Keys that differ in their last byte only, or in a byte past the
    // first word, must spread as well.
    static uint8_t used[4096];
    const char *forms[] = {"key%d", "%07d", "prefix_%d_suffix", "abcdefg%c%d"};
    for (size_t f = 0; f < 4; f++) {
        memset(used, 0, sizeof used);
        size_t n = 0;
        for (int i = 0; i < 4096; i++) {
            char buf[64];
            int len = f == 3 ? snprintf(buf, sizeof buf, forms[f], 'A' + i % 26, i / 26)
                             : snprintf(buf, sizeof buf, forms[f], i);
            size_t b = (size_t)py_str_hash_bytes(buf, (size_t)len) & 4095;   // 12 of the 30 bits
            n += !used[b];
            used[b] = 1;
        }
        cr_assert_geq(n, 2450, "form %s: %zu buckets used", forms[f], n);
    }
}

// ---- py_strbuf_t's own bytes (vm/str_buf.c) ------------------------------------------------

Test(str_layout, short_builds_stay_in_the_builder) {
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (int i = 0; i < PY_STRBUF_LOCAL / 2; i++) py_strbuf_add_c(vm, &b, "ab");
    cr_assert_eq(b.data, b.local, "64 bytes: no GC block yet");
    py_gc_release(vm, b.data);   // what bytes builders do with a buffer: harmless here
    py_val_t s = py_strbuf_finish(vm, &b);
    cr_assert_eq(py_str_len(s), PY_STRBUF_LOCAL);
    cr_assert_eq(memcmp(py_str_bytes(s), "abab", 4), 0);
    cr_assert(py_str_ptr(s)->ascii);
    cr_assert(b.data == NULL && b.len == 0, "finish leaves the builder empty");
}

Test(str_layout, growing_past_the_builder_keeps_the_bytes) {
    py_strbuf_t b;
    py_strbuf_init(&b);
    char want[300];
    for (int i = 0; i < 300; i++) want[i] = (char)('a' + i % 26);
    for (int i = 0; i < 300; i++) {
        py_strbuf_add_char(vm, &b, want[i]);
        if (i % 50 == 0) py_gc_collect(vm);   // the builder's block is held by the C stack
    }
    cr_assert_neq(b.data, b.local);
    py_val_t s = py_strbuf_finish(vm, &b);
    cr_assert_eq(py_str_len(s), 300);
    cr_assert_eq(memcmp(py_str_bytes(s), want, 300), 0);
    // One add larger than the builder goes straight to a block.
    py_strbuf_t c = PY_STRBUF_EMPTY;
    py_strbuf_add(vm, &c, want, 100);
    cr_assert_neq(c.data, c.local);
    py_val_t t = py_strbuf_finish(vm, &c);
    cr_assert(py_str_len(t) == 100 && memcmp(py_str_bytes(t), want, 100) == 0);
}

Test(str_layout, a_builder_saved_and_stored_back_keeps_its_bytes) {
    // mods/json_encode.c formats a float key in its builder meanwhile.
    py_strbuf_t b;
    py_strbuf_init(&b);
    py_strbuf_add_c(vm, &b, "outer");
    py_strbuf_t saved = b;
    py_strbuf_init(&b);
    py_strbuf_add_c(vm, &b, "inner text");
    py_val_t inner = py_strbuf_finish(vm, &b);
    b = saved;
    py_strbuf_add_c(vm, &b, "+more");
    cr_assert(py_str_eq_c(inner, "inner text"));
    cr_assert(py_str_eq_c(py_strbuf_finish(vm, &b), "outer+more"));
}
