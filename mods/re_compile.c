// mods/re_compile.c: the regular-expression compiler: pattern text (code
// points) to the program that re_exec.c runs. Layer: library modules.
// SPDX-License-Identifier: MIT
//
// A recursive-descent parser that emits code as it goes. It never raises:
// errors are recorded (CPython's messages and positions) and every function
// returns early once one is, so the caller can free the malloc'd program
// before raising re.error. Recursion is per group nesting level, bounded.

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "obj_str.h"
#include "re.h"
#include "str_unicode.h"

// Deeper nesting is refused so that the parser's C recursion stays bounded.
#define MAX_DEPTH 200
// Code words a pattern may compile to: counted repeats of groups copy their
// body, and a{1000}{1000}-style patterns must not exhaust memory.
#define MAX_CODE (1 << 22)

typedef struct { int64_t minw, maxw; } width_t;   // maxw RX_INF: unbounded

typedef struct parser {
    const uint32_t *p;
    size_t len, i;
    int flags;              // the flags in force here (scoped flags change them)
    bool is_bytes;
    bool seen_item;         // something other than global flags has been parsed
    int depth;
    int32_t *code;
    size_t n, cap;
    uint8_t *open;          // open[g]: group g is still being parsed
    size_t open_cap;
    py_re_prog_t *out;
    bool failed;
} parser_t;

enum { ATOM_NONE, ATOM_ANCHOR, ATOM_REPEATABLE };

static void parse_alt(parser_t *ps, width_t *w);

static void fail_at(parser_t *ps, size_t pos, bool has_pos, const char *fmt, ...) {
    if (ps->failed) return;
    ps->failed = true;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ps->out->err, sizeof ps->out->err, fmt, ap);
    va_end(ap);
    ps->out->err_pos = pos;
    ps->out->err_has_pos = has_pos;
}
#define FAIL(ps, pos, ...) fail_at(ps, pos, true, __VA_ARGS__)

// ---- code buffer --------------------------------------------------------------------------

static bool reserve(parser_t *ps, size_t extra) {
    if (ps->failed) return false;
    if (ps->n + extra > MAX_CODE) {
        fail_at(ps, 0, false, "regular expression is too large");
        return false;
    }
    if (ps->n + extra <= ps->cap) return true;
    size_t cap = ps->cap ? ps->cap * 2 : 64;
    while (cap < ps->n + extra) cap *= 2;
    int32_t *c = realloc(ps->code, cap * sizeof *c);
    if (!c) {
        fail_at(ps, 0, false, "out of memory");
        return false;
    }
    ps->code = c;
    ps->cap = cap;
    return true;
}

static void emit(parser_t *ps, int n, ...) {
    if (!reserve(ps, (size_t)n)) return;
    va_list ap;
    va_start(ap, n);
    for (int k = 0; k < n; k++) ps->code[ps->n++] = va_arg(ap, int32_t);
    va_end(ap);
}

static void emit_words(parser_t *ps, const int32_t *w, size_t n) {
    if (!reserve(ps, n)) return;
    memcpy(ps->code + ps->n, w, n * sizeof *w);
    ps->n += n;
}

// Inserts [n] words at [at], moving the self-contained code after it.
static void insert(parser_t *ps, size_t at, const int32_t *w, size_t n) {
    if (!reserve(ps, n)) return;
    memmove(ps->code + at + n, ps->code + at, (ps->n - at) * sizeof *w);
    memcpy(ps->code + at, w, n * sizeof *w);
    ps->n += n;
}

// ---- characters -----------------------------------------------------------------------------

static bool at(parser_t *ps, uint32_t c) { return ps->i < ps->len && ps->p[ps->i] == c; }
static bool icase(parser_t *ps) { return (ps->flags & RE_IGNORECASE) != 0; }
static bool unicode(parser_t *ps) { return !ps->is_bytes && !(ps->flags & RE_ASCII); }
static int fold_kind(parser_t *ps) { return !icase(ps) ? 0 : unicode(ps) ? 2 : 1; }

static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_octal(uint32_t c) { return c >= '0' && c <= '7'; }
static bool is_ascii_alnum(uint32_t c) {
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static int hexval(uint32_t c) {
    if (is_digit(c)) return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

// The pattern text [from, to) as UTF-8 into [buf] (for messages).
static const char *text(parser_t *ps, size_t from, size_t to, char *buf, size_t size) {
    size_t o = 0;
    for (size_t k = from; k < to && k < ps->len && o + 5 < size; k++)
        o += py_utf8_encode(ps->p[k], buf + o);
    buf[o] = 0;
    return buf;
}

static void emit_char(parser_t *ps, uint32_t c) {
    if (icase(ps)) {
        uint32_t f = py_re_fold(c, unicode(ps));
        bool cased = f != c || py_re_fold(c ^ 0x20, false) != (c ^ 0x20) ||
                     (unicode(ps) && py_str_unicode_has(c, PY_UCD_CASED));
        if (cased) {
            emit(ps, 2, unicode(ps) ? RX_CHAR_I : RX_CHAR_IA, (int32_t)f);
            return;
        }
    }
    emit(ps, 2, RX_CHAR, (int32_t)c);
}

static void emit_class1(parser_t *ps, int kind) {
    if (unicode(ps)) kind += RX_CL_UNICODE;
    emit(ps, 8, RX_CLASS, 8, 0, 0, 1, kind, 0, 0);   // 8 words: the whole instruction
}

// Reads [n] hex digits after s[i]; -1 when there are fewer.
static long hex_digits(parser_t *ps, size_t i, int n) {
    long v = 0;
    for (int k = 0; k < n; k++) {
        if (i + k >= ps->len || hexval(ps->p[i + k]) < 0) return -1;
        v = v * 16 + hexval(ps->p[i + k]);
    }
    return v;
}

// A character escape at the backslash s[i] (both inside and outside classes):
// the character, with ps->i past it; -1 after an error; -2 when the escape
// is not a character one (the caller handles it).
static long char_escape(parser_t *ps, bool in_class) {
    size_t bs = ps->i;
    uint32_t c = ps->p[bs + 1];
    char buf[40];
    static const char from[] = "afnrtv\\", to[] = "\a\f\n\r\t\v\\";
    const char *hit = c < 128 && c ? strchr(from, (int)c) : NULL;
    if (hit) {
        ps->i = bs + 2;
        return to[hit - from];
    }
    if (c == 'b' && in_class) {
        ps->i = bs + 2;
        return '\b';
    }
    int nhex = c == 'x' ? 2 : c == 'u' && !ps->is_bytes ? 4 : c == 'U' && !ps->is_bytes ? 8 : 0;
    if (nhex) {
        long v = hex_digits(ps, bs + 2, nhex);
        if (v < 0) {
            size_t e = bs + 2;
            while (e < ps->len && e < bs + 2 + (size_t)nhex && hexval(ps->p[e]) >= 0) e++;
            FAIL(ps, bs, "incomplete escape %s", text(ps, bs, e, buf, sizeof buf));
            return -1;
        }
        if (v > 0x10FFFF) {
            FAIL(ps, bs, "bad escape %s", text(ps, bs, bs + 10, buf, sizeof buf));
            return -1;
        }
        ps->i = bs + 2 + (size_t)nhex;
        return v;
    }
    if (is_octal(c) && (c == '0' || in_class ||
                        (bs + 3 < ps->len && is_octal(ps->p[bs + 2]) && is_octal(ps->p[bs + 3])))) {
        size_t e = bs + 1;
        long v = 0;
        while (e < ps->len && e < bs + 4 && is_octal(ps->p[e])) v = v * 8 + (ps->p[e++] - '0');
        if (v > 0377) {
            FAIL(ps, bs, "octal escape value %s outside of range 0-0o377",
                 text(ps, bs, e, buf, sizeof buf));
            return -1;
        }
        ps->i = e;
        return v;
    }
    if (is_digit(c) && !in_class) return -2;   // a group reference
    if (is_ascii_alnum(c)) {
        FAIL(ps, bs, "bad escape %s", text(ps, bs, bs + 2, buf, sizeof buf));
        return -1;
    }
    ps->i = bs + 2;
    return c;
}

static int class_escape_kind(uint32_t c) {
    switch (c) {
    case 'd': return RX_CL_DIGIT;
    case 'D': return RX_CL_NDIGIT;
    case 'w': return RX_CL_WORD;
    case 'W': return RX_CL_NWORD;
    case 's': return RX_CL_SPACE;
    case 'S': return RX_CL_NSPACE;
    default: return -1;
    }
}

// ---- character classes ----------------------------------------------------------------------

typedef struct { int32_t kind, lo, hi; } item_t;

// One class member at s[i]: a character (returned) or a class escape
// (*kind set, returns -2). -1 after an error.
static long class_atom(parser_t *ps, int *kind) {
    *kind = -1;
    uint32_t c = ps->p[ps->i];
    if (c != '\\') {
        ps->i++;
        return c;
    }
    if (ps->i + 1 >= ps->len) return -3;   // unterminated: the caller reports it
    int k = class_escape_kind(ps->p[ps->i + 1]);
    if (k >= 0) {
        *kind = k;
        ps->i += 2;
        return -2;
    }
    long v = char_escape(ps, true);
    if (v == -2) {
        char buf[16];
        FAIL(ps, ps->i, "bad escape %s", text(ps, ps->i, ps->i + 2, buf, sizeof buf));
        return -1;
    }
    return v;
}

static void emit_class(parser_t *ps, const item_t *items, int n, bool negate) {
    if (n == 1 && !negate && items[0].kind == RX_CL_RANGE && items[0].lo == items[0].hi) {
        emit_char(ps, (uint32_t)items[0].lo);
        return;
    }
    emit(ps, 5, RX_CLASS, 5 + 3 * n, negate, fold_kind(ps), n);
    emit_words(ps, (const int32_t *)items, 3 * (size_t)n);
}

static void parse_class(parser_t *ps) {
    size_t start = ps->i++;
    bool negate = false;
    if (at(ps, '^')) negate = true, ps->i++;
    item_t *items = NULL;
    int n = 0, cap = 0;
    for (bool first = true;; first = false) {
        if (ps->i >= ps->len) {
            FAIL(ps, start, "unterminated character set");
            break;
        }
        if (at(ps, ']') && !first) {
            ps->i++;
            break;
        }
        size_t a1 = ps->i;
        int k1, k2;
        long lo = class_atom(ps, &k1), hi = lo;
        if (lo == -3) continue;
        if (lo == -1) break;
        if (at(ps, '-') && ps->i + 1 < ps->len && ps->p[ps->i + 1] != ']') {
            ps->i++;
            hi = class_atom(ps, &k2);
            if (hi == -3) continue;
            if (hi == -1) break;
            char b1[64];
            if (k1 >= 0 || k2 >= 0 || hi < lo) {
                FAIL(ps, a1, "bad character range %s", text(ps, a1, ps->i, b1, sizeof b1));
                break;
            }
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            item_t *m = realloc(items, (size_t)cap * sizeof *m);
            if (!m) {
                fail_at(ps, 0, false, "out of memory");
                break;
            }
            items = m;
        }
        int kind = k1 >= 0 ? k1 + (unicode(ps) ? RX_CL_UNICODE : 0) : RX_CL_RANGE;
        items[n++] = (item_t){kind, (int32_t)(k1 >= 0 ? 0 : lo), (int32_t)(k1 >= 0 ? 0 : hi)};
    }
    if (!ps->failed) emit_class(ps, items, n, negate);
    free(items);
}

// ---- escapes outside classes ----------------------------------------------------------------

static bool group_is_open(parser_t *ps, int g) { return (size_t)g < ps->open_cap && ps->open[g]; }

static void emit_backref(parser_t *ps, int g, size_t pos_ref, size_t pos_open) {
    if (g > ps->out->ngroups) {
        FAIL(ps, pos_ref, "invalid group reference %d", g);
        return;
    }
    if (group_is_open(ps, g)) {
        FAIL(ps, pos_open, "cannot refer to an open group");
        return;
    }
    emit(ps, 3, RX_BACKREF, g, fold_kind(ps));
}

// An escape at the backslash s[i] outside a class; returns the atom kind.
static int parse_escape(parser_t *ps, width_t *w) {
    size_t bs = ps->i;
    if (bs + 1 >= ps->len) {
        FAIL(ps, bs, "bad escape (end of pattern)");
        return ATOM_NONE;
    }
    uint32_t c = ps->p[bs + 1];
    *w = (width_t){0, 0};
    int op = c == 'A' ? RX_BEGIN : c == 'Z' ? RX_END : -1;
    if (op >= 0) {
        emit(ps, 1, op);
        ps->i += 2;
        return ATOM_ANCHOR;
    }
    if (c == 'b' || c == 'B') {
        emit(ps, 2, c == 'b' ? RX_WORDB : RX_NWORDB, unicode(ps));
        ps->i += 2;
        return ATOM_ANCHOR;
    }
    *w = (width_t){1, 1};
    int k = class_escape_kind(c);
    if (k >= 0) {
        emit_class1(ps, k);
        ps->i += 2;
        return ATOM_REPEATABLE;
    }
    long v = char_escape(ps, false);
    if (v == -1) return ATOM_NONE;
    if (v >= 0) {
        emit_char(ps, (uint32_t)v);
        return ATOM_REPEATABLE;
    }
    // \1 .. \99: a backreference.
    int g = (int)(c - '0');
    ps->i = bs + 2;
    if (ps->i < ps->len && is_digit(ps->p[ps->i])) g = g * 10 + (int)(ps->p[ps->i++] - '0');
    emit_backref(ps, g, bs + 1, bs);
    *w = (width_t){0, RX_INF};
    return ATOM_REPEATABLE;
}

// ---- groups ---------------------------------------------------------------------------------

static void set_open(parser_t *ps, int g, bool open) {
    if ((size_t)g >= ps->open_cap) {
        size_t cap = ps->open_cap ? ps->open_cap * 2 : 16;
        while (cap <= (size_t)g) cap *= 2;
        uint8_t *o = realloc(ps->open, cap);
        if (!o) {
            fail_at(ps, 0, false, "out of memory");
            return;
        }
        memset(o + ps->open_cap, 0, cap - ps->open_cap);
        ps->open = o;
        ps->open_cap = cap;
    }
    ps->open[g] = open;
}

static bool ident_char(parser_t *ps, uint32_t c, bool first) {
    if (c == '_' || (c < 128 && (first ? is_ascii_alnum(c) && !is_digit(c) : is_ascii_alnum(c))))
        return true;
    if (c < 128 || ps->is_bytes) return false;
    return py_str_unicode_has(c, first ? PY_UCD_XID_START : PY_UCD_XID_CONTINUE);
}

// A group name at s[i] ending in [term]; its UTF-8 into [buf]. False after an error.
static bool group_name(parser_t *ps, uint32_t term, char *buf, size_t size) {
    size_t start = ps->i, e = start;
    while (e < ps->len && ps->p[e] != term) e++;
    if (e == start) {
        FAIL(ps, start, "missing group name");
        return false;
    }
    if (e >= ps->len) {
        FAIL(ps, start, term == '>' ? "missing >, unterminated name" : "missing ), unterminated name");
        return false;
    }
    text(ps, start, e, buf, size);
    for (size_t k = start; k < e; k++) {
        if (!ident_char(ps, ps->p[k], k == start)) {
            FAIL(ps, start, "bad character in group name '%s'", buf);
            return false;
        }
    }
    ps->i = e + 1;
    return true;
}

static int find_name(parser_t *ps, const char *name) {
    for (int k = 0; k < ps->out->nnames; k++)
        if (strcmp(ps->out->names[k], name) == 0) return ps->out->name_groups[k];
    return -1;
}

static bool add_name(parser_t *ps, const char *name, int g, size_t pos) {
    int old = find_name(ps, name);
    if (old >= 0) {
        FAIL(ps, pos, "redefinition of group name '%s' as group %d; was group %d", name, g, old);
        return false;
    }
    py_re_prog_t *o = ps->out;
    char **names = realloc(o->names, (size_t)(o->nnames + 1) * sizeof *names);
    if (names) o->names = names;
    int *groups = realloc(o->name_groups, (size_t)(o->nnames + 1) * sizeof *groups);
    if (groups) o->name_groups = groups;
    char *copy = malloc(strlen(name) + 1);
    if (!names || !groups || !copy) {
        free(copy);
        fail_at(ps, 0, false, "out of memory");
        return false;
    }
    strcpy(copy, name);
    o->names[o->nnames] = copy;
    o->name_groups[o->nnames++] = g;
    return true;
}

static void expect_close(parser_t *ps, size_t open_pos) {
    if (ps->failed) return;
    if (!at(ps, ')')) FAIL(ps, open_pos, "missing ), unterminated subpattern");
    else ps->i++;
}

static void capture_group(parser_t *ps, size_t open_pos, int g, width_t *w) {
    set_open(ps, g, true);
    emit(ps, 2, RX_SAVE, 2 * g);
    parse_alt(ps, w);
    emit(ps, 2, RX_SAVE, 2 * g + 1);
    expect_close(ps, open_pos);
    if (!ps->failed) set_open(ps, g, false);
}

// (?=...) (?!...) (?<=...) (?<!...) and (?>...): a body run on its own.
static void sub_body(parser_t *ps, size_t open_pos, int op, int kind) {
    size_t start = ps->n;
    if (op == RX_LOOK) emit(ps, 4, RX_LOOK, kind, 0, 0);
    else emit(ps, 2, RX_ATOMIC, 0);
    width_t w;
    parse_alt(ps, &w);
    emit(ps, 1, RX_LOOKEND);
    expect_close(ps, open_pos);
    if (ps->failed) return;
    bool behind = op == RX_LOOK && (kind == RX_BEHIND || kind == RX_NOT_BEHIND);
    if (behind && (w.maxw == RX_INF || w.minw != w.maxw)) {
        fail_at(ps, 0, false, "look-behind requires fixed-width pattern");
        return;
    }
    if (op == RX_LOOK) {
        ps->code[start + 2] = (int32_t)w.minw;
        ps->code[start + 3] = (int32_t)(ps->n - start);
    } else {
        ps->code[start + 1] = (int32_t)(ps->n - start);
    }
}

static int flag_bit(uint32_t c) {
    switch (c) {
    case 'a': return RE_ASCII;
    case 'i': return RE_IGNORECASE;
    case 'L': return RE_LOCALE;
    case 'm': return RE_MULTILINE;
    case 's': return RE_DOTALL;
    case 'u': return RE_UNICODE;
    case 'x': return RE_VERBOSE;
    default: return 0;
    }
}

// (?aiLmsux-imsx:...) or the global form (?aiLmsux); s[i] is the first flag.
static int flag_group(parser_t *ps, size_t open_pos, width_t *w) {
    int on = 0, off = 0;
    while (ps->i < ps->len && flag_bit(ps->p[ps->i])) on |= flag_bit(ps->p[ps->i++]);
    if (at(ps, '-')) {
        ps->i++;
        while (ps->i < ps->len && flag_bit(ps->p[ps->i])) off |= flag_bit(ps->p[ps->i++]);
    }
    if (ps->i >= ps->len) {
        FAIL(ps, ps->i, "missing -, : or )");
        return ATOM_NONE;
    }
    if (at(ps, ')') && off == 0) {
        if (ps->seen_item) {
            FAIL(ps, open_pos, "global flags not at the start of the expression");
            return ATOM_NONE;
        }
        ps->i++;
        ps->flags |= on;
        ps->out->flags |= on;
        *w = (width_t){0, 0};
        return ATOM_NONE;
    }
    if (at(ps, ')')) {
        FAIL(ps, ps->i, "missing :");
        return ATOM_NONE;
    }
    if (!at(ps, ':')) {
        FAIL(ps, ps->i, flag_bit(ps->p[ps->i]) || ps->p[ps->i] == '-' ? "missing -, : or )"
                                                                       : "unknown flag");
        return ATOM_NONE;
    }
    ps->i++;
    int saved = ps->flags;
    ps->flags = (ps->flags | on) & ~off;
    parse_alt(ps, w);
    ps->flags = saved;
    expect_close(ps, open_pos);
    return ATOM_REPEATABLE;
}

// (?P<name>...) and (?P=name); s[i] is just after the 'P'.
static int p_group(parser_t *ps, size_t open_pos, width_t *w) {
    char name[128];
    if (at(ps, '<')) {
        ps->i++;
        size_t name_pos = ps->i;
        if (!group_name(ps, '>', name, sizeof name)) return ATOM_NONE;
        int g = ++ps->out->ngroups;
        if (!add_name(ps, name, g, name_pos)) return ATOM_NONE;
        capture_group(ps, open_pos, g, w);
        return ATOM_REPEATABLE;
    }
    if (at(ps, '=')) {
        ps->i++;
        size_t name_pos = ps->i;
        if (!group_name(ps, ')', name, sizeof name)) return ATOM_NONE;
        int g = find_name(ps, name);
        if (g < 0) {
            FAIL(ps, name_pos, "unknown group name '%s'", name);
            return ATOM_NONE;
        }
        emit_backref(ps, g, name_pos, name_pos);
        *w = (width_t){0, RX_INF};
        return ATOM_REPEATABLE;
    }
    char buf[16];
    if (ps->i >= ps->len) FAIL(ps, ps->i, "unexpected end of pattern");
    else FAIL(ps, open_pos + 1, "unknown extension ?P%s", text(ps, ps->i, ps->i + 1, buf, sizeof buf));
    return ATOM_NONE;
}

static int parse_group(parser_t *ps, width_t *w) {
    size_t open_pos = ps->i++;
    if (++ps->depth > MAX_DEPTH) {
        FAIL(ps, open_pos, "too many nested groups");
        return ATOM_NONE;
    }
    int kind = ATOM_REPEATABLE;
    *w = (width_t){0, 0};
    if (!at(ps, '?')) {
        capture_group(ps, open_pos, ++ps->out->ngroups, w);
    } else if (++ps->i >= ps->len) {
        FAIL(ps, ps->i, "unexpected end of pattern");
    } else {
        uint32_t c = ps->p[ps->i++];
        char buf[16];
        if (c == ':') {
            parse_alt(ps, w);
            expect_close(ps, open_pos);
        } else if (c == 'P') {
            kind = p_group(ps, open_pos, w);
        } else if (c == '=' || c == '!') {
            sub_body(ps, open_pos, RX_LOOK, c == '=' ? RX_AHEAD : RX_NOT_AHEAD);
        } else if (c == '<' && (at(ps, '=') || at(ps, '!'))) {
            sub_body(ps, open_pos, RX_LOOK, ps->p[ps->i++] == '=' ? RX_BEHIND : RX_NOT_BEHIND);
        } else if (c == '>') {
            sub_body(ps, open_pos, RX_ATOMIC, 0);
        } else if (c == '#') {
            while (ps->i < ps->len && ps->p[ps->i] != ')') ps->i++;
            if (ps->i >= ps->len) FAIL(ps, open_pos, "missing ), unterminated comment");
            ps->i++;
            kind = ATOM_NONE;
        } else if (c == '(') {
            FAIL(ps, ps->i - 1, "conditional groups (?(...)) are not supported");
        } else if (flag_bit(c) || c == '-') {
            ps->i--;
            kind = flag_group(ps, open_pos, w);
        } else if (c == '<') {
            FAIL(ps, open_pos + 1, "unknown extension ?<%s", text(ps, ps->i, ps->i + 1, buf, sizeof buf));
        } else {
            FAIL(ps, open_pos + 1, "unknown extension ?%s", text(ps, ps->i - 1, ps->i, buf, sizeof buf));
        }
    }
    ps->depth--;
    return kind;
}

// ---- repeats --------------------------------------------------------------------------------

// Parses a {m,n} repeat at s[i] ('{'); false (nothing consumed) when the
// text is not one, so the brace is a literal.
static bool brace(parser_t *ps, size_t i, int64_t *min, int64_t *max, size_t *end) {
    size_t k = i + 1, lo_start = k;
    int64_t lo = 0, hi = RX_INF;
    while (k < ps->len && is_digit(ps->p[k]) && lo < 0x7FFFFFFF) lo = lo * 10 + (ps->p[k++] - '0');
    bool has_lo = k > lo_start;
    if (k < ps->len && ps->p[k] == ',') {
        size_t hi_start = ++k;
        int64_t v = 0;
        while (k < ps->len && is_digit(ps->p[k]) && v < 0x7FFFFFFF) v = v * 10 + (ps->p[k++] - '0');
        if (k > hi_start) hi = v;
    } else {
        if (!has_lo) return false;
        hi = lo;
    }
    if (k >= ps->len || ps->p[k] != '}') return false;
    *min = lo;
    *max = hi;
    *end = k + 1;
    return true;
}

static bool single_char_op(const int32_t *c, size_t n) {
    switch (c[0]) {
    case RX_CHAR: case RX_CHAR_I: case RX_CHAR_IA: return n == 2;
    case RX_ANY: case RX_ANYALL: return n == 1;
    case RX_CLASS: return n == (size_t)c[1];
    default: return false;
    }
}

// body{min,max} for a body of [n] words at [start]; the loop guard stops
// iterations that consume nothing when the body can match empty.
static void emit_repeat(parser_t *ps, size_t start, int64_t min, int64_t max, bool greedy,
                        bool can_be_empty) {
    size_t n = ps->n - start;
    int32_t *body = malloc(n * sizeof *body + 1);
    if (!body) {
        fail_at(ps, 0, false, "out of memory");
        return;
    }
    memcpy(body, ps->code + start, n * sizeof *body);
    ps->n = start;
    if (single_char_op(body, n)) {
        emit(ps, 4, RX_REPEAT1, (int32_t)min, (int32_t)max, greedy);
        emit_words(ps, body, n);
        free(body);
        return;
    }
    int64_t copies = min + (max == RX_INF ? 1 : max - min);
    if (copies * (int64_t)(n + 5) > MAX_CODE) {
        free(body);
        fail_at(ps, 0, false, "regular expression is too large");
        return;
    }
    for (int64_t k = 0; k < min; k++) emit_words(ps, body, n);
    if (max == RX_INF) {
        int reg = ps->out->nregs++;
        size_t guard = can_be_empty ? 5 : 0;
        int32_t loop_len = (int32_t)(3 + n + guard + 2);
        emit(ps, 3, RX_SPLIT, greedy ? 3 : loop_len, greedy ? loop_len : 3);
        if (can_be_empty) emit(ps, 2, RX_REPSTART, reg);
        emit_words(ps, body, n);
        if (can_be_empty) emit(ps, 3, RX_REPCHECK, reg, 5);
        emit(ps, 2, RX_JMP, -(loop_len - 2));
    } else {
        // Nested optionals: each SPLIT's skip goes to the common end.
        size_t first = ps->n;
        for (int64_t k = min; k < max; k++) {
            emit(ps, 3, RX_SPLIT, 0, 0);
            emit_words(ps, body, n);
        }
        for (size_t pc = first; !ps->failed && pc < ps->n; pc += 3 + n) {
            int32_t skip = (int32_t)(ps->n - pc);
            ps->code[pc + 1] = greedy ? 3 : skip;
            ps->code[pc + 2] = greedy ? skip : 3;
        }
    }
    free(body);
}

static bool is_quant(parser_t *ps, size_t i) {
    if (i >= ps->len) return false;
    uint32_t c = ps->p[i];
    int64_t a, b;
    size_t e;
    return c == '*' || c == '+' || c == '?' || (c == '{' && brace(ps, i, &a, &b, &e));
}

static void skip_verbose(parser_t *ps) {
    if (!(ps->flags & RE_VERBOSE)) return;
    while (ps->i < ps->len) {
        uint32_t c = ps->p[ps->i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            ps->i++;
        } else if (c == '#') {
            while (ps->i < ps->len && ps->p[ps->i] != '\n') ps->i++;
        } else {
            break;
        }
    }
}

// A quantifier after the atom compiled at [start], if one follows.
static void parse_quant(parser_t *ps, size_t start, int kind, width_t *w) {
    skip_verbose(ps);
    if (!is_quant(ps, ps->i) || ps->failed) return;
    if (kind != ATOM_REPEATABLE) {
        FAIL(ps, ps->i, "nothing to repeat");
        return;
    }
    int64_t min, max;
    uint32_t c = ps->p[ps->i];
    if (c == '{') {
        size_t e;
        brace(ps, ps->i, &min, &max, &e);
        if (max != RX_INF && min > max) {
            FAIL(ps, ps->i + 1, "min repeat greater than max repeat");
            return;
        }
        ps->i = e;
    } else {
        min = c == '+' ? 1 : 0;
        max = c == '?' ? 1 : RX_INF;
        ps->i++;
    }
    bool greedy = true, possessive = false;
    if (at(ps, '?')) greedy = false, ps->i++;
    else if (at(ps, '+')) possessive = true, ps->i++;
    emit_repeat(ps, start, min, max, greedy, w->minw == 0);
    if (possessive) {
        int32_t head[2] = {RX_ATOMIC, 0};
        insert(ps, start, head, 2);
        emit(ps, 1, RX_LOOKEND);
        if (!ps->failed) ps->code[start + 1] = (int32_t)(ps->n - start);
    }
    w->minw *= min;
    w->maxw = (max == RX_INF || w->maxw == RX_INF) ? (w->maxw == 0 ? 0 : RX_INF) : w->maxw * max;
    if (w->maxw > 0x7FFFFFFF) w->maxw = RX_INF;
    skip_verbose(ps);
    if (is_quant(ps, ps->i)) FAIL(ps, ps->i, "multiple repeat");
}

// ---- sequences and alternation ---------------------------------------------------------------

static int parse_atom(parser_t *ps, width_t *w) {
    uint32_t c = ps->p[ps->i];
    *w = (width_t){1, 1};
    switch (c) {
    case '(': return parse_group(ps, w);
    case '[': parse_class(ps); return ATOM_REPEATABLE;
    case '\\': return parse_escape(ps, w);
    case '.':
        ps->i++;
        emit(ps, 1, ps->flags & RE_DOTALL ? RX_ANYALL : RX_ANY);
        return ATOM_REPEATABLE;
    case '^': case '$':
        ps->i++;
        *w = (width_t){0, 0};
        if (c == '^') emit(ps, 1, ps->flags & RE_MULTILINE ? RX_BOL_M : RX_BOL);
        else emit(ps, 1, ps->flags & RE_MULTILINE ? RX_EOL_M : RX_EOL);
        return ATOM_ANCHOR;
    }
    if (is_quant(ps, ps->i)) {
        FAIL(ps, ps->i, "nothing to repeat");
        return ATOM_NONE;
    }
    ps->i++;
    emit_char(ps, c);
    return ATOM_REPEATABLE;
}

static void parse_seq(parser_t *ps, width_t *w) {
    *w = (width_t){0, 0};
    for (;;) {
        skip_verbose(ps);
        if (ps->failed || ps->i >= ps->len || at(ps, '|') || at(ps, ')')) return;
        size_t start = ps->n;
        width_t aw;
        bool global_flags = ps->p[ps->i] == '(' && ps->i + 2 < ps->len && ps->p[ps->i + 1] == '?' &&
                            (flag_bit(ps->p[ps->i + 2]) || ps->p[ps->i + 2] == '-');
        if (!global_flags) ps->seen_item = true;
        int kind = parse_atom(ps, &aw);
        ps->seen_item = ps->seen_item || kind != ATOM_NONE;
        parse_quant(ps, start, kind, &aw);
        w->minw += aw.minw;
        w->maxw = (w->maxw == RX_INF || aw.maxw == RX_INF) ? RX_INF : w->maxw + aw.maxw;
    }
}

// alt := seq ('|' seq)*, compiled as SPLIT chains with jumps to a common end.
static void parse_alt(parser_t *ps, width_t *w) {
    size_t start = ps->n;
    parse_seq(ps, w);
    if (!at(ps, '|') || ps->failed) return;
    size_t *jumps = NULL, njumps = 0;
    while (at(ps, '|') && !ps->failed) {
        ps->i++;
        int32_t split[3] = {RX_SPLIT, 3, (int32_t)(ps->n - start + 3 + 2)};
        insert(ps, start, split, 3);
        size_t *j = realloc(jumps, (njumps + 1) * sizeof *j);
        if (!j) {
            fail_at(ps, 0, false, "out of memory");
            break;
        }
        jumps = j;
        jumps[njumps++] = ps->n;
        emit(ps, 2, RX_JMP, 0);
        start = ps->n;
        width_t w2;
        parse_seq(ps, &w2);
        if (w2.minw < w->minw) w->minw = w2.minw;
        if (w->maxw != RX_INF && (w2.maxw == RX_INF || w2.maxw > w->maxw)) w->maxw = w2.maxw;
    }
    for (size_t k = 0; k < njumps && !ps->failed; k++)
        ps->code[jumps[k] + 1] = (int32_t)(ps->n - jumps[k]);
    free(jumps);
}

bool py_re_compile(const uint32_t *pat, size_t len, int flags, bool is_bytes, py_re_prog_t *prog) {
    memset(prog, 0, sizeof *prog);
    prog->flags = flags;
    parser_t ps = {.p = pat, .len = len, .flags = flags, .is_bytes = is_bytes, .out = prog};
    width_t w;
    parse_alt(&ps, &w);
    // parse_alt stops early only at a ')' that no group opened.
    if (!ps.failed && ps.i < len) FAIL(&ps, ps.i, "unbalanced parenthesis");
    emit(&ps, 1, RX_MATCH);
    free(ps.open);
    if (ps.failed) {
        free(ps.code);
        return false;
    }
    prog->code = ps.code;
    prog->ncode = ps.n;
    if (!is_bytes && !(prog->flags & RE_ASCII)) prog->flags |= RE_UNICODE;
    return true;
}

void py_re_prog_free(py_re_prog_t *prog) {
    free(prog->code);
    for (int k = 0; k < prog->nnames; k++) free(prog->names[k]);
    free(prog->names);
    free(prog->name_groups);
    prog->code = NULL;
    prog->names = NULL;
    prog->name_groups = NULL;
    prog->nnames = 0;
}
