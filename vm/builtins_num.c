// vm/builtins_num.c: built-in functions on numbers and code points: abs, round, divmod,
// pow, min, max, sum, hex, oct, bin, ord, chr. Layer: vm core (library).
// SPDX-License-Identifier: MIT

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "except.h"
#include "interrupt.h"
#include "obj_bytes.h"
#include "obj_complex.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

// bool is an int with its own immediates; arithmetic helpers want the int.
static py_val_t unbool(py_val_t v) {
    if (v == PY_TRUE) return py_small(1);
    if (v == PY_FALSE) return py_small(0);
    return v;
}

static bool is_intlike(py_vm_t *vm, py_val_t v) { return py_is_bool(v) || py_is_int(vm, v); }

static bool is_number(py_vm_t *vm, py_val_t v) {
    return is_intlike(vm, v) || py_is_float(vm, v);
}

// An int, bool or float of the built-in type itself: a subclass may override
// the dunders the fast paths below would bypass.
static bool is_plain_number(py_vm_t *vm, py_val_t v) {
    return is_number(vm, v) && !(py_type_of(vm, v)->flags & PY_TF_HEAPTYPE);
}

// The type's special method [name] (a C string), or PY_NULL.
static py_val_t special(py_vm_t *vm, py_val_t v, const char *name) {
    return py_type_lookup(vm, py_type_of(vm, v), py_str_intern_c(vm, name));
}

// An int from an int, a bool or an object with __index__.
static py_val_t index_value(py_vm_t *vm, py_val_t v) {
    if (is_intlike(vm, v)) return unbool(v);
    py_val_t m = special(vm, v, "__index__");
    if (m == PY_NULL)
        py_raise_type_error(vm, "'%s' object cannot be interpreted as an integer",
                            py_type_name(vm, v));
    py_val_t r = py_call1(vm, m, v);
    if (!is_intlike(vm, r))
        py_raise_type_error(vm, "__index__ returned non-int (type %s)", py_type_name(vm, r));
    return unbool(r);
}

// ---- abs, divmod, pow ----------------------------------------------------------------

static py_val_t builtin_abs(py_vm_t *vm, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t v = args[0];
    if (is_intlike(vm, v) && is_plain_number(vm, v)) {
        v = unbool(v);
        return py_int_sign(v) < 0 ? py_unary(vm, PY_UOP_NEG, v) : v;
    }
    if (py_is_float(vm, v) && is_plain_number(vm, v)) return py_float_new(vm, fabs(py_float_val(v)));
    if (py_complex_is_exact(vm, v)) return py_complex_abs(vm, v);
    py_val_t m = special(vm, v, "__abs__");
    if (m == PY_NULL)
        py_raise_type_error(vm, "bad operand type for abs(): '%s'", py_type_name(vm, v));
    return py_call1(vm, m, v);
}

// Calls b's __rdivmod__ on (b, a), or NotImplemented when it has none.
static py_val_t rdivmod(py_vm_t *vm, py_val_t rm, py_val_t a, py_val_t b) {
    return rm != PY_NULL ? py_call2(vm, rm, b, a) : PY_NOTIMPLEMENTED;
}

// Calls a's __divmod__ and b's __rdivmod__ as the binary operators do: b's
// first when its type is a subclass of a's that overrides __rdivmod__.
static py_val_t divmod_special(py_vm_t *vm, py_val_t a, py_val_t b) {
    py_type_t *ta = py_type_of(vm, a), *tb = py_type_of(vm, b);
    py_val_t m = special(vm, a, "__divmod__");
    py_val_t rm = ta != tb ? special(vm, b, "__rdivmod__") : PY_NULL;
    bool b_first = rm != PY_NULL && py_is_subtype(tb, ta) &&
                   rm != py_type_lookup(vm, ta, py_str_intern_c(vm, "__rdivmod__"));
    py_val_t r = b_first ? rdivmod(vm, rm, a, b) : PY_NOTIMPLEMENTED;
    if (r != PY_NOTIMPLEMENTED) return r;
    r = m != PY_NULL ? py_call2(vm, m, a, b) : PY_NOTIMPLEMENTED;
    if (r != PY_NOTIMPLEMENTED) return r;
    r = b_first ? PY_NOTIMPLEMENTED : rdivmod(vm, rm, a, b);
    if (r != PY_NOTIMPLEMENTED) return r;
    py_raise_type_error(vm, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                        py_type_name(vm, a), py_type_name(vm, b));
}

static py_val_t builtin_divmod(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t a = args[0], b = args[1];
    if (!is_plain_number(vm, a) || !is_plain_number(vm, b)) return divmod_special(vm, a, b);
    if ((py_is_float(vm, a) || py_is_float(vm, b)) && py_to_double(vm, b) == 0.0)
        py_raise_fmt(vm, PY_EXC_ZeroDivisionError, "float divmod()");
    py_val_t q = py_binary(vm, PY_OP_FLOORDIV, a, b);
    py_val_t items[2] = {q, py_binary(vm, PY_OP_MOD, a, b)};
    return py_tuple_new(vm, 2, items);
}

static const char *const pow_kw[] = {"base", "exp", "mod", NULL};

// pow(base, exp, mod=None)
// The arity error of CPython's argument-clinic functions (pow, round, sum).
static void at_most(py_vm_t *vm, const char *fn, size_t nargs, size_t max) {
    if (nargs > max)
        py_raise_type_error(vm, "%s() takes at most %zu argument%s (%zu given)", fn, max,
                            max == 1 ? "" : "s", nargs);
}

// Three-argument pow beyond ints, as CPython's ternary_op: only the first
// argument's __pow__ is tried (never __rpow__); a float anywhere refuses.
static py_val_t pow3_other(py_vm_t *vm, const py_val_t *a) {
    py_val_t m = is_plain_number(vm, a[0]) ? PY_NULL : special(vm, a[0], "__pow__");
    if (m != PY_NULL) {
        py_val_t r = py_call(vm, m, 3, a, PY_NULL);
        if (r != PY_NOTIMPLEMENTED) return r;
    }
    py_complex_check_pow3(vm, a);   // raises when a complex is among them
    if (py_is_float(vm, a[0]) || py_is_float(vm, a[1]) || py_is_float(vm, a[2]))
        py_raise_type_error(vm, "pow() 3rd argument not allowed unless all arguments are integers");
    py_raise_type_error(vm, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a[0],
                        a[1], a[2]);
}

static py_val_t builtin_pow(py_vm_t *vm, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    at_most(vm, "pow", nargs, 3);
    py_val_t a[3] = {PY_NULL, PY_NULL, PY_NONE};
    py_builtins_kwargs(vm, "pow", nargs, args, kwnames, pow_kw, a);
    for (size_t i = 0; i < nargs && i < 3; i++) a[i] = args[i];
    if (a[0] == PY_NULL || a[1] == PY_NULL)
        py_raise_type_error(vm, "pow() missing required argument '%s' (pos %d)",
                            a[0] == PY_NULL ? "base" : "exp", a[0] == PY_NULL ? 1 : 2);
    if (a[2] == PY_NONE) return py_binary(vm, PY_OP_POW, a[0], a[1]);
    if (is_intlike(vm, a[0]) && is_intlike(vm, a[1]) && is_intlike(vm, a[2]) && is_plain_number(vm, a[0]))
        return py_int_pow_mod(vm, unbool(a[0]), unbool(a[1]), unbool(a[2]));
    return pow3_other(vm, a);
}

// ---- round ----------------------------------------------------------------------------

static const char *const round_kw[] = {"number", "ndigits", NULL};

static py_val_t builtin_round(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    at_most(vm, "round", nargs, 2);
    py_val_t a[2] = {PY_NULL, PY_NONE};
    py_builtins_kwargs(vm, "round", nargs, args, kwnames, round_kw, a);
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    if (a[0] == PY_NULL) py_raise_type_error(vm, "round() missing required argument 'number' (pos 1)");
    args = a;
    // int and float round in their own __round__ (vm/obj_int_type.c, vm/obj_float.c).
    py_val_t x = args[0];
    bool has_n = args[1] != PY_NONE;
    py_val_t m = special(vm, x, "__round__");
    if (m != PY_NULL) return has_n ? py_call2(vm, m, x, args[1]) : py_call1(vm, m, x);
    py_raise_type_error(vm, "type %s doesn't define __round__ method", py_type_name(vm, x));
}

// ---- min, max, sum ----------------------------------------------------------------------

static const char *const minmax_kw[] = {"key", "default", NULL};

static py_val_t minmax(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames,
                       bool is_max) {
    const char *fn = is_max ? "max" : "min";
    py_val_t kw[2] = {PY_NULL, PY_NULL};
    py_builtins_kwargs(vm, fn, nargs, args, kwnames, minmax_kw, kw);
    if (nargs == 0) py_raise_type_error(vm, "%s expected at least 1 argument, got 0", fn);
    if (nargs > 1 && kw[1] != PY_NULL)
        py_raise_type_error(vm, "Cannot specify a default for %s() with multiple positional arguments", fn);
    py_val_t key = kw[0] == PY_NONE ? PY_NULL : kw[0];
    py_val_t it = py_iter(vm, nargs == 1 ? args[0] : py_tuple_new(vm, nargs, args));
    py_val_t best = PY_NULL, best_key = PY_NULL;
    py_compare_op_t op = is_max ? PY_CMP_OP_GT : PY_CMP_OP_LT;
    unsigned poll = PY_INTERRUPT_EVERY;
    for (py_val_t v; (v = py_next(vm, it)) != PY_NULL;) {
        py_interrupt_step(vm, &poll);   // an iterator in C may never end
        py_val_t k = key != PY_NULL ? py_call1(vm, key, v) : v;
        if (best == PY_NULL || py_truthy(vm, py_compare(vm, op, k, best_key))) {
            best = v;
            best_key = k;
        }
    }
    if (best != PY_NULL) return best;
    if (kw[1] != PY_NULL) return kw[1];
    py_raise_value_error(vm, "%s() arg is an empty sequence", fn);
}

static py_val_t builtin_max(py_vm_t *vm, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    return minmax(vm, nargs, args, kwnames, true);
}

static py_val_t builtin_min(py_vm_t *vm, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    return minmax(vm, nargs, args, kwnames, false);
}

static const char *const sum_kw[] = {"start", NULL};

// sum(iterable, /, start=0)
static py_val_t builtin_sum(py_vm_t *vm, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    at_most(vm, "sum", nargs, 2);
    py_val_t kw[1] = {PY_NULL};
    py_builtins_kwargs(vm, "sum", nargs, args, kwnames, sum_kw, kw);
    if (nargs < 1) py_raise_type_error(vm, "sum() takes at least 1 positional argument (0 given)");
    py_val_t acc = nargs > 1 ? args[1] : kw[0] != PY_NULL ? kw[0] : py_small(0);
    if (py_is_str(vm, acc))
        py_raise_type_error(vm, "sum() can't sum strings [use ''.join(seq) instead]");
    if (py_is_bytes(vm, acc))
        py_raise_type_error(vm, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (py_is_a(vm, acc, PY_T_bytearray))
        py_raise_type_error(vm, "sum() can't sum bytearray [use b''.join(seq) instead]");
    py_val_t it = py_iter(vm, args[0]);
    unsigned poll = PY_INTERRUPT_EVERY;
    for (py_val_t v; (v = py_next(vm, it)) != PY_NULL;) {
        py_interrupt_step(vm, &poll);   // an iterator in C may never end
        acc = py_binary(vm, PY_OP_ADD, acc, v);
    }
    return acc;
}

// ---- hex, oct, bin ----------------------------------------------------------------------

// "-0xff" rather than "0x-ff": the sign goes before the prefix.
static py_val_t int_with_prefix(py_vm_t *vm, py_val_t v, int base, const char *prefix) {
    py_val_t digits = py_int_to_str(vm, index_value(vm, v), base);
    const char *d = py_str_cstr(vm, digits);
    if (d[0] == '-') return py_str_format_c(vm, "-%s%s", prefix, d + 1);
    return py_str_format_c(vm, "%s%s", prefix, d);
}

static py_val_t builtin_hex(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return int_with_prefix(vm, args[0], 16, "0x");
}

static py_val_t builtin_oct(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return int_with_prefix(vm, args[0], 8, "0o");
}

static py_val_t builtin_bin(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return int_with_prefix(vm, args[0], 2, "0b");
}

// ---- ord, chr -----------------------------------------------------------------------------

static uint32_t utf8_decode_one(const unsigned char *p) {
    if (p[0] < 0x80) return p[0];
    if (p[0] < 0xE0) return (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
    if (p[0] < 0xF0)
        return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    return (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
           (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
}

static py_val_t builtin_ord(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t c = args[0];
    if (py_is_str(vm, c)) {
        if (py_str_nchars(c) != 1)
            py_raise_type_error(vm, "ord() expected a character, but string of length %zu found",
                                py_str_nchars(c));
        return py_small((py_int_t)utf8_decode_one((const unsigned char *)py_str_bytes(c)));
    }
    // bytes and bytearray, but not other buffers (memoryview), as CPython
    py_buffer_t view;
    if ((py_is_bytes(vm, c) || py_is_a(vm, c, PY_T_bytearray)) && py_buffer_get(vm, c, &view, false)) {
        if (view.len != 1)
            py_raise_type_error(vm, "ord() expected a character, but string of length %zu found",
                                view.len);
        return py_small(view.data[0]);
    }
    py_raise_type_error(vm, "ord() expected string of length 1, but %s found",
                        py_type_name(vm, c));
}

static py_val_t builtin_chr(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    int64_t i;
    if (!py_int_to_i64(index_value(vm, args[0]), &i) || i < INT32_MIN || i > INT32_MAX)
        py_raise_fmt(vm, PY_EXC_OverflowError, "Python int too large to convert to C int");
    if (i < 0 || i > 0x10FFFF) py_raise_value_error(vm, "chr() arg not in range(0x110000)");
    char buf[4];
    size_t n = py_utf8_encode((uint32_t)i, buf);
    return py_str_new(vm, buf, n);
}

const py_method_def_t py_builtins_num_functions[] = {
    {"abs", builtin_abs, 1, 1, 0},
    {"divmod", builtin_divmod, 2, 2, 0},
    {"pow", builtin_pow, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"round", builtin_round, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"min", builtin_min, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"max", builtin_max, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"sum", builtin_sum, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"hex", builtin_hex, 1, 1, 0},
    {"oct", builtin_oct, 1, 1, 0},
    {"bin", builtin_bin, 1, 1, 0},
    {"ord", builtin_ord, 1, 1, 0},
    {"chr", builtin_chr, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};
