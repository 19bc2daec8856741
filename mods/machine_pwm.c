// mods/machine_pwm.c: machine.PWM on the HAL's PWM outputs (freq, duty_u16, duty_ns,
// invert, deinit), and the pin-id helpers the analog classes share.
// Layer: library modules (front end of mods/hal.h).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdio.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "machine_analog.h"
#include "modkit.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

// ---- pin ids ------------------------------------------------------------------------------

int py_machine_pin_number(py_vm_t *vm, py_val_t id) {
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    if (py_machine_pin_check(vm, id)) return ((machine_pin_t *)py_obj(id))->number;
    if (py_is_str(vm, id)) {
        int n = hal->pin_find(b, py_str_cstr(vm, id));
        if (n < 0) py_raise_value_error(vm, "unknown named pin \"%S\"", id);
        return n;
    }
    if (!py_is_int(vm, id)) py_raise_type_error(vm, "pin id must be int, str or Pin, not %T", id);
    int64_t n = py_to_int64(vm, id);
    py_hal_pin_info_t info;
    if (n < 0 || n > 0x7fffffff || hal->pin_info(b, (int)n, &info) < 0)
        py_raise_value_error(vm, "invalid pin %R", id);
    return (int)n;
}

const char *py_machine_pin_label(py_vm_t *vm, int number, char *buf, size_t len) {
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    py_hal_pin_info_t info;
    snprintf(buf, len, "Pin(%s)", hal->pin_info(b, number, &info) < 0 ? "?" : info.cpu_name);
    return buf;
}

// ---- PWM ----------------------------------------------------------------------------------

typedef struct machine_pwm {
    py_obj_t base;
    int pin;
    bool by_ns;          // the duty was last given in ns: a new freq keeps the ns
    uint32_t duty_ns;
} machine_pwm_t;

typedef struct settings {
    uint32_t freq;
    uint16_t duty;
    bool invert;
    bool on;
} settings_t;

static machine_pwm_t *pwm_ptr(py_val_t v) { return (machine_pwm_t *)py_obj(v); }

static settings_t current(py_vm_t *vm, machine_pwm_t *p) {
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    settings_t s = {0, 0, false, false};
    s.on = hal->pwm_get && hal->pwm_get(b, p->pin, &s.freq, &s.duty, &s.invert) == 0;
    return s;
}

static uint16_t ns_to_u16(uint64_t ns, uint32_t freq) {
    uint64_t d = (ns * freq * 65535 + 500000000u) / 1000000000u;
    return d > 65535 ? 65535 : (uint16_t)d;
}

// Starts or retunes the output; freq 0 keeps the generator's.
static void apply(py_vm_t *vm, machine_pwm_t *p, settings_t s) {
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    char label[48];
    if (!hal->pwm_start) py_hal_raise(vm, -EOPNOTSUPP, "PWM");
    py_hal_access(vm);
    if (p->by_ns && s.freq) s.duty = ns_to_u16(p->duty_ns, s.freq);
    int r = hal->pwm_start(b, p->pin, s.freq, s.duty, s.invert);
    if (r == -EINVAL)
        py_raise_value_error(vm, "freq %u Hz out of range for PWM on %s", (unsigned)s.freq,
                             py_machine_pin_label(vm, p->pin, label, sizeof label));
    if (r < 0) py_hal_raise(vm, r, py_machine_pin_label(vm, p->pin, label, sizeof label));
    if (p->by_ns && !s.freq) {   // the generator's frequency is known only now
        settings_t now = current(vm, p);
        uint16_t d = ns_to_u16(p->duty_ns, now.freq);
        if (d != now.duty) hal->pwm_start(b, p->pin, now.freq, d, now.invert);
    }
}

static uint32_t freq_arg(py_vm_t *vm, py_val_t v) {
    int64_t f = py_to_int64(vm, v);
    if (f <= 0 || f > 0xffffffffLL) py_raise_value_error(vm, "freq must be positive");
    return (uint32_t)f;
}

static uint16_t u16_arg(py_vm_t *vm, py_val_t v) {
    int64_t d = py_to_int64(vm, v);
    if (d < 0 || d > 65535) py_raise_value_error(vm, "duty_u16 must be from 0 to 65535");
    return (uint16_t)d;
}

static uint32_t ns_arg(py_vm_t *vm, py_val_t v) {
    int64_t d = py_to_int64(vm, v);
    if (d < 0 || d > 0xffffffffLL) py_raise_value_error(vm, "duty_ns must be from 0 to 2**32-1");
    return (uint32_t)d;
}

static const char *const init_kw[] = {"freq", "duty_u16", "duty_ns", "invert", NULL};

// init(*, freq, duty_u16, duty_ns, invert): what is not given stays.
static void pwm_setup(py_vm_t *vm, machine_pwm_t *p, size_t nargs, const py_val_t *args,
                      py_val_t kwnames) {
    py_val_t a[4] = {0};
    py_builtins_kwargs(vm, "init", nargs, args, kwnames, init_kw, a);
    if (nargs) py_raise_type_error(vm, "init() takes keyword arguments only");
    if (a[1] != PY_NULL && a[2] != PY_NULL)
        py_raise_value_error(vm, "give only one of duty_u16 and duty_ns");
    settings_t s = current(vm, p);
    if (a[0] != PY_NULL) s.freq = freq_arg(vm, a[0]);
    else if (!s.on) s.freq = 0;
    if (a[3] != PY_NULL) s.invert = py_truthy(vm, a[3]);
    if (a[1] != PY_NULL) s.duty = u16_arg(vm, a[1]), p->by_ns = false;
    if (a[2] != PY_NULL) p->duty_ns = ns_arg(vm, a[2]), p->by_ns = true;
    apply(vm, p, s);
}

// PWM(dest, *, freq, duty_u16, duty_ns, invert=False): dest a Pin or pin id.
static py_val_t pwm_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    if (nargs != 1) py_raise_type_error(vm, "PWM() takes 1 positional argument");
    int pin = py_machine_pin_number(vm, args[0]);
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    py_hal_pin_info_t info;
    hal->pin_info(b, pin, &info);
    char label[48];
    if (!(info.caps & PY_HAL_CAP_PWM))
        py_raise_value_error(vm, "%s has no PWM", py_machine_pin_label(vm, pin, label, sizeof label));
    machine_pwm_t *p = py_gc_new(vm, type, py_type_instance_size(vm, type, 0));
    p->pin = pin;
    py_val_t self = py_from_obj(p);
    size_t nkw = kwnames == PY_NULL ? 0 : py_tuple_ptr(kwnames)->len;
    pwm_setup(vm, pwm_ptr(self), 0, args + 1, nkw ? kwnames : PY_NULL);
    return self;
}

static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    pwm_setup(vm, pwm_ptr(args[0]), nargs - 1, args + 1, kwnames);
    return PY_NONE;
}

static py_val_t m_deinit(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    py_hal_access(vm);
    if (hal->pwm_stop) hal->pwm_stop(b, pwm_ptr(args[0])->pin);
    return PY_NONE;
}

// freq([hz]): the generator's frequency (shared by its slice).
static py_val_t m_freq(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    machine_pwm_t *p = pwm_ptr(args[0]);
    settings_t s = current(vm, p);
    if (nargs == 1) return py_int_from_i64(vm, s.freq);
    s.freq = freq_arg(vm, args[1]);
    apply(vm, p, s);
    return PY_NONE;
}

static py_val_t m_duty_u16(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    machine_pwm_t *p = pwm_ptr(args[0]);
    settings_t s = current(vm, p);
    if (nargs == 1) return py_small(s.on ? s.duty : 0);
    s.duty = u16_arg(vm, args[1]);
    if (!s.on) s.freq = 0;
    p->by_ns = false;
    apply(vm, p, s);
    return PY_NONE;
}

static py_val_t m_duty_ns(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    machine_pwm_t *p = pwm_ptr(args[0]);
    settings_t s = current(vm, p);
    if (nargs == 1) {
        if (!s.on || !s.freq) return py_small(0);
        return py_int_from_i64(vm, (int64_t)(((uint64_t)s.duty * 1000000000u / s.freq + 32767) / 65535));
    }
    p->duty_ns = ns_arg(vm, args[1]);
    p->by_ns = true;
    if (!s.on) s.freq = 0;
    apply(vm, p, s);
    return PY_NONE;
}

static py_val_t pwm_repr(py_vm_t *vm, py_val_t self) {
    machine_pwm_t *p = pwm_ptr(self);
    settings_t s = current(vm, p);
    char label[48], buf[128];
    py_machine_pin_label(vm, p->pin, label, sizeof label);
    if (!s.on) snprintf(buf, sizeof buf, "PWM(%s)", label);
    else
        snprintf(buf, sizeof buf, "PWM(%s, freq=%u, duty_u16=%u%s)", label, (unsigned)s.freq,
                 (unsigned)s.duty, s.invert ? ", invert=True" : "");
    return py_str_from_c(vm, buf);
}

static const py_method_def_t pwm_methods[] = {
    {"init", m_init, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"deinit", m_deinit, 1, 1, 0},
    {"freq", m_freq, 1, 2, 0},
    {"duty_u16", m_duty_u16, 1, 2, 0},
    {"duty_ns", m_duty_ns, 1, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t pwm_spec = {
    .name = "PWM",
    .base = PY_T_object,
    .basicsize = sizeof(machine_pwm_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.make_new = pwm_make_new, .repr = pwm_repr},
    .methods = pwm_methods,
};

void py_machine_pwm_init(py_vm_t *vm, py_val_t module) {
    py_modkit_type_new(vm, module, "PWM", &pwm_spec, "machine");
}
