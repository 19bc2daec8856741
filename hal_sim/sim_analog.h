// hal_sim/sim_analog.h: the analog side of the simulated board: PWM outputs and the
// LED brightness they give, ADC sources (pots, LDRs, TMP36, the RP2040's core sensor),
// RGB LEDs, WS2812 strips fed by bitstream, the RTC, the watchdog and board resets.
// Layer: simulated board (hal_sim); plain C, no VM.
// SPDX-License-Identifier: MIT

#ifndef SIM_ANALOG_H
#define SIM_ANALOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sim_board.h"

// A pin's PWM output. Pins naming the same "pwmN" key in the board file
// share a generator (an RP2040 slice) and so its frequency; the same key and
// channel letter are the same output. "pwm": "any" (ESP32) is a generator
// of the pin's own.
typedef struct sim_pwm {
    bool on;
    uint32_t freq;
    uint16_t duty;
    bool invert;
    const char *slice;   // the "pwmN" key, NULL for a generator of its own
    const char *channel; // "A", "B" (the key's value)
    int trace_id;        // the index of its real-valued VCD variable, -1 for none
    double traced;       // the duty last written to the trace (it starts at 0)
} sim_pwm_t;

typedef struct sim_analog {
    sim_pwm_t *pwm;              // per pin index
    uint32_t pwm_min, pwm_max;   // the frequencies a generator can make, Hz
    uint32_t pwm_default;        // a generator's frequency before any is set
    int adc_bits;                // the ADC's resolution (12 on RP2040 and ESP32)
    int64_t rtc_base_us;         // the RTC: µs since 2000-01-01 at board time rtc_t0
    uint64_t rtc_t0;
    bool rtc_from_start;         // rtc_t0 is the bring-up time (b->start): not set since
    bool wdt_on;
    uint64_t wdt_timeout;        // ns
    uint32_t wdt_tag, wdt_max_ms;
    int wdt_event;               // its clock event id, 0 when none
} sim_analog_t;

typedef enum {
    SIM_AN_LDR,         // photoresistor divider: value = illuminance, lux
    SIM_AN_TMP36,       // analog temperature sensor: value = °C
    SIM_AN_CORE_TEMP,   // RP2040's internal sensor on an ADC channel: value = °C
    SIM_AN_RGB,         // RGB LED on three pins
    SIM_AN_WS2812,      // WS2812 strip on a data pin
} sim_analog_kind_t;

typedef struct sim_analog_part {
    sim_analog_kind_t kind;
    double value;                // lux or °C
    double gamma, rl10, r_fixed; // LDR: slope, kΩ at 10 lux, the divider's resistor (Ω)
    int channel;                 // core sensor: its ADC channel
    int rgb[3];                  // RGB: pin indexes of r, g, b
    int active;                  // RGB: the level that lights (1 common cathode)
    int npixels;                 // WS2812
    uint8_t *shown, *shift;      // npixels * 3 bytes, GRB as on the wire
    int bits;                    // bits shifted in since the last reset pulse
    uint64_t rise, fall;         // the data line's last edges
    bool pending;                // bits shifted in but not latched
} sim_analog_part_t;

// ---- hal_sim/sim_analog.c: bring-up, props, brightness, RTC, watchdog, reset
// Reads the analog parts and board facts (pwm_freq, adc_bits, rtc_start,
// wdt_max_ms) of a loaded board. 0, -EINVAL (message in [err]), -ENOMEM.
int sim_analog_load(sim_board_t *b, char *err, size_t len);
// Frees what sim_analog_load made; safe on a board it never reached.
void sim_analog_free(sim_board_t *b);
// An LED's brightness 0..1: the PWM duty when a PWM drives its pin, else
// lit or not. RGB LEDs: channel [color] (0 r, 1 g, 2 b). -1 for other parts.
double sim_analog_brightness(const sim_board_t *b, int part, int color);
int sim_rtc_get(void *b, int64_t *secs, uint32_t *us);
int sim_rtc_set(void *b, int64_t secs, uint32_t us);
int sim_wdt_start(void *b, uint32_t timeout_ms, uint32_t tag);
int sim_wdt_feed(void *b);
void sim_board_reset(void *b, int cause);

// ---- hal_sim/sim_pwm.c
int sim_pwm_start(void *b, int pin, uint32_t freq_hz, uint16_t duty, bool invert);
int sim_pwm_stop(void *b, int pin);
int sim_pwm_get(void *b, int pin, uint32_t *freq_hz, uint16_t *duty, bool *invert);
// The PWM'd fraction of time pin [i] is high, or -1 when no PWM runs there.
double sim_pwm_level(const sim_board_t *b, int i);
// Writes the trace's header: the pins' wires, and a real variable per PWM
// capable pin (scope "pwm") holding its duty. 0 or -errno.
int sim_pwm_trace_header(sim_board_t *b, const char *const *names, const int *levels);

// ---- hal_sim/sim_adc.c
int sim_adc_read_u16(void *b, int ch);
int64_t sim_adc_read_uv(void *b, int ch);

// ---- hal_sim/sim_ws2812.c
int sim_bitstream(void *b, int pin, const uint32_t timing[4], const uint8_t *data, size_t len);
// Lets a WS2812 on pin [pin] decode its new level. Never fails.
void sim_analog_pin_changed(sim_board_t *b, int pin);
// The colours strip [part] shows, as r, g, b bytes per pixel into [out]
// (room for [max] pixels). Returns the strip's pixel count, or -EINVAL.
int sim_ws2812_pixels(sim_board_t *b, int part, uint8_t *out, int max);

#endif
