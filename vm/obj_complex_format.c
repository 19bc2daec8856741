// vm/obj_complex_format.c: format(complex, spec): CPython's mini-language for
// complex, each part formatted by float's own formatter. Layer: vm core (types).
// SPDX-License-Identifier: MIT
//
// CPython parses the spec as for float, refuses zero padding and '=', then
// formats the two parts without padding (the imaginary one always signed
// unless the real one is left out), joins them with 'j' and maybe
// parentheses, and pads the whole. Without a type it writes the parts as
// repr does: no ".0" on integral values, and the real part and parentheses
// only when the real part is not +0.0.

#include <math.h>
#include <stdio.h>
#include <string.h>
#include "except.h"
#include "gc.h"
#include "obj_complex.h"
#include "obj_float.h"
#include "obj_str.h"
#include "runtime.h"

typedef struct cspec {
    uint32_t fill;        // code point
    bool fill_given;
    char align;           // '<' '>' '^' '=', or 0 when not given
    char sign;            // '+' '-' ' ', or 0
    bool no_neg_0, alt;   // 'z' and '#'
    int64_t width;        // -1: not given
    char grouping;        // ',' '_', or 0
    int64_t precision;    // -1: not given
    uint32_t type;        // code point, 0 when not given
} cspec_t;

// The code point at s[*pos] (valid UTF-8, as every str holds); advances *pos.
static uint32_t next_cp(const char *s, size_t len, size_t *pos) {
    unsigned char c = (unsigned char)s[(*pos)++];
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    uint32_t cp = more ? c & (0x3F >> more) : c;
    for (; more > 0 && *pos < len; more--) cp = cp << 6 | ((unsigned char)s[(*pos)++] & 0x3F);
    return cp;
}

static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Digits at s[*pos] into *out (left alone when there are none); false when none.
static bool parse_count(py_vm_t *vm, const char *s, size_t len, size_t *pos, int64_t *out) {
    size_t start = *pos;
    int64_t n = 0;
    for (; *pos < len && s[*pos] >= '0' && s[*pos] <= '9'; (*pos)++) {
        int digit = s[*pos] - '0';
        if (n > (INT64_MAX - digit) / 10)
            py_raise_value_error(vm, "Too many decimal digits in format string");
        n = n * 10 + digit;
    }
    if (*pos > start) *out = n;
    return *pos > start;
}

// The code point as CPython's messages show it: itself when printable ASCII.
static void code_text(uint32_t cp, char *buf, size_t size) {
    if (cp > 32 && cp < 128) snprintf(buf, size, "%c", (char)cp);
    else snprintf(buf, size, "\\x%x", (unsigned)cp);
}

// ',' and '_' go with the types that group: CPython's check before any
// type-specific one.
static void check_grouping(py_vm_t *vm, const cspec_t *sp) {
    if (!sp->grouping || (sp->type < 128 && strchr("deEfFgG%", (int)sp->type))) return;
    if (sp->grouping == '_' && sp->type < 128 && strchr("boxX", (int)sp->type)) return;
    char t[16];
    code_text(sp->type, t, sizeof t);
    py_raise_value_error(vm, "Cannot specify '%c' with '%s'.", sp->grouping, t);
}

// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
static void parse_spec(py_vm_t *vm, py_val_t spec, py_val_t self, cspec_t *sp) {
    const char *s = py_str_bytes(spec);
    size_t len = py_str_len(spec), pos = 0, second = 0;
    *sp = (cspec_t){.fill = ' ', .width = -1, .precision = -1};
    uint32_t first = next_cp(s, len, &second);
    if (second < len && is_align(s[second])) {
        sp->fill = first, sp->fill_given = true, sp->align = s[second], pos = second + 1;
    } else if (len > 0 && is_align(s[0])) {
        sp->align = s[0], pos = 1;
    }
    if (pos < len && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) sp->sign = s[pos++];
    if (pos < len && s[pos] == 'z') sp->no_neg_0 = true, pos++;
    if (pos < len && s[pos] == '#') sp->alt = true, pos++;
    if (!sp->fill_given && pos < len && s[pos] == '0') {
        sp->fill = '0', pos++;
        if (!sp->align) sp->align = '=';
    }
    parse_count(vm, s, len, &pos, &sp->width);
    if (pos < len && s[pos] == ',') sp->grouping = ',', pos++;
    if (pos < len && s[pos] == '_') {
        if (sp->grouping) py_raise_value_error(vm, "Cannot specify both ',' and '_'.");
        sp->grouping = '_', pos++;
    }
    if (pos < len && s[pos] == ',' && sp->grouping == '_')
        py_raise_value_error(vm, "Cannot specify both ',' and '_'.");
    if (pos < len && s[pos] == '.') {
        pos++;
        if (!parse_count(vm, s, len, &pos, &sp->precision))
            py_raise_value_error(vm, "Format specifier missing precision");
    }
    if (pos < len) {
        sp->type = next_cp(s, len, &pos);
        if (pos < len)
            py_raise_value_error(vm, "Invalid format specifier '%S' for object of type '%T'", spec,
                                 self);
    }
    check_grouping(vm, sp);
}

// The errors CPython's complex formatter adds to the generic parse.
static void check_complex(py_vm_t *vm, const cspec_t *sp, py_val_t self) {
    if (sp->type && !(sp->type < 128 && strchr("eEfFgGn", (int)sp->type))) {
        char t[16];
        code_text(sp->type, t, sizeof t);
        py_raise_value_error(vm, "Unknown format code '%s' for object of type '%T'", t, self);
    }
    if (sp->fill == '0')
        py_raise_value_error(vm, "Zero padding is not allowed in complex format specifier");
    if (sp->align == '=')
        py_raise_value_error(vm, "'=' alignment flag is not allowed in complex format specifier");
}

// One part through float's formatter: [sign][z][#][grouping][.precision][type].
// [repr_style] parts (no type, no precision) lose the ".0" float adds.
static py_val_t format_part(py_vm_t *vm, const cspec_t *sp, double d, char sign, char type,
                            bool repr_style) {
    char spec[48];
    size_t n = 0;
    if (sign) spec[n++] = sign;
    if (sp->no_neg_0) spec[n++] = 'z';
    if (sp->alt) spec[n++] = '#';
    if (sp->grouping) spec[n++] = sp->grouping;
    if (sp->precision >= 0)
        n += (size_t)snprintf(spec + n, sizeof spec - n, ".%lld", (long long)sp->precision);
    if (type) spec[n++] = type;
    py_val_t text = py_format_builtin(vm, py_float_new(vm, d), py_str_new(vm, spec, n));
    size_t len = py_str_len(text);
    const char *t = py_str_bytes(text);
    if (!repr_style || len < 2 || t[len - 2] != '.' || t[len - 1] != '0') return text;
    return py_str_new(vm, t, len - (sp->alt ? 1 : 2));
}

// Appends [n] copies of code point [cp] to buf at *at.
static void put_fill(char *buf, size_t *at, uint32_t cp, int64_t n) {
    char enc[4];
    size_t k;
    if (cp < 0x80) enc[0] = (char)cp, k = 1;
    else if (cp < 0x800) enc[0] = (char)(0xC0 | cp >> 6), enc[1] = (char)(0x80 | (cp & 0x3F)), k = 2;
    else if (cp < 0x10000)
        enc[0] = (char)(0xE0 | cp >> 12), enc[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
        enc[2] = (char)(0x80 | (cp & 0x3F)), k = 3;
    else
        enc[0] = (char)(0xF0 | cp >> 18), enc[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
        enc[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), enc[3] = (char)(0x80 | (cp & 0x3F)), k = 4;
    for (int64_t i = 0; i < n; i++, *at += k) memcpy(buf + *at, enc, k);
}

// The joined parts padded to the width. The parts are ASCII, so their
// length in bytes is their length in code points.
static py_val_t pad(py_vm_t *vm, const cspec_t *sp, py_val_t re, py_val_t im, bool parens) {
    size_t re_len = re == PY_NULL ? 0 : py_str_len(re), im_len = py_str_len(im);
    size_t body = re_len + im_len + 1 + (parens ? 2 : 0);
    int64_t gap = sp->width > (int64_t)body ? sp->width - (int64_t)body : 0;
    if ((uint64_t)gap > SIZE_MAX / 8) py_raise_memory_error(vm);
    int64_t left = sp->align == '<' ? 0 : sp->align == '^' ? gap / 2 : gap;
    char *buf = py_gc_new_bytes(vm, body + (size_t)gap * 4 + 1);
    size_t at = 0;
    put_fill(buf, &at, sp->fill, left);
    if (parens) buf[at++] = '(';
    if (re_len) memcpy(buf + at, py_str_bytes(re), re_len), at += re_len;
    memcpy(buf + at, py_str_bytes(im), im_len), at += im_len;
    buf[at++] = 'j';
    if (parens) buf[at++] = ')';
    put_fill(buf, &at, sp->fill, gap - left);
    return py_str_new(vm, buf, at);
}

py_val_t py_complex_format(py_vm_t *vm, py_val_t self, py_val_t spec) {
    if (py_str_len(spec) == 0) return py_str_of(vm, self);
    cspec_t sp;
    parse_spec(vm, spec, self, &sp);
    check_complex(vm, &sp, self);
    double re = py_complex_ptr(self)->real, im = py_complex_ptr(self)->imag;
    char type = sp.type == 'n' ? 'g' : (char)sp.type;
    bool skip_re = false, parens = false, repr_style = false;
    if (!type) {
        skip_re = re == 0.0 && !signbit(re);
        parens = !skip_re;
        repr_style = sp.precision < 0;
        if (!repr_style) type = 'g';
    }
    py_val_t re_text = skip_re ? PY_NULL : format_part(vm, &sp, re, sp.sign, type, repr_style);
    py_val_t im_text = format_part(vm, &sp, im, skip_re ? sp.sign : '+', type, repr_style);
    return pad(vm, &sp, re_text, im_text, parens);
}
