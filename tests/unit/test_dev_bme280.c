// tests/unit/test_dev_bme280.c: the BME280 model (hal_sim/dev_bme280.c) over its I2C bus on a
// test clock: registers, timing of forced and normal mode, and the set values coming back
// through Bosch's compensation.
// SPDX-License-Identifier: MIT
//
// No VM. The compensation used to check is the model's own copy of the datasheet code,
// itself checked against the datasheet's worked example.

#include <criterion/criterion.h>
#include <errno.h>
#include <math.h>
#include <string.h>
#include "dev_bme280.h"

static uint64_t now;
static uint64_t test_now(void *ctx) {
    (void)ctx;
    return now;
}

static sim_bme280_t bme;
static sim_i2c_bus_t bus;

static void setup(void) {
    now = 1000000000;
    sim_bme280_init(&bme, 0x76, (sim_devclock_t){test_now, NULL});
    sim_i2c_bus_init(&bus);
    sim_i2c_bus_add(&bus, &bme.i2c);
}

TestSuite(bme280, .init = setup);

static void wr(uint8_t reg, uint8_t v) {
    uint8_t m[2] = {reg, v};
    cr_assert_eq(sim_i2c_bus_writeto(&bus, 0x76, m, 2, true), 2);
}

static void rd(uint8_t reg, uint8_t *buf, size_t n) {
    cr_assert_eq(sim_i2c_bus_writeto(&bus, 0x76, &reg, 1, false), 1);
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, 0x76, buf, n, true), (int)n);
}

static uint8_t rd1(uint8_t reg) {
    uint8_t v;
    rd(reg, &v, 1);
    return v;
}

// What a driver does: read the calibration over the bus, then the burst, then compensate.
static void measure(double *t, double *p, double *h) {
    uint8_t a[26], b[7], d[8];
    rd(0x88, a, 26);
    rd(0xE1, b, 7);
    sim_bme280_calib_t c;
    c.t1 = (uint16_t)(a[0] | a[1] << 8);
    c.t2 = (int16_t)(a[2] | a[3] << 8);
    c.t3 = (int16_t)(a[4] | a[5] << 8);
    c.p1 = (uint16_t)(a[6] | a[7] << 8);
    int16_t *pp[] = {&c.p2, &c.p3, &c.p4, &c.p5, &c.p6, &c.p7, &c.p8, &c.p9};
    for (int i = 0; i < 8; i++) *pp[i] = (int16_t)(a[8 + 2 * i] | a[9 + 2 * i] << 8);
    c.h1 = a[25];
    c.h2 = (int16_t)(b[0] | b[1] << 8);
    c.h3 = b[2];
    c.h4 = (int16_t)((int8_t)b[3] * 16 | (b[4] & 15));
    c.h5 = (int16_t)((int8_t)b[5] * 16 | b[4] >> 4);
    c.h6 = (int8_t)b[6];
    const sim_bme280_calib_t *m = &bme.cal;
    cr_assert(c.t1 == m->t1 && c.t2 == m->t2 && c.t3 == m->t3 && c.p1 == m->p1 &&
              c.p2 == m->p2 && c.p5 == m->p5 && c.p9 == m->p9 && c.h1 == m->h1 &&
              c.h2 == m->h2 && c.h3 == m->h3 && c.h4 == m->h4 && c.h5 == m->h5 &&
              c.h6 == m->h6, "calibration read back over the bus");
    rd(0xF7, d, 8);
    int32_t adc_p = d[0] << 12 | d[1] << 4 | d[2] >> 4;
    int32_t adc_t = d[3] << 12 | d[4] << 4 | d[5] >> 4;
    int32_t adc_h = d[6] << 8 | d[7];
    int32_t fine;
    *t = sim_bme280_comp_t(&c, adc_t, &fine) / 100.0;
    *p = sim_bme280_comp_p(&c, adc_p, fine) / 256.0;
    *h = sim_bme280_comp_h(&c, adc_h, fine) / 1024.0;
}

Test(bme280, datasheet_example) {
    int32_t fine;
    cr_assert_eq(sim_bme280_comp_t(&bme.cal, 519888, &fine), 2508);
    cr_assert_eq(fine, 128422);
    double p = sim_bme280_comp_p(&bme.cal, 415148, fine) / 256.0;
    // The datasheet gives 100653.27 Pa from its floating-point version.
    cr_assert(fabs(p - 100653.27) < 0.05, "%f", p);
}

Test(bme280, id_and_reset_values) {
    cr_assert_eq(rd1(0xD0), 0x60);
    cr_assert_eq(rd1(0xF4), 0);
    uint8_t d[8];
    rd(0xF7, d, 8);
    cr_assert_eq(d[0], 0x80);
    cr_assert_eq(d[3], 0x80);
    cr_assert_eq(d[6], 0x80);
    cr_assert_eq(d[7], 0x00);
}

Test(bme280, forced_mode_takes_its_time) {
    sim_bme280_set(&bme, 23.45, 98765.4, 61.2);
    // Pairs in one write: ctrl_hum then ctrl_meas (x1, x1, forced).
    uint8_t m[] = {0xF2, 0x01, 0xF4, 0x25};
    cr_assert_eq(sim_i2c_bus_writeto(&bus, 0x76, m, 4, true), 4);
    cr_assert_eq(sim_bme280_meas_ns(&bme), 8000000); // 1 + 2 + 2.5 + 2.5 ms
    cr_assert_eq(rd1(0xF3) & 0x08, 0x08, "measuring");
    cr_assert_eq(rd1(0xFA), 0x80, "no result yet");
    now += 7999999;
    cr_assert_eq(rd1(0xF3) & 0x08, 0x08);
    now += 1;
    cr_assert_eq(rd1(0xF3), 0);
    cr_assert_eq(rd1(0xF4), 0x24, "back in sleep mode");
    uint8_t raw[6];
    rd(0xF7, raw, 6);
    cr_assert_eq(raw[2] | raw[5], 0, "16-bit results at x1: xlsb empty");
    double t, p, h;
    measure(&t, &p, &h);
    cr_assert(fabs(t - 23.45) <= 0.01, "%f", t);
    cr_assert(fabs(p - 98765.4) <= 3.0, "%f", p);
    cr_assert(fabs(h - 61.2) <= 0.01, "%f", h);
    // 16x oversampling: 20-bit results, pressure within a fraction of a pascal.
    wr(0xF2, 0x05);
    wr(0xF4, 0xB5);
    now += sim_bme280_meas_ns(&bme);
    measure(&t, &p, &h);
    cr_assert(fabs(p - 98765.4) <= 0.2, "%f", p);
    cr_assert(fabs(t - 23.45) <= 0.01, "%f", t);
}

Test(bme280, extremes_and_skipped) {
    sim_bme280_set(&bme, -30.0, 80000.0, 5.0);
    wr(0xF2, 0x00); // humidity skipped
    wr(0xF4, 0x41); // t x2, p skipped, forced
    now += sim_bme280_meas_ns(&bme);
    uint8_t d[8];
    rd(0xF7, d, 8);
    cr_assert_eq(d[0] << 16 | d[1] << 8 | d[2], 0x800000, "pressure skipped");
    cr_assert_eq(d[6] << 8 | d[7], 0x8000, "humidity skipped");
    int32_t adc_t = d[3] << 12 | d[4] << 4 | d[5] >> 4;
    cr_assert_eq(adc_t & 7, 0, "17-bit result");
    cr_assert_eq(sim_bme280_comp_t(&bme.cal, adc_t, NULL), -3000);
    sim_bme280_set(&bme, 65.0, 110000.0, 99.0);
    wr(0xF2, 0x01);
    wr(0xF4, 0x25);
    now += sim_bme280_meas_ns(&bme);
    double t, p, h;
    measure(&t, &p, &h);
    cr_assert(fabs(t - 65.0) <= 0.01 && fabs(p - 110000) <= 3 && fabs(h - 99) <= 0.01,
              "%f %f %f", t, p, h);
}

Test(bme280, normal_mode_cycles) {
    wr(0xF5, 0xA0); // standby 1000 ms, no filter (written in sleep mode)
    wr(0xF2, 0x01);
    wr(0xF4, 0x27); // x1 x1 normal
    cr_assert_eq(rd1(0xF3), 0x08);
    now += 8000000;
    cr_assert_eq(rd1(0xF3), 0x00, "standby");
    double t, p, h;
    measure(&t, &p, &h);
    cr_assert(fabs(t - 20.0) <= 0.01);
    now += 1000000000; // the next cycle has begun
    cr_assert_eq(rd1(0xF3), 0x08);
    sim_bme280_set(&bme, 30.0, 101325, 45);
    now += 8000000;
    measure(&t, &p, &h);
    cr_assert(fabs(t - 30.0) <= 0.01, "%f", t);
    cr_assert_eq(rd1(0xF4), 0x27, "normal mode stays");
    wr(0xF5, 0x00);
    cr_assert_eq(rd1(0xF5), 0xA0, "config writes ignored in normal mode");
}

Test(bme280, soft_reset) {
    wr(0xF4, 0x27);
    wr(0xE0, 0xB6);
    cr_assert_eq(rd1(0xF4), 0);
    cr_assert_eq(rd1(0xF3), 0x01, "copying NVM");
    now += 2000000;
    cr_assert_eq(rd1(0xF3), 0x00);
    cr_assert_eq(rd1(0xE0), 0x00);
}

Test(bme280, no_clock_is_instant) {
    sim_bme280_init(&bme, 0x77, (sim_devclock_t){NULL, NULL});
    sim_i2c_bus_init(&bus);
    sim_i2c_bus_add(&bus, &bme.i2c);
    uint8_t m[] = {0xF2, 0x01, 0xF4, 0x25};
    sim_i2c_bus_writeto(&bus, 0x77, m, 4, true);
    uint8_t reg = 0xF4, v;
    sim_i2c_bus_writeto(&bus, 0x77, &reg, 1, false);
    sim_i2c_bus_readfrom(&bus, 0x77, &v, 1, true);
    cr_assert_eq(v, 0x24);
    cr_assert_eq(sim_i2c_bus_readfrom(&bus, 0x76, &v, 1, true), -ENODEV);
}
