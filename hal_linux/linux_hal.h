// hal_linux/linux_hal.h: the Linux backend of mods/hal.h (py_hal_linux): its board state,
// the GPIO part (linux_gpio.c) and the bus functions linux_{i2c,spi,uart,pwm,adc}.c fill in.
// SPDX-License-Identifier: MIT
//
// Layer: HAL backend. No VM headers: plain C, POSIX and libgpiod v1 only.
// Every function follows mods/hal.h's contract: 0, a count or a level on
// success, a negative errno on failure; a failure's message, naming the
// device and the cause, is kept with linux_hal_fail for error_text.

#ifndef LINUX_HAL_H
#define LINUX_HAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "hal.h"

typedef struct linux_gpio linux_gpio_t;

typedef struct linux_timer {
    uint64_t due, period;   // ns of the board clock; period 0: slot free
    bool periodic;
    uint32_t tag;
} linux_timer_t;

// The board: the process's view of the machine's devices.
typedef struct linux_board {
    py_hal_sink_t sink;
    void *sink_ctx;
    int64_t clock_offset;   // now() = CLOCK_MONOTONIC + clock_offset (starts at cfg->start_ns)
    linux_gpio_t *gpio;
    linux_timer_t *timers;
    size_t ntimers;
    int reset_cause;
    void *bus;              // the bus files' own state (linux_i2c.c ...), NULL until they use it
    int err;                // the last failure (negative errno) and its message
    char err_text[256];
} linux_board_t;

// Records [err]'s message (printf format; the errno's name is put first) for
// error_text and returns [err] (negative), so a failing call can
// `return linux_hal_fail(b, -ENOENT, "no such ...")`. Never fails.
int linux_hal_fail(void *b, int err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// Reports [events] of source [tag] to the installed sink (none: dropped).
void linux_hal_report(linux_board_t *lb, uint32_t tag, uint32_t events);

// ---- GPIO (linux_gpio.c): lines of every /dev/gpiochip*, as pins.
// Pin numbers: a line named "GPIO<n>" is pin n (so Pin(17) is GPIO17); the
// other lines take numbers from LINUX_GPIO_OTHER up. Names: the line's own
// name when it is unique, else "<chip>:<offset>"; pin_find also takes
// "<chip name or label>:<offset>" and any line name.
#define LINUX_GPIO_OTHER 0x10000

// Opens every chip it can: 0 and *out, or -ENOMEM. Chips it may not open are
// remembered, so a later lookup can say which permission is missing.
int linux_gpio_open(linux_board_t *lb, linux_gpio_t **out);
// Releases every line and closes the chips. Never fails.
void linux_gpio_close(linux_gpio_t *g);
int linux_gpio_find(linux_board_t *lb, const char *name);
int linux_gpio_info(linux_board_t *lb, int pin, py_hal_pin_info_t *info);
int linux_gpio_next(linux_board_t *lb, int after);
int linux_gpio_pin_open(linux_board_t *lb, int pin, int mode, int pull);
int linux_gpio_read(linux_board_t *lb, int pin);
int linux_gpio_write(linux_board_t *lb, int pin, int level);
int linux_gpio_irq(linux_board_t *lb, int pin, uint32_t triggers, uint32_t tag);
int linux_gpio_pin_close(linux_board_t *lb, int pin);
// Releases every line (a reset). Never fails.
void linux_gpio_release_all(linux_gpio_t *g);
// Waits at most [timeout_ns] (0: only looks) for edge events on the lines
// with an irq and reports those that came. Returns the count reported, 0 on
// timeout, -EINTR when a signal came first. With no irq line it just sleeps.
int linux_gpio_wait(linux_board_t *lb, uint64_t timeout_ns);
// True when some line has an irq (its events must be polled).
bool linux_gpio_has_irqs(linux_gpio_t *g);

// ---- buses: hal_linux/linux_bus.h (linux_i2c.c, linux_spi.c, linux_uart.c,
// linux_pwm.c, linux_adc.c), with py_hal_t's signatures and contracts.

#endif
