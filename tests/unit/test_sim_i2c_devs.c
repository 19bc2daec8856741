// tests/unit/test_sim_i2c_devs.c: the device half of the simulated I2C
// (hal_sim/sim_i2c_devs.c): models made from board-file parts, buses grouped by pins,
// segment transfers with their bus bits, properties, the display's pixels.
// Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>

#include "sim_i2c.h"
#include "sim_json.h"

static struct sim_i2c_devs *devs;
static sim_json_t *json;
static unsigned bits;

static void fini(void) {
    sim_i2c_devs_free(devs);
    sim_json_free(json);
    devs = NULL, json = NULL;
}

TestSuite(sim_i2c_devs, .fini = fini);

static void count_bits(void *ctx, unsigned n) {
    (void)ctx;
    bits += n;
}

// Parts: an OLED and an EEPROM on pins 1/0, a BME280 on pins 3/2 without pull-ups.
static void make(void) {
    static const char text[] =
        "[{\"id\": \"oled\", \"type\": \"ssd1306\", \"attrs\": {\"address\": 60}},"
        " {\"id\": \"ee\", \"type\": \"24lc32\", \"attrs\": {\"a_pins\": 3}},"
        " {\"id\": \"env\", \"type\": \"bme280\", \"attrs\": {\"pullups\": false, \"temperature\": 10}},"
        " {\"id\": \"x\", \"type\": \"mystery\"},"
        " {\"id\": \"y\", \"type\": \"ssd1306\", \"attrs\": {\"height\": 48}}]";
    char err[200];
    json = sim_json_parse(text, err, sizeof err);
    cr_assert_not_null(json, "%s", err);
    devs = sim_i2c_devs_new();
    cr_assert_not_null(devs);
    cr_assert_eq(sim_i2c_devs_add(devs, json->items[0], 1, 0, NULL, NULL, err, sizeof err), 0);
    cr_assert_eq(sim_i2c_devs_add(devs, json->items[1], 1, 0, NULL, NULL, err, sizeof err), 0);
    cr_assert_eq(sim_i2c_devs_add(devs, json->items[2], 3, 2, NULL, NULL, err, sizeof err), 1);
}

Test(sim_i2c_devs, parts_are_grouped_by_their_pins) {
    make();
    int scl, sda;
    bool pullups;
    cr_assert_eq(sim_i2c_devs_bus(devs, 1, 0), 0);
    cr_assert_eq(sim_i2c_devs_bus(devs, 0, 1), -ENOENT);
    cr_assert_eq(sim_i2c_devs_pins(devs, 1, &scl, &sda, &pullups), 0);
    cr_assert(scl == 3 && sda == 2 && !pullups);
    cr_assert_eq(sim_i2c_devs_pins(devs, 0, &scl, &sda, &pullups), 0);
    cr_assert(pullups);
    cr_assert_eq(sim_i2c_devs_pins(devs, 2, &scl, &sda, &pullups), -ENOENT);
}

Test(sim_i2c_devs, bad_parts_are_refused_with_a_message) {
    make();
    char err[200] = "";
    cr_assert_eq(sim_i2c_devs_add(devs, json->items[3], 1, 0, NULL, NULL, err, sizeof err), -EINVAL);
    cr_assert(strstr(err, "mystery"), "%s", err);
    cr_assert_eq(sim_i2c_devs_add(devs, json->items[4], 1, 0, NULL, NULL, err, sizeof err), -EINVAL);
    cr_assert_eq(sim_i2c_devs_add(devs, json->items[0], 1, 0, NULL, NULL, err, sizeof err), -EINVAL,
                 "0x3c twice on one bus");
}

Test(sim_i2c_devs, transfers_count_acks_and_bus_bits) {
    make();
    uint8_t w[3] = {0x00, 0x10, 'q'}, r[2] = {0};
    py_hal_i2c_seg_t seg = {w, 3, false};
    bits = 0;
    cr_assert_eq(sim_i2c_devs_transfer(devs, 0, 0x53, &seg, 1, true, count_bits, NULL), 3);
    cr_assert_eq(bits, 10 + 27 + 1);
    // Random read: address write, repeated START (10 more bits), 2 bytes, STOP.
    py_hal_i2c_seg_t rd[2] = {{w, 2, false}, {r, 2, true}};
    bits = 0;
    cr_assert_eq(sim_i2c_devs_transfer(devs, 0, 0x53, rd, 2, true, count_bits, NULL), 4);
    cr_assert_eq(bits, 10 + 18 + 10 + 18 + 1);
    cr_assert_eq(r[0], 'q', "no clock: the write cycle is over at once");
    cr_assert_eq(sim_i2c_devs_transfer(devs, 0, 0x50, NULL, 0, true, count_bits, NULL), -ENODEV,
                 "A2..A0 = 3 puts the EEPROM at 0x53");
    cr_assert_eq(sim_i2c_devs_transfer(devs, -1, 0x53, NULL, 0, false, count_bits, NULL), -ENODEV,
                 "no bus: nobody answers");
    cr_assert_eq(sim_i2c_devs_transfer(devs, 1, 0x76, NULL, 0, true, count_bits, NULL), 0);
}

Test(sim_i2c_devs, properties_are_checked_before_they_apply) {
    make();
    cr_assert_eq(sim_i2c_devs_set_prop(devs, "env", "temperature", 30, false), 0);
    cr_assert_eq(sim_i2c_devs_set_prop(devs, "env", "colour", 30, false), -EINVAL);
    cr_assert_eq(sim_i2c_devs_set_prop(devs, "ee", "temperature", 30, true), -EINVAL);
    cr_assert_eq(sim_i2c_devs_set_prop(devs, "nope", "temperature", 30, true), -ENOENT);
    // The chip id and a forced conversion's temperature through the registers.
    uint8_t reg = 0xD0, id;
    py_hal_i2c_seg_t rd[2] = {{&reg, 1, false}, {&id, 1, true}};
    cr_assert_eq(sim_i2c_devs_transfer(devs, 1, 0x76, rd, 2, true, count_bits, NULL), 2);
    cr_assert_eq(id, 0x60);
}

Test(sim_i2c_devs, the_display_shows_what_was_sent) {
    make();
    int w, h;
    cr_assert_eq(sim_i2c_devs_display(devs, "oled", &w, &h), 0);
    cr_assert(w == 128 && h == 64);
    cr_assert_eq(sim_i2c_devs_display(devs, "ee", &w, &h), -ENOENT);
    // Charge pump on, display on, remap as drivers set it, then one data byte at (0, 0).
    uint8_t cmds[] = {0x00, 0x8D, 0x14, 0xAF, 0xA1, 0xC8}, data[] = {0x40, 0x81};
    py_hal_i2c_seg_t c = {cmds, sizeof cmds, false}, d = {data, sizeof data, false};
    cr_assert_eq(sim_i2c_devs_transfer(devs, 0, 0x3C, &c, 1, true, count_bits, NULL), 6);
    cr_assert_eq(sim_i2c_devs_pixel(devs, "oled", 0, 0), 0);
    cr_assert_eq(sim_i2c_devs_transfer(devs, 0, 0x3C, &d, 1, true, count_bits, NULL), 2);
    cr_assert_eq(sim_i2c_devs_pixel(devs, "oled", 0, 0), 1);
    cr_assert_eq(sim_i2c_devs_pixel(devs, "oled", 0, 7), 1);
    cr_assert_eq(sim_i2c_devs_pixel(devs, "oled", 0, 1), 0);
    cr_assert_eq(sim_i2c_devs_pixel(devs, "env", 0, 0), -ENOENT);
}
