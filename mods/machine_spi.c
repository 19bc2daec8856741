// mods/machine_spi.c: machine.SPI (a hardware bus of the board, hal spi_*) and the transfer
// methods SPI and SoftSPI share: read, readinto, write, write_readinto. Layer: library
// modules (front end of mods/hal.h).
// SPDX-License-Identifier: MIT

#include "machine_spi.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "modkit.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

enum { MSB = 0, LSB = 1 };

static machine_spi_t *spi_ptr(py_val_t v) { return (machine_spi_t *)py_obj(v); }

int py_machine_spi_pin(py_vm_t *vm, py_val_t v, const char *role) {
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    if (py_machine_pin_check(vm, v)) return ((machine_pin_t *)py_obj(v))->number;
    int n = -1;
    if (py_is_str(vm, v)) n = hal->pin_find(b, py_str_cstr(vm, v));
    else if (py_is_int(vm, v)) n = (int)py_to_int64(vm, v);
    else py_raise_type_error(vm, "%s must be a Pin, not %T", role, v);
    py_hal_pin_info_t info;
    if (n < 0 || hal->pin_info(b, n, &info) < 0) py_raise_value_error(vm, "invalid %s pin %R", role, v);
    return n;
}

// ---- the hardware bus -----------------------------------------------------------------------

const char *const py_machine_spi_kw[] = {"baudrate", "polarity", "phase", "bits", "firstbit",
                                         "sck", "mosi", "miso", "pins", NULL};

static int int_arg(py_vm_t *vm, py_val_t v, int dflt, int lo, int hi, const char *what) {
    if (v == PY_NULL) return dflt;
    int64_t n = py_to_int64(vm, v);
    if (n < lo || n > hi) py_raise_value_error(vm, "invalid %s %R", what, v);
    return (int)n;
}

// The settings every init shares (hardware or soft); pins are left to the caller.
static void settings(py_vm_t *vm, machine_spi_t *s, const py_val_t *a, uint32_t dflt_baud) {
    int64_t baud = a[0] == PY_NULL ? (s->baud ? s->baud : dflt_baud) : py_to_int64(vm, a[0]);
    if (baud <= 0 || baud > 0x7fffffff) py_raise_value_error(vm, "invalid baudrate %R", a[0]);
    s->baud = (uint32_t)baud;
    s->polarity = int_arg(vm, a[1], s->polarity, 0, 1, "polarity");
    s->phase = int_arg(vm, a[2], s->phase, 0, 1, "phase");
    s->bits = int_arg(vm, a[3], s->bits, 1, 32, "bits");
    s->firstbit = int_arg(vm, a[4], s->firstbit, MSB, LSB, "firstbit");
}

void py_machine_spi_setup(py_vm_t *vm, machine_spi_t *s, py_val_t *a) {
    if (a[8] != PY_NULL) { // pins=(SCK, MOSI, MISO)
        py_val_t t = a[8];
        if (!py_is_obj(t) || py_len(vm, t) != 3) py_raise_value_error(vm, "pins must be (sck, mosi, miso)");
        for (int k = 0; k < 3; k++) a[5 + k] = py_getitem(vm, t, py_small(k));
    }
    settings(vm, s, a, s->id < 0 ? 500000 : 1000000);
    if (s->id < 0) {
        py_machine_softspi_setup(vm, s, a);
        s->ready = true;
        return;
    }
    static const char *const roles[3] = {"sck", "mosi", "miso"};
    int pins[3];
    for (int k = 0; k < 3; k++)
        pins[k] = a[5 + k] == PY_NULL ? -1 : py_machine_spi_pin(vm, a[5 + k], roles[k]);
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    if (!hal->spi_open) py_hal_raise(vm, -EOPNOTSUPP, "SPI");
    py_hal_access(vm);
    char what[48];
    snprintf(what, sizeof what, "SPI(%d)", s->id);
    if (s->bits != 8) py_raise_value_error(vm, "%s: only bits=8 is supported", what);
    int r = hal->spi_open(b, s->id, pins[0], pins[1], pins[2], s->baud,
                          s->polarity << 1 | s->phase, s->bits, s->firstbit);
    if (r == -EINVAL) py_raise_value_error(vm, "%s: bad pin or setting for this bus", what);
    if (r == -EBUSY) py_raise_value_error(vm, "%s: a pin is in use by another peripheral", what);
    if (r < 0) py_hal_raise(vm, r, what);
    s->baud = (uint32_t)r;
    for (int k = 0; k < 3; k++) {
        char role[16];
        snprintf(role, sizeof role, "spi%d", s->id);
        (&s->sck)[k] = pins[k] >= 0 ? pins[k] : hal->bus_pin(b, role, roles[k]);
    }
    s->ready = true;
}

// SPI(id, baudrate=1000000, *, polarity=0, phase=0, bits=8, firstbit=MSB, sck, mosi, miso):
// as on rp2, the bus is initialised at once (with its defaults when only id is given).
static py_val_t spi_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    if (nargs < 1 || nargs > 2) py_raise_type_error(vm, "SPI() takes an id and a baudrate");
    int64_t id = py_to_int64(vm, args[0]);
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    char bus[24];
    snprintf(bus, sizeof bus, "spi%lld", (long long)id);
    if (id < 0 || id > 7 || !hal->bus_pin || hal->bus_pin(b, bus, NULL) < 0)
        py_raise_value_error(vm, "SPI(%d) doesn't exist", (int)id);
    machine_spi_t *s = py_gc_new(vm, type, py_type_instance_size(vm, type, 0));
    s->id = (int)id, s->bits = 8, s->sck = s->mosi = s->miso = -1;
    py_val_t self = py_from_obj(s), a[9] = {0};
    py_builtins_kwargs(vm, "SPI", nargs - 1, args + 1, kwnames, py_machine_spi_kw, a);
    if (nargs > 1) a[0] = args[1];
    py_machine_spi_setup(vm, s, a);
    return self;
}

static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t a[9] = {0};
    py_builtins_kwargs(vm, "init", nargs - 1, args + 1, kwnames, py_machine_spi_kw, a);
    if (nargs > 2) py_raise_type_error(vm, "init() takes 1 positional argument");
    if (nargs > 1) a[0] = args[1];
    py_machine_spi_setup(vm, spi_ptr(args[0]), a);
    return PY_NONE;
}

static py_val_t m_deinit(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    machine_spi_t *s = spi_ptr(args[0]);
    if (s->ready && s->id >= 0) {
        void *b;
        const py_hal_t *hal = py_machine_board(vm, &b);
        hal->spi_close(b, s->id);
    }
    s->ready = false;
    return PY_NONE;
}

// ---- transfers ------------------------------------------------------------------------------

// Runs one transfer between GC-owned scratch buffers: handlers may run during a SoftSPI
// transfer, so the caller's buffers are copied in before and out after.
static void xfer(py_vm_t *vm, machine_spi_t *s, py_bytes_t *tx, py_bytes_t *rx, size_t len,
                 uint8_t fill) {
    if (!s->ready) {
        if (s->id < 0) py_raise_value_error(vm, "SoftSPI is deinitialised");
        py_raise_value_error(vm, "SPI(%d) is deinitialised", s->id);
    }
    if (s->id < 0) {
        // Handlers run during the transfer and may collect: the buffers stay reachable
        // from this frame by their object pointers, not only by interior ones.
        py_bytes_t *volatile keep[2] = {tx, rx};
        py_machine_softspi_transfer(vm, s, tx ? tx->data : NULL, rx ? rx->data : NULL, len, fill);
        (void)keep[0];
        return;
    }
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    int r = hal->spi_transfer(b, s->id, tx ? tx->data : NULL, rx ? rx->data : NULL, len, fill);
    if (r < 0) {
        char what[16];
        snprintf(what, sizeof what, "SPI(%d)", s->id);
        py_hal_raise(vm, r, what);
    }
    py_hal_access(vm);
}

static py_bytes_t *copy_of(py_vm_t *vm, py_val_t buf) {
    py_buffer_t v;
    py_buffer_require(vm, buf, &v, false);
    size_t n = v.len * (v.itemsize ? v.itemsize : 1);
    py_bytes_t *c = py_bytes_alloc(vm, n);
    py_buffer_require(vm, buf, &v, false); // the allocation may have moved it
    memcpy(c->data, v.data, n);
    return c;
}

static size_t writable_len(py_vm_t *vm, py_val_t buf) {
    py_buffer_t v;
    py_buffer_require(vm, buf, &v, true);
    return v.len * (v.itemsize ? v.itemsize : 1);
}

static void copy_back(py_vm_t *vm, py_val_t buf, const py_bytes_t *c, size_t n) {
    py_buffer_t v;
    py_buffer_require(vm, buf, &v, true);
    size_t len = v.len * (v.itemsize ? v.itemsize : 1);
    memcpy(v.data, c->data, n < len ? n : len);
}

static uint8_t fill_arg(py_vm_t *vm, size_t nargs, const py_val_t *args, size_t at) {
    return nargs > at ? (uint8_t)py_to_int64(vm, args[at]) : 0;
}

// read(nbytes, write=0x00) -> bytes
static py_val_t m_read(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    int64_t n = py_to_int64(vm, args[1]);
    if (n < 0) py_raise_value_error(vm, "negative read length");
    py_bytes_t *rx = py_bytes_alloc(vm, (size_t)n);
    xfer(vm, spi_ptr(args[0]), NULL, rx, (size_t)n, fill_arg(vm, nargs, args, 2));
    return py_from_obj(&rx->base);
}

// readinto(buf, write=0x00)
static py_val_t m_readinto(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    size_t n = writable_len(vm, args[1]);
    py_bytes_t *rx = py_bytes_alloc(vm, n);
    xfer(vm, spi_ptr(args[0]), NULL, rx, n, fill_arg(vm, nargs, args, 2));
    copy_back(vm, args[1], rx, n);
    return PY_NONE;
}

static py_val_t m_write(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_bytes_t *tx = copy_of(vm, args[1]);
    xfer(vm, spi_ptr(args[0]), tx, NULL, tx->len, 0);
    return PY_NONE;
}

// write_readinto(write_buf, read_buf): the same length; they may be the same object.
static py_val_t m_write_readinto(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_bytes_t *tx = copy_of(vm, args[1]);
    size_t n = writable_len(vm, args[2]);
    if (n != tx->len) py_raise_value_error(vm, "buffers must be the same length");
    py_bytes_t *rx = py_bytes_alloc(vm, n);
    xfer(vm, spi_ptr(args[0]), tx, rx, n, 0);
    copy_back(vm, args[2], rx, n);
    return PY_NONE;
}

static py_val_t spi_repr(py_vm_t *vm, py_val_t self) {
    machine_spi_t *s = spi_ptr(self);
    char buf[200], head[24] = "SoftSPI(";
    if (s->id >= 0) snprintf(head, sizeof head, "SPI(%d, ", s->id);
    snprintf(buf, sizeof buf, "%sbaudrate=%u, polarity=%d, phase=%d, bits=%d, firstbit=%s, "
             "sck=%d, mosi=%d, miso=%d)", head, (unsigned)s->baud, s->polarity, s->phase,
             s->bits, s->firstbit ? "LSB" : "MSB", s->sck, s->mosi, s->miso);
    return py_str_from_c(vm, buf);
}

static const py_method_def_t spi_methods[] = {
    {"init", m_init, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"deinit", m_deinit, 1, 1, 0},
    {"read", m_read, 2, 3, 0},
    {"readinto", m_readinto, 2, 3, 0},
    {"write", m_write, 2, 2, 0},
    {"write_readinto", m_write_readinto, 3, 3, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t spi_spec = {
    .name = "SPI",
    .base = PY_T_object,
    .basicsize = sizeof(machine_spi_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.make_new = spi_make_new, .repr = spi_repr},
    .methods = spi_methods,
};

static void softspi_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark_array(vm, ((machine_spi_t *)o)->pin_objs, 3);
}

// SoftSPI: the same object and methods; its constructor and init take pins to bit-bang.
static const py_type_spec_t softspi_spec = {
    .name = "SoftSPI",
    .base = PY_T_object,
    .basicsize = sizeof(machine_spi_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.make_new = py_machine_softspi_make_new, .repr = spi_repr, .mark = softspi_mark},
    .methods = spi_methods,
};

static void constants(py_vm_t *vm, py_type_t *t) {
    py_dict_set(vm, t->dict, py_str_intern_c(vm, "MSB"), py_small(MSB));
    py_dict_set(vm, t->dict, py_str_intern_c(vm, "LSB"), py_small(LSB));
}

void py_machine_spi_init(py_vm_t *vm, py_val_t module) {
    constants(vm, py_modkit_type_new(vm, module, "SPI", &spi_spec, "machine"));
    constants(vm, py_modkit_type_new(vm, module, "SoftSPI", &softspi_spec, "machine"));
}
