// tests/unit/test_dev_sht31.c: the SHT31 model (hal_sim/dev_sht31.c) over its I2C bus:
// single-shot conversions NACKed until ready, CRCs, status, heater, soft reset.
// SPDX-License-Identifier: MIT
//
// No VM; a test clock stands in for the board's.

#include <criterion/criterion.h>
#include <errno.h>
#include <math.h>
#include "dev_sht31.h"

static uint64_t now;
static uint64_t test_now(void *ctx) {
    (void)ctx;
    return now;
}

static sim_sht31_t sht;
static sim_i2c_bus_t bus;

static void setup(void) {
    now = 0;
    sim_sht31_init(&sht, 0x44, (sim_devclock_t){test_now, NULL});
    sim_i2c_bus_init(&bus);
    sim_i2c_bus_add(&bus, &sht.i2c);
}

TestSuite(sht31, .init = setup);

static int command(uint16_t c) {
    uint8_t b[2] = {(uint8_t)(c >> 8), (uint8_t)c};
    return sim_i2c_bus_writeto(&bus, 0x44, b, 2, true);
}

Test(sht31, crc_of_the_datasheet_example) {
    uint8_t d[2] = {0xBE, 0xEF};
    cr_assert_eq(sim_sht31_crc(d, 2), 0x92);
}

Test(sht31, single_shot_nacks_until_ready) {
    sim_sht31_set(&sht, 21.5, 37.25);
    uint8_t r[6];
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, 0x44, r, 6, true), -ENODEV, "nothing to read");
    cr_assert_eq(command(0x2400), 2);
    now += 12499999;
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, 0x44, r, 6, true), -ENODEV, "converting");
    now += 1;
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, 0x44, r, 6, true), 6);
    cr_assert_eq(sim_sht31_crc(r, 2), r[2]);
    cr_assert_eq(sim_sht31_crc(r + 3, 2), r[5]);
    double t = -45 + 175.0 * (r[0] << 8 | r[1]) / 65535.0;
    double h = 100.0 * (r[3] << 8 | r[4]) / 65535.0;
    cr_assert(fabs(t - 21.5) < 0.002, "%f", t);
    cr_assert(fabs(h - 37.25) < 0.001, "%f", h);
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, 0x44, r, 6, true), -ENODEV, "read once only");
    // The stretching variant, low repeatability: 2.5 ms of NACKs.
    cr_assert_eq(command(0x2C10), 2);
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, 0x44, r, 3, true), -ENODEV);
    now += 2500000;
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, 0x44, r, 3, true), 3, "temperature only");
}

Test(sht31, status_heater_reset) {
    uint8_t r[3];
    cr_assert_eq(command(0xF32D), 2);
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, 0x44, r, 3, true), 3);
    cr_assert_eq(r[0] << 8 | r[1], 0x8010);
    cr_assert_eq(sim_sht31_crc(r, 2), r[2]);
    command(0x3041);
    command(0x306D);
    command(0xF32D);
    sim_i2c_bus_readfrom(&bus, 0x44, r, 3, true);
    cr_assert_eq(r[0] << 8 | r[1], 0x2000, "heater on, flags cleared");
    command(0x1234);
    command(0xF32D);
    sim_i2c_bus_readfrom(&bus, 0x44, r, 3, true);
    cr_assert_eq(r[0] << 8 | r[1], 0x2002, "unknown command: not processed");
    command(0x3066);
    cr_assert_eq(sht.status, 0x0000, "heater off, processed");
    command(0x30A2);
    cr_assert_eq(command(0xF32D), -ENODEV, "resetting");
    now += 1000000;
    command(0xF32D);
    sim_i2c_bus_readfrom(&bus, 0x44, r, 3, true);
    cr_assert_eq(r[0] << 8 | r[1], 0x8010, "heater off after reset");
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, 0x45, r, 3, true), -ENODEV);
}
