// mods/machine_signal.c: machine.Signal (a pin with an "active" level) and
// machine.PinBase (the base of pins written in Python). Layer: library modules.
// SPDX-License-Identifier: MIT

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "machine.h"
#include "modkit.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

typedef struct signal {
    py_obj_t base;
    py_val_t pin;      // a Pin, or any object with value([x]) (a PinBase subclass)
    bool invert;
} signal_t;

static signal_t *sig_ptr(py_val_t v) { return (signal_t *)py_obj(v); }

static void signal_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((signal_t *)o)->pin); }

// Signal(pin_obj, invert=False) or Signal(<Pin arguments>..., invert=False):
// the first form when the first argument is already a pin object, else the
// arguments (less invert) make the Pin, so its value= goes through the Signal.
static py_val_t signal_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    if (nargs < 1) py_raise_type_error(vm, "Signal() missing required argument 'pin'");
    size_t nkw = kwnames == PY_NULL ? 0 : py_tuple_ptr(kwnames)->len;
    py_val_t invert = PY_NULL, value = PY_NULL, names[8], vals[8];
    size_t kept = 0;
    if (nkw > 8) py_raise_type_error(vm, "Signal() takes at most 8 keyword arguments");
    for (size_t i = 0; i < nkw; i++) {
        py_val_t name = py_tuple_ptr(kwnames)->items[i], v = args[nargs + i];
        if (py_str_eq_c(name, "invert")) invert = v;
        else if (py_str_eq_c(name, "value")) value = v;
        else names[kept] = name, vals[kept++] = v;
    }
    bool inv = invert != PY_NULL && py_truthy(vm, invert);
    py_val_t pin = args[0];
    if (py_is_int(vm, pin) || py_is_str(vm, pin) || py_is_a(vm, pin, PY_T_tuple)) {
        py_val_t a[16];
        if (nargs + kept > 16) py_raise_type_error(vm, "Signal() takes at most 16 arguments");
        for (size_t i = 0; i < nargs; i++) a[i] = args[i];
        for (size_t i = 0; i < kept; i++) a[nargs + i] = vals[i];
        py_val_t kw = kept ? py_tuple_new(vm, kept, names) : PY_NULL;
        pin = py_machine_pin_make(vm, nargs, a, kw);
    } else if (nargs > 1 || kept) {
        py_raise_type_error(vm, "Signal(pin) takes only invert= besides the pin");
    }
    signal_t *s = py_gc_new(vm, type, py_type_instance_size(vm, type, 0));
    s->pin = pin;
    s->invert = inv;
    if (value != PY_NULL) py_machine_pin_set(vm, pin, py_truthy(vm, value) ^ inv);
    return py_from_obj(s);
}

static py_val_t sig_value(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    signal_t *s = sig_ptr(args[0]);
    if (nargs == 1) return py_small(py_machine_pin_get(vm, s->pin) ^ s->invert);
    py_machine_pin_set(vm, s->pin, py_truthy(vm, args[1]) ^ s->invert);
    return PY_NONE;
}

static py_val_t sig_call(py_vm_t *vm, py_val_t self, size_t nargs, const py_val_t *args,
                         py_val_t kwnames) {
    if ((kwnames != PY_NULL && py_tuple_ptr(kwnames)->len) || nargs > 1)
        py_raise_type_error(vm, "Signal() takes at most 1 argument");
    py_val_t a[2] = {self, nargs ? args[0] : PY_NULL};
    return sig_value(vm, nargs + 1, a, PY_NULL);
}

static py_val_t sig_on(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_machine_pin_set(vm, sig_ptr(args[0])->pin, !sig_ptr(args[0])->invert);
    return PY_NONE;
}

static py_val_t sig_off(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_machine_pin_set(vm, sig_ptr(args[0])->pin, sig_ptr(args[0])->invert);
    return PY_NONE;
}

static const py_method_def_t signal_methods[] = {
    {"value", sig_value, 1, 2, 0},
    {"on", sig_on, 1, 1, 0},
    {"off", sig_off, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t signal_spec = {
    .name = "Signal",
    .base = PY_T_object,
    .basicsize = sizeof(signal_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.mark = signal_mark, .make_new = signal_make_new, .call = sig_call},
    .methods = signal_methods,
};

// PinBase: abstract; a Python subclass supplies value(self, v=None), which
// Signal and time_pulse_us call.
static py_val_t pinbase_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    py_obj_t *o = py_gc_new(vm, type, py_type_instance_size(vm, type, 0));
    return py_from_obj(o);
}

static const py_type_spec_t pinbase_spec = {
    .name = "PinBase",
    .base = PY_T_object,
    .basicsize = sizeof(py_obj_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.make_new = pinbase_make_new},
};

void py_machine_signal_init(py_vm_t *vm, py_val_t module) {
    py_modkit_type_new(vm, module, "Signal", &signal_spec, "machine");
    py_modkit_type_new(vm, module, "PinBase", &pinbase_spec, "machine");
}
