// sim/render.c: the board renderer (sim/render.h): owns the picture's buffer, the
// layout and the console pane's lines, and draws the status line, the chip with its
// pins, the parts (render_parts.c) and the console. Layer: the board's view (sim/).
// SPDX-License-Identifier: MIT

#include "render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "render_parts.h"
#include "sim_analog.h"
#include "sim_board.h"

struct sim_render {
    sim_layout_t lay;
    uint32_t *px;
    // The console pane: a ring of [ring] rows (one more than it shows) of
    // [cols] + 1 chars; [head] is the row being written, [col] its length,
    // [used] how many rows of the ring have been written.
    char *con;
    int ring, head, used, col;
    bool skip_cont;    // inside a UTF-8 sequence (shown as one '?')
};

sim_render_t *sim_render_new(const sim_board_t *b) {
    sim_render_t *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    if (sim_layout_make(&r->lay, b) < 0) {
        free(r);
        return NULL;
    }
    r->px = calloc((size_t)r->lay.w * (size_t)r->lay.h, sizeof *r->px);
    r->ring = r->lay.console_lines + 1;
    r->con = calloc((size_t)r->ring * (size_t)(r->lay.console_cols + 1), 1);
    if (!r->px || !r->con) {
        sim_render_free(r);
        return NULL;
    }
    r->used = 1;
    return r;
}

void sim_render_free(sim_render_t *r) {
    if (!r) return;
    sim_layout_free(&r->lay);
    free(r->px);
    free(r->con);
    free(r);
}

int sim_render_width(const sim_render_t *r) { return r->lay.w; }
int sim_render_height(const sim_render_t *r) { return r->lay.h; }
const uint32_t *sim_render_pixels(const sim_render_t *r) { return r->px; }

// ---- the console pane ----------------------------------------------------------------------

static char *con_row(const sim_render_t *r, int k) {
    return r->con + (size_t)k * (size_t)(r->lay.console_cols + 1);
}

static void con_newline(sim_render_t *r) {
    r->head = (r->head + 1) % r->ring;
    memset(con_row(r, r->head), 0, (size_t)r->lay.console_cols + 1);
    r->col = 0;
    if (r->used < r->ring) r->used++;
}

static void con_put(sim_render_t *r, char ch) {
    if (r->col == r->lay.console_cols) con_newline(r);   // long lines wrap
    con_row(r, r->head)[r->col++] = ch;
}

void sim_render_console(sim_render_t *r, const char *text, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch >= 0x80 && ch < 0xc0 && r->skip_cont) continue;
        r->skip_cont = ch >= 0xc0;
        if (ch == '\n') con_newline(r);
        else if (ch == '\r') continue;   // \r\n ends a line once
        else if (ch == '\t') do con_put(r, ' '); while (r->col % 4);
        else con_put(r, ch >= 0x80 || ch < 32 ? '?' : (char)ch);
    }
}

static void draw_console(sim_render_t *r, const sim_canvas_t *c) {
    sim_rect_t p = r->lay.console;
    sim_draw_fill(c, p.x, p.y, p.w, p.h, 0x000000);
    sim_draw_frame(c, p.x, p.y, p.w, p.h, SIM_COL_EDGE);
    sim_draw_str(c, p.x + 6, p.y + 5, "console", SIM_COL_DIM);
    // The row being written is shown once it holds text (after a newline it is empty).
    int shown = r->used - (r->col == 0);
    if (shown > r->lay.console_lines) shown = r->lay.console_lines;
    int last = r->col == 0 ? r->head - 1 : r->head;
    for (int k = 0; k < shown; k++) {
        int row = ((last - shown + 1 + k) % r->ring + r->ring) % r->ring;
        sim_draw_str(c, p.x + 8, p.y + 18 + k * 10, con_row(r, row), 0xc8d0c8);
    }
}

// ---- the chip and its pins -------------------------------------------------------------------

static const char *mode_name(int mode) {
    static const char *names[] = {"IN", "OUT", "OPEN_DRAIN", "ALT", "ALT_OPEN_DRAIN", "ANALOG"};
    return mode >= 0 && mode < 6 ? names[mode] : "unused";
}

// A pad's fill shows the level (a PWM'd pin its duty); its outline the mode.
static void draw_pin(const sim_canvas_t *c, const sim_board_t *b, const sim_lay_pin_t *lp,
                     int i) {
    const sim_pin_t *p = &b->pins[i];
    uint32_t low = 0x303030, high = 0xe04030, fill;
    double pwm = sim_pwm_level(b, i);
    if (p->info.reserved) fill = 0x585858;
    else if (pwm >= 0) fill = sim_draw_mix(low, high, pwm);
    else fill = p->level == 1 ? high : low;
    uint32_t edge = p->mode == 1 || p->mode == 2 ? 0xe0c000
                    : p->mode == 0               ? SIM_COL_ACCENT
                    : p->claim || p->mode > 2    ? 0xc060e0
                                                 : 0x808080;
    sim_draw_fill(c, lp->pad.x, lp->pad.y, lp->pad.w, lp->pad.h, edge);
    sim_draw_fill(c, lp->pad.x + 2, lp->pad.y + 2, lp->pad.w - 4, lp->pad.h - 4, fill);
    int n = (int)strlen(lp->label);
    if (n > 8) n = 8;
    int tx = lp->right ? lp->pad.x + lp->pad.w + 4 : lp->pad.x - 4 - 8 * n;
    sim_draw_text(c, tx, lp->pad.y + 1, lp->label, (size_t)n, 1,
                  p->info.reserved ? SIM_COL_DIM : SIM_COL_TEXT);
}

static void draw_chip(sim_render_t *r, const sim_canvas_t *c, const sim_board_t *b) {
    sim_rect_t k = r->lay.chip;
    sim_draw_fill(c, k.x, k.y, k.w, k.h, 0x14161a);
    sim_draw_frame(c, k.x, k.y, k.w, k.h, SIM_COL_EDGE);
    sim_draw_disc(c, k.x + 8, k.y + 8, 3, SIM_COL_EDGE);   // pin 1's mark
    int tw = 8 * (int)strlen(r->lay.title), nw = 8 * (int)strlen(b->name);
    sim_draw_str(c, k.x + (k.w - tw) / 2, k.y + 6, r->lay.title, SIM_COL_TEXT);
    sim_draw_str(c, k.x + (k.w - nw) / 2, k.y + 16, b->name, SIM_COL_DIM);
    for (int i = 0; i < r->lay.npins; i++) draw_pin(c, b, &r->lay.pins[i], i);
}

// ---- status line and hover -----------------------------------------------------------------

static void draw_status(sim_render_t *r, const sim_canvas_t *c, const sim_board_t *b) {
    char s[160];
    double t = (double)(b->clock.now - b->start) / 1e9;
    snprintf(s, sizeof s, "%s (%s)   t = %.6f s%s", b->name, r->lay.title, t,
             b->realtime ? "   realtime" : "");
    sim_draw_fill(c, 0, 0, r->lay.w, r->lay.status.h, 0x303844);
    int x = sim_draw_str(c, 8, 6, s, SIM_COL_TEXT);
    if (b->shorts) {
        snprintf(s, sizeof s, "   shorts: %d", b->shorts);
        sim_draw_str(c, x, 6, s, 0xff6060);
    }
}

static void tooltip(sim_render_t *r, const sim_canvas_t *c, int x, int y, const char *s) {
    int w = 8 * (int)strlen(s) + 8, h = 14;
    x += 12, y += 12;
    if (x + w > r->lay.w) x = r->lay.w - w;
    if (y + h > r->lay.h) y -= 28;
    sim_draw_fill(c, x, y, w, h, 0xf0f0d0);
    sim_draw_frame(c, x, y, w, h, 0x404040);
    sim_draw_str(c, x + 4, y + 3, s, 0x101010);
}

static void draw_hover(sim_render_t *r, const sim_canvas_t *c, const sim_board_t *b,
                       int x, int y) {
    sim_hit_t h = sim_layout_hit(&r->lay, x, y);
    char s[200];
    if (h.kind == SIM_HIT_PIN) {
        const sim_pin_t *p = &b->pins[h.index];
        const char *pull = p->pull == 1 ? " PULL_UP" : p->pull == 2 ? " PULL_DOWN" : "";
        double pwm = sim_pwm_level(b, h.index);
        if (p->info.reserved)
            snprintf(s, sizeof s, "%s: %s", p->info.cpu_name, p->info.reserved);
        else if (pwm >= 0)
            snprintf(s, sizeof s, "%s %s PWM duty %.1f%%", r->lay.pins[h.index].label,
                     p->info.cpu_name, 100 * pwm);
        else
            snprintf(s, sizeof s, "%s %s %s%s level %d%s%s", r->lay.pins[h.index].label,
                     p->info.cpu_name, mode_name(p->mode), pull, p->level,
                     p->claim ? " used by " : "", p->claim ? p->claim : "");
    } else if (h.kind == SIM_HIT_SLIDER) {
        snprintf(s, sizeof s, "%s%s%s = %.2f", b->parts[h.index].id, h.prop ? "." : "",
                 h.prop ? h.prop : "", h.value);
    } else if (h.kind == SIM_HIT_PART) {
        const sim_part_t *p = &b->parts[h.index];
        const char *label = sim_json_str(sim_json_get(sim_json_get(p->json, "attrs"), "label"),
                                         p->type);
        snprintf(s, sizeof s, "%s: %s", p->id, label);
    } else {
        return;
    }
    tooltip(r, c, x, y, s);
}

void sim_render_draw(sim_render_t *r, const sim_board_t *b, const sim_view_input_t *input) {
    sim_canvas_t c = {r->px, r->lay.w, r->lay.h};
    sim_draw_fill(&c, 0, 0, c.w, c.h, SIM_COL_BG);
    draw_status(r, &c, b);
    draw_chip(r, &c, b);
    // The part getters of hal_sim take a mutable board (they share code with the
    // HAL calls) but only read it here.
    sim_board_t *mb = (sim_board_t *)b;
    for (int i = 0; i < r->lay.nparts; i++)
        sim_render_parts_card(&c, mb, &r->lay.parts[i],
                              input && input->held_part == r->lay.parts[i].part);
    for (int i = 0; i < r->lay.nsliders; i++) sim_render_parts_slider(&c, b, &r->lay.sliders[i]);
    draw_console(r, &c);
    if (input && input->hover_x >= 0 && input->hover_y >= 0)
        draw_hover(r, &c, b, input->hover_x, input->hover_y);
}

sim_hit_t sim_render_hit(const sim_render_t *r, const sim_board_t *b, int x, int y) {
    (void)b;
    return sim_layout_hit(&r->lay, x, y);
}

int sim_render_key(const sim_render_t *r, int part) {
    const sim_lay_part_t *p = sim_layout_part(&r->lay, part);
    return p ? p->key : 0;
}

int sim_render_key_part(const sim_render_t *r, int key) {
    for (int i = 0; i < r->lay.nparts; i++)
        if (key && r->lay.parts[i].key == key) return r->lay.parts[i].part;
    return -1;
}
