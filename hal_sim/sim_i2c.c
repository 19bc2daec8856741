// hal_sim/sim_i2c.c: the board half of the simulated I2C: hardware I2C buses (the HAL's
// i2c_open/transfer/close, with bus time on the clock), the wiring of the board file's I2C
// parts, and the lines SoftI2C drives through the pin model. Layer: simulated board.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim_board.h"
#include "sim_i2c.h"

// Hardware I2C controllers a board may have (i2c0..i2c3 in its pins' functions).
#define MAX_HW 4

typedef struct hw_bus {
    bool open;
    int scl, sda;       // pin indices
    uint32_t freq;
    int wire;           // the device bus on these pins, -1 when none
    char claim[8];      // "I2C0": what the pins say they are used by
} hw_bus_t;

struct sim_i2c_state {
    struct sim_i2c_devs *devs;
    hw_bus_t hw[MAX_HW];
    int nack_err;       // what an address NACK returns: -ENODEV, or -EIO (rp2)
};

static struct sim_i2c_state *state(sim_board_t *b) {
    if (b->i2c) return b->i2c;
    struct sim_i2c_state *s = calloc(1, sizeof *s);
    if (!s || !(s->devs = sim_i2c_devs_new())) {
        free(s);
        return NULL;
    }
    // "i2c_nack": "EIO" for MCUs whose I2C block reports an absent address so (rp2).
    const char *nack = sim_json_str(sim_json_get(b->json, "i2c_nack"), "ENODEV");
    s->nack_err = strcmp(nack, "EIO") == 0 ? -EIO : -ENODEV;
    return b->i2c = s;
}

static uint64_t board_now(void *ctx) { return ((sim_board_t *)ctx)->clock.now; }

// A pin by CPU or board name, as the board file names it; -1 when absent.
static int pin_named(const sim_board_t *b, const char *name) {
    if (!name) return -1;
    for (int i = 0; i < b->npins; i++)
        if (strcmp(b->pins[i].info.cpu_name, name) == 0) return i;
    for (int i = 0; i < b->naliases; i++)
        if (strcmp(b->alias_names[i], name) == 0) return b->alias_pins[i];
    return -1;
}

int sim_i2c_load_part(sim_board_t *b, int part, char *err, size_t err_len) {
    struct sim_i2c_state *s = state(b);
    if (!s) return -ENOMEM;
    sim_part_t *p = &b->parts[part];
    const sim_json_t *pins = sim_json_get(p->json, "pins");
    const char *scl_name = sim_json_str(sim_json_get(pins, "scl"), NULL);
    const char *sda_name = sim_json_str(sim_json_get(pins, "sda"), NULL);
    int scl = pin_named(b, scl_name), sda = pin_named(b, sda_name);
    if ((scl_name && scl < 0) || (sda_name && sda < 0) || (scl < 0) != (sda < 0) ||
        (scl >= 0 && scl == sda)) {
        snprintf(err, err_len, "I2C part on unknown or missing scl/sda pins: %s", p->id);
        return -EINVAL;
    }
    int k = sim_i2c_devs_add(s->devs, p->json, scl, sda, board_now, b, err, err_len);
    if (k < 0) return k;
    if (scl >= 0) b->pins[scl].i2c_bus = b->pins[sda].i2c_bus = k + 1;
    p->set_prop = sim_i2c_set_prop;
    return 0;
}

void sim_i2c_free(sim_board_t *b) {
    if (!b->i2c) return;
    sim_i2c_devs_free(b->i2c->devs);
    free(b->i2c);
    b->i2c = NULL;
}

// ---- the lines at pin level --------------------------------------------------------------------

int sim_i2c_line(const sim_board_t *b, int pin) {
    int k = b->pins[pin].i2c_bus - 1, scl, sda;
    bool pullups;
    if (k < 0 || !b->i2c || sim_i2c_devs_pins(b->i2c->devs, k, &scl, &sda, &pullups) < 0) return -1;
    if (pin == sda && sim_i2c_devs_sda_low(b->i2c->devs, k)) return 0;
    return pullups ? 1 : -1;
}

void sim_i2c_pin_changed(sim_board_t *b, int pin) {
    int k = b->pins[pin].i2c_bus - 1, scl, sda;
    bool pullups;
    if (k < 0 || !b->i2c || sim_i2c_devs_pins(b->i2c->devs, k, &scl, &sda, &pullups) < 0) return;
    bool was = sim_i2c_devs_sda_low(b->i2c->devs, k);
    bool low = sim_i2c_devs_wire(b->i2c->devs, k, b->pins[scl].level, b->pins[sda].level);
    // The devices answer (ACK, read bits) by pulling SDA: resolve it again.
    if (low != was) sim_pin_update(b, sda);
}

// ---- hardware I2C --------------------------------------------------------------------------------

// The pin's role for controller [bus] in the board file ("scl", "sda", "any"), NULL if none.
static const char *role(const sim_board_t *b, int pin, int bus) {
    const sim_json_t *pins = sim_json_get(b->json, "pins");
    if (!pins || (size_t)pin >= pins->len) return NULL;
    char key[8];
    snprintf(key, sizeof key, "i2c%d", bus);
    return sim_json_str(sim_json_get(sim_json_get(pins->items[pin], "functions"), key), NULL);
}

static bool role_ok(const sim_board_t *b, int pin, int bus, const char *want) {
    const char *r = role(b, pin, bus);
    return r && (strcmp(r, want) == 0 || strcmp(r, "any") == 0);
}

static bool bus_exists(const sim_board_t *b, int bus) {
    for (int i = 0; i < b->npins; i++)
        if (role(b, i, bus)) return true;
    return false;
}

// Gives a pin back to GPIO (unused, Hi-Z).
static void release(sim_board_t *b, int i) {
    b->pins[i].claim = NULL;
    b->pins[i].mode = -1;
    b->pins[i].pull = PY_HAL_PULL_NONE;
    sim_pin_update(b, i);
}

// The controller drives its pins open drain with the internal pull-ups on, as
// rp2's and esp32's machine.I2C set them up; idle, it releases both lines.
static void claim(sim_board_t *b, int i, const char *by) {
    b->pins[i].claim = by;
    b->pins[i].mode = PY_HAL_PIN_ALT_OPEN_DRAIN;
    b->pins[i].pull = PY_HAL_PULL_UP;
    b->pins[i].out = 1;
    sim_pin_update(b, i);
}

int sim_i2c_open(void *h, int bus, int scl_n, int sda_n, uint32_t freq_hz) {
    sim_board_t *b = h;
    struct sim_i2c_state *s = state(b);
    if (!s) return -ENOMEM;
    if (bus < 0 || bus >= MAX_HW || !bus_exists(b, bus)) return -ENOENT;
    int scl = sim_pin_index(b, scl_n), sda = sim_pin_index(b, sda_n);
    if (scl < 0 || sda < 0 || scl == sda || !freq_hz || freq_hz > 5000000) return -EINVAL;
    if (!role_ok(b, scl, bus, "scl") || !role_ok(b, sda, bus, "sda")) return -EINVAL;
    hw_bus_t *hw = &s->hw[bus];
    snprintf(hw->claim, sizeof hw->claim, "I2C%d", bus);
    for (int k = 0; k < 2; k++) {
        const sim_pin_t *p = &b->pins[k ? sda : scl];
        if (p->info.reserved || (p->claim && p->claim != hw->claim)) return -EBUSY;
    }
    if (hw->open) sim_i2c_close(h, bus);
    *hw = (hw_bus_t){true, scl, sda, freq_hz, sim_i2c_devs_bus(s->devs, scl, sda), ""};
    snprintf(hw->claim, sizeof hw->claim, "I2C%d", bus);
    claim(b, scl, hw->claim);
    claim(b, sda, hw->claim);
    return 0;
}

int sim_i2c_close(void *h, int bus) {
    sim_board_t *b = h;
    if (!b->i2c || bus < 0 || bus >= MAX_HW || !b->i2c->hw[bus].open) return -ENOENT;
    hw_bus_t *hw = &b->i2c->hw[bus];
    hw->open = false;
    release(b, hw->scl);
    release(b, hw->sda);
    return 0;
}

typedef struct tick_ctx {
    sim_board_t *b;
    uint32_t freq;
} tick_ctx_t;

// Bus time: [bits] clock periods pass, the board's events due meanwhile run in
// order (their handlers are queued, to run when the transfer returns, as a
// MicroPython call blocks until its transfer is done). Real time keeps the wall clock.
static void tick(void *ctx, unsigned bits) {
    tick_ctx_t *c = ctx;
    sim_board_t *b = c->b;
    if (b->realtime) return;
    uint64_t t = b->clock.now + (uint64_t)bits * 1000000000u / c->freq;
    while (sim_clock_step(&b->clock, t)) {}
    if (t > b->clock.now) b->clock.now = t;
}

int sim_i2c_transfer(void *h, int bus, uint16_t addr, py_hal_i2c_seg_t *segs, size_t n,
                     bool stop) {
    sim_board_t *b = h;
    if (!b->i2c || bus < 0 || bus >= MAX_HW || !b->i2c->hw[bus].open) return -ENOENT;
    hw_bus_t *hw = &b->i2c->hw[bus];
    // A line held low (a part shorting it, a stuck device) never lets the
    // controller start: it gives up after its timeout.
    if (!b->pins[hw->scl].level || !b->pins[hw->sda].level) return -ETIMEDOUT;
    tick_ctx_t c = {b, hw->freq};
    int r = sim_i2c_devs_transfer(b->i2c->devs, hw->wire, addr, segs, n, stop, tick, &c);
    return r == -ENODEV ? b->i2c->nack_err : r;
}

// ---- for the sim module ---------------------------------------------------------------------------

int sim_i2c_set_prop(sim_board_t *b, int part, const char *prop, double value, bool apply) {
    if (!b->i2c || !prop) return -EINVAL;   // sensors have named properties only
    int r = sim_i2c_devs_set_prop(b->i2c->devs, b->parts[part].id, prop, value, apply);
    return r == -ENOENT ? -EINVAL : r;
}

int sim_i2c_get_prop(const sim_board_t *b, int part, const char *prop, double *value) {
    return b->i2c ? sim_i2c_devs_get_prop(b->i2c->devs, b->parts[part].id, prop, value)
                  : -ENOENT;
}

int sim_i2c_display(sim_board_t *b, int part, int *w, int *h) {
    return b->i2c ? sim_i2c_devs_display(b->i2c->devs, b->parts[part].id, w, h) : -ENOENT;
}

int sim_i2c_pixel(sim_board_t *b, int part, int x, int y) {
    return b->i2c ? sim_i2c_devs_pixel(b->i2c->devs, b->parts[part].id, x, y) : -ENOENT;
}
