// vm/compiler.h: the code generator's shared state, used by the vm/compiler*.c files.
// Layer: vm compiler. Internal: only vm/compile.c and the compiler files include it.
// SPDX-License-Identifier: MIT
//
// One py_cunit_t per code object being built (module, function, class body,
// comprehension); units nest as the C recursion over nested defs does, and
// live on the C stack so the GC sees the constants and names they collect
// (conservative scan). Byte buffers come from the GC heap too, so a
// SyntaxError raised mid-compile leaks nothing.
//
// Control flow: jumps name labels, resolved when the unit is assembled. Try
// blocks are "regions": a region covers the instructions emitted while it
// is open and names a handler label and the stack depth to keep; closing a
// region appends an exception-table entry. return/break/continue close the
// regions they leave while they emit the unwinding code (finally bodies,
// with exits), then reopen them, so inlined cleanup code is not covered.

#ifndef PY_COMPILER_H
#define PY_COMPILER_H

#include "ast.h"
#include "code.h"
#include "opcodes.h"
#include "scope.h"

// Statically nested blocks per code object: CPython's limit (CO_MAXBLOCKS),
// with the same "too many statically nested blocks" SyntaxError beyond it.
#define PY_COMPILER_MAX_BLOCKS 20
// Regions open at once: each block opens at most two (a try/finally's body and
// its handler's cleanup; an except body's and its `as` name's).
#define PY_COMPILER_MAX_REGIONS (2 * PY_COMPILER_MAX_BLOCKS + 4)

typedef enum {
    PY_FB_WHILE,          // nothing on the stack
    PY_FB_FOR,            // the iterator on the stack
    PY_FB_TRY_EXCEPT,     // the try body of a try/except
    PY_FB_FINALLY_TRY,    // the try body of a try/finally: unwinding runs the finally body
    PY_FB_FINALLY_END,    // the finally body on the exception path: prev, exc on the stack
    PY_FB_HANDLER,        // an except body: prev on the stack
    PY_FB_HANDLER_NAME,   // the body of `except E as name`, inside its HANDLER: clears name
    PY_FB_WITH,           // a with body: the exit method on the stack
    PY_FB_ASYNC_WITH,     // an async with body: the __aexit__ method on the stack
    PY_FB_POP_VALUE       // a finally body run by `return`: the return value on the stack
} py_fblock_kind_t;

typedef struct py_fblock {
    py_fblock_kind_t kind;
    int region;               // its region index, -1 if none
    int start_label;          // loops: where continue goes
    int exit_label;           // loops: where break goes
    const py_stmt_t *node;    // FINALLY_TRY: the try statement (for its finally body)
    const char *name;         // HANDLER_NAME: the `as` name to clear
} py_fblock_t;

typedef struct py_region {
    uint32_t start;           // UINT32_MAX while suspended
    int handler_label;
    int depth;
} py_region_t;

typedef struct py_cunit py_cunit_t;
struct py_cunit {
    py_cunit_t *parent;
    py_scope_t *scope;
    const char *class_name;   // the enclosing class, for private-name mangling
    uint32_t *code;           // GC bytes: instruction words
    size_t ncode, capcode;
    // The position table (see vm/compiler.c), written as instructions are
    // emitted: a run of instructions sharing one position is pending until
    // one with another position comes.
    uint8_t *ptab;            // GC bytes
    size_t nptab, capptab;
    py_pos_t run_pos;         // the pending run's position and length
    uint32_t run_count;
    int run_prev_line;        // the line of the last run written
    int32_t *labels;          // GC bytes: label -> instruction index, -1 unbound
    size_t nlabels, caplabels;
    py_exc_entry_t *exc;      // GC bytes: entries, handler as a label id
    size_t nexc, capexc;
    py_val_t consts, const_map;  // list of constants; dict value -> index
    py_val_t names, name_map;    // list of interned strs; dict str -> index
    py_val_t name, qualname;
    int firstline, line;
    py_pos_t pos;             // the position instructions are emitted with
    py_fblock_t fblocks[PY_COMPILER_MAX_BLOCKS];
    int nfblocks;
    py_region_t regions[PY_COMPILER_MAX_REGIONS];
    int nregions;
};

typedef struct py_compiler {
    py_vm_t *vm;
    py_val_t filename;
    const char *src;
    size_t len;
    py_parse_mode_t mode;
    py_scope_t *top;
    py_cunit_t *u;            // the unit being emitted into
    py_pos_t pos;             // position of the node being compiled (errors, lines)
    bool interactive;         // PY_PARSE_SINGLE: expression statements print
} py_compiler_t;

// ---- compiler.c: units, emission, assembly ----------------------------------------
// All may allocate (and so raise MemoryError); errors raise SyntaxError.

// Starts a unit for [scope] nested in the current one.
void py_compiler_unit_enter(py_compiler_t *c, py_cunit_t *u, py_scope_t *scope,
                            const char *name, int firstline);
// Finishes the current unit: resolves labels, computes the stack depth and
// builds the code object; makes the parent unit current again.
py_code_t *py_compiler_unit_leave(py_compiler_t *c);

uint32_t py_compiler_emit(py_compiler_t *c, py_opcode_t op, uint32_t arg);
// `await` of the value on top ([where] is GET_AWAITABLE's argument).
void py_compiler_await(py_compiler_t *c, uint32_t where);
// The yield from / await loop: receiver value -> result.
void py_compiler_send_loop(py_compiler_t *c);
int py_compiler_new_label(py_compiler_t *c);
void py_compiler_bind(py_compiler_t *c, int label);
void py_compiler_jump(py_compiler_t *c, py_opcode_t op, int label);
uint32_t py_compiler_const(py_compiler_t *c, py_val_t v);
void py_compiler_emit_const(py_compiler_t *c, py_val_t v);
uint32_t py_compiler_name(py_compiler_t *c, const char *name);
py_val_t py_compiler_str(py_compiler_t *c, const char *s);
// The identifier as the running class body sees it (private-name mangling).
const char *py_compiler_mangle(py_compiler_t *c, const char *name, char *buf, size_t size);
void py_compiler_set_pos(py_compiler_t *c, py_pos_t pos);
// For an attribute access spanning lines (`x\n  .name`): moves the start of
// the current position to the name, as CPython 3.11's tracebacks show it.
void py_compiler_attr_pos(py_compiler_t *c, const py_expr_t *attr);
_Noreturn void py_compiler_error(py_compiler_t *c, py_pos_t pos, const char *msg);

// Regions and blocks.
int py_compiler_region_push(py_compiler_t *c, int handler_label, int depth);
void py_compiler_region_pop(py_compiler_t *c);
void py_compiler_region_suspend(py_compiler_t *c, int region);
void py_compiler_region_resume(py_compiler_t *c, int region);
py_fblock_t *py_compiler_fblock_push(py_compiler_t *c, py_fblock_kind_t kind, int region);
void py_compiler_fblock_pop(py_compiler_t *c);
// Operand stack items that the open blocks keep (a handler's depth).
int py_compiler_block_depth(py_compiler_t *c);

// ---- compiler_expr.c ------------------------------------------------------------------
void py_compiler_expr(py_compiler_t *c, const py_expr_t *e);
// Jumps to [label] when [e]'s truth equals [when]; falls through otherwise.
void py_compiler_expr_jump_if(py_compiler_t *c, const py_expr_t *e, bool when, int label);
// A constant as a value (ints, floats, strs, bytes...).
py_val_t py_compiler_expr_constant(py_compiler_t *c, const py_expr_t *e);
void py_compiler_expr_call(py_compiler_t *c, const py_expr_t *e);

// ---- compiler_stmt.c ------------------------------------------------------------------
void py_compiler_stmt(py_compiler_t *c, const py_stmt_t *s);
void py_compiler_stmt_list(py_compiler_t *c, const py_ast_list_t *body);

// ---- compiler_assign.c ----------------------------------------------------------------
// Loads, stores or deletes [name] with the op its resolved scope calls for.
void py_compiler_assign_name(py_compiler_t *c, const char *name, py_ctx_t ctx);
// Stores the top of the stack into a target (Name, Attribute, Subscript, List, Tuple).
void py_compiler_assign_store(py_compiler_t *c, const py_expr_t *target);
void py_compiler_assign_stmt(py_compiler_t *c, const py_stmt_t *s);
void py_compiler_assign_aug(py_compiler_t *c, const py_stmt_t *s);
void py_compiler_assign_delete(py_compiler_t *c, const py_expr_t *target);

// ---- compiler_comp.c ------------------------------------------------------------------
void py_compiler_comp(py_compiler_t *c, const py_expr_t *e);

// ---- compiler_match.c -----------------------------------------------------------------
void py_compiler_match(py_compiler_t *c, const py_stmt_t *s);

// ---- compiler_func.c ------------------------------------------------------------------
void py_compiler_func_def(py_compiler_t *c, const py_stmt_t *s);
// The docstring of a module, class or function [body] (its first statement
// when that is a str literal) and its length in *len, or NULL. Does not allocate.
const char *py_compiler_docstring(const py_ast_list_t *body, size_t *len);
void py_compiler_func_lambda(py_compiler_t *c, const py_expr_t *e);
void py_compiler_func_class(py_compiler_t *c, const py_stmt_t *s);
// Emits MAKE_FUNCTION for [code] (closure from the current unit), with
// [flags] saying which of defaults/kwdefaults are already on the stack.
void py_compiler_func_make(py_compiler_t *c, py_code_t *code, py_scope_t *scope, uint32_t flags);
// The qualified name of a new scope called [name] inside the current unit.
py_val_t py_compiler_func_qualname(py_compiler_t *c, const char *name);

// ---- compiler_annot.c -----------------------------------------------------------------
// With a new function on the stack: sets its __annotations__ from [a] and [returns].
void py_compiler_func_annotations(py_compiler_t *c, const py_arguments_t *a, const py_expr_t *returns);
// At the start of a module or class body: __annotations__ = {} if [body] annotates names.
void py_compiler_setup_annotations(py_compiler_t *c, const py_ast_list_t *body);
// `target: annotation [= value]`.
void py_compiler_annassign(py_compiler_t *c, const py_stmt_t *s);

// ---- compile.c: the whole-module entry ------------------------------------------------
py_code_t *py_compiler_module(py_compiler_t *c, const py_ast_mod_t *mod);

#endif
