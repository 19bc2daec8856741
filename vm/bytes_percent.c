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

// ---- conversions ----------------------------------------------------------------------

// Appends [n] bytes of bytes object [v] from [off], padded with spaces to the width.
static void add_text(py_vm_t *vm, py_strbuf_t *b, const py_pct_spec_t *sp, py_val_t v, size_t n) {
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

static void pct_text(py_vm_t *vm, py_strbuf_t *b, const py_pct_spec_t *sp, py_val_t v) {
    py_val_t s;
    if (sp->type == 's' || sp->type == 'b') {
        s = text_bytes(vm, v);
    } else {   // %r and %a: ascii(v), which is all ASCII
        py_val_t a = py_str_ascii_of(vm, v);
        s = py_bytes_new(vm, py_str_bytes(a), py_str_len(a));
    }
    size_t n = py_bytes_ptr(s)->len;
    if (sp->prec >= 0 && (size_t)sp->prec < n) n = (size_t)sp->prec;
    add_text(vm, b, sp, s, n);
}

static void pct_char(py_vm_t *vm, py_strbuf_t *b, const py_pct_spec_t *sp, py_val_t v) {
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
static void pct_number(py_vm_t *vm, py_strbuf_t *b, const py_pct_spec_t *sp, py_val_t v) {
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
    py_strbuf_add(vm, b, py_str_bytes(text), py_str_len(text));
}

static void pct_one(py_vm_t *vm, py_strbuf_t *b, const py_pct_spec_t *sp, py_val_t v, size_t at) {
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

static py_val_t bytes_key(py_vm_t *vm, const char *s, size_t n) { return py_bytes_new(vm, s, n); }

static void convert(py_vm_t *vm, py_strbuf_t *b, py_pct_spec_t *sp, py_val_t v, size_t at,
                    void *ctx) {
    (void)ctx;
    pct_one(vm, b, sp, v, at);
}

static const py_pct_ops_t bytes_ops = {bytes_key, convert, "bytes"};

py_val_t py_bytes_percent_format(py_vm_t *vm, py_val_t self, py_val_t args) {
    py_val_t fmt = py_bytes_snapshot(vm, self);   // immutable while conversions run
    py_strbuf_t b;
    py_strbuf_init(&b);
    py_str_pct_run(vm, &b, (const char *)py_bytes_ptr(fmt)->data, py_bytes_ptr(fmt)->len, args,
                   is_mapping(vm, args), &bytes_ops, NULL);
    return py_bytes_like_from_buf(vm, self, &b);
}
