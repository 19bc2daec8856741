// hal_linux/linux_gpio.c: GPIO lines of the Linux GPIO character devices, through libgpiod
// v1, as the pins of mods/hal.h: chips, line lookup, requests, modes, bias, values, edges.
// SPDX-License-Identifier: MIT
//
// Layer: HAL backend (no VM headers). Lines are found by name or by (chip
// name or label, offset), never by a guessed chip number. A line is requested
// from the kernel while its Pin is open (the kernel shows our consumer name)
// and released on close, at reset and when the board closes.

#include <dirent.h>
#include <errno.h>
#include <gpiod.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "linux_hal.h"

#define CONSUMER "micropython"

typedef struct line {
    struct gpiod_chip *chip;
    struct gpiod_line *line;
    unsigned offset;
    int number;           // the pin number (see linux_hal.h)
    char name[48];        // the cpu name
    int mode, pull;       // as requested (-1: never opened)
    int out_level;        // the output buffer, applied when the line drives
    bool requested, events;
    uint32_t triggers, tag;
} line_t;

struct linux_gpio {
    struct gpiod_chip **chips;
    size_t nchips;
    line_t *lines;        // sorted by number
    size_t nlines;
    char denied[300];     // a chip we may not open ("" when none), and why
    int denied_err;
};

// ---- enumeration ----------------------------------------------------------------------------

// Orders /dev entries gpiochip2 < gpiochip10.
static int chip_cmp(const void *a, const void *b) {
    const char *x = *(char *const *)a, *y = *(char *const *)b;
    return atoi(x + 8) - atoi(y + 8);
}

static int line_cmp(const void *a, const void *b) {
    return ((const line_t *)a)->number - ((const line_t *)b)->number;
}

// The number of a line named "GPIO<n>", or -1.
static int gpio_number(const char *name) {
    if (!name || strncmp(name, "GPIO", 4) != 0 || !name[4]) return -1;
    char *end;
    long n = strtol(name + 4, &end, 10);
    return *end || n < 0 || n >= LINUX_GPIO_OTHER || (name[4] == '0' && name[5]) ? -1 : (int)n;
}

static size_t count_named(linux_gpio_t *g, const char *name) {
    size_t c = 0;
    for (size_t i = 0; i < g->nlines; i++) {
        const char *n = gpiod_line_name(g->lines[i].line);
        if (n && strcmp(n, name) == 0) c++;
    }
    return c;
}

// Opens the chips listed in /dev; those we may not open are noted.
static int open_chips(linux_gpio_t *g) {
    DIR *d = opendir("/dev");
    if (!d) return 0;
    char *names[256];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 256)
        if (strncmp(e->d_name, "gpiochip", 8) == 0 && (names[n] = strdup(e->d_name))) n++;
    closedir(d);
    qsort(names, n, sizeof *names, chip_cmp);
    g->chips = calloc(n ? n : 1, sizeof *g->chips);
    for (size_t i = 0; i < n; i++) {
        char path[300];
        snprintf(path, sizeof path, "/dev/%s", names[i]);
        struct gpiod_chip *c = g->chips ? gpiod_chip_open(path) : NULL;
        if (c) g->chips[g->nchips++] = c;
        else if (!g->denied[0] && (errno == EACCES || errno == EPERM)) {
            snprintf(g->denied, sizeof g->denied, "%s", path);
            g->denied_err = errno;
        }
        free(names[i]);
    }
    return g->chips ? 0 : -ENOMEM;
}

// Names and numbers the lines of every chip (see linux_hal.h).
static int list_lines(linux_gpio_t *g) {
    size_t total = 0;
    for (size_t c = 0; c < g->nchips; c++) total += gpiod_chip_num_lines(g->chips[c]);
    g->lines = calloc(total ? total : 1, sizeof *g->lines);
    if (!g->lines) return -ENOMEM;
    for (size_t c = 0; c < g->nchips; c++)
        for (unsigned o = 0; o < gpiod_chip_num_lines(g->chips[c]); o++) {
            struct gpiod_line *l = gpiod_chip_get_line(g->chips[c], o);
            if (!l) continue;
            line_t *p = &g->lines[g->nlines++];
            p->chip = g->chips[c], p->line = l, p->offset = o, p->mode = p->pull = -1;
        }
    int other = LINUX_GPIO_OTHER;
    for (size_t i = 0; i < g->nlines; i++) {
        line_t *p = &g->lines[i];
        const char *n = gpiod_line_name(p->line);
        bool unique = n && *n && strlen(n) < sizeof p->name && count_named(g, n) == 1;
        p->number = unique ? gpio_number(n) : -1;
        if (p->number < 0) p->number = other++;
        if (unique) snprintf(p->name, sizeof p->name, "%s", n);
        else snprintf(p->name, sizeof p->name, "%s:%u", gpiod_chip_name(p->chip), p->offset);
    }
    qsort(g->lines, g->nlines, sizeof *g->lines, line_cmp);
    return 0;
}

int linux_gpio_open(linux_board_t *lb, linux_gpio_t **out) {
    (void)lb;
    linux_gpio_t *g = calloc(1, sizeof *g);
    if (!g) return -ENOMEM;
    if (open_chips(g) < 0 || list_lines(g) < 0) {
        linux_gpio_close(g);
        return -ENOMEM;
    }
    *out = g;
    return 0;
}

void linux_gpio_release_all(linux_gpio_t *g) {
    for (size_t i = 0; i < g->nlines; i++) {
        line_t *p = &g->lines[i];
        if (p->requested) gpiod_line_release(p->line);
        p->requested = p->events = false, p->triggers = 0, p->mode = p->pull = -1;
    }
}

void linux_gpio_close(linux_gpio_t *g) {
    if (!g) return;
    if (g->lines) linux_gpio_release_all(g);
    for (size_t c = 0; c < g->nchips; c++) gpiod_chip_close(g->chips[c]);
    free(g->chips);
    free(g->lines);
    free(g);
}

// ---- lookup ---------------------------------------------------------------------------------

static line_t *by_number(linux_gpio_t *g, int pin) {
    line_t key = {.number = pin};
    return bsearch(&key, g->lines, g->nlines, sizeof *g->lines, line_cmp);
}

// The error of a name no line has: the chip we could not open may have it.
static int no_line(linux_board_t *lb, const char *name) {
    linux_gpio_t *g = lb->gpio;
    if (g->denied[0])
        return linux_hal_fail(lb, -g->denied_err,
                              "no GPIO line named \"%s\" (%s: permission denied; add the user "
                              "to group gpio)", name, g->denied);
    if (g->nchips == 0)
        return linux_hal_fail(lb, -ENOENT, "no GPIO line named \"%s\" (no GPIO chip in /dev)",
                              name);
    return linux_hal_fail(lb, -ENOENT, "no GPIO line named \"%s\"", name);
}

// "<chip name or label>:<offset>": the line's number, or -ENOENT naming what is missing.
static int find_chip_offset(linux_board_t *lb, const char *name, const char *colon) {
    linux_gpio_t *g = lb->gpio;
    char *end;
    long off = strtol(colon + 1, &end, 10);
    if (colon[1] == 0 || *end || off < 0) return no_line(lb, name);
    size_t len = (size_t)(colon - name);
    for (size_t c = 0; c < g->nchips; c++) {
        const char *cn = gpiod_chip_name(g->chips[c]), *cl = gpiod_chip_label(g->chips[c]);
        bool match = (strlen(cn) == len && strncmp(cn, name, len) == 0) ||
                     (strlen(cl) == len && strncmp(cl, name, len) == 0);
        if (!match) continue;
        for (size_t i = 0; i < g->nlines; i++)
            if (g->lines[i].chip == g->chips[c] && g->lines[i].offset == (unsigned)off)
                return g->lines[i].number;
        return linux_hal_fail(lb, -ENOENT, "GPIO chip %.*s (%s) has %u lines, no line %ld",
                              (int)len, name, cn, gpiod_chip_num_lines(g->chips[c]), off);
    }
    if (g->denied[0])
        return linux_hal_fail(lb, -g->denied_err,
                              "no GPIO chip named or labelled \"%.*s\" (%s: permission denied; "
                              "add the user to group gpio)", (int)len, name, g->denied);
    return linux_hal_fail(lb, -ENOENT, "no GPIO chip named or labelled \"%.*s\"", (int)len, name);
}

int linux_gpio_find(linux_board_t *lb, const char *name) {
    linux_gpio_t *g = lb->gpio;
    for (size_t i = 0; i < g->nlines; i++)
        if (strcmp(g->lines[i].name, name) == 0) return g->lines[i].number;
    for (size_t i = 0; i < g->nlines; i++) {   // a name several lines share: the first
        const char *n = gpiod_line_name(g->lines[i].line);
        if (n && strcmp(n, name) == 0) return g->lines[i].number;
    }
    const char *colon = strrchr(name, ':');
    if (colon) return find_chip_offset(lb, name, colon);
    return no_line(lb, name);
}

// The line of pin [pin], or NULL after recording -ENOENT.
static line_t *get(linux_board_t *lb, int pin) {
    line_t *p = by_number(lb->gpio, pin);
    if (p) return p;
    char name[32];
    if (pin >= 0 && pin < LINUX_GPIO_OTHER) snprintf(name, sizeof name, "GPIO%d", pin);
    else snprintf(name, sizeof name, "#%d", pin);
    no_line(lb, name);
    return NULL;
}

int linux_gpio_info(linux_board_t *lb, int pin, py_hal_pin_info_t *info) {
    line_t *p = get(lb, pin);
    if (!p) return lb->err;   // -ENOENT, or -EACCES when a chip was out of reach
    *info = (py_hal_pin_info_t){p->name, p->number, 0, -1, NULL};
    return 0;
}

int linux_gpio_next(linux_board_t *lb, int after) {
    linux_gpio_t *g = lb->gpio;
    for (size_t i = 0; i < g->nlines; i++)
        if (g->lines[i].number > after) return g->lines[i].number;
    return -ENOENT;
}

// ---- requests -------------------------------------------------------------------------------

static int bias_flags(int pull, int old_pull) {
    if (pull == PY_HAL_PULL_UP) return GPIOD_LINE_REQUEST_FLAG_BIAS_PULL_UP;
    if (pull == PY_HAL_PULL_DOWN) return GPIOD_LINE_REQUEST_FLAG_BIAS_PULL_DOWN;
    // Asking for "no bias" only when undoing one, so that kernels without
    // bias support can still use plain pins.
    return old_pull > 0 ? GPIOD_LINE_REQUEST_FLAG_BIAS_DISABLE : 0;
}

// The error of a failed request of [p] (errno set by libgpiod), with its cause.
static int request_error(linux_board_t *lb, line_t *p, int pull) {
    int e = errno ? errno : EIO;
    if (e == EBUSY) {
        gpiod_line_update(p->line);
        const char *who = gpiod_line_consumer(p->line);
        return linux_hal_fail(lb, -EBUSY, "%s is in use by \"%s\"", p->name,
                              who ? who : "the kernel");
    }
    if (e == EACCES || e == EPERM)
        return linux_hal_fail(lb, -e, "%s: permission denied (add the user to group gpio)",
                              gpiod_chip_name(p->chip));
    if (e == EINVAL && pull > 0)
        return linux_hal_fail(lb, -EOPNOTSUPP,
                              "%s: the kernel refused the pull-%s bias (line bias needs Linux "
                              "5.5+ and a GPIO driver that supports it)", p->name,
                              pull == PY_HAL_PULL_UP ? "up" : "down");
    return linux_hal_fail(lb, -e, "%s: %s", p->name, strerror(e));
}

// (Re)requests [p] for [mode]/[pull]: the configuration changes in place when
// the line is held for values, else the line is requested afresh.
static int request(linux_board_t *lb, line_t *p, int mode, int pull, uint32_t triggers) {
    int flags = bias_flags(pull, p->pull);
    int dir = mode == PY_HAL_PIN_IN ? GPIOD_LINE_REQUEST_DIRECTION_INPUT
                                    : GPIOD_LINE_REQUEST_DIRECTION_OUTPUT;
    if (mode == PY_HAL_PIN_OPEN_DRAIN && p->out_level)
        dir = GPIOD_LINE_REQUEST_DIRECTION_INPUT;   // released: see od_write
    else if (mode == PY_HAL_PIN_OPEN_DRAIN)
        flags |= GPIOD_LINE_REQUEST_FLAG_OPEN_DRAIN;
    errno = 0;
    if (p->requested && !p->events && !triggers &&
        gpiod_line_set_config(p->line, dir, flags, p->out_level) == 0)
        return 0;
    if (p->requested) gpiod_line_release(p->line);
    p->requested = p->events = false;
    int type = dir;
    if (triggers) {
        bool rise = triggers & (PY_HAL_IRQ_RISING | PY_HAL_IRQ_HIGH_LEVEL);
        bool fall = triggers & (PY_HAL_IRQ_FALLING | PY_HAL_IRQ_LOW_LEVEL);
        type = rise && fall ? GPIOD_LINE_REQUEST_EVENT_BOTH_EDGES
               : rise       ? GPIOD_LINE_REQUEST_EVENT_RISING_EDGE
                            : GPIOD_LINE_REQUEST_EVENT_FALLING_EDGE;
    }
    struct gpiod_line_request_config cfg = {CONSUMER, type, flags};
    errno = 0;
    if (gpiod_line_request(p->line, &cfg, p->out_level) < 0) return request_error(lb, p, pull);
    p->requested = true, p->events = triggers != 0;
    return 0;
}

int linux_gpio_pin_open(linux_board_t *lb, int pin, int mode, int pull) {
    line_t *p = get(lb, pin);
    if (!p) return lb->err;   // -ENOENT, or -EACCES when a chip was out of reach
    if (mode < 0) mode = p->mode >= 0 ? p->mode : PY_HAL_PIN_IN;
    if (pull < 0) pull = p->pull >= 0 ? p->pull : PY_HAL_PULL_NONE;
    if (mode > PY_HAL_PIN_OPEN_DRAIN)
        return linux_hal_fail(lb, -EINVAL, "%s: the GPIO character device offers only the "
                              "modes IN, OUT and OPEN_DRAIN", p->name);
    if (p->triggers && mode != PY_HAL_PIN_IN)
        return linux_hal_fail(lb, -EINVAL, "%s: a line with an irq must stay an input", p->name);
    int r = request(lb, p, mode, pull, p->triggers);
    if (r < 0) return r;
    p->mode = mode, p->pull = pull;
    return 0;
}

// An unopened pin is read as an input (as a board's reset state).
int linux_gpio_read(linux_board_t *lb, int pin) {
    line_t *p = get(lb, pin);
    if (!p) return lb->err;   // -ENOENT, or -EACCES when a chip was out of reach
    if (!p->requested) {
        int r = linux_gpio_pin_open(lb, pin, PY_HAL_PIN_IN, -1);
        if (r < 0) return r;
    }
    errno = 0;
    int v = gpiod_line_get_value(p->line);
    if (v < 0) return linux_hal_fail(lb, -(errno ? errno : EIO), "%s: reading failed", p->name);
    return v;
}

// Open drain by direction: 1 lets the line go (an input, so its bias and whatever else
// is on the wire set the level), 0 drives it low (an open-drain output). The kernel's
// own emulation, for the many GPIO chips without open drain, keeps a released line
// marked as an output, so the line's bias is not applied then and a simulated chip
// (gpio-sim) reads back the last level driven: SoftI2C's clock stretching check would
// see SCL stuck low. One configuration call per change, as a value write costs.
static int od_write(linux_board_t *lb, line_t *p) {
    int flags = bias_flags(p->pull, p->pull);
    int dir = p->out_level ? GPIOD_LINE_REQUEST_DIRECTION_INPUT
                           : GPIOD_LINE_REQUEST_DIRECTION_OUTPUT;
    if (!p->out_level) flags |= GPIOD_LINE_REQUEST_FLAG_OPEN_DRAIN;
    errno = 0;
    if (gpiod_line_set_config(p->line, dir, flags, 0) < 0)
        return linux_hal_fail(lb, -(errno ? errno : EIO), "%s: writing failed", p->name);
    return 0;
}

// In IN mode (or before the pin is opened) the level waits in the buffer.
int linux_gpio_write(linux_board_t *lb, int pin, int level) {
    line_t *p = get(lb, pin);
    if (!p) return lb->err;   // -ENOENT, or -EACCES when a chip was out of reach
    bool was = p->out_level;
    p->out_level = level != 0;
    if (!p->requested || p->mode == PY_HAL_PIN_IN) return 0;
    if (p->mode == PY_HAL_PIN_OPEN_DRAIN) return was == p->out_level ? 0 : od_write(lb, p);
    errno = 0;
    if (gpiod_line_set_value(p->line, p->out_level) < 0)
        return linux_hal_fail(lb, -(errno ? errno : EIO), "%s: writing failed", p->name);
    return 0;
}

int linux_gpio_irq(linux_board_t *lb, int pin, uint32_t triggers, uint32_t tag) {
    line_t *p = get(lb, pin);
    if (!p) return lb->err;   // -ENOENT, or -EACCES when a chip was out of reach
    if (triggers && p->mode > PY_HAL_PIN_IN)
        return linux_hal_fail(lb, -EINVAL, "%s: edge events need an input line (mode IN)",
                              p->name);
    int mode = p->mode >= 0 ? p->mode : PY_HAL_PIN_IN, pull = p->pull >= 0 ? p->pull : 0;
    if (triggers || p->events) {
        int r = request(lb, p, mode, pull, triggers);
        if (r < 0) return r;
        p->mode = mode, p->pull = pull;
    }
    p->triggers = triggers, p->tag = tag;
    return 0;
}

int linux_gpio_pin_close(linux_board_t *lb, int pin) {
    line_t *p = get(lb, pin);
    if (!p) return lb->err;   // -ENOENT, or -EACCES when a chip was out of reach
    if (p->requested) gpiod_line_release(p->line);
    p->requested = p->events = false, p->triggers = 0, p->mode = p->pull = -1;
    return 0;
}

// ---- edge events ----------------------------------------------------------------------------

bool linux_gpio_has_irqs(linux_gpio_t *g) {
    for (size_t i = 0; i < g->nlines; i++)
        if (g->lines[i].events) return true;
    return false;
}

// Reads the events queued on [p] and reports them; returns their count.
static int drain(linux_board_t *lb, line_t *p) {
    int n = 0;
    struct gpiod_line_event ev;
    struct timespec zero = {0, 0};
    while (gpiod_line_event_wait(p->line, &zero) == 1 && gpiod_line_event_read(p->line, &ev) == 0) {
        bool rise = ev.event_type == GPIOD_LINE_EVENT_RISING_EDGE;
        uint32_t e = rise ? PY_HAL_IRQ_RISING | PY_HAL_IRQ_HIGH_LEVEL
                          : PY_HAL_IRQ_FALLING | PY_HAL_IRQ_LOW_LEVEL;
        linux_hal_report(lb, p->tag, e & p->triggers);
        n++;
    }
    return n;
}

int linux_gpio_wait(linux_board_t *lb, uint64_t timeout_ns) {
    linux_gpio_t *g = lb->gpio;
    struct pollfd fds[64];
    line_t *who[64];
    nfds_t n = 0;
    for (size_t i = 0; i < g->nlines && n < 64; i++)
        if (g->lines[i].events) {
            fds[n] = (struct pollfd){gpiod_line_event_get_fd(g->lines[i].line), POLLIN, 0};
            who[n++] = &g->lines[i];
        }
    struct timespec ts = {(time_t)(timeout_ns / 1000000000u), (long)(timeout_ns % 1000000000u)};
    int r = ppoll(fds, n, &ts, NULL);
    if (r < 0) return errno == EINTR ? -EINTR : 0;
    int count = 0;
    for (nfds_t i = 0; i < n && r > 0; i++)
        if (fds[i].revents & POLLIN) count += drain(lb, who[i]);
    return count;
}
