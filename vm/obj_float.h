// vm/obj_float.h: float: IEEE doubles; repr is the shortest round-trip form.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_FLOAT_H
#define PY_OBJ_FLOAT_H

#include "obj.h"
#include "vm.h"

// [d] as a boxed float object, whatever its value. May allocate.
py_val_t py_float_box(py_vm_t *vm, double d);
// A float value: in the word when the encoding holds [d] (vm/obj.h), else
// boxed. May allocate (only when boxing).
static inline py_val_t py_float_new(py_vm_t *vm, double d) {
    py_val_t v;
    return py_float_try_tag(d, &v) ? v : py_float_box(vm, d);
}
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

// ---- fast paths, for the interpreter loop and the operator dispatchers ----------------

// [v]'s double when it is a float in the word or a small int, for the fast
// paths below: small ints convert as int + float does (round to nearest).
static inline bool py_float_quick_operand(py_val_t v, double *out) {
    if (py_is_tagged_float(v)) *out = py_tagged_float_val(v);
    else if (py_is_small(v)) *out = (double)py_small_val(v);
    else return false;
    return true;
}

// a op b (op a py_binary_op_t, PY_OP_INPLACE allowed) when one of [a] and [b]
// is a float in the word and the other is one too or a small int: such a
// pair is float's alone to compute, as in py_binary. Returns PY_NULL when
// the pair is not of that kind; then py_binary decides. May raise (division
// by zero, ** overflow) and may allocate (a result the word cannot hold).
static inline py_val_t py_float_binary_quick(py_vm_t *vm, uint32_t op, py_val_t a, py_val_t b) {
    double x, y;
    if (!(py_is_tagged_float(a) || py_is_tagged_float(b))) return PY_NULL;
    if (!py_float_quick_operand(a, &x) || !py_float_quick_operand(b, &y)) return PY_NULL;
    switch (op & ~(uint32_t)PY_OP_INPLACE) {
    case PY_OP_ADD: return py_float_new(vm, x + y);
    case PY_OP_SUB: return py_float_new(vm, x - y);
    case PY_OP_MUL: return py_float_new(vm, x * y);
    case PY_OP_TRUEDIV: case PY_OP_FLOORDIV: case PY_OP_MOD: case PY_OP_POW:
        return py_float_binary(vm, (py_binary_op_t)op, x, y);
    default: return PY_NULL;   // << & | ^ @ on a float: the TypeError is py_binary's
    }
}

// As py_float_quick_operand, but only for small ints a double holds exactly,
// so that comparing the doubles is comparing the numbers.
static inline bool py_float_exact_operand(py_val_t v, double *out) {
    const int64_t exact = (int64_t)1 << 53;
    if (py_is_small(v) && ((int64_t)py_small_val(v) > exact || (int64_t)py_small_val(v) < -exact))
        return false;
    return py_float_quick_operand(v, out);
}

// a op b (op a py_compare_op_t) as PY_TRUE or PY_FALSE when [a] and [b] are
// floats in the word, or one is and the other a small int that a double holds
// exactly (|i| <= 2^53); PY_NULL otherwise (then py_compare decides). A
// float in the word is never a NaN, so the C comparison is Python's. Never
// raises; does not allocate.
static inline py_val_t py_float_compare_quick(uint32_t op, py_val_t a, py_val_t b) {
    double x, y;
    if (!(py_is_tagged_float(a) || py_is_tagged_float(b))) return PY_NULL;
    if (!py_float_exact_operand(a, &x) || !py_float_exact_operand(b, &y)) return PY_NULL;
    switch (op) {
    case PY_CMP_OP_EQ: return py_bool(x == y);
    case PY_CMP_OP_NE: return py_bool(x != y);
    case PY_CMP_OP_LT: return py_bool(x < y);
    case PY_CMP_OP_LE: return py_bool(x <= y);
    case PY_CMP_OP_GT: return py_bool(x > y);
    default: return py_bool(x >= y);
    }
}

extern const py_type_spec_t py_float_spec;

#endif
