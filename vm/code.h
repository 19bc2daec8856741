// vm/code.h: code objects: the compiled form of a module, function or class body.
// Layer: vm compiler/VM contract. Built by vm/compiler.c, run by vm/vm_loop.c.
// SPDX-License-Identifier: MIT
//
// A code object is immutable once built. Its bytecode is an array of 32-bit
// instruction words (vm/opcodes.h). Local variable slots come first in a
// frame (parameters first, in order: positional, keyword-only, *args,
// **kwargs), then one slot per cell variable and per free variable, then the
// operand stack of `stacksize` slots.
//
// The exception table replaces run-time SETUP_* instructions (CPython 3.11):
// an exception raised by an instruction at index i in [start, end) of an
// entry unwinds the operand stack to `depth` items, pushes the exception and
// continues at `handler`. Entries are ordered innermost first, so the first
// entry covering i wins. The position table maps instruction indexes to
// source positions (lines and columns), for line numbers and tracebacks.
//
// Position table format: a sequence of entries, each for 1 to 8 consecutive
// instructions sharing one position. An entry starts with a byte holding
// count - 1 (bits 0-2) and the line delta from the previous entry (bits 3-7;
// PY_CODE_POS_LINE_ESCAPE means a zigzag varint delta follows; the first
// entry's delta is from firstline). Then varint col + 1 (0: columns unknown,
// and then a zigzag varint end-line delta follows). Otherwise a varint e:
// when e is even the position ends on its line at col + e / 2; when odd,
// zigzag(e >> 1) is the end-line delta and a varint end col + 1 follows.
// Typical entries are three bytes.

#ifndef PY_CODE_H
#define PY_CODE_H

#include "obj.h"
#include "vm.h"

// The line-delta field value that means "a varint delta follows".
#define PY_CODE_POS_LINE_ESCAPE 31

// Code flags.
#define PY_CODE_VARARGS 1u      // has *args
#define PY_CODE_VARKEYWORDS 2u  // has **kwargs
#define PY_CODE_NESTED 4u       // defined inside a function (has free variables or may)
#define PY_CODE_GENERATOR 8u    // the body yields: calling it makes a generator
#define PY_CODE_CLASS 16u       // a class body: names go through the namespace dict
#define PY_CODE_MODULE 32u      // a module (or eval/REPL) body
#define PY_CODE_SIMPLE 64u      // no cells, no *args/**kwargs, no kw-only: fast call path
#define PY_CODE_DOC 128u        // consts[0] is the docstring
#define PY_CODE_COROUTINE 256u  // async def: calling it makes a coroutine
#define PY_CODE_ASYNC_GENERATOR 512u  // async def that yields: an async generator

typedef struct py_exc_entry {
    uint32_t start, end;    // instruction range [start, end)
    uint32_t handler;       // instruction index of the handler
    uint32_t depth;         // operand stack items kept below the pushed exception
} py_exc_entry_t;

typedef struct py_cache_entry py_cache_entry_t;   // vm/vm_cache.h

typedef struct py_code {
    py_obj_t base;
    py_val_t name;          // interned str
    py_val_t qualname;      // str
    py_val_t filename;      // str
    py_val_t consts;        // tuple
    py_val_t names;         // tuple of interned strs (globals, attributes, imports)
    py_val_t varnames;      // tuple of interned strs: the local slots' names
    py_val_t cellvars;      // tuple of interned strs: cells this code creates
    py_val_t freevars;      // tuple of interned strs: cells it gets from its function's closure
    // (Fields ordered so that the struct has no padding: 144 bytes, nine GC blocks.)
    uint32_t *code;         // py_gc_new_bytes block of ncode instruction words
    uint8_t *linetable;     // py_gc_new_bytes block: the position table (vm/compiler.c)
    py_exc_entry_t *exctable;  // py_gc_new_bytes block of nexc entries, or NULL
    // Inline caches (vm/vm_cache.h): NULL until the code is hot; then a
    // py_gc_new_bytes block of ncache entries, and the code is quickened.
    py_cache_entry_t *cache;
    uint32_t ncode;
    uint32_t nlinetable;
    uint32_t nexc;
    uint32_t flags;         // PY_CODE_*
    uint16_t argcount;      // positional parameters, positional-only included
    uint16_t posonlyargcount;
    uint16_t kwonlyargcount;
    uint16_t nlocals;       // local slots (len(varnames))
    uint16_t ncells;        // len(cellvars)
    uint16_t nfree;         // len(freevars)
    uint32_t stacksize;     // most operand stack slots the code uses
    int firstline;
    uint16_t warmth;        // cacheable instructions left to run before quickening
    uint16_t ncache;
} py_code_t;

static inline py_code_t *py_code_ptr(py_val_t v) { return (py_code_t *)v; }

// Slots a frame running [code] needs on the VM stack.
static inline size_t py_code_frame_size(const py_code_t *code) {
    return (size_t)code->nlocals + code->ncells + code->nfree + code->stacksize;
}

// Where an instruction came from: lines are 1-based, columns 0-based byte
// offsets in their line (-1 when unknown), as CPython's co_positions().
typedef struct py_code_pos {
    int line, end_line, col, end_col;
} py_code_pos_t;

// The source line of instruction [index] of [code] (firstline if unknown). Never raises.
int py_code_line(const py_code_t *code, uint32_t index);
// The source position of instruction [index] of [code]. Never raises.
py_code_pos_t py_code_position(const py_code_t *code, uint32_t index);

// The first exception-table entry covering instruction [index], or NULL. Never raises.
const py_exc_entry_t *py_code_find_handler(const py_code_t *code, uint32_t index);

// A new empty code object for the compiler to fill. May allocate.
py_code_t *py_code_new(py_vm_t *vm);

extern const py_type_spec_t py_code_spec;

#endif
