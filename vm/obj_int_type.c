// vm/obj_int_type.c: the int type object: int(x, base), its C slots and its
// methods (bit_length, to_bytes, from_bytes, __round__, ...).
// Layer: vm core (types). The arithmetic is in obj_int_arith.c.
// SPDX-License-Identifier: MIT

#include "obj_int_impl.h"
#include "num_text.h"
#include "obj_float.h"
#include "obj_str.h"
#include "obj_bytes.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"
#include "except.h"
#include "gc.h"

// ---- helpers ----------------------------------------------------------------------

// The value of an int or bool as an exact int (subclass instances and bools
// become plain ints). May allocate.
static py_val_t exact_int(py_vm_t *vm, py_val_t v) {
    v = py_int_unbool(v);
    if (py_is_small(v) || py_obj(v)->type == vm->types[PY_T_int]) return v;
    py_int_view_t w;
    py_int_view(v, &w);
    return py_int_from_limbs(vm, w.d, w.n, w.neg);
}

// An instance of the int subclass [type] holding the int [v].
static py_val_t wrap_subclass(py_vm_t *vm, py_type_t *type, py_val_t v) {
    py_int_view_t w;
    py_int_view(v, &w);
    if (w.n > PY_INT_MAX_LIMBS) py_raise_memory_error(vm);
    py_bigint_t *b = py_gc_new(vm, type, type->basicsize + w.n * sizeof(py_limb_t));
    b->offset = (uint32_t)type->basicsize;
    memcpy(py_bigint_limbs(b), w.d, w.n * sizeof(py_limb_t));
    b->size = w.neg ? -(int32_t)w.n : (int32_t)w.n;
    return py_from_obj(b);
}

// The value at keyword [name] in a call, or PY_NULL. Raises TypeError for
// keywords not in [allowed] (NULL-terminated).
static py_val_t keyword(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames,
                        const char *name, const char *const *allowed, const char *fn) {
    if (kwnames == PY_NULL) return PY_NULL;
    py_tuple_t *kw = py_tuple_ptr(kwnames);
    py_val_t found = PY_NULL;
    for (size_t i = 0; i < kw->len; i++) {
        py_val_t k = kw->items[i];
        bool known = false;
        for (size_t j = 0; allowed[j]; j++) known |= py_str_eq_c(k, allowed[j]);
        if (!known)
            py_raise_type_error(vm, "'%N' is an invalid keyword argument for %s()", k, fn);
        if (py_str_eq_c(k, name)) found = args[nargs + i];
    }
    return found;
}

static py_val_t call_special(py_vm_t *vm, py_val_t x, py_name_id_t name) {
    py_val_t fn = py_type_lookup(vm, py_type_of(vm, x), py_name(vm, name));
    return fn == PY_NULL ? PY_NULL : py_call1(vm, fn, x);
}

// ---- int(x), int(s, base) -------------------------------------------------------------

// [r], the result of x.__<which>__(), as an exact int; TypeError when it is not one.
static py_val_t int_result(py_vm_t *vm, py_val_t r, const char *which) {
    if (!py_int_like(vm, r))
        py_raise_type_error(vm, "%s returned non-int (type %s)", which, py_type_name(vm, r));
    return exact_int(vm, r);
}

// int(x) for other objects: __int__, then __index__, then __trunc__ (whose
// result may itself need __index__), as CPython 3.11 (without its warning).
static py_val_t int_from_special(py_vm_t *vm, py_val_t x) {
    py_val_t r = call_special(vm, x, PY_NAME___int__);
    if (r != PY_NULL) return int_result(vm, r, "__int__");
    r = call_special(vm, x, PY_NAME___index__);
    if (r != PY_NULL) return int_result(vm, r, "__index__");
    py_val_t trunc = py_type_lookup(vm, py_type_of(vm, x), py_str_intern_c(vm, "__trunc__"));
    if (trunc == PY_NULL)
        py_raise_type_error(vm, "int() argument must be a string, a bytes-like object or a "
                                "real number, not '%s'", py_type_name(vm, x));
    r = py_call1(vm, trunc, x);
    if (py_int_like(vm, r)) return exact_int(vm, r);
    py_val_t i = call_special(vm, r, PY_NAME___index__);
    if (i == PY_NULL)
        py_raise_type_error(vm, "__trunc__ returned non-Integral (type %s)", py_type_name(vm, r));
    return int_result(vm, i, "__index__");
}

static _Noreturn void bad_text(py_vm_t *vm, int base, py_val_t shown) {
    py_raise_value_error(vm, "invalid literal for int() with base %d: %R", base, shown);
}

// int(s, base) for a str: digits of any script and Unicode spaces count, and
// the error shows the str as given.
static py_val_t int_of_str(py_vm_t *vm, py_val_t x, int base) {
    py_val_t t = py_num_text_ascii(vm, x);
    py_val_t r = py_int_try_parse(vm, py_str_bytes(t), py_str_len(t), base);
    if (r == PY_NULL) bad_text(vm, base, x);
    return r;
}

// int(b, base) for a bytes-like object; the error shows the bytes (b'...'),
// whatever the object, as in CPython. Parsing allocates, so a buffer other
// than bytes (whose storage could move when resized) is copied first.
static py_val_t int_of_buffer(py_vm_t *vm, py_val_t x, int base) {
    py_val_t b = x;
    if (!py_is_bytes(vm, x)) {
        py_buffer_t view;
        py_buffer_require(vm, x, &view, false);
        py_bytes_t *copy = py_bytes_alloc(vm, view.len);
        py_buffer_require(vm, x, &view, false);   // re-got: views do not survive allocation
        memcpy(copy->data, view.data, view.len);
        b = py_from_obj(copy);
    }
    py_bytes_t *bp = py_bytes_ptr(b);
    py_val_t r = py_int_try_parse(vm, (const char *)bp->data, bp->len, base);
    if (r == PY_NULL) bad_text(vm, base, b);
    return r;
}

// True for a bytearray or an instance of a subclass. By name, because
// bytearray is the bytes area's type (vm/obj_bytearray.c) and this file
// must not depend on its id being in PY_BUILTIN_TYPES yet.
static bool is_bytearray(py_vm_t *vm, py_val_t x) {
    py_tuple_t *mro = py_tuple_ptr(py_type_of(vm, x)->mro);
    for (size_t i = 0; i < mro->len; i++) {
        py_type_t *t = (py_type_t *)py_obj(mro->items[i]);
        if (!(t->flags & PY_TF_HEAPTYPE) && py_str_eq_c(t->name, "bytearray"))
            return true;
    }
    return false;
}

// Only str, bytes and bytearray take an explicit base (not memoryview).
static py_val_t int_with_base(py_vm_t *vm, py_val_t x, py_val_t base) {
    int64_t b;
    if (!py_int_to_i64(py_index(vm, base), &b)) b = -1;   // out of range: the ValueError below
    bool text = py_is_str(vm, x) || py_is_bytes(vm, x) || is_bytearray(vm, x);
    if (!text) py_raise_type_error(vm, "int() can't convert non-string with explicit base");
    if (b != 0 && (b < 2 || b > 36))
        py_raise_value_error(vm, "int() base must be >= 2 and <= 36, or 0");
    return py_is_str(vm, x) ? int_of_str(vm, x, (int)b) : int_of_buffer(vm, x, (int)b);
}

static py_val_t int_value(py_vm_t *vm, py_val_t x, py_val_t base) {
    if (x == PY_NULL) {
        if (base != PY_NULL) py_raise_type_error(vm, "int() missing string argument");
        return py_small(0);
    }
    if (base != PY_NULL) return int_with_base(vm, x, base);
    // A subclass of int or float may override __int__.
    bool own_int = (py_type_of(vm, x)->flags & PY_TF_HEAPTYPE) &&
                   py_class_lookup_user(vm, py_type_of(vm, x), py_name(vm, PY_NAME___int__)) != PY_NULL;
    if (own_int) return int_from_special(vm, x);
    if (py_int_like(vm, x)) return exact_int(vm, x);
    if (py_is_float(vm, x)) return py_int_from_double(vm, py_float_val(x));
    if (py_is_str(vm, x)) return int_of_str(vm, x, 10);
    py_buffer_t view;
    if (py_buffer_get(vm, x, &view, false)) return int_of_buffer(vm, x, 10);
    return int_from_special(vm, x);
}

static py_val_t int_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    static const char *const allowed[] = {"base", NULL};
    if (nargs > 2) py_raise_type_error(vm, "int() takes at most 2 arguments (%zu given)", nargs);
    py_val_t base = keyword(vm, nargs, args, kwnames, "base", allowed, "int");
    if (nargs == 2) base = args[1];
    py_val_t v = int_value(vm, nargs > 0 ? args[0] : PY_NULL, base);
    return type == vm->types[PY_T_int] ? v : wrap_subclass(vm, type, v);
}

// ---- slots ---------------------------------------------------------------------------

static py_val_t int_repr(py_vm_t *vm, py_val_t self) {
    return py_int_to_str(vm, self, 10);
}

py_hash_t py_int_slot_hash(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_int_hash(self);
}

int py_int_slot_truth(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_int_sign(self) != 0;
}

// Whether a comparison with outcome [c] (-1, 0, 1; 2 unordered) holds.
static bool holds(py_compare_op_t op, int c) {
    if (c == 2) return op == PY_CMP_OP_NE;
    switch (op) {
    case PY_CMP_OP_EQ: return c == 0;
    case PY_CMP_OP_NE: return c != 0;
    case PY_CMP_OP_LT: return c < 0;
    case PY_CMP_OP_LE: return c <= 0;
    case PY_CMP_OP_GT: return c > 0;
    default: return c >= 0;
    }
}

// Comparing with a float is float's job (its slot takes either order), so
// that int.__eq__(1, 1.0) is NotImplemented, as in CPython.
py_val_t py_int_slot_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (!py_int_like(vm, a) || !py_int_like(vm, b)) return PY_NOTIMPLEMENTED;
    return py_bool(holds(op, py_int_cmp(a, b)));
}

// Mixed int and float is float's to handle (its slot takes either order), so
// that int.__add__(1, 2.0) is NotImplemented and a float subclass's
// __radd__ gets its turn, as in CPython.
py_val_t py_int_slot_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    if (py_int_like(vm, a) && py_int_like(vm, b)) return py_int_binary(vm, op, a, b);
    return PY_NOTIMPLEMENTED;
}

py_val_t py_int_slot_unary(py_vm_t *vm, py_unary_op_t op, py_val_t a) {
    switch (op) {
    case PY_UOP_NEG: return py_int_binary(vm, PY_OP_SUB, py_small(0), a);
    case PY_UOP_POS: return exact_int(vm, a);
    case PY_UOP_INVERT: return py_int_binary(vm, PY_OP_SUB, py_small(-1), a);
    default: return PY_NOTIMPLEMENTED;
    }
}

// ---- methods ---------------------------------------------------------------------------

static py_val_t int_float(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return py_float_new(vm, py_int_to_double(vm, exact_int(vm, args[0])));
}

static py_val_t int_bit_length(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    py_int_view_t w;
    py_int_view(args[0], &w);
    return py_int_from_u64(vm, py_mpn_bit_length(w.d, w.n));
}

static py_val_t int_bit_count(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    py_int_view_t w;
    py_int_view(args[0], &w);
    return py_int_from_u64(vm, py_mpn_popcount(w.d, w.n));
}

static py_val_t int_self(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return exact_int(vm, args[0]);
}

static py_val_t int_abs(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    if (py_int_sign(args[0]) < 0) return py_int_binary(vm, PY_OP_SUB, py_small(0), args[0]);
    return exact_int(vm, args[0]);
}

static py_val_t int_ratio(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    py_val_t items[2] = {exact_int(vm, args[0]), py_small(1)};
    return py_tuple_new(vm, 2, items);
}

// round(x, n) for n < 0: the nearest multiple of 10**-n, ties to even.
static py_val_t round_to_tens(py_vm_t *vm, py_val_t x, int64_t n) {
    // 10**k > 8**k >= 2 * |x| once 3k > bit_length(x): the answer is 0, and
    // 10**k itself might not fit in memory (round(1, -10**18)).
    py_int_view_t w;
    py_int_view(x, &w);
    if ((uint64_t)-(n + 1) >= py_mpn_bit_length(w.d, w.n) / 3 + 1) return py_small(0);
    py_val_t p = py_int_binary(vm, PY_OP_POW, py_small(10), py_int_from_i64(vm, -n));
    py_val_t q = py_int_binary(vm, PY_OP_FLOORDIV, x, p);
    py_val_t r = py_int_binary(vm, PY_OP_MOD, x, p);
    int c = py_int_cmp(py_int_binary(vm, PY_OP_MUL, r, py_small(2)), p);
    bool odd = py_int_sign(py_int_binary(vm, PY_OP_AND, q, py_small(1))) != 0;
    if (c > 0 || (c == 0 && odd)) q = py_int_binary(vm, PY_OP_ADD, q, py_small(1));
    return py_int_binary(vm, PY_OP_MUL, q, p);
}

static py_val_t int_round(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)kw;
    py_val_t x = exact_int(vm, args[0]);
    if (nargs < 2) return x;
    int64_t n;
    py_val_t nd = py_index(vm, args[1]);   // None too is a TypeError, as in CPython
    if (!py_int_to_i64(nd, &n)) return py_int_sign(nd) > 0 ? x : py_small(0);
    return n >= 0 ? x : round_to_tens(vm, x, n);
}

static bool byteorder_little(py_vm_t *vm, py_val_t order, const char *fn) {
    if (order == PY_NULL) return false;
    if (!py_is_str(vm, order))
        py_raise_type_error(vm, "%s() argument 'byteorder' must be str, not %s", fn,
                            py_type_name(vm, order));
    if (py_str_eq_c(order, "little")) return true;
    if (py_str_eq_c(order, "big")) return false;
    py_raise_value_error(vm, "byteorder must be either 'little' or 'big'");
}

// The positional-or-keyword argument [i] (self counted) of a method call.
static py_val_t arg_at(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames,
                       size_t i, const char *name, const char *const *allowed, const char *fn) {
    py_val_t k = keyword(vm, nargs, args, kwnames, name, allowed, fn);
    if (i < nargs) {
        if (k != PY_NULL)
            py_raise_type_error(vm, "argument for %s() given by name ('%s') and position (%zu)",
                                fn, name, i);
        return args[i];
    }
    return k;
}

// to_bytes and from_bytes take two positional arguments; `signed` is keyword-only.
static void at_most_positional(py_vm_t *vm, const char *fn, size_t nargs) {
    if (nargs > 3)
        py_raise_type_error(vm, "%s() takes at most 2 positional arguments (%zu given)", fn, nargs - 1);
}

// Little-endian two's complement of [w] into [out] of [len] bytes; false if it does not fit.
static bool int_to_le_bytes(const py_int_view_t *w, uint8_t *out, size_t len, bool is_signed) {
    size_t bits = py_mpn_bit_length(w->d, w->n);
    // CPython's quirk: -1 "fits" in zero bytes ((-1).to_bytes(0, signed=True) == b'').
    if (len == 0 && w->neg && bits == 1) return is_signed;
    if (bits > len * 8) return false;
    for (size_t i = 0; i < len && i / 4 < w->n; i++) out[i] = (uint8_t)(w->d[i / 4] >> (8 * (i % 4)));
    if (!w->neg) return !is_signed || bits < len * 8 || bits == 0;
    unsigned carry = 1;
    for (size_t i = 0; i < len; i++) {
        unsigned v = (uint8_t)~out[i] + carry;
        out[i] = (uint8_t)v;
        carry = v >> 8;
    }
    return len > 0 && (out[len - 1] & 0x80);
}

static py_val_t int_to_bytes(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    static const char *const allowed[] = {"length", "byteorder", "signed", NULL};
    at_most_positional(vm, "to_bytes", nargs);
    py_val_t lv = arg_at(vm, nargs, args, kw, 1, "length", allowed, "to_bytes");
    py_val_t order = arg_at(vm, nargs, args, kw, 2, "byteorder", allowed, "to_bytes");
    py_val_t sv = keyword(vm, nargs, args, kw, "signed", allowed, "to_bytes");
    int64_t len = lv == PY_NULL ? 1 : py_to_int64(vm, lv);
    bool little = byteorder_little(vm, order, "to_bytes"), is_signed = sv != PY_NULL && py_truthy(vm, sv);
    if (len < 0) py_raise_value_error(vm, "length argument must be non-negative");
    py_int_view_t w;
    py_int_view(args[0], &w);
    if (w.neg && !is_signed)
        py_raise_fmt(vm, PY_EXC_OverflowError, "can't convert negative int to unsigned");
    py_bytes_t *b = py_bytes_alloc(vm, (size_t)len);
    if (!int_to_le_bytes(&w, b->data, (size_t)len, is_signed))
        py_raise_fmt(vm, PY_EXC_OverflowError, "int too big to convert");
    for (size_t i = 0; !little && i < (size_t)len / 2; i++) {
        uint8_t t = b->data[i];
        b->data[i] = b->data[len - 1 - (int64_t)i];
        b->data[len - 1 - (int64_t)i] = t;
    }
    return py_from_obj(b);
}

// A bytes object from a bytes-like object or an iterable of ints in
// 0..255, as CPython's bytes(x) inside from_bytes.
static py_val_t bytes_of(py_vm_t *vm, py_val_t src) {
    py_buffer_t view;
    if (py_is_bytes(vm, src)) return src;
    if (py_buffer_get(vm, src, &view, false)) {
        py_bytes_t *b = py_bytes_alloc(vm, view.len);
        py_buffer_require(vm, src, &view, false);   // re-got: views do not survive allocation
        memcpy(b->data, view.data, view.len);
        return py_from_obj(b);
    }
    py_type_t *t = py_type_of(vm, src);
    if (py_is_str(vm, src) || (t->slots.iter == NULL && t->slots.getitem == NULL))
        py_raise_type_error(vm, "cannot convert '%s' object to bytes", py_type_name(vm, src));
    py_val_t it = py_iter(vm, src), items = py_tuple_from_iter(vm, it);
    py_tuple_t *tp = py_tuple_ptr(items);
    py_bytes_t *b = py_bytes_alloc(vm, tp->len);
    for (size_t i = 0; i < tp->len; i++) {
        int64_t v;
        if (!py_int_to_i64(py_index(vm, tp->items[i]), &v) || v < 0 || v > 255)
            py_raise_value_error(vm, "bytes must be in range(0, 256)");
        b->data[i] = (uint8_t)v;
    }
    return py_from_obj(b);
}

static py_val_t int_from_bytes(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    static const char *const allowed[] = {"bytes", "byteorder", "signed", NULL};
    at_most_positional(vm, "from_bytes", nargs);
    py_val_t src = arg_at(vm, nargs, args, kw, 1, "bytes", allowed, "from_bytes");
    py_val_t order = arg_at(vm, nargs, args, kw, 2, "byteorder", allowed, "from_bytes");
    py_val_t sv = keyword(vm, nargs, args, kw, "signed", allowed, "from_bytes");
    if (src == PY_NULL)
        py_raise_type_error(vm, "from_bytes() missing required argument 'bytes' (pos 1)");
    bool little = byteorder_little(vm, order, "from_bytes"), is_signed = sv != PY_NULL && py_truthy(vm, sv);
    py_val_t bv = bytes_of(vm, src);
    size_t len = py_bytes_ptr(bv)->len;
    py_bigint_t *r = py_int_alloc(vm, len / 4 + 1);
    py_limb_t *d = py_bigint_limbs(r);
    const uint8_t *p = py_bytes_ptr(bv)->data;
    for (size_t i = 0; i < len; i++) {
        uint8_t byte = little ? p[i] : p[len - 1 - i];
        d[i / 4] |= (py_limb_t)byte << (8 * (i % 4));
    }
    bool neg = is_signed && len > 0 && ((little ? p[len - 1] : p[0]) & 0x80);
    if (neg) {   // value - 2^(8 len): negate the two's complement
        size_t n = len / 4 + 1;
        for (size_t i = 0; i < n; i++) d[i] = ~d[i];
        if (len % 4) d[len / 4] &= ((py_limb_t)1 << (8 * (len % 4))) - 1;
        else d[len / 4] = 0;
        py_mpn_add_1(d, d, n, 1);
    }
    py_val_t v = py_int_finish(r, len / 4 + 1, neg);
    py_type_t *cls = (py_type_t *)py_obj(args[0]);
    return cls == vm->types[PY_T_int] ? v : py_call1(vm, args[0], v);
}

static py_val_t int_getnewargs(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    py_val_t v = exact_int(vm, args[0]);
    return py_tuple_new(vm, 1, &v);
}

const py_method_def_t py_int_methods[] = {
    {"bit_length", int_bit_length, 1, 1, 0},
    {"bit_count", int_bit_count, 1, 1, 0},
    {"conjugate", int_self, 1, 1, 0},
    {"__index__", int_self, 1, 1, 0},
    {"__format__", py_format_method, 2, 2, 0},
    {"__float__", int_float, 1, 1, 0},
    {"__int__", int_self, 1, 1, 0},
    {"__trunc__", int_self, 1, 1, 0},
    {"__floor__", int_self, 1, 1, 0},
    {"__ceil__", int_self, 1, 1, 0},
    {"__abs__", int_abs, 1, 1, 0},
    {"__round__", int_round, 1, 2, 0},
    {"as_integer_ratio", int_ratio, 1, 1, 0},
    {"to_bytes", int_to_bytes, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"from_bytes", int_from_bytes, 1, PY_VARARGS, PY_METH_KEYWORDS | PY_METH_CLASS},
    {"__getnewargs__", int_getnewargs, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

// The numbers-protocol attributes CPython gives int as descriptors: x.real
// and x.numerator are x as an exact int, x.imag 0 and x.denominator 1.
// Reached only when the type's dict has no such name (obj.h's getattr slot).
static py_val_t int_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    if (py_str_eq_c(name, "real") || py_str_eq_c(name, "numerator")) return exact_int(vm, self);
    if (py_str_eq_c(name, "imag")) return py_small(0);
    if (py_str_eq_c(name, "denominator")) return py_small(1);
    return PY_NULL;
}

const py_type_spec_t py_int_spec = {
    .name = "int",
    .base = PY_T_object,
    .basicsize = sizeof(py_bigint_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .make_new = int_make_new,
        .repr = int_repr,
        .hash = py_int_slot_hash,
        .compare = py_int_slot_compare,
        .binary = py_int_slot_binary,
        .unary = py_int_slot_unary,
        .truth = py_int_slot_truth,
        .getattr = int_getattr,
    },
    .methods = py_int_methods,
};
