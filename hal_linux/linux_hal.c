// hal_linux/linux_hal.c: the Linux backend's table (py_hal_linux): bring-up, the real clock,
// waits that wake on GPIO edges, timers, errors with their causes, and system facts.
// SPDX-License-Identifier: MIT
//
// Layer: HAL backend (no VM headers). The clock is CLOCK_MONOTONIC (moved so
// that it starts at the front end's tick value); run_until really sleeps,
// in ppoll() on the irq lines' event fds, so an edge ends the wait at once.
// A HAL access costs no time (access_ns 0).

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "linux_bus.h"
#include "linux_hal.h"

static uint64_t mono_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

// ---- errors ---------------------------------------------------------------------------------

static const char *errno_name(int e) {
    switch (e) {
    case ENOENT: return "ENOENT";
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case EBUSY: return "EBUSY";
    case EINVAL: return "EINVAL";
    case ENODEV: return "ENODEV";
    case ENXIO: return "ENXIO";
    case EIO: return "EIO";
    case EOPNOTSUPP: return "EOPNOTSUPP";
    case ETIMEDOUT: return "ETIMEDOUT";
    case ENOMEM: return "ENOMEM";
    case EAGAIN: return "EAGAIN";
    default: return "EIO";
    }
}

int linux_hal_fail(void *b, int err, const char *fmt, ...) {
    linux_board_t *lb = b;
    int n = snprintf(lb->err_text, sizeof lb->err_text, "%s: ", errno_name(-err));
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lb->err_text + n, sizeof lb->err_text - (size_t)n, fmt, ap);
    va_end(ap);
    lb->err = err;
    return err;
}

static const char *error_text(void *b, int err) {
    linux_board_t *lb = b;
    return err < 0 && lb->err == err ? lb->err_text : linux_bus_error_text(err);
}

void linux_hal_report(linux_board_t *lb, uint32_t tag, uint32_t events) {
    if (lb->sink && events) lb->sink(lb->sink_ctx, tag, events);
}

// ---- bring-up -------------------------------------------------------------------------------

static int open_board(void **out, const py_hal_config_t *cfg) {
    linux_board_t *lb = calloc(1, sizeof *lb);
    if (!lb) return -ENOMEM;
    lb->clock_offset = (int64_t)cfg->start_ns - (int64_t)mono_ns();
    lb->reset_cause = PY_HAL_PWRON_RESET;
    int r = linux_gpio_open(lb, &lb->gpio);
    if (r < 0) {
        snprintf(cfg->err, cfg->err_len, "out of memory listing the GPIO lines");
        free(lb);
        return r;
    }
    *out = lb;
    return 0;
}

static void close_board(void *b) {
    linux_board_t *lb = b;
    linux_gpio_close(lb->gpio);
    linux_bus_close_all();
    free(lb->timers);
    free(lb);
}

static void set_sink(void *b, py_hal_sink_t sink, void *ctx) {
    linux_board_t *lb = b;
    lb->sink = sink, lb->sink_ctx = ctx;
}

// ---- clock, timers and waits ----------------------------------------------------------------

static uint64_t now(void *b) {
    return (uint64_t)((int64_t)mono_ns() + ((linux_board_t *)b)->clock_offset);
}

static uint64_t next_event(void *b) {
    linux_board_t *lb = b;
    uint64_t t = UINT64_MAX;
    for (size_t i = 0; i < lb->ntimers; i++)
        if (lb->timers[i].period && lb->timers[i].due < t) t = lb->timers[i].due;
    uint64_t uart = linux_uart_next_ns(now(b));   // open UARTs are polled for data
    return uart < t ? uart : t;
}

// Reports the timers due at [t]; returns how many fired.
static int fire_timers(linux_board_t *lb, uint64_t t) {
    int n = 0;
    for (size_t i = 0; i < lb->ntimers; i++) {
        linux_timer_t *tm = &lb->timers[i];
        if (!tm->period || tm->due > t) continue;
        uint32_t tag = tm->tag;
        if (tm->periodic) {
            // Counted from the due times, so the period never drifts; a
            // late wake-up fires once, not once per missed period.
            while (tm->due <= t) tm->due += tm->period;
        } else {
            tm->due = UINT64_MAX;   // fired: the slot stays held until timer_stop
        }
        linux_hal_report(lb, tag, PY_HAL_TIMER_EXPIRED);
        n++;
    }
    return n;
}

// Sleeps until [t] or the first event; see mods/hal.h.
static int run_until(void *b, uint64_t t) {
    linux_board_t *lb = b;
    for (;;) {
        uint64_t cur = now(b);
        if (fire_timers(lb, cur)) return 1;
        if (linux_uart_poll(lb->sink, lb->sink_ctx)) return 1;
        bool irqs = linux_gpio_has_irqs(lb->gpio);
        if (cur >= t) return irqs && linux_gpio_wait(lb, 0) > 0 ? 1 : 0;
        uint64_t until = next_event(b);
        if (until > t) until = t;
        int r = linux_gpio_wait(lb, until > cur ? until - cur : 0);
        if (r < 0) return r;
        if (r > 0) return 1;
    }
}

static uint64_t access_ns(void *b) {
    (void)b;
    return 0;
}

static int timer_start(void *b, uint64_t period_ns, bool periodic, uint32_t tag) {
    linux_board_t *lb = b;
    if (period_ns == 0) return -EINVAL;
    size_t i = 0;
    while (i < lb->ntimers && lb->timers[i].period) i++;
    if (i == lb->ntimers) {
        size_t n = lb->ntimers * 2 + 8;
        linux_timer_t *t = realloc(lb->timers, n * sizeof *t);
        if (!t) return -ENOMEM;
        memset(t + lb->ntimers, 0, (n - lb->ntimers) * sizeof *t);
        lb->timers = t, lb->ntimers = n;
    }
    lb->timers[i] = (linux_timer_t){now(b) + period_ns, period_ns, periodic, tag};
    return (int)i;
}

static int timer_stop(void *b, int handle) {
    linux_board_t *lb = b;
    if (handle < 0 || (size_t)handle >= lb->ntimers || !lb->timers[handle].period) return -ENOENT;
    lb->timers[handle].period = 0;
    return 0;
}

// ---- pins: linux_gpio.c ---------------------------------------------------------------------

static int pin_find(void *b, const char *name) { return linux_gpio_find(b, name); }
static int pin_info(void *b, int pin, py_hal_pin_info_t *info) { return linux_gpio_info(b, pin, info); }
static int pin_next(void *b, int after) { return linux_gpio_next(b, after); }
static int pin_open(void *b, int pin, int mode, int pull) { return linux_gpio_pin_open(b, pin, mode, pull); }
static int pin_read(void *b, int pin) { return linux_gpio_read(b, pin); }
static int pin_write(void *b, int pin, int level) { return linux_gpio_write(b, pin, level); }
static int pin_irq(void *b, int pin, uint32_t trig, uint32_t tag) { return linux_gpio_irq(b, pin, trig, tag); }
static int pin_close(void *b, int pin) { return linux_gpio_pin_close(b, pin); }

// A Linux machine has no board-level pin names (Pin.board is empty).
static int pin_alias(void *b, int i, const char **alias, int *pin) {
    (void)b, (void)i, (void)alias, (void)pin;
    return -ENOENT;
}

// ---- system ---------------------------------------------------------------------------------

// machine.reset() ends the program's use of the devices, not the computer.
static void reset(void *b, int cause) {
    linux_board_t *lb = b;
    linux_gpio_release_all(lb->gpio);
    for (size_t i = 0; i < lb->ntimers; i++) lb->timers[i].period = 0;
    lb->reset_cause = cause;
}

static int reset_cause(void *b) { return ((linux_board_t *)b)->reset_cause; }

// The current frequency of CPU 0: cpufreq's, else /proc/cpuinfo's "cpu MHz"
// (x86 guests), else 0 (unknown; machine.freq() has no error to give).
static int64_t cpu_freq(void *b) {
    (void)b;
    FILE *f = fopen("/sys/devices/system/cpu/cpu0/cpufreq/scaling_cur_freq", "r");
    long long khz = -1;
    if (f) {
        if (fscanf(f, "%lld", &khz) != 1) khz = -1;
        fclose(f);
    }
    if (khz > 0) return khz * 1000;
    double mhz = 0;
    char line[256];
    if ((f = fopen("/proc/cpuinfo", "r"))) {
        while (fgets(line, sizeof line, f)) {
            const char *colon = strchr(line, ':');
            if (strncmp(line, "cpu MHz", 7) == 0 && colon && sscanf(colon + 1, "%lf", &mhz) == 1)
                break;
        }
        fclose(f);
    }
    return (int64_t)(mhz * 1e6);
}

// The first 8 bytes of /etc/machine-id (a stable id of this installation).
static int unique_id(void *b, uint8_t *out, size_t max) {
    FILE *f = fopen("/etc/machine-id", "r");
    if (!f) return linux_hal_fail(b, -ENOENT, "/etc/machine-id: %s", strerror(errno));
    size_t n = 0;
    unsigned byte;
    while (n < max && n < 8 && fscanf(f, "%2x", &byte) == 1) out[n++] = (uint8_t)byte;
    fclose(f);
    return (int)n;
}

// The system clock, as seconds since 2000-01-01 (MicroPython's epoch).
static int rtc_get(void *b, int64_t *secs, uint32_t *us) {
    (void)b;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    *secs = (int64_t)ts.tv_sec - 946684800;
    *us = (uint32_t)(ts.tv_nsec / 1000);
    return 0;
}

static int rtc_set(void *b, int64_t secs, uint32_t us) {
    (void)secs, (void)us;
    return linux_hal_fail(b, -EPERM, "RTC: the system clock is set by the system (date, NTP), "
                          "not by a program");
}

const py_hal_t py_hal_linux = {
    .name = "linux",
    .open = open_board,
    .close = close_board,
    .set_sink = set_sink,
    .now = now,
    .run_until = run_until,
    .next_event = next_event,
    .access_ns = access_ns,
    .pin_find = pin_find,
    .pin_info = pin_info,
    .pin_next = pin_next,
    .pin_alias = pin_alias,
    .pin_open = pin_open,
    .pin_read = pin_read,
    .pin_write = pin_write,
    .pin_irq = pin_irq,
    .pin_close = pin_close,
    .timer_start = timer_start,
    .timer_stop = timer_stop,
    .i2c_open = linux_i2c_open,
    .i2c_transfer = linux_i2c_transfer,
    .i2c_close = linux_i2c_close,
    .spi_open = linux_spi_open,
    .spi_transfer = linux_spi_transfer,
    .spi_close = linux_spi_close,
    .uart_open = linux_uart_open,
    .uart_write = linux_uart_write,
    .uart_read = linux_uart_read,
    .uart_any = linux_uart_any,
    .uart_irq = linux_uart_irq,
    .uart_close = linux_uart_close,
    .uart_txdone = linux_uart_txdone,
    .uart_sendbreak = linux_uart_sendbreak,
    .bus_pin = linux_bus_pin,
    .pwm_start = linux_pwm_start,
    .pwm_stop = linux_pwm_stop,
    .pwm_get = linux_pwm_get,
    .adc_read_u16 = linux_adc_read_u16,
    .adc_read_uv = linux_adc_read_uv,
    .rtc_get = rtc_get,
    .rtc_set = rtc_set,
    .reset = reset,
    .reset_cause = reset_cause,
    .cpu_freq = cpu_freq,
    .unique_id = unique_id,
    .error_text = error_text,
};
