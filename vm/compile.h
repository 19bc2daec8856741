// vm/compile.h: source text to code objects, and running module-level code.
// Layer: vm compiler (entry points). Parsing is vm/parser, scopes vm/scope, code vm/compiler.
// SPDX-License-Identifier: MIT

#ifndef PY_COMPILE_H
#define PY_COMPILE_H

#include "obj.h"
#include "vm.h"
#include "ast.h"

// Compiles [len] bytes of UTF-8 [src] in [mode] to a code object; [filename]
// (a str) is recorded for tracebacks. Raises SyntaxError or IndentationError
// (attributes msg, filename, lineno, offset, text, end_lineno, end_offset as
// CPython's), or MemoryError. May allocate.
py_val_t py_compile(py_vm_t *vm, const char *src, size_t len, py_val_t filename,
                    py_parse_mode_t mode);

// Runs a module, REPL or eval code object with [globals] as both its globals
// and its locals namespace. Returns the expression's value for eval code,
// None otherwise. Sets __builtins__ in [globals] if absent. May raise
// whatever the code raises; may allocate.
py_val_t py_vm_exec(py_vm_t *vm, py_val_t code, py_val_t globals);

// Raises SyntaxError (or IndentationError when [indentation]) for [msg] at
// [line] and 1-based column [col] of [src], with CPython's attributes and
// args (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
// May allocate.
_Noreturn void py_compile_raise_syntax(py_vm_t *vm, py_val_t filename, const char *src,
                                       size_t len, int line, int col, const char *msg,
                                       bool indentation);

// Prints a disassembly of [code] (and of the code objects among its
// constants) through [write](ctx, text, len). May allocate.
void py_disasm(py_vm_t *vm, py_val_t code,
               void (*write)(void *ctx, const char *text, size_t len), void *ctx);

#endif
