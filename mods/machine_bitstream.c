// mods/machine_bitstream.c: machine.bitstream(pin, encoding, timing, data), the
// timed high/low stream WS2812 LEDs take (extmod/machine_bitstream.c's encoding 0).
// Layer: library modules (front end of mods/hal.h).
// SPDX-License-Identifier: MIT

#include <errno.h>

#include "except.h"
#include "machine_analog.h"
#include "obj_tuple.h"
#include "runtime.h"

py_val_t py_machine_bitstream(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    int pin = py_machine_pin_number(vm, args[0]);
    if (py_to_int64(vm, args[1]) != 0) py_raise_value_error(vm, "bitstream: unknown encoding %R", args[1]);
    py_tuple_t *t = py_tuple_ptr(py_tuple_from_iter(vm, args[2]));
    if (t->len != 4) py_raise_value_error(vm, "bitstream: timing needs 4 values (high0, low0, high1, low1)");
    uint32_t timing[4];
    for (int i = 0; i < 4; i++) {
        int64_t ns = py_to_int64(vm, t->items[i]);
        if (ns < 0 || ns > 1000000000) py_raise_value_error(vm, "bitstream: timing %R out of range", t->items[i]);
        timing[i] = (uint32_t)ns;
    }
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    if (!hal->bitstream) py_hal_raise(vm, -EOPNOTSUPP, "bitstream");
    py_buffer_t buf;
    py_buffer_require(vm, args[3], &buf, false);
    py_hal_access(vm);   // events due before the stream run first; may allocate
    py_buffer_require(vm, args[3], &buf, false);
    int r = hal->bitstream(b, pin, timing, buf.data, buf.len);
    char label[48];
    if (r == -EINVAL)
        py_raise_value_error(vm, "bitstream: %s is not an output", py_machine_pin_label(vm, pin, label, sizeof label));
    if (r < 0) py_hal_raise(vm, r, py_machine_pin_label(vm, pin, label, sizeof label));
    return PY_NONE;
}
