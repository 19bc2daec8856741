// mods/json.c: the json module (also `ujson`): dumps/dump, loads/load and
// JSONDecodeError. Layer: library modules. The parser is here, the encoder in json_encode.c.
// SPDX-License-Identifier: MIT
//
// The parser follows CPython's scanner: the same accepted language (NaN,
// Infinity and -Infinity included), the same messages, and error positions
// counted in characters.

#include <math.h>

#include "builtins.h"
#include "except.h"
#include "import.h"
#include "interrupt.h"
#include "json.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_float.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_tuple.h"
#include "runtime.h"

// JSONDecodeError is a Python class: its __init__ computes lineno and colno
// as CPython's does, and a class body is the simplest way to get that.
static const char json_error_src[] =
    "class JSONDecodeError(ValueError):\n"
    "    def __init__(self, msg, doc, pos):\n"
    "        lineno = doc.count('\\n', 0, pos) + 1\n"
    "        colno = pos - doc.rfind('\\n', 0, pos)\n"
    "        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))\n"
    "        self.msg = msg\n"
    "        self.doc = doc\n"
    "        self.pos = pos\n"
    "        self.lineno = lineno\n"
    "        self.colno = colno\n"
    "    def __reduce__(self):\n"
    "        return self.__class__, (self.msg, self.doc, self.pos)\n"
    "JSONDecodeError.__module__ = 'json'\n";

typedef struct dec {
    py_vm_t *vm;
    py_val_t doc;            // the str being parsed
    const char *s;           // its UTF-8 (immutable: safe across allocations)
    size_t len;
    py_val_t object_hook, pairs_hook, parse_float, parse_int, parse_constant;  // PY_NULL: none
    bool strict;             // refuse control characters inside strings
    unsigned poll;           // Ctrl-C countdown (vm/interrupt.h)
} dec_t;

static py_val_t parse_value(dec_t *d, size_t *i);

// Raises JSONDecodeError(msg, doc, pos) with [at] a byte offset into the document.
_Noreturn static void fail(dec_t *d, const char *msg, size_t at) {
    py_vm_t *vm = d->vm;
    size_t chars = 0;
    for (size_t k = 0; k < at && k < d->len; k++) chars += ((uint8_t)d->s[k] & 0xC0) != 0x80;
    py_val_t mod = py_import_builtin(vm, "json");
    py_val_t cls = py_getattr(vm, mod, py_str_intern_c(vm, "JSONDecodeError"));
    py_val_t args[3] = {py_str_from_c(vm, msg), d->doc, py_int_from_u64(vm, chars)};
    py_raise(vm, py_call(vm, cls, 3, args, PY_NULL));
}

static size_t skip_ws(dec_t *d, size_t i) {
    while (i < d->len && (d->s[i] == ' ' || d->s[i] == '\t' || d->s[i] == '\n' || d->s[i] == '\r'))
        i++;
    return i;
}

static bool at_word(dec_t *d, size_t i, const char *w) {
    size_t n = strlen(w);
    return i + n <= d->len && memcmp(d->s + i, w, n) == 0;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The four hex digits after "\u" at s[u] ('u' itself), or -1.
static long hex4(dec_t *d, size_t u) {
    if (u + 5 > d->len) return -1;
    long v = 0;
    for (size_t k = 1; k <= 4; k++) {
        int h = hexval(d->s[u + k]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

// The escape after the backslash at s[*i]; appends its text to [b].
static void parse_escape(dec_t *d, size_t *i, size_t quote, py_strbuf_t *b) {
    size_t bs = *i;
    if (bs + 1 >= d->len) fail(d, "Unterminated string starting at", quote);
    char c = d->s[bs + 1];
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    const char *p = c ? strchr(from, c) : NULL;
    if (p) {
        py_strbuf_add_char(d->vm, b, to[p - from]);
        *i = bs + 2;
        return;
    }
    if (c != 'u') fail(d, "Invalid \\escape", bs);
    long cp = hex4(d, bs + 1);
    if (cp < 0) fail(d, "Invalid \\uXXXX escape", bs + 1);
    *i = bs + 6;
    if (cp >= 0xD800 && cp <= 0xDBFF && at_word(d, *i, "\\u")) {
        long lo = hex4(d, *i + 1);
        if (lo < 0) fail(d, "Invalid \\uXXXX escape", *i + 1);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            *i += 6;
        }
    }
    char enc[4];
    py_strbuf_add(d->vm, b, enc, py_utf8_encode((uint32_t)cp, enc));
}

// A string whose opening quote is at s[*i].
static py_val_t parse_string(dec_t *d, size_t *i) {
    size_t quote = *i, k = quote + 1, run = k;
    // The common case, no escapes: one allocation.
    size_t e = k;
    while (e < d->len && d->s[e] != '"' && d->s[e] != '\\' && (unsigned char)d->s[e] >= 0x20) e++;
    if (e < d->len && d->s[e] == '"') {
        *i = e + 1;
        return py_str_new(d->vm, d->s + k, e - k);
    }
    py_strbuf_t b;
    py_strbuf_init(&b);
    for (;;) {
        if (k >= d->len) fail(d, "Unterminated string starting at", quote);
        unsigned char c = (unsigned char)d->s[k];
        if (c == '"' || c == '\\' || (c < 0x20 && d->strict)) {
            py_strbuf_add(d->vm, &b, d->s + run, k - run);
            if (c == '"') break;
            if (c != '\\') fail(d, "Invalid control character at", k);
            parse_escape(d, &k, quote, &b);
            run = k;
        } else {
            k++;
        }
    }
    *i = k + 1;
    return py_strbuf_finish(d->vm, &b);
}

static size_t digits(dec_t *d, size_t i) {
    while (i < d->len && d->s[i] >= '0' && d->s[i] <= '9') i++;
    return i;
}

// A number at s[*i]: an int unless it has a fraction or an exponent.
// Returns PY_NULL (nothing consumed) when s[*i] does not start one.
static py_val_t parse_number(dec_t *d, size_t *i) {
    py_vm_t *vm = d->vm;
    size_t start = *i, k = start;
    if (k < d->len && d->s[k] == '-') k++;
    if (k >= d->len || d->s[k] < '0' || d->s[k] > '9') return PY_NULL;
    k = d->s[k] == '0' ? k + 1 : digits(d, k);
    bool is_float = false;
    if (k + 1 < d->len && d->s[k] == '.' && d->s[k + 1] >= '0' && d->s[k + 1] <= '9') {
        k = digits(d, k + 1);
        is_float = true;
    }
    if (k < d->len && (d->s[k] == 'e' || d->s[k] == 'E')) {
        size_t e = k + 1;
        if (e < d->len && (d->s[e] == '+' || d->s[e] == '-')) e++;
        size_t end = digits(d, e);
        if (end > e) {
            k = end;
            is_float = true;
        }
    }
    *i = k;
    py_val_t hook = is_float ? d->parse_float : d->parse_int;
    if (hook != PY_NULL) return py_call1(vm, hook, py_str_new(vm, d->s + start, k - start));
    if (!is_float) return py_int_parse(vm, d->s + start, k - start, 10);
    double v;
    py_float_parse(d->s + start, k - start, &v);
    return py_float_new(vm, v);
}

static py_val_t constant(dec_t *d, size_t *i, const char *word, double v) {
    *i += strlen(word);
    if (d->parse_constant != PY_NULL)
        return py_call1(d->vm, d->parse_constant, py_str_from_c(d->vm, word));
    return py_float_new(d->vm, v);
}

static py_val_t parse_array(dec_t *d, size_t *i) {
    py_val_t list = py_list_new(d->vm, 0, NULL);
    size_t k = skip_ws(d, *i + 1);
    if (k < d->len && d->s[k] == ']') {
        *i = k + 1;
        return list;
    }
    for (;;) {
        py_list_append(d->vm, list, parse_value(d, &k));
        k = skip_ws(d, k);
        if (k < d->len && d->s[k] == ']') break;
        if (k >= d->len || d->s[k] != ',') fail(d, "Expecting ',' delimiter", k);
        k = skip_ws(d, k + 1);
    }
    *i = k + 1;
    return list;
}

// The object made of [members] (a list of pairs or a dict) as the hooks want it.
static py_val_t finish_object(dec_t *d, py_val_t members) {
    if (d->pairs_hook != PY_NULL) return py_call1(d->vm, d->pairs_hook, members);
    if (d->object_hook != PY_NULL) return py_call1(d->vm, d->object_hook, members);
    return members;
}

// Adds a member to [obj]: a list of pairs for object_pairs_hook, else a dict.
static void add_member(dec_t *d, py_val_t obj, py_val_t key, py_val_t value) {
    if (d->pairs_hook == PY_NULL) {
        py_dict_set(d->vm, obj, key, value);
        return;
    }
    py_val_t pair[2] = {key, value};
    py_list_append(d->vm, obj, py_tuple_new(d->vm, 2, pair));
}

static py_val_t parse_object(dec_t *d, size_t *i) {
    py_vm_t *vm = d->vm;
    py_val_t pairs = d->pairs_hook != PY_NULL ? py_list_new(vm, 0, NULL) : py_dict_new(vm);
    size_t k = skip_ws(d, *i + 1);
    if (k < d->len && d->s[k] == '}') {
        *i = k + 1;
        return finish_object(d, pairs);
    }
    for (;;) {
        if (k >= d->len || d->s[k] != '"')
            fail(d, "Expecting property name enclosed in double quotes", k);
        py_val_t key = parse_string(d, &k);
        k = skip_ws(d, k);
        if (k >= d->len || d->s[k] != ':') fail(d, "Expecting ':' delimiter", k);
        k = skip_ws(d, k + 1);
        py_val_t value = parse_value(d, &k);
        add_member(d, pairs, key, value);
        k = skip_ws(d, k);
        if (k < d->len && d->s[k] == '}') break;
        if (k >= d->len || d->s[k] != ',') fail(d, "Expecting ',' delimiter", k);
        k = skip_ws(d, k + 1);
    }
    *i = k + 1;
    return finish_object(d, pairs);
}

// A value starting exactly at s[*i] (whitespace already skipped).
static py_val_t parse_value(dec_t *d, size_t *i) {
    size_t k = *i;
    char c = k < d->len ? d->s[k] : 0;
    py_check_c_stack(d->vm);
    py_interrupt_step(d->vm, &d->poll);   // nothing is visible until the whole value is made
    switch (c) {
    case '"': return parse_string(d, i);
    case '[': return parse_array(d, i);
    case '{': return parse_object(d, i);
    }
    if (at_word(d, k, "null")) return *i += 4, PY_NONE;
    if (at_word(d, k, "true")) return *i += 4, PY_TRUE;
    if (at_word(d, k, "false")) return *i += 5, PY_FALSE;
    if (at_word(d, k, "NaN")) return constant(d, i, "NaN", NAN);
    if (at_word(d, k, "Infinity")) return constant(d, i, "Infinity", INFINITY);
    if (at_word(d, k, "-Infinity")) return constant(d, i, "-Infinity", -INFINITY);
    py_val_t num = parse_number(d, i);
    if (num == PY_NULL) fail(d, "Expecting value", k);
    return num;
}

// ---- loads / load -----------------------------------------------------------------------

static const char *const loads_kw[] = {"cls", "object_hook", "parse_float", "parse_int",
                                       "parse_constant", "object_pairs_hook", "strict", NULL};

static py_val_t opt(py_val_t v) { return v == PY_NONE ? PY_NULL : v; }

static py_val_t decode(py_vm_t *vm, py_val_t s, size_t nargs, const py_val_t *args,
                       py_val_t kwnames, const char *fn) {
    py_val_t kw[7] = {PY_NULL, PY_NULL, PY_NULL, PY_NULL, PY_NULL, PY_NULL, PY_NULL};
    py_builtins_kwargs(vm, fn, nargs, args, kwnames, loads_kw, kw);
    if (opt(kw[0]) != PY_NULL) py_raise_type_error(vm, "%s(): cls= is not supported", fn);
    if (py_is_bytes(vm, s) || py_is_a(vm, s, PY_T_bytearray)) {
        py_val_t b = py_bytes_snapshot(vm, s);
        size_t n = py_bytes_ptr(b)->len;
        const uint8_t *p = py_bytes_ptr(b)->data;
        if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) b = py_bytes_new(vm, p + 3, n - 3);
        s = py_bytes_decode(vm, b, PY_NULL, PY_NULL);
    } else if (!py_is_str(vm, s)) {
        py_raise_type_error(vm, "the JSON object must be str, bytes or bytearray, not %s",
                            py_type_name(vm, s));
    }
    dec_t d = {vm, s, py_str_bytes(s), py_str_len(s), opt(kw[1]), opt(kw[5]), opt(kw[2]),
               opt(kw[3]), opt(kw[4]), kw[6] == PY_NULL || py_truthy(vm, kw[6]),
               PY_INTERRUPT_EVERY};
    if (d.len >= 3 && memcmp(d.s, "\xEF\xBB\xBF", 3) == 0)
        fail(&d, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
    size_t i = skip_ws(&d, 0);
    py_val_t v = parse_value(&d, &i);
    i = skip_ws(&d, i);
    if (i != d.len) fail(&d, "Extra data", i);
    return v;
}

static py_val_t json_loads(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    return decode(vm, args[0], nargs, args, kwnames, "loads");
}

static py_val_t json_load(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t text = py_call_method(vm, args[0], py_name(vm, PY_NAME_read), 0, NULL);
    return decode(vm, text, nargs, args, kwnames, "load");
}

// ---- dumps / dump -----------------------------------------------------------------------

static const char *const dumps_kw[] = {"skipkeys", "ensure_ascii", "check_circular",
                                       "allow_nan", "cls", "indent", "separators",
                                       "default", "sort_keys", NULL};
enum { KW_SKIPKEYS, KW_ASCII, KW_CIRCULAR, KW_NAN, KW_CLS, KW_INDENT, KW_SEPS, KW_DEFAULT,
       KW_SORT, KW__COUNT };

static bool flag(py_vm_t *vm, py_val_t v, bool dflt) {
    return v == PY_NULL ? dflt : py_truthy(vm, v);
}

// The separators argument: any sequence of two strs.
static void separators(py_vm_t *vm, py_val_t seps, py_json_opts_t *o) {
    py_val_t t = py_tuple_from_iter(vm, seps);
    if (py_tuple_ptr(t)->len != 2)
        py_raise_value_error(vm, "too many values to unpack (expected 2)");
    o->item_sep = py_tuple_ptr(t)->items[0];
    o->key_sep = py_tuple_ptr(t)->items[1];
    if (!py_is_str(vm, o->item_sep) || !py_is_str(vm, o->key_sep))
        py_raise_type_error(vm, "make_encoder() argument 6 must be str, not %s",
                            py_type_name(vm, py_is_str(vm, o->item_sep) ? o->key_sep : o->item_sep));
}

static py_val_t encode(py_vm_t *vm, py_val_t obj, size_t nargs, const py_val_t *args,
                       py_val_t kwnames, const char *fn) {
    py_val_t kw[KW__COUNT];
    for (int k = 0; k < KW__COUNT; k++) kw[k] = PY_NULL;
    py_builtins_kwargs(vm, fn, nargs, args, kwnames, dumps_kw, kw);
    if (opt(kw[KW_CLS]) != PY_NULL) py_raise_type_error(vm, "%s(): cls= is not supported", fn);
    py_json_opts_t o = {
        .skipkeys = flag(vm, kw[KW_SKIPKEYS], false),
        .ensure_ascii = flag(vm, kw[KW_ASCII], true),
        .check_circular = flag(vm, kw[KW_CIRCULAR], true),
        .allow_nan = flag(vm, kw[KW_NAN], true),
        .sort_keys = flag(vm, kw[KW_SORT], false),
        .indent = opt(kw[KW_INDENT]),
        .default_fn = opt(kw[KW_DEFAULT]),
    };
    if (o.indent != PY_NULL && !py_is_str(vm, o.indent))
        o.indent = py_binary(vm, PY_OP_MUL, py_str_intern_c(vm, " "), o.indent);
    o.item_sep = py_str_intern_c(vm, o.indent != PY_NULL ? "," : ", ");
    o.key_sep = py_str_intern_c(vm, ": ");
    if (opt(kw[KW_SEPS]) != PY_NULL) separators(vm, kw[KW_SEPS], &o);
    return py_json_encode(vm, obj, &o);
}

static py_val_t json_dumps(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    return encode(vm, args[0], nargs, args, kwnames, "dumps");
}

static py_val_t json_dump(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t s = encode(vm, args[0], nargs, args, kwnames, "dump");
    py_call_method(vm, args[1], py_name(vm, PY_NAME_write), 1, &s);
    return PY_NONE;
}

static void json_init(py_vm_t *vm, py_val_t module) {
    py_val_t exec = py_dict_get_name(vm, vm->builtins_dict, py_str_intern_c(vm, "exec"));
    py_val_t src = py_str_new(vm, json_error_src, sizeof json_error_src - 1);
    py_call2(vm, exec, src, ((py_module_t *)module)->dict);
}

static const py_method_def_t json_functions[] = {
    {"dumps", json_dumps, 1, 1, PY_METH_KEYWORDS},
    {"dump", json_dump, 2, 2, PY_METH_KEYWORDS},
    {"loads", json_loads, 1, 1, PY_METH_KEYWORDS},
    {"load", json_load, 1, 1, PY_METH_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

const py_module_def_t py_mod_json = {"json", json_functions, json_init, NULL};
