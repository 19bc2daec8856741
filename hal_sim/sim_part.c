// hal_sim/sim_part.c: the simple parts wired to pins: LEDs, push buttons (with
// contact bounce), slide switches, potentiometers. Layer: simulated board (hal_sim).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sim_analog.h"
#include "sim_board.h"
#include "sim_spi.h"

// A bouncing button chatters this many times (each an open and a close)
// before it settles: what a cheap tactile switch shows on a scope.
#define BOUNCES 2

int sim_part_find(const sim_board_t *b, const char *id) {
    for (int k = 0; k < b->nparts; k++)
        if (strcmp(b->parts[k].id, id) == 0) return k;
    return -ENOENT;
}

static void set_drive(sim_board_t *b, sim_part_t *p, int drive) {
    p->drive = drive;
    if (p->pin >= 0) sim_pin_update(b, p->pin);
}

// A button's contact state: closed drives its level, open drives nothing.
static void contact(sim_board_t *b, sim_part_t *p, int closed) {
    set_drive(b, p, closed ? p->active : -1);
}

// Clock event: arg = part index << 2 | what (0 open, 1 close, 2 settle).
static void button_event(void *ctx, uint64_t arg) {
    sim_board_t *b = ctx;
    sim_part_t *p = &b->parts[arg >> 2];
    int what = (int)(arg & 3);
    if (what == 2) contact(b, p, p->state);
    else contact(b, p, what);
}

// The bounce: after the change at [t] the contact flips back and forth
// BOUNCES times within bounce_ns, at fixed fractions of it, then settles.
static int press(sim_board_t *b, int k, int pressed, uint64_t t) {
    sim_part_t *p = &b->parts[k];
    p->state = pressed;
    contact(b, p, pressed);
    if (!p->bounce_ns) return 0;
    uint64_t step = p->bounce_ns / (2 * BOUNCES + 1);
    for (int i = 1; i <= 2 * BOUNCES; i++) {
        int closed = (i % 2 == 0) == (pressed != 0);
        if (sim_clock_at(&b->clock, t + step * (uint64_t)i, button_event, b,
                         (uint64_t)k << 2 | (uint64_t)closed) < 0)
            return -ENOMEM;
    }
    return sim_clock_at(&b->clock, t + p->bounce_ns, button_event, b, (uint64_t)k << 2 | 2) < 0
               ? -ENOMEM : 0;
}

static void apply(sim_board_t *b, int k, double value) {
    sim_part_t *p = &b->parts[k];
    switch (p->kind) {
    case SIM_PART_BUTTON: press(b, k, value != 0, b->clock.now); break;
    case SIM_PART_SWITCH:
        p->state = value != 0;
        set_drive(b, p, p->state);
        break;
    case SIM_PART_POT: p->value = value < 0 ? 0 : value > 1 ? 1 : value; break;
    default: break;
    }
}

// Clock event for a change queued for later: arg packs the part (low 16
// bits) and the value in millionths above them, so nothing needs freeing.
static void delayed_event(void *ctx, uint64_t arg) {
    sim_board_t *b = ctx;
    int k = (int)(arg & 0xffff);
    apply(b, k, (double)(arg >> 16) / 1e6);
}

int sim_part_set(sim_board_t *b, int k, double value, uint64_t t) {
    sim_part_t *p = &b->parts[k];
    if (p->kind == SIM_PART_LED || p->kind == SIM_PART_DEVICE) return -EINVAL;
    if (t <= b->clock.now) {
        apply(b, k, value);
        return 0;
    }
    if (value < 0) value = 0;
    uint64_t packed = (uint64_t)(value * 1e6 + 0.5) << 16 | (uint64_t)k;
    return sim_clock_at(&b->clock, t, delayed_event, b, packed) < 0 ? -ENOMEM : 0;
}

int sim_part_state(const sim_board_t *b, int k) {
    const sim_part_t *p = &b->parts[k];
    if (p->kind == SIM_PART_POT) return (int)(p->value * 65535 + 0.5);
    return p->state;
}

void sim_part_pin_changed(sim_board_t *b, int pin) {
    for (int k = 0; k < b->nparts; k++) {
        sim_part_t *p = &b->parts[k];
        if (p->pin == pin && p->kind == SIM_PART_LED) p->state = b->pins[pin].level == p->active;
    }
    sim_spi_pin_changed(b, pin); // SPI chip selects and the SoftSPI decoder
    sim_analog_pin_changed(b, pin);
}

// ---- properties: the one way tests and scenarios change parts ------------------------------

// A property change queued for later. Queued ones are listed on the board, so
// those still pending when it closes are freed.
typedef struct sim_prop_change {
    struct sim_prop_change *next;
    int part;
    double value;
    char prop[32];
} sim_prop_change_t;

static void prop_event(void *ctx, uint64_t arg) {
    sim_board_t *b = ctx;
    sim_prop_change_t *c = (sim_prop_change_t *)(uintptr_t)arg, **at = &b->prop_changes;
    while (*at && *at != c) at = &(*at)->next;
    if (*at) *at = c->next;
    sim_part_t *p = &b->parts[c->part];
    p->set_prop(b, c->part, c->prop[0] ? c->prop : NULL, c->value, true);
    free(c);
}

int sim_part_set_prop(sim_board_t *b, int k, const char *prop, double value, uint64_t at_ns) {
    sim_part_t *p = &b->parts[k];
    if (!p->set_prop) return prop ? -EINVAL : sim_part_set(b, k, value, at_ns);
    // A queued change keeps its property's name; "" stands for NULL, the main value.
    if ((prop && (!*prop || strlen(prop) >= sizeof ((sim_prop_change_t *)0)->prop)) ||
        p->set_prop(b, k, prop, value, false) < 0)
        return -EINVAL;
    if (at_ns <= b->clock.now) return p->set_prop(b, k, prop, value, true);
    sim_prop_change_t *c = malloc(sizeof *c);
    if (!c) return -ENOMEM;
    *c = (sim_prop_change_t){b->prop_changes, k, value, ""};
    if (prop) strcpy(c->prop, prop);
    if (sim_clock_at(&b->clock, at_ns, prop_event, b, (uint64_t)(uintptr_t)c) < 0) {
        free(c);
        return -ENOMEM;
    }
    b->prop_changes = c;
    return 0;
}

void sim_part_free_props(sim_board_t *b) {
    while (b->prop_changes) {
        sim_prop_change_t *c = b->prop_changes;
        b->prop_changes = c->next;
        free(c);
    }
}
