// vm/str_spec.c: the format-spec mini-language ([[fill]align][sign][z][#][0][width]
// [grouping][.precision][type]) and py_format_value, format(v, spec), for
// str, int, bool and float, deferring to __format__ of Python classes.
// Layer: vm core (types). f-strings, str.format and format() all end here.
// SPDX-License-Identifier: MIT

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "str_internal.h"
#include "obj_int.h"
#include "obj_complex.h"
#include "obj_float.h"
#include "obj_func.h"
#include "gc.h"
#include "except.h"
#include "obj_type.h"
#include "runtime.h"

typedef struct fmt_spec {
    uint32_t fill;       // fill code point (' ' by default)
    char align;          // '<' '>' '^' '=' or 0 when not given
    char sign;           // '+' '-' ' ' or 0
    bool zflag, alt;     // 'z' and '#'
    bool fill_given;     // an explicit fill character preceded the align
    bool zero;           // the '0' flag before the width was given
    char grouping;       // ',' '_' or 0
    int64_t width;       // -1 when not given
    int64_t prec;        // -1 when not given
    uint32_t type;       // the type code, 0 when not given
} fmt_spec_t;

// ---- parsing -----------------------------------------------------------------------

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Parses a run of decimal digits at *pos into *out (-1 when there are none).
// 18 digits: beyond that an int64_t could overflow, and no sane width needs it.
static void parse_count(py_vm_t *vm, const char *s, size_t len, size_t *pos, int64_t *out) {
    size_t start = *pos;
    int64_t v = 0;
    for (; *pos < len && s[*pos] >= '0' && s[*pos] <= '9'; (*pos)++) {
        if (*pos - start >= 18)
            py_raise_value_error(vm, "Too many decimal digits in format string");
        v = v * 10 + (s[*pos] - '0');
    }
    *out = *pos > start ? v : -1;
}

// Parses fill and align, then the sign and flags.
static void parse_head(const char *s, size_t len, size_t *pos, fmt_spec_t *sp) {
    size_t p = len && (uint8_t)s[0] < 0x80;   // an ASCII first character needs no decoding
    uint32_t first = p ? (uint8_t)s[0] : len ? py_str_utf8_next(s, len, &p) : 0;
    if (p < len && is_align((uint8_t)s[p])) {
        sp->fill = first;
        sp->fill_given = true;
        sp->align = s[p];
        *pos = p + 1;
    } else if (len && is_align(first)) {
        sp->align = (char)first;
        *pos = 1;
    }
    if (*pos < len && (s[*pos] == '+' || s[*pos] == '-' || s[*pos] == ' ')) sp->sign = s[(*pos)++];
    if (*pos < len && s[*pos] == 'z') sp->zflag = true, (*pos)++;
    if (*pos < len && s[*pos] == '#') sp->alt = true, (*pos)++;
}

// Parses the grouping option (',' or '_', once).
static void parse_grouping(py_vm_t *vm, const char *s, size_t len, size_t *pos, fmt_spec_t *sp) {
    if (*pos < len && (s[*pos] == ',' || s[*pos] == '_')) sp->grouping = s[(*pos)++];
    if (*pos < len && (s[*pos] == ',' || s[*pos] == '_')) {
        if (s[*pos] != sp->grouping) py_raise_value_error(vm, "Cannot specify both ',' and '_'.");
        py_raise_value_error(vm, "Cannot specify ',' with ','.");
    }
}

// CPython's type-independent check of the grouping option: ',' goes with
// decimal and float types only, '_' also with b, o, x and X.
static void check_grouping(py_vm_t *vm, const fmt_spec_t *sp) {
    if (!sp->grouping || (sp->type < 0x80 && strchr("deEfFgG%", (int)sp->type))) return;
    if (sp->grouping == '_' && sp->type < 0x80 && strchr("boxX", (int)sp->type)) return;
    char code[16];
    if (sp->type > 0x20 && sp->type < 0x80) snprintf(code, sizeof code, "%c", (char)sp->type);
    else snprintf(code, sizeof code, "\\x%x", (unsigned)sp->type);
    py_raise_value_error(vm, "Cannot specify '%c' with '%s'.", sp->grouping, code);
}

static _Noreturn void unknown_code(py_vm_t *vm, uint32_t type, py_val_t v);

// Parses [spec] for a value [v] whose default alignment is [dflt_align].
static void parse_spec(py_vm_t *vm, py_val_t spec, py_val_t v, char dflt_align, fmt_spec_t *sp) {
    const char *s = py_str_bytes(spec);
    size_t len = py_str_len(spec), pos = 0;
    memset(sp, 0, sizeof *sp);
    sp->fill = ' ';
    parse_head(s, len, &pos, sp);
    if (pos < len && s[pos] == '0' && !sp->fill_given) {   // sign-aware zero padding
        sp->zero = true;
        sp->fill = '0';
        if (!sp->align && dflt_align == '>') sp->align = '=';
        pos++;
    }
    parse_count(vm, s, len, &pos, &sp->width);
    parse_grouping(vm, s, len, &pos, sp);
    sp->prec = -1;
    if (pos < len && s[pos] == '.') {
        pos++;
        parse_count(vm, s, len, &pos, &sp->prec);
        if (sp->prec < 0) py_raise_value_error(vm, "Format specifier missing precision");
    }
    if (pos < len) {
        size_t p = pos + 1;
        sp->type = (uint8_t)s[pos];
        if (sp->type >= 0x80) p = pos, sp->type = py_str_utf8_next(s, len, &p);
        if (p != len)
            py_raise_value_error(vm, "Invalid format specifier '%N' for object of type '%s'",
                                 spec, py_type_name(vm, v));
        if (sp->type == 0) unknown_code(vm, 0, v);   // a NUL type, not "no type"
    }
    if (!sp->align) sp->align = dflt_align;
    if (!sp->grouping) return;   // check_grouping has nothing to check
    // str's default type is 's' for this check, as in CPython ("Cannot specify ',' with 's'.").
    fmt_spec_t probe = *sp;
    if (!probe.type && dflt_align == '<') probe.type = 's';
    check_grouping(vm, &probe);
}

// ValueError "Unknown format code 'x' for object of type 'T'".
static _Noreturn void unknown_code(py_vm_t *vm, uint32_t type, py_val_t v) {
    char code[16];
    if (type >= 0x20 && type < 0x7F) snprintf(code, sizeof code, "%c", (char)type);
    else snprintf(code, sizeof code, "\\x%x", (unsigned)type);
    py_raise_value_error(vm, "Unknown format code '%s' for object of type '%s'", code,
                         py_type_name(vm, v));
}

static _Noreturn void bad_grouping(py_vm_t *vm, char grouping, uint32_t type) {
    py_raise_value_error(vm, "Cannot specify '%c' with '%c'.", grouping, type ? (char)type : 's');
}

// ---- padding -------------------------------------------------------------------------

// Appends [len] bytes of [text] ([nchars] code points) padded to sp->width by sp->align.
static void add_padded(py_vm_t *vm, py_strbuf_t *b, const fmt_spec_t *sp, const char *text,
                       size_t len, size_t nchars) {
    size_t pad = sp->width > (int64_t)nchars ? (size_t)sp->width - nchars : 0;
    size_t left = sp->align == '>' ? pad : sp->align == '^' ? pad / 2 : 0;
    py_str_pad(vm, b, sp->fill, left);
    py_strbuf_add(vm, b, text, len);
    py_str_pad(vm, b, sp->fill, pad - left);
}

// ---- str ----------------------------------------------------------------------------------

static py_val_t format_str(py_vm_t *vm, py_val_t v, py_val_t spec) {
    fmt_spec_t sp;
    parse_spec(vm, spec, v, '<', &sp);
    if (sp.type && sp.type != 's') unknown_code(vm, sp.type, v);
    if (sp.sign == ' ') py_raise_value_error(vm, "Space not allowed in string format specifier");
    if (sp.sign) py_raise_value_error(vm, "Sign not allowed in string format specifier");
    if (sp.zflag)
        py_raise_value_error(vm, "Negative zero coercion (z) not allowed in string format specifier");
    if (sp.alt) py_raise_value_error(vm, "Alternate form (#) not allowed in string format specifier");
    if (sp.align == '=')
        py_raise_value_error(vm, "'=' alignment not allowed in string format specifier");
    if (sp.grouping) bad_grouping(vm, sp.grouping, 's');
    py_str_t *s = py_str_ptr(v);
    size_t n = s->nchars, bytes = s->len;
    if (sp.prec >= 0 && (size_t)sp.prec < n) {
        n = (size_t)sp.prec;
        bytes = py_str_utf8_offset(s, n);
    }
    if (sp.width <= (int64_t)n && bytes == s->len) return py_str_exact(vm, v);
    py_strbuf_t b;
    py_strbuf_init(&b);
    add_padded(vm, &b, &sp, py_str_text(s), bytes, n);
    return py_strbuf_finish(vm, &b);
}

// ---- numbers ---------------------------------------------------------------------------

// The pieces of a formatted number, laid out as sign prefix digits rest.
typedef struct num_parts {
    const char *sign, *prefix;
    const char *digits;     // integer digits, to be grouped
    size_t ndigits;
    const char *rest;       // fraction, exponent, '%'
    size_t nrest;
} num_parts_t;

// Appends [digits] grouped in runs of [every] with [sep], extended with
// zeros to at least [min_width] characters: CPython's
// _PyUnicode_InsertThousandsGrouping, so zero padding is grouped too.
static void add_grouped(py_vm_t *vm, py_strbuf_t *b, const char *digits, size_t n, char sep,
                        int every, int64_t min_width) {
    size_t widest = n > (size_t)(min_width > 0 ? min_width : 0) ? n : (size_t)min_width;
    size_t cap = widest * 2 + 8, o = cap;
    char *out = py_gc_new_bytes(vm, cap);
    int64_t remaining = (int64_t)n, mw = min_width;
    const char *end = digits + n;
    for (bool use_sep = false;; use_sep = true) {
        int64_t l = remaining > mw ? remaining : mw;
        if (l < 1) l = 1;
        if (l > every) l = every;
        int64_t chars = remaining < l ? remaining : l;
        if (use_sep) out[--o] = sep;
        for (int64_t i = 0; i < chars; i++) out[--o] = *--end;
        for (int64_t i = chars; i < l; i++) out[--o] = '0';
        remaining -= chars;
        mw -= every;
        if (remaining <= 0 && mw <= 0) break;
        mw -= 1;
    }
    py_strbuf_add(vm, b, out + o, cap - o);
    py_gc_release(vm, out);
}

// assemble without grouping and with an ASCII fill: every piece is ASCII and
// the length is known, so the str is allocated at its size and filled in
// place (a buffer would cost a scratch block and a copy per number).
static py_val_t assemble_plain(py_vm_t *vm, const fmt_spec_t *sp, const num_parts_t *p) {
    size_t ls = strlen(p->sign), lp = strlen(p->prefix);
    size_t total = ls + lp + p->ndigits + p->nrest;
    size_t pad = sp->width > (int64_t)total ? (size_t)sp->width - total : 0;
    size_t left = sp->align == '>' || sp->align == '=' ? pad : sp->align == '^' ? pad / 2 : 0;
    py_str_t *r = py_str_alloc(vm, total + pad);
    char *o = r->data, fill = (char)sp->fill;
    if (sp->align != '=') memset(o, fill, left), o += left;
    memcpy(o, p->sign, ls), o += ls;
    memcpy(o, p->prefix, lp), o += lp;
    if (sp->align == '=') memset(o, fill, left), o += left;
    memcpy(o, p->digits, p->ndigits), o += p->ndigits;
    memcpy(o, p->rest, p->nrest), o += p->nrest;
    memset(o, fill, pad - left);
    return py_str_finish_ascii(vm, r);
}

// Lays out [p] under [sp], grouping every [every] digits.
static py_val_t assemble(py_vm_t *vm, const fmt_spec_t *sp, const num_parts_t *p, int every) {
    if (!sp->grouping && sp->fill < 0x80) return assemble_plain(vm, sp, p);
    size_t head = strlen(p->sign) + strlen(p->prefix);
    bool zero_group = sp->grouping && sp->fill == '0' && sp->align == '=';
    int64_t min_width = zero_group ? sp->width - (int64_t)(head + p->nrest) : 0;
    // Ungrouped digits are used where they are: a copy would be garbage
    // left between the results a loop keeps.
    py_strbuf_t g = {.data = (char *)p->digits, .len = p->ndigits, .cap = p->ndigits};
    if (sp->grouping) {
        py_strbuf_init(&g);
        add_grouped(vm, &g, p->digits, p->ndigits, sp->grouping, every, min_width);
    }
    size_t total = head + g.len + p->nrest;
    size_t pad = sp->width > (int64_t)total ? (size_t)sp->width - total : 0;
    size_t left = sp->align == '>' ? pad : sp->align == '^' ? pad / 2 : 0;
    py_strbuf_t b;
    py_strbuf_init(&b);
    if (sp->align != '=') py_str_pad(vm, &b, sp->fill, left);
    py_strbuf_add_c(vm, &b, p->sign);
    py_strbuf_add_c(vm, &b, p->prefix);
    if (sp->align == '=') py_str_pad(vm, &b, sp->fill, pad), pad = left = 0;
    py_strbuf_add(vm, &b, g.data, g.len);
    py_strbuf_add(vm, &b, p->rest, p->nrest);
    py_str_pad(vm, &b, sp->fill, pad - left);
    return py_strbuf_finish(vm, &b);
}

static const char *sign_of(const fmt_spec_t *sp, bool negative) {
    if (negative) return "-";
    return sp->sign == '+' ? "+" : sp->sign == ' ' ? " " : "";
}

// ---- float ---------------------------------------------------------------------------------

size_t py_str_spec_double(double d, char type, int prec, bool alt, char *buf, size_t size) {
    char cfmt[8] = "%", *f = cfmt + 1;
    if (alt) *f++ = '#';
    *f++ = '.';
    *f++ = '*';
    *f++ = type;
    *f = '\0';
    int n = snprintf(buf, size, cfmt, prec, d);
    return n < 0 ? 0 : (size_t)n;
}

// Formats [d] by snprintf into a GC buffer big enough for any precision.
// Most results fit the stack buffer: one snprintf, not a probe and a print.
static char *print_double(py_vm_t *vm, double d, char type, int prec, bool alt, size_t *len) {
    char first[64];
    size_t n = py_str_spec_double(d, type, prec, alt, first, sizeof first);
    char *buf = py_gc_new_bytes(vm, n + 1);
    if (n < sizeof first) memcpy(buf, first, n + 1);
    else n = py_str_spec_double(d, type, prec, alt, buf, n + 1);
    *len = n;
    return buf;
}

// Removes trailing zeros (and a bare '.') from the mantissa of [buf].
static size_t strip_zeros(char *buf, size_t len) {
    char *dot = memchr(buf, '.', len);
    if (dot == NULL) return len;
    char *e = memchr(buf, 'e', len);
    size_t mant_end = e ? (size_t)(e - buf) : len, k = mant_end;
    while (k > 0 && buf[k - 1] == '0') k--;
    if (k > 0 && buf[k - 1] == '.') k--;
    memmove(buf + k, buf + mant_end, len - mant_end);
    return k + (len - mant_end);
}

// The '' type with a precision: like 'g', but fixed notation keeps a digit
// after the point and switches to exponents one digit earlier (CPython's
// Py_DTSF_ADD_DOT_0 rule), so format(100.0, '.3') is '1e+02'.
static char *format_general(py_vm_t *vm, double d, int prec, bool alt, size_t *len) {
    if (prec == 0) prec = 1;
    // The exponent from the 'e' text; past the stack buffer (a precision
    // above ~40) the whole text is printed, as a cut one has no exponent.
    char probe[48];
    const char *text = probe;
    size_t n = py_str_spec_double(d, 'e', prec - 1, false, probe, sizeof probe);
    if (n >= sizeof probe) text = print_double(vm, d, 'e', prec - 1, false, &n);
    const char *e = memchr(text, 'e', n);
    int exp = e ? atoi(e + 1) : 0;
    char *buf;
    if (exp < -4 || exp >= prec - 1) buf = print_double(vm, d, 'e', prec - 1, alt, len);
    else buf = print_double(vm, d, 'f', prec - 1 - exp, alt, len);
    if (!alt) *len = strip_zeros(buf, *len);
    if (memchr(buf, '.', *len) || memchr(buf, 'e', *len)) return buf;
    char *more = py_gc_new_bytes(vm, *len + 3);
    memcpy(more, buf, *len);
    memcpy(more + *len, ".0", 2);
    *len += 2;
    return more;
}

// repr(d), with a '.' forced into the mantissa for the '#' form ("1.e+16").
static char *float_repr(py_vm_t *vm, double d, bool alt, size_t *len) {
    char *buf = py_gc_new_bytes(vm, 48);
    *len = py_float_repr_buf(d, buf, 40);
    if (!alt || memchr(buf, '.', *len)) return buf;
    char *e = memchr(buf, 'e', *len);
    size_t at = e ? (size_t)(e - buf) : *len;
    memmove(buf + at + 1, buf + at, *len - at);
    buf[at] = '.';
    (*len)++;
    return buf;
}

// The text of |d| (finite) for [sp]'s type; *len gets its length.
static char *float_text(py_vm_t *vm, const fmt_spec_t *sp, double d, size_t *len) {
    int prec = sp->prec < 0 ? 6 : sp->prec > 100000 ? 100000 : (int)sp->prec;
    switch (sp->type) {
    case 0:
        if (sp->prec < 0) return float_repr(vm, d, sp->alt, len);
        return format_general(vm, d, prec, sp->alt, len);
    case 'n': case 'g': case 'G':
        return print_double(vm, d, sp->type == 'n' ? 'g' : (char)sp->type, prec ? prec : 1,
                            sp->alt, len);
    case '%': {
        char *buf = print_double(vm, d * 100, 'f', prec, sp->alt, len);
        char *more = py_gc_new_bytes(vm, *len + 2);
        memcpy(more, buf, *len);
        more[(*len)++] = '%';
        return more;
    }
    default:
        return print_double(vm, d, (char)sp->type, prec, sp->alt, len);
    }
}

// True when every digit of [s] is 0 (the value rounded to zero, for 'z').
static bool all_zero(const char *s, size_t len) {
    for (size_t i = 0; i < len && s[i] != 'e' && s[i] != 'E'; i++)
        if (s[i] >= '1' && s[i] <= '9') return false;
    return true;
}

static py_val_t format_double(py_vm_t *vm, double d, const fmt_spec_t *spec) {
    fmt_spec_t copy = *spec, *sp = &copy;
    bool upper = sp->type == 'E' || sp->type == 'F' || sp->type == 'G';
    bool neg = signbit(d) && !isnan(d);
    double a = fabs(d);
    size_t len;
    const char *text;
    if (isinf(a) || isnan(a)) {
        text = isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        len = 3;
        if (sp->type == '%') text = isnan(a) ? "nan%" : "inf%", len = 4;
        sp->grouping = 0;   // nothing to group in "inf"
    } else {
        text = float_text(vm, sp, a, &len);
        if (sp->zflag && neg && all_zero(text, len)) neg = false;
    }
    size_t nd = 0;
    while (nd < len && text[nd] >= '0' && text[nd] <= '9') nd++;
    if (isinf(a) || isnan(a)) nd = 0;
    num_parts_t p = {sign_of(sp, neg), "", text, nd, text + nd, len - nd};
    return assemble(vm, sp, &p, 3);
}

static void check_float_spec(py_vm_t *vm, const fmt_spec_t *sp, py_val_t v) {
    if (!strchr("eEfFgGn%", (int)sp->type) || sp->type > 0x7F) unknown_code(vm, sp->type, v);
    if (sp->grouping && sp->type == 'n') bad_grouping(vm, sp->grouping, 'n');
}

static py_val_t format_float(py_vm_t *vm, py_val_t v, py_val_t spec) {
    fmt_spec_t sp;
    parse_spec(vm, spec, v, '>', &sp);
    if (sp.type) check_float_spec(vm, &sp, v);
    return format_double(vm, py_float_val(v), &sp);
}

// ---- int ----------------------------------------------------------------------------------

// format(i, 'c'): the character with that code point, padded like a number.
static py_val_t format_int_char(py_vm_t *vm, py_val_t v, const fmt_spec_t *sp) {
    if (sp->sign) py_raise_value_error(vm, "Sign not allowed with integer format specifier 'c'");
    if (sp->alt)
        py_raise_value_error(vm, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (sp->grouping) bad_grouping(vm, sp->grouping, 'c');
    int64_t cp;
    // CPython converts to a C long before it range-checks the code point.
    if (!py_int_to_i64(v, &cp))
        py_raise_fmt(vm, PY_EXC_OverflowError, "Python int too large to convert to C long");
    if (cp < 0 || cp > 0x10FFFF) py_raise_fmt(vm, PY_EXC_OverflowError, "%%c arg not in range(0x110000)");
    char enc[4];
    size_t n = py_utf8_encode((uint32_t)cp, enc);
    py_strbuf_t b;
    py_strbuf_init(&b);
    add_padded(vm, &b, sp, enc, n, 1);
    return py_strbuf_finish(vm, &b);
}

// The base for an integer type code, or 0 when [type] is not one.
static int int_base(uint32_t type) {
    switch (type) {
    case 0: case 'd': case 'n': return 10;
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    default: return 0;
    }
}

// Writes small int [x] in [base] (2, 8, 10 or 16, lower case) to [out]
// (72 bytes), with a '-' first when negative; returns the length. Formats
// need no str of the digits: it would be garbage among the results.
static size_t small_digits(int64_t x, int base, char *out) {
    char tmp[72];
    size_t n = 0;
    uint64_t u = x < 0 ? -(uint64_t)x : (uint64_t)x;
    do {
        tmp[n++] = "0123456789abcdef"[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);
    size_t k = 0;
    if (x < 0) out[k++] = '-';
    while (n) out[k++] = tmp[--n];
    return k;
}

static py_val_t format_int(py_vm_t *vm, py_val_t v, py_val_t spec) {
    fmt_spec_t sp;
    parse_spec(vm, spec, v, '>', &sp);
    int base = int_base(sp.type);
    if (sp.type != 'c' && base == 0 && !(strchr("eEfFgG%", (int)sp.type) && sp.type < 0x80))
        unknown_code(vm, sp.type, v);
    if (py_is_bool(v)) v = py_small(v == PY_TRUE);
    if (base == 0 && sp.type != 'c') return format_double(vm, py_int_to_double(vm, v), &sp);
    if (sp.prec >= 0) py_raise_value_error(vm, "Precision not allowed in integer format specifier");
    if (sp.zflag)
        py_raise_value_error(vm, "Negative zero coercion (z) not allowed in integer format specifier");
    if (sp.type == 'c') return format_int_char(vm, v, &sp);
    if (sp.grouping && (sp.type == 'n' || (base != 10 && sp.grouping == ',')))
        bad_grouping(vm, sp.grouping, sp.type);
    char small[72];   // a small int's digits, 64 at most in binary, and its sign
    size_t tlen;
    const char *t;
    if (py_is_small(v)) {
        tlen = small_digits(py_small_val(v), base, small);
        t = small;
    } else {
        py_val_t text = py_int_to_str(vm, v, base);
        tlen = py_str_len(text);
        t = py_str_bytes(text);
    }
    bool neg = t[0] == '-';
    if (sp.type == 'X') {
        char *up = t == small ? small : py_gc_new_bytes(vm, tlen + 1);
        for (size_t i = 0; i < tlen; i++) up[i] = (char)py_str_unicode_upper((uint8_t)t[i]);
        t = up;
    }
    static const char *const prefixes[] = {"0b", "0o", "0x", "0X"};
    const char *prefix = "";
    if (sp.alt && base != 10)
        prefix = prefixes[base == 2 ? 0 : base == 8 ? 1 : sp.type == 'x' ? 2 : 3];
    size_t nd = tlen - neg;
    num_parts_t p = {sign_of(&sp, neg), prefix, t + neg, nd, "", 0};
    return assemble(vm, &sp, &p, base == 10 ? 3 : 4);
}

// ---- format() -----------------------------------------------------------------------------

// A user class's own __format__ (not a built-in one, which would lead back here), or PY_NULL.
static py_val_t user_format(py_vm_t *vm, py_val_t v) {
    py_type_t *t = py_type_of(vm, v);
    if (!(t->flags & PY_TF_HEAPTYPE)) return PY_NULL;
    return py_class_lookup_user(vm, t, py_name(vm, PY_NAME___format__));
}

py_val_t py_format_method(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    if (!py_is_str(vm, args[1]))
        py_raise_type_error(vm, "__format__() argument must be str, not %s",
                            py_arg_type_name(vm, args[1]));
    return py_format_builtin(vm, args[0], args[1]);
}

py_val_t py_format_value(py_vm_t *vm, py_val_t v, py_val_t spec) {
    py_val_t f = user_format(vm, v);
    if (f != PY_NULL) {
        py_val_t r = py_class_call_with_self(vm, f, v, 1, &spec, PY_NULL);
        if (!py_is_str(vm, r))
            py_raise_type_error(vm, "__format__ must return a str, not %T", r);
        return r;
    }
    return py_format_builtin(vm, v, spec);
}

py_val_t py_format_builtin(py_vm_t *vm, py_val_t v, py_val_t spec) {
    if (py_str_len(spec) == 0) return py_str_of(vm, v);
    switch (py_type_of(vm, v)->id) {
    case PY_T_str: return format_str(vm, v, spec);
    case PY_T_int: case PY_T_bool: return format_int(vm, v, spec);
    case PY_T_float: return format_float(vm, v, spec);
    case PY_T_complex: return py_complex_format(vm, v, spec);
    default:
        py_raise_type_error(vm, "unsupported format string passed to %s.__format__",
                            py_type_name(vm, v));
    }
}
