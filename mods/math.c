// mods/math.c: the math module (also `umath`): the float functions of C's libm
// with CPython 3.11's argument handling and its "math domain error" / "math
// range error" rules, and the module table. Layer: library modules.
// SPDX-License-Identifier: MIT
//
// The integer functions (gcd, factorial, comb, isqrt...) are in math_int.c,
// the accurate sums and norms (fsum, prod, hypot, dist) in math_sum.c.

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "except.h"
#include "math_mod.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

// ---- argument checks and errors (shared with math_int.c, math_sum.c) -------------------

void py_math_no_kw(py_vm_t *vm, const char *name, py_val_t kwnames) {
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len > 0)
        py_raise_type_error(vm, "%s() takes no keyword arguments", name);
}

void py_math_arity_one(py_vm_t *vm, const char *name, size_t nargs, py_val_t kwnames) {
    py_math_no_kw(vm, name, kwnames);
    if (nargs != 1)
        py_raise_type_error(vm, "%s() takes exactly one argument (%zu given)", name, nargs);
}

void py_math_arity(py_vm_t *vm, const char *name, size_t nargs, py_val_t kwnames, size_t min,
                   size_t max) {
    py_math_no_kw(vm, name, kwnames);
    if (nargs >= min && nargs <= max) return;
    size_t n = nargs < min ? min : max;
    const char *how = min == max ? "" : nargs < min ? "at least " : "at most ";
    const char *dot = strchr(name, '.');
    py_raise_type_error(vm, "%s expected %s%zu argument%s, got %zu", dot ? dot + 1 : name, how, n,
                        n == 1 ? "" : "s", nargs);
}

void py_math_domain_error(py_vm_t *vm) {
    py_raise_value_error(vm, "math domain error");
}

void py_math_range_error(py_vm_t *vm) {
    py_raise_fmt(vm, PY_EXC_OverflowError, "math range error");
}

// ---- functions of one float ---------------------------------------------------------

// f(x) with CPython's rule for libm results: a NaN from a non-NaN is a domain
// error; an infinity from a finite x is an overflow when [can_overflow] (exp,
// cosh...) and a pole, so a domain error, otherwise (log1p(-1), atanh(1)).
static py_val_t math_1(py_vm_t *vm, py_val_t arg, double (*f)(double), bool can_overflow) {
    double x = py_to_double(vm, arg);
    double r = f(x);
    if (isnan(r) && !isnan(x)) py_math_domain_error(vm);
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) py_math_range_error(vm);
        py_math_domain_error(vm);
    }
    return py_float_new(vm, r);
}

#define FUNC1(name, fn, can_overflow)                                                    \
    static py_val_t math_##name(py_vm_t *vm, size_t nargs, const py_val_t *args,         \
                                py_val_t kw) {                                           \
        py_math_arity_one(vm, "math." #name, nargs, kw);                                         \
        return math_1(vm, args[0], fn, can_overflow);                                    \
    }

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(erf, erf, false)
FUNC1(erfc, erfc, false)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1(log1p, log1p, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)

// True for 0, -1, -2...: the poles of gamma and lgamma.
static bool is_nonpositive_integer(double x) { return x <= 0 && floor(x) == x; }

// gamma(x): poles and -inf are domain errors, a result too large an overflow.
static py_val_t math_gamma(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.gamma", nargs, kw);
    double x = py_to_double(vm, args[0]);
    if (isnan(x) || x == INFINITY) return py_float_new(vm, x);
    if (x == -INFINITY || is_nonpositive_integer(x)) py_math_domain_error(vm);
    double r = tgamma(x);
    if (isinf(r)) py_math_range_error(vm);
    return py_float_new(vm, r);
}

static py_val_t math_lgamma(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.lgamma", nargs, kw);
    double x = py_to_double(vm, args[0]);
    if (isnan(x)) return py_float_new(vm, x);
    if (isinf(x)) return py_float_new(vm, INFINITY);
    if (is_nonpositive_integer(x)) py_math_domain_error(vm);
    double r = lgamma(x);
    if (isinf(r)) py_math_range_error(vm);
    return py_float_new(vm, r);
}

static py_val_t math_degrees(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.degrees", nargs, kw);
    return py_float_new(vm, py_to_double(vm, args[0]) * (180.0 / M_PI));
}

static py_val_t math_radians(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.radians", nargs, kw);
    return py_float_new(vm, py_to_double(vm, args[0]) * (M_PI / 180.0));
}

static py_val_t math_isfinite(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.isfinite", nargs, kw);
    return py_bool(isfinite(py_to_double(vm, args[0])));
}

static py_val_t math_isinf(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.isinf", nargs, kw);
    return py_bool(isinf(py_to_double(vm, args[0])));
}

static py_val_t math_isnan(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.isnan", nargs, kw);
    return py_bool(isnan(py_to_double(vm, args[0])));
}

// ulp(x): the distance from |x| to the next larger double (to the next
// smaller one for the largest finite double).
static py_val_t math_ulp(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.ulp", nargs, kw);
    double x = fabs(py_to_double(vm, args[0]));
    if (!isfinite(x)) return py_float_new(vm, x);
    double next = nextafter(x, INFINITY);
    if (isinf(next)) return py_float_new(vm, x - nextafter(x, 0.0));
    return py_float_new(vm, next - x);
}

// ---- logarithms -----------------------------------------------------------------------

// log, log2 or log10 of a double, as CPython's m_log*: zero and negatives
// (-inf too) are domain errors, +inf and NaN pass through.
static double log_double(py_vm_t *vm, double x, double (*f)(double)) {
    if (isnan(x) || x == INFINITY) return x;
    if (x <= 0) py_math_domain_error(vm);
    return f(x);
}

// The logarithm of any real, including ints too large for a double: those
// are m * 2**e with m in [0.5, 1), so f(x) = f(m) + f(2) * e.
static double log_of(py_vm_t *vm, py_val_t v, double (*f)(double)) {
    if (!py_is_bool(v) && !py_is_int(vm, v)) return log_double(vm, py_to_double(vm, v), f);
    if (py_int_sign(py_is_bool(v) ? py_small(v == PY_TRUE) : v) <= 0) py_math_domain_error(vm);
    if (py_is_small(v) || py_is_bool(v)) return f(py_to_double(vm, v));
    int64_t e;
    double m = py_math_int_frexp(vm, v, &e);
    double d = e <= DBL_MAX_EXP ? ldexp(m, (int)e) : INFINITY;
    if (isfinite(d)) return f(d);   // the int converts exactly as int-to-float would
    return f(m) + f(2.0) * (double)e;
}

static py_val_t math_log(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_no_kw(vm, "math.log", kw);
    if (nargs < 1 || nargs > 2) py_raise_type_error(vm, "math.log requires 1 to 2 arguments");
    double num = log_of(vm, args[0], log);
    if (nargs == 1) return py_float_new(vm, num);
    double den = log_of(vm, args[1], log);
    if (den == 0) py_raise_fmt(vm, PY_EXC_ZeroDivisionError, "float division by zero");
    return py_float_new(vm, num / den);
}

static py_val_t math_log2(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.log2", nargs, kw);
    return py_float_new(vm, log_of(vm, args[0], log2));
}

static py_val_t math_log10(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.log10", nargs, kw);
    return py_float_new(vm, log_of(vm, args[0], log10));
}

// ---- rounding to ints -----------------------------------------------------------------

// floor/ceil/trunc(x): a float rounds directly; anything else goes through
// its type's __floor__/__ceil__/__trunc__ (an int returns itself). floor and
// ceil fall back on float(x); trunc has no fallback.
static py_val_t round_to_int(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw,
                             const char *name, double (*f)(double)) {
    py_math_arity_one(vm, name, nargs, kw);
    py_val_t x = args[0];
    if (py_is_exact(vm, x, PY_T_float)) return py_int_from_double(vm, f(py_float_val(x)));
    char dunder[16];
    snprintf(dunder, sizeof dunder, "__%s__", name + 5);   // past "math."
    py_val_t m = py_type_lookup(vm, py_type_of(vm, x), py_str_intern_c(vm, dunder));
    if (m != PY_NULL) return py_call1(vm, m, x);
    if (f == trunc)
        py_raise_type_error(vm, "type %s doesn't define __trunc__ method", py_type_name(vm, x));
    return py_int_from_double(vm, f(py_to_double(vm, x)));
}

static py_val_t math_floor(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    return round_to_int(vm, nargs, args, kw, "math.floor", floor);
}

static py_val_t math_ceil(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    return round_to_int(vm, nargs, args, kw, "math.ceil", ceil);
}

static py_val_t math_trunc(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    return round_to_int(vm, nargs, args, kw, "math.trunc", trunc);
}

// ---- float decomposition ----------------------------------------------------------------

static py_val_t pair(py_vm_t *vm, py_val_t a, py_val_t b) {
    py_val_t items[2] = {a, b};
    return py_tuple_new(vm, 2, items);
}

static py_val_t math_frexp(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.frexp", nargs, kw);
    double x = py_to_double(vm, args[0]);
    int e = 0;
    if (isfinite(x) && x != 0) x = frexp(x, &e);
    return pair(vm, py_float_new(vm, x), py_small(e));
}

static py_val_t math_modf(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity_one(vm, "math.modf", nargs, kw);
    double x = py_to_double(vm, args[0]), ip;
    if (isinf(x)) return pair(vm, py_float_new(vm, copysign(0.0, x)), py_float_new(vm, x));
    double frac = modf(x, &ip);
    return pair(vm, py_float_new(vm, frac), py_float_new(vm, ip));
}

// ldexp(x, i): exponents beyond an int's range overflow or underflow to a
// signed zero without ever reaching libm.
static py_val_t math_ldexp(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity(vm, "math.ldexp", nargs, kw, 2, 2);
    double x = py_to_double(vm, args[0]);
    py_val_t i = args[1];
    if (!py_is_bool(i) && !py_is_int(vm, i))
        py_raise_type_error(vm, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!py_int_to_i64(i == PY_TRUE ? py_small(1) : i == PY_FALSE ? py_small(0) : i, &e))
        e = py_int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0 || !isfinite(x)) return py_float_new(vm, x);
    if (e > INT_MAX) py_math_range_error(vm);
    if (e < INT_MIN) return py_float_new(vm, copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r)) py_math_range_error(vm);
    return py_float_new(vm, r);
}

// ---- functions of two floats --------------------------------------------------------------

// f(x, y) with CPython's math_2 rule: NaN from non-NaNs is a domain error,
// an infinity from finite arguments a range error.
static py_val_t math_2(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw,
                       const char *name, double (*f)(double, double)) {
    py_math_arity(vm, name, nargs, kw, 2, 2);
    double x = py_to_double(vm, args[0]), y = py_to_double(vm, args[1]);
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) py_math_domain_error(vm);
    if (isinf(r) && isfinite(x) && isfinite(y)) py_math_range_error(vm);
    return py_float_new(vm, r);
}

#define FUNC2(name, fn)                                                                   \
    static py_val_t math_##name(py_vm_t *vm, size_t nargs, const py_val_t *args,          \
                                py_val_t kw) {                                            \
        return math_2(vm, nargs, args, kw, "math." #name, fn);                                    \
    }

FUNC2(atan2, atan2)
FUNC2(copysign, copysign)
FUNC2(fmod, fmod)
FUNC2(remainder, remainder)
FUNC2(nextafter, nextafter)

// pow(x, y) always as floats: IEEE special values first (NaN**0 and 1**NaN
// are 1), then libm; 0**negative is a domain error, overflow a range error.
static double pow_special(double x, double y) {
    if (isnan(x)) return y == 0 ? 1.0 : x;
    if (isnan(y)) return x == 1 ? 1.0 : y;
    if (isinf(x)) {
        bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
        if (y > 0) return odd_y ? x : fabs(x);
        if (y == 0) return 1.0;
        return odd_y ? copysign(0.0, x) : 0.0;
    }
    // y is infinite
    if (fabs(x) == 1) return 1.0;
    if ((y > 0) == (fabs(x) > 1)) return INFINITY;
    return 0.0;
}

static py_val_t math_pow(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_math_arity(vm, "math.pow", nargs, kw, 2, 2);
    double x = py_to_double(vm, args[0]), y = py_to_double(vm, args[1]);
    if (!isfinite(x) || !isfinite(y)) return py_float_new(vm, pow_special(x, y));
    double r = pow(x, y);
    if (isnan(r) || (isinf(r) && x == 0)) py_math_domain_error(vm);
    if (isinf(r)) py_math_range_error(vm);
    return py_float_new(vm, r);
}

// ---- isclose ---------------------------------------------------------------------------

static const char *const isclose_kw[] = {"a", "b", "rel_tol", "abs_tol", NULL};

void py_math_isclose_args(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw,
                          py_val_t ab[2], double *rel, double *abs_tol) {
    if (nargs > 2)
        py_raise_type_error(vm, "isclose() takes exactly 2 positional arguments (%zu given)",
                            nargs);
    py_val_t a[4] = {PY_NULL, PY_NULL, PY_NULL, PY_NULL};
    py_builtins_kwargs(vm, "isclose", nargs, args, kw, isclose_kw, a);
    for (size_t i = 0; i < 2; i++)
        if (i >= nargs && a[i] == PY_NULL)
            py_raise_type_error(vm, "isclose() missing required argument '%s' (pos %zu)",
                                isclose_kw[i], i + 1);
    for (size_t i = 0; i < nargs; i++) {
        if (a[i] != PY_NULL)
            py_raise_type_error(vm, "argument for isclose() given by name ('%s') and position (%zu)",
                                isclose_kw[i], i + 1);
        a[i] = args[i];
    }
    ab[0] = a[0], ab[1] = a[1];
    *rel = a[2] == PY_NULL ? 1e-9 : py_to_double(vm, a[2]);
    *abs_tol = a[3] == PY_NULL ? 0.0 : py_to_double(vm, a[3]);
    if (*rel < 0 || *abs_tol < 0) py_raise_value_error(vm, "tolerances must be non-negative");
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
static py_val_t math_isclose(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_val_t a[2];
    double rel, abs_tol;
    py_math_isclose_args(vm, nargs, args, kw, a, &rel, &abs_tol);
    double x = py_to_double(vm, a[0]), y = py_to_double(vm, a[1]);
    if (x == y) return PY_TRUE;
    if (isinf(x) || isinf(y)) return PY_FALSE;
    double diff = fabs(y - x);
    return py_bool(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_tol);
}

// ---- the module ----------------------------------------------------------------------------

#define F(name) {#name, math_##name, 0, PY_VARARGS, PY_METH_KEYWORDS}
#define G(name, fn) {#name, fn, 0, PY_VARARGS, PY_METH_KEYWORDS}

static const py_method_def_t math_functions[] = {
    F(acos), F(acosh), F(asin), F(asinh), F(atan), F(atan2), F(atanh), F(cbrt), F(ceil),
    G(comb, py_math_int_comb), F(copysign), F(cos), F(cosh), F(degrees),
    G(dist, py_math_sum_dist), F(erf), F(erfc), F(exp), F(exp2), F(expm1), F(fabs),
    G(factorial, py_math_int_factorial), F(floor), F(fmod), F(frexp),
    G(fsum, py_math_sum_fsum), F(gamma), G(gcd, py_math_int_gcd),
    G(hypot, py_math_sum_hypot), F(isclose), F(isfinite), F(isinf), F(isnan),
    G(isqrt, py_math_int_isqrt), G(lcm, py_math_int_lcm), F(ldexp), F(lgamma), F(log),
    F(log10), F(log1p), F(log2), F(modf), F(nextafter), G(perm, py_math_int_perm), F(pow),
    G(prod, py_math_sum_prod), F(radians), F(remainder), F(sin), F(sinh), F(sqrt), F(tan),
    F(tanh), F(trunc), F(ulp),
    {NULL, NULL, 0, 0, 0},
};

static void math_init(py_vm_t *vm, py_val_t module) {
    py_module_set(vm, module, "pi", py_float_new(vm, M_PI));
    py_module_set(vm, module, "e", py_float_new(vm, M_E));
    py_module_set(vm, module, "tau", py_float_new(vm, 2 * M_PI));
    py_module_set(vm, module, "inf", py_float_new(vm, INFINITY));
    py_module_set(vm, module, "nan", py_float_new(vm, NAN));
}

const py_module_def_t py_mod_math = {"math", math_functions, math_init, NULL};
