// hal_sim/sim_i2c.h: the board's I2C: hardware I2C buses (the HAL's i2c_* calls), the
// device buses made from the board file's I2C parts, and the pin-level path SoftI2C takes
// through sim_i2c_wire. Layer: simulated board (hal_sim); no VM.
// SPDX-License-Identifier: MIT
//
// Two files: sim_i2c_devs.c holds the device models (it includes sim_dev.h) and
// sim_i2c.c the board side (it includes sim_board.h); this header includes
// neither and only passes opaque pointers between the halves.

#ifndef SIM_I2C_H
#define SIM_I2C_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "hal.h"

struct sim_board;
struct sim_json;
struct sim_i2c_devs;

// ---- device side (hal_sim/sim_i2c_devs.c) ------------------------------------------------

// The device buses of a board: one per pair of SCL/SDA pins the board file's I2C
// parts name. A new empty set, or NULL when out of memory.
struct sim_i2c_devs *sim_i2c_devs_new(void);
// Frees the set and its models (NULL is fine).
void sim_i2c_devs_free(struct sim_i2c_devs *s);
// Makes the model of board-file part [json] (type ssd1306, bme280, sht31, 24lc32..24lc512)
// and puts it on the device bus of pins [scl]/[sda] (pin indices, -1 when the part names
// none), making that bus if new. Its clock reads [now](ctx). Returns the bus index, or
// -EINVAL with a message in [err] (unknown type, bad attrs, address taken), -ENOMEM.
int sim_i2c_devs_add(struct sim_i2c_devs *s, const struct sim_json *json, int scl, int sda,
                     uint64_t (*now)(void *ctx), void *ctx, char *err, size_t err_len);
// The device bus on pins [scl]/[sda], or -ENOENT.
int sim_i2c_devs_bus(const struct sim_i2c_devs *s, int scl, int sda);
// Bus [bus]'s pins and whether it has pull-ups (parts say "pullups": false to have none).
// 0, or -ENOENT.
int sim_i2c_devs_pins(const struct sim_i2c_devs *s, int bus, int *scl, int *sda, bool *pullups);
// A hardware transfer on device bus [bus] (-1: nobody there, every address NACKs), as
// py_hal_t.i2c_transfer describes it. [tick](ctx, bits) is called as bus bits go by
// (START and STOP count 1, a byte with its ACK 9), so the caller moves the clock on.
// Returns the bytes ACKed (written) plus read, or -ENODEV on an address NACK.
int sim_i2c_devs_transfer(struct sim_i2c_devs *s, int bus, uint16_t addr,
                          py_hal_i2c_seg_t *segs, size_t n, bool stop,
                          void (*tick)(void *ctx, unsigned bits), void *ctx);
// Feeds the lines' levels of device bus [bus] to its pin-level decoder; returns true
// while a device pulls SDA low. Never fails.
bool sim_i2c_devs_wire(struct sim_i2c_devs *s, int bus, bool scl, bool sda);
// True while a device of [bus] pulls SDA low.
bool sim_i2c_devs_sda_low(const struct sim_i2c_devs *s, int bus);
// Sets property [prop] of I2C part [id] to [value] (apply false: only checks it):
// bme280 temperature (degC) / pressure (hPa) / humidity (%RH); sht31 temperature /
// humidity. 0, -ENOENT (no I2C part [id]), -EINVAL (no such property).
int sim_i2c_devs_set_prop(struct sim_i2c_devs *s, const char *id, const char *prop,
                          double value, bool apply);
// The value of property [prop] of I2C part [id] into *value (the units
// sim_i2c_devs_set_prop takes): 0, -ENOENT (no I2C part [id]), -EINVAL (no such property).
int sim_i2c_devs_get_prop(const struct sim_i2c_devs *s, const char *id, const char *prop,
                          double *value);
// The SSD1306 part [id]'s panel size; 0, or -ENOENT when [id] is no display.
int sim_i2c_devs_display(const struct sim_i2c_devs *s, const char *id, int *w, int *h);
// Whether the display [id]'s visible pixel (x, y) is lit (0/1), -ENOENT.
int sim_i2c_devs_pixel(const struct sim_i2c_devs *s, const char *id, int x, int y);

// ---- board side (hal_sim/sim_i2c.c) --------------------------------------------------------

// Wires board part [part] (a device whose "bus" starts with "i2c") onto the board's I2C.
// 0, -EINVAL (message in [err]), -ENOMEM. Called by the loader.
int sim_i2c_load_part(struct sim_board *b, int part, char *err, size_t err_len);
// Frees the board's I2C state. Never fails.
void sim_i2c_free(struct sim_board *b);
// What the I2C bus does to pin [pin] (one of a device bus's lines): 0 when a device
// pulls it low, 1 when only the bus's pull-ups act, -1 when nothing does.
int sim_i2c_line(const struct sim_board *b, int pin);
// The level of I2C line [pin] changed: the decoder sees it (and SDA is re-resolved when
// a device starts or stops pulling it). Never fails.
void sim_i2c_pin_changed(struct sim_board *b, int pin);

// The HAL entries (mods/hal.h py_hal_t.i2c_open/i2c_transfer/i2c_close).
int sim_i2c_open(void *b, int bus, int scl, int sda, uint32_t freq_hz);
int sim_i2c_transfer(void *b, int bus, uint16_t addr, py_hal_i2c_seg_t *segs, size_t n,
                     bool stop);
int sim_i2c_close(void *b, int bus);

// For the sim module: set_prop (see sim_i2c_devs_set_prop) and the display of part [part].
int sim_i2c_set_prop(struct sim_board *b, int part, const char *prop, double value, bool apply);
int sim_i2c_get_prop(const struct sim_board *b, int part, const char *prop, double *value);
int sim_i2c_display(struct sim_board *b, int part, int *w, int *h);
int sim_i2c_pixel(struct sim_board *b, int part, int x, int y);

#endif
