// mods/machine_wdt.c: machine.WDT, machine.reset() and machine.deepsleep(): board
// resets. The program ends (SystemExit) and unix/main.c reruns it in a fresh VM on
// the same board, with the new reset_cause(). Layer: library modules (front end of mods/hal.h).
// SPDX-License-Identifier: MIT

#include <errno.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "machine_analog.h"
#include "modkit.h"
#include "obj_func.h"
#include "obj_type.h"
#include "port.h"
#include "runtime.h"

// The reset the program asked for, kept outside the VM that is torn down.
static int pending_cause;
static uint64_t pending_sleep_ns;

// Ends the program so that the board resets with [cause]. SystemExit passes
// `except Exception` as a reset passes all code; its `finally` blocks still
// run, which a real reset would not do.
_Noreturn static void request(py_vm_t *vm, int cause, uint64_t sleep_ns) {
    pending_cause = cause;
    pending_sleep_ns = sleep_ns;
    py_raise(vm, py_from_obj(vm->exc_types[PY_EXC_SystemExit]));
}

int py_machine_reset_pending(void) { return pending_cause; }

void py_machine_reset_apply(py_vm_t *vm) {
    const py_hal_t *hal;
    void *b;
    int cause = pending_cause;
    uint64_t sleep_ns = pending_sleep_ns;
    pending_cause = 0, pending_sleep_ns = 0;
    if (!cause || !py_hal_keep(vm, &hal, &b)) return;
    if (cause == PY_HAL_SOFT_RESET) py_port_write(1, "MPY: soft reboot\n", 17);
    if (hal->reset) hal->reset(b, cause);
    // Deep sleep: the board's time passes with nothing of the program
    // running; part changes due meanwhile happen.
    uint64_t until = hal->now(b) + sleep_ns;
    while (sleep_ns && hal->run_until(b, until) != 0) {}
}

py_val_t py_machine_reset(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    py_machine_board(vm, &(void *){0});
    request(vm, PY_HAL_HARD_RESET, 0);
}

// soft_reset(): on a board, the interpreter restarts and runs the program
// again with reset_cause() SOFT_RESET (the unix port's sys.exit() has no
// program to rerun). The board's MCU state is reset as by reset().
py_val_t py_machine_soft_reset(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    py_machine_board(vm, &(void *){0});
    request(vm, PY_HAL_SOFT_RESET, 0);
}

// deepsleep([ms]): the board sleeps [ms] of board time, then runs the
// program again with reset_cause() DEEPSLEEP_RESET. Without [ms] nothing
// on the simulated board can wake it: the program ends.
py_val_t py_machine_deepsleep(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_machine_board(vm, &(void *){0});
    if (nargs == 0 || args[0] == PY_NONE)
        py_raise(vm, py_from_obj(vm->exc_types[PY_EXC_SystemExit]));
    int64_t ms = py_to_int64(vm, args[0]);
    request(vm, PY_HAL_DEEPSLEEP_RESET, ms > 0 ? (uint64_t)ms * 1000000u : 0);
}

// ---- WDT ----------------------------------------------------------------------------------

typedef struct machine_wdt {
    py_obj_t base;
} machine_wdt_t;

// The expiry's handler, queued like an irq's: it resets the board.
static py_val_t expired(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    request(vm, PY_HAL_WDT_RESET, 0);
}

static const py_method_def_t expired_def = {"wdt_expired", expired, 1, 1, 0};

static const py_hal_t *hal_wdt(py_vm_t *vm, void **b) {
    const py_hal_t *hal = py_machine_board(vm, b);
    if (!hal->wdt_start || !hal->wdt_feed) py_hal_raise(vm, -EOPNOTSUPP, "WDT");
    return hal;
}

// WDT(id=0, timeout=5000): starts at once; it cannot be stopped.
static py_val_t wdt_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    static const char *const kw[] = {"id", "timeout", NULL};
    py_val_t a[2] = {0};
    py_builtins_kwargs(vm, "WDT", nargs, args, kwnames, kw, a);
    if (nargs > 2) py_raise_type_error(vm, "WDT() takes at most 2 positional arguments");
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    if (a[0] != PY_NULL && py_to_int64(vm, a[0]) != 0) py_raise_value_error(vm, "WDT(%R) doesn't exist", a[0]);
    int64_t ms = a[1] == PY_NULL ? 5000 : py_to_int64(vm, a[1]);
    void *b;
    const py_hal_t *hal = hal_wdt(vm, &b);
    machine_wdt_t *w = py_gc_new(vm, type, py_type_instance_size(vm, type, 0));
    py_val_t self = py_from_obj(w);
    py_val_t handler = py_builtin_new(vm, &expired_def, PY_NULL);
    uint32_t tag = py_hal_source_set(vm, 0, handler, PY_NONE, false);
    py_hal_access(vm);
    int r = ms > 0 && ms <= 0x7fffffff ? hal->wdt_start(b, (uint32_t)ms, tag) : -EINVAL;
    if (r == -EINVAL) {
        py_hal_source_clear(vm, tag);
        py_raise_value_error(vm, "WDT timeout %d ms out of range", (int)ms);
    }
    if (r < 0) py_hal_raise(vm, r, "WDT");
    return self;
}

static py_val_t m_feed(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    void *b;
    const py_hal_t *hal = hal_wdt(vm, &b);
    py_hal_access(vm);
    int r = hal->wdt_feed(b);
    if (r < 0) py_hal_raise(vm, r, "WDT");
    return PY_NONE;
}

static const py_method_def_t wdt_methods[] = {
    {"feed", m_feed, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t wdt_spec = {
    .name = "WDT",
    .base = PY_T_object,
    .basicsize = sizeof(machine_wdt_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.make_new = wdt_make_new},
    .methods = wdt_methods,
};

void py_machine_wdt_init(py_vm_t *vm, py_val_t module) {
    py_modkit_type_new(vm, module, "WDT", &wdt_spec, "machine");
}
