// mods/network_board.c: the `network_board` module, what the frozen network module
// (mods/network.py) asks of the board: whether a simulated board is up, its name, and
// the "network" section of its board file as Python values. Layer: library modules,
// reaching into hal_sim/ (sim_board.h) as mods/sim.c does.
// SPDX-License-Identifier: MIT

#include "builtins.h"
#include "except.h"
#include "hal_front.h"
#include "obj_dict.h"
#include "obj_float.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "sim_board.h"

// A JSON value of the board file as Python: numbers are int when whole, so
// rssi and channel read as ints. May allocate (and so collect); never fails otherwise.
static py_val_t to_py(py_vm_t *vm, const sim_json_t *j) {
    switch (j->kind) {
    case SIM_JSON_NULL: return PY_NONE;
    case SIM_JSON_BOOL: return py_bool(j->num != 0);
    case SIM_JSON_NUM:
        if (j->num == (double)(int32_t)j->num) return py_small((int32_t)j->num);
        return py_float_new(vm, j->num);
    case SIM_JSON_STR: return py_str_from_c(vm, j->str);
    case SIM_JSON_ARR: {
        py_val_t list = py_list_new(vm, 0, NULL);
        for (size_t i = 0; i < j->len; i++) py_list_append(vm, list, to_py(vm, j->items[i]));
        return list;
    }
    case SIM_JSON_OBJ: {
        py_val_t d = py_dict_new(vm);
        for (size_t i = 0; i < j->len; i++) {
            // The key first: to_py may collect, and d stays reachable from this frame.
            py_val_t k = py_str_from_c(vm, j->keys[i]);
            py_dict_set(vm, d, k, to_py(vm, j->items[i]));
        }
        return d;
    }
    }
    return PY_NONE;
}

// config(): None when no simulated board is up (the program runs on the host's
// network, or on -X hal=linux); else (board name, the board file's "network"
// section or None when it has none). Never brings a board up; never raises.
static py_val_t nb_config(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    if (!vm->hal_state) return PY_NONE;
    void *h;
    if (py_hal_up(vm, &h) != &py_hal_sim) return PY_NONE;
    sim_board_t *b = sim_hal_board(h);
    const sim_json_t *net = sim_json_get(b->json, "network");
    py_val_t items[2];
    items[0] = py_str_from_c(vm, b->name);
    items[1] = net ? to_py(vm, net) : PY_NONE;
    return py_tuple_new(vm, 2, items);
}

static const py_method_def_t nb_functions[] = {
    {"config", nb_config, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_module_def_t py_mod_network_board = {"network_board", nb_functions, NULL, NULL};
