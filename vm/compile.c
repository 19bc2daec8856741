// vm/compile.c: source text to code objects (parse, scopes, code generation),
// and running module-level code. SyntaxErrors are built by vm/compile_error.c.
// Layer: vm compiler (entry points).
// SPDX-License-Identifier: MIT

#include <string.h>

#include "compile.h"
#include "compiler.h"
#include "except.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "vm_loop.h"

typedef struct job {
    py_compiler_t c;
    py_arena_t *arena;
    const py_ast_mod_t *mod;
    py_code_t *code;
} job_t;

// Scope analysis and code generation; runs under py_pcall so the arena is
// freed whatever they raise.
static void compile_tree(py_vm_t *vm, void *ud) {
    job_t *j = ud;
    py_scope_error_t serr;
    j->c.top = py_scope_build(j->arena, j->mod, &serr);
    if (!j->c.top) {
        if (serr.out_of_memory) py_raise_memory_error(vm);
        if (serr.too_deep) py_raise_fmt(vm, PY_EXC_RecursionError, "%s", serr.msg);
        py_compile_raise_syntax(vm, j->c.filename, j->c.src, j->c.len, serr.line, serr.col + 1,
                                serr.msg, false);
    }
    j->code = py_compiler_module(&j->c, j->mod);
}

py_val_t py_compile(py_vm_t *vm, const char *src, size_t len, py_val_t filename,
                    py_parse_mode_t mode) {
    py_arena_t arena;
    py_arena_init(&arena);
    py_syntax_error_t err;
    memset(&err, 0, sizeof err);
    py_ast_mod_t *mod = py_parse(&arena, src, len, mode, &err);
    if (!mod) {
        py_arena_free(&arena);
        if (err.out_of_memory) py_raise_memory_error(vm);
        py_compile_raise_parse_error(vm, filename, src, len, mode, &err);
    }
    job_t j;
    memset(&j, 0, sizeof j);
    j.c.vm = vm;
    j.c.filename = filename;
    j.c.src = src;
    j.c.len = len;
    j.c.mode = mode;
    j.arena = &arena;
    j.mod = mod;
    int failed = py_pcall(vm, compile_tree, &j);
    py_arena_free(&arena);
    if (failed) py_raise(vm, py_compile_retext(vm, vm->exc, filename));
    return py_from_obj(j.code);
}

py_val_t py_vm_exec(py_vm_t *vm, py_val_t code, py_val_t globals) {
    return py_vm_exec_in(vm, code, globals, globals);
}

py_val_t py_vm_exec_in(py_vm_t *vm, py_val_t code, py_val_t globals, py_val_t locals) {
    py_val_t bname = py_name(vm, PY_NAME___builtins__);
    if (py_dict_get_name(vm, globals, bname) == PY_NULL && vm->builtins != PY_NULL)
        py_dict_set_name(vm, globals, bname, vm->builtins);
    if (!vm->stack_top) vm->stack_top = vm->stack;
    py_check_c_stack(vm);  // exec inside exec inside ... recurses in C
    py_frame_t *f = py_call_enter_code(vm, py_code_ptr(code), PY_NULL, globals, locals);
    return py_vm_loop_run(vm, f);
}
