// vm/compiler.c: the code generator's core: units, emission, labels, blocks, assembly.
// Layer: vm compiler. The per-construct code generation is in compiler_*.c.
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include <string.h>

#include "compile.h"
#include "compiler.h"
#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"

// ---- buffers -------------------------------------------------------------------

// Grows a GC byte buffer of *cap elements of [elem] bytes to hold n + 1.
static void *reserve(py_compiler_t *c, void *p, size_t *cap, size_t n, size_t elem) {
    if (n < *cap) return p;
    size_t ncap = *cap ? *cap * 2 : 16;
    p = py_gc_resize(c->vm, p, ncap * elem);
    *cap = ncap;
    return p;
}

_Noreturn void py_compiler_error(py_compiler_t *c, py_pos_t pos, const char *msg) {
    py_compile_raise_syntax(c->vm, c->filename, c->src, c->len, pos.line, pos.col + 1, msg, false);
}

void py_compiler_set_pos(py_compiler_t *c, py_pos_t pos) {
    c->pos = pos;
    if (c->u && pos.line > 0) {
        c->u->line = pos.line;
        c->u->pos = pos;
    }
}

void py_compiler_attr_pos(py_compiler_t *c, const py_expr_t *attr) {
    py_pos_t p = c->u->pos;
    if (p.line == attr->pos.end_line) return;
    p.line = attr->pos.end_line;
    int len = (int)strlen(attr->u.attribute.attr);
    if (len <= attr->pos.end_col) {
        p.col = attr->pos.end_col - len;
    } else {
        p.col = -1;
        p.end_col = -1;
    }
    if (p.end_line < p.line) p.end_line = p.line;
    if (p.line == p.end_line && p.end_col < p.col) p.end_col = p.col;
    py_compiler_set_pos(c, p);
}

// ---- the position table ------------------------------------------------------------
// Runs of instructions with one source position (format in vm/code.h). It is
// built as code is emitted (instructions never move), so compiling needs a
// few bytes per run rather than a position per instruction.

static size_t put_varint(uint8_t *out, uint32_t v) {
    size_t n = 0;
    while (v >= 0x80) {
        out[n++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    out[n++] = (uint8_t)v;
    return n;
}

static uint32_t zigzag(int v) { return v >= 0 ? (uint32_t)v * 2 : (uint32_t)(-(int64_t)v) * 2 - 1; }

static bool same_pos(const py_pos_t *a, const py_pos_t *b) {
    return a->line == b->line && a->end_line == b->end_line && a->col == b->col &&
           a->end_col == b->end_col;
}

// Writes one entry for [count] (1..8) instructions at [p]; at most 21 bytes.
static size_t put_entry(uint8_t *out, const py_pos_t *p, uint32_t count, int prev_line) {
    int delta = p->line - prev_line;
    bool small = delta >= 0 && delta < PY_CODE_POS_LINE_ESCAPE;
    size_t n = 0;
    out[n++] = (uint8_t)((count - 1) | (uint32_t)(small ? delta : PY_CODE_POS_LINE_ESCAPE) << 3);
    if (!small) n += put_varint(out + n, zigzag(delta));
    if (p->col < 0) {
        out[n++] = 0;
        n += put_varint(out + n, zigzag(p->end_line - p->line));
    } else if (p->end_line == p->line && p->end_col >= p->col) {
        n += put_varint(out + n, (uint32_t)p->col + 1);
        n += put_varint(out + n, (uint32_t)(p->end_col - p->col) << 1);
    } else {
        n += put_varint(out + n, (uint32_t)p->col + 1);
        n += put_varint(out + n, zigzag(p->end_line - p->line) << 1 | 1);
        n += put_varint(out + n, p->end_col >= 0 ? (uint32_t)p->end_col + 1 : 0);
    }
    return n;
}

// Writes the pending run, as entries of at most 8 instructions.
static void flush_run(py_compiler_t *c, py_cunit_t *u) {
    while (u->run_count) {
        if (u->nptab + 32 > u->capptab) {
            size_t cap = u->capptab ? u->capptab * 2 : 64;
            u->ptab = py_gc_resize(c->vm, u->ptab, cap);
            u->capptab = cap;
        }
        uint32_t n = u->run_count < 8 ? u->run_count : 8;
        u->nptab += put_entry(u->ptab + u->nptab, &u->run_pos, n, u->run_prev_line);
        u->run_prev_line = u->run_pos.line;
        u->run_count -= n;
    }
}

static void add_position(py_compiler_t *c, py_cunit_t *u) {
    if (u->run_count && same_pos(&u->run_pos, &u->pos)) {
        u->run_count++;
        return;
    }
    flush_run(c, u);
    u->run_pos = u->pos;
    u->run_count = 1;
}

// The finished table, sized exactly: it lives as long as the code object.
static void build_linetable(py_compiler_t *c, py_code_t *co, py_cunit_t *u) {
    flush_run(c, u);
    co->linetable = py_gc_new_bytes(c->vm, u->nptab ? u->nptab : 1);
    memcpy(co->linetable, u->ptab, u->nptab);
    co->nlinetable = (uint32_t)u->nptab;
}

uint32_t py_compiler_emit(py_compiler_t *c, py_opcode_t op, uint32_t arg) {
    py_cunit_t *u = c->u;
    if (arg > PY_ARG_MAX) py_compiler_error(c, c->pos, "too many constants or names in one code object");
    u->code = reserve(c, u->code, &u->capcode, u->ncode, sizeof *u->code);
    u->code[u->ncode] = py_instr(op, arg);
    add_position(c, u);
    return (uint32_t)u->ncode++;
}

int py_compiler_new_label(py_compiler_t *c) {
    py_cunit_t *u = c->u;
    u->labels = reserve(c, u->labels, &u->caplabels, u->nlabels, sizeof *u->labels);
    u->labels[u->nlabels] = -1;
    return (int)u->nlabels++;
}

void py_compiler_bind(py_compiler_t *c, int label) {
    c->u->labels[label] = (int32_t)c->u->ncode;
}

void py_compiler_jump(py_compiler_t *c, py_opcode_t op, int label) {
    py_compiler_emit(c, op, (uint32_t)label);
}

// ---- constants and names --------------------------------------------------------

py_val_t py_compiler_str(py_compiler_t *c, const char *s) {
    return py_str_intern_c(c->vm, s);
}

// Keys of the constant map: ints and strs by value; other kinds are not shared
// (so 1, 1.0 and True stay distinct constants).
static bool shareable(py_vm_t *vm, py_val_t v) {
    return py_is_small(v) || py_is_str(vm, v) || v == PY_NONE;
}

uint32_t py_compiler_const(py_compiler_t *c, py_val_t v) {
    py_vm_t *vm = c->vm;
    py_cunit_t *u = c->u;
    if (v == PY_TRUE || v == PY_FALSE || v == PY_ELLIPSIS) {
        py_list_t *l = py_list_ptr(u->consts);
        for (size_t i = 0; i < l->len; i++)
            if (l->items[i] == v) return (uint32_t)i;
    } else if (shareable(vm, v)) {
        py_val_t idx = py_dict_get(vm, u->const_map, v);
        if (idx != PY_NULL) return (uint32_t)py_small_val(idx);
        py_dict_set(vm, u->const_map, v, py_small((py_int_t)py_list_ptr(u->consts)->len));
    }
    py_list_append(vm, u->consts, v);
    return (uint32_t)(py_list_ptr(u->consts)->len - 1);
}

void py_compiler_emit_const(py_compiler_t *c, py_val_t v) {
    if (py_is_small(v)) {
        py_int_t i = py_small_val(v);
        if (i >= -PY_LOAD_INT_BIAS && i < PY_LOAD_INT_BIAS) {
            py_compiler_emit(c, PY_OPC_LOAD_INT, (uint32_t)(i + PY_LOAD_INT_BIAS));
            return;
        }
    }
    py_compiler_emit(c, PY_OPC_LOAD_CONST, py_compiler_const(c, v));
}

const char *py_compiler_mangle(py_compiler_t *c, const char *name, char *buf, size_t size) {
    const char *cls = c->u ? c->u->class_name : NULL;
    size_t n = strlen(name);
    if (!cls || n < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name[n - 1] == '_' && name[n - 2] == '_') return name;
    if (strchr(name, '.')) return name;
    while (*cls == '_') cls++;
    if (!*cls) return name;
    if ((size_t)snprintf(buf, size, "_%s%s", cls, name) >= size) return name;
    return buf;
}

uint32_t py_compiler_name(py_compiler_t *c, const char *name) {
    py_vm_t *vm = c->vm;
    py_cunit_t *u = c->u;
    py_val_t s = py_compiler_str(c, name);
    py_val_t idx = py_dict_get(vm, u->name_map, s);
    if (idx != PY_NULL) return (uint32_t)py_small_val(idx);
    uint32_t i = (uint32_t)py_list_ptr(u->names)->len;
    py_list_append(vm, u->names, s);
    py_dict_set(vm, u->name_map, s, py_small(i));
    return i;
}

// ---- regions and blocks -------------------------------------------------------------

int py_compiler_region_push(py_compiler_t *c, int handler_label, int depth) {
    py_cunit_t *u = c->u;
    if (u->nregions == PY_COMPILER_MAX_REGIONS)
        py_compiler_error(c, c->pos, "too many statically nested blocks");
    py_region_t *r = &u->regions[u->nregions];
    r->start = (uint32_t)u->ncode;
    r->handler_label = handler_label;
    r->depth = depth;
    return u->nregions++;
}

void py_compiler_region_suspend(py_compiler_t *c, int region) {
    py_cunit_t *u = c->u;
    py_region_t *r = &u->regions[region];
    if (r->start == UINT32_MAX) return;
    if (r->start < u->ncode) {
        u->exc = reserve(c, u->exc, &u->capexc, u->nexc, sizeof *u->exc);
        py_exc_entry_t *e = &u->exc[u->nexc++];
        e->start = r->start;
        e->end = (uint32_t)u->ncode;
        e->handler = (uint32_t)r->handler_label;
        e->depth = (uint32_t)r->depth;
    }
    r->start = UINT32_MAX;
}

void py_compiler_region_resume(py_compiler_t *c, int region) {
    c->u->regions[region].start = (uint32_t)c->u->ncode;
}

void py_compiler_region_pop(py_compiler_t *c) {
    py_compiler_region_suspend(c, c->u->nregions - 1);
    c->u->nregions--;
}

py_fblock_t *py_compiler_fblock_push(py_compiler_t *c, py_fblock_kind_t kind, int region) {
    py_cunit_t *u = c->u;
    if (u->nfblocks == PY_COMPILER_MAX_BLOCKS)
        py_compiler_error(c, c->pos, "too many statically nested blocks");
    py_fblock_t *fb = &u->fblocks[u->nfblocks++];
    memset(fb, 0, sizeof *fb);
    fb->kind = kind;
    fb->region = region;
    fb->start_label = fb->exit_label = -1;
    return fb;
}

void py_compiler_fblock_pop(py_compiler_t *c) {
    c->u->nfblocks--;
}

int py_compiler_block_depth(py_compiler_t *c) {
    int depth = 0;
    for (int i = 0; i < c->u->nfblocks; i++) {
        switch (c->u->fblocks[i].kind) {
        case PY_FB_FOR: case PY_FB_WITH: case PY_FB_ASYNC_WITH: case PY_FB_HANDLER:
        case PY_FB_POP_VALUE:
            depth += 1;
            break;
        case PY_FB_FINALLY_END: depth += 2; break;
        default: break;
        }
    }
    return depth;
}

// ---- units --------------------------------------------------------------------------

void py_compiler_unit_enter(py_compiler_t *c, py_cunit_t *u, py_scope_t *scope,
                            const char *name, int firstline) {
    py_vm_t *vm = c->vm;
    memset(u, 0, sizeof *u);
    u->parent = c->u;
    u->scope = scope;
    u->class_name = c->u ? c->u->class_name : NULL;
    u->consts = py_list_new(vm, 0, NULL);
    u->const_map = py_dict_new(vm);
    u->names = py_list_new(vm, 0, NULL);
    u->name_map = py_dict_new(vm);
    u->name = py_compiler_str(c, name);
    u->qualname = u->name;
    if (scope->kind != PY_SCOPE_MODULE) u->qualname = py_compiler_func_qualname(c, name);
    u->firstline = u->line = firstline > 0 ? firstline : 1;
    u->pos = (py_pos_t){u->line, -1, u->line, -1};
    u->run_prev_line = u->firstline;
    c->u = u;
    // A generator's or coroutine's call returns the new object straight away;
    // its first resume pushes the None that the POP_TOP drops.
    bool suspends = scope->is_generator || scope->is_async;
    if (suspends && (scope->kind == PY_SCOPE_FUNCTION || scope->kind == PY_SCOPE_COMPREHENSION)) {
        py_compiler_emit(c, PY_OPC_RETURN_GENERATOR, 0);
        py_compiler_emit(c, PY_OPC_POP_TOP, 0);
    }
}

void py_compiler_await(py_compiler_t *c, uint32_t where) {
    py_compiler_emit(c, PY_OPC_GET_AWAITABLE, where);
    py_compiler_emit_const(c, PY_NONE);
    py_compiler_send_loop(c);
}

void py_compiler_send_loop(py_compiler_t *c) {
    // obj_gen.c's throw() relies on this shape: the instruction after
    // YIELD_VALUE jumps to SEND, whose argument is the loop's exit.
    int loop = py_compiler_new_label(c), exit = py_compiler_new_label(c);
    py_compiler_bind(c, loop);
    py_compiler_jump(c, PY_OPC_SEND, exit);
    py_compiler_emit(c, PY_OPC_YIELD_VALUE, 1);
    py_compiler_jump(c, PY_OPC_JUMP_BACKWARD, loop);
    py_compiler_bind(c, exit);
}

// ---- assembly: stack depth -----------------------------------------------------------

static const int8_t op_flags[] = {
#define X(name, eff, jeff, flags, desc) (int8_t)(flags),
    PY_OPCODES(X)
#undef X
};

static int effect(py_opcode_t op, uint32_t arg, bool jump) {
    switch (op) {
#define X(name, eff, jeff, flags, desc) case PY_OPC_##name: return jump ? (jeff) : (eff);
        PY_OPCODES(X)
#undef X
    default: return 0;
    }
}

// Depth-first walk over the flow graph from the entry and every handler;
// each instruction's depth on entry is recorded once.
static uint32_t stack_depth(py_compiler_t *c, const uint32_t *code, size_t n,
                            const py_exc_entry_t *exc, size_t nexc) {
    int32_t *depth = py_gc_new_bytes(c->vm, (n + 1) * sizeof *depth);
    uint32_t *work = py_gc_new_bytes(c->vm, (n + nexc + 2) * 2 * sizeof *work);
    size_t nwork = 0;
    for (size_t i = 0; i <= n; i++) depth[i] = -1;
    int maxd = 0;
#define PUSH(at, d) do { if ((at) < n && depth[at] < 0) { depth[at] = (d); work[nwork++] = (at); } } while (0)
    PUSH(0u, 0);
    for (size_t i = 0; i < nexc; i++) PUSH(exc[i].handler, (int32_t)exc[i].depth + 1);
    while (nwork) {
        uint32_t i = work[--nwork];
        int d = depth[i];
        for (;;) {
            if (d > maxd) maxd = d;
            py_opcode_t op = py_instr_op(code[i]);
            uint32_t arg = py_instr_arg(code[i]);
            if (op_flags[op] & PY_OPF_JUMP) {
                int jd = d + effect(op, arg, true);
                if (jd > maxd) maxd = jd;
                PUSH(arg, jd);
            }
            if (op_flags[op] & PY_OPF_NOFALL) break;
            d += effect(op, arg, false);
            if (++i >= n || depth[i] >= 0) break;
            depth[i] = d;
        }
    }
#undef PUSH
    py_gc_release(c->vm, work);
    py_gc_release(c->vm, depth);
    return (uint32_t)maxd;
}

// ---- assembly: tables -----------------------------------------------------------------

static void resolve_jumps(py_cunit_t *u) {
    for (size_t i = 0; i < u->ncode; i++) {
        py_opcode_t op = py_instr_op(u->code[i]);
        if (op_flags[op] & PY_OPF_JUMP)
            u->code[i] = py_instr(op, (uint32_t)u->labels[py_instr_arg(u->code[i])]);
    }
    for (size_t i = 0; i < u->nexc; i++) u->exc[i].handler = (uint32_t)u->labels[u->exc[i].handler];
}

// The fused pairs (vm/opcodes.h, PY_OPCODES_FUSED): the first word of each
// pair becomes the fused instruction; the second stays as it is. Pairs do
// not overlap, so a fused word is never the second half of another.
static void fuse_pairs(uint32_t *code, size_t n) {
    for (size_t i = 0; i + 1 < n; i++) {
        py_opcode_t op = py_instr_op(code[i]), next = py_instr_op(code[i + 1]);
        if (op == PY_OPC_LOAD_FAST && next == PY_OPC_LOAD_FAST) op = PY_OPC_LOAD_FAST_LOAD_FAST;
        else if (op == PY_OPC_STORE_FAST && next == PY_OPC_LOAD_FAST) op = PY_OPC_STORE_FAST_LOAD_FAST;
        else if (op == PY_OPC_LOAD_FAST && next == PY_OPC_LOAD_INT) op = PY_OPC_LOAD_FAST_LOAD_INT;
        else if (op == PY_OPC_FOR_ITER && next == PY_OPC_STORE_FAST) op = PY_OPC_FOR_ITER_STORE_FAST;
        else continue;
        code[i] = py_instr(op, py_instr_arg(code[i]));
        i++;
    }
}

static py_val_t names_tuple(py_compiler_t *c, const char **names, size_t n) {
    py_val_t t = py_tuple_new(c->vm, n, NULL);
    for (size_t i = 0; i < n; i++) py_tuple_ptr(t)->items[i] = py_compiler_str(c, names[i]);
    return t;
}

static py_val_t list_tuple(py_vm_t *vm, py_val_t list) {
    return py_tuple_new(vm, py_list_ptr(list)->len, py_list_ptr(list)->items);
}

// The code object keeps its slot counts in 16 bits (vm/code.h); past that
// a truncated count would make frames too small for the code that uses them.
static void check_counts(py_compiler_t *c, const py_scope_t *s) {
    // Jump targets are instruction indices in the 24-bit argument.
    if (c->u->ncode > PY_ARG_MAX)
        py_compiler_error(c, c->pos, "code object too large (over 16777215 instructions)");
    if (s->nvarnames > UINT16_MAX)
        py_compiler_error(c, c->pos, "too many local variables in one function (over 65535)");
    if (s->ncellvars > UINT16_MAX || s->nfreevars > UINT16_MAX)
        py_compiler_error(c, c->pos, "too many variables shared with inner functions (over 65535)");
}

static void fill_signature(py_code_t *co, const py_scope_t *s) {
    co->argcount = (uint16_t)s->argcount;
    co->posonlyargcount = (uint16_t)s->posonlyargcount;
    co->kwonlyargcount = (uint16_t)s->kwonlyargcount;
    co->nlocals = (uint16_t)s->nvarnames;
    co->ncells = (uint16_t)s->ncellvars;
    co->nfree = (uint16_t)s->nfreevars;
    if (s->has_varargs) co->flags |= PY_CODE_VARARGS;
    if (s->has_varkw) co->flags |= PY_CODE_VARKEYWORDS;
    if (s->kind == PY_SCOPE_CLASS) co->flags |= PY_CODE_CLASS;
    if (s->kind == PY_SCOPE_MODULE) co->flags |= PY_CODE_MODULE;
    if (s->is_async && s->is_generator) co->flags |= PY_CODE_ASYNC_GENERATOR;
    else if (s->is_async) co->flags |= PY_CODE_COROUTINE;
    else if (s->is_generator) co->flags |= PY_CODE_GENERATOR;
    if (!s->ncellvars && !s->has_varargs && !s->has_varkw && !s->kwonlyargcount &&
        s->kind != PY_SCOPE_CLASS && s->kind != PY_SCOPE_MODULE)
        co->flags |= PY_CODE_SIMPLE;
}

py_code_t *py_compiler_unit_leave(py_compiler_t *c) {
    py_vm_t *vm = c->vm;
    py_cunit_t *u = c->u;
    const py_scope_t *s = u->scope;
    check_counts(c, s);
    resolve_jumps(u);
    py_code_t *co = py_code_new(vm);
    co->name = u->name;
    co->qualname = u->qualname;
    co->filename = c->filename;
    co->firstline = u->firstline;
    co->consts = list_tuple(vm, u->consts);
    co->names = list_tuple(vm, u->names);
    co->varnames = names_tuple(c, s->varnames, s->nvarnames);
    co->cellvars = names_tuple(c, s->cellvars, s->ncellvars);
    co->freevars = names_tuple(c, s->freevars, s->nfreevars);
    fill_signature(co, s);
    co->code = py_gc_new_bytes(vm, (u->ncode ? u->ncode : 1) * sizeof *co->code);
    memcpy(co->code, u->code, u->ncode * sizeof *co->code);
    co->ncode = (uint32_t)u->ncode;
    if (u->nexc) {
        co->exctable = py_gc_new_bytes(vm, u->nexc * sizeof *co->exctable);
        memcpy(co->exctable, u->exc, u->nexc * sizeof *co->exctable);
        co->nexc = (uint32_t)u->nexc;
    }
    build_linetable(c, co, u);
    co->stacksize = stack_depth(c, u->code, u->ncode, u->exc, u->nexc);
    fuse_pairs(co->code, co->ncode);
    c->u = u->parent;
    return co;
}

// ---- modules ----------------------------------------------------------------------------

// The module body; in REPL mode expression statements print; eval returns its value.
py_code_t *py_compiler_module(py_compiler_t *c, const py_ast_mod_t *mod) {
    py_cunit_t u;
    py_compiler_unit_enter(c, &u, c->top, "<module>", 1);
    c->interactive = mod->mode == PY_PARSE_SINGLE;
    if (mod->mode == PY_PARSE_EVAL) {
        py_compiler_set_pos(c, mod->expr->pos);
        py_compiler_expr(c, mod->expr);
        py_compiler_emit(c, PY_OPC_RETURN_VALUE, 0);
    } else {
        size_t doclen;
        const char *doc = py_compiler_docstring(&mod->body, &doclen);
        if (doc && mod->mode == PY_PARSE_FILE) {  // a module's docstring is its __doc__
            py_compiler_emit_const(c, py_str_new(c->vm, doc, doclen));
            py_compiler_emit(c, PY_OPC_STORE_NAME, py_compiler_name(c, "__doc__"));
        }
        py_compiler_setup_annotations(c, &mod->body);
        py_compiler_stmt_list(c, &mod->body);
        py_compiler_emit_const(c, PY_NONE);
        py_compiler_emit(c, PY_OPC_RETURN_VALUE, 0);
    }
    return py_compiler_unit_leave(c);
}
