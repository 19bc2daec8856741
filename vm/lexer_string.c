// vm/lexer_string.c: string literals: delimiting, escape decoding, f-string pieces.
// Layer: vm front end (lexer). Messages follow CPython 3.11's tokenizer and parser.
// SPDX-License-Identifier: MIT

#include "lexer.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

// ---- delimiting ----------------------------------------------------------------

static int unterminated(py_lexer_t *lx, const py_token_t *t, int triple) {
    if (triple)
        return py_lexer_error(lx, t->line, t->col, PY_LEX_ERR_INCOMPLETE,
                              "unterminated triple-quoted string literal (detected at line %d)",
                              lx->line);
    return py_lexer_error(lx, t->line, t->col, 0,
                          "unterminated string literal (detected at line %d)", lx->line);
}

// Steps over one source character inside a literal, keeping line numbers and
// checking UTF-8. Returns -1 on bad UTF-8.
static int step(py_lexer_t *lx) {
    uint32_t c;
    if (*lx->p == '\n' || *lx->p == '\r') {
        py_lexer_newline(lx);
        return 0;
    }
    int n = py_lexer_utf8(lx->p, lx->end, &c);
    if (n == 0)
        return py_lexer_bad_utf8(lx, lx->p);
    lx->p += n;
    return 0;
}

// Whether the closing delimiter starts at p.
static int at_close(const py_lexer_t *lx, char q, int triple) {
    if (*lx->p != q)
        return 0;
    return !triple || (lx->end - lx->p >= 3 && lx->p[1] == q && lx->p[2] == q);
}

int py_lexer_string(py_lexer_t *lx, py_token_t *t, const char *start, unsigned flags) {
    char q = *lx->p;
    int triple = lx->end - lx->p >= 3 && lx->p[1] == q && lx->p[2] == q;
    py_lexer_begin_token(lx, t, start);
    lx->p += triple ? 3 : 1;
    const char *body = lx->p;
    while (!(lx->p < lx->end && at_close(lx, q, triple))) {
        if (lx->p == lx->end)
            return unterminated(lx, t, triple);
        if (!triple && (*lx->p == '\n' || *lx->p == '\r'))
            return unterminated(lx, t, 0);
        if (*lx->p == '\\' && ++lx->p == lx->end)
            return unterminated(lx, t, triple);
        if (step(lx) < 0)
            return -1;
    }
    t->body = body;
    t->body_len = (size_t)(lx->p - body);
    t->flags = flags | (triple ? PY_STR_TRIPLE : 0);
    lx->p += triple ? 3 : 1;
    return py_lexer_finish_token(lx, t, PY_TOK_STRING);
}

// ---- decoding escapes ----------------------------------------------------------------

// Writes code point [c] as UTF-8 (surrogates too, as WTF-8 does); returns bytes.
static size_t put_utf8(char *out, uint32_t c) {
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | c >> 6);
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | c >> 12);
        out[1] = (char)(0x80 | (c >> 6 & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | c >> 18);
    out[1] = (char)(0x80 | (c >> 12 & 0x3F));
    out[2] = (char)(0x80 | (c >> 6 & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

// The state of one decode: input, output, and where errors go.
typedef struct decoder {
    const char *s;
    size_t n, i;        // input and read position
    char *out;
    size_t len;         // bytes written
    int bytes;          // decoding a bytes literal
    py_syntax_error_t *err;
} decoder_t;

// Character index of byte [i], for CPython's "position N-M" in messages.
static int char_index(const decoder_t *d, size_t i) {
    int n = 0;
    for (size_t k = 0; k < i; k++)
        n += ((unsigned char)d->s[k] & 0xC0) != 0x80;
    return n;
}

static int unicode_error(decoder_t *d, size_t from, size_t to, const char *what) {
    snprintf(d->err->msg, sizeof d->err->msg,
             "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
             char_index(d, from), char_index(d, to), what);
    return -1;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// Reads [count] hex digits after the escape letter at d->i + 1.
static int hex_escape(decoder_t *d, int count, uint32_t *value) {
    size_t at = d->i + 2;
    uint32_t v = 0;
    int k = 0;
    for (; k < count && at + (size_t)k < d->n && hexval(d->s[at + k]) >= 0; k++)
        v = v << 4 | (uint32_t)hexval(d->s[at + k]);
    if (k < count) {
        if (d->bytes) {
            snprintf(d->err->msg, sizeof d->err->msg,
                     "(value error) invalid \\x escape at position %d", char_index(d, d->i));
            return -1;
        }
        const char *what = count == 2 ? "truncated \\xXX escape"
                           : count == 4 ? "truncated \\uXXXX escape"
                                        : "truncated \\UXXXXXXXX escape";
        return unicode_error(d, d->i, at + (size_t)k - 1, what);
    }
    if (v > 0x10FFFF)
        return unicode_error(d, d->i, at + (size_t)k - 1, "illegal Unicode character");
    *value = v;
    d->i = at + (size_t)count;
    return 0;
}

// A few names for \N{...}: there is no Unicode name database in the core, so
// the common ones are listed and the rest are rejected as CPython rejects typos.
static const struct { const char *name; uint32_t cp; } char_names[] = {
    {"NULL", 0}, {"CHARACTER TABULATION", 9}, {"LINE FEED", 10},
    {"CARRIAGE RETURN", 13}, {"ESCAPE", 27}, {"SPACE", 32}, {"DELETE", 127},
    {"NO-BREAK SPACE", 0xA0}, {"SECTION SIGN", 0xA7}, {"COPYRIGHT SIGN", 0xA9},
    {"REGISTERED SIGN", 0xAE}, {"DEGREE SIGN", 0xB0}, {"PLUS-MINUS SIGN", 0xB1},
    {"MICRO SIGN", 0xB5}, {"PILCROW SIGN", 0xB6}, {"MIDDLE DOT", 0xB7},
    {"MULTIPLICATION SIGN", 0xD7}, {"DIVISION SIGN", 0xF7},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9}, {"LATIN SMALL LETTER SHARP S", 0xDF},
    {"GREEK SMALL LETTER ALPHA", 0x3B1}, {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER PI", 0x3C0}, {"GREEK SMALL LETTER MU", 0x3BC},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9}, {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"EN DASH", 0x2013}, {"EM DASH", 0x2014}, {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019}, {"LEFT DOUBLE QUOTATION MARK", 0x201C},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D}, {"BULLET", 0x2022},
    {"HORIZONTAL ELLIPSIS", 0x2026}, {"EURO SIGN", 0x20AC}, {"TRADE MARK SIGN", 0x2122},
    {"LEFTWARDS ARROW", 0x2190}, {"RIGHTWARDS ARROW", 0x2192}, {"INFINITY", 0x221E},
    {"BLACK STAR", 0x2605}, {"WHITE STAR", 0x2606}, {"SNOWMAN", 0x2603},
    {"CHECK MARK", 0x2713}, {"HEAVY CHECK MARK", 0x2714}, {"BALLOT X", 0x2717},
    {"REPLACEMENT CHARACTER", 0xFFFD}, {"GRINNING FACE", 0x1F600},
    {"PILE OF POO", 0x1F4A9}, {"THUMBS UP SIGN", 0x1F44D},
};

static int same_name(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (toupper((unsigned char)a[i]) != b[i])
            return 0;
    return b[n] == '\0';
}

// Whether [s]/[n] starts with the upper-case [prefix], ignoring case.
static int has_prefix(const char *s, size_t n, const char *prefix) {
    size_t k = strlen(prefix);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (toupper((unsigned char)s[i]) != prefix[i])
            return 0;
    return 1;
}

// LATIN CAPITAL/SMALL LETTER X and DIGIT ZERO..NINE, then the table.
static int lookup_name(const char *s, size_t n, uint32_t *cp) {
    static const char *const digits[] = {"ZERO", "ONE", "TWO", "THREE", "FOUR",
                                         "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"};
    if (n == 22 && has_prefix(s, n, "LATIN CAPITAL LETTER ") && isalpha((unsigned char)s[21])) {
        *cp = (uint32_t)toupper((unsigned char)s[21]);
        return 1;
    }
    if (n == 20 && has_prefix(s, n, "LATIN SMALL LETTER ") && isalpha((unsigned char)s[19])) {
        *cp = (uint32_t)tolower((unsigned char)s[19]);
        return 1;
    }
    for (int i = 0; i < 10 && has_prefix(s, n, "DIGIT "); i++)
        if (same_name(s + 6, digits[i], n - 6)) {
            *cp = (uint32_t)('0' + i);
            return 1;
        }
    for (size_t i = 0; i < sizeof char_names / sizeof char_names[0]; i++)
        if (same_name(s, char_names[i].name, n)) {
            *cp = char_names[i].cp;
            return 1;
        }
    return 0;
}

// \N{NAME} at d->i.
static int name_escape(decoder_t *d, uint32_t *value) {
    size_t open = d->i + 2, close = open + 1;
    if (open >= d->n || d->s[open] != '{')
        return unicode_error(d, d->i, d->i + 1, "malformed \\N character escape");
    while (close < d->n && d->s[close] != '}')
        close++;
    if (close >= d->n || close == open + 1)
        return unicode_error(d, d->i, close < d->n ? close - 1 : d->n - 1,
                             "malformed \\N character escape");
    if (!lookup_name(d->s + open + 1, close - open - 1, value))
        return unicode_error(d, d->i, close, "unknown Unicode character name");
    d->i = close + 1;
    return 0;
}

// \ooo: up to three octal digits.
static uint32_t octal_escape(decoder_t *d) {
    uint32_t v = 0;
    size_t at = d->i + 1;
    for (int k = 0; k < 3 && at < d->n && d->s[at] >= '0' && d->s[at] <= '7'; k++, at++)
        v = v * 8 + (uint32_t)(d->s[at] - '0');
    d->i = at;
    return v;
}

// Emits a decoded value: a byte in bytes literals, a code point in str.
static void put_value(decoder_t *d, uint32_t v) {
    if (d->bytes)
        d->out[d->len++] = (char)(v & 0xFF);
    else
        d->len += put_utf8(d->out + d->len, v);
}

// The single-letter escapes; -1 for anything else.
static int simple_escape(char e) {
    switch (e) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return 7;
    case 'b': return 8;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    default: return -1;
    }
}

// Decodes the escape whose backslash is at d->i.
static int escape(decoder_t *d) {
    char e = d->s[d->i + 1];
    uint32_t v = 0;
    int simple = simple_escape(e);
    if (simple >= 0) {
        d->out[d->len++] = (char)simple;
        d->i += 2;
        return 0;
    }
    if (e == '\n' || e == '\r') {  // a backslash-newline inside the literal joins lines
        d->i += 2 + (e == '\r' && d->i + 2 < d->n && d->s[d->i + 2] == '\n');
        return 0;
    }
    if (e >= '0' && e <= '7') {
        put_value(d, octal_escape(d));
        return 0;
    }
    int count = e == 'x' ? 2 : d->bytes ? 0 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (count && hex_escape(d, count, &v) < 0)
        return -1;
    if (!count && e == 'N' && !d->bytes && name_escape(d, &v) < 0)
        return -1;
    if (count || (e == 'N' && !d->bytes)) {
        put_value(d, v);
        return 0;
    }
    // An unknown escape keeps its backslash (CPython warns; it is not an error).
    d->out[d->len++] = '\\';
    d->i++;
    return 0;
}

// Copies one literal character, normalising line breaks to \n.
static int literal_char(decoder_t *d) {
    char c = d->s[d->i++];
    if (c == '\r') {
        if (d->i < d->n && d->s[d->i] == '\n')
            d->i++;
        c = '\n';
    }
    if (d->bytes && (c & 0x80)) {
        snprintf(d->err->msg, sizeof d->err->msg,
                 "bytes can only contain ASCII literal characters");
        return -1;
    }
    d->out[d->len++] = c;
    return 0;
}

int py_lexer_decode(const char *s, size_t n, unsigned flags, char *out,
                    size_t *out_len, py_syntax_error_t *err) {
    decoder_t d = {s, n, 0, out, 0, (flags & PY_STR_BYTES) != 0, err};
    int raw = (flags & PY_STR_RAW) != 0;
    while (d.i < d.n) {
        int r;
        if (!raw && s[d.i] == '\\' && d.i + 1 < d.n)
            r = escape(&d);
        else
            r = literal_char(&d);
        if (r < 0)
            return -1;
    }
    out[d.len] = '\0';
    *out_len = d.len;
    return 0;
}

// ---- f-string pieces ---------------------------------------------------------------

void py_lexer_fstring_begin(py_fstring_scan_t *sc, const char *s, size_t n,
                            unsigned flags, int in_spec) {
    sc->p = s;
    sc->end = s + n;
    sc->flags = flags;
    sc->in_spec = in_spec;
}

static int fail(py_syntax_error_t *err, const char *msg) {
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    return -1;
}

// Literal text up to the next brace; \N{...} in a cooked string is not a field.
static int scan_text(py_fstring_scan_t *sc, py_fpiece_t *out) {
    const char *s = sc->p;
    int cooked = !(sc->flags & PY_STR_RAW);
    while (sc->p < sc->end && *sc->p != '{' && *sc->p != '}') {
        if (cooked && *sc->p == '\\' && sc->end - sc->p >= 3 && sc->p[1] == 'N' &&
            sc->p[2] == '{') {
            while (sc->p < sc->end && *sc->p != '}')
                sc->p++;
            if (sc->p < sc->end)
                sc->p++;
        } else if (cooked && *sc->p == '\\' && sc->end - sc->p >= 2 && sc->p[1] == '\\') {
            sc->p += 2;
        } else {
            sc->p++;
        }
    }
    out->kind = PY_FPIECE_TEXT;
    out->text = s;
    out->text_len = (size_t)(sc->p - s);
    return 1;
}

// Skips a quoted string nested in an expression (the other quote kind).
static int skip_nested_string(py_fstring_scan_t *sc, py_syntax_error_t *err) {
    char q = *sc->p;
    int triple = sc->end - sc->p >= 3 && sc->p[1] == q && sc->p[2] == q;
    sc->p += triple ? 3 : 1;
    for (; sc->p < sc->end; sc->p++) {
        if (*sc->p == q && (!triple || (sc->end - sc->p >= 3 && sc->p[1] == q && sc->p[2] == q))) {
            sc->p += triple ? 3 : 1;
            return 0;
        }
    }
    return fail(err, "f-string: unterminated string");
}

// Whether an `=` at p (depth 0) is the self-documenting marker, not part of
// ==, !=, <=, >=.
static int is_debug_eq(const py_fstring_scan_t *sc, const char *start) {
    if (*sc->p != '=' || (sc->p + 1 < sc->end && sc->p[1] == '='))
        return 0;
    return sc->p == start || !strchr("=!<>", sc->p[-1]);
}

// Advances to the end of the expression part of a replacement field.
static int scan_expr(py_fstring_scan_t *sc, py_syntax_error_t *err) {
    const char *start = sc->p;
    int depth = 0;
    for (;;) {
        if (sc->p == sc->end)
            return fail(err, "f-string: expecting '}'");
        char c = *sc->p;
        if (c == '\\')
            return fail(err, "f-string expression part cannot include a backslash");
        if (c == '#')
            return fail(err, "f-string expression part cannot include '#'");
        if (c == '\'' || c == '"') {
            if (skip_nested_string(sc, err) < 0)
                return -1;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0 && c == '}')
                return 0;
            if (depth == 0)
                return fail(err, c == ')' ? "f-string: unmatched ')'" : "f-string: unmatched ']'");
            depth--;
        } else if (depth == 0 && (c == ':' || is_debug_eq(sc, start))) {
            return 0;
        } else if (depth == 0 && c == '!') {
            if (sc->p + 1 >= sc->end || sc->p[1] != '=')
                return 0;
            sc->p++;
        }
        sc->p++;
    }
}

// `:spec` up to the brace that closes the field; nested fields are counted.
static int scan_spec(py_fstring_scan_t *sc, py_fpiece_t *out, py_syntax_error_t *err) {
    int depth = 0;
    out->spec = ++sc->p;
    for (; sc->p < sc->end; sc->p++) {
        if (*sc->p == '{')
            depth++;
        else if (*sc->p == '}' && depth-- == 0)
            break;
    }
    if (sc->p == sc->end)
        return fail(err, "f-string: expecting '}'");
    out->spec_len = (size_t)(sc->p - out->spec);
    return 0;
}

static int is_blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!strchr(" \t\f\r\n", s[i]))
            return 0;
    return 1;
}

// `!r`, `!s` or `!a` after the expression.
static int scan_conversion(py_fstring_scan_t *sc, py_fpiece_t *out, py_syntax_error_t *err) {
    sc->p++;
    if (sc->p == sc->end)
        return fail(err, "f-string: expecting '}'");
    char c = *sc->p++;
    if (c != 's' && c != 'r' && c != 'a')
        return fail(err, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    if (sc->p == sc->end || (*sc->p != ':' && *sc->p != '}'))
        return fail(err, "f-string: expecting '}'");
    out->conversion = c;
    return 0;
}

// A replacement field {expr[=][!c][:spec]}; p is on the opening brace.
static int scan_field(py_fstring_scan_t *sc, py_fpiece_t *out, py_syntax_error_t *err) {
    out->kind = PY_FPIECE_EXPR;
    out->conversion = -1;
    out->expr = ++sc->p;
    if (scan_expr(sc, err) < 0)
        return -1;
    out->expr_len = (size_t)(sc->p - out->expr);
    if (is_blank(out->expr, out->expr_len)) {
        // CPython 3.11 names the character that follows a missing expression.
        if (sc->p < sc->end && (*sc->p == '!' || *sc->p == '=' || *sc->p == ':'))
            return fail(err, *sc->p == '!'   ? "f-string: expression required before '!'"
                             : *sc->p == '=' ? "f-string: expression required before '='"
                                             : "f-string: expression required before ':'");
        return fail(err, "f-string: empty expression not allowed");
    }
    if (*sc->p == '=') {
        sc->p++;
        while (sc->p < sc->end && strchr(" \t\f\r\n", *sc->p))
            sc->p++;
        out->debug = out->expr;
        out->debug_len = (size_t)(sc->p - out->expr);
    }
    if (sc->p < sc->end && *sc->p == '!' && scan_conversion(sc, out, err) < 0)
        return -1;
    if (sc->p < sc->end && *sc->p == ':' && scan_spec(sc, out, err) < 0)
        return -1;
    if (sc->p == sc->end || *sc->p != '}')
        return fail(err, "f-string: expecting '}'");
    sc->p++;
    return 1;
}

int py_lexer_fstring_next(py_fstring_scan_t *sc, py_fpiece_t *out, py_syntax_error_t *err) {
    memset(out, 0, sizeof *out);
    if (sc->p == sc->end)
        return 0;
    int doubled = !sc->in_spec && sc->end - sc->p >= 2 && sc->p[1] == sc->p[0];
    if ((*sc->p == '{' || *sc->p == '}') && doubled) {
        out->kind = PY_FPIECE_TEXT;
        out->text = sc->p;
        out->text_len = 1;
        sc->p += 2;
        return 1;
    }
    if (*sc->p == '{')
        return scan_field(sc, out, err);
    if (*sc->p == '}')
        return fail(err, "f-string: single '}' is not allowed");
    return scan_text(sc, out);
}
