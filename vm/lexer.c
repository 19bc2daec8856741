// vm/lexer.c: the tokenizer core: lines, indentation, names, numbers, operators.
// Layer: vm front end. String literals and f-string pieces are in lexer_string.c.
// SPDX-License-Identifier: MIT

#include "lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef enum { SPECIAL, KEYWORD, OP } token_class_t;

static const char *const token_text[] = {
#define X(id, text, cls) text,
    PY_TOKEN_LIST(X)
#undef X
};

static const token_class_t token_class[] = {
#define X(id, text, cls) cls,
    PY_TOKEN_LIST(X)
#undef X
};

const char *py_lexer_token_text(py_token_kind_t kind) {
    return (unsigned)kind < PY_TOK__COUNT ? token_text[kind] : "?";
}

// ---- errors ---------------------------------------------------------------

static void verror(py_lexer_t *lx, int line, int col, int flags, const char *fmt, va_list ap) {
    py_syntax_error_t *e = lx->err;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    e->line = line;
    e->col = col + 1;
    e->is_indentation = (flags & PY_LEX_ERR_INDENT) != 0;
    e->incomplete = (flags & PY_LEX_ERR_INCOMPLETE) != 0;
    e->out_of_memory = 0;
}

int py_lexer_error(py_lexer_t *lx, int line, int col, int flags, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(lx, line, col, flags, fmt, ap);
    va_end(ap);
    return -1;
}

// Reports an error at the byte [at] on the current line.
static int error_here(py_lexer_t *lx, const char *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(lx, lx->line, (int)(at - lx->line_start), 0, fmt, ap);
    va_end(ap);
    return -1;
}

// ---- set-up -----------------------------------------------------------------

void py_lexer_init(py_lexer_t *lx, const char *src, size_t len, py_syntax_error_t *err) {
    memset(lx, 0, offsetof(py_lexer_t, parens));
    lx->src = lx->p = lx->line_start = src;
    lx->end = src + len;
    lx->line = 1;
    lx->n_parens = 0;
    lx->at_bol = 1;
    lx->line_has_tokens = 0;
    lx->done = 0;
    lx->base_parens = 0;
    lx->err = err;
    // A UTF-8 byte order mark is not part of the program.
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        lx->p = lx->line_start = src + 3;
}

void py_lexer_init_sub(py_lexer_t *lx, const char *src, size_t len, int line,
                       const char *line_start, py_syntax_error_t *err) {
    py_lexer_init(lx, src, len, err);
    lx->p = src;
    lx->line = line;
    lx->line_start = line_start;
    lx->at_bol = 0;
    lx->base_parens = 1;
}

// ---- characters ---------------------------------------------------------------

int py_lexer_utf8(const char *p, const char *end, uint32_t *cp) {
    const unsigned char *s = (const unsigned char *)p;
    size_t avail = (size_t)(end - p);
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    int n = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
    if (n == 0 || s[0] > 0xF4 || avail < (size_t)n)
        return 0;
    uint32_t c = s[0] & (0x3F >> (n - 1));
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = c << 6 | (s[i] & 0x3F);
    }
    // Reject overlong forms and code points past U+10FFFF, as UTF-8 decoders must.
    if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)))
        return 0;
    *cp = c;
    return n;
}

int py_lexer_bad_utf8(py_lexer_t *lx, const char *at) {
    return error_here(lx, at,
                      "(unicode error) 'utf-8' codec can't decode byte 0x%02x: "
                      "invalid start byte",
                      (unsigned char)*at);
}

// Without Unicode tables, treat every non-ASCII letter as an identifier
// character and reject the blocks of symbols, punctuation and emoji people
// actually paste into code (so '€' or '→' get CPython's "invalid character").
static int is_id_cp(uint32_t c) {
    static const uint32_t bad[][2] = {
        {0x80, 0xA9},     {0xAB, 0xB4},       {0xB6, 0xB9},     {0xBB, 0xBF},     {0xD7, 0xD7},
        {0xF7, 0xF7},     {0x2000, 0x206F},   {0x20A0, 0x20CF}, {0x2100, 0x2101}, {0x2190, 0x23FF},
        {0x2400, 0x24B5}, {0x2500, 0x27BF},   {0x2900, 0x2BFF}, {0x2E00, 0x2E7F}, {0x3000, 0x3004},
        {0x3008, 0x3020}, {0xFE10, 0xFE6F},   {0xFEFF, 0xFEFF}, {0xFF00, 0xFF0F}, {0xFF1A, 0xFF20},
        {0xFFF0, 0xFFFF}, {0x1F000, 0x1FAFF},
    };
    if (c < 0x80)
        return (c | 0x20) - 'a' < 26 || c - '0' < 10 || c == '_';
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (c >= bad[i][0] && c <= bad[i][1])
            return 0;
    return 1;
}

static int is_digit(int c) {
    return c >= '0' && c <= '9';
}

static int is_name_start(int c) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' || (c & 0x80);
}

// Characters that print nothing visible get their own message in CPython.
static int is_nonprintable(uint32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0xA0) || (c >= 0x2000 && c <= 0x200F) ||
           (c >= 0x2028 && c <= 0x202F) || c == 0xFEFF;
}

static int invalid_char(py_lexer_t *lx) {
    uint32_t c;
    int n = py_lexer_utf8(lx->p, lx->end, &c);
    if (n == 0)
        return py_lexer_bad_utf8(lx, lx->p);
    if (c == 0)
        return error_here(lx, lx->p, "source code cannot contain null bytes");
    if (is_nonprintable(c))
        return error_here(lx, lx->p, "invalid non-printable character U+%04X", (unsigned)c);
    if (c < 0x80)
        return error_here(lx, lx->p, "invalid syntax");
    return error_here(lx, lx->p, "invalid character '%.*s' (U+%04X)", n, lx->p, (unsigned)c);
}

// ---- tokens -----------------------------------------------------------------

void py_lexer_begin_token(py_lexer_t *lx, py_token_t *t, const char *start) {
    memset(t, 0, sizeof *t);
    t->start = start;
    t->line = lx->line;
    t->col = (int)(start - lx->line_start);
}

int py_lexer_finish_token(py_lexer_t *lx, py_token_t *t, py_token_kind_t kind) {
    t->kind = kind;
    t->len = (size_t)(lx->p - t->start);
    t->end_line = lx->line;
    t->end_col = (int)(lx->p - lx->line_start);
    lx->line_has_tokens = 1;
    return 0;
}

// A zero-width structural token (NEWLINE at EOF, INDENT, DEDENT, EOF).
static int mark(py_lexer_t *lx, py_token_t *t, py_token_kind_t kind) {
    py_lexer_begin_token(lx, t, lx->p);
    t->kind = kind;
    t->end_line = t->line;
    t->end_col = t->col;
    return 0;
}

// Consumes one line break (\n, \r\n or \r) at p.
void py_lexer_newline(py_lexer_t *lx) {
    if (*lx->p == '\r' && lx->p + 1 < lx->end && lx->p[1] == '\n')
        lx->p++;
    lx->p++;
    lx->line++;
    lx->line_start = lx->p;
}

static int at_newline(const py_lexer_t *lx) {
    return lx->p < lx->end && (*lx->p == '\n' || *lx->p == '\r');
}

static int in_brackets(const py_lexer_t *lx) {
    return lx->n_parens + lx->base_parens > 0;
}

// ---- indentation ----------------------------------------------------------------

// CPython reports TabError at the start of the line.
static int tab_error(py_lexer_t *lx) {
    return py_lexer_error(lx, lx->line, 0, PY_LEX_ERR_INDENT,
                          "inconsistent use of tabs and spaces in indentation");
}

// Pops levels deeper than [col]; the line must land exactly on an outer level.
static int dedent_to(py_lexer_t *lx, int col, int alt) {
    while (lx->n_indents > 0 && col < lx->indents[lx->n_indents]) {
        lx->n_indents--;
        lx->pending--;
    }
    if (col != lx->indents[lx->n_indents]) {
        // CPython points past the end of the offending line.
        const char *eol = lx->p;
        while (eol < lx->end && *eol != '\n' && *eol != '\r')
            eol++;
        return py_lexer_error(lx, lx->line, (int)(eol - lx->line_start), PY_LEX_ERR_INDENT,
                              "unindent does not match any outer indentation level");
    }
    return alt == lx->alt_indents[lx->n_indents] ? 0 : tab_error(lx);
}

// Compares a line's indentation with the stack, queueing INDENT/DEDENTs.
static int apply_indent(py_lexer_t *lx, int col, int alt) {
    int top = lx->indents[lx->n_indents], alt_top = lx->alt_indents[lx->n_indents];
    if (col == top)
        return alt == alt_top ? 0 : tab_error(lx);
    if (col < top)
        return dedent_to(lx, col, alt);
    if (alt <= alt_top)
        return tab_error(lx);
    if (lx->n_indents == PY_LEXER_MAX_INDENT)
        return py_lexer_error(lx, lx->line, (int)(lx->p - lx->line_start), PY_LEX_ERR_INDENT,
                              "too many levels of indentation");
    lx->n_indents++;
    lx->indents[lx->n_indents] = col;
    lx->alt_indents[lx->n_indents] = alt;
    lx->pending = 1;
    return 0;
}

static void skip_comment(py_lexer_t *lx) {
    while (lx->p < lx->end && *lx->p != '\n' && *lx->p != '\r')
        lx->p++;
}

// At the start of a line: measures indentation (tabs to multiples of 8, and
// again counting a tab as 1, to detect TabError as CPython does). Returns 1 if
// the line was blank and skipped, 0 when tokens follow, -1 on error.
static int start_line(py_lexer_t *lx) {
    int col = 0, alt = 0;
    for (; lx->p < lx->end; lx->p++) {
        if (*lx->p == ' ')
            col++, alt++;
        else if (*lx->p == '\t')
            col = (col / 8 + 1) * 8, alt++;
        else if (*lx->p == '\f')
            col = alt = 0;
        else
            break;
    }
    if (lx->p == lx->end)
        return 0;
    if (*lx->p == '#' || *lx->p == '\n' || *lx->p == '\r') {
        skip_comment(lx);
        if (lx->p < lx->end)
            py_lexer_newline(lx);
        return 1;
    }
    lx->at_bol = 0;
    return apply_indent(lx, col, alt);
}

// Hands out one queued INDENT or DEDENT.
static int emit_pending(py_lexer_t *lx, py_token_t *t) {
    if (lx->pending > 0) {
        lx->pending--;
        return mark(lx, t, PY_TOK_INDENT);
    }
    lx->pending++;
    return mark(lx, t, PY_TOK_DEDENT);
}

// ---- whitespace, comments and line joining --------------------------------------

// Skips blanks, a comment, and backslash-newline joins within a logical line.
static int skip_space(py_lexer_t *lx) {
    while (lx->p < lx->end) {
        char c = *lx->p;
        if (c == ' ' || c == '\t' || c == '\f') {
            lx->p++;
        } else if (c == '#') {
            skip_comment(lx);
        } else if (c == '\\') {
            const char *bs = lx->p++;
            if (lx->p == lx->end)
                return py_lexer_error(lx, lx->line, (int)(bs - lx->line_start) + 1,
                                      PY_LEX_ERR_INCOMPLETE, "unexpected EOF while parsing");
            if (!at_newline(lx))
                return error_here(lx, bs + 1,
                                  "unexpected character after line continuation character");
            py_lexer_newline(lx);
            if (lx->p == lx->end)
                return py_lexer_error(lx, lx->line, 0, PY_LEX_ERR_INCOMPLETE,
                                      "unexpected EOF while parsing");
        } else {
            break;
        }
    }
    return 0;
}

// ---- end of input -------------------------------------------------------------

static int end_of_input(py_lexer_t *lx, py_token_t *t) {
    if (lx->n_parens > 0) {
        int i = lx->n_parens - 1;
        if (lx->base_parens)
            return py_lexer_error(lx, lx->paren_line[i], lx->paren_col[i], 0,
                                  "f-string: unmatched '%c'", lx->parens[i]);
        return py_lexer_error(lx, lx->paren_line[i], lx->paren_col[i], PY_LEX_ERR_INCOMPLETE,
                              "'%c' was never closed", lx->parens[i]);
    }
    if (lx->line_has_tokens && !lx->base_parens) {
        lx->line_has_tokens = 0;
        return mark(lx, t, PY_TOK_NEWLINE);
    }
    if (lx->n_indents > 0) {
        lx->n_indents--;
        return mark(lx, t, PY_TOK_DEDENT);
    }
    lx->done = 1;
    return mark(lx, t, PY_TOK_EOF);
}

// ---- names --------------------------------------------------------------------

// Which prefix letters a name made only of them stands for, or -1.
static int string_prefix(const char *s, size_t n) {
    unsigned flags = 0;
    if (n > 2)
        return -1;
    for (size_t i = 0; i < n; i++) {
        unsigned f;
        switch (s[i] | 0x20) {
        case 'r': f = PY_STR_RAW; break;
        case 'b': f = PY_STR_BYTES; break;
        case 'f': f = PY_STR_FMT; break;
        case 'u': f = 16; break;
        default: return -1;
        }
        if (flags & f)
            return -1;
        flags |= f;
    }
    // u combines with nothing; b and f exclude each other.
    if ((flags & 16 && n > 1) || (flags & PY_STR_BYTES && flags & PY_STR_FMT))
        return -1;
    return (int)(flags & ~16u);
}

static py_token_kind_t keyword_kind(const char *s, size_t n) {
    for (int k = PY_TOK_FALSE; k <= PY_TOK_YIELD; k++)
        if (strlen(token_text[k]) == n && memcmp(token_text[k], s, n) == 0)
            return (py_token_kind_t)k;
    return PY_TOK_NAME;
}

static int lex_name(py_lexer_t *lx, py_token_t *t) {
    const char *s = lx->p;
    while (lx->p < lx->end) {
        uint32_t c;
        int n = py_lexer_utf8(lx->p, lx->end, &c);
        if (n == 0)
            return py_lexer_bad_utf8(lx, lx->p);
        if (!is_id_cp(c))
            break;
        lx->p += n;
    }
    if (lx->p == s)
        return invalid_char(lx);
    int prefix = lx->p < lx->end && (*lx->p == '\'' || *lx->p == '"')
                     ? string_prefix(s, (size_t)(lx->p - s))
                     : -1;
    if (prefix >= 0)
        return py_lexer_string(lx, t, s, (unsigned)prefix);
    return py_lexer_finish_token(lx, t, keyword_kind(s, (size_t)(lx->p - s)));
}

// ---- numbers --------------------------------------------------------------------

// Digits accepted by [radix] (2, 8, 10 or 16).
static int radix_digit(int c, int radix) {
    if (radix == 16)
        return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    return c >= '0' && c < '0' + radix;
}

static const char *radix_name(int radix) {
    if (radix == 0) return "imaginary";   // what verify_end calls a number with a j suffix
    return radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : radix == 2 ? "binary" : "decimal";
}

// Consumes digits with single underscores between them; returns how many
// digits were read, or -1 after reporting a misplaced underscore.
static int digits(py_lexer_t *lx, int radix) {
    int n = 0;
    while (lx->p < lx->end) {
        if (radix_digit(*lx->p, radix)) {
            lx->p++, n++;
        } else if (*lx->p == '_' && n > 0) {
            lx->p++;
            if (lx->p == lx->end || !radix_digit(*lx->p, radix))
                return error_here(lx, lx->p - 1, "invalid %s literal", radix_name(radix));
        } else {
            break;
        }
    }
    return n;
}

// A number may be followed directly by a keyword (`1if x else 2`) but not by
// other name characters, as in CPython's verify_end_of_number.
// Errors point at the number's [start], as CPython's do.
static int verify_end(py_lexer_t *lx, const char *start, int radix) {
    static const char *const ok[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    if (lx->p == lx->end || !is_name_start((unsigned char)*lx->p))
        return 0;
    size_t left = (size_t)(lx->end - lx->p);
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (strlen(ok[i]) <= left && memcmp(lx->p, ok[i], strlen(ok[i])) == 0)
            return 0;
    return error_here(lx, start, "invalid %s literal", radix_name(radix));
}

// 0x.., 0o.., 0b.. integers.
static int lex_radix(py_lexer_t *lx, py_token_t *t, int radix) {
    const char *start = lx->p;
    lx->p += 2;
    if (lx->p < lx->end && *lx->p == '_')
        lx->p++;
    int n = digits(lx, radix);
    if (n < 0)
        return -1;
    if (lx->p < lx->end && is_digit(*lx->p))
        return error_here(lx, lx->p, "invalid digit '%c' in %s literal", *lx->p, radix_name(radix));
    if (n == 0)
        return error_here(lx, lx->p - 1, "invalid %s literal", radix_name(radix));
    if (verify_end(lx, start, radix) < 0)
        return -1;
    return py_lexer_finish_token(lx, t, PY_TOK_INT);
}

// The `e[+-]digits` part of a float; 0 if there is none (`1else` is 1, else).
static int exponent(py_lexer_t *lx) {
    const char *e = lx->p;
    if (lx->p == lx->end || (*lx->p | 0x20) != 'e')
        return 0;
    lx->p++;
    int sign = lx->p < lx->end && (*lx->p == '+' || *lx->p == '-');
    lx->p += sign;
    if (lx->p < lx->end && is_digit(*lx->p))
        return digits(lx, 10) < 0 ? -1 : 1;
    if (sign)
        return error_here(lx, lx->p - 1, "invalid decimal literal");
    lx->p = e;
    return 0;
}

// `0` followed by more digits is only allowed when every digit is zero.
static int leading_zeros(const char *s, const char *end) {
    if (*s != '0')
        return 0;
    for (; s < end; s++)
        if (*s != '0' && *s != '_')
            return 1;
    return 0;
}

// Decimal integers, floats (1. .5 1e10 1_0.0_1) and imaginary literals.
static int lex_decimal(py_lexer_t *lx, py_token_t *t) {
    const char *s = lx->p;
    int is_float = 0;
    if (digits(lx, 10) < 0)
        return -1;
    const char *int_end = lx->p;
    if (lx->p < lx->end && *lx->p == '.') {
        lx->p++;
        is_float = 1;
        if (lx->p < lx->end && is_digit(*lx->p) && digits(lx, 10) < 0)
            return -1;
    }
    int e = exponent(lx);
    if (e < 0)
        return -1;
    is_float |= e;
    py_token_kind_t kind = is_float ? PY_TOK_FLOAT : PY_TOK_INT;
    if (lx->p < lx->end && (*lx->p | 0x20) == 'j')
        lx->p++, kind = PY_TOK_IMAG;
    if (kind == PY_TOK_INT && leading_zeros(s, int_end))
        return error_here(lx, s,
                          "leading zeros in decimal integer literals are not permitted; "
                          "use an 0o prefix for octal integers");
    if (verify_end(lx, s, kind == PY_TOK_IMAG ? 0 : 10) < 0)
        return -1;
    return py_lexer_finish_token(lx, t, kind);
}

static int lex_number(py_lexer_t *lx, py_token_t *t) {
    if (*lx->p == '0' && lx->p + 1 < lx->end) {
        switch (lx->p[1] | 0x20) {
        case 'x': return lex_radix(lx, t, 16);
        case 'o': return lex_radix(lx, t, 8);
        case 'b': return lex_radix(lx, t, 2);
        default: break;
        }
    }
    return lex_decimal(lx, t);
}

// ---- operators and brackets -------------------------------------------------------

static int open_bracket(py_lexer_t *lx, const char *at) {
    if (lx->n_parens == PY_LEXER_MAX_PARENS)
        return error_here(lx, at, "too many nested parentheses");
    lx->parens[lx->n_parens] = *at;
    lx->paren_line[lx->n_parens] = lx->line;
    lx->paren_col[lx->n_parens] = (int)(at - lx->line_start);
    lx->n_parens++;
    return 0;
}

static int close_bracket(py_lexer_t *lx, const char *at) {
    if (lx->n_parens == 0)
        return error_here(lx, at, lx->base_parens ? "f-string: unmatched '%c'" : "unmatched '%c'",
                          *at);
    int i = lx->n_parens - 1;
    char open = lx->parens[i];
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (*at != want && lx->paren_line[i] != lx->line)
        return error_here(lx, at,
                          "closing parenthesis '%c' does not match opening "
                          "parenthesis '%c' on line %d",
                          *at, open, lx->paren_line[i]);
    if (*at != want)
        return error_here(lx, at,
                          "closing parenthesis '%c' does not match opening "
                          "parenthesis '%c'",
                          *at, open);
    lx->n_parens--;
    return 0;
}

static int lex_op(py_lexer_t *lx, py_token_t *t) {
    size_t left = (size_t)(lx->end - lx->p);
    // The list orders operators longest first, so the first match is the longest.
    for (int k = PY_TOK_DSTAR_EQ; k < PY_TOK__COUNT; k++) {
        size_t n = strlen(token_text[k]);
        if (token_class[k] != OP || n > left || memcmp(token_text[k], lx->p, n) != 0)
            continue;
        const char *at = lx->p;
        if (k == PY_TOK_LPAR || k == PY_TOK_LSQB || k == PY_TOK_LBRACE) {
            if (open_bracket(lx, at) < 0)
                return -1;
        } else if (k == PY_TOK_RPAR || k == PY_TOK_RSQB || k == PY_TOK_RBRACE) {
            if (close_bracket(lx, at) < 0)
                return -1;
        }
        lx->p += n;
        return py_lexer_finish_token(lx, t, (py_token_kind_t)k);
    }
    return invalid_char(lx);
}

// ---- the pull loop ----------------------------------------------------------------

// One token that starts at p (no whitespace before it).
static int lex_token(py_lexer_t *lx, py_token_t *t) {
    unsigned char c = (unsigned char)*lx->p;
    py_lexer_begin_token(lx, t, lx->p);
    if (is_digit(c) || (c == '.' && lx->p + 1 < lx->end && is_digit(lx->p[1])))
        return lex_number(lx, t);
    if (c == '\'' || c == '"')
        return py_lexer_string(lx, t, lx->p, 0);
    if (is_name_start(c))
        return lex_name(lx, t);
    return lex_op(lx, t);
}

// A line break ends the logical line unless brackets are open or it was empty.
static int line_break(py_lexer_t *lx, py_token_t *t) {
    if (in_brackets(lx) || !lx->line_has_tokens) {
        py_lexer_newline(lx);
        lx->at_bol = !in_brackets(lx);
        return 1;
    }
    py_lexer_begin_token(lx, t, lx->p);
    py_lexer_newline(lx);
    t->kind = PY_TOK_NEWLINE;
    t->len = (size_t)(lx->p - t->start);
    t->end_line = t->line;
    t->end_col = t->col + 1;
    lx->line_has_tokens = 0;
    lx->at_bol = 1;
    return 0;
}

static int next_token(py_lexer_t *lx, py_token_t *t) {
    for (;;) {
        if (lx->pending)
            return emit_pending(lx, t);
        if (lx->at_bol && !in_brackets(lx)) {
            int r = start_line(lx);
            if (r < 0)
                return -1;
            if (r > 0)
                continue;
            if (lx->pending)
                return emit_pending(lx, t);
        }
        if (skip_space(lx) < 0)
            return -1;
        if (lx->p == lx->end)
            return end_of_input(lx, t);
        if (at_newline(lx)) {
            int r = line_break(lx, t);
            if (r <= 0)
                return r;
            continue;
        }
        return lex_token(lx, t);
    }
}

int py_lexer_next(py_lexer_t *lx, py_token_t *tok) {
    if (lx->done)
        return mark(lx, tok, PY_TOK_EOF);
    if (next_token(lx, tok) == 0)
        return 0;
    py_lexer_begin_token(lx, tok, lx->p < lx->end ? lx->p : lx->end);
    tok->kind = PY_TOK_ERROR;
    lx->done = 1;
    return -1;
}
