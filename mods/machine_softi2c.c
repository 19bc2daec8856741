// mods/machine_softi2c.c: SoftI2C's bit-banging over the HAL's pins (open drain, the
// lines pulled up by the board), its transfers and its start/stop/readinto/write
// primitives. Layer: library modules (front end of mods/hal.h).
// SPDX-License-Identifier: MIT
//
// The protocol as a controller drives it: SDA changes only while SCL is low, except
// for START (SDA falls while SCL is high) and STOP (SDA rises while SCL is high); a
// bit is read while SCL is high; after each byte the receiver pulls SDA low to ACK.
// Releasing SCL waits while something holds it low (clock stretching), up to the
// timeout. Each half bit takes its time on the board clock; events falling due
// meanwhile run at their times, and their Python handlers wait until the call
// returns, as a MicroPython bus call busy-waits.

#include <errno.h>

#include "builtins.h"
#include "except.h"
#include "machine_i2c.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

typedef struct bus {
    const py_hal_t *hal;
    void *b;
    int scl, sda;
    uint64_t half_ns;       // half a bit period
    uint32_t timeout_us;
} bus_t;

static bus_t bus_of(py_vm_t *vm, machine_i2c_t *self) {
    bus_t bus;
    bus.hal = py_machine_board(vm, &bus.b);
    bus.scl = self->scl_n, bus.sda = self->sda_n;
    bus.half_ns = 500000000u / self->freq;
    if (!bus.half_ns) bus.half_ns = 1;
    bus.timeout_us = self->timeout_us;
    return bus;
}

// Lets [ns] of board time pass; events run, their handlers stay queued.
static void wait_ns(const bus_t *bus, uint64_t ns) {
    uint64_t t = bus->hal->now(bus->b) + ns;
    while (bus->hal->run_until(bus->b, t) > 0) {}
}

static void delay(const bus_t *bus) { wait_ns(bus, bus->half_ns); }
static void scl_low(const bus_t *bus) { bus->hal->pin_write(bus->b, bus->scl, 0); }
static void sda_set(const bus_t *bus, int v) { bus->hal->pin_write(bus->b, bus->sda, v); }
static int sda_get(const bus_t *bus) { return bus->hal->pin_read(bus->b, bus->sda) > 0; }

// Releases SCL and waits (1 µs steps) until it is high: 0, or -ETIMEDOUT.
static int scl_release(const bus_t *bus) {
    bus->hal->pin_write(bus->b, bus->scl, 1);
    for (uint32_t us = 0; bus->hal->pin_read(bus->b, bus->scl) <= 0; us++) {
        if (us >= bus->timeout_us) return -ETIMEDOUT;
        wait_ns(bus, 1000);
    }
    return 0;
}

static int bus_start(const bus_t *bus) {
    sda_set(bus, 1);
    delay(bus);
    int r = scl_release(bus);
    if (r < 0) return r;
    sda_set(bus, 0);
    delay(bus);
    return 0;
}

static int bus_stop(const bus_t *bus) {
    delay(bus);
    sda_set(bus, 0);
    delay(bus);
    int r = scl_release(bus);
    sda_set(bus, 1);
    delay(bus);
    return r;
}

// Sends [v] MSB first (SCL low on entry, except right after a START); returns 1
// for an ACK, 0 for a NACK, or -ETIMEDOUT. Each bit is a low and a high half.
static int write_byte(const bus_t *bus, uint8_t v) {
    scl_low(bus);
    for (int i = 7; i >= 0; i--) {
        sda_set(bus, (v >> i) & 1);
        delay(bus);
        int r = scl_release(bus);
        if (r < 0) {
            sda_set(bus, 1);
            return r;
        }
        delay(bus);
        scl_low(bus);
    }
    sda_set(bus, 1);   // the receiver's ACK slot
    delay(bus);
    int r = scl_release(bus);
    if (r < 0) return r;
    int ack = !sda_get(bus);
    delay(bus);
    scl_low(bus);
    return ack;
}

// Receives a byte into *v, sampling each bit at the end of SCL's high half, and
// answers with an ACK, or a NACK if [nack]. 0 or -ETIMEDOUT.
static int read_byte(const bus_t *bus, uint8_t *v, bool nack) {
    scl_low(bus);
    uint8_t data = 0;
    for (int i = 0; i < 8; i++) {
        delay(bus);
        int r = scl_release(bus);
        if (r < 0) return r;
        delay(bus);
        data = (uint8_t)(data << 1 | sda_get(bus));
        scl_low(bus);
    }
    *v = data;
    sda_set(bus, nack);
    delay(bus);
    int r = scl_release(bus);
    if (r < 0) return r;
    delay(bus);
    scl_low(bus);
    sda_set(bus, 1);
    return 0;
}

// START and the address byte: 0, -ENODEV (NACK: the STOP is sent), -ETIMEDOUT.
static int address(const bus_t *bus, uint16_t addr, bool read) {
    int r = bus_start(bus);
    if (r == 0) r = write_byte(bus, (uint8_t)(addr << 1 | read));
    if (r == 0) {
        bus_stop(bus);
        return -ENODEV;
    }
    return r < 0 ? r : 0;
}

int py_machine_softi2c_transfer(py_vm_t *vm, machine_i2c_t *self, uint16_t addr,
                                py_hal_i2c_seg_t *segs, size_t n, bool stop) {
    bus_t bus = bus_of(vm, self);
    int count = 0, r = 0;
    for (size_t i = 0; i < n || i == 0; i++) {
        bool read = n && segs[i].read;
        if ((i == 0 || read != segs[i - 1].read) && (r = address(&bus, addr, read)) < 0)
            return r;
        if (!n) break;
        for (size_t j = 0; j < segs[i].len; j++) {
            if (read) {
                bool last = j + 1 == segs[i].len && (i + 1 == n || !segs[i + 1].read);
                if ((r = read_byte(&bus, &segs[i].buf[j], last)) < 0) return r;
            } else if ((r = write_byte(&bus, segs[i].buf[j])) <= 0) {
                if (r < 0) return r;
                i = n;   // a data NACK ends the transfer
                break;
            }
            count++;
        }
    }
    if (stop && (r = bus_stop(&bus)) < 0) return r;
    return count;
}

void py_machine_softi2c_setup(py_vm_t *vm, machine_i2c_t *self) {
    // Pin(pin, Pin.OPEN_DRAIN, value=1): both lines released.
    py_val_t kw = py_str_intern_c(vm, "value");
    py_val_t kwnames = py_tuple_new(vm, 1, &kw);
    py_val_t pins[2] = {self->scl, self->sda};
    for (int k = 0; k < 2; k++) {
        py_val_t args[3] = {pins[k], py_small(PY_HAL_PIN_OPEN_DRAIN), py_small(1)};
        py_machine_pin_make(vm, 2, args, kwnames);
    }
}

// ---- the primitives -------------------------------------------------------------------------

static machine_i2c_t *i2c_ptr(py_val_t v) { return (machine_i2c_t *)py_obj(v); }

// The bus of a SoftI2C, charging one board access first (handlers due run then,
// before any buffer pointer is taken).
static bus_t ready(py_vm_t *vm, py_val_t self) {
    machine_i2c_t *i2c = i2c_ptr(self);
    if (!i2c->open) py_raise_value_error(vm, "SoftI2C is deinitialised");
    py_hal_access(vm);
    return bus_of(vm, i2c);
}

static void check(py_vm_t *vm, py_val_t self, int r) {
    if (r < 0) py_machine_i2c_raise(vm, i2c_ptr(self), r, -1);
}

py_val_t py_machine_softi2c_start(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                  py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    bus_t bus = ready(vm, args[0]);
    check(vm, args[0], bus_start(&bus));
    return PY_NONE;
}

py_val_t py_machine_softi2c_stop(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    bus_t bus = ready(vm, args[0]);
    check(vm, args[0], bus_stop(&bus));
    return PY_NONE;
}

// readinto(buf, nack=True, /): ACKs every byte but the last, which is NACKed if nack.
py_val_t py_machine_softi2c_readinto(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                     py_val_t kwnames) {
    (void)kwnames;
    bool nack = nargs < 3 || py_truthy(vm, args[2]);
    bus_t bus = ready(vm, args[0]);
    py_buffer_t view;
    py_buffer_require(vm, args[1], &view, true);
    for (size_t i = 0; i < view.len; i++)
        check(vm, args[0], read_byte(&bus, &view.data[i], i + 1 == view.len && nack));
    return PY_NONE;
}

// write(buf): sends the bytes until one is NACKed; returns the count ACKed.
py_val_t py_machine_softi2c_write(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                  py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    bus_t bus = ready(vm, args[0]);
    py_buffer_t view;
    py_buffer_require(vm, args[1], &view, false);
    size_t acked = 0;
    while (acked < view.len) {
        int r = write_byte(&bus, view.data[acked]);
        check(vm, args[0], r);
        if (!r) break;
        acked++;
    }
    return py_small((py_int_t)acked);
}
