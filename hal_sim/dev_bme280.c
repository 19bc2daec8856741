// hal_sim/dev_bme280.c: the BME280 model: registers, I2C protocol (address/data pairs on
// writes, auto-increment on reads), forced and normal mode on the virtual clock, and raw
// ADC values found by inverting Bosch's integer compensation. hal_sim layer, no VM.
// SPDX-License-Identifier: MIT
//
// The raw values are searched for, not computed from an algebraic inverse: the integer
// formulas are monotonic in their ADC input, so a binary search over the ADC codes the
// configured resolution allows finds the code whose compensated value is nearest the set
// one. A driver that compensates as the datasheet says gets the set values back to within
// the resolution. The IIR filter only widens the resolution: with steady conditions its
// output equals its input. Normal mode latches the values current at each read.

#include <math.h>
#include <string.h>
#include "dev_bme280.h"

// The trimming of a typical part: the datasheet's worked example for temperature and
// pressure, humidity values as read from a real module.
static const sim_bme280_calib_t typical = {
    .t1 = 27504, .t2 = 26435, .t3 = -1000,
    .p1 = 36477, .p2 = -10685, .p3 = 3024, .p4 = 2855, .p5 = 140, .p6 = -7, .p7 = 15500,
    .p8 = -14600, .p9 = 6000,
    .h1 = 75, .h2 = 362, .h3 = 0, .h4 = 313, .h5 = 50, .h6 = 30,
};

// ---- Bosch's compensation (64-bit intermediates: equal to the 32-bit code wherever that
// does not overflow, and left shifts of negative values are written as products) ----

int32_t sim_bme280_comp_t(const sim_bme280_calib_t *c, int32_t adc_t, int32_t *t_fine) {
    int64_t v1 = (((int64_t)(adc_t >> 3) - ((int64_t)c->t1 * 2)) * c->t2) >> 11;
    int64_t d = (int64_t)(adc_t >> 4) - c->t1;
    int64_t v2 = (((d * d) >> 12) * c->t3) >> 14;
    int32_t fine = (int32_t)(v1 + v2);
    if (t_fine) *t_fine = fine;
    return (fine * 5 + 128) >> 8;
}

uint32_t sim_bme280_comp_p(const sim_bme280_calib_t *c, int32_t adc_p, int32_t t_fine) {
    int64_t v1 = (int64_t)t_fine - 128000;
    int64_t v2 = v1 * v1 * c->p6;
    v2 += v1 * c->p5 * ((int64_t)1 << 17);
    v2 += (int64_t)c->p4 * ((int64_t)1 << 35);
    v1 = ((v1 * v1 * c->p3) >> 8) + v1 * c->p2 * ((int64_t)1 << 12);
    v1 = ((((int64_t)1 << 47) + v1) * c->p1) >> 33;
    if (v1 == 0) return 0; // avoids a division by zero, as the datasheet's code does
    int64_t p = 1048576 - adc_p;
    p = ((p * ((int64_t)1 << 31)) - v2) * 3125 / v1;
    v1 = ((int64_t)c->p9 * (p >> 13) * (p >> 13)) >> 25;
    v2 = ((int64_t)c->p8 * p) >> 19;
    p = ((p + v1 + v2) >> 8) + ((int64_t)c->p7 * 16);
    return (uint32_t)p;
}

uint32_t sim_bme280_comp_h(const sim_bme280_calib_t *c, int32_t adc_h, int32_t t_fine) {
    int64_t x = (int64_t)t_fine - 76800;
    int64_t a = (((int64_t)adc_h * 16384) - ((int64_t)c->h4 * 1048576) - (c->h5 * x) + 16384) >> 15;
    int64_t b = (((((x * c->h6) >> 10) * (((x * c->h3) >> 11) + 32768)) >> 10) + 2097152) *
                    c->h2 + 8192;
    x = a * (b >> 14);
    x -= ((((x >> 15) * (x >> 15)) >> 7) * c->h1) >> 4;
    if (x < 0) x = 0;
    if (x > 419430400) x = 419430400;
    return (uint32_t)(x >> 12);
}

// ---- the inverse: a binary search over ADC codes ----

typedef struct {
    const sim_bme280_calib_t *cal;
    int32_t t_fine;
    int which; // 0 t_fine, 1 pressure (negated: it falls as the code rises), 2 humidity
} comp_ctx_t;

static double comp(const comp_ctx_t *k, int32_t adc) {
    int32_t fine;
    switch (k->which) {
    case 0: sim_bme280_comp_t(k->cal, adc, &fine); return fine;
    case 1: return -(double)sim_bme280_comp_p(k->cal, adc, k->t_fine);
    default: return sim_bme280_comp_h(k->cal, adc, k->t_fine);
    }
}

// The code (a multiple of 1 << shift, below 1 << (bits + shift)) whose compensated value is
// nearest `target`; comp() rises with the code.
static int32_t nearest_code(const comp_ctx_t *k, int bits, int shift, double target) {
    int32_t lo = 0, hi = ((int32_t)1 << bits) - 1;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (comp(k, mid << shift) < target) lo = mid + 1;
        else hi = mid;
    }
    if (lo > 0 && fabs(comp(k, (lo - 1) << shift) - target) <= fabs(comp(k, lo << shift) - target))
        lo--;
    return lo << shift;
}

// The resolution of a temperature or pressure result: 16 bits at 1x oversampling, one
// more per doubling, 20 with the IIR filter on (datasheet 3.4.2/3.4.3).
static int resolution(uint8_t osrs, uint8_t config) {
    if ((config >> 2) & 7) return 20;
    return 15 + (osrs > 5 ? 5 : osrs);
}

static void put20(uint8_t *p, int32_t v) {
    p[0] = (uint8_t)(v >> 12);
    p[1] = (uint8_t)(v >> 4);
    p[2] = (uint8_t)((v & 15) << 4);
}

// A conversion's result, from the conditions now, into the data registers.
static void latch(sim_bme280_t *d) {
    uint8_t ot = d->ctrl_meas >> 5, op = (d->ctrl_meas >> 2) & 7;
    comp_ctx_t k = {&d->cal, 0, 0};
    int bits = resolution(ot, d->config);
    int32_t adc_t = nearest_code(&k, bits, 20 - bits, d->temp_c * 5120.0);
    sim_bme280_comp_t(&d->cal, adc_t, &k.t_fine);
    put20(d->data + 3, ot ? adc_t : 0x80000);
    k.which = 1;
    bits = resolution(op, d->config);
    put20(d->data, op ? nearest_code(&k, bits, 20 - bits, -d->press_pa * 256.0) : 0x80000);
    k.which = 2;
    int32_t adc_h = d->osrs_h ? nearest_code(&k, 16, 0, d->hum_pct * 1024.0) : 0x8000;
    d->data[6] = (uint8_t)(adc_h >> 8);
    d->data[7] = (uint8_t)adc_h;
}

// ---- timing ----

static const uint32_t standby_us[8] = {500, 62500, 125000, 250000, 500000, 1000000, 10000, 20000};

static uint64_t os_factor(uint8_t osrs) {
    return osrs == 0 ? 0 : (uint64_t)1 << ((osrs > 5 ? 5 : osrs) - 1);
}

uint64_t sim_bme280_meas_ns(const sim_bme280_t *d) {
    uint8_t ot = d->ctrl_meas >> 5, op = (d->ctrl_meas >> 2) & 7, oh = d->osrs_h;
    uint64_t us = 1000 + 2000 * os_factor(ot);
    if (op) us += 2000 * os_factor(op) + 500;
    if (oh) us += 2000 * os_factor(oh) + 500;
    return us * 1000;
}

static uint64_t period_ns(const sim_bme280_t *d) {
    return sim_bme280_meas_ns(d) + (uint64_t)standby_us[d->config >> 5] * 1000;
}

// Brings the latched data and the mode up to the clock's time.
static void update(sim_bme280_t *d) {
    uint8_t mode = d->ctrl_meas & 3;
    if ((mode == 1 || mode == 2) && d->meas_pending && !sim_devclock_busy(&d->i2c.clock, d->meas_end_ns)) {
        latch(d);
        d->meas_pending = false;
        d->ctrl_meas &= (uint8_t)~3; // back to sleep
    } else if (mode == 3 && !sim_devclock_busy(&d->i2c.clock, d->meas_end_ns)) {
        latch(d);
    }
}

static uint8_t status(sim_bme280_t *d) {
    uint8_t st = 0;
    uint64_t now = sim_devclock_now(&d->i2c.clock);
    if (sim_devclock_busy(&d->i2c.clock, d->reset_until_ns)) st |= 0x01;
    uint8_t mode = d->ctrl_meas & 3;
    if (mode == 3 && d->i2c.clock.now_ns) {
        if ((now - d->meas_start_ns) % period_ns(d) < sim_bme280_meas_ns(d)) st |= 0x08;
    } else if (mode != 0 && d->meas_pending && sim_devclock_busy(&d->i2c.clock, d->meas_end_ns)) {
        st |= 0x08;
    }
    return st;
}

// ---- registers ----

static void calib_bytes(const sim_bme280_calib_t *c, uint8_t *lo, uint8_t *hi) {
    const uint16_t w[12] = {c->t1, (uint16_t)c->t2, (uint16_t)c->t3, c->p1, (uint16_t)c->p2,
                            (uint16_t)c->p3, (uint16_t)c->p4, (uint16_t)c->p5, (uint16_t)c->p6,
                            (uint16_t)c->p7, (uint16_t)c->p8, (uint16_t)c->p9};
    for (int i = 0; i < 12; i++) {
        lo[2 * i] = (uint8_t)w[i];
        lo[2 * i + 1] = (uint8_t)(w[i] >> 8);
    }
    lo[24] = 0;
    lo[25] = c->h1;
    hi[0] = (uint8_t)c->h2;
    hi[1] = (uint8_t)((uint16_t)c->h2 >> 8);
    hi[2] = c->h3;
    hi[3] = (uint8_t)(c->h4 >> 4);
    hi[4] = (uint8_t)((c->h4 & 15) | ((c->h5 & 15) << 4));
    hi[5] = (uint8_t)(c->h5 >> 4);
    hi[6] = (uint8_t)c->h6;
}

static uint8_t read_reg(sim_bme280_t *d, uint8_t r) {
    uint8_t lo[26], hi[7];
    if (r >= 0x88 && r <= 0xA1) {
        calib_bytes(&d->cal, lo, hi);
        return lo[r - 0x88];
    }
    if (r >= 0xE1 && r <= 0xE7) {
        calib_bytes(&d->cal, lo, hi);
        return hi[r - 0xE1];
    }
    if (r >= 0xF7 && r <= 0xFE) return d->data[r - 0xF7];
    switch (r) {
    case 0xD0: return 0x60;
    case 0xF2: return d->ctrl_hum;
    case 0xF3: return status(d);
    case 0xF4: return d->ctrl_meas;
    case 0xF5: return d->config;
    default: return 0x00;
    }
}

static void registers_reset(sim_bme280_t *d) {
    d->ctrl_hum = d->ctrl_meas = d->config = d->osrs_h = 0;
    static const uint8_t reset_data[8] = {0x80, 0, 0, 0x80, 0, 0, 0x80, 0};
    memcpy(d->data, reset_data, 8);
    d->meas_pending = false;
}

static void write_reg(sim_bme280_t *d, uint8_t r, uint8_t v) {
    update(d);
    uint64_t now = sim_devclock_now(&d->i2c.clock);
    switch (r) {
    case 0xE0:
        if (v == 0xB6) {
            registers_reset(d);
            d->reset_until_ns = now + 2000000; // start-up time: the NVM copy
        }
        break;
    case 0xF2: d->ctrl_hum = v & 7; break; // takes effect with the next ctrl_meas write
    case 0xF4: {
        bool was_normal = (d->ctrl_meas & 3) == 3;
        d->ctrl_meas = v;
        d->osrs_h = d->ctrl_hum;
        uint8_t mode = v & 3;
        d->meas_pending = mode == 1 || mode == 2;
        if (mode != 0 && !(mode == 3 && was_normal)) {
            d->meas_start_ns = now;
            d->meas_end_ns = now + sim_bme280_meas_ns(d);
        }
        update(d);
        break;
    }
    case 0xF5:
        if ((d->ctrl_meas & 3) != 3) d->config = v & 0xFD; // in normal mode the part may ignore it; so does this model
        break;
    default: break; // read-only or reserved
    }
}

uint8_t sim_bme280_reg(sim_bme280_t *d, uint8_t reg) {
    update(d);
    return read_reg(d, reg);
}

// ---- I2C ----

static sim_bme280_t *self(sim_i2c_dev_t *dev) {
    return (sim_bme280_t *)dev;
}

static bool op_start(sim_i2c_dev_t *dev, bool read) {
    sim_bme280_t *d = self(dev);
    update(d); // a burst read sees one latched set of data (the part's shadowing)
    if (!read) d->have_ptr = false;
    return true;
}

// Writes are register address / value pairs; there is no auto-increment on writes.
static bool op_write(sim_i2c_dev_t *dev, uint8_t b) {
    sim_bme280_t *d = self(dev);
    if (!d->have_ptr) {
        d->ptr = b;
        d->have_ptr = true;
    } else {
        write_reg(d, d->ptr, b);
        d->have_ptr = false;
    }
    return true;
}

static uint8_t op_read(sim_i2c_dev_t *dev, bool ack) {
    (void)ack;
    sim_bme280_t *d = self(dev);
    return read_reg(d, d->ptr++);
}

static void op_stop(sim_i2c_dev_t *dev) {
    (void)dev;
}

static const struct sim_i2c_ops bme280_ops = {op_start, op_write, op_read, op_stop};

void sim_bme280_init(sim_bme280_t *d, uint8_t addr, sim_devclock_t clock) {
    memset(d, 0, sizeof *d);
    d->i2c.ops = &bme280_ops;
    d->i2c.addr = addr;
    d->i2c.clock = clock;
    d->cal = typical;
    d->temp_c = 20.0;
    d->press_pa = 101325.0;
    d->hum_pct = 45.0;
    registers_reset(d);
}

void sim_bme280_set(sim_bme280_t *d, double temp_c, double press_pa, double hum_pct) {
    d->temp_c = temp_c;
    d->press_pa = press_pa;
    d->hum_pct = hum_pct;
}
