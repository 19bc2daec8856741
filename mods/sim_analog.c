// mods/sim_analog.c: the `sim` module's functions for the analog parts: LED and RGB
// brightness (PWM duty), WS2812 strip colours. Layer: library modules, reaching into
// hal_sim/ (sim_analog.h).
// SPDX-License-Identifier: MIT

#include "sim_analog_fns.h"

#include <stdlib.h>

#include "sim_analog.h"
#include "except.h"
#include "hal_front.h"
#include "obj_float.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"


py_val_t py_sim_brightness(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sim_board_t *b = py_sim_board(vm);
    int k = py_sim_part(vm, b, args[0]);
    if (b->parts[k].analog && b->parts[k].analog->kind == SIM_AN_RGB) {
        py_val_t c[3];
        for (int i = 0; i < 3; i++) c[i] = py_float_new(vm, sim_analog_brightness(b, k, i));
        return py_tuple_new(vm, 3, c);
    }
    double v = sim_analog_brightness(b, k, 0);
    if (v < 0) py_raise_value_error(vm, "part %R is not an LED", args[0]);
    return py_float_new(vm, v);
}

py_val_t py_sim_pixels(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sim_board_t *b = py_sim_board(vm);
    int k = py_sim_part(vm, b, args[0]);
    int n = sim_ws2812_pixels(b, k, NULL, 0);
    if (n < 0) py_raise_value_error(vm, "part %R is not a WS2812 strip", args[0]);
    uint8_t *rgb = malloc((size_t)n * 3);
    if (!rgb) py_raise_memory_error(vm);
    sim_ws2812_pixels(b, k, rgb, n);
    // Copied out first: the tuples below allocate, and the strip is C memory.
    py_val_t list = py_list_new(vm, 0, NULL);
    for (int i = 0; i < n; i++) {
        py_val_t c[3] = {py_small(rgb[3 * i]), py_small(rgb[3 * i + 1]), py_small(rgb[3 * i + 2])};
        py_list_append(vm, list, py_tuple_new(vm, 3, c));
    }
    free(rgb);
    return list;
}
