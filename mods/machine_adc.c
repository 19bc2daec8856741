// mods/machine_adc.c: machine.ADC on the HAL's ADC channels (read_u16, read_uv),
// by channel number or by pin. Layer: library modules (front end of mods/hal.h).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdio.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "machine_analog.h"
#include "modkit.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_type.h"
#include "runtime.h"

typedef struct machine_adc {
    py_obj_t base;
    int channel;
    int pin;   // -1 when made from a channel number
} machine_adc_t;

static machine_adc_t *adc_ptr(py_val_t v) { return (machine_adc_t *)py_obj(v); }

static const py_hal_t *hal_adc(py_vm_t *vm, void **b) {
    const py_hal_t *hal = py_machine_board(vm, b);
    if (!hal->adc_read_u16 || !hal->adc_read_uv) py_hal_raise(vm, -EOPNOTSUPP, "ADC");
    return hal;
}

// A Pin's channel; its digital input is switched off (ANALOG mode), as on rp2.
static int pin_channel(py_vm_t *vm, int pin) {
    void *b;
    const py_hal_t *hal = hal_adc(vm, &b);
    py_hal_pin_info_t info;
    char label[48];
    py_machine_pin_label(vm, pin, label, sizeof label);
    if (hal->pin_info(b, pin, &info) < 0 || info.adc_channel < 0)
        py_raise_value_error(vm, "%s has no ADC", label);
    int r = hal->pin_open(b, pin, PY_HAL_PIN_ANALOG, PY_HAL_PULL_NONE);
    if (r == -EBUSY && info.reserved) py_raise_value_error(vm, "%s is in use by %s", label, info.reserved);
    if (r < 0) py_hal_raise(vm, r, label);
    return info.adc_channel;
}

// ADC(id, *, sample_ns, atten): an int that names an ADC channel is that
// channel (rp2: 0-3 on GPIO26-29, 4 the core temperature sensor); any
// other id is a pin.
static py_val_t adc_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)kwnames;   // sample_ns and atten: the simulated converter has one setting
    if (nargs != 1) py_raise_type_error(vm, "ADC() takes 1 positional argument");
    void *b;
    const py_hal_t *hal = hal_adc(vm, &b);
    int channel = -1, pin = -1;
    if (py_is_int(vm, args[0]) && !py_machine_pin_check(vm, args[0])) {
        int64_t n = py_to_int64(vm, args[0]);
        if (n >= 0 && n < 64 && hal->adc_read_u16(b, (int)n) >= 0) channel = (int)n;
    }
    if (channel < 0) {
        pin = py_machine_pin_number(vm, args[0]);
        channel = pin_channel(vm, pin);
    }
    machine_adc_t *a = py_gc_new(vm, type, py_type_instance_size(vm, type, 0));
    a->channel = channel, a->pin = pin;
    return py_from_obj(a);
}

static py_val_t m_read_u16(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    void *b;
    const py_hal_t *hal = hal_adc(vm, &b);
    py_hal_access(vm);
    int r = hal->adc_read_u16(b, adc_ptr(args[0])->channel);
    if (r < 0) py_hal_raise(vm, r, "ADC");
    return py_small(r);
}

static py_val_t m_read_uv(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    void *b;
    const py_hal_t *hal = hal_adc(vm, &b);
    py_hal_access(vm);
    int64_t r = hal->adc_read_uv(b, adc_ptr(args[0])->channel);
    if (r < 0) py_hal_raise(vm, (int)r, "ADC");
    return py_int_from_i64(vm, r);
}

// init(*, sample_ns, atten): accepted; the model has one setting.
static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)vm, (void)nargs, (void)args, (void)kwnames;
    return PY_NONE;
}

static py_val_t adc_repr(py_vm_t *vm, py_val_t self) {
    machine_adc_t *a = adc_ptr(self);
    char buf[96], label[48];
    if (a->pin >= 0)
        snprintf(buf, sizeof buf, "ADC(%s, channel=%d)",
                 py_machine_pin_label(vm, a->pin, label, sizeof label), a->channel);
    else snprintf(buf, sizeof buf, "ADC(channel=%d)", a->channel);
    return py_str_from_c(vm, buf);
}

static const py_method_def_t adc_methods[] = {
    {"read_u16", m_read_u16, 1, 1, 0},
    {"read_uv", m_read_uv, 1, 1, 0},
    {"init", m_init, 1, 1, PY_METH_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t adc_spec = {
    .name = "ADC",
    .base = PY_T_object,
    .basicsize = sizeof(machine_adc_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.make_new = adc_make_new, .repr = adc_repr},
    .methods = adc_methods,
};

void py_machine_adc_init(py_vm_t *vm, py_val_t module) {
    py_type_t *t = py_modkit_type_new(vm, module, "ADC", &adc_spec, "machine");
    static const struct {
        const char *name;
        int value;
    } consts[] = {{"CORE_TEMP", 4}, {"ATTN_0DB", 0}, {"ATTN_2_5DB", 1}, {"ATTN_6DB", 2},
                  {"ATTN_11DB", 3}};
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        py_dict_set(vm, t->dict, py_str_intern_c(vm, consts[i].name), py_small(consts[i].value));
}
