// mods/hash_sha1.c: the SHA-1 compression function and parameters (FIPS 180-4 6.1).
// Layer: library modules (a digest algorithm for hashlib, see hash.h).
// SPDX-License-Identifier: MIT

#include "hash.h"

static void sha1_compress(uint32_t state[8], const uint8_t block[PY_HASH_BLOCK]) {
    uint32_t w[80];
    for (int t = 0; t < 16; t++) w[t] = py_hash_load_be(block + 4 * t);
    for (int t = 16; t < 80; t++) w[t] = py_hash_rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
    for (int t = 0; t < 80; t++) {
        uint32_t f, k;
        if (t < 20) f = (b & c) ^ (~b & d), k = 0x5a827999u;           // Ch
        else if (t < 40) f = b ^ c ^ d, k = 0x6ed9eba1u;               // Parity
        else if (t < 60) f = (b & c) ^ (b & d) ^ (c & d), k = 0x8f1bbcdcu;   // Maj
        else f = b ^ c ^ d, k = 0xca62c1d6u;
        uint32_t tmp = py_hash_rotl(a, 5) + f + e + k + w[t];
        e = d;
        d = c;
        c = py_hash_rotl(b, 30);
        b = a;
        a = tmp;
    }
    state[0] += a, state[1] += b, state[2] += c, state[3] += d, state[4] += e;
}

const py_hash_algo_t py_hash_sha1 = {
    "sha1", 20, true,
    {0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u, 0xc3d2e1f0u, 0, 0, 0},
    sha1_compress,
};
