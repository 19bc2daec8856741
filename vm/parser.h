// vm/parser.h: parser state and helpers shared by vm/parser*.c (not a public API).
// Layer: vm front end. The public entry point is py_parse in ast.h.
// SPDX-License-Identifier: MIT
//
// The parser is recursive descent over CPython 3.11's grammar with one token
// of lookahead (plus one peek). A few places where the grammar needs more
// (the `match` soft keyword, parenthesised with-items) save the lexer state
// and retry. Every function returns NULL (or -1) once an error is recorded;
// the first error wins and later ones are ignored.

#ifndef PY_PARSER_H
#define PY_PARSER_H

#include "ast.h"
#include "lexer.h"

// Nesting of expressions inside expressions (unary operators, lambdas,
// conditional expressions, brackets). Each level costs a few hundred bytes of
// C stack, so 1000 stays far below any host's stack while no real program
// comes near it; brackets alone stop at PY_LEXER_MAX_PARENS first.
#define PY_PARSE_MAX_DEPTH 1000

// Format specs may contain replacement fields whose specs may not: CPython's
// limit of two levels.
#define PY_PARSE_MAX_FSTRING_NESTING 2

typedef struct py_parser {
    py_lexer_t lx;
    py_arena_t *arena;
    py_syntax_error_t *err;
    py_token_t tok;          // the current token
    py_token_t ahead;        // the token after it, when has_ahead
    int has_ahead;
    int prev_line, prev_col; // end of the last consumed token: where nodes end
    int far_line, far_col;   // the furthest token reached, for "invalid syntax"
    int depth;               // expression nesting, against PY_PARSE_MAX_DEPTH
    int failed;              // an error is recorded in err
    int lexer_failed;        // ... and it came from the lexer
    int fstring_nesting;     // replacement fields being parsed inside format specs
    int in_fstring;          // parsing an f-string expression: errors get "f-string: "
    py_parse_mode_t mode;
} py_parser_t;

// A saved position to return to when a guess fails (see py_parse_save).
typedef struct py_parse_mark {
    py_lexer_t lx;
    py_token_t tok, ahead;
    int has_ahead, prev_line, prev_col, depth;
} py_parse_mark_t;

// A growable array of node pointers in the arena; becomes a py_ast_list_t.
typedef struct py_vec {
    void **items;
    size_t n, cap;
} py_vec_t;

// ---- tokens (parser.c) ------------------------------------------------------------

static inline int at(const py_parser_t *p, py_token_kind_t k) {
    return p->tok.kind == k;
}

// Moves to the next token; returns 0, or -1 when the lexer failed.
int py_parse_advance(py_parser_t *p);
// Consumes the current token if it is [k]; returns 1 if it did.
int py_parse_accept(py_parser_t *p, py_token_kind_t k);
// Consumes [k] or records "invalid syntax" at the current token; 0 or -1.
int py_parse_expect(py_parser_t *p, py_token_kind_t k);
// Consumes [k] or records "expected 'k'" (CPython's forced tokens); 0 or -1.
int py_parse_expect_forced(py_parser_t *p, py_token_kind_t k);
// The token after the current one (lexed on demand).
const py_token_t *py_parse_peek(py_parser_t *p);
// Whether the current token is the NAME [word] (soft keywords).
int py_parse_at_word(const py_parser_t *p, const char *word);
// Whether the current token can begin an expression.
int py_parse_at_expr_start(const py_parser_t *p);
// Whether a token of [kind] can begin an expression.
int py_parse_starts_expr(py_token_kind_t kind);

// ---- errors (parser.c) --------------------------------------------------------------

// Records a syntax error at 1-based [line] and 0-based [col] unless one is
// already recorded; returns NULL so callers can `return py_parse_error_at(...)`.
void *py_parse_error_at(py_parser_t *p, int line, int col, const char *fmt, ...);
// The same at the current token.
void *py_parse_error(py_parser_t *p, const char *fmt, ...);
// "invalid syntax" at the current token (or the lexer's own error).
void *py_parse_invalid(py_parser_t *p);
// 0 for a node, -1 for NULL: lets int rules `return py_parse_status(py_parse_error(...))`.
static inline int py_parse_status(const void *node) {
    return node ? 0 : -1;
}
// Marks the recorded error as an IndentationError.
void py_parse_indentation(py_parser_t *p);
// Records that the arena ran out; returns NULL.
void *py_parse_oom(py_parser_t *p);
// Enters one level of expression nesting; NULL and an error past the limit.
int py_parse_enter(py_parser_t *p);
static inline void py_parse_leave(py_parser_t *p) {
    p->depth--;
}

// ---- backtracking (parser.c) --------------------------------------------------------

// Saves the position in [m]; py_parse_restore returns to it and forgets any
// syntax error recorded since (but not running out of memory).
void py_parse_save(py_parser_t *p, py_parse_mark_t *m);
int py_parse_restore(py_parser_t *p, const py_parse_mark_t *m);
// Returns to [m] but keeps the error state (after a nested f-string parse).
void py_parse_resume(py_parser_t *p, const py_parse_mark_t *m);

// ---- nodes (parser.c) ----------------------------------------------------------------

// Allocates zeroed memory in the arena, recording OOM on failure.
void *py_parse_alloc(py_parser_t *p, size_t n);
// A new expression of [kind] from ([line], [col]) to the end of the last token.
py_expr_t *py_parse_new_expr(py_parser_t *p, py_expr_kind_t kind, int line, int col);
// A new statement, positioned the same way.
py_stmt_t *py_parse_new_stmt(py_parser_t *p, py_stmt_kind_t kind, int line, int col);
// Sets [pos] from ([line], [col]) to the end of the last token.
void py_parse_set_pos(const py_parser_t *p, py_pos_t *pos, int line, int col);
// Copies the current token's text into the arena.
const char *py_parse_token_str(py_parser_t *p);
// Appends [item] to [v]; 0, or -1 when the arena is full.
int py_parse_push(py_parser_t *p, py_vec_t *v, void *item);
// The finished list of [v].
py_ast_list_t py_parse_list(const py_vec_t *v);
// A list of one item; n == 0 on OOM (with the error recorded).
py_ast_list_t py_parse_list1(py_parser_t *p, void *item);
// A Name expression for the identifier [id] in context [ctx] at [pos].
py_expr_t *py_parse_name_at(py_parser_t *p, const char *id, py_ctx_t ctx, py_pos_t pos);

// ---- expressions (parser_expr.c) ------------------------------------------------------

py_expr_t *py_parse_expression(py_parser_t *p);
py_expr_t *py_parse_named_expression(py_parser_t *p);
py_expr_t *py_parse_star_named_expression(py_parser_t *p);
py_expr_t *py_parse_star_expressions(py_parser_t *p);
py_expr_t *py_parse_disjunction(py_parser_t *p);
py_expr_t *py_parse_bitwise_or(py_parser_t *p);
py_expr_t *py_parse_primary(py_parser_t *p);
py_expr_t *py_parse_yield_expr(py_parser_t *p);
py_expr_t *py_parse_star_targets(py_parser_t *p);
// Parses `for ... in ... if ...` clauses into [out] (py_comprehension_t*).
int py_parse_comprehension(py_parser_t *p, py_ast_list_t *out);
// Parses a number token into a Constant.
py_expr_t *py_parse_number(py_parser_t *p);
// Builds a Tuple of [elts] (ctx Load) spanning ([line], [col]) to here.
py_expr_t *py_parse_tuple(py_parser_t *p, py_vec_t *elts, int line, int col);
// Records "can't use starred expression here" if [e] is a bare Starred.
int py_parse_check_no_star(py_parser_t *p, const py_expr_t *e);

// ---- targets (parser_target.c) -----------------------------------------------------------

// Makes [e] a target of [ctx] (STORE or DEL), recursing into tuples, lists
// and starred items; -1 with CPython's message when [e] cannot be one.
int py_parse_set_target(py_parser_t *p, py_expr_t *e, py_ctx_t ctx);
// What CPython calls [e] in "cannot assign to X" messages.
const char *py_parse_expr_name(const py_expr_t *e);

// ---- arguments and parameters (parser_args.c) ---------------------------------------------

// The inside of a call's parentheses (the '(' is consumed, ')' is not).
int py_parse_call_args(py_parser_t *p, py_ast_list_t *args, py_ast_list_t *keywords);
// A def's parameters up to ')' or a lambda's up to ':' (not consumed).
py_arguments_t *py_parse_params(py_parser_t *p, int is_lambda);

// ---- strings (parser_string.c) ----------------------------------------------------------

// One or more adjacent STRING tokens: a Constant or a JoinedStr.
py_expr_t *py_parse_strings(py_parser_t *p);

// ---- statements (parser_stmt.c, parser_compound.c) ----------------------------------------

// Parses statements until [end] (EOF or DEDENT) into [out].
int py_parse_statements(py_parser_t *p, py_vec_t *out, py_token_kind_t end);
// One statement (compound, or a line of simple ones) appended to [out].
int py_parse_statement(py_parser_t *p, py_vec_t *out);
// A line of `;`-separated simple statements ending in NEWLINE.
int py_parse_simple_stmts(py_parser_t *p, py_vec_t *out);
// Whether the current token starts a compound statement.
int py_parse_at_compound(py_parser_t *p);
// A compound statement (if, def, class, ...) appended to [out].
int py_parse_compound(py_parser_t *p, py_vec_t *out);
// `':' block`: [what] names the statement for "expected an indented block
// after [what] on line [line]".
int py_parse_block(py_parser_t *p, py_ast_list_t *body, const char *what, int line);

// ---- match statement (parser_pattern.c) ---------------------------------------------------

// Tries `match subject:` at the current NAME `match`: returns 1 and appends
// the statement to [out], 0 (position unchanged) when it is not a match
// statement, -1 on error.
int py_parse_match(py_parser_t *p, py_vec_t *out);

#endif
