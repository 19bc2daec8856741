// vm/ast.h: the abstract syntax tree the parser builds and the compiler reads.
// Layer: vm front end. Nodes live in a py_arena_t and are freed with it after compiling.
// SPDX-License-Identifier: MIT
//
// The node kinds and their fields follow CPython 3.11's `ast` module one for
// one (Python.asdl), so the grammar reference and this tree read the same way.
// Differences, all deliberate:
//   - literals keep their source form where the VM must build the value:
//     ints as text (the compiler makes a small int or a bigint), strings and
//     bytes as decoded byte buffers; floats and imaginary parts as doubles;
//   - identifiers are NUL-terminated UTF-8 strings owned by the arena;
//   - sequences are py_ast_list_t (count + array of pointers).
// Nothing here depends on the VM: the front end can be tested on its own.

#ifndef PY_AST_H
#define PY_AST_H

#include <stddef.h>
#include <stdint.h>

// ---- arena -------------------------------------------------------------

// A bump allocator for one parse. Chunks come from malloc (outside the GC
// heap) because the tree never holds Python objects and is freed as a whole.
typedef struct py_arena_chunk py_arena_chunk_t;
typedef struct py_arena {
    py_arena_chunk_t *chunk;  // current chunk; earlier ones are linked behind it
    size_t used;              // bytes used in the current chunk
    size_t total;             // bytes allocated over all chunks (for limits)
    size_t limit;             // 0, or the most bytes `total` may reach (tests, fixed heaps)
} py_arena_t;

// Initialises an empty arena. Never fails.
void py_arena_init(py_arena_t *a);
// Returns [n] zeroed bytes aligned for any node, or NULL when malloc fails.
void *py_arena_alloc(py_arena_t *a, size_t n);
// Copies [n] bytes of [s] and a terminating NUL into the arena; NULL on failure.
char *py_arena_strndup(py_arena_t *a, const char *s, size_t n);
// Frees every chunk. The arena may be reused after py_arena_init.
void py_arena_free(py_arena_t *a);

// ---- sequences -----------------------------------------------------------

typedef struct py_ast_list {
    size_t n;
    void **items;  // py_expr_t*, py_stmt_t*, ... according to the field
} py_ast_list_t;

// ---- positions -----------------------------------------------------------

// Lines are 1-based; columns are 0-based byte offsets in the line, as in
// CPython's ast (SyntaxError reports col + 1).
typedef struct py_pos {
    int line, col, end_line, end_col;
} py_pos_t;

// ---- operators -----------------------------------------------------------

typedef enum {
    PY_BOOL_AND, PY_BOOL_OR
} py_boolop_t;

// Binary operators, in the order of CPython's ast.operator.
#define PY_AST_BINOPS(X) \
    X(ADD, "+") X(SUB, "-") X(MULT, "*") X(MATMULT, "@") X(DIV, "/") X(MOD, "%") \
    X(POW, "**") X(LSHIFT, "<<") X(RSHIFT, ">>") X(BITOR, "|") X(BITXOR, "^") \
    X(BITAND, "&") X(FLOORDIV, "//")
typedef enum {
#define X(name, sym) PY_BINOP_##name,
    PY_AST_BINOPS(X)
#undef X
    PY_BINOP__COUNT
} py_binop_t;

typedef enum {
    PY_UNARY_INVERT, PY_UNARY_NOT, PY_UNARY_UADD, PY_UNARY_USUB
} py_unaryop_t;

typedef enum {
    PY_CMP_EQ, PY_CMP_NOTEQ, PY_CMP_LT, PY_CMP_LTE, PY_CMP_GT, PY_CMP_GTE,
    PY_CMP_IS, PY_CMP_ISNOT, PY_CMP_IN, PY_CMP_NOTIN
} py_cmpop_t;

// Load/Store/Del context of a Name, Attribute, Subscript, Starred, List or Tuple.
typedef enum { PY_CTX_LOAD, PY_CTX_STORE, PY_CTX_DEL } py_ctx_t;

// ---- expressions -----------------------------------------------------------

typedef enum {
    PY_EXPR_BOOLOP, PY_EXPR_NAMEDEXPR, PY_EXPR_BINOP, PY_EXPR_UNARYOP,
    PY_EXPR_LAMBDA, PY_EXPR_IFEXP, PY_EXPR_DICT, PY_EXPR_SET,
    PY_EXPR_LISTCOMP, PY_EXPR_SETCOMP, PY_EXPR_DICTCOMP, PY_EXPR_GENERATOREXP,
    PY_EXPR_AWAIT, PY_EXPR_YIELD, PY_EXPR_YIELDFROM, PY_EXPR_COMPARE,
    PY_EXPR_CALL, PY_EXPR_FORMATTEDVALUE, PY_EXPR_JOINEDSTR, PY_EXPR_CONSTANT,
    PY_EXPR_ATTRIBUTE, PY_EXPR_SUBSCRIPT, PY_EXPR_STARRED, PY_EXPR_NAME,
    PY_EXPR_LIST, PY_EXPR_TUPLE, PY_EXPR_SLICE
} py_expr_kind_t;

// The kinds of Constant: CPython keeps a Python object; we keep its source form.
typedef enum {
    PY_CONST_NONE, PY_CONST_TRUE, PY_CONST_FALSE, PY_CONST_ELLIPSIS,
    PY_CONST_INT,      // text: the literal as written, e.g. "0x_ff", "1_000"
    PY_CONST_FLOAT,    // number
    PY_CONST_IMAG,     // number is the imaginary part
    PY_CONST_STR,      // bytes/len: decoded UTF-8 (escapes applied)
    PY_CONST_BYTES     // bytes/len: the byte values
} py_const_kind_t;

typedef struct py_constant {
    py_const_kind_t kind;
    const char *text;     // PY_CONST_INT
    double number;        // PY_CONST_FLOAT, PY_CONST_IMAG
    const char *bytes;    // PY_CONST_STR, PY_CONST_BYTES (NUL-terminated too)
    size_t len;
} py_constant_t;

typedef struct py_expr py_expr_t;
typedef struct py_arguments py_arguments_t;

// for/if clauses of a comprehension: `[async] for target in iter if ifs...`
typedef struct py_comprehension {
    py_expr_t *target, *iter;
    py_ast_list_t ifs;  // py_expr_t*
    int is_async;
} py_comprehension_t;

// A keyword argument in a call; arg is NULL for `**value`.
typedef struct py_keyword {
    const char *arg;
    py_expr_t *value;
    py_pos_t pos;
} py_keyword_t;

struct py_expr {
    py_expr_kind_t kind;
    py_pos_t pos;
    union {
        struct { py_boolop_t op; py_ast_list_t values; } boolop;
        struct { py_expr_t *target, *value; } namedexpr;
        struct { py_expr_t *left; py_binop_t op; py_expr_t *right; } binop;
        struct { py_unaryop_t op; py_expr_t *operand; } unaryop;
        struct { py_arguments_t *args; py_expr_t *body; } lambda;
        struct { py_expr_t *test, *body, *orelse; } ifexp;
        // keys[i] is NULL for a `**values[i]` entry
        struct { py_ast_list_t keys, values; } dict;
        struct { py_ast_list_t elts; } set;
        // listcomp, setcomp, generatorexp use elt; dictcomp uses key and value
        struct { py_expr_t *elt, *key, *value; py_ast_list_t generators; } comp;
        struct { py_expr_t *value; } await;
        struct { py_expr_t *value; } yield;      // value may be NULL
        struct { py_expr_t *value; } yieldfrom;
        struct { py_expr_t *left; py_ast_list_t ops; py_ast_list_t comparators; } compare;
        // ops items are py_cmpop_t stored as (void *)(intptr_t)op
        struct { py_expr_t *func; py_ast_list_t args; py_ast_list_t keywords; } call;
        // conversion: -1 none, 's', 'r', 'a'; format_spec is a JoinedStr or NULL
        struct { py_expr_t *value; int conversion; py_expr_t *format_spec; } formatted;
        struct { py_ast_list_t values; } joinedstr;   // Constant(str) and FormattedValue
        py_constant_t constant;
        struct { py_expr_t *value; const char *attr; py_ctx_t ctx; } attribute;
        struct { py_expr_t *value, *slice; py_ctx_t ctx; } subscript;
        struct { py_expr_t *value; py_ctx_t ctx; } starred;
        struct { const char *id; py_ctx_t ctx; } name;
        struct { py_ast_list_t elts; py_ctx_t ctx; } list;   // also used for tuple
        struct { py_expr_t *lower, *upper, *step; } slice;   // each may be NULL
    } u;
};

// ---- function arguments ------------------------------------------------------

typedef struct py_arg {
    const char *arg;
    py_expr_t *annotation;  // parsed, then ignored by the compiler
    py_pos_t pos;
} py_arg_t;

// def f(posonly, /, args, *vararg, kwonly, **kwarg)
struct py_arguments {
    py_ast_list_t posonlyargs;  // py_arg_t*
    py_ast_list_t args;         // py_arg_t*
    py_arg_t *vararg;           // NULL if absent
    py_ast_list_t kwonlyargs;   // py_arg_t*
    py_ast_list_t kw_defaults;  // py_expr_t*, NULL where a kw-only arg has no default
    py_arg_t *kwarg;            // NULL if absent
    py_ast_list_t defaults;     // py_expr_t*, for the last len(defaults) positional args
};

// ---- patterns (match statement) ------------------------------------------------

typedef enum {
    PY_PAT_VALUE, PY_PAT_SINGLETON, PY_PAT_SEQUENCE, PY_PAT_MAPPING,
    PY_PAT_CLASS, PY_PAT_STAR, PY_PAT_AS, PY_PAT_OR
} py_pattern_kind_t;

typedef struct py_pattern py_pattern_t;
struct py_pattern {
    py_pattern_kind_t kind;
    py_pos_t pos;
    union {
        struct { py_expr_t *value; } value;
        struct { py_const_kind_t value; } singleton;  // NONE, TRUE or FALSE
        struct { py_ast_list_t patterns; } sequence;
        struct { py_ast_list_t keys, patterns; const char *rest; } mapping;
        struct { py_expr_t *cls; py_ast_list_t patterns;
                 py_ast_list_t kwd_attrs;      // const char*
                 py_ast_list_t kwd_patterns; } cls;
        struct { const char *name; } star;    // NULL for `*_`
        struct { py_pattern_t *pattern; const char *name; } as;  // both may be NULL
        struct { py_ast_list_t patterns; } or;
    } u;
};

typedef struct py_match_case {
    py_pattern_t *pattern;
    py_expr_t *guard;     // NULL if absent
    py_ast_list_t body;   // py_stmt_t*
} py_match_case_t;

// ---- statements ------------------------------------------------------------------

typedef enum {
    PY_STMT_FUNCTIONDEF, PY_STMT_ASYNCFUNCTIONDEF, PY_STMT_CLASSDEF, PY_STMT_RETURN,
    PY_STMT_DELETE, PY_STMT_ASSIGN, PY_STMT_AUGASSIGN, PY_STMT_ANNASSIGN,
    PY_STMT_FOR, PY_STMT_ASYNCFOR, PY_STMT_WHILE, PY_STMT_IF, PY_STMT_WITH,
    PY_STMT_ASYNCWITH, PY_STMT_MATCH, PY_STMT_RAISE, PY_STMT_TRY, PY_STMT_TRYSTAR,
    PY_STMT_ASSERT, PY_STMT_IMPORT, PY_STMT_IMPORTFROM, PY_STMT_GLOBAL,
    PY_STMT_NONLOCAL, PY_STMT_EXPR, PY_STMT_PASS, PY_STMT_BREAK, PY_STMT_CONTINUE
} py_stmt_kind_t;

typedef struct py_stmt py_stmt_t;

// `except type as name: body`; type and name may be NULL
typedef struct py_excepthandler {
    py_expr_t *type;
    const char *name;
    py_ast_list_t body;  // py_stmt_t*
    py_pos_t pos;
} py_excepthandler_t;

// `with context_expr as optional_vars`; optional_vars may be NULL
typedef struct py_withitem {
    py_expr_t *context_expr, *optional_vars;
} py_withitem_t;

// `import name as asname`; name may be dotted ("a.b.c"), asname may be NULL
typedef struct py_alias {
    const char *name, *asname;
    py_pos_t pos;
} py_alias_t;

struct py_stmt {
    py_stmt_kind_t kind;
    py_pos_t pos;
    union {
        // FunctionDef and AsyncFunctionDef; returns is the annotation or NULL
        struct { const char *name; py_arguments_t *args; py_ast_list_t body;
                 py_ast_list_t decorator_list; py_expr_t *returns; } funcdef;
        struct { const char *name; py_ast_list_t bases; py_ast_list_t keywords;
                 py_ast_list_t body; py_ast_list_t decorator_list; } classdef;
        struct { py_expr_t *value; } ret;          // value may be NULL
        struct { py_ast_list_t targets; } del;
        struct { py_ast_list_t targets; py_expr_t *value; } assign;  // a = b = value
        struct { py_expr_t *target; py_binop_t op; py_expr_t *value; } augassign;
        // value may be NULL; simple is 1 for a plain un-parenthesised Name target
        struct { py_expr_t *target, *annotation, *value; int simple; } annassign;
        // For and AsyncFor
        struct { py_expr_t *target, *iter; py_ast_list_t body, orelse; } for_;
        struct { py_expr_t *test; py_ast_list_t body, orelse; } while_;
        struct { py_expr_t *test; py_ast_list_t body, orelse; } if_;
        // With and AsyncWith
        struct { py_ast_list_t items; py_ast_list_t body; } with;   // py_withitem_t*
        struct { py_expr_t *subject; py_ast_list_t cases; } match;  // py_match_case_t*
        struct { py_expr_t *exc, *cause; } raise;  // both may be NULL
        // Try and TryStar
        struct { py_ast_list_t body, handlers, orelse, finalbody; } try_;
        struct { py_expr_t *test, *msg; } assert_;  // msg may be NULL
        struct { py_ast_list_t names; } import;     // py_alias_t*
        // level: number of leading dots; module may be NULL (`from . import x`);
        // names is a single alias "*" for `from m import *`
        struct { const char *module; py_ast_list_t names; int level; } importfrom;
        struct { py_ast_list_t names; } global;     // const char*; also Nonlocal
        struct { py_expr_t *value; } expr;
    } u;
};

// ---- modules -----------------------------------------------------------------

// What a piece of source is compiled as.
typedef enum {
    PY_PARSE_FILE,    // a module: statements until end of input
    PY_PARSE_SINGLE,  // one interactive statement (REPL): expression results are echoed
    PY_PARSE_EVAL     // one expression (eval())
} py_parse_mode_t;

typedef struct py_ast_mod {
    py_parse_mode_t mode;
    py_ast_list_t body;   // py_stmt_t*, for FILE and SINGLE
    py_expr_t *expr;      // for EVAL
} py_ast_mod_t;

// ---- parsing ---------------------------------------------------------------------

// What went wrong when parsing fails. msg follows CPython's wording where it
// has one ("invalid syntax", "'(' was never closed", "unexpected indent").
typedef struct py_syntax_error {
    char msg[160];
    int line, col;          // 1-based line, 1-based column (as SyntaxError.offset)
    int is_indentation;     // 1 for IndentationError (and TabError)
    int incomplete;         // 1 when more input could complete it (REPL continuation)
    int out_of_memory;      // 1 when the arena could not grow: not a syntax error
} py_syntax_error_t;

// Parses [len] bytes of UTF-8 [src] in [mode] into a tree allocated in [arena].
// Returns NULL and fills [err] on a syntax error or when memory runs out.
// Never touches the VM: it neither raises nor allocates on the GC heap.
py_ast_mod_t *py_parse(py_arena_t *arena, const char *src, size_t len,
                       py_parse_mode_t mode, py_syntax_error_t *err);

#endif
