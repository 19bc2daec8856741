// vm/obj_float.c: the float type: arithmetic with CPython's rules for //, %
// and **, exact comparison with ints, the numeric hash, float(x) and round().
// Layer: vm core (types). Text conversion is in vm/float_repr.c.
// SPDX-License-Identifier: MIT

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "obj_float.h"
#include "obj_complex.h"
#include "obj_int_impl.h"
#include "num_text.h"
#include "obj_str.h"
#include "obj_bytes.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"
#include "except.h"
#include "gc.h"

py_val_t py_float_box(py_vm_t *vm, double d) {
    py_float_t *f = py_gc_new(vm, vm->types[PY_T_float], sizeof(py_float_t));
    f->value = d;
    return py_from_obj(f);
}

// ---- arithmetic -------------------------------------------------------------------

static _Noreturn void zero_div(py_vm_t *vm, const char *msg) {
    py_raise_fmt(vm, PY_EXC_ZeroDivisionError, "%s", msg);
}

// Python's a % b: the result takes the sign of b (CPython's float_rem).
static double float_mod(double a, double b) {
    double mod = fmod(a, b);
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    return mod;
}

// Python's a // b (CPython's float_divmod): floor of the exact quotient,
// computed from fmod so that a == b * q + r holds as closely as possible.
static double float_floordiv(double a, double b) {
    double mod = fmod(a, b), div = (a - mod) / b;
    if (mod != 0 && ((b < 0) != (mod < 0))) div -= 1.0;
    if (div == 0) return copysign(0.0, a / b);
    double fl = floor(div);
    return div - fl > 0.5 ? fl + 1.0 : fl;
}

static bool is_odd_integer(double x) {
    return fmod(fabs(x), 2.0) == 1.0;
}

// a ** b with the special cases CPython's float_pow handles before libm.
static double float_pow(py_vm_t *vm, double a, double b) {
    if (b == 0) return 1.0;
    if (isnan(a)) return a;
    if (isnan(b)) return a == 1.0 ? 1.0 : b;
    if (isinf(b)) {
        a = fabs(a);
        if (a == 1.0) return 1.0;
        return (b > 0) == (a > 1.0) ? fabs(b) : 0.0;
    }
    if (isinf(a)) {
        bool odd = is_odd_integer(b);
        if (b > 0) return odd ? a : fabs(a);
        return odd ? copysign(0.0, a) : 0.0;
    }
    if (a == 0) {
        if (b < 0) zero_div(vm, "0.0 cannot be raised to a negative power");
        return is_odd_integer(b) ? a : 0.0;
    }
    bool negate = false;
    if (a < 0) {
        // Unreachable: py_float_binary makes these complex.
        if (b != floor(b))
            py_raise_value_error(vm, "negative number cannot be raised to a fractional power");
        a = -a;
        negate = is_odd_integer(b);
    }
    double r = a == 1.0 ? 1.0 : pow(a, b);
    if (isinf(r))
        py_raise_fmt(vm, PY_EXC_OverflowError, "(34, 'Numerical result out of range')");
    return negate ? -r : r;
}

py_val_t py_float_binary(py_vm_t *vm, py_binary_op_t op, double a, double b) {
    switch ((py_binary_op_t)(op & ~PY_OP_INPLACE)) {
    case PY_OP_ADD: return py_float_new(vm, a + b);
    case PY_OP_SUB: return py_float_new(vm, a - b);
    case PY_OP_MUL: return py_float_new(vm, a * b);
    case PY_OP_TRUEDIV:
        if (b == 0) zero_div(vm, "float division by zero");
        return py_float_new(vm, a / b);
    case PY_OP_FLOORDIV:
        if (b == 0) zero_div(vm, "float floor division by zero");
        return py_float_new(vm, float_floordiv(a, b));
    case PY_OP_MOD:
        if (b == 0) zero_div(vm, "float modulo");
        return py_float_new(vm, float_mod(a, b));
    case PY_OP_POW:
        // A negative number to a fractional power is complex, as in CPython.
        if (a < 0 && isfinite(a) && isfinite(b) && b != floor(b)) return py_complex_pow_real(vm, a, b);
        return py_float_new(vm, float_pow(vm, a, b));
    default: return PY_NOTIMPLEMENTED;
    }
}

// ---- hash ---------------------------------------------------------------------------

// CPython's modulus for numeric hashes (see py_int_hash).
#define HASH_BITS PY_HASH_BITS
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

// CPython's _Py_HashDouble: the value modulo 2^HASH_BITS - 1, fed 28 bits of
// mantissa at a time, so integral floats hash as the equal int.
py_hash_t py_float_hash(double d) {
    if (isinf(d)) return d > 0 ? HASH_INF : -HASH_INF;
    if (isnan(d)) return 0;   // CPython hashes NaN by identity; a double has none
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;   // 2^28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD) x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    int64_t r = (int64_t)x * sign;
    return (py_hash_t)(r == -1 ? -2 : r);
}

// ---- slots ----------------------------------------------------------------------------

// A number's double, or false when [v] is not an int, bool or float.
static bool as_double(py_vm_t *vm, py_val_t v, double *out) {
    if (py_is_float(vm, v)) *out = py_float_val(v);
    else if (py_int_like(vm, v)) *out = py_int_to_double(vm, v);
    else return false;
    return true;
}

static py_val_t float_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    double x, y;
    if (!as_double(vm, a, &x) || !as_double(vm, b, &y)) return PY_NOTIMPLEMENTED;
    return py_float_binary(vm, op, x, y);
}

static bool holds(py_compare_op_t op, int c) {
    if (c == 2) return op == PY_CMP_OP_NE;   // NaN: unordered
    switch (op) {
    case PY_CMP_OP_EQ: return c == 0;
    case PY_CMP_OP_NE: return c != 0;
    case PY_CMP_OP_LT: return c < 0;
    case PY_CMP_OP_LE: return c <= 0;
    case PY_CMP_OP_GT: return c > 0;
    default: return c >= 0;
    }
}

static py_val_t float_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    int c;
    if (py_is_float(vm, a) && py_is_float(vm, b)) {
        double x = py_float_val(a), y = py_float_val(b);
        c = isnan(x) || isnan(y) ? 2 : (x > y) - (x < y);
    } else if (py_is_float(vm, a) && py_int_like(vm, b)) {
        c = py_int_cmp_double(vm, b, py_float_val(a));
        c = c == 2 ? 2 : -c;
    } else if (py_int_like(vm, a) && py_is_float(vm, b)) {
        c = py_int_cmp_double(vm, a, py_float_val(b));
    } else {
        return PY_NOTIMPLEMENTED;
    }
    return py_bool(holds(op, c));
}

static py_val_t float_unary(py_vm_t *vm, py_unary_op_t op, py_val_t a) {
    double x = py_float_val(a);
    if (op == PY_UOP_NEG) return py_float_new(vm, -x);
    if (op == PY_UOP_POS) return py_is_exact(vm, a, PY_T_float) ? a : py_float_new(vm, x);
    return PY_NOTIMPLEMENTED;
}

static int float_truth(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_float_val(self) != 0;
}

static py_hash_t float_hash_slot(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_float_hash(py_float_val(self));
}

static py_val_t float_repr(py_vm_t *vm, py_val_t self) {
    char buf[40];
    size_t n = py_float_repr_buf(py_float_val(self), buf, sizeof buf);
    return py_str_new(vm, buf, n);
}

// ---- float(x) ---------------------------------------------------------------------------

static _Noreturn void bad_text(py_vm_t *vm, py_val_t shown) {
    py_raise_value_error(vm, "could not convert string to float: %R", shown);
}

// float(s) for a str: digits of any script and Unicode spaces count.
static double parse_str(py_vm_t *vm, py_val_t x) {
    py_val_t t = py_num_text_ascii(vm, x);
    double d;
    if (!py_float_parse(py_str_bytes(t), py_str_len(t), &d)) bad_text(vm, x);
    return d;
}

// float(b) for a bytes-like object; the error shows the object itself.
static double parse_buffer(py_vm_t *vm, py_val_t x, const py_buffer_t *view) {
    double d;
    if (!py_float_parse((const char *)view->data, view->len, &d)) bad_text(vm, x);
    return d;
}

static double float_from_special(py_vm_t *vm, py_val_t x) {
    py_type_t *t = py_type_of(vm, x);
    py_val_t fn = py_type_lookup(vm, t, py_name(vm, PY_NAME___float__));
    if (fn != PY_NULL) {
        py_val_t r = py_call1(vm, fn, x);
        if (!py_is_float(vm, r))
            py_raise_type_error(vm, "%s.__float__ returned non-float (type %s)",
                                py_type_name(vm, x), py_type_name(vm, r));
        return py_float_val(r);
    }
    fn = py_type_lookup(vm, t, py_name(vm, PY_NAME___index__));
    if (fn != PY_NULL) return py_int_to_double(vm, py_index(vm, x));
    py_raise_type_error(vm, "float() argument must be a string or a real number, not '%s'",
                        py_type_name(vm, x));
}

static double float_value(py_vm_t *vm, py_val_t x) {
    // A subclass of float (or int) may override __float__.
    py_type_t *t = py_type_of(vm, x);
    if ((t->flags & PY_TF_HEAPTYPE) &&
        py_class_lookup_user(vm, t, py_name(vm, PY_NAME___float__)) != PY_NULL)
        return float_from_special(vm, x);
    if (py_is_float(vm, x)) return py_float_val(x);
    if (py_int_like(vm, x)) return py_int_to_double(vm, x);
    if (py_is_str(vm, x)) return parse_str(vm, x);
    py_buffer_t view;
    if (py_buffer_get(vm, x, &view, false)) return parse_buffer(vm, x, &view);
    return float_from_special(vm, x);
}

static py_val_t float_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len > 0)
        py_raise_type_error(vm, "float() takes no keyword arguments");
    if (nargs > 1) py_raise_type_error(vm, "float expected at most 1 argument, got %zu", nargs);
    if (nargs == 1 && type == vm->types[PY_T_float] && py_is_exact(vm, args[0], PY_T_float))
        return args[0];
    double d = nargs == 0 ? 0.0 : float_value(vm, args[0]);
    if (type == vm->types[PY_T_float]) return py_float_new(vm, d);
    py_float_t *f = py_gc_new(vm, type, type->basicsize);
    f->value = d;
    return py_from_obj(f);
}

// ---- methods ------------------------------------------------------------------------------

static double self_val(const py_val_t *args) { return py_float_val(args[0]); }

static py_val_t float_is_integer(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)vm, (void)nargs, (void)kw;
    double x = self_val(args);
    return py_bool(isfinite(x) && floor(x) == x);
}

static py_val_t float_trunc(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return py_int_from_double(vm, self_val(args));
}

static py_val_t float_floor(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return py_int_from_double(vm, floor(self_val(args)));
}

static py_val_t float_ceil(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return py_int_from_double(vm, ceil(self_val(args)));
}

static py_val_t float_self(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return py_is_exact(vm, args[0], PY_T_float) ? args[0] : py_float_new(vm, self_val(args));
}

static py_val_t float_abs(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return py_float_new(vm, fabs(self_val(args)));
}

static py_val_t float_ratio(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    double x = self_val(args);
    if (isinf(x)) py_raise_fmt(vm, PY_EXC_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) py_raise_value_error(vm, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    while (m != floor(m)) {   // at most 53 doublings make the mantissa integral
        m *= 2.0;
        e--;
    }
    py_val_t num = py_int_from_double(vm, m), den = py_small(1);
    py_val_t shift = py_int_from_i64(vm, e < 0 ? -e : e);
    if (e > 0) num = py_int_binary(vm, PY_OP_LSHIFT, num, shift);
    else den = py_int_binary(vm, PY_OP_LSHIFT, den, shift);
    py_val_t items[2] = {num, den};
    return py_tuple_new(vm, 2, items);
}

// round(x): the nearest int, ties to even.
static py_val_t round_to_int(py_vm_t *vm, double x) {
    if (!isfinite(x)) return py_int_from_double(vm, x);   // raises as CPython does
    double y = floor(x), diff = x - y;
    if (diff > 0.5 || (diff == 0.5 && fmod(y, 2.0) != 0)) y += 1.0;
    return py_int_from_double(vm, y);
}

// round(x, n) for n < 0: the nearest multiple of 10**-n, ties to even,
// decided exactly on the integer and fraction parts of |x|.
static double round_to_tens(py_vm_t *vm, double x, int64_t n) {
    if (n < -400) return copysign(0.0, x);   // 10^400 > any double
    double ax = fabs(x), ip = floor(ax), frac = ax - ip;
    py_val_t p = py_int_binary(vm, PY_OP_POW, py_small(10), py_int_from_i64(vm, -n));
    py_val_t iv = py_int_from_double(vm, ip);
    py_val_t q = py_int_binary(vm, PY_OP_FLOORDIV, iv, p), r = py_int_binary(vm, PY_OP_MOD, iv, p);
    int c = py_int_cmp(py_int_binary(vm, PY_OP_MUL, r, py_small(2)), p);
    bool odd = py_int_sign(py_int_binary(vm, PY_OP_AND, q, py_small(1))) != 0;
    if (c > 0 || (c == 0 && (frac > 0 || odd))) q = py_int_binary(vm, PY_OP_ADD, q, py_small(1));
    return copysign(py_int_to_double(vm, py_int_binary(vm, PY_OP_MUL, q, p)), x);
}

// round(x, n) for n >= 0: printf rounds the exact binary value correctly,
// as CPython's dtoa does; 323 digits reach below the smallest subnormal.
static double round_digits(double x, int64_t n) {
    if (n > 323 || !isfinite(x)) return x;
    char buf[720];   // sign, 309 integer digits, point, 323 decimals
    snprintf(buf, sizeof buf, "%.*f", (int)n, x);
    double r = strtod(buf, NULL);
    return r == 0 ? copysign(0.0, x) : r;
}

static py_val_t float_round(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)kw;
    double x = self_val(args);
    if (nargs < 2 || args[1] == PY_NONE) return round_to_int(vm, x);
    py_val_t nd = py_index(vm, args[1]);
    int64_t n;
    if (!py_int_to_i64(nd, &n)) n = py_int_sign(nd) > 0 ? INT64_MAX : INT64_MIN;
    if (!isfinite(x)) return py_float_new(vm, x);
    return py_float_new(vm, n >= 0 ? round_digits(x, n) : round_to_tens(vm, x, n));
}

static py_val_t float_hex(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    char buf[40];
    size_t n = py_float_hex_buf(self_val(args), buf, sizeof buf);
    return py_str_new(vm, buf, n);
}

// float.fromhex(s), a classmethod: a subclass gets cls(value), as in CPython.
static py_val_t float_fromhex(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    if (!py_is_str(vm, args[1])) py_raise_type_error(vm, "bad argument type for built-in operation");
    double d;
    int rc = py_float_hex_parse(py_str_bytes(args[1]), py_str_len(args[1]), &d);
    if (rc < 0) py_raise_value_error(vm, "invalid hexadecimal floating-point string");
    if (rc > 0)
        py_raise_fmt(vm, PY_EXC_OverflowError, "hexadecimal value too large to represent as a float");
    py_val_t v = py_float_new(vm, d);
    return (py_type_t *)py_obj(args[0]) == vm->types[PY_T_float] ? v : py_call1(vm, args[0], v);
}

static py_val_t float_getnewargs(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_val_t v = float_self(vm, nargs, args, kw);
    return py_tuple_new(vm, 1, &v);
}

// float.__getformat__(typestr): the IEEE layout of the host (little-endian
// on every platform we build for).
static py_val_t float_getformat(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    if (!py_is_str(vm, args[1]))
        py_raise_type_error(vm, "__getformat__() argument must be str, not %s",
                            py_type_name(vm, args[1]));
    if (!py_str_eq_c(args[1], "double") && !py_str_eq_c(args[1], "float"))
        py_raise_value_error(vm, "__getformat__() argument 1 must be 'double' or 'float'");
    uint16_t probe = 1;
    uint8_t first;
    memcpy(&first, &probe, 1);
    return py_str_from_c(vm, first ? "IEEE, little-endian" : "IEEE, big-endian");
}

static const py_method_def_t float_methods[] = {
    {"hex", float_hex, 1, 1, 0},
    {"fromhex", float_fromhex, 2, 2, PY_METH_CLASS},
    {"__getnewargs__", float_getnewargs, 1, 1, 0},
    {"__getformat__", float_getformat, 2, 2, PY_METH_CLASS},
    {"is_integer", float_is_integer, 1, 1, 0},
    {"__trunc__", float_trunc, 1, 1, 0},
    {"__int__", float_trunc, 1, 1, 0},
    {"__floor__", float_floor, 1, 1, 0},
    {"__ceil__", float_ceil, 1, 1, 0},
    {"__float__", float_self, 1, 1, 0},
    {"__format__", py_format_method, 2, 2, 0},
    {"conjugate", float_self, 1, 1, 0},
    {"__abs__", float_abs, 1, 1, 0},
    {"__round__", float_round, 1, 2, 0},
    {"as_integer_ratio", float_ratio, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

// x.real (x as an exact float) and x.imag (0.0), which CPython gives float
// as descriptors. Reached only when the type's dict has no such name.
static py_val_t float_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    if (py_str_eq_c(name, "real")) return float_self(vm, 1, &self, PY_NULL);
    if (py_str_eq_c(name, "imag")) return py_float_new(vm, 0.0);
    return PY_NULL;
}

const py_type_spec_t py_float_spec = {
    .name = "float",
    .base = PY_T_object,
    .basicsize = sizeof(py_float_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .make_new = float_make_new,
        .repr = float_repr,
        .hash = float_hash_slot,
        .compare = float_compare,
        .binary = float_binary,
        .unary = float_unary,
        .truth = float_truth,
        .getattr = float_getattr,
    },
    .methods = float_methods,
};
