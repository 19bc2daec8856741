// mods/hash.h: the digest algorithms behind hashlib (MD5, SHA-1, SHA-224/256).
// Layer: library modules; plain C on bytes, no objects, never raises or allocates.
// SPDX-License-Identifier: MIT
//
// All of them are Merkle-Damgard constructions over 64-byte blocks with eight
// or fewer 32-bit words of state, so one description fits each and the
// buffering, padding and length encoding are shared (py_hash_update/final).

#ifndef PY_HASH_H
#define PY_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PY_HASH_BLOCK 64     // bytes per block for every algorithm here
#define PY_HASH_MAX_DIGEST 32

typedef struct py_hash_algo {
    const char *name;        // hashlib's name: "md5", "sha1", "sha224", "sha256"
    size_t digest_size;      // bytes of digest: a prefix of the final state words
    bool big_endian;         // the SHA family stores words and the length big-endian
    uint32_t iv[8];          // the initial state
    // Mixes one 64-byte block into [state].
    void (*compress)(uint32_t state[8], const uint8_t block[PY_HASH_BLOCK]);
} py_hash_algo_t;

// A running digest: [count] bytes hashed so far, the last count % 64 of
// them waiting in [pending].
typedef struct py_hash_ctx {
    const py_hash_algo_t *algo;
    uint32_t state[8];
    uint64_t count;
    uint8_t pending[PY_HASH_BLOCK];
} py_hash_ctx_t;

extern const py_hash_algo_t py_hash_md5;      // RFC 1321
extern const py_hash_algo_t py_hash_sha1;     // FIPS 180-4 section 6.1
extern const py_hash_algo_t py_hash_sha224;   // FIPS 180-4 section 6.3
extern const py_hash_algo_t py_hash_sha256;   // FIPS 180-4 section 6.2

// Starts [ctx] for [algo].
void py_hash_init(py_hash_ctx_t *ctx, const py_hash_algo_t *algo);
// Adds [len] bytes of [data].
void py_hash_update(py_hash_ctx_t *ctx, const uint8_t *data, size_t len);
// Writes the digest of everything added so far to [out] (algo->digest_size
// bytes) without changing [ctx], so hashing may continue.
void py_hash_final(const py_hash_ctx_t *ctx, uint8_t *out);

// Big- and little-endian 32-bit loads for the compress functions.
static inline uint32_t py_hash_load_be(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline uint32_t py_hash_load_le(const uint8_t *p) {
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}
static inline uint32_t py_hash_rotl(uint32_t x, unsigned n) {
    return (x << n) | (x >> ((32 - n) & 31));
}

#endif
