// vm/obj_code.c: the code object type, its line table and exception table lookups.
// Layer: vm core (types). The layout is in vm/code.h; vm/compiler.c fills it.
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include <string.h>

#include "code.h"
#include "gc.h"
#include "obj_str.h"
#include "vm_cache.h"

py_code_t *py_code_new(py_vm_t *vm) {
    py_code_t *co = py_gc_new(vm, vm->types[PY_T_code], sizeof *co);
    co->name = co->qualname = co->filename = PY_NONE;
    co->consts = co->names = co->varnames = co->cellvars = co->freevars = PY_NONE;
    co->firstline = 1;
    co->warmth = PY_CACHE_WARMUP;
    return co;
}

static uint32_t get_varint(const uint8_t *p, uint32_t *pos) {
    uint32_t v = 0;
    int shift = 0;
    uint8_t b;
    do {
        b = p[(*pos)++];
        v |= (uint32_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    return v;
}

static int unzigzag(uint32_t z) { return (z & 1) ? -(int)((z + 1) / 2) : (int)(z / 2); }

// Decodes the entry at *pos (format in vm/code.h) into [p]; returns its count.
static uint32_t get_entry(const uint8_t *t, uint32_t *pos, py_code_pos_t *p) {
    uint8_t head = t[(*pos)++];
    uint32_t delta = head >> 3;
    p->line += delta == PY_CODE_POS_LINE_ESCAPE ? unzigzag(get_varint(t, pos)) : (int)delta;
    uint32_t col = get_varint(t, pos);
    if (col == 0) {
        p->col = p->end_col = -1;
        p->end_line = p->line + unzigzag(get_varint(t, pos));
        return (head & 7u) + 1;
    }
    p->col = (int)col - 1;
    uint32_t e = get_varint(t, pos);
    if (!(e & 1)) {
        p->end_line = p->line;
        p->end_col = p->col + (int)(e >> 1);
    } else {
        p->end_line = p->line + unzigzag(e >> 1);
        p->end_col = (int)get_varint(t, pos) - 1;
    }
    return (head & 7u) + 1;
}

// Walks the entries of the position table up to [index]; past the end, the
// last entry's position.
py_code_pos_t py_code_position(const py_code_t *code, uint32_t index) {
    uint32_t pos = 0, at = 0;
    py_code_pos_t p = {code->firstline, code->firstline, -1, -1};
    while (pos < code->nlinetable) {
        uint32_t count = get_entry(code->linetable, &pos, &p);
        if (index < at + count) break;
        at += count;
    }
    return p;
}

int py_code_line(const py_code_t *code, uint32_t index) {
    return py_code_position(code, index).line;
}

const py_exc_entry_t *py_code_find_handler(const py_code_t *code, uint32_t index) {
    for (uint32_t i = 0; i < code->nexc; i++) {
        const py_exc_entry_t *e = &code->exctable[i];
        if (index >= e->start && index < e->end) return e;
    }
    return NULL;
}

static void code_mark(py_vm_t *vm, py_obj_t *o) {
    py_code_t *co = (py_code_t *)o;
    py_val_t vals[] = {co->name, co->qualname, co->filename, co->consts, co->names,
                       co->varnames, co->cellvars, co->freevars};
    py_gc_mark_array(vm, vals, sizeof vals / sizeof vals[0]);
    py_gc_mark_ptr(vm, co->code);
    py_gc_mark_ptr(vm, co->linetable);
    py_gc_mark_ptr(vm, co->exctable);
    py_vm_cache_mark(vm, co);
}

static py_val_t code_repr(py_vm_t *vm, py_val_t self) {
    py_code_t *co = py_code_ptr(self);
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)self);
    return py_str_format_c(vm, "<code object %S at %s, file \"%S\", line %d>", co->name, addr,
                           co->filename, co->firstline);
}

static py_val_t code_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    (void)vm;
    py_code_t *co = py_code_ptr(self);
    if (py_str_eq_c(name, "co_name")) return co->name;
    if (py_str_eq_c(name, "co_qualname")) return co->qualname;
    if (py_str_eq_c(name, "co_filename")) return co->filename;
    if (py_str_eq_c(name, "co_consts")) return co->consts;
    if (py_str_eq_c(name, "co_names")) return co->names;
    if (py_str_eq_c(name, "co_varnames")) return co->varnames;
    if (py_str_eq_c(name, "co_cellvars")) return co->cellvars;
    if (py_str_eq_c(name, "co_freevars")) return co->freevars;
    if (py_str_eq_c(name, "co_argcount")) return py_small(co->argcount);
    if (py_str_eq_c(name, "co_posonlyargcount")) return py_small(co->posonlyargcount);
    if (py_str_eq_c(name, "co_kwonlyargcount")) return py_small(co->kwonlyargcount);
    if (py_str_eq_c(name, "co_nlocals")) return py_small(co->nlocals);
    if (py_str_eq_c(name, "co_stacksize")) return py_small(co->stacksize);
    if (py_str_eq_c(name, "co_firstlineno")) return py_small(co->firstline);
    if (py_str_eq_c(name, "co_flags")) return py_small(co->flags);
    return PY_NULL;
}

const py_type_spec_t py_code_spec = {
    .name = "code",
    .base = PY_T_object,
    .basicsize = sizeof(py_code_t),
    .slots = {.mark = code_mark, .repr = code_repr, .getattr = code_getattr},
};
