// vm/bytes_hex.c: hex() of bytes, bytearray and memoryview (with a separator
// every N bytes) and the classmethod fromhex() of bytes and bytearray.
// Layer: vm core (types), over the buffer protocol.
// SPDX-License-Identifier: MIT

#include "bytes_internal.h"
#include "except.h"
#include "gc.h"
#include "obj_int.h"
#include "runtime.h"

static const char *const hex_names[] = {"sep", "bytes_per_sep"};

// The separator character of hex(sep): a str or bytes of one ASCII character.
static char sep_arg(py_vm_t *vm, py_val_t sep) {
    size_t n;
    const uint8_t *d;
    py_buffer_t v;
    if (py_is_str(vm, sep)) {
        n = py_str_ptr(sep)->nchars;
        d = (const uint8_t *)py_str_bytes(sep);
    } else if (py_buffer_get(vm, sep, &v, false)) {
        n = v.len, d = v.data;
    } else {
        py_raise_type_error(vm, "object of type '%T' has no len()", sep);
    }
    if (n != 1) py_raise_value_error(vm, "sep must be length 1.");
    if (d[0] >= 0x80) py_raise_value_error(vm, "sep must be ASCII.");
    return (char)d[0];
}

py_val_t py_bytes_hex_of(py_vm_t *vm, py_val_t obj, size_t off, size_t len, size_t nargs,
                         const py_val_t *args, py_val_t kwnames) {
    py_val_t a[2];
    py_str_parse_args(vm, "hex", nargs, args, kwnames, hex_names, 2, a);
    char sep = a[0] == PY_NULL ? 0 : sep_arg(vm, a[0]);
    int64_t per = 1;
    bool fits = a[1] == PY_NULL || py_int_to_i64(py_index(vm, a[1]), &per);
    if (!fits || per < INT32_MIN || per > INT32_MAX)   // CPython takes a C int here
        py_raise_fmt(vm, PY_EXC_OverflowError, "Python int too large to convert to C int");
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    if (sep == 0 || group == 0 || len == 0) group = 0;
    size_t nsep = group ? (len - 1) / group : 0;
    if (len > (SIZE_MAX / 4)) py_raise_memory_error(vm);
    py_str_t *s = py_str_alloc(vm, 2 * len + nsep);
    py_buffer_t v;
    py_bytes_view(vm, obj, &v);
    static const char digits[] = "0123456789abcdef";
    char *o = s->data;
    for (size_t i = 0; i < len; i++) {
        // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
        size_t k = per > 0 ? len - i : i;
        if (group && i > 0 && k % group == 0) *o++ = sep;
        uint8_t c = v.data[off + i];
        *o++ = digits[c >> 4];
        *o++ = digits[c & 15];
    }
    return py_str_finish(vm, s);
}

PY_BYTES_METH(py_bytes_hex_hex) {
    py_buffer_t v;
    py_bytes_view(vm, args[0], &v);
    return py_bytes_hex_of(vm, args[0], 0, v.len, nargs - 1, args + 1, kwnames);
}

static int hex_digit(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)c - '0';
    if (c >= 'a' && c <= 'f') return (int)c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return (int)c - 'A' + 10;
    return -1;
}

static bool fromhex_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The bytes of hex text [s]: pairs of hex digits, with ASCII whitespace between pairs.
static py_val_t parse_hex(py_vm_t *vm, py_val_t s) {
    const char *d = py_str_bytes(s);
    size_t len = py_str_len(s), pos = 0, index = 0;
    py_strbuf_t out;
    py_strbuf_init(&out);
    while (pos < len) {
        uint32_t c = py_str_utf8_next(d, len, &pos);
        if (fromhex_space(c)) {
            index++;
            continue;
        }
        int hi = hex_digit(c), lo = pos < len ? hex_digit(py_str_utf8_next(d, len, &pos)) : -1;
        if (hi < 0 || lo < 0)
            py_raise_value_error(vm, "non-hexadecimal number found in fromhex() arg at position %zu",
                                 index + (hi >= 0));
        py_strbuf_add_char(vm, &out, (char)(hi << 4 | lo));
        index += 2;
    }
    py_val_t r = py_bytes_new(vm, out.data, out.len);
    if (out.data) py_gc_release(vm, out.data);
    return r;
}

PY_BYTES_METH(py_bytes_hex_fromhex) {
    (void)nargs, (void)kwnames;
    py_val_t cls = args[0];
    if (!py_is_str(vm, args[1]))
        py_raise_type_error(vm, "fromhex() argument must be str, not %s",
                            py_arg_type_name(vm, args[1]));
    py_val_t b = parse_hex(vm, args[1]);
    py_type_t *t = (py_type_t *)py_obj(cls);
    if (t == vm->types[PY_T_bytes]) return b;
    if (t == vm->types[PY_T_bytearray]) return py_bytearray_new(vm, py_bytes_ptr(b)->data, py_bytes_ptr(b)->len);
    return py_call1(vm, cls, b);   // a subclass: cls(bytes), as CPython
}
