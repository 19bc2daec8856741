// tests/unit/test_sim_i2c_wire.c: the pin-level I2C decoder (hal_sim/sim_i2c_wire.c) under a
// bit-banged controller, against a small register device that logs its bus events.
// SPDX-License-Identifier: MIT
//
// No VM. The controller here drives open-drain lines the way SoftI2C does, and the line's
// level is the AND of its drive and the decoder's pull, as the pin model will compute it.

#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "sim_dev.h"

// A register device: the first written byte sets the pointer, later ones store and advance;
// reads return and advance. It logs events as text: S<r|w> W<hex> R<hex><a|n> P.
typedef struct {
    sim_i2c_dev_t i2c;
    uint8_t regs[16], ptr;
    bool have_ptr;
    int nack_after; // NACK written data bytes once this many were taken (-1: never)
    int written;
    char log[512];
} regdev_t;

static void logf_(regdev_t *d, const char *s) {
    strncat(d->log, s, sizeof d->log - strlen(d->log) - 1);
}

static bool r_start(sim_i2c_dev_t *dev, bool read) {
    regdev_t *d = (regdev_t *)dev;
    logf_(d, read ? "Sr " : "Sw ");
    d->have_ptr = read;
    d->written = 0;
    return true;
}

static bool r_write(sim_i2c_dev_t *dev, uint8_t b) {
    regdev_t *d = (regdev_t *)dev;
    char s[8];
    snprintf(s, sizeof s, "W%02x ", b);
    logf_(d, s);
    if (d->nack_after >= 0 && d->written >= d->nack_after) return false;
    d->written++;
    if (!d->have_ptr) d->ptr = b & 15, d->have_ptr = true;
    else d->regs[d->ptr++ & 15] = b;
    return true;
}

static uint8_t r_read(sim_i2c_dev_t *dev, bool ack) {
    regdev_t *d = (regdev_t *)dev;
    uint8_t b = d->regs[d->ptr++ & 15];
    char s[8];
    snprintf(s, sizeof s, "R%02x%c ", b, ack ? 'a' : 'n');
    logf_(d, s);
    return b;
}

static void r_stop(sim_i2c_dev_t *dev) {
    logf_((regdev_t *)dev, "P ");
}

static const struct sim_i2c_ops reg_ops = {r_start, r_write, r_read, r_stop};

static regdev_t dev;
static sim_i2c_bus_t bus;
static sim_i2c_wire_t wire;
static bool scl_drive, sda_drive; // the controller's open-drain outputs (true = released)

static void setup(void) {
    memset(&dev, 0, sizeof dev);
    dev.i2c.ops = &reg_ops;
    dev.i2c.addr = 0x42;
    dev.nack_after = -1;
    sim_i2c_bus_init(&bus);
    sim_i2c_bus_add(&bus, &dev.i2c);
    sim_i2c_wire_init(&wire, &bus);
    scl_drive = sda_drive = true;
}

TestSuite(wire, .init = setup);

// Applies the controller's drive and lets the decoder react; a decoder pull changes SDA's
// level, which is fed back in as the pin model would.
static void settle(void) {
    for (int i = 0; i < 3; i++) {
        bool sda = sda_drive && !sim_i2c_wire_sda_low(&wire);
        sim_i2c_wire_update(&wire, scl_drive, sda);
    }
}

static bool sda_level(void) {
    return sda_drive && !sim_i2c_wire_sda_low(&wire);
}

static void scl(bool v) { scl_drive = v; settle(); }
static void sda(bool v) { sda_drive = v; settle(); }

static void start(void) { sda(true); scl(true); sda(false); scl(false); }
static void stop(void) { sda(false); scl(true); sda(true); }

// Sends a byte; returns the ACK (SDA low in the 9th clock).
static bool write_byte(uint8_t b) {
    for (int i = 7; i >= 0; i--) {
        sda((b >> i) & 1);
        scl(true);
        scl(false);
    }
    sda(true);
    scl(true);
    bool ack = !sda_level();
    scl(false);
    return ack;
}

static uint8_t read_byte(bool ack) {
    uint8_t b = 0;
    sda(true);
    for (int i = 0; i < 8; i++) {
        scl(true);
        b = (uint8_t)(b << 1 | sda_level());
        scl(false);
    }
    sda(!ack);
    scl(true);
    scl(false);
    sda(true);
    return b;
}

Test(wire, write_then_read_with_repeated_start) {
    start();
    cr_assert(write_byte(0x42 << 1));
    cr_assert(write_byte(0x03));
    cr_assert(write_byte(0xA5));
    cr_assert(write_byte(0x00));
    cr_assert(write_byte(0xFF));
    stop();
    cr_assert_eq(dev.regs[3], 0xA5);
    cr_assert_eq(dev.regs[5], 0xFF);
    start();
    cr_assert(write_byte(0x42 << 1));
    cr_assert(write_byte(0x03));
    start(); // repeated START
    cr_assert(write_byte(0x42 << 1 | 1));
    cr_assert_eq(read_byte(true), 0xA5);
    cr_assert_eq(read_byte(true), 0x00);
    cr_assert_eq(read_byte(false), 0xFF);
    stop();
    cr_assert_str_eq(dev.log, "Sw W03 Wa5 W00 Wff P Sw W03 Sr Ra5a R00a Rffa P ");
    cr_assert_not(sim_i2c_wire_sda_low(&wire));
    cr_assert_eq(wire.state, SIM_WIRE_IDLE);
}

Test(wire, absent_address_nacks) {
    start();
    cr_assert_not(write_byte(0x50 << 1));
    // The rest of the transaction is ignored; nobody drives SDA.
    cr_assert_not(write_byte(0x12));
    stop();
    cr_assert_str_eq(dev.log, "");
    cr_assert_eq(wire.state, SIM_WIRE_IDLE);
}

Test(wire, data_nack) {
    dev.nack_after = 2;
    start();
    cr_assert(write_byte(0x42 << 1));
    cr_assert(write_byte(0x01));
    cr_assert(write_byte(0x11));
    cr_assert_not(write_byte(0x22));
    stop();
    cr_assert_eq(dev.regs[1], 0x11);
    cr_assert_eq(dev.regs[2], 0x00);
}

Test(wire, read_bits_are_driven_on_the_line) {
    dev.regs[0] = 0x81; // 1000_0001: first and last bits high, the rest pulled low
    start();
    cr_assert(write_byte(0x42 << 1 | 1));
    sda(true);
    scl(true);
    cr_assert(sda_level());
    scl(false);
    scl(true);
    cr_assert_not(sda_level());
    scl(false);
    for (int i = 0; i < 5; i++) scl(true), scl(false);
    scl(true);
    cr_assert(sda_level());
    scl(false);
    cr_assert_not(sim_i2c_wire_sda_low(&wire), "released for the controller's ACK");
    // NACK, then STOP.
    scl(true);
    scl(false);
    stop();
    cr_assert_eq(wire.state, SIM_WIRE_IDLE);
}

Test(wire, bus_level_transfers) {
    uint8_t w[] = {0x04, 1, 2, 3};
    cr_assert_eq(sim_i2c_bus_writeto(&bus, 0x42, w, 4, true), 4);
    uint8_t p = 0x04, r[3];
    cr_assert_eq(sim_i2c_bus_writeto(&bus, 0x42, &p, 1, false), 1);
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, 0x42, r, 3, true), 3);
    cr_assert_eq(r[0], 1);
    cr_assert_eq(r[2], 3);
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, 0x43, r, 3, true), -ENODEV);
    cr_assert_eq(sim_i2c_bus_read(&bus, true), 0xFF, "no active device: SDA floats high");
    cr_assert_str_eq(dev.log, "Sw W04 W01 W02 W03 P Sw W04 Sr R01a R02a R03n P ");
}
