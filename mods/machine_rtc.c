// mods/machine_rtc.c: machine.RTC on the HAL's clock-calendar: datetime (weekday
// computed on read), init, deinit, memory. Layer: library modules (front end of mods/hal.h).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <string.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "machine_analog.h"
#include "modkit.h"
#include "obj_bytes.h"
#include "obj_int.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"
#include "sim_date.h"

// RTC memory: the ESP32's 2048 bytes. It lives as long as the process (the
// board), so it survives the resets that rerun the program.
#define MEMORY_SIZE 2048
static uint8_t memory[MEMORY_SIZE];
static size_t memory_len;

static const py_hal_t *hal_rtc(py_vm_t *vm, void **b) {
    const py_hal_t *hal = py_machine_board(vm, b);
    if (!hal->rtc_get || !hal->rtc_set) py_hal_raise(vm, -EOPNOTSUPP, "RTC");
    return hal;
}

// (year, month, day, weekday, hours, minutes, seconds, subseconds): the
// weekday (Monday 0) is computed, the subseconds are µs.
static py_val_t get_datetime(py_vm_t *vm) {
    void *b;
    const py_hal_t *hal = hal_rtc(vm, &b);
    int64_t secs;
    uint32_t us;
    py_hal_access(vm);
    int r = hal->rtc_get(b, &secs, &us);
    if (r < 0) py_hal_raise(vm, r, "RTC");
    int64_t days = sim_date_floor_days(secs);
    int64_t rest = secs - days * 86400, y;
    int m, d;
    sim_date_civil(days, &y, &m, &d);
    int64_t wd = (days + 5) % 7;   // 2000-01-01 was a Saturday
    py_val_t f[8] = {py_int_from_i64(vm, y), py_small(m), py_small(d), py_small(wd < 0 ? wd + 7 : wd),
                     py_small(rest / 3600), py_small(rest / 60 % 60), py_small(rest % 60),
                     py_small(us)};
    return py_tuple_new(vm, 8, f);
}

static int64_t field(py_vm_t *vm, py_val_t v, int64_t lo, int64_t hi, const char *what) {
    int64_t n = py_to_int64(vm, v);
    if (n < lo || n > hi) py_raise_value_error(vm, "RTC %s out of range: %R", what, v);
    return n;
}

// Sets from an 8-tuple; the weekday is ignored (rp2 computes it).
static void set_datetime(py_vm_t *vm, py_val_t t) {
    void *b;
    const py_hal_t *hal = hal_rtc(vm, &b);
    py_val_t seq = py_tuple_from_iter(vm, t);
    py_tuple_t *tp = py_tuple_ptr(seq);
    if (tp->len != 8) py_raise_value_error(vm, "RTC datetime needs 8 fields, got %d", (int)tp->len);
    int64_t y = field(vm, tp->items[0], 1, 9999, "year");
    int m = (int)field(vm, tp->items[1], 1, 12, "month");
    int d = (int)field(vm, tp->items[2], 1, 31, "day");
    int64_t h = field(vm, tp->items[4], 0, 23, "hour");
    int64_t mi = field(vm, tp->items[5], 0, 59, "minute");
    int64_t s = field(vm, tp->items[6], 0, 59, "second");
    int64_t us = field(vm, tp->items[7], 0, 999999, "subseconds");
    int64_t secs = sim_date_days(y, m, d) * 86400 + h * 3600 + mi * 60 + s;
    py_hal_access(vm);
    int r = hal->rtc_set(b, secs, (uint32_t)us);
    if (r < 0) py_hal_raise(vm, r, "RTC");
}

// RTC(id=0, datetime=None): every RTC object is the board's one clock.
static py_val_t rtc_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    static const char *const kw[] = {"id", "datetime", NULL};
    py_val_t a[2] = {0};
    py_builtins_kwargs(vm, "RTC", nargs, args, kwnames, kw, a);
    if (nargs > 2) py_raise_type_error(vm, "RTC() takes at most 2 positional arguments");
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    if (a[0] != PY_NULL && a[0] != PY_NONE && py_to_int64(vm, a[0]) != 0)
        py_raise_value_error(vm, "RTC(%R) doesn't exist", a[0]);
    hal_rtc(vm, &(void *){0});
    py_obj_t *o = py_gc_new(vm, type, py_type_instance_size(vm, type, 0));
    if (a[1] != PY_NULL && a[1] != PY_NONE) set_datetime(vm, a[1]);
    return py_from_obj(o);
}

static py_val_t m_datetime(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    if (nargs == 1) return get_datetime(vm);
    set_datetime(vm, args[1]);
    return PY_NONE;
}

static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    set_datetime(vm, args[1]);
    return PY_NONE;
}

// deinit(): back to 2015-01-01 00:00:00, as MicroPython's ports.
static py_val_t m_deinit(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    py_val_t f[8] = {py_small(2015), py_small(1), py_small(1), py_small(0),
                     py_small(0), py_small(0), py_small(0), py_small(0)};
    set_datetime(vm, py_tuple_new(vm, 8, f));
    return PY_NONE;
}

// memory([data]): reads the stored bytes, or replaces them (at most 2048).
static py_val_t m_memory(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    if (nargs == 1) return py_bytes_new(vm, memory, memory_len);
    py_buffer_t buf;
    py_buffer_require(vm, args[1], &buf, false);
    if (buf.len > MEMORY_SIZE)
        py_raise_value_error(vm, "RTC memory holds at most %d bytes", MEMORY_SIZE);
    memory_len = buf.len;
    memcpy(memory, buf.data, memory_len);
    return PY_NONE;
}

static const py_method_def_t rtc_methods[] = {
    {"datetime", m_datetime, 1, 2, 0},
    {"init", m_init, 2, 2, 0},
    {"deinit", m_deinit, 1, 1, 0},
    {"memory", m_memory, 1, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t rtc_spec = {
    .name = "RTC",
    .base = PY_T_object,
    .basicsize = sizeof(py_obj_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.make_new = rtc_make_new},
    .methods = rtc_methods,
};

void py_machine_rtc_init(py_vm_t *vm, py_val_t module) {
    py_modkit_type_new(vm, module, "RTC", &rtc_spec, "machine");
}
