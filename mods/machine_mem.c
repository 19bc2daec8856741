// mods/machine_mem.c: machine.mem8, mem16 and mem32: words of the board's memory
// map read and written by address (the HAL's mem_read/mem_write). Layer: library modules.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdio.h>

#include "except.h"
#include "gc.h"
#include "machine.h"
#include "modkit.h"
#include "obj_int.h"
#include "obj_module.h"
#include "obj_str.h"
#include "runtime.h"

typedef struct mem {
    py_obj_t base;
    int width;   // bytes: 1, 2 or 4
} mem_t;

static int width_of(py_val_t self) { return ((mem_t *)py_obj(self))->width; }

static py_val_t mem_repr(py_vm_t *vm, py_val_t self) {
    char buf[32];
    snprintf(buf, sizeof buf, "<%d-bit memory>", width_of(self) * 8);
    return py_str_from_c(vm, buf);
}

// The address of an index: an int (slices and other types are TypeErrors,
// as upstream), aligned to the width.
static uint32_t address(py_vm_t *vm, py_val_t self, py_val_t key) {
    if (!py_is_int(vm, key)) py_raise_type_error(vm, "memory address must be an int, not %T", key);
    int64_t a = py_to_int64(vm, key);
    if (a < 0 || a > 0xffffffffLL) py_raise_value_error(vm, "address %R out of range", key);
    if (a % width_of(self)) {
        char hex[16];
        snprintf(hex, sizeof hex, "0x%08x", (unsigned)a);
        py_raise_value_error(vm, "address %s is not aligned to %d bytes", hex, width_of(self));
    }
    return (uint32_t)a;
}

_Noreturn static void mem_error(py_vm_t *vm, uint32_t addr, int err) {
    char what[40];
    snprintf(what, sizeof what, "address 0x%08x", (unsigned)addr);
    if (err == -EFAULT) py_raise_value_error(vm, "no memory at %s", what);
    py_hal_raise(vm, err, what);
}

// Reads are unsigned for mem8/mem16 and signed for mem32, as on a 32-bit board.
static py_val_t mem_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    uint32_t addr = address(vm, self, key), v = 0;
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    if (!hal->mem_read) py_hal_raise(vm, -EOPNOTSUPP, "memory");
    py_hal_access(vm);
    int r = hal->mem_read(b, addr, width_of(self), &v);
    if (r < 0) mem_error(vm, addr, r);
    return width_of(self) == 4 ? py_int_from_i64(vm, (int32_t)v) : py_small((py_int_t)v);
}

static void mem_setitem(py_vm_t *vm, py_val_t self, py_val_t key, py_val_t value) {
    if (value == PY_NULL) py_raise_type_error(vm, "'mem' object doesn't support item deletion");
    uint32_t addr = address(vm, self, key);
    uint32_t v = (uint32_t)py_to_int64(vm, value);
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    if (!hal->mem_write) py_hal_raise(vm, -EOPNOTSUPP, "memory");
    py_hal_access(vm);
    int r = hal->mem_write(b, addr, width_of(self), v);
    if (r < 0) mem_error(vm, addr, r);
}

static const py_type_spec_t mem_spec = {
    .name = "mem",
    .base = PY_T_object,
    .basicsize = sizeof(mem_t),
    .slots = {.repr = mem_repr, .getitem = mem_getitem, .setitem = mem_setitem},
};

void py_machine_mem_init(py_vm_t *vm, py_val_t module) {
    py_type_t *t = py_modkit_type_new(vm, PY_NULL, NULL, &mem_spec, "machine");
    static const char *const names[3] = {"mem8", "mem16", "mem32"};
    for (int i = 0; i < 3; i++) {
        mem_t *m = py_gc_new(vm, t, sizeof *m);
        m->width = 1 << i;
        py_module_set(vm, module, names[i], py_from_obj(m));
    }
}
