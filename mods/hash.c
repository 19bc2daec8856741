// mods/hash.c: the buffering, padding and length encoding that MD5 and the
// SHA family share (RFC 1321 3.1-3.2, FIPS 180-4 5.1.1). Layer: library modules.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "hash.h"

void py_hash_init(py_hash_ctx_t *ctx, const py_hash_algo_t *algo) {
    ctx->algo = algo;
    memcpy(ctx->state, algo->iv, sizeof ctx->state);
    ctx->count = 0;
}

void py_hash_update(py_hash_ctx_t *ctx, const uint8_t *data, size_t len) {
    size_t used = (size_t)(ctx->count % PY_HASH_BLOCK);
    ctx->count += len;
    if (used) {   // top up the pending partial block first
        size_t take = PY_HASH_BLOCK - used < len ? PY_HASH_BLOCK - used : len;
        memcpy(ctx->pending + used, data, take);
        data += take, len -= take, used += take;
        if (used < PY_HASH_BLOCK) return;
        ctx->algo->compress(ctx->state, ctx->pending);
    }
    for (; len >= PY_HASH_BLOCK; data += PY_HASH_BLOCK, len -= PY_HASH_BLOCK)
        ctx->algo->compress(ctx->state, data);
    memcpy(ctx->pending, data, len);
}

static void store_word(uint8_t *p, uint32_t w, bool big_endian) {
    for (int i = 0; i < 4; i++) p[big_endian ? 3 - i : i] = (uint8_t)(w >> (8 * i));
}

// Pads a copy: a 1 bit, zeros up to 56 mod 64, then the bit length in 64 bits.
void py_hash_final(const py_hash_ctx_t *ctx, uint8_t *out) {
    py_hash_ctx_t c = *ctx;
    uint64_t bits = c.count * 8;
    uint8_t tail[2 * PY_HASH_BLOCK] = {0x80};
    size_t used = (size_t)(c.count % PY_HASH_BLOCK);
    size_t padlen = (used < 56 ? 56 : 120) - used;
    for (int i = 0; i < 8; i++) {
        uint8_t byte = (uint8_t)(bits >> (8 * i));
        tail[padlen + (c.algo->big_endian ? 7 - i : i)] = byte;
    }
    py_hash_update(&c, tail, padlen + 8);
    for (size_t i = 0; i < c.algo->digest_size / 4; i++)
        store_word(out + 4 * i, c.state[i], c.algo->big_endian);
}
