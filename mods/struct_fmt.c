// mods/struct_fmt.c: struct format strings: layout, and the values of each code.
// Layer: library modules (the struct module's engine, see struct_fmt.h).
// SPDX-License-Identifier: MIT

#include "struct_fmt.h"

#include <float.h>
#include <math.h>
#include <stdarg.h>

#include "except.h"
#include "gc.h"
#include "modkit.h"
#include "obj_bytes.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

_Noreturn void py_struct_fmt_error(py_vm_t *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    py_val_t msg = py_str_vformat_c(vm, fmt, ap);
    va_end(ap);
    py_modkit_raise(vm, "struct", "error", "%S", msg);
}

// ---- the codes ------------------------------------------------------------------------

// The size of code [c], or 0 when the mode has no such code.
static size_t code_size(char c, bool native) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'l': case 'L': return native ? sizeof(long) : 4;
    case 'n': case 'N': return native ? sizeof(size_t) : 0;
    case 'P': return native ? sizeof(void *) : 0;
    default: return 0;
    }
}

// Alignment of each native code inside a C struct, measured as CPython's
// struct module does (offset of a field after one char): it may be less than
// the size (i386 places double and long long at 4-byte boundaries).
#define ALIGN_OF(name, T) struct align_##name { char c; T x; };
ALIGN_OF(short, short) ALIGN_OF(int, int) ALIGN_OF(long, long) ALIGN_OF(llong, long long)
ALIGN_OF(size, size_t) ALIGN_OF(ptr, void *) ALIGN_OF(float, float) ALIGN_OF(double, double)
#undef ALIGN_OF

static size_t native_align(char c) {
    switch (c) {
    case 'h': case 'H': case 'e': return offsetof(struct align_short, x);
    case 'i': case 'I': return offsetof(struct align_int, x);
    case 'l': case 'L': return offsetof(struct align_long, x);
    case 'q': case 'Q': return offsetof(struct align_llong, x);
    case 'n': case 'N': return offsetof(struct align_size, x);
    case 'P': return offsetof(struct align_ptr, x);
    case 'f': return offsetof(struct align_float, x);
    case 'd': return offsetof(struct align_double, x);
    default: return 1;
    }
}

static bool host_little(void) {
    const uint16_t one = 1;
    return *(const uint8_t *)&one == 1;
}

// The count before a code: digits, at most SIZE_MAX / 2 so sizes stay representable.
static size_t parse_count(py_vm_t *vm, const char **p) {
    size_t n = 0;
    while (**p >= '0' && **p <= '9') {
        if (n > (SIZE_MAX / 2 - 9) / 10) py_struct_fmt_error(vm, "total struct size too long");
        n = n * 10 + (size_t)(*(*p)++ - '0');
    }
    return n;
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Adds [n] to *total, raising "total struct size too long" on overflow.
static void add_size(py_vm_t *vm, size_t *total, size_t n) {
    if (n > SIZE_MAX / 2 - *total) py_struct_fmt_error(vm, "total struct size too long");
    *total += n;
}

// Walks the format once; stores the items when [items] is not NULL.
// Returns the number of items; sets layout->size and nvalues.
static size_t walk(py_vm_t *vm, const char *s, const char *end, py_struct_layout_t *layout,
                   py_struct_item_t *items) {
    size_t n = 0, offset = 0, nvalues = 0;
    for (const char *p = s; p < end;) {
        if (is_space(*p)) { p++; continue; }
        bool has_count = *p >= '0' && *p <= '9';
        size_t count = has_count ? parse_count(vm, &p) : 1;
        if (p == end) py_struct_fmt_error(vm, "repeat count given without format specifier");
        char c = *p++;
        size_t size = code_size(c, layout->native);
        if (size == 0) py_struct_fmt_error(vm, "bad char in struct format");
        if (layout->native && size > 1) {   // align the item as a C struct does
            size_t align = native_align(c);
            size_t pad = (align - offset % align) % align;
            add_size(vm, &offset, pad);
        }
        if (items) items[n] = (py_struct_item_t){c, (uint8_t)size, count, offset};
        n++;
        if (c == 's' || c == 'p') {
            add_size(vm, &offset, count);
            nvalues++;
        } else {
            if (count && size > (SIZE_MAX / 2) / count) py_struct_fmt_error(vm, "total struct size too long");
            add_size(vm, &offset, count * size);
            if (c != 'x') nvalues += count;
        }
    }
    layout->size = offset;
    layout->nvalues = nvalues;
    return n;
}

void py_struct_fmt_parse(py_vm_t *vm, py_val_t fmt, py_struct_layout_t *layout) {
    const char *s;
    size_t len;
    if (py_is_str(vm, fmt)) {
        s = py_str_bytes(fmt), len = py_str_len(fmt);
    } else if (py_is_bytes(vm, fmt)) {
        s = (const char *)py_bytes_ptr(fmt)->data, len = py_bytes_ptr(fmt)->len;
    } else {
        py_raise_type_error(vm, "Struct() argument 1 must be a str or bytes object, not %T", fmt);
    }
    // CPython converts the format to a C string first
    if (memchr(s, '\0', len)) py_struct_fmt_error(vm, "embedded null character");
    const char *end = s + len;
    layout->native = true;
    layout->little = host_little();
    if (len > 0 && *s && strchr("@=<>!", *s)) {
        char order = *s++;
        layout->native = order == '@';
        if (order == '<') layout->little = true;
        if (order == '>' || order == '!') layout->little = false;
    }
    layout->nitems = walk(vm, s, end, layout, NULL);
    layout->items = NULL;
    if (layout->nitems) {
        layout->items = py_gc_new_bytes(vm, layout->nitems * sizeof(py_struct_item_t));
        walk(vm, s, end, layout, layout->items);
    }
}

// ---- integers ---------------------------------------------------------------------------

static void store_uint(uint8_t *p, uint64_t v, size_t size, bool little) {
    for (size_t i = 0; i < size; i++) p[little ? i : size - 1 - i] = (uint8_t)(v >> (8 * i));
}

static uint64_t load_uint(const uint8_t *p, size_t size, bool little) {
    uint64_t v = 0;
    for (size_t i = 0; i < size; i++) v |= (uint64_t)p[little ? i : size - 1 - i] << (8 * i);
    return v;
}

static bool has_slot(py_vm_t *vm, py_val_t v, py_name_id_t name) {
    return py_type_lookup(vm, py_type_of(vm, v), py_name(vm, name)) != PY_NULL;
}

// [v] as an int: an int itself or through __index__, else struct.error.
static py_val_t int_arg(py_vm_t *vm, py_val_t v) {
    if (py_is_int(vm, v)) return v;
    if (!has_slot(vm, v, PY_NAME___index__))
        py_struct_fmt_error(vm, "required argument is not an integer");
    return py_index(vm, v);
}

// [v] as a C long, as CPython's get_long: "argument out of range" beyond 64 bits.
static int64_t get_signed(py_vm_t *vm, py_val_t v) {
    int64_t i;
    if (!py_int_to_i64(int_arg(vm, v), &i)) py_struct_fmt_error(vm, "argument out of range");
    return i;
}

// [v] as a C unsigned long: negative or beyond 64 bits is out of range.
static uint64_t get_unsigned(py_vm_t *vm, py_val_t v, const char *overflow_msg) {
    v = int_arg(vm, v);
    int64_t i;
    if (py_int_sign(v) < 0) py_struct_fmt_error(vm, "%s", overflow_msg);
    if (py_int_to_i64(v, &i)) return (uint64_t)i;
    // 2**63 <= v: v - 2**64 fits in an int64 exactly when v < 2**64.
    py_val_t two64 = py_int_binary(vm, PY_OP_LSHIFT, py_small(1), py_small(64));
    if (!py_int_to_i64(py_int_binary(vm, PY_OP_SUB, v, two64), &i) || i >= 0)
        py_struct_fmt_error(vm, "%s", overflow_msg);
    return (uint64_t)i;
}

// The C-type names CPython's range errors give the 1- and 2-byte codes.
static const char *small_name(char c) {
    switch (c) {
    case 'b': return "byte";
    case 'B': return "ubyte";
    case 'h': return "short";
    default: return "ushort";
    }
}

// "argument out of range" when [narrow] (a 32-bit C long) and [i] does not fit one.
static void check_long(py_vm_t *vm, bool narrow, int64_t i) {
    if (narrow && (i < -2147483647 - 1 || i > 2147483647)) py_struct_fmt_error(vm, "argument out of range");
}

// The bits of integer code [c] of [size] bytes for value [v], range-checked.
static uint64_t pack_int(py_vm_t *vm, char c, size_t size, py_val_t v) {
    if (c == 'P') {   // a pointer: -2**63 .. 2**64-1, as PyLong_AsVoidPtr (-2**31 .. 2**32-1 on 32-bit hosts)
        int64_t i;
        bool fits = py_int_to_i64(int_arg(vm, v), &i);
        uint64_t u = fits ? (uint64_t)i : get_unsigned(vm, v, "int too large to convert");
        if (size < 8 && (!fits || i < -2147483647 - 1 || i > (int64_t)0xFFFFFFFFu))
            py_struct_fmt_error(vm, "int too large to convert");
        return u;
    }
    bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    // Every code but q and Q goes through a C long, 32 bits on 32-bit hosts
    // (n and N through ssize_t and size_t, as wide), as CPython's get_long and
    // get_ulong: "argument out of range" past it, before the code's own range.
    bool narrow_long = sizeof(long) < 8 && c != 'q' && c != 'Q';
    if (size <= 2) {   // these go through a C long, then get the C type's name in errors
        int64_t i = get_signed(vm, v);
        check_long(vm, narrow_long, i);
        int64_t lo = is_signed ? -((int64_t)1 << (8 * size - 1)) : 0;
        int64_t hi = is_signed ? ((int64_t)1 << (8 * size - 1)) - 1 : ((int64_t)1 << (8 * size)) - 1;
        if (i < lo || i > hi)
            py_struct_fmt_error(vm, "%s format requires %d <= number <= %d", small_name(c), (int)lo,
                                (int)hi);
        return (uint64_t)i;
    }
    if (is_signed) {
        int64_t i = get_signed(vm, v);
        check_long(vm, narrow_long, i);
        int64_t lim = size < 8 ? (int64_t)1 << (8 * size - 1) : 0;
        if (size < 8 && (i < -lim || i >= lim))
            py_struct_fmt_error(vm, "'%c' format requires %s <= number <= %s", c,
                                "-2147483648", "2147483647");
        return (uint64_t)i;
    }
    uint64_t u = get_unsigned(vm, v, "argument out of range");
    if (narrow_long && u > 0xFFFFFFFFu) py_struct_fmt_error(vm, "argument out of range");
    if (size < 8 && u >> (8 * size))
        py_struct_fmt_error(vm, "'%c' format requires 0 <= number <= %s", c, "4294967295");
    return u;
}

static py_val_t unpack_int(py_vm_t *vm, char c, size_t size, uint64_t bits) {
    bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    if (!is_signed) return py_int_from_u64(vm, bits);
    if (size < 8 && (bits >> (8 * size - 1)) & 1) bits |= ~(uint64_t)0 << (8 * size);   // sign-extend
    return py_int_from_i64(vm, (int64_t)bits);
}

// ---- floats -------------------------------------------------------------------------------

// [v] as a double: a float or int, or through __float__ / __index__, else struct.error.
static double float_arg(py_vm_t *vm, py_val_t v) {
    if (py_is_float(vm, v)) return py_float_val(v);
    if (py_is_int(vm, v)) return py_to_double(vm, v);
    if (has_slot(vm, v, PY_NAME___float__)) return py_to_double(vm, v);
    if (has_slot(vm, v, PY_NAME___index__)) return py_to_double(vm, py_index(vm, v));
    py_struct_fmt_error(vm, "required argument is not a float");
}

// IEEE 754 binary16 bits of [x], rounded half to even; false when |x| is too
// large for a finite half.
static bool half_from_double(double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) return *out = sign | 0x7e00, true;
    if (isinf(x)) return *out = sign | 0x7c00, true;
    x = fabs(x);
    if (x == 0) return *out = sign, true;
    int e;
    double f = frexp(x, &e);   // x = f * 2**e, 0.5 <= f < 1
    int biased = e + 14;       // the exponent field x would have: x = 1.m * 2**(biased - 15)
    if (biased > 30) return false;
    // The value in units of the last place: 2**-10 of the leading bit for a
    // normal half, 2**-24 for a subnormal one (biased 0).
    double units = biased >= 1 ? (2 * f - 1) * 1024 : ldexp(x, 24);
    if (biased < 1) biased = 0;
    double m = floor(units), r = units - m;
    if (r > 0.5 || (r == 0.5 && fmod(m, 2) == 1)) m += 1;
    // A mantissa rounded up to 1024 carries into the exponent, which this sum does.
    uint32_t bits = ((uint32_t)biased << 10) + (uint32_t)m;
    if (bits >= 0x7c00) return false;
    *out = sign | (uint16_t)bits;
    return true;
}

static double half_to_double(uint16_t h) {
    int exp = (h >> 10) & 31;
    double mant = h & 1023, x;
    if (exp == 0) x = ldexp(mant, -24);
    else if (exp == 31) x = mant ? NAN : INFINITY;
    else x = ldexp(mant + 1024, exp - 25);
    return (h & 0x8000) ? -x : x;
}

static void pack_float(py_vm_t *vm, const py_struct_layout_t *l, char c, py_val_t v, uint8_t *p) {
    double x = float_arg(vm, v);
    if (c == 'e') {
        uint16_t h;
        if (!half_from_double(x, &h))
            py_raise_fmt(vm, PY_EXC_OverflowError, "float too large to pack with e format");
        store_uint(p, h, 2, l->little);
    } else if (c == 'f') {
        float y = (float)x;
        if (!l->native && isinf(y) && !isinf(x))
            py_raise_fmt(vm, PY_EXC_OverflowError, "float too large to pack with f format");
        uint32_t bits;
        memcpy(&bits, &y, 4);
        store_uint(p, bits, 4, l->little);
    } else {
        uint64_t bits;
        memcpy(&bits, &x, 8);
        store_uint(p, bits, 8, l->little);
    }
}

static py_val_t unpack_float(py_vm_t *vm, const py_struct_layout_t *l, char c, const uint8_t *p) {
    if (c == 'e') return py_float_new(vm, half_to_double((uint16_t)load_uint(p, 2, l->little)));
    if (c == 'f') {
        uint32_t bits = (uint32_t)load_uint(p, 4, l->little);
        float y;
        memcpy(&y, &bits, 4);
        return py_float_new(vm, y);
    }
    uint64_t bits = load_uint(p, 8, l->little);
    double x;
    memcpy(&x, &bits, 8);
    return py_float_new(vm, x);
}

// ---- bytes codes -----------------------------------------------------------------------------

// The bytes of an 's', 'p' or 'c' argument: bytes or bytearray only, as CPython.
static bool bytes_arg(py_vm_t *vm, py_val_t v, py_buffer_t *view) {
    if (!py_is_bytes(vm, v) && !py_is_a(vm, v, PY_T_bytearray)) return false;
    return py_buffer_get(vm, v, view, false);
}

static void pack_bytes(py_vm_t *vm, const py_struct_item_t *it, py_val_t v, uint8_t *p) {
    py_buffer_t view;
    if (!bytes_arg(vm, v, &view))
        py_struct_fmt_error(vm, "argument for '%c' must be a bytes object", it->code);
    size_t n = view.len < it->count ? view.len : it->count;
    if (it->code == 'p' && it->count > 0) {   // a length byte, then at most count - 1 bytes
        n = view.len < it->count - 1 ? view.len : it->count - 1;
        *p++ = (uint8_t)(n < 255 ? n : 255);
    }
    memcpy(p, view.data, n);
}

static py_val_t unpack_bytes(py_vm_t *vm, const py_struct_item_t *it, const uint8_t *p) {
    if (it->code == 's') return py_bytes_new(vm, p, it->count);
    if (it->count == 0) return py_bytes_new(vm, p, 0);
    size_t n = p[0] < it->count - 1 ? p[0] : it->count - 1;
    return py_bytes_new(vm, p + 1, n);
}

// ---- pack and unpack ---------------------------------------------------------------------------

static void pack_one(py_vm_t *vm, const py_struct_layout_t *l, const py_struct_item_t *it,
                     py_val_t v, uint8_t *p) {
    switch (it->code) {
    case '?': *p = py_truthy(vm, v); return;
    case 'c':   // bytes only: not even bytearray, as CPython
        if (!py_is_bytes(vm, v) || py_bytes_ptr(v)->len != 1)
            py_struct_fmt_error(vm, "char format requires a bytes object of length 1");
        *p = py_bytes_ptr(v)->data[0];
        return;
    case 'e': case 'f': case 'd': pack_float(vm, l, it->code, v, p); return;
    default: store_uint(p, pack_int(vm, it->code, it->size, v), it->size, l->little);
    }
}

void py_struct_fmt_pack(py_vm_t *vm, const py_struct_layout_t *l, const py_val_t *values,
                        uint8_t *out) {
    size_t k = 0;
    for (size_t i = 0; i < l->nitems; i++) {
        const py_struct_item_t *it = &l->items[i];
        if (it->code == 'x') continue;
        if (it->code == 's' || it->code == 'p') {
            pack_bytes(vm, it, values[k++], out + it->offset);
            continue;
        }
        for (size_t j = 0; j < it->count; j++)
            pack_one(vm, l, it, values[k++], out + it->offset + j * it->size);
    }
}

static py_val_t unpack_one(py_vm_t *vm, const py_struct_layout_t *l, const py_struct_item_t *it,
                           const uint8_t *p) {
    switch (it->code) {
    case '?': return py_bool(*p != 0);
    case 'c': return py_bytes_new(vm, p, 1);
    case 'e': case 'f': case 'd': return unpack_float(vm, l, it->code, p);
    default: return unpack_int(vm, it->code, it->size, load_uint(p, it->size, l->little));
    }
}

py_val_t py_struct_fmt_unpack(py_vm_t *vm, const py_struct_layout_t *l, const uint8_t *data) {
    py_val_t t = py_tuple_new(vm, l->nvalues, NULL);
    py_val_t *items = py_tuple_ptr(t)->items;   // the tuple does not move: safe to keep
    size_t k = 0;
    for (size_t i = 0; i < l->nitems; i++) {
        const py_struct_item_t *it = &l->items[i];
        if (it->code == 'x') continue;
        if (it->code == 's' || it->code == 'p') {
            items[k++] = unpack_bytes(vm, it, data + it->offset);
            continue;
        }
        for (size_t j = 0; j < it->count; j++)
            items[k++] = unpack_one(vm, l, it, data + it->offset + j * it->size);
    }
    return t;
}
