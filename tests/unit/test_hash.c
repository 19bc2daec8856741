// tests/unit/test_hash.c: the digest algorithms behind hashlib (mods/hash*.c)
// on their own: published test vectors, chunked updates, non-destructive final.
// SPDX-License-Identifier: MIT
//
// The vectors are the FIPS 180-4 / RFC 1321 examples ("abc", the 448-bit
// message, a million 'a's) and the empty message.

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hash.h"

static void hex(const uint8_t *d, size_t n, char *out) {
    for (size_t i = 0; i < n; i++) sprintf(out + 2 * i, "%02x", d[i]);
}

// The hex digest of [len] bytes of [msg], fed in chunks of [chunk] bytes.
static void digest_hex(const py_hash_algo_t *algo, const uint8_t *msg, size_t len, size_t chunk,
                       char *out) {
    py_hash_ctx_t ctx;
    uint8_t d[PY_HASH_MAX_DIGEST];
    py_hash_init(&ctx, algo);
    for (size_t i = 0; i < len; i += chunk) py_hash_update(&ctx, msg + i, len - i < chunk ? len - i : chunk);
    py_hash_final(&ctx, d);
    hex(d, algo->digest_size, out);
}

static const char *const msgs[3] = {"", "abc",
                                    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"};

static void check(const py_hash_algo_t *algo, const char *const expect[4]) {
    char out[2 * PY_HASH_MAX_DIGEST + 1];
    for (int i = 0; i < 3; i++) {
        size_t len = strlen(msgs[i]);
        for (size_t chunk = 1; chunk <= 65; chunk += 16) {
            digest_hex(algo, (const uint8_t *)msgs[i], len, chunk, out);
            cr_expect_str_eq(out, expect[i], "%s of message %d in chunks of %zu", algo->name, i, chunk);
        }
    }
    size_t n = 1000000;
    uint8_t *a = malloc(n);
    memset(a, 'a', n);
    digest_hex(algo, a, n, 4097, out);
    cr_expect_str_eq(out, expect[3], "%s of a million 'a's", algo->name);
    free(a);
}

Test(hash, md5) {
    static const char *const e[4] = {"d41d8cd98f00b204e9800998ecf8427e", "900150983cd24fb0d6963f7d28e17f72",
                                     "8215ef0796a20bcaaae116d3876c664a", "7707d6ae4e027c70eea2a935c2296f21"};
    check(&py_hash_md5, e);
}

Test(hash, sha1) {
    static const char *const e[4] = {
        "da39a3ee5e6b4b0d3255bfef95601890afd80709", "a9993e364706816aba3e25717850c26c9cd0d89d",
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1", "34aa973cd4c4daa4f61eeb2bdbad27316534016f"};
    check(&py_hash_sha1, e);
}

Test(hash, sha224) {
    static const char *const e[4] = {
        "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f",
        "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
        "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525",
        "20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67"};
    check(&py_hash_sha224, e);
}

Test(hash, sha256) {
    static const char *const e[4] = {
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"};
    check(&py_hash_sha256, e);
}

// final() leaves the context as it was: hashing may continue after a digest.
Test(hash, final_is_not_destructive) {
    py_hash_ctx_t ctx;
    uint8_t d1[PY_HASH_MAX_DIGEST], d2[PY_HASH_MAX_DIGEST];
    char out[2 * PY_HASH_MAX_DIGEST + 1];
    py_hash_init(&ctx, &py_hash_sha256);
    py_hash_update(&ctx, (const uint8_t *)"ab", 2);
    py_hash_final(&ctx, d1);
    py_hash_final(&ctx, d2);
    cr_expect(memcmp(d1, d2, 32) == 0);
    py_hash_update(&ctx, (const uint8_t *)"c", 1);
    py_hash_final(&ctx, d1);
    hex(d1, 32, out);
    cr_expect_str_eq(out, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
