// vm/bytes_percent.c: printf-style formatting of bytes and bytearray (PEP 461):
// fmt % args with %s/%b (buffers, __bytes__), %r/%a (ascii()), %c and the numeric types.
// Layer: vm core (types). Numbers are formatted by str's % (str_percent.c), so
// both agree digit for digit; the text conversions are bytes-specific.
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include "bytes_internal.h"
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

// Parses "(key)" after '%' at *pos and returns the mapped value; the key is bytes.
static py_val_t mapping_arg(py_vm_t *vm, pct_state_t *st, py_val_t fmt, size_t *pos) {
    if (st->dict == PY_NULL) py_raise_type_error(vm, "format requires a mapping");
    const uint8_t *f = py_bytes_ptr(fmt)->data;
    size_t len = py_bytes_ptr(fmt)->len, start = ++*pos;
    int level = 1;
    for (; *pos < len; (*pos)++) {
        if (f[*pos] == '(') level++;
        else if (f[*pos] == ')' && --level == 0) break;
    }
    if (*pos >= len) py_raise_value_error(vm, "incomplete format key");
    py_val_t key = py_bytes_new(vm, f + start, *pos - start);
    (*pos)++;
    st->next = st->n;   // as CPython: after a key, no positional argument remains
    return py_getitem(vm, st->dict, key);
}

// A width or precision: digits (-1 when none), or '*' taking the next argument.
static int64_t parse_num(py_vm_t *vm, pct_state_t *st, const uint8_t *f, size_t len, size_t *pos,
                         bool *star) {
    *star = *pos < len && f[*pos] == '*';
    if (*star) {
        (*pos)++;
        py_val_t v = next_arg(vm, st);
        if (!py_is_int(vm, v)) py_raise_type_error(vm, "* wants int");
        return py_bytes_ssize_arg(vm, v);
    }
    int64_t n = -1;
    for (; *pos < len && f[*pos] >= '0' && f[*pos] <= '9'; (*pos)++) {
        // INT32_MAX: CPython's limit too, far past any real use.
        if (n > INT32_MAX / 10) py_raise_value_error(vm, "width too big");
        n = (n < 0 ? 0 : n * 10) + (f[*pos] - '0');
    }
    return n;
}

static void parse_flags(pct_spec_t *sp, const uint8_t *f, size_t len, size_t *pos) {
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

static void parse_pct(py_vm_t *vm, pct_state_t *st, py_val_t fmt, size_t *pos, pct_spec_t *sp) {
    const uint8_t *f = py_bytes_ptr(fmt)->data;
    size_t len = py_bytes_ptr(fmt)->len;
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
    sp->type = (char)f[(*pos)++];
}

// ---- conversions ----------------------------------------------------------------------

// Appends [n] bytes of bytes object [v] from [off], padded with spaces to the width.
static void add_text(py_vm_t *vm, py_strbuf_t *b, const pct_spec_t *sp, py_val_t v, size_t n) {
    size_t pad = sp->width > (int64_t)n ? (size_t)sp->width - n : 0;
    if (!sp->left) py_str_pad(vm, b, ' ', pad);
    py_strbuf_add(vm, b, (const char *)py_bytes_ptr(v)->data, n);
    if (sp->left) py_str_pad(vm, b, ' ', pad);
}

// The bytes %s and %b format: a buffer's bytes, or __bytes__'s result.
static py_val_t text_bytes(py_vm_t *vm, py_val_t v) {
    py_buffer_t view;
    if (py_is_a(vm, v, PY_T_memoryview) || py_buffer_get(vm, v, &view, false))
        return py_bytes_snapshot(vm, v);
    py_val_t conv = py_getattr_opt(vm, v, py_str_intern_c(vm, "__bytes__"));
    if (conv != PY_NULL && !py_is_a(vm, v, PY_T_type)) {
        py_val_t r = py_call0(vm, conv);
        if (!py_is_bytes(vm, r)) py_raise_type_error(vm, "__bytes__ returned non-bytes (type %T)", r);
        return r;
    }
    py_raise_type_error(vm, "%%b requires a bytes-like object, or an object that implements "
                            "__bytes__, not '%T'", v);
}

static void pct_text(py_vm_t *vm, py_strbuf_t *b, const pct_spec_t *sp, py_val_t v) {
    py_val_t s;
    if (sp->type == 's' || sp->type == 'b') {
        s = text_bytes(vm, v);
    } else {   // %r and %a: ascii(v), which is all ASCII
        py_val_t a = py_str_ascii_of(vm, v);
        s = py_bytes_new(vm, py_str_data(a), py_str_len(a));
    }
    size_t n = py_bytes_ptr(s)->len;
    if (sp->prec >= 0 && (size_t)sp->prec < n) n = (size_t)sp->prec;
    add_text(vm, b, sp, s, n);
}

static void pct_char(py_vm_t *vm, py_strbuf_t *b, const pct_spec_t *sp, py_val_t v) {
    uint8_t c;
    py_buffer_t view;
    if ((py_is_bytes(vm, v) || py_is_a(vm, v, PY_T_bytearray)) && py_buffer_get(vm, v, &view, false) &&
        view.len == 1) {
        c = view.data[0];
    } else if (py_is_int(vm, v) || py_is_bool(v) ||
               ((py_type_of(vm, v)->flags & PY_TF_HEAPTYPE) &&
                py_type_lookup(vm, py_type_of(vm, v), py_name(vm, PY_NAME___index__)) != PY_NULL)) {
        int64_t i;
        if (!py_int_to_i64(py_index(vm, v), &i) || i < 0 || i > 255)
            py_raise_fmt(vm, PY_EXC_OverflowError, "%%c arg not in range(256)");
        c = (uint8_t)i;
    } else {
        py_raise_type_error(vm, "%%c requires an integer in range(256) or a single byte");
    }
    py_val_t s = py_bytes_new(vm, &c, 1);
    add_text(vm, b, sp, s, 1);
}

// A number, formatted by str's % from the same spec written out in full.
static void pct_number(py_vm_t *vm, py_strbuf_t *b, const pct_spec_t *sp, py_val_t v) {
    bool is_float = strchr("eEfFgG", sp->type) != NULL;
    py_type_t *t = py_type_of(vm, v);
    if (is_float && !py_is_float(vm, v) && !py_is_int(vm, v) && !py_is_bool(v) &&
        !((t->flags & PY_TF_HEAPTYPE) && (py_type_lookup(vm, t, py_name(vm, PY_NAME___float__)) != PY_NULL ||
                                          py_type_lookup(vm, t, py_name(vm, PY_NAME___index__)) != PY_NULL)))
        py_raise_type_error(vm, "float argument required, not %T", v);
    char spec[64];
    int n = snprintf(spec, sizeof spec, "%%%s%s%s%s%s", sp->left ? "-" : "", sp->plus ? "+" : "",
                     sp->space ? " " : "", sp->alt ? "#" : "", sp->zero ? "0" : "");
    if (sp->width >= 0) n += snprintf(spec + n, sizeof spec - (size_t)n, "%lld", (long long)sp->width);
    if (sp->prec >= 0) n += snprintf(spec + n, sizeof spec - (size_t)n, ".%lld", (long long)sp->prec);
    snprintf(spec + n, sizeof spec - (size_t)n, "%c", sp->type);
    py_val_t one = py_tuple_new(vm, 1, &v);
    py_val_t text = py_str_percent_format(vm, py_str_from_c(vm, spec), one);
    py_strbuf_add(vm, b, py_str_data(text), py_str_len(text));
}

static void pct_one(py_vm_t *vm, py_strbuf_t *b, const pct_spec_t *sp, py_val_t v, size_t at) {
    switch (sp->type) {
    case 's': case 'b': case 'r': case 'a': pct_text(vm, b, sp, v); return;
    case 'c': pct_char(vm, b, sp, v); return;
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': pct_number(vm, b, sp, v); return;
    default:
        py_raise_value_error(vm, "unsupported format character '%c' (0x%x) at index %zu",
                             sp->type, (unsigned)(uint8_t)sp->type, at);
    }
}

// True when [v] serves %(key) lookups: subscriptable, but not a tuple, bytes or str (as CPython).
static bool is_mapping(py_vm_t *vm, py_val_t v) {
    if (py_is_a(vm, v, PY_T_tuple) || py_is_bytes(vm, v) || py_is_str(vm, v)) return false;
    py_type_t *t = py_type_of(vm, v);
    return t->slots.getitem != NULL || py_type_lookup(vm, t, py_name(vm, PY_NAME___getitem__)) != PY_NULL;
}

py_val_t py_bytes_percent_format(py_vm_t *vm, py_val_t self, py_val_t args) {
    pct_state_t st = {&args, 1, 0, PY_NULL};
    if (py_is_a(vm, args, PY_T_tuple)) st.items = py_tuple_ptr(args)->items, st.n = py_tuple_ptr(args)->len;
    else if (is_mapping(vm, args)) st.dict = args;
    py_val_t fmt = py_bytes_snapshot(vm, self);
    size_t len = py_bytes_ptr(fmt)->len;
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (size_t pos = 0; pos < len;) {
        const uint8_t *f = py_bytes_ptr(fmt)->data;
        const uint8_t *pct = memchr(f + pos, '%', len - pos);
        size_t stop = pct ? (size_t)(pct - f) : len;
        py_strbuf_add(vm, &b, (const char *)f + pos, stop - pos);
        if (pct == NULL) break;
        pos = stop + 1;
        if (pos < len && f[pos] == '%') {
            py_strbuf_add_char(vm, &b, '%');
            pos++;
            continue;
        }
        py_val_t v = (pos < len && f[pos] == '(') ? mapping_arg(vm, &st, fmt, &pos) : PY_NULL;
        pct_spec_t sp;
        parse_pct(vm, &st, fmt, &pos, &sp);
        if (v == PY_NULL) v = next_arg(vm, &st);
        pct_one(vm, &b, &sp, v, pos - 1);
    }
    if (st.next < st.n && st.dict == PY_NULL)
        py_raise_type_error(vm, "not all arguments converted during bytes formatting");
    return py_bytes_like_from_buf(vm, self, &b);
}
