// sim/render_parts.c: the pictures of the board's parts: LEDs at their brightness,
// RGB LEDs, buttons drawn pressed, switches, WS2812 strips, SSD1306 panels through the
// model's visible pixels, labelled device boxes, and sliders for pots and sensors.
// Layer: the board's view (sim/); no SDL, no VM.
// SPDX-License-Identifier: MIT

#include "render_parts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim_analog.h"
#include "sim_board.h"
#include "sim_i2c.h"

static const sim_json_t *attrs(const sim_board_t *b, int part) {
    return sim_json_get(b->parts[part].json, "attrs");
}

uint32_t sim_render_parts_led_color(const sim_board_t *b, int part) {
    static const struct { const char *name; uint32_t rgb; } names[] = {
        {"red", 0xff2020}, {"green", 0x20e040}, {"blue", 0x3070ff}, {"yellow", 0xffe020},
        {"orange", 0xff8000}, {"white", 0xffffff}, {"purple", 0xc040ff}, {"cyan", 0x20e0e0},
    };
    const char *c = sim_json_str(sim_json_get(attrs(b, part), "color"), "red");
    if (c[0] == '#' && strlen(c) == 7) {
        char *end;
        unsigned long v = strtoul(c + 1, &end, 16);
        if (!*end) return (uint32_t)v;
    }
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(c, names[i].name) == 0) return names[i].rgb;
    return 0xff2020;
}

// The card's frame and its id (top) and pin (bottom) labels.
static void card(const sim_canvas_t *c, const sim_board_t *b, const sim_lay_part_t *p,
                 bool held) {
    sim_rect_t r = p->box;
    const sim_part_t *part = &b->parts[p->part];
    sim_draw_fill(c, r.x, r.y, r.w, r.h, SIM_COL_CARD);
    sim_draw_frame(c, r.x, r.y, r.w, r.h, held ? SIM_COL_HELD : SIM_COL_EDGE);
    sim_draw_str(c, r.x + 4, r.y + 4, part->id, SIM_COL_TEXT);
    if (part->pin >= 0 && p->kind != SIM_LAY_STRIP && p->kind != SIM_LAY_DISPLAY)
        sim_draw_str(c, r.x + 4, r.y + r.h - 12, b->pins[part->pin].info.cpu_name, SIM_COL_DIM);
}

// A lamp: a glow around the lens that grows with the brightness.
static void lamp(const sim_canvas_t *c, int cx, int cy, int r, uint32_t lit, double level) {
    if (level > 0) sim_draw_disc(c, cx, cy, r + 4, sim_draw_mix(SIM_COL_CARD, lit, 0.35 * level));
    sim_draw_disc(c, cx, cy, r, sim_draw_mix(sim_draw_mix(SIM_COL_OFF, lit, 0.2), lit, level));
}

static void led(const sim_canvas_t *c, const sim_board_t *b, const sim_lay_part_t *p) {
    double level = sim_analog_brightness(b, p->part, 0);
    lamp(c, p->box.x + p->box.w / 2, p->box.y + 36, 12, sim_render_parts_led_color(b, p->part),
         level < 0 ? 0 : level);
}

static void rgb(const sim_canvas_t *c, const sim_board_t *b, const sim_lay_part_t *p) {
    uint32_t col = 0;
    double max = 0;
    for (int k = 0; k < 3; k++) {
        double v = sim_analog_brightness(b, p->part, k);
        v = v < 0 ? 0 : v > 1 ? 1 : v;
        if (v > max) max = v;
        col |= (uint32_t)(v * 255 + 0.5) << (16 - 8 * k);
    }
    // The lens shows the mixed colour at full strength; the glow shows how bright.
    uint32_t lens = max > 0 ? sim_draw_mix(0, col, 1 / max) : SIM_COL_OFF;
    lamp(c, p->box.x + p->box.w / 2, p->box.y + 36, 12, lens, max);
}

static void key_label(const sim_canvas_t *c, const sim_lay_part_t *p) {
    if (!p->key) return;
    char s[4] = {'[', p->key, ']', 0};
    sim_draw_str(c, p->box.x + p->box.w - 28, p->box.y + 4, s, SIM_COL_ACCENT);
}

static void button(const sim_canvas_t *c, const sim_board_t *b, const sim_lay_part_t *p,
                   bool held) {
    bool down = b->parts[p->part].state || held;
    int x = p->box.x + p->box.w / 2 - 16, y = p->box.y + 18;
    sim_draw_fill(c, x, y, 32, 32, 0x101010);
    if (down) sim_draw_fill(c, x + 4, y + 4, 26, 26, 0x8a2020);
    else {
        sim_draw_fill(c, x + 2, y + 2, 26, 26, 0xe04040);
        sim_draw_fill(c, x + 4, y + 4, 8, 4, 0xf09090);   // the cap's highlight
    }
    key_label(c, p);
}

static void slide_switch(const sim_canvas_t *c, const sim_board_t *b, const sim_lay_part_t *p) {
    int on = b->parts[p->part].state;
    int x = p->box.x + p->box.w / 2 - 20, y = p->box.y + 28;
    sim_draw_fill(c, x, y, 40, 16, on ? 0x307040 : 0x404040);
    sim_draw_frame(c, x, y, 40, 16, SIM_COL_EDGE);
    sim_draw_fill(c, on ? x + 22 : x + 2, y + 2, 16, 12, 0xd0d0d0);
    sim_draw_str(c, x + 16, y + 22, on ? "1" : "0", SIM_COL_TEXT);
    key_label(c, p);
}

static void strip(const sim_canvas_t *c, sim_board_t *b, const sim_lay_part_t *p) {
    uint8_t rgb_bytes[3 * 1024];
    int n = sim_ws2812_pixels(b, p->part, rgb_bytes, 1024);
    int per_row = (p->box.w - 16) / 22;
    if (per_row < 1) per_row = 1;
    for (int i = 0; i < n && i < 1024; i++) {
        int cx = p->box.x + 16 + (i % per_row) * 22, cy = p->box.y + 30 + (i / per_row) * 22;
        uint32_t col = (uint32_t)rgb_bytes[3 * i] << 16 | (uint32_t)rgb_bytes[3 * i + 1] << 8 |
                       rgb_bytes[3 * i + 2];
        sim_draw_disc(c, cx, cy, 9, SIM_COL_EDGE);
        sim_draw_disc(c, cx, cy, 8, col ? col : SIM_COL_OFF);
    }
}

static void display(const sim_canvas_t *c, sim_board_t *b, const sim_lay_part_t *p) {
    int x0 = p->box.x + 8, y0 = p->box.y + 20, s = p->scale;
    sim_draw_fill(c, x0 - 2, y0 - 2, p->dw * s + 4, p->dh * s + 4, 0x000000);
    for (int y = 0; y < p->dh; y++)
        for (int x = 0; x < p->dw; x++) {
            int on = sim_i2c_pixel(b, p->part, x, y);
            sim_draw_fill(c, x0 + x * s, y0 + y * s, s, s, on == 1 ? 0xa8e8ff : 0x0a1018);
        }
}

static void device(const sim_canvas_t *c, const sim_board_t *b, const sim_lay_part_t *p) {
    const sim_part_t *part = &b->parts[p->part];
    char s[64];
    const char *bus = sim_json_str(sim_json_get(part->json, "bus"), "");
    double addr = sim_json_num(sim_json_get(attrs(b, p->part), "address"), -1);
    if (addr >= 0) snprintf(s, sizeof s, "%s %s 0x%02x", part->type, bus, (unsigned)addr);
    else snprintf(s, sizeof s, "%s %s", part->type, bus);
    sim_draw_str(c, p->box.x + 4, p->box.y + 18, s, SIM_COL_DIM);
}

void sim_render_parts_card(const sim_canvas_t *c, sim_board_t *b, const sim_lay_part_t *p,
                           bool held) {
    card(c, b, p, held);
    switch (p->kind) {
    case SIM_LAY_LED: led(c, b, p); break;
    case SIM_LAY_RGB: rgb(c, b, p); break;
    case SIM_LAY_BUTTON: button(c, b, p, held); break;
    case SIM_LAY_SWITCH: slide_switch(c, b, p); break;
    case SIM_LAY_STRIP: strip(c, b, p); break;
    case SIM_LAY_DISPLAY: display(c, b, p); break;
    case SIM_LAY_DEVICE: device(c, b, p); break;
    }
}

double sim_render_parts_value(const sim_board_t *b, const sim_lay_slider_t *s) {
    const sim_part_t *p = &b->parts[s->part];
    double v = s->min;
    if (p->kind == SIM_PART_POT) v = p->value;
    else if (p->analog) v = p->analog->value;
    else if (s->prop) sim_i2c_get_prop(b, s->part, s->prop, &v);
    return v;
}

void sim_render_parts_slider(const sim_canvas_t *c, const sim_board_t *b,
                             const sim_lay_slider_t *s) {
    char label[40], value[32];
    const char *id = b->parts[s->part].id;
    bool many = s->prop && strcmp(b->parts[s->part].type, "bme280") == 0;
    many = many || (s->prop && strcmp(b->parts[s->part].type, "sht31") == 0);
    snprintf(label, sizeof label, "%.16s%s%.16s", id, many ? " " : "", many ? s->prop : "");
    label[17] = 0;
    sim_draw_str(c, s->row.x, s->row.y + 7, label, SIM_COL_TEXT);
    sim_rect_t t = s->track;
    sim_draw_fill(c, t.x, t.y + t.h / 2 - 2, t.w, 4, SIM_COL_EDGE);
    double v = sim_render_parts_value(b, s);
    double f = (v - s->min) / (s->max - s->min);
    f = f < 0 ? 0 : f > 1 ? 1 : f;
    int kx = t.x + (int)(f * (t.w - 1) + 0.5);
    sim_draw_fill(c, t.x, t.y + t.h / 2 - 2, kx - t.x, 4, SIM_COL_ACCENT);
    sim_draw_fill(c, kx - 4, t.y + 3, 9, t.h - 6, 0xd0d0d0);
    if (!s->prop) snprintf(value, sizeof value, "%.2f", v);
    else if (s->max - s->min >= 200) snprintf(value, sizeof value, "%.0f %s", v, s->unit);
    else snprintf(value, sizeof value, "%.1f %s", v, s->unit);
    sim_draw_str(c, t.x + t.w + 12, s->row.y + 7, value, SIM_COL_TEXT);
}
