// mods/machine_spi.h: what machine.SPI (mods/machine_spi.c) and machine.SoftSPI
// (mods/machine_softspi.c) share: the object and the bit-banged transfer. Layer: library
// modules (front end of mods/hal.h).
// SPDX-License-Identifier: MIT

#ifndef PY_MACHINE_SPI_H
#define PY_MACHINE_SPI_H

#include "machine.h"

typedef struct machine_spi {
    py_obj_t base;
    int id;                      // the hardware bus, -1 for SoftSPI
    bool ready;                  // initialised (and not deinitialised)
    uint32_t baud;               // hardware: the real rate the bus runs at
    int polarity, phase, bits, firstbit;
    int sck, mosi, miso;         // pin numbers; -1 for a SoftSPI line not given
    // SoftSPI: the Pin objects of sck, mosi, miso (PY_NULL: none), held so that their
    // lines stay requested (on Linux a Pin nobody holds gives its line back).
    py_val_t pin_objs[3];
} machine_spi_t;

// The pin number of a Pin object, an int or a pin name, for [role] in messages. May raise
// TypeError/ValueError; never allocates.
int py_machine_spi_pin(py_vm_t *vm, py_val_t v, const char *role);
// The keywords of SPI/SoftSPI and their init, in the order of the [a] arrays below.
extern const char *const py_machine_spi_kw[];
// (Re)initialises [s] from [a] (baudrate, polarity, phase, bits, firstbit, sck, mosi, miso,
// pins; PY_NULL when absent): a hardware bus through the HAL, SoftSPI by its pins. May raise
// ValueError naming the bus or pin.
void py_machine_spi_setup(py_vm_t *vm, machine_spi_t *s, py_val_t *a);
// SoftSPI's pins from [a] (sck, mosi, miso at a[5..7]; the settings already in [s]): opens
// them as GPIO. May raise ValueError naming a pin.
void py_machine_softspi_setup(py_vm_t *vm, machine_spi_t *s, const py_val_t *a);
// Clocks [len] bytes of [tx] (NULL: [fill]) out through the pins, MISO into [rx] (NULL:
// dropped), on the board clock. [tx]/[rx] point into GC-owned bytes objects the caller keeps
// alive (handlers run meanwhile and may allocate). May raise what handlers raise.
void py_machine_softspi_transfer(py_vm_t *vm, machine_spi_t *s, const uint8_t *tx, uint8_t *rx,
                                 size_t len, uint8_t fill);
// SoftSPI(baudrate=500000, *, polarity=0, phase=0, bits=8, firstbit=MSB, sck, mosi, miso).
py_val_t py_machine_softspi_make_new(py_vm_t *vm, py_type_t *type, size_t nargs,
                                     const py_val_t *args, py_val_t kwnames);

#endif
