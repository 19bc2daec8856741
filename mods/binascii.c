// mods/binascii.c: the binascii module (also `ubinascii`): hex and base64
// conversions and CRC-32. Layer: library modules, over the buffer protocol.
// SPDX-License-Identifier: MIT
//
// Inputs are any bytes-like object; the a2b_* decoders also take ASCII str,
// as CPython's do. Errors are binascii.Error (a ValueError) with CPython's
// messages. Base64 follows RFC 4648 with CPython's lenient default mode
// (characters outside the alphabet are skipped) and its strict_mode.

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "modkit.h"
#include "obj_bytes.h"
#include "obj_int.h"
#include "obj_module.h"
#include "obj_str.h"
#include "runtime.h"

static _Noreturn void raise_error(py_vm_t *vm, const char *msg) {
    py_modkit_raise(vm, "binascii", "Error", "%s", msg);
}

// The text of an a2b_* argument: a bytes-like object, or a str of ASCII only.
// The returned view stays valid while no allocation happens.
static void ascii_arg(py_vm_t *vm, py_val_t v, py_buffer_t *view) {
    if (py_is_str(vm, v)) {
        if (!py_str_ptr(v)->ascii)
            py_raise_value_error(vm, "string argument should contain only ASCII characters");
        *view = (py_buffer_t){(uint8_t *)py_str_bytes(v), py_str_len(v), 1, 'B', true};
        return;
    }
    if (!py_buffer_get(vm, v, view, false))
        py_raise_type_error(vm, "argument should be bytes, buffer or ASCII string, not '%T'", v);
}

// ---- hex --------------------------------------------------------------------------------

static const char *const hexlify_kw[] = {"data", "sep", "bytes_per_sep", NULL};

// The separator byte of hexlify's [sep]: a str or bytes of one character.
// A str character up to U+00FF is taken as that byte, as CPython does.
static uint8_t sep_byte(py_vm_t *vm, py_val_t sep) {
    size_t n = py_len(vm, sep);   // TypeError "object of type 'int' has no len()"
    if (n != 1) py_raise_value_error(vm, "sep must be length 1.");
    if (py_is_str(vm, sep)) {
        const uint8_t *d = (const uint8_t *)py_str_bytes(sep);
        if (d[0] < 0x80) return d[0];
        if (d[0] == 0xc2 || d[0] == 0xc3) return (uint8_t)((d[0] & 3) << 6 | (d[1] & 0x3f));
        py_raise_value_error(vm, "sep must be ASCII.");
    }
    if (!py_is_bytes(vm, sep)) py_raise_type_error(vm, "sep must be str or bytes.");
    return py_bytes_ptr(sep)->data[0];
}

// bytes_per_sep as CPython's C int.
static int32_t per_sep(py_vm_t *vm, py_val_t v) {
    int64_t per = 1;
    if (v == PY_NULL) return 1;
    if (!py_int_to_i64(py_index(vm, v), &per) || per < INT32_MIN || per > INT32_MAX)
        py_raise_fmt(vm, PY_EXC_OverflowError, "Python int too large to convert to C int");
    return (int32_t)per;
}

// hexlify(data, sep=None, bytes_per_sep=1): two hex digits a byte, with [sep]
// between groups of |bytes_per_sep| bytes counted from the right (from the
// left when negative).
static py_val_t ba_hexlify(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t a[3] = {PY_NULL, PY_NULL, PY_NULL};
    if (nargs > 3) py_raise_type_error(vm, "hexlify() takes at most 3 arguments (%zu given)", nargs);
    py_builtins_kwargs(vm, "hexlify", nargs, args, kwnames, hexlify_kw, a);
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    if (a[0] == PY_NULL) py_raise_type_error(vm, "hexlify() missing required argument 'data' (pos 1)");
    py_buffer_t v;
    py_buffer_require(vm, a[0], &v, false);
    int sep = a[1] == PY_NULL ? -1 : sep_byte(vm, a[1]);
    int32_t per = per_sep(vm, a[2]);
    size_t group = per < 0 ? (size_t)-(int64_t)per : (size_t)per;
    if (sep < 0 || v.len == 0) group = 0;
    if (v.len > SIZE_MAX / 4) py_raise_memory_error(vm);
    size_t nsep = group ? (v.len - 1) / group : 0;
    py_bytes_t *out = py_bytes_alloc(vm, 2 * v.len + nsep);
    py_buffer_require(vm, a[0], &v, false);
    static const char digits[] = "0123456789abcdef";
    uint8_t *o = out->data;
    for (size_t i = 0; i < v.len; i++) {
        size_t k = per > 0 ? v.len - i : i;
        if (group && i > 0 && k % group == 0) *o++ = (uint8_t)sep;
        *o++ = (uint8_t)digits[v.data[i] >> 4];
        *o++ = (uint8_t)digits[v.data[i] & 15];
    }
    return py_from_obj(out);
}

static int hex_value(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// unhexlify(hexstr): two hex digits per byte, nothing else allowed.
static py_val_t ba_unhexlify(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_buffer_t v;
    ascii_arg(vm, args[0], &v);
    if (v.len % 2) raise_error(vm, "Odd-length string");
    py_bytes_t *out = py_bytes_alloc(vm, v.len / 2);
    ascii_arg(vm, args[0], &v);   // again: the allocation may have run a collection
    for (size_t i = 0; i < v.len; i += 2) {
        int hi = hex_value(v.data[i]), lo = hex_value(v.data[i + 1]);
        if (hi < 0 || lo < 0) raise_error(vm, "Non-hexadecimal digit found");
        out->data[i / 2] = (uint8_t)(hi << 4 | lo);
    }
    return py_from_obj(out);
}

// ---- base64 (RFC 4648) --------------------------------------------------------------------

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The 6-bit value of base64 character [c], or -1.
static int b64_value(uint8_t c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static const char *const b2a_base64_kw[] = {"newline", NULL};

// b2a_base64(data, *, newline=True): padded base64, with a trailing newline.
static py_val_t ba_b2a_base64(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t kw[1] = {PY_NULL};
    py_builtins_kwargs(vm, "b2a_base64", nargs, args, kwnames, b2a_base64_kw, kw);
    bool newline = kw[0] == PY_NULL || py_truthy(vm, kw[0]);
    py_buffer_t v;
    py_buffer_require(vm, args[0], &v, false);
    if (v.len > SIZE_MAX / 2) py_raise_memory_error(vm);
    size_t olen = (v.len + 2) / 3 * 4 + newline;
    py_bytes_t *out = py_bytes_alloc(vm, olen);
    py_buffer_require(vm, args[0], &v, false);
    uint8_t *o = out->data;
    size_t i = 0;
    for (; i + 3 <= v.len; i += 3) {
        uint32_t w = (uint32_t)v.data[i] << 16 | (uint32_t)v.data[i + 1] << 8 | v.data[i + 2];
        for (int k = 3; k >= 0; k--) *o++ = (uint8_t)b64_alphabet[(w >> (6 * k)) & 63];
    }
    if (i < v.len) {   // one or two bytes left: pad to a full quad
        uint32_t w = (uint32_t)v.data[i] << 16 | (i + 1 < v.len ? (uint32_t)v.data[i + 1] << 8 : 0);
        *o++ = (uint8_t)b64_alphabet[w >> 18];
        *o++ = (uint8_t)b64_alphabet[(w >> 12) & 63];
        *o++ = i + 1 < v.len ? (uint8_t)b64_alphabet[(w >> 6) & 63] : '=';
        *o++ = '=';
    }
    if (newline) *o++ = '\n';
    return py_from_obj(out);
}

// The decoder's state: [quad] is how many characters of the current group of
// four have been read, [pads] the '=' seen since the last data character.
typedef struct {
    uint8_t *out;
    size_t nout;
    unsigned quad, pads;
    uint32_t bits;
    bool padding_started;
} b64_state_t;

// Adds one 6-bit value: a byte is complete after the 2nd, 3rd and 4th of a quad.
static void b64_push(b64_state_t *s, int value) {
    s->bits = (s->bits << 6) | (uint32_t)value;
    if (s->quad > 0) s->out[s->nout++] = (uint8_t)(s->bits >> (2 * (3 - s->quad)));
    s->quad = (s->quad + 1) % 4;
    if (s->quad == 0) s->bits = 0;
}

// Decodes [v] into s->out; returns when a pad sequence completes a quad.
static void b64_decode(py_vm_t *vm, const py_buffer_t *v, b64_state_t *s, bool strict) {
    for (size_t i = 0; i < v->len; i++) {
        uint8_t c = v->data[i];
        if (c == '=') {
            s->padding_started = true;
            if (strict && s->quad == 0) raise_error(vm, "Leading padding not allowed");
            if (s->quad >= 2 && s->quad + ++s->pads >= 4) {
                if (strict && i + 1 < v->len) raise_error(vm, "Excess data after padding");
                s->quad = 0;   // the group is complete: what follows is ignored
                return;
            }
            continue;
        }
        int value = b64_value(c);
        if (value < 0) {
            if (strict) raise_error(vm, "Only base64 data is allowed");
            continue;   // lenient mode skips whitespace and other noise
        }
        if (strict && s->padding_started) raise_error(vm, "Discontinuous padding not allowed");
        s->pads = 0;
        b64_push(s, value);
    }
}

static const char *const a2b_base64_kw[] = {"strict_mode", NULL};

// a2b_base64(data, *, strict_mode=False).
static py_val_t ba_a2b_base64(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t kw[1] = {PY_NULL};
    py_builtins_kwargs(vm, "a2b_base64", nargs, args, kwnames, a2b_base64_kw, kw);
    bool strict = kw[0] != PY_NULL && py_truthy(vm, kw[0]);
    py_buffer_t v;
    ascii_arg(vm, args[0], &v);
    uint8_t *tmp = py_gc_new_bytes(vm, v.len / 4 * 3 + 3);
    ascii_arg(vm, args[0], &v);
    b64_state_t s = {tmp, 0, 0, 0, 0, false};
    b64_decode(vm, &v, &s, strict);
    if (s.quad == 1)
        py_modkit_raise(vm, "binascii", "Error", "Invalid base64-encoded string: number of data "
                        "characters (%zu) cannot be 1 more than a multiple of 4", s.nout / 3 * 4 + 1);
    if (s.quad != 0) raise_error(vm, "Incorrect padding");
    return py_bytes_new(vm, tmp, s.nout);
}

// ---- CRC-32 (ISO 3309 / ITU-T V.42, as zlib and PNG use) ------------------------------------

// The byte-at-a-time table of the reflected polynomial 0xEDB88320, built on first use.
static const uint32_t *crc_table(void) {
    static uint32_t table[256];
    static bool ready;
    if (!ready) {
        for (uint32_t n = 0; n < 256; n++) {
            uint32_t c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        ready = true;
    }
    return table;
}

// crc32(data, crc=0): [crc] continues a running value (any int, taken mod 2**32).
static py_val_t ba_crc32(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    uint32_t crc = 0;
    if (nargs > 1) {
        py_val_t masked = py_int_binary(vm, PY_OP_AND, py_index(vm, args[1]),
                                        py_int_from_u64(vm, 0xffffffffu));
        int64_t c;
        py_int_to_i64(masked, &c);
        crc = (uint32_t)c;
    }
    py_buffer_t v;
    py_buffer_require(vm, args[0], &v, false);
    const uint32_t *t = crc_table();
    crc = ~crc;
    for (size_t i = 0; i < v.len; i++) crc = t[(crc ^ v.data[i]) & 0xff] ^ (crc >> 8);
    return py_int_from_u64(vm, ~crc);
}

static void binascii_init(py_vm_t *vm, py_val_t module) {
    py_modkit_exc_new(vm, module, "Error", PY_EXC_ValueError);
    py_modkit_exc_new(vm, module, "Incomplete", PY_EXC_Exception);
}

static const py_method_def_t binascii_functions[] = {
    {"hexlify", ba_hexlify, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"b2a_hex", ba_hexlify, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"unhexlify", ba_unhexlify, 1, 1, 0},
    {"a2b_hex", ba_unhexlify, 1, 1, 0},
    {"b2a_base64", ba_b2a_base64, 1, 1, PY_METH_KEYWORDS},
    {"a2b_base64", ba_a2b_base64, 1, 1, PY_METH_KEYWORDS},
    {"crc32", ba_crc32, 1, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_module_def_t py_mod_binascii = {"binascii", binascii_functions, binascii_init, NULL};
