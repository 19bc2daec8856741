// vm/obj_float.h: float: IEEE doubles; repr is the shortest round-trip form.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_FLOAT_H
#define PY_OBJ_FLOAT_H

#include "obj.h"
#include "vm.h"

// A float value. May allocate (while floats are boxed).
py_val_t py_float_new(py_vm_t *vm, double d);
// Formats [d] as repr(d) does (CPython's shortest round-trip rules: "0.1",
// "1e+16", "1e-07", "inf", "nan", "-0.0") into [buf] of [size] >= 32 bytes;
// returns the length. Pure C: does not touch the VM.
size_t py_float_repr_buf(double d, char *buf, size_t size);
// Parses float(s): surrounding whitespace, underscores between digits,
// "inf", "-Infinity", "nan" in any case. Returns false on a bad literal.
bool py_float_parse(const char *s, size_t len, double *out);
// Formats [d] as float.hex() does ("0x1.8000000000000p+1", "-0x0.0p+0",
// "inf") into [buf] of [size] >= 32 bytes; returns the length. Pure C.
size_t py_float_hex_buf(double d, char *buf, size_t size);
// Parses float.fromhex(s) (optional sign, "0x", hex digits with one point,
// "p" exponent, surrounding ASCII whitespace, inf and nan) rounding half to
// even: 0 on success, -1 for a malformed literal, 1 when the value
// overflows a double. Pure C.
int py_float_hex_parse(const char *s, size_t len, double *out);
// a <op> b where both are numbers and at least one is a float. Raises
// ZeroDivisionError ("float division by zero", "float modulo", "float floor
// division by zero"), OverflowError for ** overflow.
py_val_t py_float_binary(py_vm_t *vm, py_binary_op_t op, double a, double b);
// hash(float) as CPython (equal to the int hash for integral values).
py_hash_t py_float_hash(double d);

extern const py_type_spec_t py_float_spec;

#endif
