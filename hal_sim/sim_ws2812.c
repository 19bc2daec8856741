// hal_sim/sim_ws2812.c: machine.bitstream's waveform on a pin, and the WS2812 strip
// that decodes it from the pin's edges (so bit-banged data works too). Layer:
// simulated board (hal_sim); plain C, no VM.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <string.h>

#include "sim_analog.h"

// WS2812B datasheet: a 0 bit is high 0.4 µs, a 1 bit 0.8 µs (±150 ns); a
// high time from this up reads as 1. A low of 50 µs or more is the reset
// that latches the shifted colours.
#define ONE_NS 550u
#define RESET_NS 50000u

int sim_bitstream(void *h, int pin, const uint32_t timing[4], const uint8_t *data, size_t len) {
    sim_board_t *b = h;
    int i = sim_pin_index(b, pin);
    if (i < 0) return i;
    sim_pin_t *p = &b->pins[i];
    if (p->mode != PY_HAL_PIN_OUT) return -EINVAL;
    // Interrupts are off while it runs: the clock moves without running
    // events; those due meanwhile run at the next run_until.
    for (size_t k = 0; k < len; k++)
        for (int bit = 7; bit >= 0; bit--) {
            int one = data[k] >> bit & 1;
            p->out = 1;
            sim_pin_update(b, i);
            b->clock.now += timing[one ? 2 : 0];
            p->out = 0;
            sim_pin_update(b, i);
            b->clock.now += timing[one ? 3 : 1];
        }
    return 0;
}

static void latch(sim_analog_part_t *a) {
    if (!a->pending) return;
    int whole = a->bits / 24;
    if (whole > a->npixels) whole = a->npixels;
    memcpy(a->shown, a->shift, (size_t)whole * 3);
    a->pending = false;
}

// Each pixel keeps the first 24 bits after a reset and passes the rest on,
// so bit n of the frame lands in pixel n / 24; bits past the strip are lost.
static void decode(sim_analog_part_t *a, int level, uint64_t t) {
    if (level) {
        if (t - a->fall >= RESET_NS) {
            latch(a);
            a->bits = 0;
        }
        a->rise = t;
        return;
    }
    a->fall = t;
    if (a->bits >= a->npixels * 24) return;
    uint8_t *byte = &a->shift[a->bits / 8];
    uint8_t mask = (uint8_t)(0x80 >> (a->bits % 8));
    if (t - a->rise >= ONE_NS) *byte |= mask;
    else *byte &= (uint8_t)~mask;
    a->bits++;
    a->pending = true;
}

void sim_analog_pin_changed(sim_board_t *b, int pin) {
    for (int k = 0; k < b->nparts; k++) {
        sim_analog_part_t *a = b->parts[k].analog;
        if (a && a->kind == SIM_AN_WS2812 && b->parts[k].pin == pin)
            decode(a, b->pins[pin].level == 1, b->clock.now);
    }
}

int sim_ws2812_pixels(sim_board_t *b, int part, uint8_t *out, int max) {
    sim_part_t *p = &b->parts[part];
    sim_analog_part_t *a = p->analog;
    if (!a || a->kind != SIM_AN_WS2812) return -EINVAL;
    if (b->pins[p->pin].level == 0 && b->clock.now - a->fall >= RESET_NS) latch(a);
    for (int n = 0; n < a->npixels && n < max; n++) {
        out[3 * n] = a->shown[3 * n + 1];   // the wire sends G, R, B
        out[3 * n + 1] = a->shown[3 * n];
        out[3 * n + 2] = a->shown[3 * n + 2];
    }
    return a->npixels;
}
