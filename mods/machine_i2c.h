// mods/machine_i2c.h: what machine.I2C (mods/machine_i2c.c) and machine.SoftI2C's
// bit-banging (mods/machine_softi2c.c) share. Layer: library modules (front end of mods/hal.h).
// SPDX-License-Identifier: MIT

#ifndef PY_MACHINE_I2C_H
#define PY_MACHINE_I2C_H

#include "machine.h"

// An I2C or SoftI2C object.
typedef struct machine_i2c {
    py_obj_t base;
    int id;                 // the hardware controller, -1 for SoftI2C
    bool open;              // the pins are set up (init ran, no deinit since)
    py_val_t scl, sda;      // the Pin objects
    int scl_n, sda_n;       // their MCU numbers (HAL handles)
    uint32_t freq;          // Hz
    uint32_t timeout_us;    // SoftI2C: how long SCL may be held low (clock stretching)
} machine_i2c_t;

// Bit-banged transfer on a SoftI2C's pins, as py_hal_t.i2c_transfer: START, the
// address, the segments (a repeated START where the direction changes), STOP if
// [stop]. Returns the data bytes ACKed (plus those read), -ENODEV on an address
// NACK, -ETIMEDOUT when SCL stays low. Runs no Python code; never raises.
int py_machine_softi2c_transfer(py_vm_t *vm, machine_i2c_t *self, uint16_t addr,
                                py_hal_i2c_seg_t *segs, size_t n, bool stop);
// Sets up a SoftI2C's pins: open drain, released (both lines high). May raise
// ValueError naming a pin in use.
void py_machine_softi2c_setup(py_vm_t *vm, machine_i2c_t *self);

// SoftI2C's primitives (Python methods: start(), stop(), readinto(buf, nack=True, /),
// write(buf)). They raise OSError(ETIMEDOUT) when SCL is held low.
py_val_t py_machine_softi2c_start(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                  py_val_t kwnames);
py_val_t py_machine_softi2c_stop(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames);
py_val_t py_machine_softi2c_readinto(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                     py_val_t kwnames);
py_val_t py_machine_softi2c_write(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                  py_val_t kwnames);

// Raises the OSError of a failed bus call [err] (negative errno) on [self] at
// [addr], naming both: "[Errno 19] ENODEV: no device at I2C address 0x50".
_Noreturn void py_machine_i2c_raise(py_vm_t *vm, machine_i2c_t *self, int err, int addr);

// Makes I2C and SoftI2C in [module]. May raise; allocates.
void py_machine_i2c_init(py_vm_t *vm, py_val_t module);

#endif
