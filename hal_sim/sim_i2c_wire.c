// hal_sim/sim_i2c_wire.c: the pin-level I2C decoder. SCL/SDA levels in, bus events (START,
// address, data, ACK, STOP) out to the sim_i2c_bus, and SDA pulled low for the devices' ACKs
// and read bits. hal_sim layer, no VM.
// SPDX-License-Identifier: MIT
//
// Bits are sampled on SCL's rising edge and the devices change SDA just after SCL's falling
// edge, as real parts do; an SDA change while SCL is high is a START (falling) or a STOP
// (rising). The decoder never stretches SCL.

#include "sim_dev.h"

void sim_i2c_wire_init(sim_i2c_wire_t *w, sim_i2c_bus_t *bus) {
    *w = (sim_i2c_wire_t){.bus = bus, .scl = true, .sda = true, .state = SIM_WIRE_IDLE};
}

bool sim_i2c_wire_sda_low(const sim_i2c_wire_t *w) {
    return w->pull_sda;
}

static void on_start(sim_i2c_wire_t *w) {
    w->state = SIM_WIRE_RECV;
    w->addressed = true;
    w->bits = 0;
    w->shift = 0;
    w->pull_sda = false;
    w->in_transaction = true;
}

static void on_stop(sim_i2c_wire_t *w) {
    if (w->in_transaction) sim_i2c_bus_stop(w->bus);
    w->in_transaction = false;
    w->state = SIM_WIRE_IDLE;
    w->pull_sda = false;
}

// Loads the next byte to send and drives its MSB.
static void send_next(sim_i2c_wire_t *w) {
    w->shift = sim_i2c_bus_read(w->bus, true);
    w->bits = 0;
    w->state = SIM_WIRE_SEND;
    w->pull_sda = !(w->shift & 0x80);
}

static void on_rise(sim_i2c_wire_t *w) {
    if (w->state == SIM_WIRE_RECV) {
        w->shift = (uint8_t)(w->shift << 1 | (w->sda ? 1 : 0));
        w->bits++;
    } else if (w->state == SIM_WIRE_MACK) {
        w->acked = !w->sda; // the controller's ACK (low) or NACK (high)
    }
}

// A whole byte came in: address it or write it, and answer in the ACK slot.
static void byte_received(sim_i2c_wire_t *w) {
    bool ack;
    if (w->addressed) {
        w->reading = w->shift & 1;
        ack = sim_i2c_bus_start(w->bus, w->shift >> 1, w->reading);
    } else {
        ack = sim_i2c_bus_write(w->bus, w->shift);
    }
    w->acked = ack;
    w->pull_sda = ack;
    w->state = SIM_WIRE_ACK;
}

static void on_fall(sim_i2c_wire_t *w) {
    switch (w->state) {
    case SIM_WIRE_RECV:
        if (w->bits == 8) byte_received(w);
        break;
    case SIM_WIRE_ACK:
        w->pull_sda = false;
        if (!w->acked) {
            w->state = SIM_WIRE_IGNORE;
        } else if (w->reading) {
            send_next(w);
        } else {
            w->state = SIM_WIRE_RECV;
            w->addressed = false;
            w->bits = 0;
            w->shift = 0;
        }
        break;
    case SIM_WIRE_SEND:
        w->bits++;
        if (w->bits == 8) {
            w->state = SIM_WIRE_MACK;
            w->pull_sda = false;
        } else {
            w->pull_sda = !(w->shift & (0x80 >> w->bits));
        }
        break;
    case SIM_WIRE_MACK:
        if (w->acked) send_next(w);
        else w->state = SIM_WIRE_IGNORE;
        break;
    default:
        break;
    }
}

void sim_i2c_wire_update(sim_i2c_wire_t *w, bool scl, bool sda) {
    bool old_scl = w->scl, old_sda = w->sda;
    w->scl = scl;
    w->sda = sda;
    if (scl && old_scl && sda != old_sda) {
        if (sda) on_stop(w);
        else on_start(w);
    } else if (scl && !old_scl) {
        on_rise(w);
    } else if (!scl && old_scl) {
        on_fall(w);
    }
}
