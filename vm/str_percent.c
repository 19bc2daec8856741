// vm/str_percent.c: printf-style formatting, fmt % args, as CPython's
// PyUnicode_Format: %[(key)][flags][width][.prec][hlL]type with a tuple, a
// single value or a mapping.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#include <math.h>
#include <stdio.h>
#include "str_internal.h"
#include "obj_tuple.h"
#include "obj_int.h"
#include "gc.h"
#include "except.h"
#include "runtime.h"

// ---- output -------------------------------------------------------------------------

// Appends [head] (sign and prefix) and [body] padded to sp->width: zeros go
// between them when the '0' flag is set (and not '-'), spaces outside otherwise.
static void add_field(py_vm_t *vm, py_strbuf_t *b, const py_pct_spec_t *sp, const char *head,
                      const char *body, size_t blen, size_t nchars) {
    size_t hl = strlen(head), total = hl + nchars;
    size_t pad = sp->width > (int64_t)total ? (size_t)sp->width - total : 0;
    if (!sp->left && !sp->zero) py_str_pad(vm, b, ' ', pad);
    py_strbuf_add(vm, b, head, hl);
    if (!sp->left && sp->zero) py_str_pad(vm, b, '0', pad);
    py_strbuf_add(vm, b, body, blen);
    if (sp->left) py_str_pad(vm, b, ' ', pad);
}

// %s %r %a: text, cut to the precision, padded with spaces.
static void pct_text(py_vm_t *vm, py_strbuf_t *b, py_pct_spec_t *sp, py_val_t v) {
    py_val_t s = sp->type == 's' ? py_str_of(vm, v)
                 : sp->type == 'r' ? py_repr(vm, v) : py_str_ascii_of(vm, v);
    py_str_t *p = py_str_ptr(s);
    size_t n = p->nchars, bytes = p->len;
    if (sp->prec >= 0 && (size_t)sp->prec < n) bytes = py_str_utf8_offset(p, n = (size_t)sp->prec);
    sp->zero = false;
    add_field(vm, b, sp, "", py_str_text(p), bytes, n);
}

static void pct_char(py_vm_t *vm, py_strbuf_t *b, py_pct_spec_t *sp, py_val_t v) {
    char enc[4];
    size_t n;
    if (py_is_str(vm, v) && py_str_nchars(v) == 1) {
        n = py_str_len(v);
        memcpy(enc, py_str_bytes(v), n);
    } else if (py_is_int(vm, v) || py_is_bool(v) ||
               ((py_type_of(vm, v)->flags & PY_TF_HEAPTYPE) &&
                py_type_lookup(vm, py_type_of(vm, v), py_name(vm, PY_NAME___index__)) != PY_NULL)) {
        int64_t cp;
        if (!py_int_to_i64(py_index(vm, v), &cp) || cp < 0
            || cp > 0x10FFFF)
            py_raise_fmt(vm, PY_EXC_OverflowError, "%%c arg not in range(0x110000)");
        n = py_utf8_encode((uint32_t)cp, enc);
    } else {
        py_raise_type_error(vm, "%%c requires int or char");
    }
    sp->zero = false;
    add_field(vm, b, sp, "", enc, n, 1);
}

// The int a %d/%x directive formats: ints as they are, floats truncated for
// %d, Python classes through __int__/__index__.
static py_val_t int_operand(py_vm_t *vm, const py_pct_spec_t *sp, py_val_t v) {
    if (py_is_bool(v)) return py_small(v == PY_TRUE);
    if (py_is_int(vm, v)) return v;
    bool decimal = sp->type == 'd' || sp->type == 'i' || sp->type == 'u';
    if (decimal && py_is_float(vm, v)) return py_int_from_double(vm, py_float_val(v));
    py_type_t *t = py_type_of(vm, v);
    if (t->flags & PY_TF_HEAPTYPE) {
        // %d converts as int() does (__int__, then __index__); %x and %o
        // take only __index__ (CPython 3.11).
        py_val_t name = py_name(vm, PY_NAME___int__);
        if (decimal && py_type_lookup(vm, t, name) != PY_NULL) return py_call_method(vm, v, name, 0, NULL);
        if (py_type_lookup(vm, t, py_name(vm, PY_NAME___index__)) != PY_NULL) return py_index(vm, v);
    }
    if (decimal)
        py_raise_type_error(vm, "%%%c format: a real number is required, not %T", sp->type, v);
    py_raise_type_error(vm, "%%%c format: an integer is required, not %T", sp->type, v);
}

static const char *num_sign(const py_pct_spec_t *sp, bool neg) {
    return neg ? "-" : sp->plus ? "+" : sp->space ? " " : "";
}

// Writes the digits of |x| in [base] (8, 10 or 16, lower case) to [out] (64
// bytes); returns their count. A small int's %d needs no str of its digits.
static size_t small_digits(int64_t x, int base, char *out) {
    char tmp[64];
    size_t n = 0, k = 0;
    uint64_t u = x < 0 ? -(uint64_t)x : (uint64_t)x;
    do {
        tmp[n++] = "0123456789abcdef"[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);
    while (n) out[k++] = tmp[--n];
    return k;
}

static void pct_int(py_vm_t *vm, py_strbuf_t *b, py_pct_spec_t *sp, py_val_t v) {
    v = int_operand(vm, sp, v);
    int base = sp->type == 'o' ? 8 : (sp->type == 'x' || sp->type == 'X') ? 16 : 10;
    char small[64], stack[96];   // the digits of a small int; its padded digits
    const char *t = small;
    bool neg;
    size_t nd;
    if (py_is_small(v)) {
        neg = py_small_val(v) < 0;
        nd = small_digits(py_small_val(v), base, small);
    } else {
        py_val_t text = py_int_to_str(vm, v, base);
        t = py_str_bytes(text);
        neg = t[0] == '-';
        t += neg;
        nd = py_str_len(text) - neg;
    }
    size_t zeros = sp->prec > (int64_t)nd ? (size_t)sp->prec - nd : 0;
    char *digits = nd + zeros < sizeof stack ? stack : py_gc_new_bytes(vm, nd + zeros + 1);
    memset(digits, '0', zeros);
    for (size_t i = 0; i < nd; i++)
        digits[zeros + i] = sp->type == 'X' ? (char)py_str_unicode_upper((uint8_t)t[i]) : t[i];
    char head[4] = "";
    strcpy(head, num_sign(sp, neg));
    if (sp->alt && base != 10) strcat(head, sp->type == 'o' ? "0o" : sp->type == 'x' ? "0x" : "0X");
    add_field(vm, b, sp, head, digits, nd + zeros, nd + zeros);
}

static void pct_float(py_vm_t *vm, py_strbuf_t *b, py_pct_spec_t *sp, py_val_t v) {
    if (!py_is_float(vm, v) && !py_is_int(vm, v) && !py_is_bool(v)
        && !(py_type_of(vm, v)->flags & PY_TF_HEAPTYPE))
        py_raise_type_error(vm, "must be real number, not %T", v);
    double d = py_to_double(vm, v);
    int prec = sp->prec < 0 ? 6 : sp->prec > 100000 ? 100000 : (int)sp->prec;
    // Most results fit the stack buffer: one snprintf and no GC block.
    char first[64], *text = first;
    size_t n = py_str_spec_double(fabs(d), sp->type, prec, sp->alt, first, sizeof first);
    if (n >= sizeof first) {
        text = py_gc_new_bytes(vm, n + 1);
        py_str_spec_double(fabs(d), sp->type, prec, sp->alt, text, n + 1);
    }
    add_field(vm, b, sp, num_sign(sp, signbit(d) && !isnan(d)), text, n, n);
}

// ValueError for the conversion character at byte [at] of [fmt], given by
// code point index and shown as '?' unless printable ASCII, as CPython does.
static _Noreturn void bad_char(py_vm_t *vm, py_val_t fmt, size_t at) {
    size_t p = at;
    uint32_t c = py_str_utf8_next(py_str_bytes(fmt), py_str_len(fmt), &p);
    py_raise_value_error(vm, "unsupported format character '%c' (0x%x) at index %zu",
                         c >= 31 && c <= 126 ? (char)c : '?', (unsigned)c,
                         py_str_utf8_index(py_str_ptr(fmt), at));
}

// Formats one directive [sp] with argument [v] (already fetched); the
// conversion character is at byte [at] of [fmt].
static void pct_one(py_vm_t *vm, py_strbuf_t *b, py_pct_spec_t *sp, py_val_t v, py_val_t fmt,
                    size_t at) {
    switch (sp->type) {
    case 's': case 'r': case 'a': pct_text(vm, b, sp, v); return;
    case 'c': pct_char(vm, b, sp, v); return;
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': pct_int(vm, b, sp, v); return;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': pct_float(vm, b, sp, v); return;
    default:
        bad_char(vm, fmt, at);
    }
}

// True when [v] is used as a mapping by %: not a tuple or str, but subscriptable.
static bool is_mapping(py_vm_t *vm, py_val_t v) {
    if (py_is_a(vm, v, PY_T_tuple) || py_is_str(vm, v)) return false;
    if (py_is_a(vm, v, PY_T_dict) || py_is_a(vm, v, PY_T_list)) return true;
    py_type_t *t = py_type_of(vm, v);
    return t->slots.getitem != NULL
           || py_type_lookup(vm, t, py_name(vm, PY_NAME___getitem__)) != PY_NULL;
}

static void convert(py_vm_t *vm, py_strbuf_t *b, py_pct_spec_t *sp, py_val_t v, size_t at,
                    void *fmt) {
    pct_one(vm, b, sp, v, *(py_val_t *)fmt, at);
}

static const py_pct_ops_t str_ops = {py_str_new, convert, "string"};

py_val_t py_str_percent_format(py_vm_t *vm, py_val_t fmt, py_val_t args) {
    py_strbuf_t b;
    py_strbuf_init(&b);
    py_str_pct_run(vm, &b, py_str_bytes(fmt), py_str_len(fmt), args, is_mapping(vm, args), &str_ops,
                   &fmt);
    return py_strbuf_finish(vm, &b);
}
