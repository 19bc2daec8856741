// mods/sim_analog_fns.h: the `sim` module's functions for the analog parts (mods/sim_analog.c).
// Layer: library modules, reaching into hal_sim/.
// SPDX-License-Identifier: MIT

#ifndef PY_SIM_ANALOG_FNS_H
#define PY_SIM_ANALOG_FNS_H

#include "obj.h"
#include "vm.h"

// sim.brightness(id): an LED's brightness 0.0-1.0 (its PWM duty, or 0/1), an
// RGB LED's (r, g, b) tuple of them. ValueError for another part.
py_val_t py_sim_brightness(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);
// sim.pixels(id): a WS2812 strip's colours as a list of (r, g, b) tuples.
// ValueError for another part.
py_val_t py_sim_pixels(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);

#endif
