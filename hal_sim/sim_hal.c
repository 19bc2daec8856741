// hal_sim/sim_hal.c: py_hal_sim, the simulated board's backend table (mods/hal.h):
// bring-up, the virtual clock's run_until, pins, timers, ADC, system facts.
// Layer: simulated board (hal_sim).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sim_analog.h"
#include "sim_board.h"
#include "sim_bus.h"
#include "sim_spi.h"
#include "sim_uart.h"
#include "sim_i2c.h"

sim_board_t *sim_hal_board(void *b) { return b; }

static uint64_t wall_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int start_trace(sim_board_t *b, const char *path) {
    int r = sim_vcd_open(&b->vcd, path, b->start);
    if (r < 0) return r;
    const char **names = malloc((size_t)b->npins * sizeof *names);
    int *levels = malloc((size_t)b->npins * sizeof *levels);
    if (names && levels) {
        for (int i = 0; i < b->npins; i++) names[i] = b->pins[i].info.cpu_name, levels[i] = b->pins[i].level;
        r = sim_pwm_trace_header(b, names, levels);
    } else {
        r = -ENOMEM;
    }
    free(names);
    free(levels);
    b->tracing = r == 0;
    return r;
}

static int sim_open(void **out, const py_hal_config_t *cfg) {
    sim_board_t *b;
    int r = sim_load_board(&b, cfg->board, cfg->err, cfg->err_len);
    if (r < 0) return r;
    sim_clock_init(&b->clock, cfg->start_ns);
    b->start = cfg->start_ns;
    b->realtime = cfg->realtime;
    b->wall_offset = wall_ns() - cfg->start_ns;
    // spiuart: SPI devices and UART peers, once the clock is set.
    if ((r = sim_spi_init(b, cfg->err, cfg->err_len)) < 0 ||
        (r = sim_uart_init(b, cfg->err, cfg->err_len)) < 0) {
        sim_spi_free(b);
        sim_load_free(b);
        return r;
    }
    // Parts drive their pins from the start (switches, pulls of parts).
    for (int i = 0; i < b->npins; i++) sim_pin_update(b, i);
    if (cfg->trace_path && (r = start_trace(b, cfg->trace_path)) < 0) {
        snprintf(cfg->err, cfg->err_len, "cannot write trace %s: %s", cfg->trace_path, strerror(-r));
        sim_spi_free(b), sim_uart_free(b);
        sim_load_free(b);
        return r;
    }
    *out = b;
    return 0;
}

static void sim_close(void *h) {
    sim_board_t *b = h;
    if (b->tracing) sim_vcd_close(&b->vcd, b->clock.now);
    sim_spi_free(b), sim_uart_free(b); // spiuart
    sim_load_free(b);
}

static void sim_set_sink(void *h, py_hal_sink_t sink, void *ctx) {
    sim_board_t *b = h;
    b->sink = sink, b->sink_ctx = ctx;
}

// ---- clock ---------------------------------------------------------------------------------

// In real-time mode the clock is the wall clock: reading it catches up.
static uint64_t sim_now(void *h) {
    sim_board_t *b = h;
    if (b->realtime) {
        uint64_t w = wall_ns() - b->wall_offset;
        // Events due before the wall time run at the next run_until; the
        // clock itself may only move past them there.
        if (w > b->clock.now && sim_clock_next(&b->clock) > w) b->clock.now = w;
        return w > b->clock.now ? w : b->clock.now;
    }
    return b->clock.now;
}

// Runs due events up to [t]; 1 as soon as one reported to the sink.
static int run_due(sim_board_t *b, uint64_t t) {
    b->reported = false;
    while (sim_clock_step(&b->clock, t))
        if (b->reported) return 1;
    return 0;
}

// Real time: wait on the wall clock until [t] or the next event, whichever is first.
static int wait_real(sim_board_t *b, uint64_t t) {
    for (;;) {
        uint64_t w = wall_ns() - b->wall_offset;
        if (run_due(b, w < t ? w : t)) return 1;
        if (w >= t) break;
        uint64_t next = sim_clock_next(&b->clock), until = next < t ? next : t;
        if (until > w) {
            uint64_t d = until - w;
            struct timespec ts = {(time_t)(d / 1000000000u), (long)(d % 1000000000u)};
            if (nanosleep(&ts, NULL) != 0) return -EINTR;
        }
    }
    if (t > b->clock.now) b->clock.now = t;
    return 0;
}

static int sim_run_until(void *h, uint64_t t) {
    sim_board_t *b = h;
    if (b->realtime) return wait_real(b, t);
    if (run_due(b, t)) return 1;
    if (t > b->clock.now) b->clock.now = t;
    return 0;
}

static uint64_t sim_next_event(void *h) { return sim_clock_next(&((sim_board_t *)h)->clock); }

static uint64_t sim_access_ns(void *h) {
    (void)h;
    return SIM_ACCESS_NS;
}

// ---- pins ----------------------------------------------------------------------------------

static int sim_pin_find(void *h, const char *name) {
    sim_board_t *b = h;
    for (int i = 0; i < b->naliases; i++)
        if (strcmp(b->alias_names[i], name) == 0) return b->pins[b->alias_pins[i]].info.number;
    for (int i = 0; i < b->npins; i++)
        if (strcmp(b->pins[i].info.cpu_name, name) == 0) return b->pins[i].info.number;
    return -ENOENT;
}

static int sim_pin_info(void *h, int pin, py_hal_pin_info_t *info) {
    sim_board_t *b = h;
    int i = sim_pin_index(b, pin);
    if (i < 0) return i;
    *info = b->pins[i].info;
    if (!info->reserved) info->reserved = b->pins[i].claim;   // "I2C0": a peripheral has it
    return 0;
}

static int sim_pin_next(void *h, int after) {
    sim_board_t *b = h;
    for (int n = after < 0 ? 0 : after + 1; n <= b->max_number; n++)
        if (b->by_number[n] >= 0) return n;
    return -ENOENT;
}

static int sim_pin_alias(void *h, int k, const char **alias, int *pin) {
    sim_board_t *b = h;
    if (k < 0 || k >= b->naliases) return -ENOENT;
    *alias = b->alias_names[k];
    *pin = b->pins[b->alias_pins[k]].info.number;
    return 0;
}

static int sim_pin_open(void *h, int pin, int mode, int pull) {
    sim_board_t *b = h;
    int i = sim_pin_index(b, pin);
    if (i < 0) return i;
    sim_pin_t *p = &b->pins[i];
    // Pin(n) alone only names the pin: I2C(0, scl=Pin(5), ...) must work on a
    // pin the bus already has. A mode or pull would take it from its user.
    if (p->claim && mode < 0 && pull < 0) return 0;
    if (p->info.reserved || p->claim) return -EBUSY;
    if (mode > PY_HAL_PIN_ANALOG || pull > PY_HAL_PULL_DOWN) return -EINVAL;
    bool drives = mode == PY_HAL_PIN_OUT || mode == PY_HAL_PIN_OPEN_DRAIN;
    if ((p->input_only && drives) || (p->no_pull && pull > 0)) return -EINVAL;
    if (mode == PY_HAL_PIN_ANALOG && !(p->info.caps & PY_HAL_CAP_ADC)) return -EINVAL;
    if (mode >= 0) p->mode = mode;
    else if (p->mode < 0) p->mode = PY_HAL_PIN_IN;
    if (pull >= 0) p->pull = pull;
    sim_pin_update(b, i);
    return 0;
}

static int sim_pin_read(void *h, int pin) {
    sim_board_t *b = h;
    int i = sim_pin_index(b, pin);
    return i < 0 ? i : b->pins[i].level;
}

static int sim_pin_write(void *h, int pin, int level) {
    sim_board_t *b = h;
    int i = sim_pin_index(b, pin);
    if (i < 0) return i;
    b->pins[i].out = level != 0;
    sim_pin_update(b, i);
    return 0;
}

static int sim_pin_irq(void *h, int pin, uint32_t triggers, uint32_t tag) {
    sim_board_t *b = h;
    int i = sim_pin_index(b, pin);
    if (i < 0) return i;
    b->pins[i].irq_trig = triggers;
    b->pins[i].irq_tag = tag;
    return 0;
}

static int sim_pin_close(void *h, int pin) {
    sim_board_t *b = h;
    int i = sim_pin_index(b, pin);
    if (i < 0) return i;
    b->pins[i].mode = -1;
    b->pins[i].pull = PY_HAL_PULL_NONE;
    b->pins[i].irq_trig = 0;
    sim_pin_update(b, i);
    return 0;
}

// ---- timers --------------------------------------------------------------------------------

static void timer_event(void *ctx, uint64_t arg);

static int arm(sim_board_t *b, int k, uint64_t at) {
    int id = sim_clock_at(&b->clock, at, timer_event, b, (uint64_t)k);
    if (id < 0) return id;
    b->timers[k].event = id;
    return 0;
}

// A periodic timer's next expiry is counted from the due time, not from when
// its handler ran, so it never drifts.
static void timer_event(void *ctx, uint64_t arg) {
    sim_board_t *b = ctx;
    sim_timer_t *t = &b->timers[arg];
    uint32_t tag = t->tag;
    // A one-shot handle stays allocated until timer_stop, so a stale stop
    // can never hit a timer that reused it.
    if (t->periodic) arm(b, (int)arg, b->clock.now + t->period);
    sim_board_report(b, tag, PY_HAL_TIMER_EXPIRED);
}

static int free_timer(sim_board_t *b) {
    for (int k = 0; k < b->ntimers; k++)
        if (!b->timers[k].used) return k;
    sim_timer_t *t = realloc(b->timers, ((size_t)b->ntimers + 8) * sizeof *t);
    if (!t) return -ENOMEM;
    memset(t + b->ntimers, 0, 8 * sizeof *t);
    b->timers = t;
    b->ntimers += 8;
    return b->ntimers - 8;
}

static int sim_timer_start(void *h, uint64_t period_ns, bool periodic, uint32_t tag) {
    sim_board_t *b = h;
    if (!period_ns) return -EINVAL;
    int k = free_timer(b);
    if (k < 0) return k;
    b->timers[k] = (sim_timer_t){true, period_ns, periodic, tag, 0};
    int r = arm(b, k, sim_now(b) + period_ns);
    if (r < 0) b->timers[k].used = false;
    return r < 0 ? r : k;
}

static int sim_timer_stop(void *h, int k) {
    sim_board_t *b = h;
    if (k < 0 || k >= b->ntimers || !b->timers[k].used) return -ENOENT;
    sim_clock_cancel(&b->clock, b->timers[k].event);
    b->timers[k].used = false;
    return 0;
}

// ---- system ------------------------------------------------------------------------

static int sim_reset_cause(void *h) { return ((sim_board_t *)h)->reset_cause; }
static int64_t sim_cpu_freq(void *h) { return ((sim_board_t *)h)->freq; }

static int sim_unique_id(void *h, uint8_t *out, size_t max) {
    sim_board_t *b = h;
    size_t n = (size_t)b->uid_len < max ? (size_t)b->uid_len : max;
    memcpy(out, b->uid, n);
    return (int)n;
}

// ---- memory map: little-endian RAM regions ------------------------------------------------

static uint8_t *mem_at(sim_board_t *b, uint32_t addr, int width, int *err) {
    if (width != 1 && width != 2 && width != 4) return *err = -EINVAL, NULL;
    if (addr % (uint32_t)width) return *err = -EINVAL, NULL;
    for (int i = 0; i < b->nmems; i++) {
        sim_mem_t *m = &b->mems[i];
        if (addr >= m->base && addr - m->base <= m->size - (uint32_t)width) return m->data + (addr - m->base);
    }
    return *err = -EFAULT, NULL;
}

static int sim_mem_read(void *h, uint32_t addr, int width, uint32_t *value) {
    int err = 0;
    uint8_t *p = mem_at(h, addr, width, &err);
    if (!p) return err;
    *value = 0;
    for (int i = width - 1; i >= 0; i--) *value = *value << 8 | p[i];
    return 0;
}

static int sim_mem_write(void *h, uint32_t addr, int width, uint32_t value) {
    int err = 0;
    uint8_t *p = mem_at(h, addr, width, &err);
    if (!p) return err;
    for (int i = 0; i < width; i++) p[i] = (uint8_t)(value >> (8 * i));
    return 0;
}

const py_hal_t py_hal_sim = {
    .name = "sim",
    .open = sim_open,
    .close = sim_close,
    .set_sink = sim_set_sink,
    .now = sim_now,
    .run_until = sim_run_until,
    .next_event = sim_next_event,
    .access_ns = sim_access_ns,
    .pin_find = sim_pin_find,
    .pin_info = sim_pin_info,
    .pin_next = sim_pin_next,
    .pin_alias = sim_pin_alias,
    .pin_open = sim_pin_open,
    .pin_read = sim_pin_read,
    .pin_write = sim_pin_write,
    .pin_irq = sim_pin_irq,
    .pin_close = sim_pin_close,
    .timer_start = sim_timer_start,
    .timer_stop = sim_timer_stop,
    .adc_read_u16 = sim_adc_read_u16,
    .adc_read_uv = sim_adc_read_uv,
    .i2c_open = sim_i2c_open,
    .i2c_transfer = sim_i2c_transfer,
    .i2c_close = sim_i2c_close,
    .pwm_start = sim_pwm_start,
    .pwm_stop = sim_pwm_stop,
    .pwm_get = sim_pwm_get,
    .rtc_get = sim_rtc_get,
    .rtc_set = sim_rtc_set,
    .wdt_start = sim_wdt_start,
    .wdt_feed = sim_wdt_feed,
    .reset = sim_board_reset,
    .bitstream = sim_bitstream,
    .reset_cause = sim_reset_cause,
    .cpu_freq = sim_cpu_freq,
    .unique_id = sim_unique_id,
    .mem_read = sim_mem_read,
    .mem_write = sim_mem_write,
    // spiuart
    .spi_open = sim_spi_open,
    .spi_transfer = sim_spi_transfer,
    .spi_close = sim_spi_close,
    .uart_open = sim_uart_open,
    .uart_write = sim_uart_write,
    .uart_read = sim_uart_read,
    .uart_any = sim_uart_any,
    .uart_irq = sim_uart_irq,
    .uart_close = sim_uart_close,
    .bus_pin = sim_bus_pin,
    .uart_txdone = sim_uart_txdone,
    .uart_sendbreak = sim_uart_sendbreak,
};
