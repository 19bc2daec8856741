// sim/png.h: our own PNG writer for the board's pictures: 8-bit RGB, rows filtered,
// zlib data in one fixed-Huffman deflate block with LZ77 matches; CRC-32 and Adler-32
// computed here. No libpng, no zlib. Layer: the board's view (sim/); plain C.
// SPDX-License-Identifier: MIT

#ifndef SIM_PNG_H
#define SIM_PNG_H

#include <stddef.h>
#include <stdint.h>

// Encodes [w] x [h] XRGB8888 pixels (row after row, the X byte ignored) as a
// PNG into a new malloc'd buffer: 0 with *out and *len (free(*out) after),
// -EINVAL for a size of 0 or beyond 2^24, -ENOMEM.
int sim_png_encode(const uint32_t *px, int w, int h, uint8_t **out, size_t *len);
// Encodes as sim_png_encode and writes the file [path] (replaced if it exists):
// 0, or a negative errno (the file's, or sim_png_encode's).
int sim_png_write(const char *path, const uint32_t *px, int w, int h);
// The CRC-32 (ISO 3309, as PNG chunks use) of [n] bytes, continuing [crc] (0 to start).
uint32_t sim_png_crc32(uint32_t crc, const uint8_t *p, size_t n);
// The Adler-32 (as zlib streams end with) of [n] bytes, continuing [a] (1 to start).
uint32_t sim_png_adler32(uint32_t a, const uint8_t *p, size_t n);

#endif
