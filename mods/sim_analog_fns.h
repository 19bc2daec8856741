// mods/sim_analog_fns.h: the `sim` module's shared helpers (mods/sim.c) and its functions for
// the analog parts (mods/sim_analog.c). Layer: library modules, reaching into hal_sim/.
// SPDX-License-Identifier: MIT

#ifndef PY_SIM_ANALOG_FNS_H
#define PY_SIM_ANALOG_FNS_H

#include "obj.h"
#include "vm.h"

struct sim_board;

// The simulated board the program runs on; OSError when the backend is not
// the simulator (mods/sim.c). May raise; does not allocate.
struct sim_board *py_sim_board(py_vm_t *vm);
// The index of part [id] (a str) on board [b]; TypeError or ValueError
// naming the id and the board otherwise (mods/sim.c).
int py_sim_part(py_vm_t *vm, struct sim_board *b, py_val_t id);

// sim.brightness(id): an LED's brightness 0.0-1.0 (its PWM duty, or 0/1), an
// RGB LED's (r, g, b) tuple of them. ValueError for another part.
py_val_t py_sim_brightness(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);
// sim.pixels(id): a WS2812 strip's colours as a list of (r, g, b) tuples.
// ValueError for another part.
py_val_t py_sim_pixels(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);

#endif
