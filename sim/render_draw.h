// sim/render_draw.h: the drawing primitives of the board picture (rectangles, discs,
// text) on an XRGB8888 canvas, clipped to it. Layer: the board's view (sim/); no SDL.
// SPDX-License-Identifier: MIT

#ifndef SIM_RENDER_DRAW_H
#define SIM_RENDER_DRAW_H

#include <stddef.h>
#include <stdint.h>

typedef struct sim_canvas {
    uint32_t *px;
    int w, h;
} sim_canvas_t;

typedef struct sim_rect {
    int x, y, w, h;
} sim_rect_t;

// Colours are 0xRRGGBB. Every primitive clips to the canvas and never fails.
void sim_draw_fill(const sim_canvas_t *c, int x, int y, int w, int h, uint32_t rgb);
// A one-pixel outline of the rectangle.
void sim_draw_frame(const sim_canvas_t *c, int x, int y, int w, int h, uint32_t rgb);
// A filled disc of radius [r] centred at (cx, cy).
void sim_draw_disc(const sim_canvas_t *c, int cx, int cy, int r, uint32_t rgb);
// [n] bytes of [s] in the 8x8 font at (x, y), each pixel [scale] x [scale];
// returns the x after the text.
int sim_draw_text(const sim_canvas_t *c, int x, int y, const char *s, size_t n, int scale,
                  uint32_t rgb);
// As sim_draw_text for a NUL-terminated string at scale 1.
int sim_draw_str(const sim_canvas_t *c, int x, int y, const char *s, uint32_t rgb);
// [a] and [b] mixed: t = 0 gives a, 1 gives b (t is clamped).
uint32_t sim_draw_mix(uint32_t a, uint32_t b, double t);
// Whether (x, y) lies in [r].
int sim_rect_has(sim_rect_t r, int x, int y);

#endif
