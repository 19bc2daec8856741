// mods/framebuf_draw.c: pixel access in every framebuf format and the drawing
// algorithms (Bresenham lines, Kennedy's ellipse, scan-line polygons, text).
// Layer: library modules. Plain C on a py_fb_view_t: no VM calls, no allocation.
// SPDX-License-Identifier: MIT

#include "framebuf.h"

static int imin(int a, int b) { return a < b ? a : b; }
static int imax(int a, int b) { return a > b ? a : b; }

// Bits per pixel of each format, indexed by its number.
static const int bits_per_pixel[PY_FB__COUNT] = {1, 16, 4, 1, 1, 2, 8};

int py_framebuf_round_stride(int format, int stride) {
    // Horizontal packed formats start every row on a byte boundary.
    int per_byte = format == PY_FB_MONO_VLSB ? 1 : 8 / imin(8, bits_per_pixel[format]);
    return (stride + per_byte - 1) / per_byte * per_byte;
}

size_t py_framebuf_bytes_needed(int format, int width, int height, int stride) {
    if (format == PY_FB_MONO_VLSB)   // one byte holds 8 rows of a column
        return (size_t)((height + 7) / 8 - 1) * (size_t)stride + (size_t)width;
    uint64_t bits = ((uint64_t)(height - 1) * (uint64_t)stride + (uint64_t)width) *
                    (uint64_t)bits_per_pixel[format];
    return (size_t)((bits + 7) / 8);
}

uint32_t py_framebuf_get(const py_fb_view_t *fb, int x, int y) {
    size_t i = (size_t)y * (size_t)fb->stride + (size_t)x;   // pixel index in row order
    switch (fb->format) {
    case PY_FB_MONO_VLSB:
        return (fb->buf[(size_t)(y >> 3) * (size_t)fb->stride + (size_t)x] >> (y & 7)) & 1;
    case PY_FB_MONO_HLSB: return (fb->buf[i >> 3] >> (7 - (i & 7))) & 1;
    case PY_FB_MONO_HMSB: return (fb->buf[i >> 3] >> (i & 7)) & 1;
    case PY_FB_GS2_HMSB: return (fb->buf[i >> 2] >> ((i & 3) * 2)) & 3;
    case PY_FB_GS4_HMSB: return (i & 1) ? fb->buf[i >> 1] & 0x0f : fb->buf[i >> 1] >> 4;
    case PY_FB_GS8: return fb->buf[i];
    default: {   // RGB565, in the host's byte order as MicroPython stores it
        uint16_t v;
        memcpy(&v, fb->buf + 2 * i, 2);
        return v;
    }
    }
}

// Replaces the [bits]-wide field at [shift] of *p with the low bits of [c].
static void put_bits(uint8_t *p, unsigned shift, unsigned bits, uint32_t c) {
    uint8_t mask = (uint8_t)(((1u << bits) - 1) << shift);
    *p = (uint8_t)((*p & ~mask) | ((c << shift) & mask));
}

void py_framebuf_set(const py_fb_view_t *fb, int x, int y, uint32_t c) {
    size_t i = (size_t)y * (size_t)fb->stride + (size_t)x;
    switch (fb->format) {
    case PY_FB_MONO_VLSB:
        put_bits(&fb->buf[(size_t)(y >> 3) * (size_t)fb->stride + (size_t)x], (unsigned)(y & 7), 1,
                 c != 0);
        break;
    case PY_FB_MONO_HLSB: put_bits(&fb->buf[i >> 3], 7 - (unsigned)(i & 7), 1, c != 0); break;
    case PY_FB_MONO_HMSB: put_bits(&fb->buf[i >> 3], (unsigned)(i & 7), 1, c != 0); break;
    case PY_FB_GS2_HMSB: put_bits(&fb->buf[i >> 2], (unsigned)(i & 3) * 2, 2, c); break;
    case PY_FB_GS4_HMSB: put_bits(&fb->buf[i >> 1], (i & 1) ? 0 : 4, 4, c); break;
    case PY_FB_GS8: fb->buf[i] = (uint8_t)c; break;
    default: {
        uint16_t v = (uint16_t)c;
        memcpy(fb->buf + 2 * i, &v, 2);
        break;
    }
    }
}

static void set_clipped(const py_fb_view_t *fb, int x, int y, uint32_t c) {
    if (x >= 0 && y >= 0 && x < fb->width && y < fb->height) py_framebuf_set(fb, x, y, c);
}

void py_framebuf_fill_rect(const py_fb_view_t *fb, int x, int y, int w, int h, uint32_t c) {
    if (w < 1 || h < 1) return;
    // In 64 bits: x + w may pass INT_MAX for huge arguments.
    int x_end = (int)(x + (int64_t)w < fb->width ? x + w : fb->width);
    int y_end = (int)(y + (int64_t)h < fb->height ? y + h : fb->height);
    for (int yy = imax(y, 0); yy < y_end; yy++)
        for (int xx = imax(x, 0); xx < x_end; xx++) py_framebuf_set(fb, xx, yy, c);
}

// Bresenham's line: steps along the major axis, the error term says when
// the minor coordinate advances. Both ends are drawn.
void py_framebuf_line(const py_fb_view_t *fb, int x1, int y1, int x2, int y2, uint32_t c) {
    int64_t dx = x2 > x1 ? (int64_t)x2 - x1 : (int64_t)x1 - x2;
    int64_t dy = y2 > y1 ? (int64_t)y2 - y1 : (int64_t)y1 - y2;
    int sx = x2 > x1 ? 1 : -1, sy = y2 > y1 ? 1 : -1;
    int64_t x = x1, y = y1;
    if (dx >= dy) {
        int64_t err = 2 * dy - dx;
        for (int64_t i = 0; i <= dx; i++) {
            set_clipped(fb, (int)x, (int)y, c);
            if (err > 0) y += sy, err -= 2 * dx;
            x += sx, err += 2 * dy;
        }
    } else {
        int64_t err = 2 * dx - dy;
        for (int64_t i = 0; i <= dy; i++) {
            set_clipped(fb, (int)x, (int)y, c);
            if (err > 0) x += sx, err -= 2 * dy;
            y += sy, err += 2 * dx;
        }
    }
}

// The four mirror images of (dx, dy) on the ellipse around (cx, cy), one
// per quadrant that [mask] selects; with [fill], a span to the centre column.
static void ellipse_points(const py_fb_view_t *fb, int cx, int cy, int dx, int dy, uint32_t c,
                           int fill, unsigned mask) {
    if (fill) {
        if (mask & 1) py_framebuf_fill_rect(fb, cx, cy - dy, dx + 1, 1, c);
        if (mask & 2) py_framebuf_fill_rect(fb, cx - dx, cy - dy, dx + 1, 1, c);
        if (mask & 4) py_framebuf_fill_rect(fb, cx - dx, cy + dy, dx + 1, 1, c);
        if (mask & 8) py_framebuf_fill_rect(fb, cx, cy + dy, dx + 1, 1, c);
    } else {
        if (mask & 1) set_clipped(fb, cx + dx, cy - dy, c);
        if (mask & 2) set_clipped(fb, cx - dx, cy - dy, c);
        if (mask & 4) set_clipped(fb, cx - dx, cy + dy, c);
        if (mask & 8) set_clipped(fb, cx + dx, cy + dy, c);
    }
}

// J. Kennedy, "A Fast Bresenham Type Algorithm For Drawing Ellipses": the
// first arc runs while the slope is steeper than -1 (y advances every step),
// the second from the top while it is flatter (x advances every step).
void py_framebuf_ellipse(const py_fb_view_t *fb, int cx, int cy, int xr, int yr, uint32_t c,
                         int fill, unsigned mask) {
    if (xr < 0) xr = -xr;
    if (yr < 0) yr = -yr;
    int64_t a2 = (int64_t)xr * xr, b2 = (int64_t)yr * yr;
    if (xr == 0 && yr == 0) {
        if (mask & 15) set_clipped(fb, cx, cy, c);
        return;
    }
    int64_t x = xr, y = 0, xchange = b2 * (1 - 2 * (int64_t)xr), ychange = a2, err = 0;
    int64_t stop_x = 2 * b2 * xr, stop_y = 0;
    while (stop_x >= stop_y) {
        ellipse_points(fb, cx, cy, (int)x, (int)y, c, fill, mask);
        y++, stop_y += 2 * a2, err += ychange, ychange += 2 * a2;
        if (2 * err + xchange > 0) x--, stop_x -= 2 * b2, err += xchange, xchange += 2 * b2;
    }
    x = 0, y = yr, xchange = b2, ychange = a2 * (1 - 2 * (int64_t)yr), err = 0;
    stop_x = 0, stop_y = 2 * a2 * yr;
    while (stop_x <= stop_y) {
        ellipse_points(fb, cx, cy, (int)x, (int)y, c, fill, mask);
        x++, stop_x += 2 * b2, err += xchange, xchange += 2 * b2;
        if (2 * err + ychange > 0) y--, stop_y -= 2 * a2, err += ychange, ychange += 2 * a2;
    }
}

// floor(a / b + 1/2) for b > 0: the nearest integer, halves rounding up.
static int64_t round_div(int64_t a, int64_t b) {
    int64_t n = 2 * a + b, d = 2 * b;
    return n >= 0 ? n / d : -((-n + d - 1) / d);
}

static void sort_ints(int32_t *v, size_t n) {   // insertion sort: a scan line has few crossings
    for (size_t i = 1; i < n; i++) {
        int32_t t = v[i];
        size_t j = i;
        for (; j > 0 && v[j - 1] > t; j--) v[j] = v[j - 1];
        v[j] = t;
    }
}

// Even-odd scan-line fill: each edge covers the rows [low y, high y) so a
// vertex shared by two edges is counted once; the outline drawn afterwards
// supplies the boundary pixels (bottom rows, horizontal edges) the fill
// leaves out, so filled and outlined polygons have the same extent.
static void poly_fill(const py_fb_view_t *fb, int x, int y, const int32_t *pts, size_t n,
                      uint32_t c, int32_t *nodes) {
    int32_t ymin = pts[1], ymax = pts[1];
    for (size_t i = 1; i < n; i++) ymin = imin(ymin, pts[2 * i + 1]), ymax = imax(ymax, pts[2 * i + 1]);
    ymin = imax(ymin, -y - 1), ymax = imin(ymax, fb->height - y);   // only visible rows
    for (int64_t row = ymin; row <= ymax; row++) {
        size_t count = 0;
        for (size_t i = 0; i < n; i++) {
            const int32_t *p = pts + 2 * i, *q = pts + 2 * ((i + 1) % n);
            if (p[1] > q[1]) { const int32_t *t = p; p = q; q = t; }
            if (row < p[1] || row >= q[1]) continue;
            nodes[count++] = (int32_t)(p[0] + round_div((int64_t)(q[0] - p[0]) * (row - p[1]),
                                                        q[1] - p[1]));
        }
        sort_ints(nodes, count);
        for (size_t i = 0; i + 1 < count; i += 2)
            py_framebuf_fill_rect(fb, x + nodes[i], y + (int)row, nodes[i + 1] - nodes[i] + 1, 1, c);
    }
}

void py_framebuf_poly(const py_fb_view_t *fb, int x, int y, const int32_t *pts, size_t n,
                      uint32_t c, int32_t *fill_scratch) {
    if (n == 0) return;
    if (fill_scratch && n >= 3) poly_fill(fb, x, y, pts, n, c, fill_scratch);
    for (size_t i = 0; i < n; i++) {
        const int32_t *p = pts + 2 * i, *q = pts + 2 * ((i + 1) % n);
        py_framebuf_line(fb, x + p[0], y + p[1], x + q[0], y + q[1], c);
    }
}

void py_framebuf_text(const py_fb_view_t *fb, const char *s, size_t len, int x, int y,
                      uint32_t c) {
    for (size_t k = 0; k < len; k++, x += 8) {
        unsigned ch = (unsigned char)s[k];
        // [s] is UTF-8: a character outside ASCII 32-127 is one box, so its
        // continuation bytes take no room of their own.
        while (k + 1 < len && ((unsigned char)s[k + 1] & 0xc0) == 0x80) k++;
        if (ch < 32 || ch > 127) ch = 127;
        const uint8_t *g = py_framebuf_font[ch - 32];
        for (int r = 0; r < 8; r++)
            for (int col = 0; col < 8; col++)
                if (g[r] & (0x80 >> col)) set_clipped(fb, x + col, y + r, c);
    }
}

// Moves the contents by (xstep, ystep); the pixels uncovered keep their old
// colours, as in MicroPython. Copies in the order that never reads a pixel
// it has already overwritten.
void py_framebuf_scroll(const py_fb_view_t *fb, int xstep, int ystep) {
    if (xstep >= fb->width || -xstep >= fb->width || ystep >= fb->height || -ystep >= fb->height)
        return;
    int dx = xstep > 0 ? -1 : 1, dy = ystep > 0 ? -1 : 1;
    int x0 = xstep > 0 ? fb->width - 1 : 0, x_end = xstep > 0 ? xstep - 1 : fb->width + xstep;
    int y0 = ystep > 0 ? fb->height - 1 : 0, y_end = ystep > 0 ? ystep - 1 : fb->height + ystep;
    for (int y = y0; y != y_end; y += dy)
        for (int x = x0; x != x_end; x += dx)
            py_framebuf_set(fb, x, y, py_framebuf_get(fb, x - xstep, y - ystep));
}

void py_framebuf_blit(const py_fb_view_t *dst, const py_fb_view_t *src, int x, int y,
                      int64_t key, const py_fb_view_t *palette) {
    int x0 = imax(x, 0), y0 = imax(y, 0);
    int x1 = (int)((int64_t)x + src->width < dst->width ? x + src->width : dst->width);
    int y1 = (int)((int64_t)y + src->height < dst->height ? y + src->height : dst->height);
    for (int yy = y0; yy < y1; yy++)
        for (int xx = x0; xx < x1; xx++) {
            uint32_t c = py_framebuf_get(src, xx - x, yy - y);
            if (palette && c < (uint32_t)palette->width) c = py_framebuf_get(palette, (int)c, 0);
            if ((int64_t)c != key) py_framebuf_set(dst, xx, yy, c);
        }
}
