// vm/obj_complex_new.c: complex(real=0, imag=0) and complex(str), with the
// spellings, conversions and messages of CPython 3.11. Layer: vm core (types).
// SPDX-License-Identifier: MIT

#include <math.h>
#include <string.h>
#include "except.h"
#include "gc.h"
#include "obj_complex.h"
#include "obj_float.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

// ---- text to ASCII -------------------------------------------------------------------

// The zero of every run of Unicode decimal digits beyond ASCII (Unicode 14,
// CPython 3.11's): complex('\u0661') is 1, as float() reads such digits too.
static const uint32_t digit_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80,
    0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50,
    0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450,
    0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0,
    0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140,
    0x1e2f0, 0x1e950, 0x1fbf0,
};

static bool is_unicode_space(uint32_t cp) {
    return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

// The ASCII character CPython turns non-ASCII code point [cp] into: ' ' for
// a space, the digit for a decimal digit, else 0 (the text ends there).
static char ascii_of(uint32_t cp) {
    if (is_unicode_space(cp)) return ' ';
    for (size_t i = 0; i < sizeof digit_zeros / sizeof digit_zeros[0]; i++)
        if (cp >= digit_zeros[i] && cp < digit_zeros[i] + 10) return (char)('0' + cp - digit_zeros[i]);
    return 0;
}

static uint32_t decode(const unsigned char *s, size_t *pos) {
    unsigned char c = s[(*pos)++];
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    uint32_t cp = c & (0x3F >> more);
    for (; more > 0; more--) cp = cp << 6 | (s[(*pos)++] & 0x3F);
    return cp;
}

// [v]'s text with Unicode spaces and digits made ASCII, into a new buffer;
// an other non-ASCII character becomes '?' and ends it, as in CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII. May allocate.
static char *to_ascii(py_vm_t *vm, py_val_t v, size_t *len) {
    const unsigned char *s = (const unsigned char *)py_str_bytes(v);
    size_t n = py_str_len(v), pos = 0, out = 0;
    char *buf = py_gc_new_bytes(vm, n + 1);
    s = (const unsigned char *)py_str_bytes(v);   // no interior pointer kept across an allocation
    while (pos < n) {
        char c = s[pos] < 0x80 ? (char)s[pos++] : ascii_of(decode(s, &pos));
        buf[out++] = c ? c : '?';
        if (!c) break;
    }
    *len = out;
    return buf;
}

// ---- parsing --------------------------------------------------------------------------

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool match_word(const char *s, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - s) < n) return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != word[i]) return false;
    return true;
}

// The end of the float literal at [s] (sign, digits, point, exponent, or
// inf/infinity/nan), or [s] when there is none: CPython's PyOS_string_to_double
// reading a prefix.
static const char *float_end(const char *s, const char *end) {
    const char *p = s;
    if (p < end && (*p == '+' || *p == '-')) p++;
    if (match_word(p, end, "infinity")) return p + 8;
    if (match_word(p, end, "inf") || match_word(p, end, "nan")) return p + 3;
    const char *digits = p;
    while (p < end && is_digit(*p)) p++;
    bool any = p > digits;
    if (p < end && *p == '.') {
        const char *frac = ++p;
        while (p < end && is_digit(*p)) p++;
        any |= p > frac;
    }
    if (!any) return s;
    if (p < end && (*p | 0x20) == 'e') {
        const char *e = p + 1;
        if (e < end && (*e == '+' || *e == '-')) e++;
        const char *edigits = e;
        while (e < end && is_digit(*e)) e++;
        if (e > edigits) p = e;
    }
    return p;
}

// Reads a float literal at *s into *out, moving *s past it; false when none.
static bool read_float(const char **s, const char *end, double *out) {
    const char *e = float_end(*s, end);
    if (e == *s || !py_float_parse(*s, (size_t)(e - *s), out)) return false;
    *s = e;
    return true;
}

static bool is_j(const char *s, const char *end) { return s < end && (*s | 0x20) == 'j'; }

// <float> | <float>j | <float><signed-float>j | <float><sign>j | <sign>j | j
static bool parse_body(const char **sp, const char *end, double *x, double *y) {
    const char *s = *sp;
    double z;
    if (read_float(&s, end, &z)) {
        if (s < end && (*s == '+' || *s == '-')) {
            *x = z;
            if (!read_float(&s, end, y)) *y = *s++ == '+' ? 1.0 : -1.0;
            if (!is_j(s++, end)) return false;
        } else if (is_j(s, end)) {
            s++, *y = z;
        } else {
            *x = z;
        }
    } else {
        *y = 1.0;
        if (s < end && (*s == '+' || *s == '-')) *y = *s++ == '+' ? 1.0 : -1.0;
        if (!is_j(s++, end)) return false;
    }
    *sp = s;
    return true;
}

// The whole text: whitespace and an optional pair of parentheses around it.
static bool parse_complex(const char *s, size_t len, double *x, double *y) {
    const char *end = s + len;
    bool bracket = false;
    while (s < end && is_space(*s)) s++;
    if (s < end && *s == '(') {
        bracket = true, s++;
        while (s < end && is_space(*s)) s++;
    }
    *x = *y = 0.0;
    if (!parse_body(&s, end, x, y)) return false;
    while (s < end && is_space(*s)) s++;
    if (bracket) {
        if (s >= end || *s != ')') return false;
        s++;
        while (s < end && is_space(*s)) s++;
    }
    return s == end;
}

// Drops the underscores of [s] in place when each stands between two
// digits; false otherwise. As in CPython, a NUL ends the search for them.
static bool drop_underscores(char *s, size_t *len) {
    const char *nul = memchr(s, 0, *len);
    if (!memchr(s, '_', nul ? (size_t)(nul - s) : *len)) return true;
    size_t out = 0;
    char prev = 0;
    for (size_t i = 0; i < *len; i++) {
        char c = s[i];
        if (c == '_' ? !is_digit(prev) : prev == '_' && !is_digit(c)) return false;
        if (c == 0) return false;
        if (c != '_') s[out++] = c;
        prev = c;
    }
    *len = out;
    return prev != '_';
}

static py_val_t from_string(py_vm_t *vm, py_type_t *type, py_val_t v) {
    size_t len;
    char *s = to_ascii(vm, v, &len);
    if (!drop_underscores(s, &len))
        py_raise_value_error(vm, "could not convert string to complex: %R", v);
    double x, y;
    if (!parse_complex(s, len, &x, &y))
        py_raise_value_error(vm, "complex() arg is a malformed string");
    return py_complex_new_of(vm, type, x, y);
}

// ---- numbers ----------------------------------------------------------------------------

// The result of [v]'s __complex__, or PY_NULL when its type has none.
static py_val_t complex_special(py_vm_t *vm, py_val_t v) {
    py_val_t f = py_type_lookup(vm, py_type_of(vm, v), py_str_intern_c(vm, "__complex__"));
    if (f == PY_NULL) return PY_NULL;
    py_val_t r = py_class_call_dunder(vm, f, v, 0, NULL);
    if (!py_is_complex(vm, r))
        py_raise_type_error(vm, "__complex__ returned non-complex (type %T)", r);
    return r;
}

// True for what CPython lets complex() take as a part: a number, or an
// object with __float__ or __index__.
static bool is_number(py_vm_t *vm, py_val_t v) {
    if (py_is_int(vm, v) || py_is_bool(v) || py_is_float(vm, v) || py_is_complex(vm, v)) return true;
    py_type_t *t = py_type_of(vm, v);
    return py_type_lookup(vm, t, py_name(vm, PY_NAME___float__)) != PY_NULL ||
           py_type_lookup(vm, t, py_name(vm, PY_NAME___index__)) != PY_NULL;
}

// A real part as float(v) gives it (through __float__ or __index__).
static double real_of(py_vm_t *vm, py_val_t v) {
    py_val_t f = py_call1(vm, py_from_obj(vm->types[PY_T_float]), v);
    return py_float_val(f);
}

// complex(r, i) for numbers: r + i*1j, either of which may be complex.
static py_val_t from_numbers(py_vm_t *vm, py_type_t *type, py_val_t r, py_val_t i) {
    py_val_t special = complex_special(vm, r);
    if (special != PY_NULL) r = special;
    if (!is_number(vm, r))
        py_raise_type_error(vm, "complex() first argument must be a string or a number, not '%T'", r);
    if (i != PY_NULL && !is_number(vm, i))
        py_raise_type_error(vm, "complex() second argument must be a number, not '%T'", i);
    double re, re_im = 0.0, im = 0.0, im_im = 0.0;
    if (py_is_complex(vm, r)) re = py_complex_ptr(r)->real, re_im = py_complex_ptr(r)->imag;
    else re = real_of(vm, r);
    if (i == PY_NULL) im = re_im;
    else if (py_is_complex(vm, i)) im = py_complex_ptr(i)->real, im_im = py_complex_ptr(i)->imag;
    else im = real_of(vm, i);
    if (i != PY_NULL && py_is_complex(vm, i)) re -= im_im;
    if (i != PY_NULL && py_is_complex(vm, r)) im += re_im;
    return py_complex_new_of(vm, type, re, im);
}

// ---- complex(...) ---------------------------------------------------------------------------

// Sorts positionals and the keywords real= and imag= into *r and *i.
static void collect_args(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames,
                         py_val_t *r, py_val_t *i) {
    size_t nkw = kwnames == PY_NULL ? 0 : py_tuple_ptr(kwnames)->len;
    if (nargs + nkw > 2)
        py_raise_type_error(vm, "complex() takes at most 2 arguments (%zu given)", nargs + nkw);
    py_val_t got[2] = {nargs > 0 ? args[0] : PY_NULL, nargs > 1 ? args[1] : PY_NULL};
    static const char *const names[2] = {"real", "imag"};
    for (size_t k = 0; k < nkw; k++) {
        py_val_t name = py_tuple_ptr(kwnames)->items[k];
        int which = py_str_eq_c(name, "real") ? 0 : py_str_eq_c(name, "imag") ? 1 : -1;
        if (which < 0)
            py_raise_type_error(vm, "'%S' is an invalid keyword argument for complex()", name);
        if ((size_t)which < nargs)
            py_raise_type_error(vm, "argument for complex() given by name ('%s') and position (%d)",
                                names[which], which + 1);
        got[which] = args[nargs + k];
    }
    *r = got[0], *i = got[1];
}

py_val_t py_complex_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    py_val_t r, i;
    collect_args(vm, nargs, args, kwnames, &r, &i);
    if (r == PY_NULL) r = py_small(0);
    if (i == PY_NULL && type == vm->types[PY_T_complex] && py_is_exact(vm, r, PY_T_complex)) return r;
    if (py_is_str(vm, r)) {
        if (i != PY_NULL)
            py_raise_type_error(vm, "complex() can't take second arg if first is a string");
        return from_string(vm, type, r);
    }
    if (i != PY_NULL && py_is_str(vm, i))
        py_raise_type_error(vm, "complex() second arg can't be a string");
    return from_numbers(vm, type, r, i);
}
