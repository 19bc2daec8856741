// sim/layout.c: the board picture's layout from the board file alone: a status line,
// the MCU as a chip with its labelled pins, the parts in sections to its right (lights
// and switches, strips, displays, sliders, other devices) and the console pane below.
// Layer: the board's view (sim/); no SDL, no VM.
// SPDX-License-Identifier: MIT
//
// Sizes depend only on the board file, never on the board's state, so every
// screenshot of a board has the same size and golden images stay comparable.

#include "layout.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sim_analog.h"
#include "sim_board.h"

enum {
    MARGIN = 8, STATUS_H = 20, PITCH = 14, PAD = 10, CHIP_TOP = 30, GAP = 8,
    CARD_W = 72, CARD_H = 84, ROW_H = 22, LABEL_COLS = 17, TRACK_W = 240,
    DEV_W = 160, DEV_H = 34, STRIP_PITCH = 22,
    DEFAULT_W = 960, DEFAULT_LINES = 8, DEFAULT_SCALE = 3, MAX_LABEL = 8,
};

// ---- the board file's hints -------------------------------------------------------------

static const sim_json_t *hints(const sim_board_t *b) { return sim_json_get(b->json, "layout"); }

static int hint_int(const sim_board_t *b, const char *key, int dflt, int lo, int hi) {
    double v = sim_json_num(sim_json_get(hints(b), key), dflt);
    return v < lo ? lo : v > hi ? hi : (int)v;
}

static bool hidden(const sim_board_t *b, const char *id) {
    const sim_json_t *h = sim_json_get(hints(b), "hide");
    for (size_t i = 0; h && h->kind == SIM_JSON_ARR && i < h->len; i++)
        if (strcmp(sim_json_str(h->items[i], ""), id) == 0) return true;
    return false;
}

// ---- pins ---------------------------------------------------------------------------------

// The name users know a pin by: its first board name, else an alias, else its CPU name.
static const char *pin_label(const sim_board_t *b, int i) {
    const char *cpu = b->pins[i].info.cpu_name;
    const sim_json_t *pins = sim_json_get(b->json, "pins");
    for (size_t k = 0; pins && k < pins->len; k++) {
        const sim_json_t *p = pins->items[k];
        if (strcmp(sim_json_str(sim_json_get(p, "cpu"), ""), cpu) != 0) continue;
        const sim_json_t *names = sim_json_get(p, "board");
        if (names && names->kind == SIM_JSON_ARR && names->len > 0)
            return sim_json_str(names->items[0], cpu);
    }
    for (int k = 0; k < b->naliases; k++)
        if (b->alias_pins[k] == i) return b->alias_names[k];
    return cpu;
}

static int label_len(const char *s) {
    int n = (int)strlen(s);
    return n > MAX_LABEL ? MAX_LABEL : n;
}

// The chip: pins down its left side, then up its right side, as a DIP package
// numbers them. Returns the column's right edge.
static int place_chip(sim_layout_t *l, const sim_board_t *b) {
    int cols = 4;
    for (int i = 0; i < b->npins; i++) {
        l->pins[i].label = pin_label(b, i);
        if (label_len(l->pins[i].label) > cols) cols = label_len(l->pins[i].label);
    }
    int left = (b->npins + 1) / 2, right = b->npins - left;
    int tw = (int)strlen(l->title) + 2, nw = (int)strlen(b->name) + 2;
    int body_w = 8 * (tw > nw ? tw : nw);
    if (body_w < 112) body_w = 112;
    int pad_l = MARGIN + cols * 8 + 4, body_x = pad_l + PAD;
    l->chip = (sim_rect_t){body_x, STATUS_H + MARGIN + GAP, body_w,
                           CHIP_TOP + (left > right ? left : right) * PITCH + 8};
    for (int i = 0; i < b->npins; i++) {
        sim_lay_pin_t *p = &l->pins[i];
        p->right = i >= left;
        int row = p->right ? b->npins - 1 - i : i;
        int y = l->chip.y + CHIP_TOP + row * PITCH;
        int lw = label_len(p->label) * 8 + 4;
        if (p->right) {
            p->pad = (sim_rect_t){body_x + body_w, y, PAD, PAD};
            p->hit = (sim_rect_t){p->pad.x, y - 2, PAD + lw, PITCH};
        } else {
            p->pad = (sim_rect_t){pad_l, y, PAD, PAD};
            p->hit = (sim_rect_t){pad_l - lw, y - 2, PAD + lw, PITCH};
        }
    }
    return body_x + body_w + PAD + 4 + cols * 8;
}

// ---- parts ------------------------------------------------------------------------------

typedef struct {
    int x0, x1;        // the column
    int x, y, row_h;   // the cursor and the current row's height
} flow_t;

static sim_rect_t place(flow_t *f, int w, int h) {
    if (f->x > f->x0 && f->x + w > f->x1) f->x = f->x0, f->y += f->row_h + GAP, f->row_h = 0;
    sim_rect_t r = {f->x, f->y, w, h};
    f->x += w + GAP;
    if (h > f->row_h) f->row_h = h;
    return r;
}

static void section_end(flow_t *f) {
    if (f->row_h) f->y += f->row_h + GAP;
    f->x = f->x0, f->row_h = 0;
}

static bool is(const sim_part_t *p, const char *type) { return strcmp(p->type, type) == 0; }

static int card_kind(const sim_part_t *p) {
    if (is(p, "led")) return SIM_LAY_LED;
    if (is(p, "rgb_led")) return SIM_LAY_RGB;
    if (is(p, "button")) return SIM_LAY_BUTTON;
    if (is(p, "slide_switch")) return SIM_LAY_SWITCH;
    if (is(p, "ws2812")) return SIM_LAY_STRIP;
    if (is(p, "ssd1306")) return SIM_LAY_DISPLAY;
    return -1;
}

typedef struct {
    const char *type, *prop, *unit;
    double min, max;
} slider_spec_t;

// The parts drawn as sliders, with the properties and ranges a user may set.
static const slider_spec_t SLIDERS[] = {
    {"pot", NULL, "", 0, 1},
    {"ldr", "lux", "lux", 0, 2000},
    {"tmp36", "temperature", "C", -40, 125},
    {"rp2040_temp", "temperature", "C", -20, 85},
    {"bme280", "temperature", "C", -40, 85},
    {"bme280", "pressure", "hPa", 300, 1100},
    {"bme280", "humidity", "%", 0, 100},
    {"sht31", "temperature", "C", -40, 125},
    {"sht31", "humidity", "%", 0, 100},
};
#define NSPECS (int)(sizeof SLIDERS / sizeof SLIDERS[0])

static bool has_sliders(const sim_part_t *p) {
    for (int s = 0; s < NSPECS; s++)
        if (is(p, SLIDERS[s].type)) return true;
    return false;
}

static void add_card(sim_layout_t *l, flow_t *f, const sim_board_t *b, int k, int kind) {
    sim_lay_part_t *c = &l->parts[l->nparts++];
    *c = (sim_lay_part_t){.part = k, .kind = kind};
    int idw = ((int)strlen(b->parts[k].id) + 1) * 8;
    if (kind == SIM_LAY_STRIP) {
        int n = b->parts[k].analog ? b->parts[k].analog->npixels : 8;
        int per_row = (f->x1 - f->x0 - 16) / STRIP_PITCH;
        if (per_row < 1) per_row = 1;
        int rows = (n + per_row - 1) / per_row;
        c->box = place(f, f->x1 - f->x0, 24 + (rows < 1 ? 1 : rows) * STRIP_PITCH + 4);
    } else if (kind == SIM_LAY_DISPLAY) {
        c->dw = 128, c->dh = (int)sim_json_num(sim_json_get(sim_json_get(b->parts[k].json,
                                                                          "attrs"), "height"), 64);
        if (c->dh != 32) c->dh = 64;
        c->scale = hint_int(b, "display_scale", DEFAULT_SCALE, 1, 8);
        while (c->scale > 1 && c->dw * c->scale + 16 > f->x1 - f->x0) c->scale--;
        c->box = place(f, c->dw * c->scale + 16, c->dh * c->scale + 28);
    } else if (kind == SIM_LAY_DEVICE) {
        c->box = place(f, idw + 8 > DEV_W ? idw + 8 : DEV_W, DEV_H);
    } else {
        c->box = place(f, idw + 8 > CARD_W ? idw + 8 : CARD_W, CARD_H);
    }
}

static void add_sliders(sim_layout_t *l, flow_t *f, int k, const sim_part_t *p) {
    for (int s = 0; s < NSPECS; s++) {
        if (!is(p, SLIDERS[s].type)) continue;
        sim_lay_slider_t *sl = &l->sliders[l->nsliders++];
        sl->part = k, sl->prop = SLIDERS[s].prop, sl->unit = SLIDERS[s].unit;
        sl->min = SLIDERS[s].min, sl->max = SLIDERS[s].max;
        sl->row = (sim_rect_t){f->x0, f->y, f->x1 - f->x0, ROW_H};
        sl->track = (sim_rect_t){f->x0 + LABEL_COLS * 8 + 8, f->y, TRACK_W, ROW_H};
        f->y += ROW_H;
    }
}

// Keys: a part's "key" attr, else the next free one of "1234567890" for each
// button and switch in board order.
static void assign_keys(sim_layout_t *l, const sim_board_t *b) {
    bool used[256] = {false};
    for (int i = 0; i < l->nparts; i++) {
        const char *k = sim_json_str(
            sim_json_get(sim_json_get(b->parts[l->parts[i].part].json, "attrs"), "key"), "");
        if (k[0] && !k[1]) l->parts[i].key = k[0], used[(unsigned char)k[0]] = true;
    }
    const char *pool = "1234567890";
    for (int i = 0; i < l->nparts; i++) {
        sim_lay_part_t *c = &l->parts[i];
        if (c->key || (c->kind != SIM_LAY_BUTTON && c->kind != SIM_LAY_SWITCH)) continue;
        while (*pool && used[(unsigned char)*pool]) pool++;
        if (*pool) c->key = *pool++;
    }
}

// Sections, each starting a new row: lights and switches, strips, displays,
// sliders, then the devices that have nothing to show or touch.
static int place_parts(sim_layout_t *l, const sim_board_t *b, int x0, int x1) {
    flow_t f = {x0, x1, x0, STATUS_H + MARGIN + GAP, 0};
    static const int order[][2] = {{SIM_LAY_LED, SIM_LAY_SWITCH}, {SIM_LAY_STRIP, SIM_LAY_STRIP},
                                   {SIM_LAY_DISPLAY, SIM_LAY_DISPLAY}};
    for (int s = 0; s < 3; s++) {
        for (int k = 0; k < b->nparts; k++) {
            int kind = card_kind(&b->parts[k]);
            if (kind >= order[s][0] && kind <= order[s][1] && !hidden(b, b->parts[k].id))
                add_card(l, &f, b, k, kind);
        }
        section_end(&f);
    }
    for (int k = 0; k < b->nparts; k++)
        if (has_sliders(&b->parts[k]) && !hidden(b, b->parts[k].id))
            add_sliders(l, &f, k, &b->parts[k]);
    if (l->nsliders) f.y += GAP;
    for (int k = 0; k < b->nparts; k++) {
        const sim_part_t *p = &b->parts[k];
        if (card_kind(p) < 0 && !has_sliders(p) && !hidden(b, p->id))
            add_card(l, &f, b, k, SIM_LAY_DEVICE);
    }
    section_end(&f);
    assign_keys(l, b);
    return f.y;
}

int sim_layout_make(sim_layout_t *l, const sim_board_t *b) {
    memset(l, 0, sizeof *l);
    l->title = b->mcu && b->mcu[0] ? b->mcu : "MCU";
    l->npins = b->npins;
    l->pins = calloc((size_t)b->npins + 1, sizeof *l->pins);
    l->parts = calloc((size_t)b->nparts + 1, sizeof *l->parts);
    l->sliders = calloc((size_t)b->nparts * 3 + 1, sizeof *l->sliders);
    if (!l->pins || !l->parts || !l->sliders) {
        sim_layout_free(l);
        return -ENOMEM;
    }
    int x0 = place_chip(l, b) + 2 * GAP;
    l->w = hint_int(b, "width", DEFAULT_W, 320, 4096);
    if (l->w < x0 + 128 + 16 + MARGIN) l->w = x0 + 128 + 16 + MARGIN;   // one display at 1x
    int bottom = place_parts(l, b, x0, l->w - MARGIN);
    int chip_bottom = l->chip.y + l->chip.h + GAP;
    if (bottom < chip_bottom) bottom = chip_bottom;
    l->console_lines = hint_int(b, "console_lines", DEFAULT_LINES, 1, 100);
    l->console_cols = (l->w - 2 * MARGIN - 16) / 8;
    l->console = (sim_rect_t){MARGIN, bottom + GAP, l->w - 2 * MARGIN, l->console_lines * 10 + 22};
    l->status = (sim_rect_t){0, 0, l->w, STATUS_H};
    l->h = l->console.y + l->console.h + MARGIN;
    return 0;
}

void sim_layout_free(sim_layout_t *l) {
    free(l->pins);
    free(l->parts);
    free(l->sliders);
    memset(l, 0, sizeof *l);
}

sim_hit_t sim_layout_hit(const sim_layout_t *l, int x, int y) {
    for (int i = 0; i < l->nsliders; i++) {
        const sim_lay_slider_t *s = &l->sliders[i];
        if (!sim_rect_has(s->track, x, y)) continue;
        double t = (double)(x - s->track.x) / (s->track.w - 1);
        return (sim_hit_t){SIM_HIT_SLIDER, s->part, s->min + t * (s->max - s->min), s->prop};
    }
    for (int i = 0; i < l->nparts; i++)
        if (sim_rect_has(l->parts[i].box, x, y))
            return (sim_hit_t){SIM_HIT_PART, l->parts[i].part, 0, NULL};
    for (int i = 0; i < l->npins; i++)
        if (sim_rect_has(l->pins[i].hit, x, y)) return (sim_hit_t){SIM_HIT_PIN, i, 0, NULL};
    return (sim_hit_t){SIM_HIT_NONE, -1, 0, NULL};
}

const sim_lay_part_t *sim_layout_part(const sim_layout_t *l, int part) {
    for (int i = 0; i < l->nparts; i++)
        if (l->parts[i].part == part) return &l->parts[i];
    return NULL;
}
