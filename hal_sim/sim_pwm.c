// hal_sim/sim_pwm.c: PWM outputs of the simulated board: generators shared by the
// outputs of a slice, the pin level and LED brightness they give, and their trace as
// one real-valued duty per setting (not every edge). Layer: simulated board (hal_sim).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sim_analog.h"

static const char CLAIM[] = "PWM";

static bool same(const char *x, const char *y) { return x && y && strcmp(x, y) == 0; }

// The fraction of each period the output is high.
static double high_of(const sim_pwm_t *w) {
    double d = w->duty / 65535.0;
    return w->invert ? 1 - d : d;
}

double sim_pwm_level(const sim_board_t *b, int i) {
    const sim_pwm_t *w = &b->analog->pwm[i];
    return w->on ? high_of(w) : -1;
}

// The pin shows the output as one level per setting: high while any part of
// a period is high, so a digital reader (an LED's lit state, a pin irq)
// sees a PWM'd pin as active; sim_pwm_level has the duty.
static void show(sim_board_t *b, int i) {
    sim_pwm_t *w = &b->analog->pwm[i];
    sim_pin_t *p = &b->pins[i];
    if (w->on) {
        p->mode = PY_HAL_PIN_OUT;
        p->out = high_of(w) > 0;
    }
    sim_pin_update(b, i);
    double high = w->on ? high_of(w) : 0;
    if (b->tracing && w->trace_id >= 0 && high != w->traced)
        sim_vcd_real(&b->vcd, b->clock.now, b->npins + w->trace_id, high);
    w->traced = high;
}

// The frequency pin [i]'s generator runs at: a running output's of its
// slice, else the board's default (an RP2040 slice after reset: 125 MHz /
// 65536 = 1907 Hz).
static uint32_t generator_freq(const sim_board_t *b, int i) {
    const sim_pwm_t *w = &b->analog->pwm[i];
    if (w->on) return w->freq;
    for (int j = 0; j < b->npins; j++) {
        const sim_pwm_t *o = &b->analog->pwm[j];
        if (o->on && same(o->slice, w->slice)) return o->freq;
    }
    return b->analog->pwm_default;
}

int sim_pwm_start(void *h, int pin, uint32_t freq, uint16_t duty, bool invert) {
    sim_board_t *b = h;
    int i = sim_pin_index(b, pin);
    if (i < 0) return i;
    sim_pin_t *p = &b->pins[i];
    sim_analog_t *a = b->analog;
    if (!(p->info.caps & PY_HAL_CAP_PWM)) return -EINVAL;
    if (p->info.reserved || (p->claim && strcmp(p->claim, CLAIM) != 0)) return -EBUSY;
    sim_pwm_t *w = &a->pwm[i];
    if (!freq) freq = generator_freq(b, i);
    if (freq < a->pwm_min || freq > a->pwm_max) return -EINVAL;
    *w = (sim_pwm_t){true, freq, duty, invert, w->slice, w->channel, w->trace_id, w->traced};
    p->claim = CLAIM;
    show(b, i);
    // The other outputs of the slice: its frequency, and for the same
    // channel (RP2040 GPIO0 and GPIO16 are both PWM0 A) the whole setting.
    for (int j = 0; j < b->npins; j++) {
        sim_pwm_t *o = &a->pwm[j];
        if (j == i || !o->on || !same(o->slice, w->slice)) continue;
        o->freq = freq;
        if (same(o->channel, w->channel)) o->duty = duty, o->invert = invert;
        show(b, j);
    }
    return 0;
}

int sim_pwm_stop(void *h, int pin) {
    sim_board_t *b = h;
    int i = sim_pin_index(b, pin);
    if (i < 0) return i;
    sim_pwm_t *w = &b->analog->pwm[i];
    sim_pin_t *p = &b->pins[i];
    if (!w->on) return 0;
    // A stopped output is left low, then released.
    w->on = false;
    p->out = 0;
    show(b, i);
    p->mode = -1;
    p->claim = NULL;
    sim_pin_update(b, i);
    return 0;
}

int sim_pwm_get(void *h, int pin, uint32_t *freq, uint16_t *duty, bool *invert) {
    sim_board_t *b = h;
    int i = sim_pin_index(b, pin);
    if (i < 0) return i;
    sim_pwm_t *w = &b->analog->pwm[i];
    if (!w->on) return -ENOENT;
    *freq = w->freq, *duty = w->duty, *invert = w->invert;
    return 0;
}

int sim_pwm_trace_header(sim_board_t *b, const char *const *names, const int *levels) {
    const char **reals = malloc((size_t)b->npins * sizeof *reals);
    if (!reals) return -ENOMEM;
    int n = 0;
    for (int i = 0; i < b->npins; i++)
        if (b->pins[i].info.caps & PY_HAL_CAP_PWM) {
            b->analog->pwm[i].trace_id = n;
            reals[n++] = b->pins[i].info.cpu_name;
        }
    int r = sim_vcd_header_ex(&b->vcd, b->name, b->npins, names, levels, "pwm", n, reals);
    free(reals);
    return r;
}
