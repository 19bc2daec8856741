// mods/math_mod.h: what the files of the math module (math.c, math_int.c,
// math_sum.c) share: CPython's argument checks and error raisers. Not named
// math.h, which -Imods would let hide <math.h>. Layer: library modules.
// SPDX-License-Identifier: MIT

#ifndef PY_MATH_MOD_H
#define PY_MATH_MOD_H

#include "obj.h"
#include "vm.h"

// Checks a one-argument function's call as CPython's METH_O functions do:
// TypeError "math.sqrt() takes exactly one argument (2 given)" or "math.sqrt()
// takes no keyword arguments". [name] is qualified ("math.sqrt"); the count
// errors of py_math_arity name the function alone, as CPython's do. May raise.
void py_math_arity_one(py_vm_t *vm, const char *name, size_t nargs, py_val_t kwnames);
// Checks [min] <= nargs <= [max] with the wording of CPython's Argument Clinic
// ("atan2 expected 2 arguments, got 3", "perm expected at most 2 arguments,
// got 3") and refuses keywords ("math.atan2() takes no keyword arguments").
// May raise.
void py_math_arity(py_vm_t *vm, const char *name, size_t nargs, py_val_t kwnames, size_t min,
                   size_t max);
// Refuses keywords for a function of any number of positional arguments. May raise.
void py_math_no_kw(py_vm_t *vm, const char *name, py_val_t kwnames);

// ValueError "math domain error" and OverflowError "math range error", the
// two errors CPython's math and cmath raise for bad arguments and results.
_Noreturn void py_math_domain_error(py_vm_t *vm);
_Noreturn void py_math_range_error(py_vm_t *vm);

// The number of bits of the int [v]'s magnitude (int.bit_length()). May
// allocate (for bigints); does not raise for an int.
uint64_t py_math_int_bit_length(py_vm_t *vm, py_val_t v);
// frexp of a positive int of any size: returns m in [0.5, 1) and sets *e so
// that v == m * 2**e, with m correctly rounded to 53 bits. May allocate.
double py_math_int_frexp(py_vm_t *vm, py_val_t v, int64_t *e);

// The integer functions (math_int.c) and the summing ones (math_sum.c), in
// the C-function convention of obj.h; each raises CPython's errors.
py_val_t py_math_int_gcd(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw);
py_val_t py_math_int_lcm(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw);
py_val_t py_math_int_factorial(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw);
py_val_t py_math_int_comb(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw);
py_val_t py_math_int_perm(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw);
py_val_t py_math_int_isqrt(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw);
py_val_t py_math_sum_fsum(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw);
py_val_t py_math_sum_prod(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw);
py_val_t py_math_sum_hypot(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw);
py_val_t py_math_sum_dist(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw);

// isclose()'s arguments, as CPython's math and cmath parse them: a and b
// into [ab], rel_tol and abs_tol (checked non-negative). Raises TypeError or
// ValueError; may allocate.
void py_math_isclose_args(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw,
                          py_val_t ab[2], double *rel, double *abs_tol);

#endif
