// sim/render_standin.c: a THROWAWAY stand-in for sim/render.c (the render helper's),
// so the window can be built and tested before the renderer lands. Delete at merge.
// Layer: the board's view (sim/).
// SPDX-License-Identifier: MIT
//
// Each part is a box in a grid, LEDs in their colour, buttons darker while
// pressed, pots with a bar; a status line on top, the console's last lines
// at the bottom as coloured bars (no font). Hit-testing follows the boxes.

#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "sim_analog.h"
#include "sim_board.h"

#define COLS 4
#define BOX_W 100
#define BOX_H 50
#define GAP 10
#define TOP 30
#define CONSOLE_H 80

struct sim_render {
    int w, h;
    uint32_t *px;
    char console[8][64];
    int line, col;
};

sim_render_t *sim_render_new(const struct sim_board *b) {
    sim_render_t *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    int rows = (b->nparts + COLS - 1) / COLS;
    r->w = GAP + COLS * (BOX_W + GAP);
    r->h = TOP + rows * (BOX_H + GAP) + CONSOLE_H;
    r->px = calloc((size_t)r->w * r->h, sizeof *r->px);
    if (!r->px) {
        free(r);
        return NULL;
    }
    return r;
}

void sim_render_free(sim_render_t *r) {
    if (r) free(r->px);
    free(r);
}

int sim_render_width(const sim_render_t *r) { return r->w; }
int sim_render_height(const sim_render_t *r) { return r->h; }
const uint32_t *sim_render_pixels(const sim_render_t *r) { return r->px; }

static void fill(sim_render_t *r, int x, int y, int w, int h, uint32_t c) {
    for (int j = y; j < y + h && j < r->h; j++)
        for (int i = x; i < x + w && i < r->w; i++) r->px[j * r->w + i] = c;
}

static void box_of(int k, int *x, int *y) {
    *x = GAP + (k % COLS) * (BOX_W + GAP);
    *y = TOP + (k / COLS) * (BOX_H + GAP);
}

void sim_render_draw(sim_render_t *r, const struct sim_board *b, const sim_view_input_t *in) {
    fill(r, 0, 0, r->w, r->h, 0x202020);
    fill(r, 0, 0, (int)((b->clock.now / 1000000) % 1000) * r->w / 1000, 6, 0x4080ff);
    for (int k = 0; k < b->nparts; k++) {
        const sim_part_t *p = &b->parts[k];
        int x, y;
        box_of(k, &x, &y);
        uint32_t c = 0x3050a0;
        if (p->kind == SIM_PART_LED) {
            double v = sim_analog_brightness(b, k, 0);
            int g = (int)(255 * (v < 0 ? 0 : v));
            c = (uint32_t)g << 8 | 0x100000;
        } else if (p->kind == SIM_PART_BUTTON || p->kind == SIM_PART_SWITCH) {
            c = p->state ? 0x303030 : 0xb0b0b0;
        } else if (p->kind == SIM_PART_POT) {
            fill(r, x, y, BOX_W, BOX_H, 0x604020);
            fill(r, x, y + BOX_H - 8, (int)(p->value * BOX_W), 8, 0xffa040);
            continue;
        }
        if (in && in->held_part == k) c |= 0x800000;
        fill(r, x, y, BOX_W, BOX_H, c);
    }
    int y0 = r->h - CONSOLE_H;
    for (int l = 0; l < 8; l++) fill(r, 0, y0 + l * 10, (int)strlen(r->console[l]) * 6, 8, 0xc0c0c0);
}

void sim_render_console(sim_render_t *r, const char *text, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (text[i] == '\n' || r->col >= 63) {
            r->line = (r->line + 1) % 8;
            r->col = 0;
            r->console[r->line][0] = 0;
            if (text[i] == '\n') continue;
        }
        r->console[r->line][r->col++] = text[i];
        r->console[r->line][r->col] = 0;
    }
}

sim_hit_t sim_render_hit(const sim_render_t *r, const struct sim_board *b, int x, int y) {
    (void)r;
    sim_hit_t h = {SIM_HIT_NONE, -1, 0};
    for (int k = 0; k < b->nparts; k++) {
        int bx, by;
        box_of(k, &bx, &by);
        if (x < bx || x >= bx + BOX_W || y < by || y >= by + BOX_H) continue;
        h.index = k;
        h.kind = b->parts[k].kind == SIM_PART_POT ? SIM_HIT_SLIDER : SIM_HIT_PART;
        h.value = (double)(x - bx) / (BOX_W - 1);
        return h;
    }
    return h;
}
