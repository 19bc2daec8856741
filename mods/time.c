// mods/time.c: the time module (also `utime`): sleeping, wall-clock time and
// MicroPython's wrapping tick counters. Layer: library modules; clocks come from vm/port.h.
// SPDX-License-Identifier: MIT

#include <math.h>
#include <time.h>

#include "except.h"
#include "obj_float.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_module.h"
#include "schedule.h"
#include "hal_front.h"
#include "port.h"
#include "sys.h"
#include "runtime.h"

// Tick values wrap at 2**30, as on MicroPython ports, so they stay small
// ints on every port and code written for boards behaves the same here.
#define TICKS_PERIOD ((int64_t)1 << 30)
#define TICKS_MAX (TICKS_PERIOD - 1)
#define TICKS_HALF (TICKS_PERIOD / 2)

// Sleeps, waking for Ctrl-C: the interrupt is raised as KeyboardInterrupt.
// Sleeping is a safe point: callbacks micropython.schedule() queued run first.
// Once a board is up (mods/hal.c), sleeps and ticks use its clock.
static void sleep_us(py_vm_t *vm, double us) {
    py_schedule_run(vm);
    if (us <= 0) return;
    if (vm->hal_state) py_hal_sleep_ns(vm, (uint64_t)(us * 1e3));
    else if (py_port_sleep_us((uint64_t)us)) py_vm_poll(vm);
    py_schedule_run(vm);
}

static uint64_t ticks_us(py_vm_t *vm) {
    return vm->hal_state ? py_hal_now_ns(vm) / 1000 : py_port_ticks_us();
}

static py_val_t time_sleep(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    double s = py_to_double(vm, args[0]);
    if (s < 0) py_raise_value_error(vm, "sleep length must be non-negative");
    if (isnan(s)) py_raise_value_error(vm, "Invalid value NaN (not a number)");
    sleep_us(vm, s * 1e6);
    return PY_NONE;
}

static py_val_t time_sleep_ms(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sleep_us(vm, (double)py_to_int64(vm, args[0]) * 1e3);
    return PY_NONE;
}

static py_val_t time_sleep_us(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sleep_us(vm, (double)py_to_int64(vm, args[0]));
    return PY_NONE;
}

static py_val_t time_ticks_us(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    return py_small((py_int_t)(ticks_us(vm) & TICKS_MAX));
}

static py_val_t time_ticks_ms(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    return py_small((py_int_t)((ticks_us(vm) / 1000) & TICKS_MAX));
}

// ticks_diff(a, b): the signed distance from b to a on the wrapping clock.
static py_val_t time_ticks_diff(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    int64_t d = (py_to_int64(vm, args[0]) - py_to_int64(vm, args[1]) + TICKS_HALF) & TICKS_MAX;
    return py_small((py_int_t)(d - TICKS_HALF));
}

static py_val_t time_ticks_add(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_small((py_int_t)((py_to_int64(vm, args[0]) + py_to_int64(vm, args[1])) & TICKS_MAX));
}

static py_val_t time_time(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    return py_float_new(vm, py_port_time());
}

static py_val_t time_time_ns(py_vm_t *vm, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    return py_int_from_i64(vm, (int64_t)(py_port_time() * 1e9));
}

// perf_counter()/monotonic(): CPython's names for a clock that only goes forward.
static py_val_t time_monotonic(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    return py_float_new(vm, (double)py_port_ticks_us() * 1e-6);
}

// ---- calendar time ----------------------------------------------------------------------

// The seconds argument of gmtime/localtime: now when absent or None.
static time_t secs_arg(py_vm_t *vm, size_t nargs, const py_val_t *args) {
    if (nargs == 0 || args[0] == PY_NONE) return (time_t)py_port_time();
    double d = py_to_double(vm, args[0]);
    if (isnan(d)) py_raise_value_error(vm, "Invalid value NaN (not a number)");
    // time_t has 64 bits (9.2e18 s) or, on a 32-bit host built without
    // _TIME_BITS=64, 32 (2.1e9 s: 2038): beyond it a cast would wrap.
    double limit = sizeof(time_t) >= 8 ? 9.2e18 : 2147483648.0;
    d = floor(d);
    if (d >= limit || d < -limit) py_raise_fmt(vm, PY_EXC_OverflowError, "timestamp out of range for platform time_t");
    return (time_t)d;
}

// MicroPython's 8-tuple (year, month, mday, hour, minute, second, weekday
// 0=Monday, yearday 1..366), with CPython's struct_time names as attributes.
static py_val_t time_tuple(py_vm_t *vm, const struct tm *tm) {
    static const char *const names[8] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                                         "tm_sec", "tm_wday", "tm_yday"};
    int v[8] = {tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
                tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1};
    py_val_t items[8];
    for (int i = 0; i < 8; i++) items[i] = py_small(v[i]);
    return py_sys_attrtuple_new(vm, 8, names, items, false);
}

static py_val_t time_gmtime(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    time_t t = secs_arg(vm, nargs, args);
    struct tm tm;
    if (!gmtime_r(&t, &tm)) py_raise_fmt(vm, PY_EXC_OverflowError, "timestamp out of range for platform time_t");
    return time_tuple(vm, &tm);
}

static py_val_t time_localtime(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)kwnames;
    time_t t = secs_arg(vm, nargs, args);
    struct tm tm;
    if (!localtime_r(&t, &tm)) py_raise_fmt(vm, PY_EXC_OverflowError, "timestamp out of range for platform time_t");
    return time_tuple(vm, &tm);
}

// mktime(tuple): the inverse of localtime, from its first six items (8 or 9
// items, as MicroPython's and CPython's tuples); out-of-range fields
// normalise as C's mktime does.
static py_val_t time_mktime(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t t = args[0];
    size_t n = py_len(vm, t);
    if (n < 8 || n > 9)
        py_raise_type_error(vm, "mktime(): illegal time tuple argument");
    int64_t f[6];
    for (int i = 0; i < 6; i++) f[i] = py_to_int64(vm, py_getitem(vm, t, py_small(i)));
    struct tm tm = {0};
    tm.tm_year = (int)(f[0] - 1900);
    tm.tm_mon = (int)(f[1] - 1);
    tm.tm_mday = (int)f[2];
    tm.tm_hour = (int)f[3];
    tm.tm_min = (int)f[4];
    tm.tm_sec = (int)f[5];
    tm.tm_isdst = -1;
    time_t r = mktime(&tm);
    if (r == (time_t)-1 && tm.tm_year != 69) py_raise_fmt(vm, PY_EXC_OverflowError, "mktime argument out of range");
    return py_int_from_i64(vm, (int64_t)r);
}

static const py_method_def_t time_functions[] = {
    {"gmtime", time_gmtime, 0, 1, 0},
    {"localtime", time_localtime, 0, 1, 0},
    {"mktime", time_mktime, 1, 1, 0},
    {"sleep", time_sleep, 1, 1, 0},
    {"sleep_ms", time_sleep_ms, 1, 1, 0},
    {"sleep_us", time_sleep_us, 1, 1, 0},
    {"ticks_us", time_ticks_us, 0, 0, 0},
    {"ticks_ms", time_ticks_ms, 0, 0, 0},
    {"ticks_cpu", time_ticks_us, 0, 0, 0},
    {"ticks_diff", time_ticks_diff, 2, 2, 0},
    {"ticks_add", time_ticks_add, 2, 2, 0},
    {"time", time_time, 0, 0, 0},
    {"time_ns", time_time_ns, 0, 0, 0},
    {"monotonic", time_monotonic, 0, 0, 0},
    {"perf_counter", time_monotonic, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_module_def_t py_mod_time = {"time", time_functions, NULL, NULL};
