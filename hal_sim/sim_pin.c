// hal_sim/sim_pin.c: the electrical model of a pin: what the MCU drives, what the
// parts drive, pulls, open drain; level changes traced and reported. Layer: simulated board.
// SPDX-License-Identifier: MIT

#include <errno.h>

#include "sim_board.h"
#include "sim_spi.h"
#include "sim_i2c.h"

int sim_pin_index(const sim_board_t *b, int number) {
    if (number < 0 || number > b->max_number || b->by_number[number] < 0) return -ENOENT;
    return b->by_number[number];
}

void sim_board_report(sim_board_t *b, uint32_t tag, uint32_t events) {
    b->reported = true;
    if (b->sink) b->sink(b->sink_ctx, tag, events);
}

// The level the MCU drives, or -1 when its driver is off: OUT drives both
// levels, open drain only 0; IN, ANALOG, ALT (a peripheral's, later) and a
// closed pin drive nothing.
static int mcu_drive(const sim_pin_t *p) {
    if (p->mode == PY_HAL_PIN_OUT) return p->out;
    if (p->mode == PY_HAL_PIN_OPEN_DRAIN || p->mode == PY_HAL_PIN_ALT_OPEN_DRAIN)
        return p->out ? -1 : 0;
    return -1;
}

// What the parts on pin [i] drive: wired-AND, as buttons and switches that
// pull a line to ground win over ones that leave it high. -1 when none drives.
static int parts_drive(const sim_board_t *b, int i) {
    int level = -1;
    for (int k = 0; k < b->nparts; k++) {
        const sim_part_t *p = &b->parts[k];
        if (p->pin != i || p->drive < 0) continue;
        level = level < 0 ? p->drive : (level & p->drive);
    }
    int spi = sim_spi_pin_drive(b, i); // spiuart: an SPI device's MISO
    if (spi >= 0) level = level < 0 ? spi : (level & spi);
    return level;
}

// The pin's level. A pin nothing drives and nothing pulls keeps its last
// level (a floating CMOS input reads whatever its capacitance holds), which
// keeps runs deterministic.
static int resolve(sim_board_t *b, int i) {
    const sim_pin_t *p = &b->pins[i];
    int mcu = mcu_drive(p), ext = parts_drive(b, i);
    // An I2C line: a device pulling it low (0), or only the bus's pull-ups (1).
    int bus = p->i2c_bus ? sim_i2c_line(b, i) : -1;
    if (bus == 0) ext = 0;
    if (mcu >= 0) {
        if (ext >= 0 && ext != mcu) b->shorts++;
        return mcu;
    }
    if (ext >= 0) return ext;
    if (bus == 1) return 1;
    if (p->pull == PY_HAL_PULL_UP) return 1;
    if (p->pull == PY_HAL_PULL_DOWN) return 0;
    return p->level;
}

// The irq events a change to [level] raises under [trig]: edges, and the
// level triggers on entering their level (they fire again on the next entry).
static uint32_t irq_events(uint32_t trig, int level) {
    uint32_t e = level ? (PY_HAL_IRQ_RISING | PY_HAL_IRQ_HIGH_LEVEL)
                       : (PY_HAL_IRQ_FALLING | PY_HAL_IRQ_LOW_LEVEL);
    return e & trig;
}

void sim_pin_update(sim_board_t *b, int i) {
    sim_pin_t *p = &b->pins[i];
    int level = resolve(b, i);
    if (level == p->level) return;
    p->level = level;
    if (b->tracing) sim_vcd_change(&b->vcd, b->clock.now, i, level);
    sim_part_pin_changed(b, i);
    if (p->i2c_bus) sim_i2c_pin_changed(b, i);
    uint32_t e = irq_events(p->irq_trig, level);
    if (e) sim_board_report(b, p->irq_tag, e);
}
