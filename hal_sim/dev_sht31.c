// hal_sim/dev_sht31.c: the SHT31 model: 16-bit commands, single-shot conversions (with and
// without clock stretching, both shown as NACKs until the result is ready), status register,
// heater, soft reset, CRC-protected words. hal_sim layer, no VM.
// SPDX-License-Identifier: MIT
//
// Not modelled: periodic mode, ART, alert limits, the heater's warming of the sensor and
// measurement noise (every repeatability reports the exact set values).

#include <math.h>
#include <string.h>
#include "dev_sht31.h"

uint8_t sim_sht31_crc(const uint8_t *data, size_t n) {
    uint8_t crc = 0xFF;
    for (size_t i = 0; i < n; i++) {
        crc ^= data[i];
        for (int b = 0; b < 8; b++) crc = (uint8_t)(crc & 0x80 ? (crc << 1) ^ 0x31 : crc << 1);
    }
    return crc;
}

static sim_sht31_t *self(sim_i2c_dev_t *dev) {
    return (sim_sht31_t *)dev;
}

// A word and its CRC at out + at.
static void put_word(sim_sht31_t *s, int at, uint16_t w) {
    s->out[at] = (uint8_t)(w >> 8);
    s->out[at + 1] = (uint8_t)w;
    s->out[at + 2] = sim_sht31_crc(s->out + at, 2);
}

static uint16_t raw(double v) {
    double r = round(v * 65535.0);
    return (uint16_t)(r < 0 ? 0 : r > 65535 ? 65535 : r);
}

// The conversion's result becomes readable once its time is up.
static void settle(sim_sht31_t *s) {
    if (s->meas_pending && !sim_devclock_busy(&s->i2c.clock, s->busy_until_ns)) {
        put_word(s, 0, raw((s->temp_c + 45.0) / 175.0)); // T = -45 + 175 * ST / 65535
        put_word(s, 3, raw(s->hum_pct / 100.0));         // RH = 100 * SRH / 65535
        s->out_len = 6;
        s->out_pos = 0;
        s->meas_pending = false;
    }
}

// Typical conversion times by repeatability (datasheet table 4): high, medium, low.
static uint64_t meas_ns(uint16_t c) {
    switch (c) {
    case 0x2C06: case 0x2400: return 12500000;
    case 0x2C0D: case 0x240B: return 4500000;
    default: return 2500000;
    }
}

static void execute(sim_sht31_t *s, uint16_t c) {
    uint64_t now = sim_devclock_now(&s->i2c.clock);
    // Bit 1 tells whether the last command was processed; reading the status must not
    // overwrite it, or it could never be seen.
    if (c != 0xF32D) s->status &= (uint16_t)~0x0002;
    s->out_len = s->out_pos = 0;    // a new command drops an unread result
    switch (c) {
    case 0x2C06: case 0x2C0D: case 0x2C10: case 0x2400: case 0x240B: case 0x2416:
        s->meas_pending = true;
        s->busy_until_ns = now + meas_ns(c);
        settle(s);
        break;
    case 0x30A2: // soft reset: the status as after power-up, heater off; 1 ms
        s->status = 0x8010;
        s->meas_pending = false;
        s->busy_until_ns = now + 1000000;
        break;
    case 0x306D: s->status |= 0x2000; break;
    case 0x3066: s->status &= (uint16_t)~0x2000; break;
    case 0xF32D:
        put_word(s, 0, s->status);
        s->out_len = 3;
        break;
    case 0x3041: s->status &= (uint16_t)~0x8C10; break; // alert bits and reset detected
    case 0x3093: break; // break (stop periodic mode): nothing runs
    default: s->status |= 0x0002; break; // not processed
    }
}

// While a conversion or a reset runs the sensor answers no header; a read header with no
// result waiting is NACKed too (the no-stretch read-out of the datasheet).
static bool op_start(sim_i2c_dev_t *dev, bool read) {
    sim_sht31_t *s = self(dev);
    settle(s);
    if (sim_devclock_busy(&dev->clock, s->busy_until_ns)) return false;
    if (read) return s->out_pos < s->out_len;
    s->nbytes = 0;
    return true;
}

static bool op_write(sim_i2c_dev_t *dev, uint8_t b) {
    sim_sht31_t *s = self(dev);
    if (s->nbytes < 2) s->cmd[s->nbytes] = b;
    if (++s->nbytes == 2) execute(s, (uint16_t)(s->cmd[0] << 8 | s->cmd[1]));
    return true;
}

static uint8_t op_read(sim_i2c_dev_t *dev, bool ack) {
    (void)ack;
    sim_sht31_t *s = self(dev);
    if (s->out_pos >= s->out_len) return 0xFF;
    uint8_t b = s->out[s->out_pos++];
    return b;
}

// A read ends the result: reading it again needs a new conversion.
static void op_stop(sim_i2c_dev_t *dev) {
    sim_sht31_t *s = self(dev);
    if (s->out_pos > 0) s->out_len = s->out_pos = 0;
}

static const struct sim_i2c_ops sht31_ops = {op_start, op_write, op_read, op_stop};

void sim_sht31_init(sim_sht31_t *s, uint8_t addr, sim_devclock_t clock) {
    memset(s, 0, sizeof *s);
    s->i2c.ops = &sht31_ops;
    s->i2c.addr = addr;
    s->i2c.clock = clock;
    s->temp_c = 25.0;
    s->hum_pct = 50.0;
    s->status = 0x8010;
}

void sim_sht31_set(sim_sht31_t *s, double temp_c, double hum_pct) {
    s->temp_c = temp_c;
    s->hum_pct = hum_pct;
}
