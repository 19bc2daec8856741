// sim/render_draw.c: rectangles, discs and 8x8 text on the board picture's canvas.
// Layer: the board's view (sim/); plain C, no SDL.
// SPDX-License-Identifier: MIT

#include "render_draw.h"

#include <string.h>

#include "font.h"

void sim_draw_fill(const sim_canvas_t *c, int x, int y, int w, int h, uint32_t rgb) {
    int x0 = x < 0 ? 0 : x, y0 = y < 0 ? 0 : y;
    int x1 = x + w > c->w ? c->w : x + w, y1 = y + h > c->h ? c->h : y + h;
    for (int j = y0; j < y1; j++) {
        uint32_t *row = c->px + (size_t)j * (size_t)c->w;
        for (int i = x0; i < x1; i++) row[i] = rgb;
    }
}

void sim_draw_frame(const sim_canvas_t *c, int x, int y, int w, int h, uint32_t rgb) {
    if (w <= 0 || h <= 0) return;
    sim_draw_fill(c, x, y, w, 1, rgb);
    sim_draw_fill(c, x, y + h - 1, w, 1, rgb);
    sim_draw_fill(c, x, y, 1, h, rgb);
    sim_draw_fill(c, x + w - 1, y, 1, h, rgb);
}

void sim_draw_disc(const sim_canvas_t *c, int cx, int cy, int r, uint32_t rgb) {
    // Integer test on pixel centres, so the shape is the same on every build.
    for (int dy = -r; dy <= r; dy++) {
        int dx = 0;
        while ((dx + 1) * (dx + 1) + dy * dy <= r * r) dx++;
        sim_draw_fill(c, cx - dx, cy + dy, 2 * dx + 1, 1, rgb);
    }
}

int sim_draw_text(const sim_canvas_t *c, int x, int y, const char *s, size_t n, int scale,
                  uint32_t rgb) {
    for (size_t k = 0; k < n; k++, x += SIM_FONT_COLS * scale) {
        const uint8_t *g = sim_font_glyph((unsigned char)s[k]);
        for (int row = 0; row < SIM_FONT_ROWS; row++)
            for (int col = 0; col < SIM_FONT_COLS; col++)
                if (g[row] & (0x80 >> col))
                    sim_draw_fill(c, x + col * scale, y + row * scale, scale, scale, rgb);
    }
    return x;
}

int sim_draw_str(const sim_canvas_t *c, int x, int y, const char *s, uint32_t rgb) {
    return sim_draw_text(c, x, y, s, strlen(s), 1, rgb);
}

static uint32_t chan(uint32_t v, int shift) { return (v >> shift) & 0xff; }

uint32_t sim_draw_mix(uint32_t a, uint32_t b, double t) {
    if (!(t > 0)) return a;   // also NaN
    if (t >= 1) return b;
    uint32_t out = 0;
    for (int s = 0; s <= 16; s += 8) {
        double v = chan(a, s) + (chan(b, s) - (double)chan(a, s)) * t;
        out |= (uint32_t)(v + 0.5) << s;
    }
    return out;
}

int sim_rect_has(sim_rect_t r, int x, int y) {
    return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}
