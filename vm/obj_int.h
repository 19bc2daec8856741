// vm/obj_int.h: int: small ints in the value word, bigints on the heap.
// Layer: vm core (types). The digit arithmetic itself is in vm/mpn.h.
// SPDX-License-Identifier: MIT
//
// An int value is a small int whenever it fits (py_int_fits_small), and a
// py_bigint_t only when it does not: every function returns the normalised
// form, so two equal ints are either both small or both big. bool is an
// int: every function taking an int accepts True and False.

#ifndef PY_OBJ_INT_H
#define PY_OBJ_INT_H

#include "obj.h"
#include "vm.h"

// An int from a C integer: small when it fits, else a bigint. May allocate.
py_val_t py_int_from_i64(py_vm_t *vm, int64_t i);
py_val_t py_int_from_u64(py_vm_t *vm, uint64_t u);
// int(d) for a finite double (truncates); raises OverflowError for inf,
// ValueError for nan.
py_val_t py_int_from_double(py_vm_t *vm, double d);
// Parses [len] bytes of [s] as int(s, base): base 0 honours 0x/0o/0b
// prefixes; underscores between digits and surrounding whitespace allowed.
// Raises ValueError ("invalid literal for int() with base 10: 'x'").
// Converts in better than quadratic time for long inputs.
py_val_t py_int_parse(py_vm_t *vm, const char *s, size_t len, int base);
// As py_int_parse for a valid [base], but returns PY_NULL for a malformed
// literal instead of raising. May allocate.
py_val_t py_int_try_parse(py_vm_t *vm, const char *s, size_t len, int base);
// str(v) in [base] 2, 8, 10 or 16 without prefix (negative sign kept).
// Decimal conversion of huge values is subquadratic (divide and conquer).
py_val_t py_int_to_str(py_vm_t *vm, py_val_t v, int base);
// True and stores the value when the int [v] fits in an int64_t.
bool py_int_to_i64(py_val_t v, int64_t *out);
// The int's value as a double, correctly rounded; OverflowError if too big
// ("int too large to convert to float").
double py_int_to_double(py_vm_t *vm, py_val_t v);
// -1, 0 or 1.
int py_int_sign(py_val_t v);
// a <op> b for two ints (or bools): the int operators of py_binary. True
// division returns a float. Raises ZeroDivisionError ("integer division or
// modulo by zero", "division by zero").
py_val_t py_int_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b);
// Compares two ints: -1, 0, 1.
int py_int_cmp(py_val_t a, py_val_t b);
// hash(int) as CPython: value modulo 2**PY_HASH_BITS - 1, -1 becomes -2.
py_hash_t py_int_hash(py_val_t v);
// pow(a, b, m) for ints; negative exponents need an invertible a mod m.
py_val_t py_int_pow_mod(py_vm_t *vm, py_val_t a, py_val_t b, py_val_t m);

extern const py_type_spec_t py_int_spec;
extern const py_type_spec_t py_bool_spec;

#endif
