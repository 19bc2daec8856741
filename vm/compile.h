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

// Runs [code] (module, eval or exec code) with [globals] (a dict) as its
// globals and [locals] (a dict or any mapping) as the namespace its
// top-level names live in, as exec(code, globals, locals) does. Sets
// __builtins__ in [globals] if absent. May raise whatever the code raises;
// may allocate.
py_val_t py_vm_exec_in(py_vm_t *vm, py_val_t code, py_val_t globals, py_val_t locals);

// Raises SyntaxError (or IndentationError when [indentation]) for [msg] at
// [line] and 1-based column [col] of [src], with CPython's attributes and
// args (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
// May allocate.
_Noreturn void py_compile_raise_syntax(py_vm_t *vm, py_val_t filename, const char *src,
                                       size_t len, int line, int col, const char *msg,
                                       bool indentation);

// Raises the SyntaxError (or IndentationError) for parser error [err] in
// [len] bytes of [src] compiled in [mode], with the offset, line and text
// where CPython's parser reports them (vm/compile_error.c). May allocate.
_Noreturn void py_compile_raise_parse_error(py_vm_t *vm, py_val_t filename, const char *src,
                                            size_t len, py_parse_mode_t mode,
                                            const py_syntax_error_t *err);

// [exc] as CPython's compiler reports it when it is a SyntaxError raised by
// scope analysis or code generation: a copy whose text is line `lineno` of
// the file [filename] on disk (None when there is no such file). Other
// exceptions are returned as they are. May allocate.
py_val_t py_compile_retext(py_vm_t *vm, py_val_t exc, py_val_t filename);

// Line [line] of the regular file called [filename] (with its newline), or
// None when there is no such file or line. May raise MemoryError; may allocate.
py_val_t py_compile_line_from_disk(py_vm_t *vm, py_val_t filename, int line);

// Prints a disassembly of [code] (and of the code objects among its
// constants) through [write](ctx, text, len). May allocate.
void py_disasm(py_vm_t *vm, py_val_t code,
               void (*write)(void *ctx, const char *text, size_t len), void *ctx);

#endif
