// tests/unit/test_png.c: sim/png.c: checksums against published values, and pictures
// encoded then decoded by a small inflater written here (stored and fixed-Huffman
// blocks: what the writer emits) back to the same pixels. Layer: tests; no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "png.h"

// ---- a minimal inflater --------------------------------------------------------------------

typedef struct {
    const uint8_t *p;
    size_t n, bit;
} bits_t;

static unsigned getbit(bits_t *b) {
    cr_assert_lt(b->bit / 8, b->n, "read past the deflate data");
    unsigned v = (b->p[b->bit / 8] >> (b->bit % 8)) & 1;
    b->bit++;
    return v;
}

static unsigned getbits(bits_t *b, int n) {
    unsigned v = 0;
    for (int i = 0; i < n; i++) v |= getbit(b) << i;
    return v;
}

// One fixed-code literal/length symbol: codes are read most significant bit first.
static int fixed_sym(bits_t *b) {
    unsigned c = 0;
    for (int len = 1; len <= 9; len++) {
        c = c << 1 | getbit(b);
        if (len == 7 && c <= 0x17) return (int)c + 256;
        if (len == 8 && c >= 0x30 && c <= 0xbf) return (int)c - 0x30;
        if (len == 8 && c >= 0xc0 && c <= 0xc7) return (int)c - 0xc0 + 280;
        if (len == 9 && c >= 0x190) return (int)c - 0x190 + 144;
    }
    cr_assert_fail("bad fixed code");
    return -1;
}

static const int LB[] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                         67, 83, 99, 115, 131, 163, 195, 227, 258};
static const int LE[] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
                         5, 5, 5, 5, 0};
static const int DB[] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
                         513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const int DE[] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
                         11, 11, 12, 12, 13, 13};

static size_t inflate(const uint8_t *z, size_t n, uint8_t *out, size_t cap) {
    cr_assert_eq((z[0] * 256 + z[1]) % 31, 0, "zlib header check");
    cr_assert_eq(z[0] & 0x0f, 8, "deflate");
    bits_t b = {z + 2, n - 6, 0};
    size_t o = 0;
    unsigned final;
    do {
        final = getbit(&b);
        unsigned type = getbits(&b, 2);
        if (type == 0) {
            b.bit = (b.bit + 7) / 8 * 8;
            unsigned len = getbits(&b, 16), nlen = getbits(&b, 16);
            cr_assert_eq(len ^ 0xffff, nlen);
            for (unsigned i = 0; i < len; i++) out[o++] = (uint8_t)getbits(&b, 8);
            continue;
        }
        cr_assert_eq(type, 1, "only stored and fixed blocks are expected");
        for (;;) {
            int s = fixed_sym(&b);
            if (s < 256) {
                cr_assert_lt(o, cap);
                out[o++] = (uint8_t)s;
                continue;
            }
            if (s == 256) break;
            int len = LB[s - 257] + (int)getbits(&b, LE[s - 257]);
            int dc = 0;
            for (int i = 0; i < 5; i++) dc = dc << 1 | (int)getbit(&b);
            int dist = DB[dc] + (int)getbits(&b, DE[dc]);
            cr_assert_leq((size_t)dist, o, "distance before the start");
            cr_assert_leq(o + (size_t)len, cap);
            for (int i = 0; i < len; i++, o++) out[o] = out[o - (size_t)dist];
        }
    } while (!final);
    return o;
}

static uint32_t be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

// Decodes what sim_png_encode wrote (RGB, filters None/Sub/Up) into XRGB pixels.
static uint32_t *decode(const uint8_t *png, size_t n, int *w, int *h) {
    static const uint8_t sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    cr_assert_eq(memcmp(png, sig, 8), 0);
    uint8_t *idat = malloc(n);
    size_t idat_n = 0, pos = 8;
    bool end = false;
    while (pos + 12 <= n && !end) {
        uint32_t len = be32(png + pos);
        const uint8_t *type = png + pos + 4;
        cr_assert_eq(sim_png_crc32(0, type, len + 4), be32(png + pos + 8 + len), "chunk CRC");
        if (memcmp(type, "IHDR", 4) == 0) {
            *w = (int)be32(type + 4), *h = (int)be32(type + 8);
            cr_assert_eq(type[12], 8);
            cr_assert_eq(type[13], 2);
        } else if (memcmp(type, "IDAT", 4) == 0) {
            memcpy(idat + idat_n, type + 4, len), idat_n += len;
        } else if (memcmp(type, "IEND", 4) == 0) {
            end = true;
        }
        pos += 12 + len;
    }
    cr_assert(end, "IEND");
    cr_assert_eq(pos, n, "nothing after IEND");
    size_t rowb = (size_t)*w * 3, raw_cap = (rowb + 1) * (size_t)*h;
    uint8_t *raw = malloc(raw_cap);
    cr_assert_eq(inflate(idat, idat_n, raw, raw_cap), raw_cap);
    cr_assert_eq(sim_png_adler32(1, raw, raw_cap), be32(idat + idat_n - 4), "Adler-32");
    uint32_t *px = malloc(sizeof *px * (size_t)*w * (size_t)*h);
    for (int y = 0; y < *h; y++) {
        uint8_t *row = raw + (size_t)y * (rowb + 1);
        const uint8_t *up = y ? row - rowb : NULL;   // the previous row's decoded bytes
        cr_assert_leq(row[0], 2, "filter");
        for (size_t i = 0; i < rowb; i++) {
            uint8_t pred = row[0] == 1 ? (i >= 3 ? row[1 + i - 3] : 0)
                           : row[0] == 2 ? (up ? up[i] : 0) : 0;
            row[1 + i] = (uint8_t)(row[1 + i] + pred);
        }
        for (int x = 0; x < *w; x++) {
            const uint8_t *p = row + 1 + 3 * x;
            px[(size_t)y * (size_t)*w + (size_t)x] = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
        }
    }
    free(idat), free(raw);
    return px;
}

static void round_trip(const uint32_t *px, int w, int h) {
    uint8_t *png;
    size_t n;
    cr_assert_eq(sim_png_encode(px, w, h, &png, &n), 0);
    int dw = 0, dh = 0;
    uint32_t *back = decode(png, n, &dw, &dh);
    cr_assert_eq(dw, w);
    cr_assert_eq(dh, h);
    for (size_t i = 0; i < (size_t)w * (size_t)h; i++)
        cr_assert_eq(back[i], px[i] & 0xffffff, "pixel %zu: %06x, expected %06x", i, back[i],
                     px[i] & 0xffffff);
    free(back), free(png);
}

// ---- tests -----------------------------------------------------------------------------------

Test(png, checksums_match_published_values) {
    cr_assert_eq(sim_png_crc32(0, (const uint8_t *)"123456789", 9), 0xcbf43926u);
    cr_assert_eq(sim_png_crc32(sim_png_crc32(0, (const uint8_t *)"1234", 4),
                               (const uint8_t *)"56789", 5), 0xcbf43926u);
    cr_assert_eq(sim_png_adler32(1, (const uint8_t *)"Wikipedia", 9), 0x11e60398u);
    // Many 0xff bytes: the sums wrap modulo 65521 correctly.
    uint8_t *big = malloc(100000);
    memset(big, 0xff, 100000);
    uint32_t s1 = 1, s2 = 0;
    for (int i = 0; i < 100000; i++) s1 = (s1 + 0xff) % 65521, s2 = (s2 + s1) % 65521;
    cr_assert_eq(sim_png_adler32(1, big, 100000), s2 << 16 | s1);
    free(big);
}

Test(png, flat_picture_round_trips_and_compresses) {
    int w = 300, h = 200;
    uint32_t *px = malloc(sizeof *px * (size_t)(w * h));
    for (int i = 0; i < w * h; i++) px[i] = 0xff1e2228;   // the X byte is ignored
    for (int y = 50; y < 90; y++)
        for (int x = 20; x < 200; x++) px[y * w + x] = 0x50a0f0;
    round_trip(px, w, h);
    uint8_t *png;
    size_t n;
    cr_assert_eq(sim_png_encode(px, w, h, &png, &n), 0);
    cr_assert_lt(n, (size_t)(w * h * 3) / 50, "%zu bytes: matches should shrink a flat picture", n);
    free(png), free(px);
}

Test(png, noisy_picture_round_trips) {
    int w = 97, h = 61;   // odd sizes; every byte value; long-distance repeats
    uint32_t *px = malloc(sizeof *px * (size_t)(w * h));
    uint32_t seed = 12345;
    for (int i = 0; i < w * h; i++) {
        seed = seed * 1103515245u + 12345u;
        px[i] = (i / w) % 7 == 3 ? px[i - w] : seed >> 8;
    }
    round_trip(px, w, h);
    free(px);
}

Test(png, one_pixel_and_bad_sizes) {
    uint32_t one = 0x123456;
    round_trip(&one, 1, 1);
    uint8_t *png;
    size_t n;
    cr_assert_eq(sim_png_encode(&one, 0, 1, &png, &n), -EINVAL);
    cr_assert_eq(sim_png_encode(&one, 1, -1, &png, &n), -EINVAL);
}

Test(png, write_reports_file_errors) {
    uint32_t one = 0;
    cr_assert_eq(sim_png_write("/nonexistent-dir/x.png", &one, 1, 1), -ENOENT);
    char path[] = "/tmp/test_png_XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    close(fd);
    cr_assert_eq(sim_png_write(path, &one, 1, 1), 0);
    FILE *f = fopen(path, "rb");
    uint8_t head[8];
    cr_assert_eq(fread(head, 1, 8, f), 8u);
    fclose(f);
    unlink(path);
    cr_assert_eq(head[1], 'P');
}
