// vm/str_format.c: str.format and str.format_map: replacement fields
// {name.attr[key]!conv:spec} with automatic or manual numbering.
// Layer: vm core (types). Each field's value goes through py_format_value (str_spec.c).
// SPDX-License-Identifier: MIT

#include "str_internal.h"
#include "obj_tuple.h"
#include "except.h"
#include "runtime.h"

// Nesting of replacement fields inside format specs that CPython allows
// ('{:{}}' is fine, a third level is not).
#define FORMAT_MAX_DEPTH 2

typedef struct fmt_ctx {
    const py_val_t *args;    // positional arguments
    size_t nargs;
    py_val_t kwnames;        // tuple of keyword names, or PY_NULL
    const py_val_t *kwvals;  // their values
    py_val_t mapping;        // format_map's mapping, or PY_NULL
    int numbering;           // 0 not yet known, 1 automatic, 2 manual
    size_t next_auto;        // the next automatic field number
} fmt_ctx_t;

// A byte range of the format string.
typedef struct span {
    const char *s;
    size_t len;
} span_t;

// ---- argument lookup -------------------------------------------------------------

static py_val_t positional(py_vm_t *vm, fmt_ctx_t *c, size_t index) {
    if (c->mapping != PY_NULL) py_raise_value_error(vm, "Format string contains positional fields");
    if (index >= c->nargs)
        py_raise_index_error(vm, "Replacement index %zu out of range for positional args tuple",
                             index);
    return c->args[index];
}

static py_val_t keyword(py_vm_t *vm, fmt_ctx_t *c, span_t name) {
    py_val_t key = py_str_new(vm, name.s, name.len);
    if (c->mapping != PY_NULL) return py_getitem(vm, c->mapping, key);
    if (c->kwnames != PY_NULL) {
        py_tuple_t *kw = py_tuple_ptr(c->kwnames);
        for (size_t i = 0; i < kw->len; i++)
            if (py_str_equal(kw->items[i], key)) return c->kwvals[i];
    }
    py_raise_key_error(vm, key);
}

// True when [sp] is all decimal digits; stores their value.
static bool span_index(span_t sp, size_t *out) {
    size_t v = 0;
    if (sp.len == 0) return false;
    for (size_t i = 0; i < sp.len; i++) {
        if (sp.s[i] < '0' || sp.s[i] > '9') return false;
        v = v * 10 + (size_t)(sp.s[i] - '0');
    }
    *out = v;
    return true;
}

// The object an arg_name names: "" (automatic), a number, or a keyword.
static py_val_t first_object(py_vm_t *vm, fmt_ctx_t *c, span_t name) {
    size_t index;
    if (name.len == 0) {
        if (c->numbering == 2)
            py_raise_value_error(vm, "cannot switch from manual field specification to "
                                     "automatic field numbering");
        c->numbering = 1;
        return positional(vm, c, c->next_auto++);
    }
    if (!span_index(name, &index)) return keyword(vm, c, name);
    if (c->numbering == 1)
        py_raise_value_error(vm, "cannot switch from automatic field numbering to manual "
                                 "field specification");
    c->numbering = 2;
    return positional(vm, c, index);
}

// Applies one ".attr" or "[key]" accessor starting at f[*pos]; returns the new object.
static py_val_t accessor(py_vm_t *vm, py_val_t obj, span_t f, size_t *pos) {
    char kind = f.s[(*pos)++];
    size_t start = *pos;
    if (kind == '.') {
        while (*pos < f.len && f.s[*pos] != '.' && f.s[*pos] != '[') (*pos)++;
        if (*pos == start) py_raise_value_error(vm, "Empty attribute in format string");
        return py_getattr(vm, obj, py_str_intern(vm, f.s + start, *pos - start));
    }
    if (kind != '[')
        py_raise_value_error(vm, "Only '.' or '[' may follow ']' in format field specifier");
    while (*pos < f.len && f.s[*pos] != ']') (*pos)++;
    if (*pos >= f.len) py_raise_value_error(vm, "Missing ']' in format string");
    span_t key = {f.s + start, *pos - start};
    (*pos)++;
    if (key.len == 0) py_raise_value_error(vm, "Empty attribute in format string");
    size_t index;
    if (span_index(key, &index)) return py_getitem(vm, obj, py_small((py_int_t)index));
    return py_getitem(vm, obj, py_str_new(vm, key.s, key.len));
}

// The object a whole field name (arg_name followed by accessors) names.
static py_val_t resolve_field(py_vm_t *vm, fmt_ctx_t *c, span_t f) {
    size_t pos = 0;
    while (pos < f.len && f.s[pos] != '.' && f.s[pos] != '[') pos++;
    py_val_t obj = first_object(vm, c, (span_t){f.s, pos});
    while (pos < f.len) obj = accessor(vm, obj, f, &pos);
    return obj;
}

// ---- fields ---------------------------------------------------------------------------

static py_val_t convert(py_vm_t *vm, py_val_t obj, char conv) {
    switch (conv) {
    case 0: return obj;
    case 'r': return py_repr(vm, obj);
    case 's': return py_str_of(vm, obj);
    case 'a': return py_str_ascii_of(vm, obj);
    default:
        if (conv > 0x20 && conv < 0x7F)
            py_raise_value_error(vm, "Unknown conversion specifier %c", conv);
        py_raise_value_error(vm, "Unknown conversion specifier \\x%x", (unsigned)(uint8_t)conv);
    }
}

static py_val_t vformat(py_vm_t *vm, fmt_ctx_t *c, span_t fmt, int depth);

// Parses the replacement field that starts at [*pos] (just after its '{') into
// name, conversion and spec, leaving [*pos] after its closing '}'. A literal
// transcription of CPython 3.11's parse_field, so malformed fields fail with
// the same message (e.g. in "{0!}" the '}' is taken as the conversion).
static void parse_field(py_vm_t *vm, span_t fmt, size_t *pos, span_t *name, char *conv, span_t *spec) {
    size_t p = *pos;
    char c = 0;
    while (p < fmt.len) {
        c = fmt.s[p++];
        if (c == '{') py_raise_value_error(vm, "unexpected '{' in field name");
        if (c == '[') {
            while (p < fmt.len && fmt.s[p] != ']') p++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    *name = (span_t){fmt.s + *pos, p - *pos - (p > *pos ? 1 : 0)};
    *conv = 0;
    *spec = (span_t){fmt.s + p, 0};
    if (c != '!' && c != ':') {
        if (c != '}') py_raise_value_error(vm, "expected '}' before end of string");
        *pos = p;
        return;
    }
    if (c == '!') {
        if (p >= fmt.len) py_raise_value_error(vm, "end of string while looking for conversion specifier");
        *conv = fmt.s[p++];
        if (p < fmt.len) {
            c = fmt.s[p++];
            if (c == '}') {
                *pos = p;
                return;
            }
            if (c != ':') py_raise_value_error(vm, "expected ':' after conversion specifier");
        }
    }
    size_t spec_start = p;
    for (int count = 1; p < fmt.len;) {
        c = fmt.s[p++];
        if (c == '{') count++;
        else if (c == '}' && --count == 0) {
            *spec = (span_t){fmt.s + spec_start, p - 1 - spec_start};
            *pos = p;
            return;
        }
    }
    py_raise_value_error(vm, "unmatched '{' in format spec");
}

// Formats the replacement field at [*pos] (after its '{'); moves [*pos] past it.
static void do_field(py_vm_t *vm, fmt_ctx_t *c, py_strbuf_t *b, span_t fmt, size_t *pos, int depth) {
    span_t name, spec;
    char conv;
    parse_field(vm, fmt, pos, &name, &conv, &spec);
    py_val_t obj = convert(vm, resolve_field(vm, c, name), conv);
    py_val_t spec_str = memchr(spec.s, '{', spec.len) ? vformat(vm, c, spec, depth - 1)
                                                      : py_str_new(vm, spec.s, spec.len);
    py_val_t r = py_format_value(vm, obj, spec_str);
    py_strbuf_add(vm, b, py_str_bytes(r), py_str_len(r));
}

static py_val_t vformat(py_vm_t *vm, fmt_ctx_t *c, span_t fmt, int depth) {
    if (depth <= 0) py_raise_value_error(vm, "Max string recursion exceeded");
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (size_t pos = 0; pos < fmt.len;) {
        char ch = fmt.s[pos];
        if (ch != '{' && ch != '}') {
            size_t start = pos;
            while (pos < fmt.len && fmt.s[pos] != '{' && fmt.s[pos] != '}') pos++;
            py_strbuf_add(vm, &b, fmt.s + start, pos - start);
            continue;
        }
        if (pos + 1 < fmt.len && fmt.s[pos + 1] == ch) {   // '{{' or '}}'
            py_strbuf_add_char(vm, &b, ch);
            pos += 2;
            continue;
        }
        if (ch == '}') py_raise_value_error(vm, "Single '}' encountered in format string");
        if (pos + 1 >= fmt.len) py_raise_value_error(vm, "Single '{' encountered in format string");
        pos++;
        do_field(vm, c, &b, fmt, &pos, depth);
    }
    return py_strbuf_finish(vm, &b);
}

// ---- methods ------------------------------------------------------------------------------

PY_STR_METH(py_str_format_format) {
    py_val_t self = args[0];
    py_str_check_self(vm, self, "format");
    fmt_ctx_t c = {args + 1, nargs - 1, kwnames, args + nargs, PY_NULL, 0, 0};
    return vformat(vm, &c, (span_t){py_str_bytes(self), py_str_len(self)}, FORMAT_MAX_DEPTH);
}

PY_STR_METH(py_str_format_format_map) {
    (void)nargs, (void)kwnames;
    py_val_t self = args[0];
    py_str_check_self(vm, self, "format_map");
    fmt_ctx_t c = {NULL, 0, PY_NULL, NULL, args[1], 0, 0};
    return vformat(vm, &c, (span_t){py_str_bytes(self), py_str_len(self)}, FORMAT_MAX_DEPTH);
}

PY_STR_METH(py_str_format_dunder) {
    (void)nargs, (void)kwnames;
    py_val_t self = args[0];
    py_str_check_self(vm, self, "__format__");
    if (!py_is_str(vm, args[1]))
        py_raise_type_error(vm, "__format__() argument must be str, not %s",
                            py_arg_type_name(vm, args[1]));
    return py_format_builtin(vm, self, args[1]);
}
