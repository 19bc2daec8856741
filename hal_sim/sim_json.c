// hal_sim/sim_json.c: a recursive-descent JSON reader (RFC 8259) for board files.
// Layer: simulated board (hal_sim); plain C, no VM.
// SPDX-License-Identifier: MIT

#include "sim_json.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Nesting deeper than this is refused: board files are a few levels deep,
// and the limit keeps a hostile file from exhausting the C stack.
#define MAX_DEPTH 64

typedef struct reader {
    const char *p;
    int line;
    char *err;
    size_t err_len;
    bool failed;
} reader_t;

static void fail(reader_t *r, const char *fmt, ...) {
    if (r->failed) return;
    r->failed = true;
    int n = snprintf(r->err, r->err_len, "line %d: ", r->line);
    va_list ap;
    va_start(ap, fmt);
    if (n >= 0 && (size_t)n < r->err_len) vsnprintf(r->err + n, r->err_len - (size_t)n, fmt, ap);
    va_end(ap);
}

static void skip_ws(reader_t *r) {
    for (;; r->p++) {
        if (*r->p == '\n') r->line++;
        else if (*r->p != ' ' && *r->p != '\t' && *r->p != '\r') return;
    }
}

static sim_json_t *node(reader_t *r, sim_json_kind_t kind) {
    sim_json_t *v = calloc(1, sizeof *v);
    if (!v) fail(r, "out of memory");
    else v->kind = kind;
    return v;
}

static bool push_item(reader_t *r, sim_json_t *c, sim_json_t *item, char *key) {
    sim_json_t **items = realloc(c->items, (c->len + 1) * sizeof *items);
    if (items) c->items = items;
    char **keys = c->kind == SIM_JSON_OBJ ? realloc(c->keys, (c->len + 1) * sizeof *keys) : NULL;
    if (keys) c->keys = keys;
    if (!items || (c->kind == SIM_JSON_OBJ && !keys)) {
        fail(r, "out of memory");
        sim_json_free(item);
        free(key);
        return false;
    }
    c->items[c->len] = item;
    if (keys) c->keys[c->len] = key;
    c->len++;
    return true;
}

static int hex4(const char *p) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char ch = p[i];
        int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
              : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

static size_t put_utf8(char *out, uint32_t c) {
    if (c < 0x80) { out[0] = (char)c; return 1; }
    if (c < 0x800) { out[0] = (char)(0xC0 | c >> 6); out[1] = (char)(0x80 | (c & 63)); return 2; }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | c >> 12); out[1] = (char)(0x80 | ((c >> 6) & 63));
        out[2] = (char)(0x80 | (c & 63)); return 3;
    }
    out[0] = (char)(0xF0 | c >> 18); out[1] = (char)(0x80 | ((c >> 12) & 63));
    out[2] = (char)(0x80 | ((c >> 6) & 63)); out[3] = (char)(0x80 | (c & 63));
    return 4;
}

// One escape after the backslash at r->p[-1]; writes its bytes to [out].
static size_t escape(reader_t *r, char *out) {
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    const char *e = strchr(from, *r->p);
    if (*r->p && e) { r->p++; *out = to[e - from]; return 1; }
    if (*r->p != 'u') { fail(r, "bad escape in string"); return 0; }
    int c = hex4(r->p + 1);
    r->p += 5;
    if (c >= 0xD800 && c < 0xDC00 && r->p[0] == '\\' && r->p[1] == 'u') {
        int lo = hex4(r->p + 2);
        if (lo >= 0xDC00 && lo < 0xE000) {
            r->p += 6;
            return put_utf8(out, 0x10000 + (((uint32_t)c - 0xD800) << 10) + ((uint32_t)lo - 0xDC00));
        }
    }
    if (c <= 0 || (c >= 0xD800 && c < 0xE000)) { fail(r, "bad \\u escape in string"); return 0; }
    return put_utf8(out, (uint32_t)c);
}

// "...": the string's text, malloc'd; the escapes never make it longer than the source.
static char *string(reader_t *r) {
    const char *start = ++r->p;
    size_t cap = 1;
    while (*r->p && *r->p != '"') cap++, r->p += (*r->p == '\\' && r->p[1]) ? 2 : 1;
    if (*r->p != '"') { fail(r, "unterminated string"); return NULL; }
    char *s = malloc(cap), *o = s;
    if (!s) { fail(r, "out of memory"); return NULL; }
    for (r->p = start; *r->p != '"' && !r->failed;) {
        if ((unsigned char)*r->p < 0x20) fail(r, "control character in string");
        else if (*r->p == '\\') r->p++, o += escape(r, o);
        else *o++ = *r->p++;
    }
    *o = 0;
    r->p++;
    if (r->failed) { free(s); return NULL; }
    return s;
}

static sim_json_t *value(reader_t *r, int depth);

// [ value, ... ] or { "key": value, ... }
static sim_json_t *container(reader_t *r, int depth, bool obj) {
    char close = obj ? '}' : ']';
    sim_json_t *c = node(r, obj ? SIM_JSON_OBJ : SIM_JSON_ARR);
    if (!c) return NULL;
    r->p++;
    skip_ws(r);
    if (*r->p == close) { r->p++; return c; }
    while (!r->failed) {
        skip_ws(r);
        char *key = NULL;
        if (obj) {
            if (*r->p != '"') { fail(r, "expected a member name"); break; }
            if (!(key = string(r))) break;
            skip_ws(r);
            if (*r->p != ':') { fail(r, "expected ':'"); free(key); break; }
            r->p++;
        }
        sim_json_t *item = value(r, depth + 1);
        if (!item || !push_item(r, c, item, key)) { if (!item) free(key); break; }
        skip_ws(r);
        if (*r->p == close) { r->p++; return c; }
        if (!*r->p) fail(r, "unexpected end of file");
        else if (*r->p != ',') fail(r, "expected ',' or '%c'", close);
        r->p++;
    }
    sim_json_free(c);
    return NULL;
}

static sim_json_t *number(reader_t *r) {
    char *end;
    const char *s = r->p;
    if (*s == '-') s++;
    if (!(*s >= '0' && *s <= '9')) { fail(r, "unexpected character '%c'", *r->p); return NULL; }
    double d = strtod(r->p, &end);
    sim_json_t *v = node(r, SIM_JSON_NUM);
    if (v) v->num = d;
    r->p = end;
    return v;
}

static sim_json_t *word(reader_t *r, const char *w, sim_json_kind_t kind, double num) {
    size_t n = strlen(w);
    if (strncmp(r->p, w, n) != 0) { fail(r, "unexpected character '%c'", *r->p); return NULL; }
    r->p += n;
    sim_json_t *v = node(r, kind);
    if (v) v->num = num;
    return v;
}

static sim_json_t *value(reader_t *r, int depth) {
    skip_ws(r);
    if (depth > MAX_DEPTH) { fail(r, "nested too deeply"); return NULL; }
    switch (*r->p) {
    case '{': return container(r, depth, true);
    case '[': return container(r, depth, false);
    case '"': {
        char *s = string(r);
        sim_json_t *v = s ? node(r, SIM_JSON_STR) : NULL;
        if (v) v->str = s;
        else free(s);
        return v;
    }
    case 't': return word(r, "true", SIM_JSON_BOOL, 1);
    case 'f': return word(r, "false", SIM_JSON_BOOL, 0);
    case 'n': return word(r, "null", SIM_JSON_NULL, 0);
    case 0: fail(r, "unexpected end of file"); return NULL;
    default: return number(r);
    }
}

sim_json_t *sim_json_parse(const char *text, char *err, size_t err_len) {
    reader_t r = {text, 1, err, err_len, false};
    sim_json_t *v = value(&r, 0);
    skip_ws(&r);
    if (v && *r.p) {
        fail(&r, "extra data after the value");
        sim_json_free(v);
        return NULL;
    }
    return v;
}

void sim_json_free(sim_json_t *v) {
    if (!v) return;
    for (size_t i = 0; i < v->len; i++) {
        sim_json_free(v->items[i]);
        if (v->keys) free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->str);
    free(v);
}

const sim_json_t *sim_json_get(const sim_json_t *v, const char *key) {
    if (!v || v->kind != SIM_JSON_OBJ) return NULL;
    for (size_t i = 0; i < v->len; i++)
        if (strcmp(v->keys[i], key) == 0) return v->items[i];
    return NULL;
}

const char *sim_json_str(const sim_json_t *v, const char *dflt) {
    return v && v->kind == SIM_JSON_STR ? v->str : dflt;
}

double sim_json_num(const sim_json_t *v, double dflt) {
    return v && (v->kind == SIM_JSON_NUM || v->kind == SIM_JSON_BOOL) ? v->num : dflt;
}
