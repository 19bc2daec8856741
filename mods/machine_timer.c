// mods/machine_timer.c: machine.Timer, alarms on the board clock whose callbacks
// run at their exact virtual times (hard ones with the heap locked). Layer: library modules.
// SPDX-License-Identifier: MIT

#include <math.h>
#include <stdio.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "machine.h"
#include "modkit.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

enum { ONE_SHOT = 0, PERIODIC = 1 };

typedef struct machine_timer {
    py_obj_t base;
    int id;
    int handle;          // the HAL's, -1 when not running
    uint32_t tag;        // its event source, 0 when none
    py_val_t callback;
    int mode;
    uint64_t period_ns;
    bool hard;
} machine_timer_t;

static machine_timer_t *tim_ptr(py_val_t v) { return (machine_timer_t *)py_obj(v); }

static void timer_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((machine_timer_t *)o)->callback); }

// Stops the timer if it still runs. A one-shot that fired gave its handle and
// tag back then (py_hal_source_oneshot): another timer may hold them now, so
// they are only stopped while the source is still this timer's.
static void stop(py_vm_t *vm, machine_timer_t *t) {
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    if (t->tag && py_hal_source_arg(vm, t->tag) == py_from_obj(t)) {
        if (t->handle >= 0) hal->timer_stop(b, t->handle);
        py_hal_source_clear(vm, t->tag);
    }
    t->handle = -1;
    t->tag = 0;
}

static const char *const init_kw[] = {"mode", "freq", "period", "callback", "hard", NULL};

// The period from freq (Hz, wins when given) or period (ms); as on rp2, a
// timer given neither waits 0xffffffff ms.
static uint64_t period_of(py_vm_t *vm, py_val_t freq, py_val_t period) {
    if (freq != PY_NULL && freq != py_small(-1)) {
        double f = py_to_double(vm, freq);
        if (!(f > 0) || isinf(f)) py_raise_value_error(vm, "freq must be positive");
        double ns = 1e9 / f;
        return ns < 1 ? 1 : (uint64_t)(ns + 0.5);
    }
    int64_t ms = period == PY_NULL ? 0xffffffffLL : py_to_int64(vm, period);
    if (ms == -1) ms = 0xffffffffLL;
    if (ms < 0) py_raise_value_error(vm, "period must be positive");
    return ms == 0 ? 1 : (uint64_t)ms * 1000000u;
}

// init(*, mode=PERIODIC, freq=-1, period=-1, callback=None, hard=True)
static void timer_setup(py_vm_t *vm, py_val_t self, size_t nargs, const py_val_t *args,
                        py_val_t kwnames) {
    machine_timer_t *t = tim_ptr(self);
    py_val_t a[5] = {0};
    py_builtins_kwargs(vm, "init", nargs, args, kwnames, init_kw, a);
    if (nargs) py_raise_type_error(vm, "init() takes keyword arguments only");
    int mode = a[0] == PY_NULL ? PERIODIC : (int)py_to_int64(vm, a[0]);
    if (mode != ONE_SHOT && mode != PERIODIC) py_raise_value_error(vm, "invalid mode %R", a[0]);
    uint64_t period = period_of(vm, a[1], a[2]);
    stop(vm, t);
    t->mode = mode, t->period_ns = period;
    t->callback = a[3] == PY_NULL ? PY_NONE : a[3];
    t->hard = a[4] == PY_NULL || py_truthy(vm, a[4]);
    t->tag = py_hal_source_set(vm, 0, t->callback, self, t->hard);
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    py_hal_access(vm);
    int h = hal->timer_start(b, period, mode == PERIODIC, t->tag);
    if (h < 0) {
        py_hal_source_clear(vm, t->tag);
        t->tag = 0;
        py_hal_raise(vm, h, "Timer");
    }
    t->handle = h;
    if (mode == ONE_SHOT) py_hal_source_oneshot(vm, t->tag, h);
}

// Timer(id=-1, /, **init): every id is a virtual timer on the board clock
// (rp2 has only those); with keywords, it starts at once.
static py_val_t timer_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    if (nargs > 1) py_raise_type_error(vm, "Timer() takes at most 1 positional argument");
    int64_t id = nargs ? py_to_int64(vm, args[0]) : -1;
    if (id < -1 || id > 15) py_raise_value_error(vm, "Timer(%d) doesn't exist", (int)id);
    machine_timer_t *t = py_gc_new(vm, type, py_type_instance_size(vm, type, 0));
    t->id = (int)id, t->handle = -1, t->callback = PY_NONE, t->mode = PERIODIC, t->hard = true;
    py_val_t self = py_from_obj(t);
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len) timer_setup(vm, self, 0, args + nargs, kwnames);
    return self;
}

static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    timer_setup(vm, args[0], nargs - 1, args + 1, kwnames);
    return PY_NONE;
}

static py_val_t m_deinit(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    stop(vm, tim_ptr(args[0]));
    return PY_NONE;
}

static py_val_t timer_repr(py_vm_t *vm, py_val_t self) {
    machine_timer_t *t = tim_ptr(self);
    char buf[96];
    snprintf(buf, sizeof buf, "Timer(mode=%s, period=%llu, tick_hz=1000000)",
             t->mode == ONE_SHOT ? "ONE_SHOT" : "PERIODIC", (unsigned long long)(t->period_ns / 1000));
    return py_str_from_c(vm, buf);
}

static const py_method_def_t timer_methods[] = {
    {"init", m_init, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"deinit", m_deinit, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t timer_spec = {
    .name = "Timer",
    .base = PY_T_object,
    .basicsize = sizeof(machine_timer_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.mark = timer_mark, .make_new = timer_make_new, .repr = timer_repr},
    .methods = timer_methods,
};

void py_machine_timer_init(py_vm_t *vm, py_val_t module) {
    py_type_t *t = py_modkit_type_new(vm, module, "Timer", &timer_spec, "machine");
    py_dict_set(vm, t->dict, py_str_intern_c(vm, "ONE_SHOT"), py_small(ONE_SHOT));
    py_dict_set(vm, t->dict, py_str_intern_c(vm, "PERIODIC"), py_small(PERIODIC));
}
