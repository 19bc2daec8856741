// mods/framebuf.h: the pixel formats and drawing primitives of the framebuf module.
// Layer: library modules. framebuf_draw.c works on a raw view of a buffer and
// knows nothing of the VM; framebuf.c parses arguments and fetches the view.
// SPDX-License-Identifier: MIT

#ifndef PY_FRAMEBUF_H
#define PY_FRAMEBUF_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

// The format numbers are MicroPython's, so code that stores them keeps working.
enum {
    PY_FB_MONO_VLSB = 0,   // 1 bit per pixel, bytes are vertical 8-pixel columns, LSB on top
    PY_FB_RGB565 = 1,      // 16 bits per pixel, native byte order
    PY_FB_GS4_HMSB = 2,    // 4 bits per pixel, the leftmost pixel in the high nibble
    PY_FB_MONO_HLSB = 3,   // 1 bit per pixel, horizontal bytes, leftmost pixel in bit 7
    PY_FB_MONO_HMSB = 4,   // 1 bit per pixel, horizontal bytes, leftmost pixel in bit 0
    PY_FB_GS2_HMSB = 5,    // 2 bits per pixel, the leftmost pixel in the low bits
    PY_FB_GS8 = 6,         // 8 bits per pixel
    PY_FB__COUNT
};

// A frame buffer as the drawing code sees it: a raw pointer valid for one
// call (re-fetch it after anything that may allocate). Sizes are in pixels.
typedef struct py_fb_view {
    uint8_t *buf;
    int width, height, stride, format;
} py_fb_view_t;

// Bytes a buffer needs for [width] x [height] pixels of [format] with
// [stride] pixels per row (already rounded by py_framebuf_round_stride).
size_t py_framebuf_bytes_needed(int format, int width, int height, int stride);
// [stride] rounded up so that every row starts on a byte boundary.
int py_framebuf_round_stride(int format, int stride);

// The primitives. Coordinates may lie outside the buffer: everything clips.
// None of them allocates or raises.
uint32_t py_framebuf_get(const py_fb_view_t *fb, int x, int y);        // x, y in range
void py_framebuf_set(const py_fb_view_t *fb, int x, int y, uint32_t c);  // x, y in range
void py_framebuf_fill_rect(const py_fb_view_t *fb, int x, int y, int w, int h, uint32_t c);
void py_framebuf_line(const py_fb_view_t *fb, int x1, int y1, int x2, int y2, uint32_t c);
// Quadrant bits of [mask]: 1 upper right, 2 upper left, 4 lower left, 8 lower right.
void py_framebuf_ellipse(const py_fb_view_t *fb, int cx, int cy, int xr, int yr, uint32_t c,
                         int fill, unsigned mask);
// [pts] holds [n] (x, y) pairs relative to (x, y). To fill, [fill_scratch]
// gives room for [n] ints (else NULL: the outline only).
void py_framebuf_poly(const py_fb_view_t *fb, int x, int y, const int32_t *pts, size_t n,
                      uint32_t c, int32_t *fill_scratch);
void py_framebuf_text(const py_fb_view_t *fb, const char *s, size_t len, int x, int y,
                      uint32_t c);
void py_framebuf_scroll(const py_fb_view_t *fb, int xstep, int ystep);
// Copies [src] to (x, y) of [dst]; each colour goes through [palette] (NULL:
// none: a colour past its width stays as it is), then pixels equal to [key]
// are skipped (key -1 skips none).
void py_framebuf_blit(const py_fb_view_t *dst, const py_fb_view_t *src, int x, int y,
                      int64_t key, const py_fb_view_t *palette);

// The glyphs of ASCII 32-127, 8 rows each, bit 7 the leftmost column (framebuf_font.c).
extern const uint8_t py_framebuf_font[96][8];

#endif
