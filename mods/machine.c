// mods/machine.c: the machine module: the board (brought up on import), module
// functions (freq, reset_cause, unique_id, idle, lightsleep, disable_irq/enable_irq,
// time_pulse_us...) and the classes of machine_*.c. Layer: library modules.
// SPDX-License-Identifier: MIT

#include "except.h"
#include "machine.h"
#include "machine_i2c.h"
#include "machine_analog.h"
#include "obj_bytes.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_module.h"
#include "runtime.h"
#include "schedule.h"

const py_hal_t *py_machine_board(py_vm_t *vm, void **b) { return py_hal_up(vm, b); }

static py_val_t m_freq(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)args, (void)kwnames;
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    if (nargs) return PY_NONE;   // the simulated CPU keeps its frequency
    return py_int_from_i64(vm, hal->cpu_freq(b));
}

static py_val_t m_reset_cause(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    return py_small(hal->reset_cause(b));
}

static py_val_t m_unique_id(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    uint8_t id[16];
    int n = hal->unique_id(b, id, sizeof id);
    return py_bytes_new(vm, id, n < 0 ? 0 : (size_t)n);
}

// idle(): waits for the next event, for at most 1 ms, as a board gates its
// clock until an interrupt.
static py_val_t m_idle(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    py_machine_board(vm, &(void *){0});
    py_hal_idle(vm, 1000000);
    return PY_NONE;
}

// lightsleep([ms]) / sleep(): sleeps on the board clock; without ms, until
// the next event wakes the board.
static py_val_t m_lightsleep(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_machine_board(vm, &(void *){0});
    if (nargs == 0) {
        py_hal_idle(vm, UINT64_MAX / 2);
        return PY_NONE;
    }
    int64_t ms = py_to_int64(vm, args[0]);
    if (ms > 0) py_hal_sleep_ns(vm, (uint64_t)ms * 1000000u);
    return PY_NONE;
}

// disable_irq() holds handlers back (they stay queued) and returns the
// previous state, which enable_irq(state) restores.
static py_val_t m_disable_irq(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    bool was = vm->sched_running;
    vm->sched_running = true;
    return py_bool(!was);
}

static py_val_t m_enable_irq(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    bool enable = nargs == 0 || py_truthy(vm, args[0]);
    vm->sched_running = !enable;
    if (enable && vm->sched_len) vm->pending = 1;
    return PY_NONE;
}

// time_pulse_us(pin, pulse_level, timeout_us=1000000): as extmod/machine_pulse.c:
// wait for the level (-2 on timeout), then time it (-1 on timeout). Each
// sample reads the clock and the pin, which costs virtual time.
static py_val_t m_time_pulse_us(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_machine_board(vm, &(void *){0});
    py_val_t pin = args[0];
    int level = py_truthy(vm, args[1]);
    uint64_t timeout = nargs > 2 ? (uint64_t)py_to_int64(vm, args[2]) : 1000000u;
    uint64_t start = py_hal_now_ns(vm) / 1000;
    while (py_machine_pin_get(vm, pin) != level)
        if (py_hal_now_ns(vm) / 1000 - start >= timeout) return py_small(-2);
    start = py_hal_now_ns(vm) / 1000;
    for (;;) {
        uint64_t now = py_hal_now_ns(vm) / 1000;
        if (py_machine_pin_get(vm, pin) != level) return py_small((py_int_t)(now - start));
        if (now - start >= timeout) return py_small(-1);
    }
}

static const py_method_def_t machine_functions[] = {
    {"freq", m_freq, 0, 1, 0},
    {"reset_cause", m_reset_cause, 0, 0, 0},
    {"unique_id", m_unique_id, 0, 0, 0},
    {"idle", m_idle, 0, 0, 0},
    {"lightsleep", m_lightsleep, 0, 1, 0},
    {"sleep", m_lightsleep, 0, 1, 0},
    {"disable_irq", m_disable_irq, 0, 0, 0},
    {"enable_irq", m_enable_irq, 0, 1, 0},
    {"time_pulse_us", m_time_pulse_us, 2, 3, 0},
    {"soft_reset", py_machine_soft_reset, 0, 0, 0},
    {"reset", py_machine_reset, 0, 0, 0},
    {"deepsleep", py_machine_deepsleep, 0, 1, 0},
    {"bitstream", py_machine_bitstream, 4, 4, 0},
    {NULL, NULL, 0, 0, 0},
};

static void machine_init(py_vm_t *vm, py_val_t module) {
    py_machine_board(vm, &(void *){0});
    static const struct {
        const char *name;
        int value;
    } consts[] = {
        {"IDLE", 0}, {"SLEEP", 1}, {"DEEPSLEEP", 2},
        {"PWRON_RESET", PY_HAL_PWRON_RESET}, {"HARD_RESET", PY_HAL_HARD_RESET},
        {"WDT_RESET", PY_HAL_WDT_RESET}, {"DEEPSLEEP_RESET", PY_HAL_DEEPSLEEP_RESET},
        {"SOFT_RESET", PY_HAL_SOFT_RESET},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        py_module_set(vm, module, consts[i].name, py_small(consts[i].value));
    py_machine_pin_init(vm, module);
    py_machine_signal_init(vm, module);
    py_machine_timer_init(vm, module);
    py_machine_mem_init(vm, module);
    py_machine_spi_init(vm, module);   // spiuart
    py_machine_uart_init(vm, module);  // spiuart
    py_machine_i2c_init(vm, module);
    py_machine_pwm_init(vm, module);
    py_machine_adc_init(vm, module);
    py_machine_rtc_init(vm, module);
    py_machine_wdt_init(vm, module);
}

const py_module_def_t py_mod_machine = {"machine", machine_functions, machine_init, NULL};
