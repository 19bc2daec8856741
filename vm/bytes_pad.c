// vm/bytes_pad.c: the padding and byte-mapping methods bytes and bytearray
// share: center, ljust, rjust, zfill, translate and the static maketrans.
// Layer: vm core (types), over the buffer protocol.
// SPDX-License-Identifier: MIT

#include "bytes_internal.h"
#include "except.h"
#include "runtime.h"

// ---- center, ljust, rjust, zfill ------------------------------------------------------------

// The fill byte argument of center/ljust/rjust: a bytes or bytearray of length 1.
static uint8_t fill_arg(py_vm_t *vm, const char *name, size_t nargs, const py_val_t *args) {
    if (nargs < 3) return ' ';
    py_val_t f = args[2];
    bool ok = py_is_bytes(vm, f) || py_is_a(vm, f, PY_T_bytearray);
    py_buffer_t v;
    if (ok) py_bytes_view(vm, f, &v);
    if (!ok || v.len != 1)
        py_raise_type_error(vm, "%s() argument 2 must be a byte string of length 1, not %T", name, f);
    return v.data[0];
}

// [self] padded with [left] and [right] copies of [fill].
static py_val_t pad(py_vm_t *vm, py_val_t self, size_t left, size_t right, uint8_t fill) {
    py_buffer_t v;
    py_bytes_view(vm, self, &v);
    if (left == 0 && right == 0) return py_bytes_like_slice(vm, self, self, 0, v.len);
    uint8_t *out;
    py_val_t r = py_bytes_like_new(vm, self, left + v.len + right, &out);
    py_bytes_view(vm, self, &v);
    memset(out, fill, left);
    if (v.len) memcpy(out + left, v.data, v.len);   // an empty bytearray's data may be NULL
    memset(out + left + v.len, fill, right);
    return r;
}

// The padding [width] asks of [self], or 0.
static size_t margin(py_vm_t *vm, py_val_t self, py_val_t width) {
    int64_t w = py_bytes_ssize_arg(vm, width);
    py_buffer_t v;
    py_bytes_view(vm, self, &v);
    if (w <= (int64_t)v.len) return 0;
    if ((uint64_t)w > SIZE_MAX / 2) py_raise_memory_error(vm);
    return (size_t)w - v.len;
}

PY_BYTES_METH(py_bytes_pad_center) {
    (void)kwnames;
    size_t m = margin(vm, args[0], args[1]);
    uint8_t fill = fill_arg(vm, "center", nargs, args);
    py_buffer_t v;
    py_bytes_view(vm, args[0], &v);
    size_t width = v.len + m;
    size_t left = m / 2 + (m & width & 1);   // CPython's rounding of an odd margin
    return pad(vm, args[0], left, m - left, fill);
}

PY_BYTES_METH(py_bytes_pad_ljust) {
    (void)kwnames;
    size_t m = margin(vm, args[0], args[1]);
    return pad(vm, args[0], 0, m, fill_arg(vm, "ljust", nargs, args));
}

PY_BYTES_METH(py_bytes_pad_rjust) {
    (void)kwnames;
    size_t m = margin(vm, args[0], args[1]);
    return pad(vm, args[0], m, 0, fill_arg(vm, "rjust", nargs, args));
}

// zfill: zeros on the left, after a leading sign.
PY_BYTES_METH(py_bytes_pad_zfill) {
    (void)nargs, (void)kwnames;
    size_t m = margin(vm, args[0], args[1]);
    py_val_t r = pad(vm, args[0], m, 0, '0');
    if (m == 0) return r;
    py_buffer_t v;
    py_bytes_view(vm, r, &v);
    if (v.data[m] == '+' || v.data[m] == '-') {
        v.data[0] = v.data[m];
        v.data[m] = '0';
    }
    return r;
}

// ---- translate, maketrans --------------------------------------------------------------------

static const char *const translate_names[] = {"table", "delete"};

PY_BYTES_METH(py_bytes_pad_translate) {
    py_val_t a[2];
    if (nargs < 2)   // the table is positional-only
        py_raise_type_error(vm, "translate() takes at least 1 positional argument (0 given)");
    py_str_parse_args(vm, "translate", nargs - 1, args + 1, kwnames, translate_names, 2, a);
    py_val_t table = a[0] == PY_NONE ? PY_NULL : py_bytes_snapshot(vm, a[0]);
    if (table != PY_NULL && py_bytes_ptr(table)->len != 256)
        py_raise_value_error(vm, "translation table must be 256 characters long");
    py_val_t del = a[1] == PY_NULL ? PY_NULL : py_bytes_snapshot(vm, a[1]);
    bool drop[256] = {false};
    for (size_t i = 0; del != PY_NULL && i < py_bytes_ptr(del)->len; i++) drop[py_bytes_ptr(del)->data[i]] = true;
    py_val_t s = py_bytes_snapshot(vm, args[0]);
    size_t n = 0, len = py_bytes_ptr(s)->len;
    for (size_t i = 0; i < len; i++) n += !drop[py_bytes_ptr(s)->data[i]];
    uint8_t *out;
    py_val_t r = py_bytes_like_new(vm, args[0], n, &out);
    for (size_t i = 0; i < len; i++) {
        uint8_t c = py_bytes_ptr(s)->data[i];
        if (!drop[c]) *out++ = table == PY_NULL ? c : py_bytes_ptr(table)->data[c];
    }
    return r;
}

// bytes.maketrans(from, to): a 256-byte table mapping each byte of [from] to
// the byte of [to] at the same place (a static method: no self).
PY_BYTES_METH(py_bytes_pad_maketrans) {
    (void)nargs, (void)kwnames;
    py_val_t from = py_bytes_snapshot(vm, args[0]), to = py_bytes_snapshot(vm, args[1]);
    if (py_bytes_ptr(from)->len != py_bytes_ptr(to)->len)
        py_raise_value_error(vm, "maketrans arguments must have same length");
    py_bytes_t *t = py_bytes_alloc(vm, 256);
    for (int i = 0; i < 256; i++) t->data[i] = (uint8_t)i;
    for (size_t i = 0; i < py_bytes_ptr(from)->len; i++)
        t->data[py_bytes_ptr(from)->data[i]] = py_bytes_ptr(to)->data[i];
    return py_from_obj(t);
}
