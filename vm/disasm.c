// vm/disasm.c: a readable listing of a code object's instructions, for
// debugging the compiler and for tests. Layer: vm compiler (tools).
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include <string.h>

#include "code.h"
#include "compile.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "opcodes.h"
#include "runtime.h"

typedef void (*writer_t)(void *ctx, const char *text, size_t len);

static const char *const op_names[] = {
#define X(name, eff, jeff, flags, desc) #name,
    PY_OPCODES(X)
#undef X
};

static const uint8_t op_flags[] = {
#define X(name, eff, jeff, flags, desc) (uint8_t)(flags),
    PY_OPCODES(X)
#undef X
};

static void put(writer_t w, void *ctx, const char *s) {
    w(ctx, s, strlen(s));
}

static void put_val(py_vm_t *vm, writer_t w, void *ctx, py_val_t v) {
    py_val_t r = py_repr(vm, v);
    w(ctx, py_str_bytes(r), py_str_len(r));
}

// The argument's meaning in parentheses: a constant's repr, a name.
static void annotate(py_vm_t *vm, const py_code_t *co, py_opcode_t op, uint32_t arg, writer_t w,
                     void *ctx) {
    uint8_t fl = op_flags[op];
    py_val_t v = PY_NULL;
    if (fl & PY_OPF_CONST) v = py_tuple_ptr(co->consts)->items[arg];
    if (fl & PY_OPF_NAME) v = py_tuple_ptr(co->names)->items[arg];
    if (fl & PY_OPF_LOCAL) v = py_tuple_ptr(co->varnames)->items[arg];
    if (fl & PY_OPF_CELL)
        v = arg < co->ncells ? py_tuple_ptr(co->cellvars)->items[arg]
                             : py_tuple_ptr(co->freevars)->items[arg - co->ncells];
    if (v == PY_NULL) return;
    put(w, ctx, " (");
    if (fl & PY_OPF_CONST)
        put_val(vm, w, ctx, v);
    else
        w(ctx, py_str_bytes(v), py_str_len(v));
    put(w, ctx, ")");
}

static void disasm_code(py_vm_t *vm, const py_code_t *co, writer_t w, void *ctx) {
    char buf[96];
    put(w, ctx, "code ");
    w(ctx, py_str_bytes(co->qualname), py_str_len(co->qualname));
    snprintf(buf, sizeof buf, " (stack %u, locals %u)\n", (unsigned)co->stacksize,
             (unsigned)co->nlocals);
    put(w, ctx, buf);
    int last_line = -1;
    for (uint32_t i = 0; i < co->ncode; i++) {
        py_opcode_t op = py_instr_op(co->code[i]);
        uint32_t arg = py_instr_arg(co->code[i]);
        int line = py_code_line(co, i);
        if (line != last_line)
            snprintf(buf, sizeof buf, "%4d %5u %-22s %u", line, (unsigned)i, op_names[op], (unsigned)arg);
        else
            snprintf(buf, sizeof buf, "     %5u %-22s %u", (unsigned)i, op_names[op], (unsigned)arg);
        last_line = line;
        put(w, ctx, buf);
        annotate(vm, co, op, arg, w, ctx);
        put(w, ctx, "\n");
    }
    for (uint32_t i = 0; i < co->nexc; i++) {
        const py_exc_entry_t *e = &co->exctable[i];
        snprintf(buf, sizeof buf, "  handler: %u to %u -> %u [%u]\n", (unsigned)e->start,
                 (unsigned)e->end, (unsigned)e->handler, (unsigned)e->depth);
        put(w, ctx, buf);
    }
}

void py_disasm(py_vm_t *vm, py_val_t code,
               void (*write)(void *ctx, const char *text, size_t len), void *ctx) {
    const py_code_t *co = py_code_ptr(code);
    disasm_code(vm, co, write, ctx);
    py_tuple_t *consts = py_tuple_ptr(co->consts);
    for (size_t i = 0; i < consts->len; i++) {
        py_val_t c = consts->items[i];
        if (py_is_obj(c) && py_obj(c)->type == vm->types[PY_T_code]) {
            put(write, ctx, "\n");
            py_disasm(vm, c, write, ctx);
        }
    }
}
