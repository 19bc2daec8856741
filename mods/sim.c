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
#include "sim_analog_fns.h"
#include "sim_board.h"

static sim_board_t *board(py_vm_t *vm) {
    void *b;
    const py_hal_t *hal = py_hal_up(vm, &b);
    if (hal != &py_hal_sim) py_raise_fmt(vm, PY_EXC_OSError, "the board is not simulated");
    return sim_hal_board(b);
}

static int part(py_vm_t *vm, sim_board_t *b, py_val_t id) {
    if (!py_is_str(vm, id)) py_raise_type_error(vm, "part id must be a str, not %T", id);
    int k = sim_part_find(b, py_str_cstr(vm, id));
    if (k < 0) py_raise_value_error(vm, "no part %R on board '%s'", id, b->name);
    return k;
}

static const char *const set_kw[] = {"at_ms", NULL};

// The board time of at_ms= (ms since bring-up; absent: now).
static uint64_t when(py_vm_t *vm, sim_board_t *b, size_t nargs, const py_val_t *args,
                     py_val_t kwnames) {
    py_val_t at = PY_NULL;
    py_builtins_kwargs(vm, "sim", nargs, args, kwnames, set_kw, &at);
    if (at == PY_NULL || at == PY_NONE) return 0;
    double ms = py_to_double(vm, at);
    if (!(ms >= 0) || isinf(ms)) py_raise_value_error(vm, "at_ms must be >= 0");
    return b->start + (uint64_t)(ms * 1e6 + 0.5);
}

static void set_part(py_vm_t *vm, py_val_t id, double value, size_t nargs, const py_val_t *args,
                     py_val_t kwnames) {
    sim_board_t *b = board(vm);
    int k = part(vm, b, id);
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

static void set_one(py_vm_t *vm, sim_board_t *b, int k, py_val_t id, py_val_t prop, py_val_t value,
                    uint64_t t) {
    const char *name = prop == PY_NULL ? NULL : py_str_cstr(vm, prop);
    int r = sim_part_set_prop(b, k, name, py_to_double(vm, value), t);
    if (r == -EINVAL && name) py_raise_value_error(vm, "part %R has no input '%s'", id, name);
    if (r == -EINVAL) py_raise_value_error(vm, "part %R takes no input", id);
    if (r < 0) py_raise_os_error(vm, -r, PY_NULL);
}

// set(id, value=None, *, at_ms=None, **props): a switch's position (0/1), a
// pot's (0.0-1.0), a sensor's main reading; props name the part's other
// inputs (sim.set("ldr1", lux=200)). All through sim_part_set_prop.
static py_val_t sim_set(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    sim_board_t *b = board(vm);
    int k = part(vm, b, args[0]);
    size_t nkw = kwnames == PY_NULL ? 0 : py_tuple_ptr(kwnames)->len;
    uint64_t t = 0;
    for (size_t i = 0; i < nkw; i++)
        if (py_str_eq_c(py_tuple_ptr(kwnames)->items[i], "at_ms")) {
            py_val_t v = args[nargs + i];
            if (v != PY_NONE) {
                double ms = py_to_double(vm, v);
                if (!(ms >= 0) || isinf(ms)) py_raise_value_error(vm, "at_ms must be >= 0");
                t = b->start + (uint64_t)(ms * 1e6 + 0.5);
            }
        }
    bool any = nargs > 1 && args[1] != PY_NONE;
    if (any) set_one(vm, b, k, args[0], PY_NULL, args[1], t);
    for (size_t i = 0; i < nkw; i++) {
        py_val_t name = py_tuple_ptr(kwnames)->items[i];
        if (py_str_eq_c(name, "at_ms")) continue;
        set_one(vm, b, k, args[0], name, args[nargs + i], t);
        any = true;
    }
    if (!any) py_raise_type_error(vm, "set() needs a value or keyword inputs");
    py_hal_access(vm);   // a change due now reaches the program at once
    return PY_NONE;
}

// state(id): LED lit, button pressed, switch position; a pot's as 0..65535.
static py_val_t sim_state(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sim_board_t *b = board(vm);
    return py_small(sim_part_state(b, part(vm, b, args[0])));
}

// now_us(): µs of board time since bring-up (reads the clock without cost).
static py_val_t sim_now_us(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    sim_board_t *b = board(vm);
    void *h;
    const py_hal_t *hal = py_hal_up(vm, &h);
    return py_int_from_i64(vm, (int64_t)((hal->now(h) - b->start) / 1000));
}

static const py_method_def_t sim_functions[] = {
    {"press", sim_press, 1, 1, PY_METH_KEYWORDS},
    {"release", sim_release, 1, 1, PY_METH_KEYWORDS},
    {"set", sim_set, 1, 2, PY_METH_KEYWORDS},
    {"brightness", py_sim_brightness, 1, 1, 0},
    {"pixels", py_sim_pixels, 1, 1, 0},
    {"state", sim_state, 1, 1, 0},
    {"now_us", sim_now_us, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

static void sim_init(py_vm_t *vm, py_val_t module) {
    sim_board_t *b = board(vm);
    py_module_set(vm, module, "board", py_str_from_c(vm, b->name));
}

const py_module_def_t py_mod_sim = {"sim", sim_functions, sim_init, NULL};
