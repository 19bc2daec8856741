// vm/obj_complex.c: the complex type: arithmetic with CPython's algorithms
// (Smith's division, powers by squaring for small integral exponents), ==
// with every number, the numeric hash, repr. Layer: vm core (types).
// SPDX-License-Identifier: MIT
//
// The algorithms and their corner cases (which overflow raises, which gives
// inf or nan) follow CPython's Objects/complexobject.c, since results are
// compared digit for digit with it. complex(...) is in obj_complex_new.c,
// format() in obj_complex_format.c.

#include <math.h>
#include <string.h>
#include "except.h"
#include "gc.h"
#include "obj_complex.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

// A complex value as the algorithms see it.
typedef struct cval {
    double re, im;
} cval_t;

py_val_t py_complex_new_of(py_vm_t *vm, py_type_t *type, double real, double imag) {
    py_complex_t *z = py_gc_new(vm, type, type->basicsize);
    z->real = real;
    z->imag = imag;
    return py_from_obj(z);
}

// An exact complex, the allocation inline (py_gc_new_small): arithmetic
// makes one per operation.
static inline py_val_t new_exact(py_vm_t *vm, double real, double imag) {
    py_complex_t *z = py_gc_new_small(vm, vm->types[PY_T_complex], sizeof(py_complex_t));
    z->real = real;
    z->imag = imag;
    return py_from_obj(z);
}

py_val_t py_complex_new(py_vm_t *vm, double real, double imag) { return new_exact(vm, real, imag); }

static cval_t val(py_val_t v) {
    py_complex_t *z = py_complex_ptr(v);
    return (cval_t){z->real, z->imag};
}

static py_val_t make(py_vm_t *vm, cval_t c) { return new_exact(vm, c.re, c.im); }

// ---- the algorithms ------------------------------------------------------------------

static cval_t c_prod(cval_t a, cval_t b) {
    return (cval_t){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

// a / b by Smith's method: dividing through by b's larger part avoids the
// spurious overflow of the textbook formula. *zero is set when b is 0.
static cval_t c_quot(cval_t a, cval_t b, bool *zero) {
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            *zero = true;
            return (cval_t){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (cval_t){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (cval_t){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (cval_t){NAN, NAN};   // a NaN in b
}

// x ** n for n >= 0 by repeated squaring (exact where CPython's is).
static cval_t c_powu(cval_t x, long n) {
    cval_t r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

static cval_t c_powi(cval_t x, long n, bool *zero) {
    if (n > 0) return c_powu(x, n);
    return c_quot((cval_t){1.0, 0.0}, c_powu(x, -n), zero);
}

// a ** b in polar form. *domain is set for 0 to a negative or complex power,
// and where CPython's libm cos/sin report a domain error (an infinite phase).
static cval_t c_pow(cval_t a, cval_t b, bool *domain) {
    if (b.re == 0.0 && b.im == 0.0) return (cval_t){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) *domain = true;
        return (cval_t){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im), len = pow(vabs, b.re);
    double at = atan2(a.im, a.re), phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    if (isinf(phase)) *domain = true;
    return (cval_t){len * cos(phase), len * sin(phase)};
}

// a ** b; small integral exponents multiply, as CPython's complex_pow.
static py_val_t power(py_vm_t *vm, cval_t a, cval_t b) {
    bool domain = false;
    cval_t p;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0)
        p = c_powi(a, (long)b.re, &domain);
    else
        p = c_pow(a, b, &domain);
    if (domain)
        py_raise_fmt(vm, PY_EXC_ZeroDivisionError, "0.0 to a negative or complex power");
    if (isinf(p.re) || isinf(p.im))
        py_raise_fmt(vm, PY_EXC_OverflowError, "complex exponentiation");
    return make(vm, p);
}

py_val_t py_complex_pow_real(py_vm_t *vm, double a, double b) {
    return power(vm, (cval_t){a, 0.0}, (cval_t){b, 0.0});
}

// ---- hash and repr --------------------------------------------------------------------

py_hash_t py_complex_hash(double real, double imag) {
    uintptr_t h = (uintptr_t)py_float_hash(real) + 1000003u * (uintptr_t)py_float_hash(imag);
    return h == (uintptr_t)-1 ? -2 : (py_hash_t)h;
}

size_t py_complex_part_repr(double d, bool sign, char *buf, size_t size) {
    char text[40];
    size_t n;
    if (isnan(d)) {   // never signed, as CPython's repr
        memcpy(text, "nan", 4);
        n = 3;
    } else {
        n = py_float_repr_buf(d, text, sizeof text);
        if (n >= 2 && text[n - 2] == '.' && text[n - 1] == '0') n -= 2;
        text[n] = '\0';
    }
    bool plus = sign && text[0] != '-';
    if (n + plus + 1 > size) n = size - plus - 1;
    if (plus) buf[0] = '+';
    memcpy(buf + plus, text, n);
    buf[n + plus] = '\0';
    return n + plus;
}

// (re+imj), or imj alone when the real part is +0.0.
static py_val_t complex_repr(py_vm_t *vm, py_val_t self) {
    cval_t c = val(self);
    char re[48], im[48];
    if (c.re == 0.0 && !signbit(c.re)) {
        py_complex_part_repr(c.im, false, im, sizeof im);
        return py_str_format_c(vm, "%sj", im);
    }
    py_complex_part_repr(c.re, false, re, sizeof re);
    py_complex_part_repr(c.im, true, im, sizeof im);
    return py_str_format_c(vm, "(%s%sj)", re, im);
}

static py_hash_t complex_hash(py_vm_t *vm, py_val_t self) {
    (void)vm;
    cval_t c = val(self);
    return py_complex_hash(c.re, c.im);
}

// ---- operators ---------------------------------------------------------------------------

// [v] as a complex value if it is a number (int, bool, float, complex), else
// false. Raises OverflowError for an int too large for a double.
static bool to_cval(py_vm_t *vm, py_val_t v, cval_t *out) {
    if (py_is_complex(vm, v)) *out = val(v);
    else if (py_is_float(vm, v)) *out = (cval_t){py_float_val(v), 0.0};
    else if (py_is_int(vm, v) || py_is_bool(v)) *out = (cval_t){py_int_to_double(vm, v), 0.0};
    else return false;
    return true;
}

// x op y for + - and *, inline in the loop's fast path; PY_NULL for other operators.
static inline py_val_t add_sub_mul(py_vm_t *vm, uint32_t op, cval_t x, cval_t y) {
    switch ((py_binary_op_t)(op & ~PY_OP_INPLACE)) {
    case PY_OP_ADD: return make(vm, (cval_t){x.re + y.re, x.im + y.im});
    case PY_OP_SUB: return make(vm, (cval_t){x.re - y.re, x.im - y.im});
    case PY_OP_MUL: return make(vm, c_prod(x, y));
    default: return PY_NULL;
    }
}

// x op y for the operators complex has; PY_NOTIMPLEMENTED for the others.
static py_val_t arith(py_vm_t *vm, uint32_t op, cval_t x, cval_t y) {
    bool zero = false;
    py_val_t r = add_sub_mul(vm, op, x, y);
    if (r != PY_NULL) return r;
    switch ((py_binary_op_t)(op & ~PY_OP_INPLACE)) {
    case PY_OP_TRUEDIV: {
        cval_t q = c_quot(x, y, &zero);
        if (zero) py_raise_fmt(vm, PY_EXC_ZeroDivisionError, "complex division by zero");
        return make(vm, q);
    }
    case PY_OP_POW: return power(vm, x, y);
    default: return PY_NOTIMPLEMENTED;
    }
}

static py_val_t complex_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    cval_t x, y;
    if (!to_cval(vm, a, &x) || !to_cval(vm, b, &y)) return PY_NOTIMPLEMENTED;
    return arith(vm, op, x, y);
}

// [v] as a complex when it is an exact complex, a float in the word or a small
// int (converted as int + complex does: to the nearest double, imag +0.0).
static bool quick_operand(py_vm_t *vm, py_val_t v, cval_t *out) {
    if (py_complex_is_exact(vm, v)) {
        *out = val(v);
        return true;
    }
    out->im = 0.0;
    return py_float_quick_operand(v, &out->re);
}

// + - * as complex_binary computes them (the real operand taken as x+0j, so
// signed zeros, infinities and NaNs come out as CPython's), without the
// conversions of to_cval.
py_val_t py_complex_binary_exact(py_vm_t *vm, uint32_t op, py_val_t a, py_val_t b) {
    cval_t x, y;
    if (!quick_operand(vm, a, &x) || !quick_operand(vm, b, &y)) return PY_NULL;
    py_val_t r = add_sub_mul(vm, op, x, y);
    if (r != PY_NULL) return r;
    r = arith(vm, op, x, y);
    return r == PY_NOTIMPLEMENTED ? PY_NULL : r;
}

py_val_t py_complex_pow3(py_vm_t *vm, py_val_t a, py_val_t b, py_val_t m) {
    (void)m;
    cval_t x, y;
    if (!to_cval(vm, a, &x) || !to_cval(vm, b, &y)) return PY_NOTIMPLEMENTED;
    py_raise_value_error(vm, "complex modulo");
}

void py_complex_check_pow3(py_vm_t *vm, const py_val_t *args) {
    bool any = false;
    for (int i = 0; i < 3; i++) any |= py_is_complex(vm, args[i]);
    if (!any) return;
    // CPython's ternary_op tries each distinct type's slot in argument order:
    // float's refuses any modulus, complex's once both operands convert.
    for (int i = 0; i < 3; i++) {
        if (py_is_float(vm, args[i]))
            py_raise_type_error(vm, "pow() 3rd argument not allowed unless all arguments are integers");
        if (py_is_complex(vm, args[i])) py_complex_pow3(vm, args[0], args[1], args[2]);
    }
    py_raise_type_error(vm, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", args[0],
                        args[1], args[2]);
}

static py_val_t complex_unary(py_vm_t *vm, py_unary_op_t op, py_val_t a) {
    cval_t c = val(a);
    if (op == PY_UOP_NEG) return make(vm, (cval_t){-c.re, -c.im});
    if (op == PY_UOP_POS) return py_is_exact(vm, a, PY_T_complex) ? a : make(vm, c);
    return PY_NOTIMPLEMENTED;
}

// == and != only (ordering is a TypeError, as no NotImplemented is
// overridden). An int is compared exactly through the float of the real part.
static py_val_t complex_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (op != PY_CMP_OP_EQ && op != PY_CMP_OP_NE) return PY_NOTIMPLEMENTED;
    cval_t x = val(a);
    bool eq;
    if (py_is_int(vm, b) || py_is_bool(b)) {
        if (x.im == 0.0) return py_compare(vm, op, py_float_new(vm, x.re), b);
        eq = false;
    } else if (py_is_float(vm, b)) {
        eq = x.re == py_float_val(b) && x.im == 0.0;
    } else if (py_is_complex(vm, b)) {
        cval_t y = val(b);
        eq = x.re == y.re && x.im == y.im;
    } else {
        return PY_NOTIMPLEMENTED;
    }
    return py_bool(op == PY_CMP_OP_EQ ? eq : !eq);
}

static int complex_truth(py_vm_t *vm, py_val_t self) {
    (void)vm;
    cval_t c = val(self);
    return c.re != 0.0 || c.im != 0.0;
}

// ---- methods ------------------------------------------------------------------------------

py_val_t py_complex_abs(py_vm_t *vm, py_val_t z) {
    cval_t c = val(z);
    if (isinf(c.re) || isinf(c.im)) return py_float_new(vm, INFINITY);
    if (isnan(c.re) || isnan(c.im)) return py_float_new(vm, NAN);
    double r = hypot(c.re, c.im);
    if (isinf(r)) py_raise_fmt(vm, PY_EXC_OverflowError, "absolute value too large");
    return py_float_new(vm, r);
}

static py_val_t complex_abs(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return py_complex_abs(vm, args[0]);
}

static py_val_t complex_conjugate(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    cval_t c = val(args[0]);
    return make(vm, (cval_t){c.re, -c.im});
}

// __complex__: self when exactly complex, else a plain complex copy.
static py_val_t complex_complex(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return py_is_exact(vm, args[0], PY_T_complex) ? args[0] : make(vm, val(args[0]));
}

static py_val_t complex_getnewargs(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    cval_t c = val(args[0]);
    py_val_t items[2] = {py_float_new(vm, c.re), PY_NONE};
    items[1] = py_float_new(vm, c.im);
    return py_tuple_new(vm, 2, items);
}

static py_val_t complex_format_method(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                      py_val_t kw) {
    (void)nargs, (void)kw;
    if (!py_is_str(vm, args[1]))
        py_raise_type_error(vm, "__format__() argument must be str, not %s",
                            py_arg_type_name(vm, args[1]));
    return py_complex_format(vm, args[0], args[1]);
}

static const py_method_def_t complex_methods[] = {
    {"conjugate", complex_conjugate, 1, 1, 0},
    {"__abs__", complex_abs, 1, 1, 0},
    {"__complex__", complex_complex, 1, 1, 0},
    {"__getnewargs__", complex_getnewargs, 1, 1, 0},
    {"__format__", complex_format_method, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

// z.real and z.imag, which CPython gives complex as member descriptors.
// Reached only when the type's dict has no such name.
static py_val_t complex_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    if (py_str_eq_c(name, "real")) return py_float_new(vm, py_complex_ptr(self)->real);
    if (py_str_eq_c(name, "imag")) return py_float_new(vm, py_complex_ptr(self)->imag);
    return PY_NULL;
}

const py_type_spec_t py_complex_spec = {
    .name = "complex",
    .base = PY_T_object,
    .basicsize = sizeof(py_complex_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .make_new = py_complex_make_new,
        .repr = complex_repr,
        .hash = complex_hash,
        .compare = complex_compare,
        .binary = complex_binary,
        .unary = complex_unary,
        .truth = complex_truth,
        .getattr = complex_getattr,
    },
    .methods = complex_methods,
};
