// vm/lexer.h: the tokenizer: source bytes to Python tokens, one at a time.
// Layer: vm front end, below the parser; standalone (no VM, no GC).
// SPDX-License-Identifier: MIT
//
// A pull lexer over a buffer: py_lexer_next hands out the next token on
// demand, with NEWLINE/INDENT/DEDENT computed from the indentation stack as
// CPython's tokenizer does. String tokens are delimited here; their escapes
// are decoded (py_lexer_decode) and f-strings split into pieces
// (py_lexer_fstring_next) when the parser asks, because only the parser knows
// whether a literal ends up in the tree. Errors fill a py_syntax_error_t with
// CPython 3.11's wording.

#ifndef PY_LEXER_H
#define PY_LEXER_H

#include <stddef.h>

#include "ast.h"

// Every token kind: X(ID, text, class). The class is SPECIAL (no fixed text),
// KEYWORD (a reserved word; soft keywords such as match/case/_ are NAMEs) or
// OP (an operator or delimiter, matched longest first).
#define PY_TOKEN_LIST(X) \
    X(EOF, "end of file", SPECIAL) X(ERROR, "error", SPECIAL) \
    X(NEWLINE, "newline", SPECIAL) X(INDENT, "indent", SPECIAL) \
    X(DEDENT, "dedent", SPECIAL) X(NAME, "name", SPECIAL) \
    X(INT, "integer", SPECIAL) X(FLOAT, "float", SPECIAL) \
    X(IMAG, "imaginary", SPECIAL) X(STRING, "string", SPECIAL) \
    X(FALSE, "False", KEYWORD) X(NONE, "None", KEYWORD) X(TRUE, "True", KEYWORD) \
    X(AND, "and", KEYWORD) X(AS, "as", KEYWORD) X(ASSERT, "assert", KEYWORD) \
    X(ASYNC, "async", KEYWORD) X(AWAIT, "await", KEYWORD) X(BREAK, "break", KEYWORD) \
    X(CLASS, "class", KEYWORD) X(CONTINUE, "continue", KEYWORD) X(DEF, "def", KEYWORD) \
    X(DEL, "del", KEYWORD) X(ELIF, "elif", KEYWORD) X(ELSE, "else", KEYWORD) \
    X(EXCEPT, "except", KEYWORD) X(FINALLY, "finally", KEYWORD) X(FOR, "for", KEYWORD) \
    X(FROM, "from", KEYWORD) X(GLOBAL, "global", KEYWORD) X(IF, "if", KEYWORD) \
    X(IMPORT, "import", KEYWORD) X(IN, "in", KEYWORD) X(IS, "is", KEYWORD) \
    X(LAMBDA, "lambda", KEYWORD) X(NONLOCAL, "nonlocal", KEYWORD) X(NOT, "not", KEYWORD) \
    X(OR, "or", KEYWORD) X(PASS, "pass", KEYWORD) X(RAISE, "raise", KEYWORD) \
    X(RETURN, "return", KEYWORD) X(TRY, "try", KEYWORD) X(WHILE, "while", KEYWORD) \
    X(WITH, "with", KEYWORD) X(YIELD, "yield", KEYWORD) \
    X(DSTAR_EQ, "**=", OP) X(DSLASH_EQ, "//=", OP) X(LSHIFT_EQ, "<<=", OP) \
    X(RSHIFT_EQ, ">>=", OP) X(ELLIPSIS, "...", OP) \
    X(DSTAR, "**", OP) X(DSLASH, "//", OP) X(LSHIFT, "<<", OP) X(RSHIFT, ">>", OP) \
    X(LE, "<=", OP) X(GE, ">=", OP) X(EQ, "==", OP) X(NE, "!=", OP) \
    X(ARROW, "->", OP) X(WALRUS, ":=", OP) X(PLUS_EQ, "+=", OP) X(MINUS_EQ, "-=", OP) \
    X(STAR_EQ, "*=", OP) X(SLASH_EQ, "/=", OP) X(PERCENT_EQ, "%=", OP) \
    X(AT_EQ, "@=", OP) X(AMP_EQ, "&=", OP) X(PIPE_EQ, "|=", OP) X(CARET_EQ, "^=", OP) \
    X(LPAR, "(", OP) X(RPAR, ")", OP) X(LSQB, "[", OP) X(RSQB, "]", OP) \
    X(LBRACE, "{", OP) X(RBRACE, "}", OP) X(COMMA, ",", OP) X(COLON, ":", OP) \
    X(SEMI, ";", OP) X(DOT, ".", OP) X(PLUS, "+", OP) X(MINUS, "-", OP) \
    X(STAR, "*", OP) X(SLASH, "/", OP) X(PERCENT, "%", OP) X(AT, "@", OP) \
    X(AMP, "&", OP) X(PIPE, "|", OP) X(CARET, "^", OP) X(TILDE, "~", OP) \
    X(LT, "<", OP) X(GT, ">", OP) X(ASSIGN, "=", OP)

typedef enum {
#define X(id, text, cls) PY_TOK_##id,
    PY_TOKEN_LIST(X)
#undef X
    PY_TOK__COUNT
} py_token_kind_t;

// Prefix and quoting of a STRING token, or-ed into py_token_t.flags.
enum {
    PY_STR_RAW = 1,     // r: backslashes are literal
    PY_STR_BYTES = 2,   // b: a bytes literal
    PY_STR_FMT = 4,     // f: an f-string
    PY_STR_TRIPLE = 8   // ''' or """
};

typedef struct py_token {
    py_token_kind_t kind;
    const char *start;          // first byte of the token in the source
    size_t len;                 // bytes of source text
    int line, col;              // 1-based line, 0-based byte column of the start
    int end_line, end_col;      // position just past the last byte
    unsigned flags;             // PY_STR_* for STRING tokens
    const char *body;           // STRING: the text between the quotes
    size_t body_len;
} py_token_t;

// CPython's MAXINDENT: deeper blocks are "too many levels of indentation".
#define PY_LEXER_MAX_INDENT 100
// CPython's MAXLEVEL: more open brackets are "too many nested parentheses";
// it also bounds the parser's recursion through bracketed expressions.
#define PY_LEXER_MAX_PARENS 200

typedef struct py_lexer {
    const char *src, *p, *end;
    const char *line_start;     // first byte of the line p is on
    int line;
    int indents[PY_LEXER_MAX_INDENT + 1];      // columns, tabs to multiples of 8
    int alt_indents[PY_LEXER_MAX_INDENT + 1];  // same with tabs as 1, for TabError
    int n_indents;              // indents[0] is the module level (0)
    int pending;                // INDENTs (>0) or DEDENTs (<0) still to hand out
    char parens[PY_LEXER_MAX_PARENS];          // open bracket characters
    int paren_line[PY_LEXER_MAX_PARENS], paren_col[PY_LEXER_MAX_PARENS];
    int n_parens;
    int at_bol;                 // at the start of a logical line
    int line_has_tokens;        // a NEWLINE is owed before the next line/EOF
    int done;                   // EOF has been handed out
    int base_parens;            // brackets that enclose a sub-range (f-string expressions)
    py_syntax_error_t *err;
} py_lexer_t;

// Prepares [lx] to tokenize [len] bytes at [src]; errors go to [err]. Never fails.
void py_lexer_init(py_lexer_t *lx, const char *src, size_t len, py_syntax_error_t *err);

// Prepares [lx] for an f-string expression: [len] bytes at [src], which lie on
// line [line] of a buffer whose line begins at [line_start], tokenized as if
// inside brackets (no NEWLINE or INDENT; EOF at the end of the range).
void py_lexer_init_sub(py_lexer_t *lx, const char *src, size_t len, int line,
                       const char *line_start, py_syntax_error_t *err);

// Stores the next token in [tok] and returns 0, or fills the error, stores an
// ERROR token and returns -1. After EOF it keeps returning EOF.
int py_lexer_next(py_lexer_t *lx, py_token_t *tok);

// Returns the fixed text of [kind] ("if", "**=") or a description ("name").
const char *py_lexer_token_text(py_token_kind_t kind);

// Decodes the body of a non-f string token ([n] bytes at [s], flags PY_STR_*)
// into [out], which must hold [n] + 1 bytes (decoding never grows the text);
// stores the length in [*out_len] and NUL-terminates. Returns 0, or -1 with
// only [err]->msg filled (the caller knows the position).
int py_lexer_decode(const char *s, size_t n, unsigned flags, char *out,
                    size_t *out_len, py_syntax_error_t *err);

// One piece of an f-string body, in source order.
typedef enum { PY_FPIECE_TEXT, PY_FPIECE_EXPR } py_fpiece_kind_t;
typedef struct py_fpiece {
    py_fpiece_kind_t kind;
    const char *text;           // TEXT: undecoded literal bytes ({{ and }} already halved)
    size_t text_len;
    const char *expr;           // EXPR: the expression's source
    size_t expr_len;
    const char *debug;          // EXPR with `=`: the text "expr=" to print first, else NULL
    size_t debug_len;
    int conversion;             // -1, 's', 'r' or 'a'
    const char *spec;           // format spec body (an f-string body itself), or NULL
    size_t spec_len;
} py_fpiece_t;

typedef struct py_fstring_scan {
    const char *p, *end;
    unsigned flags;             // PY_STR_RAW matters: \N{...} is not a field when cooked
    int in_spec;                // scanning a format spec: '}' cannot be doubled
} py_fstring_scan_t;

// Starts scanning the f-string body [s]/[n] with string [flags]; [in_spec]
// says it is a format spec.
void py_lexer_fstring_begin(py_fstring_scan_t *sc, const char *s, size_t n,
                            unsigned flags, int in_spec);

// Stores the next piece in [out]: returns 1, 0 at the end, or -1 with only
// [err]->msg filled ("f-string: expecting '}'").
int py_lexer_fstring_next(py_fstring_scan_t *sc, py_fpiece_t *out, py_syntax_error_t *err);

// ---- internal to vm/lexer*.c ---------------------------------------------------

// Error flags for py_lexer_error.
enum { PY_LEX_ERR_INDENT = 1, PY_LEX_ERR_INCOMPLETE = 2 };

// Fills [lx]'s error with a message at [line] and 0-based [col]; returns -1.
int py_lexer_error(py_lexer_t *lx, int line, int col, int flags, const char *fmt, ...);
// Decodes one UTF-8 sequence at [p] into [*cp]; returns its length, or 0 if invalid.
int py_lexer_utf8(const char *p, const char *end, uint32_t *cp);
// Reports invalid UTF-8 at [at]; returns -1.
int py_lexer_bad_utf8(py_lexer_t *lx, const char *at);
// Consumes one line break (\n, \r\n or \r) and starts the next line.
void py_lexer_newline(py_lexer_t *lx);
// Starts [t] at [start] on the current line.
void py_lexer_begin_token(py_lexer_t *lx, py_token_t *t, const char *start);
// Ends [t] at the current position with [kind]; returns 0.
int py_lexer_finish_token(py_lexer_t *lx, py_token_t *t, py_token_kind_t kind);
// Lexes a string literal whose prefix starts at [start] and whose opening
// quote is at the current position; [flags] are the prefix's PY_STR_* bits.
int py_lexer_string(py_lexer_t *lx, py_token_t *t, const char *start, unsigned flags);

#endif

