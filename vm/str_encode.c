// vm/str_encode.c: str.encode (UTF-8, ASCII, Latin-1) with CPython's error
// handlers, and the codec and handler name lookups that bytes.decode shares.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include "str_internal.h"
#include "obj_bytes.h"
#include "except.h"
#include "gc.h"
#include "obj_exc.h"
#include "runtime.h"

// ---- names ---------------------------------------------------------------------------

// [s] normalised as CPython's encodings.normalize_encoding plus lower case:
// each run of characters other than ASCII letters, digits and '.' becomes
// one '_', none at either end. False when it does not fit [out] (no codec
// name is that long, so the lookup then fails).
static bool normalise(const char *s, size_t len, char *out, size_t size) {
    size_t n = 0;
    bool gap = false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.';
        if (!keep) {
            gap = n > 0;
            continue;
        }
        if (n + 2 >= size) return false;
        if (gap) out[n++] = '_';
        gap = false;
        out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[n] = '\0';
    return true;
}

typedef struct {
    const char *name;
    int codec;
} codec_alias_t;

// CPython's aliases of the codecs we have (encodings/aliases.py), normalised.
static const codec_alias_t aliases[] = {
    {"utf_8", PY_CODEC_UTF8}, {"utf8", PY_CODEC_UTF8}, {"u8", PY_CODEC_UTF8},
    {"utf", PY_CODEC_UTF8}, {"cp65001", PY_CODEC_UTF8}, {"utf8_ucs2", PY_CODEC_UTF8},
    {"utf8_ucs4", PY_CODEC_UTF8},
    {"ascii", PY_CODEC_ASCII}, {"us_ascii", PY_CODEC_ASCII}, {"646", PY_CODEC_ASCII},
    {"us", PY_CODEC_ASCII}, {"ansi_x3.4_1968", PY_CODEC_ASCII}, {"cp367", PY_CODEC_ASCII},
    {"csascii", PY_CODEC_ASCII}, {"ibm367", PY_CODEC_ASCII}, {"iso646_us", PY_CODEC_ASCII},
    {"iso_646.irv_1991", PY_CODEC_ASCII}, {"iso_ir_6", PY_CODEC_ASCII},
    {"ansi_x3.4_1986", PY_CODEC_ASCII},
    {"latin_1", PY_CODEC_LATIN1}, {"latin1", PY_CODEC_LATIN1}, {"iso_8859_1", PY_CODEC_LATIN1},
    {"iso8859_1", PY_CODEC_LATIN1}, {"l1", PY_CODEC_LATIN1}, {"8859", PY_CODEC_LATIN1},
    {"cp819", PY_CODEC_LATIN1}, {"latin", PY_CODEC_LATIN1}, {"iso_ir_100", PY_CODEC_LATIN1},
    {"csisolatin1", PY_CODEC_LATIN1}, {"ibm819", PY_CODEC_LATIN1},
    {"iso_8859_1_1987", PY_CODEC_LATIN1},
};

int py_str_codec(py_vm_t *vm, py_val_t encoding, const char *fn) {
    if (encoding == PY_NULL) return PY_CODEC_UTF8;
    if (!py_is_str(vm, encoding))
        py_raise_type_error(vm, "%s() argument 'encoding' must be str, not %s", fn,
                            py_arg_type_name(vm, encoding));
    if (memchr(py_str_bytes(encoding), '\0', py_str_len(encoding)))
        py_raise_value_error(vm, "embedded null character");   // CPython reads it as a C string
    char name[24];   // longer than every alias
    if (normalise(py_str_bytes(encoding), py_str_len(encoding), name, sizeof name))
        for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
            if (strcmp(name, aliases[i].name) == 0) return aliases[i].codec;
    py_raise_fmt(vm, PY_EXC_LookupError, "unknown encoding: %N", encoding);
}

static const char *const handler_names[] = {
    "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
    "surrogateescape", "surrogatepass",
};

// The handler named [errors], or -1 for a name we do not know.
static int find_handler(py_val_t errors) {
    for (size_t i = 0; i < sizeof handler_names / sizeof handler_names[0]; i++)
        if (py_str_eq_c(errors, handler_names[i])) return (int)i;
    return -1;
}

// Raises TypeError unless [errors] is absent or a str.
static void check_errors_type(py_vm_t *vm, py_val_t errors, const char *fn) {
    if (errors != PY_NULL && !py_is_str(vm, errors))
        py_raise_type_error(vm, "%s() argument 'errors' must be str, not %s", fn,
                            py_arg_type_name(vm, errors));
}

int py_str_codec_handler(py_vm_t *vm, py_val_t errors, const char *fn) {
    check_errors_type(vm, errors, fn);
    if (errors == PY_NULL) return PY_CODEC_STRICT;
    int h = find_handler(errors);
    if (h < 0) py_raise_fmt(vm, PY_EXC_LookupError, "unknown error handler name '%N'", errors);
    return h;
}

int py_str_codec_errors(py_vm_t *vm, py_val_t errors, const char *fn) {
    int h = py_str_codec_handler(vm, errors, fn);
    if (h > PY_CODEC_REPLACE)   // a handler its caller (a decoder) does not implement
        py_raise_fmt(vm, PY_EXC_LookupError, "unknown error handler name '%N'", errors);
    return h;
}

// ---- encoding ------------------------------------------------------------------------

// One encoding in progress: like CPython, the handler's name is looked up
// only when a character cannot be encoded ("abc".encode(errors="x") works).
typedef struct {
    py_val_t self;          // the str encoded
    int codec;
    py_val_t errors;        // the handler's name (PY_NULL: strict)
    py_strbuf_t out;
} encoder_t;

static bool encodable(const encoder_t *e, uint32_t cp) {
    if (e->codec == PY_CODEC_UTF8) return cp < 0xD800 || cp > 0xDFFF;
    return cp < (e->codec == PY_CODEC_ASCII ? 0x80u : 0x100u);
}

// Raises UnicodeEncodeError for the characters [from, to) of the str.
static _Noreturn void encode_error(py_vm_t *vm, const encoder_t *e, size_t from, size_t to) {
    static const char *const codecs[] = {"utf-8", "ascii", "latin-1"};
    const char *why = e->codec == PY_CODEC_UTF8    ? "surrogates not allowed"
                      : e->codec == PY_CODEC_ASCII ? "ordinal not in range(128)"
                                                   : "ordinal not in range(256)";
    py_raise_unicode_error(vm, PY_EXC_UnicodeEncodeError, codecs[e->codec], e->self, from, to,
                           why);
}

// Appends the replacement of [cp] for the handlers that write text for it.
static void add_escape(py_vm_t *vm, encoder_t *e, int handler, uint32_t cp) {
    char tmp[16];
    if (handler == PY_CODEC_REPLACE) snprintf(tmp, sizeof tmp, "?");
    else if (handler == PY_CODEC_XMLCHARREFREPLACE) snprintf(tmp, sizeof tmp, "&#%u;", (unsigned)cp);
    else if (cp < 0x100) snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)cp);
    else if (cp < 0x10000) snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)cp);
    else snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)cp);
    py_strbuf_add_c(vm, &e->out, tmp);
}

// Handles the run of unencodable characters [from, to) (indexes) whose
// bytes start at *pos, leaving *pos after them.
static void handle_run(py_vm_t *vm, encoder_t *e, size_t from, size_t to, size_t *pos) {
    if (e->errors == PY_NULL) encode_error(vm, e, from, to);
    int h = find_handler(e->errors);
    if (h < 0) py_raise_fmt(vm, PY_EXC_LookupError, "unknown error handler name '%N'", e->errors);
    if (h == PY_CODEC_STRICT) encode_error(vm, e, from, to);
    if (h == PY_CODEC_SURROGATEPASS && e->codec != PY_CODEC_UTF8) encode_error(vm, e, from, to);
    py_str_t *s = py_str_ptr(e->self);
    for (size_t i = from; i < to; i++) {
        size_t start = *pos;
        uint32_t cp = py_str_utf8_next(py_str_text(s), s->len, pos);
        if (h == PY_CODEC_SURROGATEESCAPE) {
            // Bytes 0x80-0xFF that decoding escaped come back; anything else
            // fails with the rest of the run (CPython's fast path does the same).
            if (cp < 0xDC80 || cp > 0xDCFF) encode_error(vm, e, i, to);
            py_strbuf_add_char(vm, &e->out, (char)(cp - 0xDC00));
        } else if (h == PY_CODEC_SURROGATEPASS) {
            py_strbuf_add(vm, &e->out, py_str_text(s) + start, *pos - start);
        } else if (h != PY_CODEC_IGNORE) {
            add_escape(vm, e, h, cp);
        }
    }
}

// Appends the encoding of the encodable code point [cp] whose UTF-8 is [at, at+n).
static void add_encoded(py_vm_t *vm, encoder_t *e, uint32_t cp, const char *at, size_t n) {
    if (e->codec == PY_CODEC_UTF8) py_strbuf_add(vm, &e->out, at, n);
    else py_strbuf_add_char(vm, &e->out, (char)cp);
}

static py_val_t encode(py_vm_t *vm, encoder_t *e) {
    py_str_t *s = py_str_ptr(e->self);
    size_t index = 0;
    for (size_t pos = 0; pos < s->len;) {
        size_t start = pos;
        uint32_t cp = py_str_utf8_next(py_str_text(s), s->len, &pos);
        if (encodable(e, cp)) {
            add_encoded(vm, e, cp, s->data + start, pos - start);
            index++;
            continue;
        }
        size_t end = index + 1;   // the run of unencodable characters, as CPython reports it
        for (size_t p = pos; p < s->len && !encodable(e, py_str_utf8_next(py_str_text(s), s->len, &p));)
            end++;
        pos = start;
        handle_run(vm, e, index, end, &pos);
        index = end;
    }
    py_val_t r = py_bytes_new(vm, e->out.data, e->out.len);
    if (e->out.data != NULL) py_gc_release(vm, e->out.data);
    return r;
}

// True when UTF-8 text [s] holds no surrogate (ED A0-BF ..), the usual case.
static bool no_surrogates(const py_str_t *s) {
    if (s->ascii) return true;
    for (const char *p = py_str_text(s); (p = memchr(p, 0xED, s->len - (size_t)(p - py_str_text(s)))) != NULL; p++)
        if (p + 1 < py_str_text(s) + s->len && (uint8_t)p[1] >= 0xA0) return false;
    return true;
}

void py_str_check_utf8(py_vm_t *vm, py_val_t s) {
    if (no_surrogates(py_str_ptr(s))) return;
    encoder_t e = {s, PY_CODEC_UTF8, PY_NULL, PY_STRBUF_EMPTY};
    encode(vm, &e);   // strict: raises at the first surrogate
}

static const char *const encode_names[] = {"encoding", "errors"};

PY_STR_METH(py_str_encode_encode) {
    py_val_t self = args[0], a[2];
    py_str_check_self(vm, self, "encode");
    py_str_parse_args(vm, "encode", nargs - 1, args + 1, kwnames, encode_names, 2, a);
    int codec = py_str_codec(vm, a[0], "encode");
    check_errors_type(vm, a[1], "encode");
    py_str_t *s = py_str_ptr(self);
    if ((codec == PY_CODEC_UTF8 && no_surrogates(s)) || s->ascii)
        return py_bytes_new(vm, py_str_text(s), s->len);
    encoder_t e = {self, codec, a[1], PY_STRBUF_EMPTY};
    return encode(vm, &e);
}
