// mods/cmath.c: the cmath module (also `ucmath`): complex functions from C99's
// <complex.h>, whose branch cuts and special values follow C99 Annex G as
// CPython's do, with CPython's errors. Layer: library modules.
// SPDX-License-Identifier: MIT
//
// The errors are derived from the results, as CPython's tables imply them: a
// NaN part where no part of the argument is a NaN is a domain error (exp of
// an infinite imaginary part); an infinite part from a finite argument is a
// pole (log(0), atanh(1): domain error) or an overflow (exp, cosh...: range
// error), depending on the function.

#include <complex.h>
#include <math.h>

#include "builtins.h"
#include "except.h"
#include "math_mod.h"
#include "obj_complex.h"
#include "obj_float.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

typedef double complex cx_t;

// glibc defines CMPLX only for GCC >= 4.7, not for clang (the fuzz build):
// C11 lays a complex out as two doubles, so a union builds one exactly,
// infinities and NaNs included (x + y * I would not).
#ifndef CMPLX
static inline cx_t cx_make(double re, double im) {
    union {
        cx_t z;
        double part[2];
    } u = {.part = {re, im}};
    return u.z;
}
#define CMPLX(re, im) cx_make((re), (im))
#endif

// complex(v) as the functions take it: a complex (or subclass), an object
// with __complex__, or a real number (float(v)).
static cx_t to_complex(py_vm_t *vm, py_val_t v) {
    if (py_is_complex(vm, v)) return CMPLX(py_complex_ptr(v)->real, py_complex_ptr(v)->imag);
    py_val_t m = py_type_lookup(vm, py_type_of(vm, v), py_str_intern_c(vm, "__complex__"));
    if (m != PY_NULL) {
        py_val_t r = py_call1(vm, m, v);
        if (!py_is_complex(vm, r))
            py_raise_type_error(vm, "__complex__ returned non-complex (type %T)", r);
        return CMPLX(py_complex_ptr(r)->real, py_complex_ptr(r)->imag);
    }
    return CMPLX(py_to_double(vm, v), 0.0);
}

static py_val_t from_complex(py_vm_t *vm, cx_t z) { return py_complex_new(vm, creal(z), cimag(z)); }

static bool has_nan(cx_t z) { return isnan(creal(z)) || isnan(cimag(z)); }
static bool has_inf(cx_t z) { return isinf(creal(z)) || isinf(cimag(z)); }
static bool is_finite(cx_t z) { return isfinite(creal(z)) && isfinite(cimag(z)); }

// What an infinite result from a finite argument means for a function.
typedef enum { NEVER, POLE, OVERFLOW } inf_kind_t;

static py_val_t checked(py_vm_t *vm, cx_t z, cx_t r, inf_kind_t kind) {
    if (has_nan(r) && !has_nan(z)) py_math_domain_error(vm);
    if (kind != NEVER && has_inf(r) && is_finite(z)) {
        if (kind == OVERFLOW) py_math_range_error(vm);
        py_math_domain_error(vm);
    }
    return from_complex(vm, r);
}

// log10(z) as CPython: the natural logarithm with both parts divided by ln 10.
static cx_t clog10_(cx_t z) {
    cx_t r = clog(z);
    return CMPLX(creal(r) / M_LN10, cimag(r) / M_LN10);
}

// ---- CPython's choices among C99's unspecified signs -------------------------------------
// Annex G leaves some signs of zeros, infinities and NaN parts open; glibc and
// CPython's tables choose differently for a few non-finite arguments. These
// wrappers give CPython's results, and the circular functions are derived
// from the hyperbolic ones (sin z = -i sinh(iz)...) as CPython derives them.

// A NaN keeps a positive sign: glibc reads NaN signs where CPython's tables do not.
static double neg(double x) { return isnan(x) ? NAN : -x; }
static cx_t times_i(cx_t z) { return CMPLX(neg(cimag(z)), creal(z)); }
static cx_t times_minus_i(cx_t z) { return CMPLX(cimag(z), neg(creal(z))); }

static cx_t cexp_(cx_t z) {
    if (creal(z) == -INFINITY && !isfinite(cimag(z))) return CMPLX(0.0, 0.0);
    return cexp(z);
}

static cx_t ccosh_(cx_t z) {
    if (isnan(creal(z)) && cimag(z) == 0) return CMPLX(NAN, 0.0);
    return ccosh(z);
}

static cx_t csinh_(cx_t z) {
    if (creal(z) == 0 && isnan(cimag(z))) return CMPLX(0.0, NAN);
    return csinh(z);
}

static cx_t ctanh_(cx_t z) {
    if (creal(z) == 0 && isnan(cimag(z))) return CMPLX(NAN, NAN);
    if (isinf(creal(z)) && !isfinite(cimag(z))) return CMPLX(copysign(1.0, creal(z)), 0.0);
    return ctanh(z);
}

static cx_t cacos_(cx_t z) {
    if (isinf(creal(z)) && isnan(cimag(z))) return CMPLX(NAN, INFINITY);
    return cacos(z);
}

static cx_t cacosh_(cx_t z) {
    if (creal(z) == 0 && isnan(cimag(z))) return CMPLX(NAN, NAN);
    return cacosh(z);
}

static cx_t ccos_(cx_t z) { return ccosh_(times_i(z)); }
static cx_t csin_(cx_t z) { return times_minus_i(csinh_(times_i(z))); }
static cx_t ctan_(cx_t z) { return times_minus_i(ctanh_(times_i(z))); }
static cx_t casin_(cx_t z) { return times_minus_i(casinh(times_i(z))); }
static cx_t catan_(cx_t z) { return times_minus_i(catanh(times_i(z))); }

#define CFUNC(name, fn, kind)                                                              \
    static py_val_t cmath_##name(py_vm_t *vm, size_t nargs, const py_val_t *args,          \
                                 py_val_t kw) {                                            \
        py_math_arity_one(vm, "cmath." #name, nargs, kw);                                  \
        cx_t z = to_complex(vm, args[0]);                                                  \
        return checked(vm, z, fn(z), kind);                                                \
    }

CFUNC(sqrt, csqrt, NEVER)
CFUNC(exp, cexp_, OVERFLOW)
CFUNC(log10, clog10_, POLE)
CFUNC(cos, ccos_, OVERFLOW)
CFUNC(sin, csin_, OVERFLOW)
CFUNC(tan, ctan_, NEVER)
CFUNC(cosh, ccosh_, OVERFLOW)
CFUNC(sinh, csinh_, OVERFLOW)
CFUNC(tanh, ctanh_, NEVER)
CFUNC(acos, cacos_, NEVER)
CFUNC(asin, casin_, NEVER)
CFUNC(atan, catan_, POLE)
CFUNC(acosh, cacosh_, NEVER)
CFUNC(asinh, casinh, NEVER)
CFUNC(atanh, catanh, POLE)

// log(z[, base]): as CPython, only the base's logarithm and the division
// are checked when a base is given (log(0, 2) is (-inf+nanj)).
static py_val_t cmath_log(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity(vm, "cmath.log", nargs, kw, 1, 2);
    cx_t z = to_complex(vm, args[0]);
    if (nargs == 1) return checked(vm, z, clog(z), POLE);
    cx_t b = to_complex(vm, args[1]);
    cx_t lb = clog(b);
    if (creal(b) == 0 && cimag(b) == 0) py_math_domain_error(vm);
    if (creal(lb) == 0 && cimag(lb) == 0) py_math_domain_error(vm);
    return py_binary(vm, PY_OP_TRUEDIV, from_complex(vm, clog(z)), from_complex(vm, lb));
}

static py_val_t cmath_phase(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "cmath.phase", nargs, kw);
    cx_t z = to_complex(vm, args[0]);
    return py_float_new(vm, atan2(cimag(z), creal(z)));
}

// |z| as CPython's complex abs: an infinite part wins over a NaN one; an
// overflow of finite parts is a range error.
static double cabs_checked(py_vm_t *vm, cx_t z) {
    if (has_inf(z)) return INFINITY;
    if (has_nan(z)) return NAN;
    double r = hypot(creal(z), cimag(z));
    if (isinf(r)) py_math_range_error(vm);
    return r;
}

static py_val_t cmath_polar(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "cmath.polar", nargs, kw);
    cx_t z = to_complex(vm, args[0]);
    py_val_t items[2] = {py_float_new(vm, cabs_checked(vm, z)), PY_NULL};
    items[1] = py_float_new(vm, atan2(cimag(z), creal(z)));
    return py_tuple_new(vm, 2, items);
}

// rect(r, phi) = r * (cos(phi) + i sin(phi)). For non-finite arguments the
// result is the limit C99's cexp gives for r * exp(i phi); a nonzero r with
// an infinite phi is a domain error.
static py_val_t cmath_rect(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity(vm, "cmath.rect", nargs, kw, 2, 2);
    double r = py_to_double(vm, args[0]), phi = py_to_double(vm, args[1]);
    if (r != 0 && !isnan(r) && isinf(phi)) py_math_domain_error(vm);
    if (isfinite(r) && isfinite(phi)) {
        if (phi == 0) return py_complex_new(vm, r, r * phi);
        return py_complex_new(vm, r * cos(phi), r * sin(phi));
    }
    if (isinf(r) && isfinite(phi) && phi != 0) {
        double s = r > 0 ? 1.0 : -1.0;
        return py_complex_new(vm, s * copysign(INFINITY, cos(phi)), s * copysign(INFINITY, sin(phi)));
    }
    if (isinf(r) && phi == 0) return py_complex_new(vm, r, r > 0 ? phi : -phi);
    if (isnan(r) && phi == 0) return py_complex_new(vm, r, phi);
    if (r == 0 && !isnan(phi)) return py_complex_new(vm, 0.0, 0.0);
    if (r == 0) return py_complex_new(vm, 0.0, 0.0);
    if (isinf(r)) return py_complex_new(vm, INFINITY, NAN);
    return py_complex_new(vm, NAN, NAN);
}

static py_val_t cmath_isfinite(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "cmath.isfinite", nargs, kw);
    return py_bool(is_finite(to_complex(vm, args[0])));
}

static py_val_t cmath_isinf(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "cmath.isinf", nargs, kw);
    return py_bool(has_inf(to_complex(vm, args[0])));
}

static py_val_t cmath_isnan(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "cmath.isnan", nargs, kw);
    return py_bool(has_nan(to_complex(vm, args[0])));
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) on complex distances.
static py_val_t cmath_isclose(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_val_t a[2];
    double rel, abs_tol;
    py_math_isclose_args(vm, nargs, args, kw, a, &rel, &abs_tol);
    cx_t x = to_complex(vm, a[0]), y = to_complex(vm, a[1]);
    if (creal(x) == creal(y) && cimag(x) == cimag(y)) return PY_TRUE;
    if (has_inf(x) || has_inf(y)) return PY_FALSE;
    double diff = hypot(creal(y) - creal(x), cimag(y) - cimag(x));
    return py_bool(diff <= rel * cabs(y) || diff <= rel * cabs(x) || diff <= abs_tol);
}

#define F(name) {#name, cmath_##name, 0, PY_VARARGS, PY_METH_KEYWORDS}

static const py_method_def_t cmath_functions[] = {
    F(acos), F(acosh), F(asin), F(asinh), F(atan), F(atanh), F(cos), F(cosh), F(exp),
    F(isclose), F(isfinite), F(isinf), F(isnan), F(log), F(log10), F(phase), F(polar),
    F(rect), F(sin), F(sinh), F(sqrt), F(tan), F(tanh),
    {NULL, NULL, 0, 0, 0},
};

static void cmath_init(py_vm_t *vm, py_val_t module) {
    py_module_set(vm, module, "pi", py_float_new(vm, M_PI));
    py_module_set(vm, module, "e", py_float_new(vm, M_E));
    py_module_set(vm, module, "tau", py_float_new(vm, 2 * M_PI));
    py_module_set(vm, module, "inf", py_float_new(vm, INFINITY));
    py_module_set(vm, module, "nan", py_float_new(vm, NAN));
    py_module_set(vm, module, "infj", py_complex_new(vm, 0.0, INFINITY));
    py_module_set(vm, module, "nanj", py_complex_new(vm, 0.0, NAN));
}

const py_module_def_t py_mod_cmath = {"cmath", cmath_functions, cmath_init, NULL};
