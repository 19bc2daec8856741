// tests/unit/test_dev_eeprom.c: the 24LC256-style EEPROM model (hal_sim/dev_eeprom.c) over
// its I2C bus: page writes and their wrap, the write cycle's NACKs, sequential reads.
// SPDX-License-Identifier: MIT
//
// No VM; a test clock stands in for the board's.

#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>
#include "dev_eeprom.h"

static uint64_t now;
static uint64_t test_now(void *ctx) {
    (void)ctx;
    return now;
}

static sim_eeprom_t ee;
static sim_i2c_bus_t bus;
#define A 0x53

static void setup(void) {
    now = 0;
    cr_assert_eq(sim_eeprom_init(&ee, 32768, 64, 3, (sim_devclock_t){test_now, NULL}), 0);
    sim_i2c_bus_init(&bus);
    sim_i2c_bus_add(&bus, &ee.i2c);
}

static void teardown(void) {
    sim_eeprom_free(&ee);
}

TestSuite(eeprom, .init = setup, .fini = teardown);

// A write of `n` bytes at `addr`, then the write cycle is waited out.
static void write_at(uint16_t addr, const uint8_t *d, size_t n) {
    uint8_t m[300] = {(uint8_t)(addr >> 8), (uint8_t)addr};
    memcpy(m + 2, d, n);
    cr_assert_eq(sim_i2c_bus_writeto(&bus, A, m, n + 2, true), (int)n + 2);
    now += 5000000;
}

static void read_at(uint16_t addr, uint8_t *d, size_t n) {
    uint8_t m[2] = {(uint8_t)(addr >> 8), (uint8_t)addr};
    cr_assert_eq(sim_i2c_bus_writeto(&bus, A, m, 2, false), 2);
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, A, d, n, true), (int)n);
}

Test(eeprom, bad_configuration) {
    sim_eeprom_t e;
    cr_assert_eq(sim_eeprom_init(&e, 30000, 64, 0, (sim_devclock_t){0}), -EINVAL);
    cr_assert_eq(sim_eeprom_init(&e, 32768, 64, 8, (sim_devclock_t){0}), -EINVAL);
    cr_assert_eq(sim_eeprom_init(&e, 32768, 512, 0, (sim_devclock_t){0}), -EINVAL);
}

Test(eeprom, erased_and_addressed_by_pins) {
    uint8_t d[4];
    read_at(0x1234, d, 4);
    cr_assert_eq(d[0], 0xFF);
    cr_assert_eq(d[3], 0xFF);
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, 0x50, d, 1, true), -ENODEV);
}

Test(eeprom, write_cycle_nacks_then_reads_back) {
    uint8_t m[] = {0x01, 0x00, 'a', 'b', 'c'};
    cr_assert_eq(sim_i2c_bus_writeto(&bus, A, m, 5, true), 5);
    // ACK polling: an empty write NACKs for the 5 ms of the write cycle.
    now += 4999999;
    cr_assert_eq(sim_i2c_bus_writeto(&bus, A, NULL, 0, true), -ENODEV);
    now += 1;
    cr_assert_eq(sim_i2c_bus_writeto(&bus, A, NULL, 0, true), 0);
    uint8_t d[4];
    read_at(0x0100, d, 4);
    cr_assert_eq(memcmp(d, "abc\xff", 4), 0);
    // A current-address read continues from there.
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, A, d, 1, true), 1);
    cr_assert_eq(d[0], 0xFF);
}

Test(eeprom, page_write_wraps_in_its_page) {
    uint8_t d[70];
    for (int i = 0; i < 70; i++) d[i] = (uint8_t)i;
    write_at(0x013C, d, 10); // 4 bytes to the page's end, then 6 from its start
    uint8_t r[70];
    read_at(0x0100, r, 70);
    cr_assert_eq(r[0x3C], 0);
    cr_assert_eq(r[0x3F], 3);
    cr_assert_eq(r[0x00], 4);
    cr_assert_eq(r[0x05], 9);
    cr_assert_eq(r[0x06], 0xFF, "bytes not loaded keep their contents");
    cr_assert_eq(r[0x40], 0xFF, "the next page is untouched");
    write_at(0x0200, d, 70); // more than a page: the last 6 overwrite the first 6
    read_at(0x0200, r, 65);
    cr_assert_eq(r[0], 64);
    cr_assert_eq(r[5], 69);
    cr_assert_eq(r[6], 6);
    cr_assert_eq(r[63], 63);
    cr_assert_eq(r[64], 0xFF);
}

Test(eeprom, sequential_read_wraps_at_the_end) {
    uint8_t a[] = {1, 2}, b[] = {3, 4};
    write_at(0x7FFE, a, 2);
    write_at(0x0000, b, 2);
    uint8_t r[4];
    read_at(0xFFFE, r, 4); // the address's top bit is ignored on a 32 KiB part
    cr_assert_eq(memcmp(r, "\x01\x02\x03\x04", 4), 0);
}

Test(eeprom, no_cycle_without_data_or_with_wp) {
    uint8_t m[] = {0x00, 0x10};
    cr_assert_eq(sim_i2c_bus_writeto(&bus, A, m, 2, true), 2);
    cr_assert_eq(sim_i2c_bus_writeto(&bus, A, NULL, 0, true), 0, "address only: no cycle");
    ee.wp = true;
    uint8_t w[] = {0x00, 0x10, 0x55};
    cr_assert_eq(sim_i2c_bus_writeto(&bus, A, w, 3, true), 3);
    cr_assert_eq(sim_i2c_bus_writeto(&bus, A, NULL, 0, true), 0, "WP: no cycle");
    uint8_t r;
    read_at(0x0010, &r, 1);
    cr_assert_eq(r, 0xFF);
}

Test(eeprom, repeated_start_abandons_a_write) {
    uint8_t w[] = {0x00, 0x20, 0x77};
    cr_assert_eq(sim_i2c_bus_writeto(&bus, A, w, 3, false), 3);
    uint8_t r;
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, A, &r, 1, true), 1);
    cr_assert_eq(sim_i2c_bus_writeto(&bus, A, NULL, 0, true), 0, "no write cycle started");
    read_at(0x0020, &r, 1);
    cr_assert_eq(r, 0xFF);
}

Test(eeprom, no_clock_is_instant) {
    sim_eeprom_free(&ee);
    sim_eeprom_init(&ee, 4096, 32, 3, (sim_devclock_t){NULL, NULL});
    uint8_t w[] = {0x0F, 0xFF, 9};
    cr_assert_eq(sim_i2c_bus_writeto(&bus, A, w, 3, true), 3);
    uint8_t r;
    read_at(0x0FFF, &r, 1);
    cr_assert_eq(r, 9);
}
