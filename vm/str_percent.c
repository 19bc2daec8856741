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

typedef struct pct_state {
    const py_val_t *items;   // the positional arguments
    size_t n, next;
    py_val_t dict;           // the mapping for %(key)s, or PY_NULL
} pct_state_t;

typedef struct pct_spec {
    bool left, plus, space, alt, zero;
    int64_t width, prec;     // -1 when absent
    char type;
} pct_spec_t;

static py_val_t next_arg(py_vm_t *vm, pct_state_t *st) {
    if (st->next >= st->n) py_raise_type_error(vm, "not enough arguments for format string");
    return st->items[st->next++];
}

// ---- parsing ------------------------------------------------------------------------

// Parses "(key)" after '%' at *pos and returns the mapped value.
static py_val_t mapping_arg(py_vm_t *vm, pct_state_t *st, const char *f, size_t len,
                            size_t *pos) {
    if (st->dict == PY_NULL) py_raise_type_error(vm, "format requires a mapping");
    size_t start = ++*pos;
    int level = 1;
    for (; *pos < len; (*pos)++) {
        if (f[*pos] == '(') level++;
        else if (f[*pos] == ')' && --level == 0) break;
    }
    if (*pos >= len) py_raise_value_error(vm, "incomplete format key");
    py_val_t key = py_str_new(vm, f + start, *pos - start);
    (*pos)++;
    st->next = st->n;   // as CPython: after a key, no positional argument remains
    return py_getitem(vm, st->dict, key);
}

// A width or precision: digits (-1 when none), or '*' taking the next
// argument (*star is then set, and the value may be negative).
static int64_t parse_num(py_vm_t *vm, pct_state_t *st, const char *f, size_t len, size_t *pos,
                         bool *star) {
    *star = *pos < len && f[*pos] == '*';
    if (*star) {
        (*pos)++;
        py_val_t v = next_arg(vm, st);
        if (!py_is_int(vm, v)) py_raise_type_error(vm, "* wants int");
        return py_str_int_arg(vm, v);
    }
    int64_t n = -1;
    for (; *pos < len && f[*pos] >= '0' && f[*pos] <= '9'; (*pos)++) {
        // INT32_MAX: CPython's limit too ("width too big"), far past any real use.
        if (n > INT32_MAX / 10) py_raise_value_error(vm, "width too big");
        n = (n < 0 ? 0 : n * 10) + (f[*pos] - '0');
    }
    return n;
}

static void parse_flags(pct_spec_t *sp, const char *f, size_t len, size_t *pos) {
    for (; *pos < len; (*pos)++) {
        switch (f[*pos]) {
        case '-': sp->left = true; continue;
        case '+': sp->plus = true; continue;
        case ' ': sp->space = true; continue;
        case '#': sp->alt = true; continue;
        case '0': sp->zero = true; continue;
        default: return;
        }
    }
}

// Parses flags, width, precision and type after '%' (and any key) at *pos.
static void parse_pct(py_vm_t *vm, pct_state_t *st, const char *f, size_t len, size_t *pos,
                      pct_spec_t *sp) {
    memset(sp, 0, sizeof *sp);
    parse_flags(sp, f, len, pos);
    bool star;
    sp->width = parse_num(vm, st, f, len, pos, &star);
    if (star && sp->width < 0) {   // a negative '*' width means left-justified
        sp->left = true;
        sp->width = -sp->width;
    }
    sp->prec = -1;
    if (*pos < len && f[*pos] == '.') {
        (*pos)++;
        sp->prec = parse_num(vm, st, f, len, pos, &star);
        if (sp->prec < 0) sp->prec = 0;
    }
    while (*pos < len && (f[*pos] == 'h' || f[*pos] == 'l' || f[*pos] == 'L')) (*pos)++;
    if (*pos >= len) py_raise_value_error(vm, "incomplete format");
    sp->type = f[(*pos)++];
}

// ---- output -------------------------------------------------------------------------

// Appends [head] (sign and prefix) and [body] padded to sp->width: zeros go
// between them when the '0' flag is set (and not '-'), spaces outside otherwise.
static void add_field(py_vm_t *vm, py_strbuf_t *b, const pct_spec_t *sp, const char *head,
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
static void pct_text(py_vm_t *vm, py_strbuf_t *b, pct_spec_t *sp, py_val_t v) {
    py_val_t s = sp->type == 's' ? py_str_of(vm, v)
                 : sp->type == 'r' ? py_repr(vm, v) : py_str_ascii_of(vm, v);
    py_str_t *p = py_str_ptr(s);
    size_t n = p->nchars, bytes = p->len;
    if (sp->prec >= 0 && (size_t)sp->prec < n) bytes = py_str_utf8_offset(p, n = (size_t)sp->prec);
    sp->zero = false;
    add_field(vm, b, sp, "", p->data, bytes, n);
}

static void pct_char(py_vm_t *vm, py_strbuf_t *b, pct_spec_t *sp, py_val_t v) {
    char enc[4];
    size_t n;
    if (py_is_str(vm, v) && py_str_nchars(v) == 1) {
        n = py_str_len(v);
        memcpy(enc, py_str_data(v), n);
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
static py_val_t int_operand(py_vm_t *vm, const pct_spec_t *sp, py_val_t v) {
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

static const char *num_sign(const pct_spec_t *sp, bool neg) {
    return neg ? "-" : sp->plus ? "+" : sp->space ? " " : "";
}

static void pct_int(py_vm_t *vm, py_strbuf_t *b, pct_spec_t *sp, py_val_t v) {
    v = int_operand(vm, sp, v);
    int base = sp->type == 'o' ? 8 : (sp->type == 'x' || sp->type == 'X') ? 16 : 10;
    py_val_t text = py_int_to_str(vm, v, base);
    const char *t = py_str_data(text);
    bool neg = t[0] == '-';
    size_t nd = py_str_len(text) - neg;
    size_t zeros = sp->prec > (int64_t)nd ? (size_t)sp->prec - nd : 0;
    char *digits = py_gc_new_bytes(vm, nd + zeros + 1);
    memset(digits, '0', zeros);
    for (size_t i = 0; i < nd; i++)
        digits[zeros + i] = sp->type == 'X' ? (char)py_str_unicode_upper((uint8_t)t[neg + i]) : t[neg + i];
    char head[4] = "";
    strcpy(head, num_sign(sp, neg));
    if (sp->alt && base != 10) strcat(head, sp->type == 'o' ? "0o" : sp->type == 'x' ? "0x" : "0X");
    add_field(vm, b, sp, head, digits, nd + zeros, nd + zeros);
}

static void pct_float(py_vm_t *vm, py_strbuf_t *b, pct_spec_t *sp, py_val_t v) {
    if (!py_is_float(vm, v) && !py_is_int(vm, v) && !py_is_bool(v)
        && !(py_type_of(vm, v)->flags & PY_TF_HEAPTYPE))
        py_raise_type_error(vm, "must be real number, not %T", v);
    double d = py_to_double(vm, v);
    int prec = sp->prec < 0 ? 6 : sp->prec > 100000 ? 100000 : (int)sp->prec;
    char probe[8];
    size_t n = py_str_spec_double(fabs(d), sp->type, prec, sp->alt, probe, sizeof probe);
    char *text = py_gc_new_bytes(vm, n + 1);
    py_str_spec_double(fabs(d), sp->type, prec, sp->alt, text, n + 1);
    add_field(vm, b, sp, num_sign(sp, signbit(d) && !isnan(d)), text, n, n);
}

// ValueError for the conversion character at byte [at] of [fmt], given by
// code point index and shown as '?' unless printable ASCII, as CPython does.
static _Noreturn void bad_char(py_vm_t *vm, py_val_t fmt, size_t at) {
    size_t p = at;
    uint32_t c = py_str_utf8_next(py_str_data(fmt), py_str_len(fmt), &p);
    py_raise_value_error(vm, "unsupported format character '%c' (0x%x) at index %zu",
                         c >= 31 && c <= 126 ? (char)c : '?', (unsigned)c,
                         py_str_utf8_index(py_str_ptr(fmt), at));
}

// Formats one directive [sp] with argument [v] (already fetched); the
// conversion character is at byte [at] of [fmt].
static void pct_one(py_vm_t *vm, py_strbuf_t *b, pct_spec_t *sp, py_val_t v, py_val_t fmt,
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

py_val_t py_str_percent_format(py_vm_t *vm, py_val_t fmt, py_val_t args) {
    pct_state_t st = {&args, 1, 0, PY_NULL};
    if (py_is_a(vm, args, PY_T_tuple)) st.items = py_tuple_ptr(args)->items, st.n = py_tuple_ptr(args)->len;
    else if (is_mapping(vm, args)) st.dict = args;
    const char *f = py_str_data(fmt);
    size_t len = py_str_len(fmt);
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (size_t pos = 0; pos < len;) {
        const char *pct = memchr(f + pos, '%', len - pos);
        size_t stop = pct ? (size_t)(pct - f) : len;
        py_strbuf_add(vm, &b, f + pos, stop - pos);
        if (pct == NULL) break;
        pos = stop + 1;
        if (pos < len && f[pos] == '%') {
            py_strbuf_add_char(vm, &b, '%');
            pos++;
            continue;
        }
        py_val_t v = (pos < len && f[pos] == '(') ? mapping_arg(vm, &st, f, len, &pos) : PY_NULL;
        pct_spec_t sp;
        parse_pct(vm, &st, f, len, &pos, &sp);
        // Only a bare "%%" is an escape: "%5%" takes an argument and is then refused, as in CPython.
        if (v == PY_NULL) v = next_arg(vm, &st);
        pct_one(vm, &b, &sp, v, fmt, pos - 1);
    }
    if (st.next < st.n && st.dict == PY_NULL)
        py_raise_type_error(vm, "not all arguments converted during string formatting");
    return py_strbuf_finish(vm, &b);
}
