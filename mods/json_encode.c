// mods/json_encode.c: the JSON encoder behind json.dumps and json.dump.
// Layer: library modules. Output matches CPython's json module byte for byte.
// SPDX-License-Identifier: MIT

#include <math.h>
#include <stdio.h>

#include "except.h"
#include "interrupt.h"
#include "json.h"
#include "obj_dict.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_tuple.h"
#include "runtime.h"

typedef struct enc {
    py_vm_t *vm;
    const py_json_opts_t *o;
    py_strbuf_t b;
    py_val_t active;   // list of the containers being encoded (circular check)
    size_t level;      // nesting, for the indent
    unsigned poll;     // Ctrl-C countdown (vm/interrupt.h)
} enc_t;

static void encode_value(enc_t *e, py_val_t v);

static void add(enc_t *e, const char *s) { py_strbuf_add_c(e->vm, &e->b, s); }
static void add_str(enc_t *e, py_val_t s) {
    py_strbuf_add(e->vm, &e->b, py_str_bytes(s), py_str_len(s));
}

// Decodes the UTF-8 sequence at s[*i] (the str is valid, surrogates allowed).
static uint32_t utf8_next(const uint8_t *s, size_t *i) {
    uint32_t c = s[(*i)++];
    if (c < 0x80) return c;
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    c &= 0x3F >> n;
    while (n-- > 0) c = (c << 6) | (s[(*i)++] & 0x3F);
    return c;
}

static void add_u(enc_t *e, uint32_t c) {
    char tmp[16];
    snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)(c & 0xFFFF));
    add(e, tmp);
}

// A str as a JSON string literal: CPython's escapes, and \uXXXX (surrogate
// pairs past the BMP) for everything non-ASCII when ensure_ascii is on.
static void encode_str(enc_t *e, py_val_t s) {
    const uint8_t *d = (const uint8_t *)py_str_bytes(s);
    size_t len = py_str_len(s), i = 0, run = 0;
    py_strbuf_add_char(e->vm, &e->b, '"');
    while (i < len) {
        uint8_t c = d[i];
        bool plain = c >= 0x20 && c != '"' && c != '\\' && (c < 0x7F || !e->o->ensure_ascii);
        if (plain) {
            i++;
            continue;
        }
        py_strbuf_add(e->vm, &e->b, (const char *)d + run, i - run);
        d = (const uint8_t *)py_str_bytes(s);   // the buffer may have collected
        uint32_t cp = utf8_next(d, &i);
        run = i;
        switch (cp) {
        case '"': add(e, "\\\""); break;
        case '\\': add(e, "\\\\"); break;
        case '\n': add(e, "\\n"); break;
        case '\r': add(e, "\\r"); break;
        case '\t': add(e, "\\t"); break;
        case '\b': add(e, "\\b"); break;
        case '\f': add(e, "\\f"); break;
        default:
            if (cp >= 0x10000) {
                add_u(e, 0xD800 + ((cp - 0x10000) >> 10));
                add_u(e, 0xDC00 + ((cp - 0x10000) & 0x3FF));
            } else {
                add_u(e, cp);
            }
        }
        d = (const uint8_t *)py_str_bytes(s);
    }
    py_strbuf_add(e->vm, &e->b, (const char *)d + run, len - run);
    py_strbuf_add_char(e->vm, &e->b, '"');
}

// float.__repr__, with JavaScript's names for the values JSON lacks.
static void encode_float(enc_t *e, double d, py_val_t v) {
    if (isfinite(d)) {
        char buf[40];
        py_float_repr_buf(d, buf, sizeof buf);
        add(e, buf);
        return;
    }
    if (!e->o->allow_nan) {
        // CPython's C encoder (compact output) omits the value; the Python
        // one (used with an indent) appends its repr.
        if (e->o->indent != PY_NULL)
            py_raise_value_error(e->vm, "Out of range float values are not JSON compliant: %R", v);
        py_raise_value_error(e->vm, "Out of range float values are not JSON compliant");
    }
    add(e, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
}

// A small int's digits without making a str.
static void add_small(enc_t *e, py_int_t i) {
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)i);
    add(e, buf);
}

static void newline_indent(enc_t *e) {
    py_strbuf_add_char(e->vm, &e->b, '\n');
    for (size_t i = 0; i < e->level; i++) add_str(e, e->o->indent);
}

// Pushes [v] on the active list, raising ValueError when it is already there.
static void enter(enc_t *e, py_val_t v) {
    if (e->o->check_circular) {
        py_list_t *l = py_list_ptr(e->active);
        for (size_t i = 0; i < l->len; i++)
            if (l->items[i] == v) py_raise_value_error(e->vm, "Circular reference detected");
        py_list_append(e->vm, e->active, v);
    }
    py_check_c_stack(e->vm);
    e->level++;
    if (e->o->indent != PY_NULL) newline_indent(e);
}

static void leave(enc_t *e, char close) {
    if (e->o->check_circular) py_list_ptr(e->active)->len--;
    e->level--;
    if (e->o->indent != PY_NULL) newline_indent(e);
    py_strbuf_add_char(e->vm, &e->b, close);
}

static void item_sep(enc_t *e) {
    add_str(e, e->o->item_sep);
    if (e->o->indent != PY_NULL) newline_indent(e);
}

// Lists and tuples (and their subclasses) become arrays. Items are read by
// index each time, since encoding an item may run code that changes the list.
static void encode_seq(enc_t *e, py_val_t v) {
    bool is_list = py_is_a(e->vm, v, PY_T_list);
    size_t n = is_list ? py_list_ptr(v)->len : py_tuple_ptr(v)->len;
    if (n == 0) {
        add(e, "[]");
        return;
    }
    py_strbuf_add_char(e->vm, &e->b, '[');
    enter(e, v);
    for (size_t i = 0;; i++) {
        n = is_list ? py_list_ptr(v)->len : py_tuple_ptr(v)->len;
        if (i >= n) break;
        if (i > 0) item_sep(e);
        encode_value(e, is_list ? py_list_ptr(v)->items[i] : py_tuple_ptr(v)->items[i]);
    }
    leave(e, ']');
}

// A dict key as JSON allows it (a string), or PY_NULL to skip it (skipkeys).
static py_val_t key_text(enc_t *e, py_val_t k) {
    py_vm_t *vm = e->vm;
    if (py_is_str(vm, k)) return k;
    if (py_is_float(vm, k)) {
        py_strbuf_t saved = e->b;
        py_strbuf_init(&e->b);
        encode_float(e, py_float_val(k), k);
        py_val_t s = py_strbuf_finish(vm, &e->b);
        e->b = saved;
        return s;
    }
    if (k == PY_TRUE) return py_str_intern_c(vm, "true");
    if (k == PY_FALSE) return py_str_intern_c(vm, "false");
    if (k == PY_NONE) return py_str_intern_c(vm, "null");
    if (py_is_int(vm, k)) return py_int_to_str(vm, k, 10);
    if (e->o->skipkeys) return PY_NULL;
    py_raise_type_error(vm, "keys must be str, int, float, bool or None, not %s",
                        py_type_name(vm, k));
}

static void encode_pair(enc_t *e, py_val_t k, py_val_t v, bool *first) {
    py_val_t text = key_text(e, k);
    if (text == PY_NULL) return;
    if (!*first) item_sep(e);
    *first = false;
    encode_str(e, text);
    add_str(e, e->o->key_sep);
    encode_value(e, v);
}

static void encode_dict(enc_t *e, py_val_t d) {
    py_vm_t *vm = e->vm;
    if (py_dict_ptr(d)->len == 0) {
        add(e, "{}");
        return;
    }
    py_strbuf_add_char(vm, &e->b, '{');
    enter(e, d);
    bool first = true;
    if (!e->o->sort_keys) {
        // In place: py_dict_next re-reads the table each step, so a dict
        // changed by a default= hook meanwhile is still walked safely.
        size_t pos = 0;
        for (py_dict_entry_t *en; (en = py_dict_next(d, &pos)) != NULL;)
            encode_pair(e, en->key, en->value, &first);
        leave(e, '}');
        return;
    }
    // A sorted snapshot of the items, as CPython sorts them (by key, then value).
    py_val_t items = py_list_new(vm, 0, NULL);
    size_t pos = 0;
    for (py_dict_entry_t *en; (en = py_dict_next(d, &pos)) != NULL;) {
        py_val_t pair[2] = {en->key, en->value};
        py_list_append(vm, items, py_tuple_new(vm, 2, pair));
    }
    py_list_sort(vm, items, PY_NULL, false);
    for (size_t i = 0; i < py_list_ptr(items)->len; i++) {
        py_tuple_t *t = py_tuple_ptr(py_list_ptr(items)->items[i]);
        encode_pair(e, t->items[0], t->items[1], &first);
    }
    leave(e, '}');
}

// An object JSON has no form for: default(o) is encoded in its place.
static void encode_other(enc_t *e, py_val_t v) {
    if (e->o->default_fn == PY_NULL)
        py_raise_type_error(e->vm, "Object of type %s is not JSON serializable",
                            py_type_name(e->vm, v));
    if (e->o->check_circular) {
        py_list_t *l = py_list_ptr(e->active);
        for (size_t i = 0; i < l->len; i++)
            if (l->items[i] == v) py_raise_value_error(e->vm, "Circular reference detected");
        py_list_append(e->vm, e->active, v);
    }
    py_check_c_stack(e->vm);
    py_val_t r = py_call1(e->vm, e->o->default_fn, v);
    encode_value(e, r);
    if (e->o->check_circular) py_list_ptr(e->active)->len--;
}

static void encode_value(enc_t *e, py_val_t v) {
    py_vm_t *vm = e->vm;
    py_interrupt_step(vm, &e->poll);   // the output is not yet visible: dropping it is safe
    if (v == PY_NONE) add(e, "null");
    else if (v == PY_TRUE) add(e, "true");
    else if (v == PY_FALSE) add(e, "false");
    else if (py_is_str(vm, v)) encode_str(e, v);
    else if (py_is_small(v)) add_small(e, py_small_val(v));
    else if (py_is_int(vm, v)) add_str(e, py_int_to_str(vm, v, 10));
    else if (py_is_float(vm, v)) encode_float(e, py_float_val(v), v);
    else if (py_is_a(vm, v, PY_T_list) || py_is_a(vm, v, PY_T_tuple)) encode_seq(e, v);
    else if (py_is_a(vm, v, PY_T_dict)) encode_dict(e, v);
    else encode_other(e, v);
}

py_val_t py_json_encode(py_vm_t *vm, py_val_t obj, const py_json_opts_t *opts) {
    enc_t e = {.vm = vm, .o = opts, .active = py_list_new(vm, 0, NULL), .level = 0,
               .poll = PY_INTERRUPT_EVERY};
    py_strbuf_init(&e.b);
    encode_value(&e, obj);
    return py_strbuf_finish(vm, &e.b);
}
