// vm/scope.h: symbol tables: which names are local, global, cell or free in each scope.
// Layer: vm compiler, between the parser and the code generator (DESIGN §2).
// SPDX-License-Identifier: MIT
//
// py_scope_build walks a module's AST once to record, per scope (module,
// function, lambda, class, comprehension), how each name is used, then
// resolves every name as CPython 3.11's symtable does: class scopes are not
// visible to the functions inside them; a method that uses super or
// __class__ gets the class's implicit __class__ cell; comprehensions are
// functions of their own whose first iterable is evaluated outside. Every
// table lives in the parse arena and is freed with the tree.

#ifndef PY_SCOPE_H
#define PY_SCOPE_H

#include <stdbool.h>
#include "ast.h"

typedef enum {
    PY_SCOPE_MODULE, PY_SCOPE_FUNCTION, PY_SCOPE_CLASS, PY_SCOPE_COMPREHENSION
} py_scope_kind_t;

// How a name is reached, once resolved.
typedef enum {
    PY_SYM_LOCAL,            // a fast local (function) or a namespace entry (module, class)
    PY_SYM_GLOBAL_EXPLICIT,  // declared `global`
    PY_SYM_GLOBAL_IMPLICIT,  // not bound anywhere visible: globals, then builtins
    PY_SYM_FREE,             // a cell from an enclosing function
    PY_SYM_CELL              // a local that inner functions share through a cell
} py_sym_scope_t;

// What pass one saw (bit flags).
#define PY_DEF_LOCAL 1u        // assigned, imported, deleted, a def/class name...
#define PY_DEF_PARAM 2u        // a parameter
#define PY_DEF_GLOBAL 4u       // `global name`
#define PY_DEF_NONLOCAL 8u     // `nonlocal name`
#define PY_DEF_USE 16u         // read
#define PY_DEF_FREE_CLASS 32u  // class scope: bound here and also passed to inner functions
#define PY_DEF_IMPLICIT 64u    // added by the analysis (pass-through free, __class__)

typedef struct py_symbol {
    const char *name;
    unsigned flags;          // PY_DEF_*
    py_sym_scope_t scope;
    int line, col;           // where a global/nonlocal declaration was (errors)
} py_symbol_t;

typedef struct py_scope py_scope_t;
struct py_scope {
    py_scope_kind_t kind;
    const char *name;            // function/class name, "<lambda>", "<listcomp>", "top"
    const void *node;            // the AST node that opened it (NULL for the module)
    py_scope_t *parent;
    py_symbol_t *syms;
    size_t nsyms, capsyms;
    py_scope_t **children;
    size_t nchildren, capchildren;
    bool is_generator;           // the body yields
    bool is_async;               // async def
    bool needs_class_cell;       // class: a method uses super() or __class__
    // Filled after resolution, for the code generator:
    const char **varnames;       // local slots: parameters first, in CPython's order
    size_t nvarnames;
    const char **cellvars;       // in order of first appearance
    size_t ncellvars;
    const char **freevars;       // in order of first appearance
    size_t nfreevars;
    int argcount, posonlyargcount, kwonlyargcount;
    bool has_varargs, has_varkw;
};

// Why analysis failed: a SyntaxError message with its position, or no memory.
typedef struct py_scope_error {
    char msg[160];
    int line, col;               // 1-based line, 0-based column
    bool out_of_memory;
    // added by fuzzing: expressions nested too deeply to walk: RecursionError, not SyntaxError
    bool too_deep;
} py_scope_error_t;

// Builds and resolves the scopes of [mod]. Returns the module scope, or NULL
// with [err] filled. Allocates only in [arena]; never touches the VM.
py_scope_t *py_scope_build(py_arena_t *arena, const py_ast_mod_t *mod, py_scope_error_t *err);

// The scope that [node] (a def, lambda, class or comprehension) opened inside [s], or NULL.
py_scope_t *py_scope_child(const py_scope_t *s, const void *node);

// The symbol for [name] in [s], or NULL when the scope never mentions it.
py_symbol_t *py_scope_lookup(const py_scope_t *s, const char *name);

// The index of [name] in [names] of [n] entries, or -1.
int py_scope_index(const char *const *names, size_t n, const char *name);

// added by fuzzing: O(1) local-slot lookup, so a function with tens of
// thousands of locals does not compile in quadratic time.
// The index of [name] in [s]->varnames, or -1: the same as
// py_scope_index(s->varnames, s->nvarnames, name). Never allocates.
int py_scope_varname_index(const py_scope_t *s, const char *name);

#endif
