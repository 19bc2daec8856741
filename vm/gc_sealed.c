// vm/gc_sealed.c: the sealed start-up image as a root of the program's heap.
// Layer: vm core (DESIGN §4), part of the collector (vm/gc.c).
// SPDX-License-Identifier: MIT
//
// Sealed arenas are never swept or marked; the allocations in them that may
// come to reference the program's objects are listed once, after sealing,
// and scanned at every collection; sealed dicts are scanned only once written.

#include <stdlib.h>
#include <string.h>
#include "gc_heap.h"
#include "obj_dict.h"
#include "vm.h"

// Objects of these built-in types get all their references when made; made
// before sealing, they can only reference sealed objects. Never raises.
static bool refs_fixed(py_vm_t *vm, const py_obj_t *o) {
    py_type_t *t = o->type;
    if (!t || t != vm->types[t->id]) return false;   // a subclass may add a __dict__
    switch (t->id) {
    case PY_T_str: case PY_T_int: case PY_T_float: case PY_T_complex: case PY_T_bytes:
    case PY_T_tuple: case PY_T_frozenset: case PY_T_range: case PY_T_slice: case PY_T_code:
    case PY_T_builtin_function: case PY_T_wrapper_descriptor: case PY_T_member_descriptor:
    case PY_T_getset_descriptor:
        return true;
    default:
        return false;
    }
}

// True when sealed allocation [i] of [a] may come to reference the program's objects.
static bool may_reference_program(py_vm_t *vm, arena_t *a, size_t i) {
    unsigned k = kind_of(get_code(a, i));
    if (k == B_VALUES) return true;   // a dict's or list's items: rewritten in place
    if (k == B_BYTES || k == B_LEAF || k == B_FREE || k == B_TAIL) return false;
    return !refs_fixed(vm, (const py_obj_t *)(const void *)(a->mem + i * BLOCK));
}

// The sealed arena holding [p], or NULL (also for a program arena). Never raises.
static arena_t *sealed_arena_of(py_gc_heap_t *h, const void *p) {
    arena_t *a = p ? arena_of(h, (uintptr_t)p) : NULL;
    return a && a->permanent ? a : NULL;
}

// True when the value array [vals] (sealed, or NULL) holds no reference to
// a program arena: every word is checked, so a hash that looks like one
// only costs a needless scan. Never raises.
static bool values_sealed(py_gc_heap_t *h, const py_val_t *vals) {
    arena_t *a = sealed_arena_of(h, vals);
    if (!vals) return true;
    if (!a) return false;
    size_t words = alloc_blocks(a, block_index(a, vals)) * BLOCK / sizeof(py_val_t);
    for (size_t k = 0; k < words; k++) {
        py_val_t v = vals[k];
        if (!py_is_obj(v) && !py_is_istr(v)) continue;
        arena_t *va = arena_of(h, v & ~PY_TAG_MASK);
        if (va && !va->permanent) return false;
    }
    return true;
}

static bool watched_dict(py_vm_t *vm, const py_obj_t *o) {
    return o->type && o->type == vm->types[PY_T_dict];
}

// Lists the sealed dicts of the exact type dict (sealed_dicts), each with
// its state now, and sets the mark bit (unused in sealed arenas) on the head
// of each one's sealed items array, which list_sealed_roots then leaves out
// of the roots and clears. False when malloc fails (the bits are set all
// the same). Never raises.
static bool list_sealed_dicts(py_vm_t *vm) {
    py_gc_heap_t *h = vm->heap;
    size_t n = 0, cap = 0;
    sealed_dict_t *dicts = NULL;
    bool ok = true;
    for (arena_t *a = h->arenas; a; a = a->next) {
        for (size_t i = 0; a->permanent && i < a->nblocks; i++) {
            unsigned c = get_code(a, i);
            if (kind_of(c) != B_OBJ || !watched_dict(vm, (const py_obj_t *)(void *)(a->mem + i * BLOCK)))
                continue;
            const py_dict_t *d = (const py_dict_t *)(void *)(a->mem + i * BLOCK);
            arena_t *ea = sealed_arena_of(h, d->entries);
            if (ea) {
                size_t ei = block_index(ea, d->entries);
                set_code(ea, ei, get_code(ea, ei) | B_MARK);
            }
            if (n == cap && ok) {
                cap = cap ? cap * 2 : 256;
                sealed_dict_t *grown = realloc(dicts, cap * sizeof *dicts);
                if (grown) dicts = grown;
                ok = grown != NULL;
            }
            if (!ok) continue;
            bool clean = values_sealed(h, (const py_val_t *)(const void *)d->entries) &&
                         (!d->index || sealed_arena_of(h, d->index));
            dicts[n++] = (sealed_dict_t){a, i, d->version, d->entries, d->index, !clean};
        }
    }
    free(h->sealed_dicts);
    h->sealed_dicts = ok ? dicts : NULL;
    h->nsealed_dicts = ok ? n : 0;
    if (!ok) free(dicts);
    return ok;
}

// Lists the sealed arenas' roots (sealed_roots) and their watched dicts
// (sealed_dicts); false when malloc fails.
static bool list_sealed_roots(py_vm_t *vm) {
    py_gc_heap_t *h = vm->heap;
    bool ok = list_sealed_dicts(vm);
    size_t n = 0, cap = 0;
    sealed_root_t *roots = NULL;
    for (arena_t *a = h->arenas; a; a = a->next) {
        for (size_t i = 0; a->permanent && i < a->nblocks; i++) {
            unsigned c = get_code(a, i);
            if (c & B_MARK) {   // a watched dict's items: scanned with the dict
                set_code(a, i, c & ~B_MARK);
                continue;
            }
            if (!ok || !may_reference_program(vm, a, i)) continue;
            if (kind_of(c) == B_OBJ && watched_dict(vm, (const py_obj_t *)(void *)(a->mem + i * BLOCK)))
                continue;
            if (n == cap) {
                cap = cap ? cap * 2 : 256;
                sealed_root_t *grown = realloc(roots, cap * sizeof *roots);
                if (grown) roots = grown;
                ok = grown != NULL;
                if (!ok) continue;
            }
            roots[n++] = (sealed_root_t){a, i};
        }
    }
    if (!ok) {
        free(roots);
        return false;
    }
    free(h->sealed_roots);
    h->sealed_roots = roots;
    h->nsealed_roots = n;
    return true;
}

// Scans the sealed arenas' roots without the list: what py_gc_sealed_mark
// does when malloc could not make it. Never raises.
static void mark_permanent_unlisted(py_vm_t *vm) {
    for (arena_t *a = vm->heap->arenas; a; a = a->next) {
        for (size_t i = 0; a->permanent && i < a->nblocks; i++) {
            if (!is_head(get_code(a, i)) || !may_reference_program(vm, a, i)) continue;
            py_gc_scan(vm, a, i);
            py_gc_drain(vm);
        }
    }
    py_gc_drain_all(vm);
}

// The sealed start-up image can reference the program's objects (sys.modules,
// the builtins dict, class attributes set at run time): the part of it that
// can is a root. A block freed since sealing is skipped (never reused).
void py_gc_sealed_mark(py_vm_t *vm) {
    py_gc_heap_t *h = vm->heap;
    if (!h->sealed_roots_listed) h->sealed_roots_listed = list_sealed_roots(vm);
    if (!h->sealed_roots_listed) {
        mark_permanent_unlisted(vm);
        return;
    }
    for (size_t r = 0; r < h->nsealed_roots; r++) {
        sealed_root_t root = h->sealed_roots[r];
        if (!is_head(get_code(root.arena, root.block))) continue;
        py_gc_scan(vm, root.arena, root.block);
        py_gc_drain(vm);
    }
    for (size_t r = 0; r < h->nsealed_dicts; r++) {
        sealed_dict_t *sd = &h->sealed_dicts[r];
        if (!is_head(get_code(sd->arena, sd->block))) continue;
        const py_dict_t *d = (const py_dict_t *)(void *)(sd->arena->mem + sd->block * BLOCK);
        if (!sd->dirty && d->version == sd->version && (const void *)d->entries == sd->entries &&
            d->index == sd->index)
            continue;
        sd->dirty = true;
        py_gc_scan(vm, sd->arena, sd->block);
        // Marking ignores sealed allocations: a sealed items array is scanned here.
        arena_t *ea = sealed_arena_of(h, d->entries);
        if (ea) py_gc_scan(vm, ea, block_index(ea, d->entries));
        py_gc_drain(vm);
    }
    py_gc_drain_all(vm);
}
