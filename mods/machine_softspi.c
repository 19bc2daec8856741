// mods/machine_softspi.c: machine.SoftSPI: SPI bit-banged over three GPIO pins of the board
// (as extmod/machine_spi.c's soft SPI does), on the board clock; the board's pin-level SPI
// decoder lets its devices answer. Layer: library modules (front end of mods/hal.h).
// SPDX-License-Identifier: MIT

#include "machine_spi.h"

#include <stdio.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "obj_type.h"
#include "runtime.h"

static void open_pin(py_vm_t *vm, const py_hal_t *hal, void *b, int pin, int mode, int level) {
    if (pin < 0) return;
    int r = level >= 0 ? hal->pin_write(b, pin, level) : 0;
    if (r == 0) r = hal->pin_open(b, pin, mode, PY_HAL_PULL_NONE);
    if (r < 0) {
        py_hal_pin_info_t info;
        char what[48] = "Pin";
        if (hal->pin_info(b, pin, &info) == 0) snprintf(what, sizeof what, "Pin(%s)", info.cpu_name);
        py_hal_raise(vm, r, what);
    }
}

void py_machine_softspi_setup(py_vm_t *vm, machine_spi_t *s, const py_val_t *a) {
    static const char *const roles[3] = {"sck", "mosi", "miso"};
    for (int k = 0; k < 3; k++)
        if (a[5 + k] != PY_NULL) {
            (&s->sck)[k] = a[5 + k] == PY_NONE ? -1 : py_machine_spi_pin(vm, a[5 + k], roles[k]);
            int n = (&s->sck)[k];
            s->pin_objs[k] = n < 0 ? PY_NULL : py_machine_pin_object(vm, n);
        }
    if (s->sck < 0) py_raise_value_error(vm, "SoftSPI needs an sck pin");
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    py_hal_access(vm);
    open_pin(vm, hal, b, s->sck, PY_HAL_PIN_OUT, s->polarity);
    open_pin(vm, hal, b, s->mosi, PY_HAL_PIN_OUT, 0);
    open_pin(vm, hal, b, s->miso, PY_HAL_PIN_IN, -1);
}

// SoftSPI(baudrate=500000, *, polarity=0, phase=0, bits=8, firstbit=MSB, sck, mosi, miso)
py_val_t py_machine_softspi_make_new(py_vm_t *vm, py_type_t *type, size_t nargs,
                                     const py_val_t *args, py_val_t kwnames) {
    if (nargs > 1) py_raise_type_error(vm, "SoftSPI() takes 1 positional argument");
    machine_spi_t *s = py_gc_new(vm, type, py_type_instance_size(vm, type, 0));
    s->id = -1, s->bits = 8, s->sck = s->mosi = s->miso = -1;
    py_val_t self = py_from_obj(s), a[9] = {0};
    py_builtins_kwargs(vm, "SoftSPI", nargs, args, kwnames, py_machine_spi_kw, a);
    if (nargs) a[0] = args[0];
    py_machine_spi_setup(vm, s, a);
    return self;
}

// One byte, as extmod's mp_soft_spi_transfer clocks it: phase 0 sets the data half a period
// before the leading edge and samples on it; phase 1 sets it on the leading edge and samples
// on the trailing one. Each half period lasts at least one pin access (1 µs in the sim).
static uint8_t clock_byte(py_vm_t *vm, const py_hal_t *hal, void *b, machine_spi_t *s,
                          uint8_t out, uint64_t half) {
    int pol = s->polarity;
    uint8_t in = 0;
    for (int i = 0; i < 8; i++) {
        int bit = s->firstbit ? i : 7 - i;
        int mo = out >> bit & 1, mi;
        if (s->phase == 0) {
            if (s->mosi >= 0) hal->pin_write(b, s->mosi, mo);
            py_hal_sleep_ns(vm, half);
            hal->pin_write(b, s->sck, !pol);
            mi = s->miso >= 0 ? hal->pin_read(b, s->miso) : 0;
            py_hal_sleep_ns(vm, half);
            hal->pin_write(b, s->sck, pol);
        } else {
            hal->pin_write(b, s->sck, !pol);
            if (s->mosi >= 0) hal->pin_write(b, s->mosi, mo);
            py_hal_sleep_ns(vm, half);
            hal->pin_write(b, s->sck, pol);
            mi = s->miso >= 0 ? hal->pin_read(b, s->miso) : 0;
            py_hal_sleep_ns(vm, half);
        }
        in |= (uint8_t)((mi > 0) << bit);
    }
    return in;
}

void py_machine_softspi_transfer(py_vm_t *vm, machine_spi_t *s, const uint8_t *tx, uint8_t *rx,
                                 size_t len, uint8_t fill) {
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    uint64_t half = 500000000u / s->baud, min = hal->access_ns(b);
    if (half < min) half = min;
    for (size_t k = 0; k < len; k++) {
        uint8_t in = clock_byte(vm, hal, b, s, tx ? tx[k] : fill, half);
        if (rx) rx[k] = in;
    }
}
