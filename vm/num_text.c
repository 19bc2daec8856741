// vm/num_text.c: the Unicode side of int() and float() on str: decimal
// digits of any script become ASCII digits and Unicode spaces become ' ', as
// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII. Layer: vm core (types).
// SPDX-License-Identifier: MIT

#include "num_text.h"
#include "obj_str.h"
#include "gc.h"

// The digit zero of every run of ten decimal digits (category Nd) above
// ASCII in Unicode 14.0, CPython 3.11's version. Each run holds 0-9 in
// order, so a digit's value is its distance from the zero below it.
static const uint32_t decimal_zeros[] = {
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0,
    0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50,
    0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC,
    0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
};

// The value 0-9 of a non-ASCII decimal digit, or -1.
static int decimal_value(uint32_t cp) {
    for (size_t i = 0; i < sizeof decimal_zeros / sizeof *decimal_zeros; i++) {
        if (cp >= decimal_zeros[i] && cp < decimal_zeros[i] + 10) return (int)(cp - decimal_zeros[i]);
    }
    return -1;
}

// str.isspace() for a code point above ASCII. ASCII characters are kept
// as they are (so '\x1c', a space to str.isspace, stays invalid), as in CPython.
static bool is_unicode_space(uint32_t cp) {
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Decodes one code point of valid UTF-8 at *p, advancing it.
static uint32_t next_cp(const unsigned char **p) {
    const unsigned char *s = *p;
    uint32_t c = s[0];
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (n > 1) c &= 0x3F >> (n - 1);
    for (size_t i = 1; i < n; i++) c = c << 6 | (s[i] & 0x3F);
    *p = s + n;
    return c;
}

py_val_t py_num_text_ascii(py_vm_t *vm, py_val_t s) {
    if (py_str_ptr(s)->ascii) return s;
    size_t n = py_str_ptr(s)->nchars, k = 0;
    char *out = py_gc_new_bytes(vm, n ? n : 1);
    const unsigned char *p = (const unsigned char *)py_str_data(s);
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = next_cp(&p);
        if (cp < 0x80) {
            out[k++] = (char)cp;
            continue;
        }
        int dig = decimal_value(cp);
        out[k++] = is_unicode_space(cp) ? ' ' : dig >= 0 ? (char)('0' + dig) : '?';
    }
    py_val_t r = py_str_new(vm, out, k);
    py_gc_release(vm, out);
    return r;
}
