// mods/machine_i2c.c: machine.I2C (hardware controllers through the HAL's i2c_* calls)
// and machine.SoftI2C (bit-banged, mods/machine_softi2c.c): construction, scan and the
// bus and memory operations both share. Layer: library modules (front end of mods/hal.h).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "machine_i2c.h"
#include "modkit.h"
#include "obj_bytes.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

static machine_i2c_t *i2c_ptr(py_val_t v) { return (machine_i2c_t *)py_obj(v); }

static void i2c_mark(py_vm_t *vm, py_obj_t *o) {
    machine_i2c_t *i = (machine_i2c_t *)o;
    py_gc_mark(vm, i->scl);
    py_gc_mark(vm, i->sda);
}

static const char *kind(const machine_i2c_t *i) { return i->id < 0 ? "SoftI2C" : "I2C"; }

_Noreturn void py_machine_i2c_raise(py_vm_t *vm, machine_i2c_t *self, int err, int addr) {
    const char *name = err == -ENODEV ? "ENODEV" : err == -EIO ? "EIO"
                     : err == -ETIMEDOUT ? "ETIMEDOUT" : NULL;
    if (!name || (addr < 0 && err != -ETIMEDOUT)) py_hal_raise(vm, err, kind(self));
    char msg[96];
    if (err == -ETIMEDOUT)
        snprintf(msg, sizeof msg, "ETIMEDOUT: %s bus held low (scl=%d, sda=%d)", kind(self),
                 self->scl_n, self->sda_n);
    else
        snprintf(msg, sizeof msg, "%s: no device at I2C address 0x%02x", name, addr);
    py_val_t args[2] = {py_small(-err), py_str_from_c(vm, msg)};
    py_raise(vm, py_call(vm, py_from_obj(vm->exc_types[PY_EXC_OSError]), 2, args, PY_NULL));
}

// ---- set-up ---------------------------------------------------------------------------------

// A Pin object for a pin argument (a Pin, or an id Pin() takes).
static py_val_t pin_arg(py_vm_t *vm, py_val_t v) {
    return py_machine_pin_check(vm, v) ? v : py_machine_pin_make(vm, 1, &v, PY_NULL);
}

static int pin_number(py_val_t pin) { return ((machine_pin_t *)py_obj(pin))->number; }

static void open_hw(py_vm_t *vm, machine_i2c_t *self) {
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    if (!hal->i2c_open) py_hal_raise(vm, -EOPNOTSUPP, "I2C");
    py_hal_access(vm);
    int r = hal->i2c_open(b, self->id, self->scl_n, self->sda_n, self->freq);
    if (r == -ENOENT) py_raise_value_error(vm, "I2C(%d) doesn't exist", self->id);
    if (r == -EINVAL)
        py_raise_value_error(vm, "bad SCL or SDA pin for I2C(%d): scl=%d, sda=%d", self->id,
                             self->scl_n, self->sda_n);
    if (r == -EBUSY)
        py_raise_value_error(vm, "I2C(%d): pin %d or %d is in use", self->id, self->scl_n,
                             self->sda_n);
    if (r < 0) py_hal_raise(vm, r, "I2C");
    self->open = true;
}

static const char *const init_kw[] = {"scl", "sda", "freq", "timeout", NULL};

// init(scl, sda, *, freq=400000, timeout=50000): [args] after self (or after
// the id for I2C's constructor); a hardware I2C may take its pins by keyword only.
static void setup(py_vm_t *vm, machine_i2c_t *self, size_t nargs, const py_val_t *args,
                  py_val_t kwnames) {
    py_val_t a[4] = {0};
    py_builtins_kwargs(vm, "init", nargs, args, kwnames, init_kw, a);
    if (nargs > 2) py_raise_type_error(vm, "function takes at most 2 positional arguments");
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    // On Linux the kernel owns a bus's pins: I2C(1) alone is the whole story there.
    bool kernel_pins = false;
    if (self->id >= 0 && a[0] == PY_NULL && a[1] == PY_NULL) {
        void *b;
        const char *name = py_machine_board(vm, &b)->name;
        kernel_pins = name && strcmp(name, "linux") == 0;
    }
    if ((a[0] == PY_NULL || a[1] == PY_NULL) && !kernel_pins)
        py_raise_type_error(vm, "%s needs scl and sda pins", kind(self));
    int64_t freq = a[2] == PY_NULL ? 400000 : py_to_int64(vm, a[2]);
    int64_t timeout = a[3] == PY_NULL ? 50000 : py_to_int64(vm, a[3]);
    if (freq <= 0 || freq > 5000000) py_raise_value_error(vm, "invalid I2C freq %d", (int)freq);
    if (timeout < 0 || timeout > 0x7fffffff) py_raise_value_error(vm, "invalid timeout");
    if (self->open && self->id >= 0) {
        void *b;
        py_machine_board(vm, &b)->i2c_close(b, self->id);
        self->open = false;
    }
    if (kernel_pins) {
        self->scl = self->sda = PY_NONE;
        self->scl_n = self->sda_n = -1;
    } else {
        self->scl = pin_arg(vm, a[0]);
        self->sda = pin_arg(vm, a[1]);
        self->scl_n = pin_number(self->scl), self->sda_n = pin_number(self->sda);
    }
    self->freq = (uint32_t)freq, self->timeout_us = (uint32_t)timeout;
    if (self->id >= 0) {
        open_hw(vm, self);
    } else {
        py_machine_softi2c_setup(vm, self);
        self->open = true;
    }
}

static machine_i2c_t *new_obj(py_vm_t *vm, py_type_t *type, int id) {
    machine_i2c_t *i = py_gc_new(vm, type, py_type_instance_size(vm, type, 0));
    i->id = id, i->scl = i->sda = PY_NONE;
    return i;
}

// I2C(id, *, scl, sda, freq=400000, timeout=50000)
static py_val_t i2c_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    if (nargs != 1) py_raise_type_error(vm, "I2C() takes the bus id and keyword arguments");
    int64_t id = py_to_int64(vm, args[0]);
    if (id < 0 || id > 15) py_raise_value_error(vm, "I2C(%d) doesn't exist", (int)id);
    machine_i2c_t *i = new_obj(vm, type, (int)id);
    py_val_t self = py_from_obj(i);
    setup(vm, i, 0, args + 1, kwnames);
    return self;
}

// SoftI2C(scl, sda, *, freq=400000, timeout=50000)
static py_val_t soft_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    machine_i2c_t *i = new_obj(vm, type, -1);
    py_val_t self = py_from_obj(i);
    setup(vm, i, nargs, args, kwnames);
    return self;
}

static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    setup(vm, i2c_ptr(args[0]), nargs - 1, args + 1, kwnames);
    return PY_NONE;
}

static py_val_t m_deinit(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    machine_i2c_t *i = i2c_ptr(args[0]);
    if (i->open && i->id >= 0) {
        void *b;
        py_machine_board(vm, &b)->i2c_close(b, i->id);
    }
    i->open = false;
    return PY_NONE;
}

static py_val_t i2c_repr(py_vm_t *vm, py_val_t self) {
    machine_i2c_t *i = i2c_ptr(self);
    char buf[128];
    if (i->id >= 0)
        snprintf(buf, sizeof buf, "I2C(%d, freq=%u, scl=%d, sda=%d, timeout=%u)", i->id,
                 (unsigned)i->freq, i->scl_n, i->sda_n, (unsigned)i->timeout_us);
    else
        snprintf(buf, sizeof buf, "SoftI2C(scl=%d, sda=%d, freq=%u, timeout=%u)", i->scl_n,
                 i->sda_n, (unsigned)i->freq, (unsigned)i->timeout_us);
    return py_str_from_c(vm, buf);
}

// ---- transfers ----------------------------------------------------------------------------

// Charges the board access (due handlers run now, before any buffer pointer is
// taken) and checks the bus is set up.
static void ready(py_vm_t *vm, machine_i2c_t *self) {
    if (!self->open) py_raise_value_error(vm, "%s is deinitialised", kind(self));
    py_hal_access(vm);
}

// One transfer; runs no Python code. Returns what py_hal_t.i2c_transfer does.
static int xfer(py_vm_t *vm, machine_i2c_t *self, int addr, py_hal_i2c_seg_t *segs, size_t n,
                bool stop) {
    if (self->id < 0) return py_machine_softi2c_transfer(vm, self, (uint16_t)addr, segs, n, stop);
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    return hal->i2c_transfer(b, self->id, (uint16_t)addr, segs, n, stop);
}

static int addr_arg(py_vm_t *vm, py_val_t v) {
    int64_t a = py_to_int64(vm, v);
    if (a < 0 || a > 0x7f) py_raise_value_error(vm, "invalid I2C address %d", (int)a);
    return (int)a;
}

static bool stop_arg(py_vm_t *vm, size_t nargs, const py_val_t *args, size_t at) {
    return nargs <= at || py_truthy(vm, args[at]);
}

// scan(): probes 0x08..0x77 (address, write bit, STOP); the addresses that ACK.
static py_val_t m_scan(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    machine_i2c_t *self = i2c_ptr(args[0]);
    py_val_t found = py_list_new(vm, 0, NULL);
    for (int a = 0x08; a <= 0x77; a++) {
        ready(vm, self);
        int r = xfer(vm, self, a, NULL, 0, true);
        if (r == -ETIMEDOUT) py_machine_i2c_raise(vm, self, r, a);
        if (r >= 0) py_list_append(vm, found, py_small(a));
    }
    return found;
}

// Reads [len] bytes into the buffer [dst] (bytes just made or a writable buffer).
static void read_into(py_vm_t *vm, machine_i2c_t *self, int addr, const uint8_t *mem,
                      size_t mem_len, py_val_t dst, bool stop) {
    ready(vm, self);
    py_buffer_t view;
    py_buffer_require(vm, dst, &view, !py_is_bytes(vm, dst));
    py_hal_i2c_seg_t segs[2] = {{(uint8_t *)mem, mem_len, false}, {view.data, view.len, true}};
    int r = mem_len ? xfer(vm, self, addr, segs, 2, stop) : xfer(vm, self, addr, segs + 1, 1, stop);
    if (r < 0) py_machine_i2c_raise(vm, self, r, addr);
}

// readfrom(addr, nbytes, stop=True, /) -> bytes
static py_val_t m_readfrom(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    int addr = addr_arg(vm, args[1]);
    int64_t n = py_to_int64(vm, args[2]);
    if (n < 0) py_raise_value_error(vm, "negative count");
    py_val_t out = py_from_obj(py_bytes_alloc(vm, (size_t)n));
    read_into(vm, i2c_ptr(args[0]), addr, NULL, 0, out, stop_arg(vm, nargs, args, 3));
    return out;
}

// readfrom_into(addr, buf, stop=True, /)
static py_val_t m_readfrom_into(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    read_into(vm, i2c_ptr(args[0]), addr_arg(vm, args[1]), NULL, 0, args[2],
              stop_arg(vm, nargs, args, 3));
    return PY_NONE;
}

// writeto(addr, buf, stop=True, /) -> the number of data bytes ACKed
static py_val_t m_writeto(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    machine_i2c_t *self = i2c_ptr(args[0]);
    int addr = addr_arg(vm, args[1]);
    ready(vm, self);
    py_buffer_t view;
    py_buffer_require(vm, args[2], &view, false);
    py_hal_i2c_seg_t seg = {view.data, view.len, false};
    int r = xfer(vm, self, addr, &seg, 1, stop_arg(vm, nargs, args, 3));
    if (r < 0) py_machine_i2c_raise(vm, self, r, addr);
    return py_small(r);
}

// writevto(addr, vector, stop=True, /): the address once, then each buffer.
static py_val_t m_writevto(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    machine_i2c_t *self = i2c_ptr(args[0]);
    int addr = addr_arg(vm, args[1]);
    bool stop = stop_arg(vm, nargs, args, 3);
    py_val_t bufs = py_list_new(vm, 0, NULL), it = py_iter(vm, args[2]), v;
    while ((v = py_next(vm, it)) != PY_NULL) py_list_append(vm, bufs, v);
    ready(vm, self);
    py_list_t *l = py_list_ptr(bufs);
    py_buffer_t view;
    for (size_t i = 0; i < l->len; i++) py_buffer_require(vm, l->items[i], &view, false);
    // From here on nothing allocates on the heap or runs Python: the views stay valid.
    py_hal_i2c_seg_t *segs = malloc((l->len ? l->len : 1) * sizeof *segs);
    if (!segs) py_raise_memory_error(vm);
    for (size_t i = 0; i < l->len; i++) {
        py_buffer_get(vm, l->items[i], &view, false);
        segs[i] = (py_hal_i2c_seg_t){view.data, view.len, false};
    }
    py_hal_i2c_seg_t empty = {NULL, 0, false};
    int r = xfer(vm, self, addr, l->len ? segs : &empty, l->len ? l->len : 1, stop);
    free(segs);
    if (r < 0) py_machine_i2c_raise(vm, self, r, addr);
    return py_small(r);
}

// ---- memory operations ------------------------------------------------------------------------

static const char *const mem_kw[] = {"addrsize", NULL};

// memaddr as addrsize/8 bytes, MSB first, into mem; returns the byte count.
static size_t mem_addr(py_vm_t *vm, py_val_t memaddr, size_t nargs, const py_val_t *args,
                       py_val_t kwnames, uint8_t mem[4]) {
    py_val_t a = PY_NULL;
    py_builtins_kwargs(vm, "readfrom_mem", nargs, args, kwnames, mem_kw, &a);
    int64_t size = a == PY_NULL ? 8 : py_to_int64(vm, a);
    if (size < 8 || size > 32 || size % 8) py_raise_value_error(vm, "invalid addrsize");
    uint64_t m = (uint64_t)py_to_int64(vm, memaddr);
    size_t n = (size_t)size / 8;
    for (size_t i = 0; i < n; i++) mem[i] = (uint8_t)(m >> (8 * (n - 1 - i)));
    return n;
}

// readfrom_mem(addr, memaddr, nbytes, *, addrsize=8) -> bytes: memaddr is written
// without a STOP, then a repeated START reads.
static py_val_t m_readfrom_mem(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    uint8_t mem[4];
    size_t mlen = mem_addr(vm, args[2], nargs, args, kwnames, mem);
    int addr = addr_arg(vm, args[1]);
    int64_t n = py_to_int64(vm, args[3]);
    if (n < 0) py_raise_value_error(vm, "negative count");
    py_val_t out = py_from_obj(py_bytes_alloc(vm, (size_t)n));
    read_into(vm, i2c_ptr(args[0]), addr, mem, mlen, out, true);
    return out;
}

// readfrom_mem_into(addr, memaddr, buf, *, addrsize=8)
static py_val_t m_readfrom_mem_into(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                    py_val_t kwnames) {
    uint8_t mem[4];
    size_t mlen = mem_addr(vm, args[2], nargs, args, kwnames, mem);
    read_into(vm, i2c_ptr(args[0]), addr_arg(vm, args[1]), mem, mlen, args[3], true);
    return PY_NONE;
}

// writeto_mem(addr, memaddr, buf, *, addrsize=8): memaddr and data in one write, STOP.
static py_val_t m_writeto_mem(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    machine_i2c_t *self = i2c_ptr(args[0]);
    uint8_t mem[4];
    size_t mlen = mem_addr(vm, args[2], nargs, args, kwnames, mem);
    int addr = addr_arg(vm, args[1]);
    ready(vm, self);
    py_buffer_t view;
    py_buffer_require(vm, args[3], &view, false);
    py_hal_i2c_seg_t segs[2] = {{mem, mlen, false}, {view.data, view.len, false}};
    int r = xfer(vm, self, addr, segs, 2, true);
    if (r < 0) py_machine_i2c_raise(vm, self, r, addr);
    return PY_NONE;
}

// ---- the types ----------------------------------------------------------------------------------

#define BUS_METHODS                                                                   \
    {"init", m_init, 1, 3, PY_METH_KEYWORDS},                                         \
    {"deinit", m_deinit, 1, 1, 0},                                                    \
    {"scan", m_scan, 1, 1, 0},                                                        \
    {"readfrom", m_readfrom, 3, 4, 0},                                                \
    {"readfrom_into", m_readfrom_into, 3, 4, 0},                                      \
    {"writeto", m_writeto, 3, 4, 0},                                                  \
    {"writevto", m_writevto, 3, 4, 0},                                                \
    {"readfrom_mem", m_readfrom_mem, 4, 4, PY_METH_KEYWORDS},                         \
    {"readfrom_mem_into", m_readfrom_mem_into, 4, 4, PY_METH_KEYWORDS},               \
    {"writeto_mem", m_writeto_mem, 4, 4, PY_METH_KEYWORDS}

static const py_method_def_t i2c_methods[] = {
    BUS_METHODS,
    {NULL, NULL, 0, 0, 0},
};

static const py_method_def_t soft_methods[] = {
    BUS_METHODS,
    {"start", py_machine_softi2c_start, 1, 1, 0},
    {"stop", py_machine_softi2c_stop, 1, 1, 0},
    {"readinto", py_machine_softi2c_readinto, 2, 3, 0},
    {"write", py_machine_softi2c_write, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t i2c_spec = {
    .name = "I2C",
    .base = PY_T_object,
    .basicsize = sizeof(machine_i2c_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.mark = i2c_mark, .make_new = i2c_make_new, .repr = i2c_repr},
    .methods = i2c_methods,
};

static const py_type_spec_t soft_spec = {
    .name = "SoftI2C",
    .base = PY_T_object,
    .basicsize = sizeof(machine_i2c_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.mark = i2c_mark, .make_new = soft_make_new, .repr = i2c_repr},
    .methods = soft_methods,
};

void py_machine_i2c_init(py_vm_t *vm, py_val_t module) {
    py_modkit_type_new(vm, module, "I2C", &i2c_spec, "machine");
    py_modkit_type_new(vm, module, "SoftI2C", &soft_spec, "machine");
}
