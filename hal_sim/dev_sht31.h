// hal_sim/dev_sht31.h: the Sensirion SHT31 humidity/temperature sensor model on I2C.
// hal_sim layer, no VM.
// SPDX-License-Identifier: MIT

#ifndef DEV_SHT31_H
#define DEV_SHT31_H

#include "sim_dev.h"

typedef struct sim_sht31 {
    sim_i2c_dev_t i2c;
    double temp_c, hum_pct;  // the conditions around the sensor
    uint8_t cmd[2];
    int nbytes;              // command bytes received in this write
    uint16_t status;
    uint8_t out[6];          // what a read returns (words with their CRCs)
    int out_len, out_pos;
    bool meas_pending;       // a single-shot conversion whose result is not out yet
    uint64_t busy_until_ns;  // conversion or soft reset in progress: the part NACKs
} sim_sht31_t;

// A sensor at 7-bit `addr` (0x44 with ADDR low, 0x45 high) in 25 degC / 50 %RH, status as
// after power-up (alert pending, reset detected). Never fails.
void sim_sht31_init(sim_sht31_t *s, uint8_t addr, sim_devclock_t clock);

// Sets the conditions (degC, %RH) the next conversion reports.
void sim_sht31_set(sim_sht31_t *s, double temp_c, double hum_pct);

// Sensirion's CRC-8 (polynomial 0x31, initial 0xFF) over n bytes.
uint8_t sim_sht31_crc(const uint8_t *data, size_t n);

#endif
