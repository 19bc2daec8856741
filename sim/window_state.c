// sim/window_state.c: change detection for the board window: a hash of what the
// picture shows, so the window redraws only when the board changed. Layer: the board's view.
// SPDX-License-Identifier: MIT
//
// Hashing costs far less than drawing: a few hundred words per board plus
// the displays' pixels, against every pixel of the picture.

#include <string.h>

#include "sim_analog.h"
#include "sim_board.h"
#include "sim_i2c.h"
#include "window.h"

// FNV-1a over 64-bit words.
static uint64_t mix(uint64_t h, uint64_t v) {
    for (int i = 0; i < 8; i++, v >>= 8) h = (h ^ (v & 0xff)) * 0x100000001b3ull;
    return h;
}

static uint64_t mix_double(uint64_t h, double d) {
    uint64_t v;
    memcpy(&v, &d, sizeof v);
    return mix(h, v);
}

// A display's visible pixels (sim_i2c_display fails for other parts).
static uint64_t mix_display(uint64_t h, sim_board_t *b, int k) {
    int w, ht;
    if (sim_i2c_display(b, k, &w, &ht) < 0) return h;
    for (int y = 0; y < ht; y++) {
        uint64_t row = 0;
        for (int x = 0; x < w; x++) {
            row = row << 1 | (sim_i2c_pixel(b, k, x, y) > 0);
            if ((x & 63) == 63) h = mix(h, row), row = 0;
        }
        h = mix(h, row);
    }
    return h;
}

uint64_t sim_window_fingerprint(struct sim_board *b) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (int i = 0; i < b->npins; i++) {
        const sim_pin_t *p = &b->pins[i];
        h = mix(h, (uint64_t)(p->level & 0xff) | (uint64_t)(p->mode & 0xff) << 8 |
                       (uint64_t)(p->pull & 0xff) << 16 | (uint64_t)(p->out & 0xff) << 24);
    }
    uint8_t rgb[3 * 64];
    for (int k = 0; k < b->nparts; k++) {
        const sim_part_t *p = &b->parts[k];
        h = mix(h, (uint64_t)(uint32_t)p->state << 32 | (uint32_t)p->drive);
        h = mix_double(h, p->value);
        if (p->analog) h = mix_double(h, p->analog->value);   // lux, degC
        for (int c = 0; c < 3; c++) h = mix_double(h, sim_analog_brightness(b, k, c));
        if (p->kind != SIM_PART_DEVICE) continue;
        int n = sim_ws2812_pixels(b, k, rgb, 64);
        for (int i = 0; i < 3 * (n < 64 ? n : 64); i++) h = mix(h, rgb[i]);
        h = mix_display(h, b, k);
    }
    return h;
}
