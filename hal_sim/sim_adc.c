// hal_sim/sim_adc.c: the ADC of the simulated board: the voltage each part puts on an
// ADC pin (pot wiper, LDR divider, TMP36), the RP2040's core temperature channel, and
// the converter's resolution. Layer: simulated board (hal_sim); plain C, no VM.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <math.h>

#include "sim_analog.h"

// The RP2040 datasheet's sensor: 0.706 V at 27 °C, -1.721 mV/°C.
static double core_volts(double celsius) { return 0.706 - 0.001721 * (celsius - 27); }

// The LDR sits between the supply and the pin with r_fixed to ground, so
// the voltage rises with light; its resistance is rl10 kΩ at 10 lux and
// falls as lux^-gamma (the usual GL55 curve).
static double ldr_volts(const sim_analog_part_t *a, double vref) {
    if (a->value <= 0) return 0;
    double r = a->rl10 * 1000 * pow(10 / a->value, a->gamma);
    return vref * a->r_fixed / (a->r_fixed + r);
}

// The voltage at pin [i]: the first analog part on it, else its digital level.
static double pin_volts(const sim_board_t *b, int i) {
    for (int k = 0; k < b->nparts; k++) {
        const sim_part_t *p = &b->parts[k];
        if (p->pin != i) continue;
        if (p->kind == SIM_PART_POT) return p->value * b->vref;
        if (!p->analog) continue;
        if (p->analog->kind == SIM_AN_LDR) return ldr_volts(p->analog, b->vref);
        if (p->analog->kind == SIM_AN_TMP36) return 0.5 + 0.01 * p->analog->value;
    }
    return b->pins[i].level == 1 ? b->vref : 0;
}

// The converter's reading of channel [ch], 0 .. 2^bits - 1, or -ENOENT.
static int raw(sim_board_t *b, int ch) {
    double v = 0;
    bool found = false;
    for (int i = 0; i < b->npins && !found; i++)
        if (b->pins[i].info.adc_channel == ch) v = pin_volts(b, i), found = true;
    for (int k = 0; k < b->nparts && !found; k++) {
        const sim_analog_part_t *a = b->parts[k].analog;
        if (a && a->kind == SIM_AN_CORE_TEMP && a->channel == ch) v = core_volts(a->value), found = true;
    }
    if (!found) return -ENOENT;
    int max = (1 << b->analog->adc_bits) - 1;
    double r = v / b->vref * max;
    return r <= 0 ? 0 : r >= max ? max : (int)(r + 0.5);
}

// Full scale is 65535 whatever the resolution (12 bits: raw << 4 | raw >> 8).
int sim_adc_read_u16(void *h, int ch) {
    sim_board_t *b = h;
    int r = raw(b, ch);
    if (r < 0) return r;
    int max = (1 << b->analog->adc_bits) - 1;
    return (int)(((int64_t)r * 65535 + max / 2) / max);
}

int64_t sim_adc_read_uv(void *h, int ch) {
    sim_board_t *b = h;
    int r = raw(b, ch);
    if (r < 0) return r;
    int max = (1 << b->analog->adc_bits) - 1;
    return (int64_t)llround(r * b->vref * 1e6 / max);
}
