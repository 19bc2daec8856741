// hal_sim/sim_dev.h: the simulated devices' interface (I2C, SPI, UART peers) and the models
// behind it. hal_sim layer: plain C, no VM, no Python objects; time comes from a callback.
// SPDX-License-Identifier: MIT
//
// The interfaces are what a real bus sees, byte by byte, so that hardware I2C (direct calls)
// and SoftI2C over simulated pins (sim_i2c_wire decoding edges into the same calls) drive the
// same models. No function here raises, allocates on the GC heap or blocks; functions that
// can fail return a negative errno.

#ifndef SIM_DEV_H
#define SIM_DEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// ---- time ------------------------------------------------------------------------------

// The board's virtual clock as a device sees it. A device with no clock (now_ns NULL) sees
// time 0 forever and finishes every timed operation at once (write cycles, conversions), so
// models stay usable without a board.
typedef struct sim_devclock {
    uint64_t (*now_ns)(void *ctx);
    void *ctx;
} sim_devclock_t;

// The current virtual time in ns; 0 when the clock has no callback.
uint64_t sim_devclock_now(const sim_devclock_t *clk);

// True when a timed operation ending at `until_ns` is still running (always false without a
// clock).
bool sim_devclock_busy(const sim_devclock_t *clk, uint64_t until_ns);

// ---- I2C ---------------------------------------------------------------------------------

struct sim_i2c_dev;

// What a device does on the bus. Every op gets the device that was addressed.
struct sim_i2c_ops {
    // A START or repeated START addressed to this device, R/W bit `read`. Returns true to
    // ACK. A device forgets any unfinished transaction here (a repeated START ends it).
    bool (*start)(struct sim_i2c_dev *dev, bool read);
    // A byte the controller wrote; returns true to ACK it.
    bool (*write)(struct sim_i2c_dev *dev, uint8_t byte);
    // The next byte the device sends. `ack` says whether the controller will ACK it (more
    // bytes follow). The pin-level decoder cannot know that in advance and passes true, so
    // no model makes the byte's value depend on it.
    uint8_t (*read)(struct sim_i2c_dev *dev, bool ack);
    // A STOP ending a transaction this device took part in.
    void (*stop)(struct sim_i2c_dev *dev);
};

// The common head of every I2C device model (each model's struct starts with one).
typedef struct sim_i2c_dev {
    const struct sim_i2c_ops *ops;
    uint8_t addr; // 7-bit address
    const char *id; // the part's id in the board file, for messages (may be NULL)
    sim_devclock_t clock;
} sim_i2c_dev_t;

#define SIM_I2C_BUS_MAX 16

// One I2C bus: the devices on it and the one a transaction is talking to.
typedef struct sim_i2c_bus {
    sim_i2c_dev_t *devs[SIM_I2C_BUS_MAX];
    size_t n;
    sim_i2c_dev_t *active; // addressed by the last START and ACKed; NULL otherwise
} sim_i2c_bus_t;

// Empties `bus`.
void sim_i2c_bus_init(sim_i2c_bus_t *bus);
// Adds `dev`; returns 0, -EEXIST if its address is taken, -ENOSPC if the bus is full.
int sim_i2c_bus_add(sim_i2c_bus_t *bus, sim_i2c_dev_t *dev);
// The device at a 7-bit address, or NULL.
sim_i2c_dev_t *sim_i2c_bus_find(const sim_i2c_bus_t *bus, uint8_t addr);

// The bus events, as a controller produces them. start returns whether the address was
// ACKed (no device there, or a busy one, NACKs); write returns the data ACK (false with no
// active device); read returns 0xFF (SDA released) with no active device; stop ends the
// transaction.
bool sim_i2c_bus_start(sim_i2c_bus_t *bus, uint8_t addr, bool read);
bool sim_i2c_bus_write(sim_i2c_bus_t *bus, uint8_t byte);
uint8_t sim_i2c_bus_read(sim_i2c_bus_t *bus, bool ack);
void sim_i2c_bus_stop(sim_i2c_bus_t *bus);

// Whole transfers, as hardware I2C does them. writeto: START, address, the bytes until the
// first data NACK, STOP if `stop`; returns the count of data bytes ACKed, or -ENODEV (and a
// STOP) when the address is NACKed. readfrom: START, address, n bytes ACKing all but the
// last, STOP if `stop`; returns n or -ENODEV.
int sim_i2c_bus_writeto(sim_i2c_bus_t *bus, uint8_t addr, const uint8_t *data, size_t n,
                        bool stop);
int sim_i2c_bus_readfrom(sim_i2c_bus_t *bus, uint8_t addr, uint8_t *buf, size_t n, bool stop);

// ---- I2C at pin level --------------------------------------------------------------------

// Decodes SCL/SDA levels into bus events (START, STOP, bits, ACKs) and says when the devices
// pull SDA low (ACKs, read bits). Feed it every change of the lines' levels as the wire shows
// them (the wired AND of every driver, including this decoder's own pull).
typedef enum {
    SIM_WIRE_IDLE,  // waiting for a START
    SIM_WIRE_RECV,  // shifting in a byte from the controller
    SIM_WIRE_ACK,   // the 9th clock after a received byte: device's ACK/NACK
    SIM_WIRE_SEND,  // shifting out a byte to the controller
    SIM_WIRE_MACK,  // the 9th clock after a sent byte: controller's ACK/NACK
    SIM_WIRE_IGNORE // not addressed, or NACKed: waiting for START/STOP
} sim_wire_state_t;

typedef struct sim_i2c_wire {
    sim_i2c_bus_t *bus;
    bool scl, sda;     // the levels last seen
    bool pull_sda;     // true while a device pulls SDA low
    sim_wire_state_t state;
    bool addressed;    // the byte being received is an address byte
    bool reading;      // the transaction is a read
    bool acked;        // the ACK the device gives in the current ACK slot
    uint8_t shift;     // the byte being shifted in or out
    int bits;          // bits shifted so far in the current byte
    bool in_transaction; // a START was seen and no STOP yet
} sim_i2c_wire_t;

// Starts decoding `bus` with both lines high (idle).
void sim_i2c_wire_init(sim_i2c_wire_t *w, sim_i2c_bus_t *bus);
// The lines' new levels (true = high). Calls the bus ops on START, STOP, each byte and each
// ACK slot; levels equal to the last ones are no event.
void sim_i2c_wire_update(sim_i2c_wire_t *w, bool scl, bool sda);
// True while a device pulls SDA low; the pin model ANDs this into SDA's level.
bool sim_i2c_wire_sda_low(const sim_i2c_wire_t *w);

// ---- SPI ---------------------------------------------------------------------------------

struct sim_spi_dev;

// What a device does on SPI. The bus handles mode and bit order and hands over whole bytes,
// MSB first as they were on the wire.
struct sim_spi_ops {
    // CS went active (true) or inactive (false). Commands take effect here as on the part.
    void (*select)(struct sim_spi_dev *dev, bool active);
    // One byte exchanged while selected: returns MISO for MOSI `mosi`.
    uint8_t (*transfer)(struct sim_spi_dev *dev, uint8_t mosi);
};

typedef struct sim_spi_dev {
    const struct sim_spi_ops *ops;
    const char *id;
    sim_devclock_t clock;
} sim_spi_dev_t;

// ---- UART peers --------------------------------------------------------------------------

struct sim_uart_dev;

#define SIM_NEVER UINT64_MAX

struct sim_uart_ops {
    // Bytes the MCU sent, complete at virtual time now_ns.
    void (*receive)(struct sim_uart_dev *dev, const uint8_t *data, size_t n, uint64_t now_ns);
    // When the peer next has bytes to send (SIM_NEVER: nothing planned). May be <= now when
    // bytes are waiting.
    uint64_t (*next_event_ns)(struct sim_uart_dev *dev);
    // Copies up to `max` bytes due at now_ns into `out`; returns how many. Bytes beyond
    // `max` stay due. Pacing at the baud rate is the UART's business, not the peer's.
    size_t (*emit)(struct sim_uart_dev *dev, uint64_t now_ns, uint8_t *out, size_t max);
};

typedef struct sim_uart_dev {
    const struct sim_uart_ops *ops;
    const char *id;
    sim_devclock_t clock;
} sim_uart_dev_t;

#endif
