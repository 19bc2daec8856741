// vm/obj_int_str.c: int to text and text to int: int(s, base) and str(n).
// Layer: vm core (types). Long decimal conversions use the subquadratic
// routines of vm/mpn_conv.c.
// SPDX-License-Identifier: MIT

#include "obj_int_impl.h"
#include "obj_str.h"
#include "except.h"
#include "gc.h"
#include "interrupt.h"

// ---- parsing ---------------------------------------------------------------------

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static _Noreturn void bad_literal(py_vm_t *vm, const char *s, size_t len, int base) {
    py_val_t text = py_str_new(vm, s, len);
    py_raise_value_error(vm, "invalid literal for int() with base %d: %R", base, text);
}

// Consumes a 0x/0o/0b prefix that agrees with *base (or picks the base when 0).
static bool take_prefix(const char **p, const char *end, int *base) {
    if (end - *p < 2 || (*p)[0] != '0') return false;
    char c = (char)((*p)[1] | 0x20);
    int b = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (b == 0 || (*base != 0 && *base != b)) return false;
    *base = b;
    *p += 2;
    return true;
}

// Checks the digits and underscores of [p, end) in [base]; returns the digit
// count, or (size_t)-1 when malformed. An underscore must sit between two
// digits, or between a base prefix and a digit.
static size_t count_digits(const char *p, const char *end, int base, bool prefixed) {
    size_t count = 0;
    bool prev_digit = prefixed;
    for (; p < end; p++) {
        if (*p == '_') {
            if (!prev_digit || p + 1 == end || digit_value(p[1]) >= base) return (size_t)-1;
            prev_digit = false;
            continue;
        }
        if (digit_value(*p) >= base) return (size_t)-1;
        prev_digit = true;
        count++;
    }
    return count;
}

static py_val_t parse_small(py_vm_t *vm, const char *p, const char *end, int base, bool neg) {
    uint64_t v = 0;
    for (; p < end; p++) {
        if (*p != '_') v = v * (uint64_t)base + (uint64_t)digit_value(*p);
    }
    return neg ? py_int_from_i64(vm, -(int64_t)v) : py_int_from_u64(vm, v);
}

static py_val_t parse_big(py_vm_t *vm, const char *p, const char *end, int base, bool neg,
                          size_t count) {
    uint8_t *dig = py_gc_new_bytes(vm, count);
    size_t k = 0;
    for (; p < end; p++) {
        if (*p == '_') continue;
        dig[k++] = (uint8_t)(base == 10 ? *p : digit_value(*p));
    }
    size_t rn = base == 10 ? py_mpn_from_dec_limbs(count)
                           : py_mpn_from_digits_limbs(count, (unsigned)base);
    py_bigint_t *r = py_int_alloc(vm, rn);
    size_t n;
    if (base == 10) {
        py_limb_t *s = py_int_scratch(vm, py_mpn_from_dec_scratch(count));
        n = py_mpn_from_dec(py_bigint_limbs(r), (const char *)dig, count, s);
        py_int_release(vm, s);
    } else {
        n = py_mpn_from_digits(py_bigint_limbs(r), dig, count, (unsigned)base);
    }
    py_interrupt_check(vm);   // a Ctrl-C stopped the parse: r is not the value
    py_gc_release(vm, dig);
    return py_int_finish(r, n, neg);
}

// Digits below which the value surely fits 63 bits: 36^12 < 2^63.
#define SMALL_DIGITS 12

py_val_t py_int_try_parse(py_vm_t *vm, const char *s, size_t len, int base) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    bool neg = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+')) p++;
    int b = base;
    bool prefixed = take_prefix(&p, end, &b);
    if (b == 0) {
        b = 10;
        // Base 0 follows the literal rules: no leading zeros unless all zeros.
        for (const char *q = p; q < end && *p == '0'; q++) {
            if (*q != '0' && *q != '_') return PY_NULL;
        }
    }
    size_t count = count_digits(p, end, b, prefixed);
    if (count == 0 || count == (size_t)-1) return PY_NULL;
    if (count <= SMALL_DIGITS || (b == 10 && count <= 18)) return parse_small(vm, p, end, b, neg);
    return parse_big(vm, p, end, b, neg, count);
}

py_val_t py_int_parse(py_vm_t *vm, const char *s, size_t len, int base) {
    if (base != 0 && (base < 2 || base > 36))
        py_raise_value_error(vm, "int() base must be >= 2 and <= 36, or 0");
    py_val_t r = py_int_try_parse(vm, s, len, base);
    if (r == PY_NULL) bad_literal(vm, s, len, base);
    return r;
}

// ---- formatting ------------------------------------------------------------------

static size_t format_u64(char *out, uint64_t m, int base) {
    static const char chars[] = "0123456789abcdef";
    char tmp[64];
    size_t n = 0;
    do {
        tmp[n++] = chars[m % (unsigned)base];
        m /= (unsigned)base;
    } while (m);
    for (size_t i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    return n;
}

static py_val_t make_str(py_vm_t *vm, const char *digits, size_t len, bool neg) {
    py_str_t *str = py_str_alloc(vm, len + neg);
    if (neg) str->data[0] = '-';
    memcpy(str->data + neg, digits, len);
    return py_str_finish(vm, str);
}

py_val_t py_int_to_str(py_vm_t *vm, py_val_t v, int base) {
    v = py_int_unbool(v);
    if (py_is_small(v)) {
        py_int_t x = py_small_val(v);
        char buf[72];
        size_t n = format_u64(buf, x < 0 ? -(uint64_t)x : (uint64_t)x, base);
        return make_str(vm, buf, n, x < 0);
    }
    py_int_view_t w;
    py_int_view(v, &w);
    if (base != 10) {
        unsigned bits = base == 2 ? 1 : base == 8 ? 3 : 4;
        char *out = py_gc_new_bytes(vm, w.n * 32 + 1);
        size_t n = py_mpn_to_pow2(out, w.d, w.n, bits);
        return make_str(vm, out, n, w.neg);
    }
    py_limb_t *s = py_int_scratch(vm, py_mpn_to_dec_scratch(w.n));
    char *out = py_gc_new_bytes(vm, py_mpn_to_dec_size(w.n));
    size_t n = py_mpn_to_dec(out, w.d, w.n, s);
    py_interrupt_check(vm);   // a Ctrl-C stopped the conversion: out is not the digits
    py_int_release(vm, s);
    py_val_t r = make_str(vm, out, n, w.neg);
    py_gc_release(vm, out);
    return r;
}
