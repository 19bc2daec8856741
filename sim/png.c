// sim/png.c: the PNG writer: filter each row (the cheapest of None, Sub, Up, by the
// usual sum-of-magnitudes guess), compress with greedy LZ77 over a 32 KiB window into
// one fixed-Huffman deflate block, wrap in zlib and PNG chunks. Layer: sim/; plain C.
// SPDX-License-Identifier: MIT
//
// Board pictures are mostly flat areas, so fixed codes with matches make them a
// few percent of their raw size without dynamic Huffman tables.

#include "png.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ---- checksums -------------------------------------------------------------------------------

uint32_t sim_png_crc32(uint32_t crc, const uint8_t *p, size_t n) {
    static uint32_t table[256];
    static bool ready;
    if (!ready) {
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    crc = ~crc;
    for (size_t i = 0; i < n; i++) crc = table[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
    return ~crc;
}

uint32_t sim_png_adler32(uint32_t a, const uint8_t *p, size_t n) {
    uint32_t s1 = a & 0xffff, s2 = a >> 16;
    while (n > 0) {
        size_t k = n < 5552 ? n : 5552;   // the most bytes before s2 could overflow
        n -= k;
        while (k--) s1 += *p++, s2 += s1;
        s1 %= 65521, s2 %= 65521;
    }
    return s2 << 16 | s1;
}

// ---- output buffer and bits ------------------------------------------------------------------

typedef struct {
    uint8_t *buf;
    size_t len, cap;
    bool oom;
    uint32_t bits;   // pending bits, LSB first, as deflate packs them
    int nbits;
} out_t;

static void put(out_t *o, const void *p, size_t n) {
    if (o->oom || n == 0) return;
    if (o->len + n > o->cap) {
        size_t cap = o->cap ? o->cap : 4096;
        while (cap < o->len + n) cap *= 2;
        uint8_t *nb = realloc(o->buf, cap);
        if (!nb) {
            o->oom = true;
            return;
        }
        o->buf = nb, o->cap = cap;
    }
    memcpy(o->buf + o->len, p, n);
    o->len += n;
}

static void put_be32(out_t *o, uint32_t v) {
    uint8_t b[4] = {(uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v};
    put(o, b, 4);
}

static void bits(out_t *o, uint32_t v, int n) {
    o->bits |= v << o->nbits;
    o->nbits += n;
    while (o->nbits >= 8) {
        uint8_t b = (uint8_t)o->bits;
        put(o, &b, 1);
        o->bits >>= 8, o->nbits -= 8;
    }
}

// Huffman codes go most significant bit first.
static void code(out_t *o, uint32_t c, int n) {
    uint32_t r = 0;
    for (int i = 0; i < n; i++) r |= ((c >> i) & 1) << (n - 1 - i);
    bits(o, r, n);
}

// ---- fixed-Huffman deflate ---------------------------------------------------------------------

static void literal(out_t *o, int v) {
    if (v < 144) code(o, 0x30 + (uint32_t)v, 8);
    else if (v < 256) code(o, 0x190 + (uint32_t)v - 144, 9);
    else if (v < 280) code(o, (uint32_t)v - 256, 7);
    else code(o, 0xc0 + (uint32_t)v - 280, 8);
}

static const uint16_t LEN_BASE[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27,
                                      31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t LEN_EXTRA[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                      2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t DIST_BASE[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129,
                                       193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
                                       6145, 8193, 12289, 16385, 24577};
static const uint8_t DIST_EXTRA[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6,
                                       6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

static void match(out_t *o, int len, int dist) {
    int l = 28, d = 29;
    while (LEN_BASE[l] > len) l--;
    while (DIST_BASE[d] > dist) d--;
    literal(o, 257 + l);
    bits(o, (uint32_t)(len - LEN_BASE[l]), LEN_EXTRA[l]);
    code(o, (uint32_t)d, 5);
    bits(o, (uint32_t)(dist - DIST_BASE[d]), DIST_EXTRA[d]);
}

enum { WINDOW = 32768, HASH_BITS = 15, MAX_CHAIN = 48, MIN_MATCH = 3, MAX_MATCH = 258 };

static uint32_t hash3(const uint8_t *p) {
    return ((uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2]) * 2654435761u >> (32 - HASH_BITS);
}

// Greedy LZ77: at each byte, the longest match among the last MAX_CHAIN places
// with the same 3-byte hash within the window. [prev] chains positions.
static int deflate_fixed(out_t *o, const uint8_t *p, size_t n) {
    int32_t *head = malloc(sizeof(int32_t) << HASH_BITS);
    int32_t *prev = malloc(sizeof(int32_t) * (n ? n : 1));
    if (!head || !prev) {
        free(head), free(prev);
        return -ENOMEM;
    }
    for (size_t i = 0; i < (1u << HASH_BITS); i++) head[i] = -1;
    bits(o, 1, 1);   // BFINAL
    bits(o, 1, 2);   // BTYPE 01: fixed codes
    size_t i = 0;
    while (i < n) {
        int best = 0, dist = 0;
        if (i + MIN_MATCH <= n) {
            uint32_t hv = hash3(p + i);
            int32_t cand = head[hv];
            size_t limit = n - i < MAX_MATCH ? n - i : MAX_MATCH;
            for (int chain = 0; cand >= 0 && i - (size_t)cand <= WINDOW && chain < MAX_CHAIN;
                 chain++, cand = prev[cand]) {
                size_t k = 0;
                while (k < limit && p[(size_t)cand + k] == p[i + k]) k++;
                if ((int)k > best) best = (int)k, dist = (int)(i - (size_t)cand);
                if (k == limit) break;
            }
            prev[i] = head[hv], head[hv] = (int32_t)i;
        }
        if (best >= MIN_MATCH) {
            match(o, best, dist);
            for (size_t k = 1; k < (size_t)best; k++, i++)   // index the matched bytes
                if (i + 1 + MIN_MATCH <= n) {
                    uint32_t hv = hash3(p + i + 1);
                    prev[i + 1] = head[hv], head[hv] = (int32_t)(i + 1);
                }
            i++;
        } else {
            literal(o, p[i++]);
        }
    }
    literal(o, 256);   // end of block
    if (o->nbits) bits(o, 0, 8 - o->nbits);
    free(head), free(prev);
    return 0;
}

// ---- PNG -------------------------------------------------------------------------------------

static int mag(int v) { return v < 128 ? v : 256 - v; }

// Row [y] as filter byte + filtered RGB bytes into [dst] (1 + 3w bytes).
static void filter_row(uint8_t *dst, const uint8_t *row, const uint8_t *up, size_t n) {
    long cost[3] = {0, 0, 0};
    for (size_t i = 0; i < n; i++) {
        cost[0] += mag(row[i]);
        cost[1] += mag((uint8_t)(row[i] - (i >= 3 ? row[i - 3] : 0)));
        cost[2] += mag((uint8_t)(row[i] - (up ? up[i] : 0)));
    }
    int f = cost[1] < cost[0] ? 1 : 0;
    if (cost[2] < cost[f]) f = 2;
    dst[0] = (uint8_t)f;
    for (size_t i = 0; i < n; i++) {
        uint8_t pred = f == 1 ? (i >= 3 ? row[i - 3] : 0) : f == 2 ? (up ? up[i] : 0) : 0;
        dst[1 + i] = (uint8_t)(row[i] - pred);
    }
}

static void chunk(out_t *o, const char *type, const uint8_t *data, size_t n) {
    put_be32(o, (uint32_t)n);
    size_t at = o->len;
    put(o, type, 4);
    put(o, data, n);
    if (!o->oom) put_be32(o, sim_png_crc32(0, o->buf + at, n + 4));
}

int sim_png_encode(const uint32_t *px, int w, int h, uint8_t **out, size_t *len) {
    if (w <= 0 || h <= 0 || w > (1 << 24) || h > (1 << 24)) return -EINVAL;
    size_t rowb = (size_t)w * 3, raw_n = (rowb + 1) * (size_t)h;
    uint8_t *raw = malloc(raw_n), *rows = malloc(rowb * 2);
    out_t z = {0}, o = {0};
    int r = -ENOMEM;
    if (!raw || !rows) goto done;
    for (int y = 0; y < h; y++) {
        uint8_t *cur = rows + (y & 1) * rowb, *up = y ? rows + ((y - 1) & 1) * rowb : NULL;
        for (int x = 0; x < w; x++) {
            uint32_t v = px[(size_t)y * (size_t)w + (size_t)x];
            cur[3 * x] = (uint8_t)(v >> 16), cur[3 * x + 1] = (uint8_t)(v >> 8);
            cur[3 * x + 2] = (uint8_t)v;
        }
        filter_row(raw + (size_t)y * (rowb + 1), cur, up, rowb);
    }
    static const uint8_t zhead[2] = {0x78, 0x01};   // deflate, 32 KiB window, no dictionary
    put(&z, zhead, 2);
    if (deflate_fixed(&z, raw, raw_n) < 0) goto done;
    put_be32(&z, sim_png_adler32(1, raw, raw_n));
    static const uint8_t sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    uint8_t ihdr[13] = {(uint8_t)(w >> 24), (uint8_t)(w >> 16), (uint8_t)(w >> 8), (uint8_t)w,
                        (uint8_t)(h >> 24), (uint8_t)(h >> 16), (uint8_t)(h >> 8), (uint8_t)h,
                        8, 2, 0, 0, 0};   // 8 bits, RGB, deflate, filter set 0, no interlace
    put(&o, sig, 8);
    chunk(&o, "IHDR", ihdr, 13);
    if (z.oom) goto done;
    chunk(&o, "IDAT", z.buf, z.len);
    chunk(&o, "IEND", NULL, 0);
    if (o.oom) goto done;
    *out = o.buf, *len = o.len, o.buf = NULL;
    r = 0;
done:
    free(raw), free(rows), free(z.buf), free(o.buf);
    return r;
}

int sim_png_write(const char *path, const uint32_t *px, int w, int h) {
    uint8_t *data;
    size_t n;
    int r = sim_png_encode(px, w, h, &data, &n);
    if (r < 0) return r;
    FILE *f = fopen(path, "wb");
    if (!f) r = -errno;
    else {
        if (fwrite(data, 1, n, f) != n) r = -EIO;
        if (fclose(f) != 0 && r == 0) r = -errno;
    }
    free(data);
    return r;
}
