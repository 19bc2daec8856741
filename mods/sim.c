// mods/sim.c: the `sim` module: drives and reads the simulated board's parts from
// Python (press a button, move a switch, read an LED) at chosen virtual times,
// for tests. Layer: library modules, reaching into hal_sim/ (sim_board.h).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <math.h>

#include "builtins.h"
#include "except.h"
#include "hal_front.h"
#include "obj_int.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "obj_bytes.h"
#include "obj_tuple.h"
#include "sim_analog.h"
#include "sim_analog_fns.h"
#include "sim_board.h"
#include "sim_i2c.h"

struct sim_board *py_sim_board(py_vm_t *vm) {
    void *b;
    const py_hal_t *hal = py_hal_up(vm, &b);
    if (hal != &py_hal_sim) py_raise_fmt(vm, PY_EXC_OSError, "the board is not simulated");
    return sim_hal_board(b);
}

int py_sim_part(py_vm_t *vm, struct sim_board *b, py_val_t id) {
    if (!py_is_str(vm, id)) py_raise_type_error(vm, "part id must be a str, not %T", id);
    int k = sim_part_find(b, py_str_cstr(vm, id));
    if (k < 0) py_raise_value_error(vm, "no part %R on board '%s'", id, b->name);
    return k;
}

static const char *const set_kw[] = {"at_ms", NULL};

// The board time of an at_ms value (ms since bring-up; absent or None: now, 0).
static uint64_t at_time(py_vm_t *vm, sim_board_t *b, py_val_t at) {
    if (at == PY_NULL || at == PY_NONE) return 0;
    double ms = py_to_double(vm, at);
    if (!(ms >= 0) || isinf(ms)) py_raise_value_error(vm, "at_ms must be >= 0");
    return b->start + (uint64_t)(ms * 1e6 + 0.5);
}

// The board time of at_ms= (ms since bring-up; absent: now).
static uint64_t when(py_vm_t *vm, sim_board_t *b, size_t nargs, const py_val_t *args,
                     py_val_t kwnames) {
    py_val_t at = PY_NULL;
    py_builtins_kwargs(vm, "sim", nargs, args, kwnames, set_kw, &at);
    return at_time(vm, b, at);
}

static void set_part(py_vm_t *vm, py_val_t id, double value, size_t nargs, const py_val_t *args,
                     py_val_t kwnames) {
    sim_board_t *b = py_sim_board(vm);
    int k = py_sim_part(vm, b, id);
    uint64_t t = when(vm, b, nargs, args, kwnames);
    int r = sim_part_set(b, k, value, t);
    if (r == -EINVAL) py_raise_value_error(vm, "part %R takes no input", id);
    if (r < 0) py_raise_os_error(vm, -r, PY_NULL);
    py_hal_access(vm);   // a change due now reaches the program at once
}

// press(id, *, at_ms=None) / release(id, *, at_ms=None): a button.
static py_val_t sim_press(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    set_part(vm, args[0], 1, nargs - 1, args + 1, kwnames);
    return PY_NONE;
}

static py_val_t sim_release(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    set_part(vm, args[0], 0, nargs - 1, args + 1, kwnames);
    return PY_NONE;
}

// set(id, value=None, *, at_ms=None, **props): a switch's position (0/1), a
// pot's (0.0-1.0), and the properties of parts that have them
// (sim.set("env", temperature=25.0, humidity=60); sim.set("ldr1", lux=200)), all
// through sim_part_set_prop. A value of None is no value.
static py_val_t sim_set(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    sim_board_t *b = py_sim_board(vm);
    int k = py_sim_part(vm, b, args[0]);
    py_tuple_t *kw = kwnames == PY_NULL ? NULL : py_tuple_ptr(kwnames);
    size_t nkw = kw ? kw->len : 0, nprops = 0;
    uint64_t t = 0;
    for (size_t i = 0; i < nkw; i++) {
        if (py_str_eq_c(kw->items[i], "at_ms")) t = at_time(vm, b, args[nargs + i]);
        else nprops++;
    }
    bool value = nargs >= 2 && args[1] != PY_NONE;
    if (!value && !nprops) py_raise_type_error(vm, "set() needs a value or properties");
    if (value) {
        int r = sim_part_set_prop(b, k, NULL, py_to_double(vm, args[1]), t);
        if (r == -EINVAL) py_raise_value_error(vm, "part %R takes no input", args[0]);
        if (r < 0) py_raise_os_error(vm, -r, PY_NULL);
    }
    for (size_t i = 0; i < nkw; i++) {
        if (py_str_eq_c(kw->items[i], "at_ms")) continue;
        int r = sim_part_set_prop(b, k, py_str_cstr(vm, kw->items[i]),
                                  py_to_double(vm, args[nargs + i]), t);
        if (r == -EINVAL) py_raise_value_error(vm, "part %R has no property '%N'", args[0], kw->items[i]);
        if (r < 0) py_raise_os_error(vm, -r, PY_NULL);
    }
    py_hal_access(vm);   // a change due now reaches the program at once
    return PY_NONE;
}

// The display part [id] (an SSD1306) and its size.
static int display(py_vm_t *vm, sim_board_t *b, py_val_t id, int *w, int *h) {
    int k = py_sim_part(vm, b, id);
    if (sim_i2c_display(b, k, w, h) < 0) py_raise_value_error(vm, "part %R is not a display", id);
    return k;
}

// pixel(id, x, y): 1 when the display's visible pixel (x, y) is lit.
static py_val_t sim_pixel(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sim_board_t *b = py_sim_board(vm);
    int w, h, k = display(vm, b, args[0], &w, &h);
    int64_t x = py_to_int64(vm, args[1]), y = py_to_int64(vm, args[2]);
    if (x < 0 || y < 0 || x >= w || y >= h) return py_small(0);
    return py_small(sim_i2c_pixel(b, k, (int)x, (int)y));
}

// pixels(id): what the display shows, as bytes in framebuf's MONO_VLSB layout
// (w * h / 8 bytes; byte x + (y / 8) * w, bit y % 8), to compare with a driver's
// buffer; for a WS2812 strip, its colours as a list of (r, g, b) tuples.
static py_val_t sim_pixels(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sim_board_t *b = py_sim_board(vm);
    int w, h, k = py_sim_part(vm, b, args[0]);
    if (sim_ws2812_pixels(b, k, NULL, 0) >= 0) return py_sim_pixels(vm, nargs, args, kwnames);
    if (sim_i2c_display(b, k, &w, &h) < 0)
        py_raise_value_error(vm, "part %R is not a display or a WS2812 strip", args[0]);
    py_bytes_t *out = py_bytes_alloc(vm, (size_t)(w * h / 8));
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            if (sim_i2c_pixel(b, k, x, y) > 0) out->data[x + (y / 8) * w] |= (uint8_t)(1u << (y % 8));
    return py_from_obj(out);
}

// state(id): LED lit, button pressed, switch position; a pot's as 0..65535.
static py_val_t sim_state(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sim_board_t *b = py_sim_board(vm);
    return py_small(sim_part_state(b, py_sim_part(vm, b, args[0])));
}

// now_us(): µs of board time since bring-up (reads the clock without cost).
static py_val_t sim_now_us(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    sim_board_t *b = py_sim_board(vm);
    void *h;
    const py_hal_t *hal = py_hal_up(vm, &h);
    return py_int_from_i64(vm, (int64_t)((hal->now(h) - b->start) / 1000));
}

static const py_method_def_t sim_functions[] = {
    {"press", sim_press, 1, 1, PY_METH_KEYWORDS},
    {"release", sim_release, 1, 1, PY_METH_KEYWORDS},
    {"set", sim_set, 1, 2, PY_METH_KEYWORDS},
    {"pixel", sim_pixel, 3, 3, 0},
    {"pixels", sim_pixels, 1, 1, 0},
    {"brightness", py_sim_brightness, 1, 1, 0},
    {"state", sim_state, 1, 1, 0},
    {"now_us", sim_now_us, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

static void sim_init(py_vm_t *vm, py_val_t module) {
    sim_board_t *b = py_sim_board(vm);
    py_module_set(vm, module, "board", py_str_from_c(vm, b->name));
}

const py_module_def_t py_mod_sim = {"sim", sim_functions, sim_init, NULL};
