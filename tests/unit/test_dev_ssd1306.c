// tests/unit/test_dev_ssd1306.c: the SSD1306 model (hal_sim/dev_ssd1306.c) through its I2C
// bus: control bytes, the addressing modes' pointer wrap, and the visible panel.
// SPDX-License-Identifier: MIT
//
// No VM: the model is plain C.

#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>
#include "dev_ssd1306.h"

static sim_ssd1306_t oled;
static sim_i2c_bus_t bus;

static void setup(void) {
    cr_assert_eq(sim_ssd1306_init(&oled, 0x3C, 64, false), 0);
    sim_i2c_bus_init(&bus);
    cr_assert_eq(sim_i2c_bus_add(&bus, &oled.i2c), 0);
}

TestSuite(ssd1306, .init = setup);

// Commands one per transaction as MicroPython's driver sends them: [0x80, cmd].
static void cmds(const uint8_t *c, size_t n) {
    for (size_t i = 0; i < n; i++) {
        uint8_t msg[2] = {0x80, c[i]};
        cr_assert_eq(sim_i2c_bus_writeto(&bus, 0x3C, msg, 2, true), 2);
    }
}

static void data(const uint8_t *d, size_t n) {
    uint8_t msg[1100];
    msg[0] = 0x40;
    memcpy(msg + 1, d, n);
    cr_assert_eq(sim_i2c_bus_writeto(&bus, 0x3C, msg, n + 1, true), (int)n + 1);
}

// The usual driver start-up for a 128x64 module on its charge pump.
static const uint8_t init_seq[] = {0xAE, 0x20, 0x00, 0x40, 0xA1, 0xA8, 63, 0xC8, 0xD3, 0x00,
                                   0xDA, 0x12, 0xD5, 0x80, 0xD9, 0xF1, 0xDB, 0x30, 0x81, 0xFF,
                                   0xA4, 0xA6, 0x8D, 0x14, 0xAF};

// Draws a framebuf-style MONO_VLSB image with the pixel (x, y) set where x == y or x == 100.
static void draw_test_image(void) {
    static uint8_t fb[1024];
    memset(fb, 0, sizeof fb);
    for (int y = 0; y < 64; y++) {
        fb[(y / 8) * 128 + y] |= (uint8_t)(1 << (y % 8));
        fb[(y / 8) * 128 + 100] |= (uint8_t)(1 << (y % 8));
    }
    uint8_t win[] = {0x21, 0, 127, 0x22, 0, 7};
    cmds(win, sizeof win);
    data(fb, sizeof fb);
}

static bool expected(int x, int y) {
    return x == y || x == 100;
}

Test(ssd1306, reset_state_is_dark) {
    cr_assert_not(oled.on);
    cr_assert_eq(oled.mode, 2);
    cr_assert_eq(oled.contrast, 0x7F);
    cr_assert_not(sim_ssd1306_pixel(&oled, 0, 0));
}

Test(ssd1306, driver_init_and_full_frame) {
    cmds(init_seq, sizeof init_seq);
    cr_assert(oled.on);
    cr_assert_eq(oled.contrast, 0xFF);
    cr_assert_eq(oled.mode, 0);
    cr_assert(oled.charge_pump);
    cr_assert_eq(oled.unknown_cmds, 0);
    draw_test_image();
    for (int y = 0; y < 64; y++)
        for (int x = 0; x < 128; x++)
            cr_assert_eq(sim_ssd1306_pixel(&oled, x, y), expected(x, y), "(%d, %d)", x, y);
    cr_assert_eq(sim_ssd1306_ram(&oled, 0, 0), 0x01);
    cr_assert_eq(sim_ssd1306_ram(&oled, 7, 63), 0x80);
    // The pointer wrapped back to the window's start after 1024 bytes.
    cr_assert_eq(oled.col, 0);
    cr_assert_eq(oled.page, 0);
}

Test(ssd1306, display_modes) {
    cmds(init_seq, sizeof init_seq);
    draw_test_image();
    uint8_t inv[] = {0xA7};
    cmds(inv, 1);
    cr_assert_not(sim_ssd1306_pixel(&oled, 5, 5));
    cr_assert(sim_ssd1306_pixel(&oled, 5, 6));
    uint8_t all[] = {0xA6, 0xA5};
    cmds(all, 2);
    cr_assert(sim_ssd1306_pixel(&oled, 5, 6));
    uint8_t off[] = {0xA4, 0xAE};
    cmds(off, 2);
    cr_assert_not(sim_ssd1306_pixel(&oled, 5, 5));
    uint8_t on_nopump[] = {0x8D, 0x10, 0xAF};
    cmds(on_nopump, 3);
    cr_assert_not(sim_ssd1306_pixel(&oled, 5, 5), "no charge pump, no external VCC: dark");
}

Test(ssd1306, remap_scan_and_start_line) {
    cmds(init_seq, sizeof init_seq);
    draw_test_image();
    uint8_t unmap[] = {0xA0, 0xC0};
    cmds(unmap, 2);
    // Both mirrored: the chip's RAM (0,0) is at the bottom right now.
    cr_assert(sim_ssd1306_pixel(&oled, 127, 63));
    cr_assert(sim_ssd1306_pixel(&oled, 127 - 100, 10));
    cr_assert_not(sim_ssd1306_pixel(&oled, 0, 0));
    uint8_t back[] = {0xA1, 0xC8, 0x40 | 8};
    cmds(back, 3);
    // Start line 8: panel row y shows RAM row y + 8.
    cr_assert(sim_ssd1306_pixel(&oled, 8, 0));
    cr_assert_not(sim_ssd1306_pixel(&oled, 0, 0));
    cr_assert(sim_ssd1306_pixel(&oled, 0, 56)); // RAM row 64 wraps to row 0
    uint8_t offs[] = {0x40, 0xD3, 4};
    cmds(offs, 3);
    cr_assert(sim_ssd1306_pixel(&oled, 4, 0));
    uint8_t mux[] = {0xD3, 0, 0xA8, 31};
    cmds(mux, 4);
    // Reversed scan over 32 rows drives COM31..COM0: the module's lower half (the glass is
    // turned), showing RAM rows 31..0 from the bottom up; the upper half is dark.
    cr_assert(sim_ssd1306_pixel(&oled, 100, 63));
    cr_assert(sim_ssd1306_pixel(&oled, 31, 63));
    cr_assert(sim_ssd1306_pixel(&oled, 0, 32));
    cr_assert_not(sim_ssd1306_pixel(&oled, 100, 0), "rows past the multiplex ratio are dark");
}

Test(ssd1306, vertical_mode_wraps_down_columns) {
    uint8_t setup_v[] = {0x20, 0x01, 0x21, 10, 11, 0x22, 2, 3};
    cmds(setup_v, sizeof setup_v);
    uint8_t d[] = {1, 2, 3, 4, 5};
    data(d, 4);
    cr_assert_eq(oled.ram[2][10], 1);
    cr_assert_eq(oled.ram[3][10], 2);
    cr_assert_eq(oled.ram[2][11], 3);
    cr_assert_eq(oled.ram[3][11], 4);
    data(d + 4, 1);
    cr_assert_eq(oled.ram[2][10], 5, "wrapped to the window's start");
    cr_assert_eq(oled.ram[4][10], 0);
}

Test(ssd1306, horizontal_window_wrap) {
    uint8_t setup_h[] = {0x20, 0x00, 0x21, 120, 127, 0x22, 6, 7};
    cmds(setup_h, sizeof setup_h);
    uint8_t d[17];
    for (int i = 0; i < 17; i++) d[i] = (uint8_t)(i + 1);
    data(d, 17);
    cr_assert_eq(oled.ram[6][120], 17);
    cr_assert_eq(oled.ram[6][127], 8);
    cr_assert_eq(oled.ram[7][120], 9);
    cr_assert_eq(oled.ram[7][127], 16);
}

Test(ssd1306, page_mode_addressing) {
    // Reset state is page mode: B3 selects page 3, 0x05/0x12 column 0x25.
    uint8_t set[] = {0xB3, 0x05, 0x12};
    cmds(set, 3);
    cr_assert_eq(oled.col, 0x25);
    uint8_t d[100];
    memset(d, 0xAA, sizeof d);
    data(d, 100);
    cr_assert_eq(oled.ram[3][0x25], 0xAA);
    cr_assert_eq(oled.ram[3][127], 0xAA);
    // Past column 127 the pointer goes back to the start column on the same page.
    cr_assert_eq(oled.ram[3][0x25 + 100 - 91], 0xAA);
    cr_assert_eq(oled.ram[4][0x25], 0);
    cr_assert_eq(oled.page, 3);
}

Test(ssd1306, control_bytes_with_co) {
    // Co=1 pairs in one transaction: command 0xAF, then one data byte, then a command stream.
    uint8_t msg[] = {0x80, 0xAF, 0xC0, 0x5A, 0x00, 0x81, 0x42, 0xA7};
    cr_assert_eq(sim_i2c_bus_writeto(&bus, 0x3C, msg, sizeof msg, true), (int)sizeof msg);
    cr_assert(oled.on);
    cr_assert_eq(oled.ram[0][0], 0x5A);
    cr_assert_eq(oled.contrast, 0x42);
    cr_assert(oled.inverse);
    // A command's argument may come in a later transaction.
    uint8_t a[] = {0x80, 0x81}, b[] = {0x80, 0x10};
    sim_i2c_bus_writeto(&bus, 0x3C, a, 2, true);
    sim_i2c_bus_writeto(&bus, 0x3C, b, 2, true);
    cr_assert_eq(oled.contrast, 0x10);
    uint8_t st;
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, 0x3C, &st, 1, true), 1);
    cr_assert_eq(st, 0x00, "status: display on");
}

Test(ssd1306, small_panel_and_com_pins) {
    cr_assert_eq(sim_ssd1306_init(&oled, 0x3C, 32, false), 0);
    cr_assert_eq(sim_ssd1306_init(&oled, 0x3C, 48, false), -EINVAL);
    sim_ssd1306_init(&oled, 0x3C, 32, false);
    uint8_t seq[] = {0xAE, 0x20, 0x00, 0xA1, 0xA8, 31, 0xC8, 0xDA, 0x02, 0x8D, 0x14, 0xAF};
    cmds(seq, sizeof seq);
    draw_test_image();
    for (int y = 0; y < 32; y++)
        for (int x = 0; x < 128; x++)
            cr_assert_eq(sim_ssd1306_pixel(&oled, x, y), expected(x, y), "(%d, %d)", x, y);
    cr_assert_not(sim_ssd1306_pixel(&oled, 40, 40), "outside the panel");
    uint8_t alt[] = {0xDA, 0x12};
    cmds(alt, 2);
    // Wrong COM configuration for the panel: rows interleave, (2, 2) shows RAM row 4...
    cr_assert_not(sim_ssd1306_pixel(&oled, 1, 1));
}

Test(ssd1306, nack_elsewhere) {
    uint8_t b = 0;
    cr_assert_eq(sim_i2c_bus_writeto(&bus, 0x3D, &b, 1, true), -ENODEV);
    cr_assert_eq(sim_i2c_bus_add(&bus, &oled.i2c), -EEXIST);
}
