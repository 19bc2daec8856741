// hal_sim/dev_bme280.h: the Bosch BME280 temperature/pressure/humidity sensor model on I2C.
// hal_sim layer, no VM.
// SPDX-License-Identifier: MIT

#ifndef DEV_BME280_H
#define DEV_BME280_H

#include "sim_dev.h"

// The trimming parameters as the part stores them (datasheet table 16).
typedef struct sim_bme280_calib {
    uint16_t t1;
    int16_t t2, t3;
    uint16_t p1;
    int16_t p2, p3, p4, p5, p6, p7, p8, p9;
    uint8_t h1, h3;
    int16_t h2, h4, h5;
    int8_t h6;
} sim_bme280_calib_t;

typedef struct sim_bme280 {
    sim_i2c_dev_t i2c;
    sim_bme280_calib_t cal;
    double temp_c, press_pa, hum_pct; // the physical values the sensor sits in
    uint8_t ptr;           // register pointer
    bool have_ptr;         // this write transaction has sent its register address
    uint8_t ctrl_hum, ctrl_meas, config;
    uint8_t osrs_h;        // ctrl_hum as latched by the last ctrl_meas write
    uint8_t data[8];       // 0xF7-0xFE as last latched
    uint64_t meas_start_ns, meas_end_ns; // forced: the conversion; normal: the first cycle
    bool meas_pending;     // a forced conversion has not been latched yet
    uint64_t reset_until_ns; // NVM copy after a soft reset (status im_update)
} sim_bme280_t;

// A part at 7-bit `addr` (0x76 with SDO low, 0x77 high) with the calibration of a typical
// real part, 20 degC, 1013.25 hPa and 45 %RH, in sleep mode. Never fails.
void sim_bme280_init(sim_bme280_t *d, uint8_t addr, sim_devclock_t clock);

// Sets the conditions around the sensor (degC, Pa, %RH); the next conversion reports them.
void sim_bme280_set(sim_bme280_t *d, double temp_c, double press_pa, double hum_pct);

// Bosch's integer compensation (datasheet 4.2.3 / 8.2) for this part's calibration: the
// temperature in 0.01 degC (and t_fine through *t_fine), the pressure in Pa as Q24.8, the
// humidity in %RH as Q22.10.
int32_t sim_bme280_comp_t(const sim_bme280_calib_t *c, int32_t adc_t, int32_t *t_fine);
uint32_t sim_bme280_comp_p(const sim_bme280_calib_t *c, int32_t adc_p, int32_t t_fine);
uint32_t sim_bme280_comp_h(const sim_bme280_calib_t *c, int32_t adc_h, int32_t t_fine);

// The conversion time in ns for the current settings (datasheet 9.1, typical).
uint64_t sim_bme280_meas_ns(const sim_bme280_t *d);

// A register as a read sees it now (status, data as last latched...).
uint8_t sim_bme280_reg(sim_bme280_t *d, uint8_t reg);

#endif
