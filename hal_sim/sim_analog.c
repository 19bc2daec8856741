// hal_sim/sim_analog.c: the analog parts' bring-up and props (LDR, TMP36, the RP2040
// core sensor, RGB LEDs, WS2812 strips), LED brightness, the RTC, the watchdog and
// board resets. Layer: simulated board (hal_sim); plain C, no VM.
// SPDX-License-Identifier: MIT

#include "sim_analog.h"
#include "sim_date.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ---- bring-up -------------------------------------------------------------------------------

static int bad(char *err, size_t len, const char *what, const char *name) {
    snprintf(err, len, "%s: %s", what, name);
    return -EINVAL;
}

static void pwm_slices(sim_board_t *b) {
    const sim_json_t *pins = sim_json_get(b->json, "pins");
    for (int i = 0; i < b->npins; i++) {
        sim_pwm_t *w = &b->analog->pwm[i];
        w->trace_id = -1;
        const sim_json_t *fn = sim_json_get(pins->items[i], "functions");
        for (size_t k = 0; fn && fn->kind == SIM_JSON_OBJ && k < fn->len; k++) {
            if (strncmp(fn->keys[k], "pwm", 3) != 0) continue;
            w->slice = strcmp(fn->keys[k], "pwm") == 0 ? NULL : fn->keys[k];
            w->channel = sim_json_str(fn->items[k], "A");
        }
    }
}

// "rtc_start": "YYYY-MM-DD HH:MM:SS", the RTC's value at power-on.
static int rtc_start(sim_board_t *b, char *err, size_t len) {
    const char *s = sim_json_str(sim_json_get(b->json, "rtc_start"), "2000-01-01 00:00:00");
    int y, mo, d, h, mi, sec;
    if (sscanf(s, "%d-%d-%d%*[ T]%d:%d:%d", &y, &mo, &d, &h, &mi, &sec) != 6 || mo < 1 ||
        mo > 12 || d < 1 || d > 31)
        return bad(err, len, "rtc_start is not YYYY-MM-DD HH:MM:SS", s);
    int64_t secs = sim_date_days(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
    // Counted from bring-up: the clock starts when the board is opened.
    b->analog->rtc_base_us = secs * 1000000;
    b->analog->rtc_from_start = true;
    return 0;
}

static int set_prop(sim_board_t *b, int part, const char *prop, double value, bool do_apply);

static int wire_part(sim_board_t *b, sim_part_t *p, char *err, size_t len) {
    static const char *const types[] = {"ldr", "tmp36", "rp2040_temp", "rgb_led", "ws2812"};
    int kind = -1;
    for (int k = 0; k < 5; k++)
        if (strcmp(p->type, types[k]) == 0) kind = k;
    if (kind < 0) return 0;
    sim_analog_part_t *a = calloc(1, sizeof *a);
    if (!a) return -ENOMEM;
    p->analog = a;
    p->set_prop = set_prop;
    a->kind = (sim_analog_kind_t)kind;
    const sim_json_t *attrs = sim_json_get(p->json, "attrs");
    a->value = sim_json_num(sim_json_get(attrs, kind == SIM_AN_LDR ? "lux" : "temperature"),
                            kind == SIM_AN_LDR ? 500 : 25);
    a->gamma = sim_json_num(sim_json_get(attrs, "gamma"), 0.7);
    a->rl10 = sim_json_num(sim_json_get(attrs, "rl10"), 50);
    a->r_fixed = sim_json_num(sim_json_get(attrs, "r_fixed"), 10000);
    a->channel = (int)sim_json_num(sim_json_get(attrs, "channel"), 4);
    if ((kind == SIM_AN_LDR || kind == SIM_AN_TMP36 || kind == SIM_AN_WS2812) && p->pin < 0)
        return bad(err, len, "part needs a pin", p->id);
    if (kind == SIM_AN_RGB) {
        const sim_json_t *pins = sim_json_get(p->json, "pins");
        static const char *const color[3] = {"r", "g", "b"};
        for (int c = 0; c < 3; c++) {
            const char *name = sim_json_str(sim_json_get(pins, color[c]), "");
            int n = b->naliases, found = -1;
            for (int i = 0; i < b->npins && found < 0; i++)
                if (strcmp(b->pins[i].info.cpu_name, name) == 0) found = i;
            for (int i = 0; i < n && found < 0; i++)
                if (strcmp(b->alias_names[i], name) == 0) found = b->alias_pins[i];
            if (found < 0) return bad(err, len, "rgb_led needs pins r, g and b", p->id);
            a->rgb[c] = found;
        }
        const char *common = sim_json_str(sim_json_get(attrs, "common"), "cathode");
        a->active = strcmp(common, "anode") != 0;
    }
    if (kind == SIM_AN_WS2812) {
        double n = sim_json_num(sim_json_get(attrs, "pixels"), 8);
        if (n < 1 || n > 4096) return bad(err, len, "ws2812 pixels must be 1..4096", p->id);
        a->npixels = (int)n;
        a->shown = calloc((size_t)a->npixels, 3);
        a->shift = calloc((size_t)a->npixels, 3);
        if (!a->shown || !a->shift) return -ENOMEM;
    }
    return 0;
}

int sim_analog_load(sim_board_t *b, char *err, size_t len) {
    sim_analog_t *a = calloc(1, sizeof *a);
    if (!a) return -ENOMEM;
    b->analog = a;
    if (!(a->pwm = calloc((size_t)b->npins, sizeof *a->pwm))) return -ENOMEM;
    pwm_slices(b);
    const sim_json_t *range = sim_json_get(b->json, "pwm_freq");
    double f = (double)b->freq;
    a->pwm_min = (uint32_t)ceil(f / (256.0 * 65536.0));
    a->pwm_max = (uint32_t)(f / 2);
    if (range && range->kind == SIM_JSON_ARR && range->len == 2) {
        a->pwm_min = (uint32_t)sim_json_num(range->items[0], a->pwm_min);
        a->pwm_max = (uint32_t)sim_json_num(range->items[1], a->pwm_max);
    }
    if (a->pwm_min < 1) a->pwm_min = 1;
    a->pwm_default = (uint32_t)sim_json_num(sim_json_get(b->json, "pwm_default_freq"), f / 65536 + 0.5);
    a->adc_bits = (int)sim_json_num(sim_json_get(b->json, "adc_bits"), 12);
    if (a->adc_bits < 1 || a->adc_bits > 16) return bad(err, len, "adc_bits must be 1..16", b->name);
    a->wdt_max_ms = (uint32_t)sim_json_num(sim_json_get(b->json, "wdt_max_ms"), 8388);
    int r = rtc_start(b, err, len);
    for (int k = 0; r == 0 && k < b->nparts; k++) r = wire_part(b, &b->parts[k], err, len);
    return r;
}

void sim_analog_free(sim_board_t *b) {
    for (int k = 0; k < b->nparts; k++) {
        sim_analog_part_t *a = b->parts[k].analog;
        if (!a) continue;
        free(a->shown);
        free(a->shift);
        free(a);
        b->parts[k].analog = NULL;
    }
    if (b->analog) free(b->analog->pwm);
    free(b->analog);
    b->analog = NULL;
}

// ---- props ----------------------------------------------------------------------------------

static void apply(sim_board_t *b, int part, double value) {
    sim_analog_part_t *a = b->parts[part].analog;
    a->value = a->kind == SIM_AN_LDR && value < 0 ? 0 : value;
}

// LDR: NULL or "lux"; TMP36 and core sensor: NULL or "temperature".
// sim_part_set_prop checks first (apply false), then applies now or when due.
static int set_prop(sim_board_t *b, int part, const char *prop, double value, bool do_apply) {
    sim_analog_part_t *a = b->parts[part].analog;
    if (a->kind == SIM_AN_RGB || a->kind == SIM_AN_WS2812) return -EINVAL;
    const char *name = a->kind == SIM_AN_LDR ? "lux" : "temperature";
    if (prop && strcmp(prop, name) != 0) return -EINVAL;
    if (!isfinite(value)) return -EINVAL;
    if (do_apply) apply(b, part, value);
    return 0;
}

// ---- brightness -----------------------------------------------------------------------------

static double pin_brightness(const sim_board_t *b, int pin, int active) {
    double high = sim_pwm_level(b, pin);
    if (high < 0) high = b->pins[pin].level == 1;
    return active ? high : 1 - high;
}

double sim_analog_brightness(const sim_board_t *b, int part, int color) {
    const sim_part_t *p = &b->parts[part];
    if (p->kind == SIM_PART_LED) return pin_brightness(b, p->pin, p->active);
    if (p->analog && p->analog->kind == SIM_AN_RGB && color >= 0 && color < 3)
        return pin_brightness(b, p->analog->rgb[color], p->analog->active);
    return -1;
}

// ---- RTC ------------------------------------------------------------------------------------

int sim_rtc_get(void *h, int64_t *secs, uint32_t *us) {
    sim_board_t *b = h;
    uint64_t t0 = b->analog->rtc_from_start ? b->start : b->analog->rtc_t0;
    int64_t t = b->analog->rtc_base_us + (int64_t)((b->clock.now - t0) / 1000);
    int64_t s = t >= 0 ? t / 1000000 : -((-t + 999999) / 1000000);
    *secs = s;
    *us = (uint32_t)(t - s * 1000000);
    return 0;
}

int sim_rtc_set(void *h, int64_t secs, uint32_t us) {
    sim_board_t *b = h;
    if (us >= 1000000 || secs > INT64_MAX / 2000000 || secs < -INT64_MAX / 2000000) return -EINVAL;
    b->analog->rtc_base_us = secs * 1000000 + us;
    b->analog->rtc_t0 = b->clock.now;
    b->analog->rtc_from_start = false;
    return 0;
}

// ---- watchdog -------------------------------------------------------------------------------

static void wdt_event(void *ctx, uint64_t arg) {
    (void)arg;
    sim_board_t *b = ctx;
    b->analog->wdt_event = 0;
    sim_board_report(b, b->analog->wdt_tag, PY_HAL_WDT_EXPIRED);
}

static int wdt_arm(sim_board_t *b) {
    sim_analog_t *a = b->analog;
    if (a->wdt_event) sim_clock_cancel(&b->clock, a->wdt_event);
    int id = sim_clock_at(&b->clock, b->clock.now + a->wdt_timeout, wdt_event, b, 0);
    a->wdt_event = id < 0 ? 0 : id;
    return id < 0 ? id : 0;
}

int sim_wdt_start(void *h, uint32_t timeout_ms, uint32_t tag) {
    sim_board_t *b = h;
    sim_analog_t *a = b->analog;
    if (timeout_ms == 0 || timeout_ms > a->wdt_max_ms) return -EINVAL;
    a->wdt_on = true;
    a->wdt_timeout = (uint64_t)timeout_ms * 1000000u;
    a->wdt_tag = tag;
    return wdt_arm(b);
}

int sim_wdt_feed(void *h) {
    sim_board_t *b = h;
    return b->analog->wdt_on ? wdt_arm(b) : -ENOENT;
}

// ---- reset ----------------------------------------------------------------------------------

// The MCU's reset: its own state goes, the board's (parts, pending part
// changes, the clock, the RTC) stays. Pins return to inputs; with nothing
// driving them they read 0, as the RP2040's power-on pull-downs make them.
void sim_board_reset(void *h, int cause) {
    sim_board_t *b = h;
    for (int k = 0; k < b->ntimers; k++) {
        if (!b->timers[k].used) continue;
        sim_clock_cancel(&b->clock, b->timers[k].event);
        b->timers[k].used = false;
    }
    sim_analog_t *a = b->analog;
    if (a->wdt_event) sim_clock_cancel(&b->clock, a->wdt_event);
    a->wdt_event = 0;
    a->wdt_on = false;
    for (int i = 0; i < b->npins; i++) {
        if (a->pwm[i].on) sim_pwm_stop(b, b->pins[i].info.number);
        sim_pin_t *p = &b->pins[i];
        p->irq_trig = 0;
        p->claim = NULL;
        p->mode = -1;
        p->out = 0;
        p->pull = PY_HAL_PULL_DOWN;
        sim_pin_update(b, i);
        p->pull = PY_HAL_PULL_NONE;
    }
    b->reset_cause = cause;
}
