// tests/unit/test_lexer.c: Criterion tests of vm/lexer: every token class and its errors.
// Layer: tests (unit). The lexer is standalone, so no VM is built.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "lexer.h"

#define MAX_TOKENS 64

typedef struct lexed {
    py_token_t t[MAX_TOKENS];
    int n;
    int failed;
    py_syntax_error_t err;
} lexed_t;

// Lexes [src] up to EOF or the first error.
static lexed_t lex(const char *src) {
    lexed_t r;
    memset(&r, 0, sizeof r);
    py_lexer_t lx;
    py_lexer_init(&lx, src, strlen(src), &r.err);
    while (r.n < MAX_TOKENS) {
        if (py_lexer_next(&lx, &r.t[r.n]) < 0) {
            r.failed = 1;
            break;
        }
        if (r.t[r.n++].kind == PY_TOK_EOF)
            break;
    }
    return r;
}

// Checks the kinds of all tokens of [src]; the list ends with EOF.
static void expect_kinds(const char *src, const py_token_kind_t *kinds) {
    lexed_t r = lex(src);
    cr_assert(!r.failed, "%s: unexpected error %s", src, r.err.msg);
    int i = 0;
    for (; kinds[i] != PY_TOK_EOF; i++)
        cr_assert_eq(r.t[i].kind, kinds[i], "%s: token %d is %s, want %s", src, i,
                     py_lexer_token_text(r.t[i].kind), py_lexer_token_text(kinds[i]));
    cr_assert_eq(r.t[i].kind, PY_TOK_EOF, "%s: token %d is %s, want EOF", src, i,
                 py_lexer_token_text(r.t[i].kind));
}

// Checks that [src] fails with [msg] at [line]/[col] (1-based).
static void expect_error(const char *src, const char *msg, int line, int col) {
    lexed_t r = lex(src);
    cr_assert(r.failed, "%s: no error", src);
    cr_assert_str_eq(r.err.msg, msg, "%s", src);
    cr_assert_eq(r.err.line, line, "%s: line %d", src, r.err.line);
    cr_assert_eq(r.err.col, col, "%s: col %d", src, r.err.col);
}

// The text of the first token of [src], which must be of [kind].
static void expect_first(const char *src, py_token_kind_t kind, const char *text) {
    lexed_t r = lex(src);
    cr_assert(!r.failed, "%s: %s", src, r.err.msg);
    cr_assert_eq(r.t[0].kind, kind, "%s: kind %s", src, py_lexer_token_text(r.t[0].kind));
    cr_assert_eq(r.t[0].len, strlen(text), "%s", src);
    cr_assert(memcmp(r.t[0].start, text, r.t[0].len) == 0, "%s", src);
}

// Decodes the single string literal [src].
static const char *decoded(const char *src, size_t *len) {
    static char out[256];
    lexed_t r = lex(src);
    cr_assert(!r.failed && r.t[0].kind == PY_TOK_STRING, "%s: %s", src, r.err.msg);
    py_syntax_error_t err;
    int rc = py_lexer_decode(r.t[0].body, r.t[0].body_len, r.t[0].flags, out, len, &err);
    cr_assert_eq(rc, 0, "%s: %s", src, err.msg);
    return out;
}

static void expect_decoded(const char *src, const char *want, size_t want_len) {
    size_t len;
    const char *got = decoded(src, &len);
    cr_assert_eq(len, want_len, "%s: length %zu", src, len);
    cr_assert(memcmp(got, want, len) == 0, "%s", src);
}

static void expect_decode_error(const char *src, const char *msg) {
    char out[256];
    size_t len;
    lexed_t r = lex(src);
    cr_assert(!r.failed, "%s", src);
    py_syntax_error_t err;
    cr_assert_eq(py_lexer_decode(r.t[0].body, r.t[0].body_len, r.t[0].flags, out, &len, &err), -1);
    cr_assert_str_eq(err.msg, msg, "%s", src);
}

// ---- structure -----------------------------------------------------------------------

Test(lexer, simple_line) {
    py_token_kind_t k[] = {PY_TOK_NAME, PY_TOK_ASSIGN, PY_TOK_INT, PY_TOK_NEWLINE, PY_TOK_EOF};
    expect_kinds("x = 1\n", k);
    expect_kinds("x = 1", k); // NEWLINE is supplied at end of input
}

Test(lexer, empty_and_blank_input) {
    py_token_kind_t k[] = {PY_TOK_EOF};
    expect_kinds("", k);
    expect_kinds("\n\n   \n# comment\n", k);
}

Test(lexer, indent_dedent) {
    py_token_kind_t k[] = {PY_TOK_IF,     PY_TOK_NAME,    PY_TOK_COLON,   PY_TOK_NEWLINE,
                           PY_TOK_INDENT, PY_TOK_NAME,    PY_TOK_NEWLINE, PY_TOK_INDENT,
                           PY_TOK_NAME,   PY_TOK_NEWLINE, PY_TOK_DEDENT,  PY_TOK_DEDENT,
                           PY_TOK_NAME,   PY_TOK_NEWLINE, PY_TOK_EOF};
    expect_kinds("if x:\n  a\n\n    b\n# c\nz\n", k);
}

Test(lexer, dedents_at_eof) {
    py_token_kind_t k[] = {PY_TOK_IF,      PY_TOK_NAME,   PY_TOK_COLON,
                           PY_TOK_NEWLINE, PY_TOK_INDENT, PY_TOK_PASS,
                           PY_TOK_NEWLINE, PY_TOK_DEDENT, PY_TOK_EOF};
    expect_kinds("if x:\n\tpass", k);
}

Test(lexer, tabs_count_to_multiples_of_eight) {
    // A tab after 4 spaces reaches column 8, like 8 spaces... but TabError
    // compares with tabs as width 1 too, so mixing is rejected.
    expect_error("if x:\n        a\n    \tb\n",
                 "inconsistent use of tabs and spaces in indentation", 3, 1);
    py_token_kind_t k[] = {PY_TOK_IF,      PY_TOK_NAME,   PY_TOK_COLON,   PY_TOK_NEWLINE,
                           PY_TOK_INDENT,  PY_TOK_NAME,   PY_TOK_NEWLINE, PY_TOK_NAME,
                           PY_TOK_NEWLINE, PY_TOK_DEDENT, PY_TOK_EOF};
    expect_kinds("if x:\n\ta\n\tb\n", k);
}

Test(lexer, bad_dedent) {
    lexed_t r = lex("if x:\n    a\n  b\n");
    cr_assert(r.failed);
    cr_assert_str_eq(r.err.msg, "unindent does not match any outer indentation level");
    cr_assert_eq(r.err.is_indentation, 1);
    cr_assert_eq(r.err.line, 3);
}

Test(lexer, too_deep_indentation) {
    char src[20000] = "";
    for (int i = 0; i < 102; i++) {
        for (int j = 0; j < i; j++)
            strcat(src, " ");
        strcat(src, "if x:\n");
    }
    lexed_t r;
    memset(&r, 0, sizeof r);
    py_lexer_t lx;
    py_lexer_init(&lx, src, strlen(src), &r.err);
    py_token_t t;
    int rc;
    while ((rc = py_lexer_next(&lx, &t)) == 0 && t.kind != PY_TOK_EOF)
        ;
    cr_assert_eq(rc, -1);
    cr_assert_str_eq(r.err.msg, "too many levels of indentation");
}

Test(lexer, brackets_join_lines) {
    py_token_kind_t k[] = {PY_TOK_NAME, PY_TOK_ASSIGN, PY_TOK_LSQB,    PY_TOK_INT, PY_TOK_COMMA,
                           PY_TOK_INT,  PY_TOK_RSQB,   PY_TOK_NEWLINE, PY_TOK_EOF};
    expect_kinds("x = [1,\n    # c\n        2]\n", k);
}

Test(lexer, backslash_joins_lines) {
    py_token_kind_t k[] = {PY_TOK_NAME, PY_TOK_ASSIGN,  PY_TOK_INT, PY_TOK_PLUS,
                           PY_TOK_INT,  PY_TOK_NEWLINE, PY_TOK_EOF};
    expect_kinds("x = 1 + \\\n 2\n", k);
    expect_kinds("x = 1 + \\\r\n 2\r\n", k);
    expect_error("x = \\ 1", "unexpected character after line continuation character", 1, 6);
}

Test(lexer, backslash_at_eof_is_incomplete) {
    lexed_t r = lex("x = 1 \\");
    cr_assert(r.failed);
    cr_assert_str_eq(r.err.msg, "unexpected EOF while parsing");
    cr_assert_eq(r.err.incomplete, 1);
}

Test(lexer, positions) {
    lexed_t r = lex("ab = 'x'\n  \ncd\n");
    cr_assert_eq(r.t[0].line, 1);
    cr_assert_eq(r.t[0].col, 0);
    cr_assert_eq(r.t[0].end_col, 2);
    cr_assert_eq(r.t[2].col, 5);
    cr_assert_eq(r.t[2].end_col, 8);
    cr_assert_eq(r.t[4].line, 3);
    cr_assert_eq(r.t[4].col, 0);
}

Test(lexer, crlf_and_bom) {
    py_token_kind_t k[] = {PY_TOK_NAME, PY_TOK_NEWLINE, PY_TOK_NAME, PY_TOK_NEWLINE, PY_TOK_EOF};
    expect_kinds("\xEF\xBB\xBF"
                 "a\r\nb\r\n",
                 k);
}

// ---- names and keywords ----------------------------------------------------------------

Test(lexer, keywords_and_soft_keywords) {
    py_token_kind_t k[] = {PY_TOK_IF,    PY_TOK_ELSE,    PY_TOK_LAMBDA, PY_TOK_NONE, PY_TOK_TRUE,
                           PY_TOK_ASYNC, PY_TOK_AWAIT,   PY_TOK_NAME,   PY_TOK_NAME, PY_TOK_NAME,
                           PY_TOK_NAME,  PY_TOK_NEWLINE, PY_TOK_EOF};
    expect_kinds("if else lambda None True async await match case _ iff", k);
}

Test(lexer, utf8_identifiers) {
    expect_first("héllo = 1", PY_TOK_NAME, "héllo");
    expect_first("π", PY_TOK_NAME, "π");
    expect_first("変数", PY_TOK_NAME, "変数");
}

Test(lexer, invalid_characters) {
    expect_error("x = €", "invalid character '€' (U+20AC)", 1, 5);
    expect_error("x = 1 ? 2", "invalid syntax", 1, 7);
    expect_error("a\xC2\xA0= 1", "invalid non-printable character U+00A0", 1, 2);
    expect_error("x = \xff",
                 "(unicode error) 'utf-8' codec can't decode byte 0xff: invalid start byte", 1, 5);
}

// ---- operators -----------------------------------------------------------------------------

Test(lexer, operators_longest_match) {
    py_token_kind_t k[] = {PY_TOK_DSTAR_EQ, PY_TOK_DSLASH_EQ, PY_TOK_RSHIFT_EQ, PY_TOK_LSHIFT_EQ,
                           PY_TOK_WALRUS,   PY_TOK_ARROW,     PY_TOK_ELLIPSIS,  PY_TOK_DSTAR,
                           PY_TOK_DSLASH,   PY_TOK_NE,        PY_TOK_EQ,        PY_TOK_LE,
                           PY_TOK_GE,       PY_TOK_AT_EQ,     PY_TOK_AT,        PY_TOK_TILDE,
                           PY_TOK_CARET_EQ, PY_TOK_PIPE,      PY_TOK_AMP,       PY_TOK_PERCENT_EQ,
                           PY_TOK_DOT,      PY_TOK_SEMI,      PY_TOK_NEWLINE,   PY_TOK_EOF};
    expect_kinds("**= //= >>= <<= := -> ... ** // != == <= >= @= @ ~ ^= | & %= . ;", k);
}

Test(lexer, bracket_errors) {
    expect_error("x = ]", "unmatched ']'", 1, 5);
    expect_error("(]", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2);
    expect_error("(\n]", "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
                 2, 1);
    lexed_t r = lex("x = [1,\n2");
    cr_assert(r.failed);
    cr_assert_str_eq(r.err.msg, "'[' was never closed");
    cr_assert_eq(r.err.line, 1);
    cr_assert_eq(r.err.col, 5);
    cr_assert_eq(r.err.incomplete, 1);
}

Test(lexer, too_many_nested_parentheses) {
    char src[300];
    memset(src, '(', 201);
    src[201] = '\0';
    py_syntax_error_t err;
    py_lexer_t lx;
    py_lexer_init(&lx, src, strlen(src), &err);
    py_token_t t;
    int rc, n = 0;
    while ((rc = py_lexer_next(&lx, &t)) == 0 && t.kind != PY_TOK_EOF)
        n++;
    cr_assert_eq(rc, -1);
    cr_assert_eq(n, 200);
    cr_assert_str_eq(err.msg, "too many nested parentheses");
}

// ---- numbers ---------------------------------------------------------------------------------

Test(lexer, integers_every_base) {
    expect_first("0", PY_TOK_INT, "0");
    expect_first("00_0", PY_TOK_INT, "00_0");
    expect_first("1_000_000", PY_TOK_INT, "1_000_000");
    expect_first("0x_Ff_0", PY_TOK_INT, "0x_Ff_0");
    expect_first("0o17_7", PY_TOK_INT, "0o17_7");
    expect_first("0B1_0", PY_TOK_INT, "0B1_0");
    expect_first("123456789012345678901234567890", PY_TOK_INT, "123456789012345678901234567890");
}

Test(lexer, integer_errors) {
    expect_error("0123",
                 "leading zeros in decimal integer literals are not permitted; "
                 "use an 0o prefix for octal integers",
                 1, 1);
    expect_error("1_", "invalid decimal literal", 1, 2);
    expect_error("1__0", "invalid decimal literal", 1, 2);
    expect_error("0x", "invalid hexadecimal literal", 1, 2);
    expect_error("0x_", "invalid hexadecimal literal", 1, 3);
    expect_error("0o8", "invalid digit '8' in octal literal", 1, 3);
    expect_error("0b12", "invalid digit '2' in binary literal", 1, 4);
    expect_error("1abc", "invalid decimal literal", 1, 1);
    expect_error("0xfg", "invalid hexadecimal literal", 1, 1);
}

Test(lexer, number_then_keyword) {
    py_token_kind_t k[] = {PY_TOK_INT, PY_TOK_IF,      PY_TOK_NAME, PY_TOK_ELSE,
                           PY_TOK_INT, PY_TOK_NEWLINE, PY_TOK_EOF};
    expect_kinds("1if x else 2", k);
}

Test(lexer, floats) {
    expect_first("1.", PY_TOK_FLOAT, "1.");
    expect_first(".5", PY_TOK_FLOAT, ".5");
    expect_first("1e10", PY_TOK_FLOAT, "1e10");
    expect_first("1E-10", PY_TOK_FLOAT, "1E-10");
    expect_first("1_0.0_1", PY_TOK_FLOAT, "1_0.0_1");
    expect_first("1.e5", PY_TOK_FLOAT, "1.e5");
    expect_first("0123.5", PY_TOK_FLOAT, "0123.5");
    expect_first("00e1", PY_TOK_FLOAT, "00e1");
    expect_error("1e", "invalid decimal literal", 1, 1);
    expect_error("1e+", "invalid decimal literal", 1, 3);
    expect_error("1.__class__", "invalid decimal literal", 1, 1);
}

Test(lexer, imaginary) {
    expect_first("1j", PY_TOK_IMAG, "1j");
    expect_first("1.5J", PY_TOK_IMAG, "1.5J");
    expect_first("1e3j", PY_TOK_IMAG, "1e3j");
    expect_first("0123j", PY_TOK_IMAG, "0123j");
}

Test(lexer, attribute_of_int_needs_space) {
    py_token_kind_t k[] = {PY_TOK_INT, PY_TOK_DOT, PY_TOK_NAME, PY_TOK_NEWLINE, PY_TOK_EOF};
    expect_kinds("1 .real", k);
    py_token_kind_t f[] = {PY_TOK_FLOAT, PY_TOK_DOT, PY_TOK_NAME, PY_TOK_NEWLINE, PY_TOK_EOF};
    expect_kinds("1..real", f);
}

// ---- strings -----------------------------------------------------------------------------------

Test(lexer, string_prefixes) {
    static const struct {
        const char *src;
        unsigned flags;
    } cases[] = {
        {"'a'", 0},
        {"u'a'", 0},
        {"U'a'", 0},
        {"r'a'", PY_STR_RAW},
        {"R'a'", PY_STR_RAW},
        {"b'a'", PY_STR_BYTES},
        {"B'a'", PY_STR_BYTES},
        {"rb'a'", PY_STR_RAW | PY_STR_BYTES},
        {"bR'a'", PY_STR_RAW | PY_STR_BYTES},
        {"Rb'a'", PY_STR_RAW | PY_STR_BYTES},
        {"f'a'", PY_STR_FMT},
        {"F'a'", PY_STR_FMT},
        {"rf'a'", PY_STR_RAW | PY_STR_FMT},
        {"fR'a'", PY_STR_RAW | PY_STR_FMT},
        {"\"a\"", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        lexed_t r = lex(cases[i].src);
        cr_assert(!r.failed, "%s", cases[i].src);
        cr_assert_eq(r.t[0].kind, PY_TOK_STRING, "%s", cases[i].src);
        cr_assert_eq(r.t[0].flags, cases[i].flags, "%s", cases[i].src);
        cr_assert_eq(r.t[0].body_len, 1, "%s", cases[i].src);
        cr_assert_eq(r.t[0].body[0], 'a', "%s", cases[i].src);
    }
}

Test(lexer, not_a_prefix) {
    py_token_kind_t k[] = {PY_TOK_NAME, PY_TOK_STRING, PY_TOK_NEWLINE, PY_TOK_EOF};
    expect_kinds("ub'x'", k);
    expect_kinds("bf'x'", k);
    expect_kinds("rr'x'", k);
}

Test(lexer, triple_quoted) {
    lexed_t r = lex("x = '''a\n'b'\n\"\"\"'''\ny");
    cr_assert(!r.failed);
    cr_assert_eq(r.t[2].kind, PY_TOK_STRING);
    cr_assert_eq(r.t[2].flags, PY_STR_TRIPLE);
    cr_assert_eq(r.t[2].body_len, 9);
    cr_assert_eq(r.t[2].end_line, 3);
    cr_assert_eq(r.t[4].kind, PY_TOK_NAME);
    cr_assert_eq(r.t[4].line, 4);
}

Test(lexer, unterminated_strings) {
    expect_error("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5);
    lexed_t r = lex("x = '''abc\n\ndef");
    cr_assert(r.failed);
    cr_assert_str_eq(r.err.msg, "unterminated triple-quoted string literal (detected at line 3)");
    cr_assert_eq(r.err.line, 1);
    cr_assert_eq(r.err.incomplete, 1);
    expect_error("'abc\\", "unterminated string literal (detected at line 1)", 1, 1);
}

Test(lexer, escaped_quotes_and_newlines) {
    lexed_t r = lex("'a\\'b' 'c\\\nd'");
    cr_assert(!r.failed);
    cr_assert_eq(r.t[0].body_len, 4);
    cr_assert_eq(r.t[1].kind, PY_TOK_STRING);
}

Test(lexer, simple_escapes) {
    expect_decoded("'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r'", "\n\t\\'\"\a\b\f\v\r", 10);
    expect_decoded("'\\0'", "\0", 1);
    expect_decoded("'a\\\nb'", "ab", 2);
    expect_decoded("'\\d'", "\\d", 2); // unknown escapes keep the backslash
}

Test(lexer, numeric_escapes) {
    expect_decoded("'\\101\\7'", "A\a", 2);
    expect_decoded("'\\x41\\xe9'", "A\xC3\xA9", 3);
    expect_decoded("'\\u00e9\\u20AC'", "\xC3\xA9\xE2\x82\xAC", 5);
    expect_decoded("'\\U0001F600'", "\xF0\x9F\x98\x80", 4);
    expect_decoded("'\\777'", "\xC7\xBF", 2); // U+01FF
}

Test(lexer, named_escapes) {
    expect_decoded("'\\N{EM DASH}'", "\xE2\x80\x94", 3);
    expect_decoded("'\\N{latin small letter a}'", "a", 1);
    expect_decoded("'\\N{DIGIT SEVEN}'", "7", 1);
    expect_decode_error(
        "'\\N{NO SUCH NAME}'",
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: "
        "unknown Unicode character name");
    expect_decode_error("'\\N'",
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: "
                        "malformed \\N character escape");
}

Test(lexer, escape_errors) {
    expect_decode_error("'\\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes "
                                  "in position 0-2: truncated \\xXX escape");
    expect_decode_error("'\\u12'", "(unicode error) 'unicodeescape' codec can't decode bytes "
                                   "in position 0-3: truncated \\uXXXX escape");
    expect_decode_error("'ab\\U1234'", "(unicode error) 'unicodeescape' codec can't decode bytes "
                                       "in position 2-7: truncated \\UXXXXXXXX escape");
    expect_decode_error("'\\U00110000'", "(unicode error) 'unicodeescape' codec can't decode "
                                         "bytes in position 0-9: illegal Unicode character");
}

Test(lexer, bytes_escapes) {
    expect_decoded("b'\\x00\\xff\\777'", "\0\xff\xff", 3);
    expect_decoded("b'\\u1234'", "\\u1234", 6); // \u is not an escape in bytes
    expect_decode_error("b'\\x4'", "(value error) invalid \\x escape at position 0");
    expect_decode_error("b'\xc3\xa9'", "bytes can only contain ASCII literal characters");
}

Test(lexer, raw_strings) {
    expect_decoded("r'\\n\\x'", "\\n\\x", 4);
    expect_decoded("r'\\''", "\\'", 2);
    expect_decoded("rb'\\d'", "\\d", 2);
}

Test(lexer, crlf_inside_triple_quotes) {
    expect_decoded("'''a\r\nb\rc'''", "a\nb\nc", 5);
}

// ---- f-string pieces
// -----------------------------------------------------------------------------

typedef struct pieces {
    py_fpiece_t p[16];
    int n;
    int rc;
    py_syntax_error_t err;
} pieces_t;

static pieces_t split(const char *body, int in_spec) {
    pieces_t r;
    memset(&r, 0, sizeof r);
    py_fstring_scan_t sc;
    py_lexer_fstring_begin(&sc, body, strlen(body), PY_STR_FMT, in_spec);
    while ((r.rc = py_lexer_fstring_next(&sc, &r.p[r.n], &r.err)) > 0 && r.n < 15)
        r.n++;
    return r;
}

static int piece_is(const char *s, size_t n, const char *want) {
    return s && n == strlen(want) && memcmp(s, want, n) == 0;
}

Test(lexer, fstring_text_and_fields) {
    pieces_t r = split("a{x}b{{c}}", 0);
    cr_assert_eq(r.rc, 0);
    cr_assert_eq(r.n, 6);
    cr_assert(piece_is(r.p[0].text, r.p[0].text_len, "a"));
    cr_assert_eq(r.p[1].kind, PY_FPIECE_EXPR);
    cr_assert(piece_is(r.p[1].expr, r.p[1].expr_len, "x"));
    cr_assert_eq(r.p[1].conversion, -1);
    cr_assert(piece_is(r.p[2].text, r.p[2].text_len, "b"));
    cr_assert(piece_is(r.p[3].text, r.p[3].text_len, "{"));
    cr_assert(piece_is(r.p[4].text, r.p[4].text_len, "c"));
    cr_assert(piece_is(r.p[5].text, r.p[5].text_len, "}"));
}

Test(lexer, fstring_conversion_spec_debug) {
    pieces_t r = split("{x!r:>{w}} {y = } {d['k']}", 0);
    cr_assert_eq(r.rc, 0);
    cr_assert(piece_is(r.p[0].expr, r.p[0].expr_len, "x"));
    cr_assert_eq(r.p[0].conversion, 'r');
    cr_assert(piece_is(r.p[0].spec, r.p[0].spec_len, ">{w}"));
    cr_assert(piece_is(r.p[2].expr, r.p[2].expr_len, "y "));
    cr_assert(piece_is(r.p[2].debug, r.p[2].debug_len, "y = "));
    cr_assert(piece_is(r.p[4].expr, r.p[4].expr_len, "d['k']"));
}

Test(lexer, fstring_operators_are_not_markers) {
    pieces_t r = split("{a!=b}{a==b}{a<=b}{(x:=1)}", 0);
    cr_assert_eq(r.rc, 0);
    cr_assert_eq(r.n, 4);
    cr_assert(piece_is(r.p[0].expr, r.p[0].expr_len, "a!=b"));
    cr_assert(r.p[1].debug == NULL);
    cr_assert(piece_is(r.p[3].expr, r.p[3].expr_len, "(x:=1)"));
}

Test(lexer, fstring_named_escape_is_not_a_field) {
    pieces_t r = split("\\N{EM DASH}{x}", 0);
    cr_assert_eq(r.rc, 0);
    cr_assert_eq(r.n, 2);
    cr_assert(piece_is(r.p[0].text, r.p[0].text_len, "\\N{EM DASH}"));
}

Test(lexer, fstring_errors) {
    static const struct {
        const char *body, *msg;
    } cases[] = {
        {"{}", "f-string: empty expression not allowed"},
        {"{x", "f-string: expecting '}'"},
        {"}", "f-string: single '}' is not allowed"},
        {"{x!z}", "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
        {"{x!rr}", "f-string: expecting '}'"},
        {"{a\\n}", "f-string expression part cannot include a backslash"},
        {"{a#}", "f-string expression part cannot include '#'"},
        {"{)}", "f-string: unmatched ')'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pieces_t r = split(cases[i].body, 0);
        cr_assert_eq(r.rc, -1, "%s", cases[i].body);
        cr_assert_str_eq(r.err.msg, cases[i].msg, "%s", cases[i].body);
    }
}

Test(lexer, sub_lexer_for_fstring_expressions) {
    const char *src = "f'{a +\nb}'";
    py_syntax_error_t err;
    py_lexer_t lx;
    py_lexer_init_sub(&lx, src + 3, 5, 1, src, &err);
    py_token_t t[5];
    for (int i = 0; i < 4; i++)
        cr_assert_eq(py_lexer_next(&lx, &t[i]), 0);
    cr_assert_eq(t[0].kind, PY_TOK_NAME);
    cr_assert_eq(t[0].col, 3);
    cr_assert_eq(t[1].kind, PY_TOK_PLUS);
    cr_assert_eq(t[2].kind, PY_TOK_NAME);
    cr_assert_eq(t[2].line, 2);
    cr_assert_eq(t[3].kind, PY_TOK_EOF);
}
