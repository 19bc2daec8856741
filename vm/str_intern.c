// vm/str_intern.c: the intern set: one str object per interned text, so names compare by identity.
// Layer: vm core (types). Open addressing with linear probing over a malloc'd
// table; CORE's gc_mark_roots marks every slot, so interned strs live as
// long as the VM (as CPython's and MicroPython's qstrs do).
// SPDX-License-Identifier: MIT

#include <stdlib.h>
#include "obj_str.h"
#include "str_internal.h"
#include "gc.h"
#include "except.h"

// 64 slots hold the ~150 names of vm/names.h after two doublings; start-up
// interns those first, so a smaller start would only add early regrowth.
#define INTERN_MIN_CAP 64

// The slot holding [len] bytes of [s] with [hash], or the empty slot where it belongs.
static size_t intern_find(const py_intern_set_t *set, const char *s, size_t len,
                          py_hash_t hash) {
    size_t mask = set->cap - 1;
    for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
        py_str_t *e = set->slots[i];
        if (e == NULL) return i;
        if (py_str_stored_hash(e) == hash && e->len == len && memcmp(e->data, s, len) == 0) return i;
    }
}

// Doubles the table (keeping the load at most 2/3, where linear probing stays short).
static void intern_grow(py_vm_t *vm, py_intern_set_t *set) {
    size_t cap = set->cap ? set->cap * 2 : INTERN_MIN_CAP;
    py_str_t **slots = calloc(cap, sizeof *slots);
    if (slots == NULL) py_raise_memory_error(vm);
    py_intern_set_t grown = {slots, cap, set->count, false};
    for (size_t i = 0; i < set->cap; i++) {
        py_str_t *e = set->slots[i];
        if (e) grown.slots[intern_find(&grown, e->data, e->len, py_str_stored_hash(e))] = e;
    }
    if (!set->borrowed) free(set->slots);
    *set = grown;
}

py_val_t py_str_intern(py_vm_t *vm, const char *s, size_t len) {
    py_intern_set_t *set = &vm->interned;
    py_hash_t hash = py_str_hash_bytes(s, len);
    if (set->cap) {
        py_str_t *e = set->slots[intern_find(set, s, len, hash)];
        if (e) return py_from_istr(e);
    }
    if ((set->count + 1) * 3 > set->cap * 2) intern_grow(vm, set);
    // Allocate before choosing the slot: a collection does not touch the table's layout.
    py_str_t *o = py_str_alloc(vm, len);
    memcpy(o->data, s, len);
    o->data[len] = '\0';   // interned strs stay C strings in every build (py_str_interned_cstr)
    py_str_measure(o);
    o->hash = (uint32_t)hash;
    o->interned = 1;
    set->slots[intern_find(set, s, len, hash)] = o;
    set->count++;
    return py_from_istr(o);
}

py_val_t py_str_intern_c(py_vm_t *vm, const char *s) { return py_str_intern(vm, s, strlen(s)); }

py_val_t py_str_intern_val(py_vm_t *vm, py_val_t s) {
    if (py_is_istr(s)) return s;
    // A copy, not the object itself: plain values already pointing at [s]
    // must not become an interned object reached through an untagged word.
    return py_str_intern(vm, py_str_bytes(s), py_str_len(s));
}

void py_str_intern_free(py_vm_t *vm) {
    if (!vm->interned.borrowed) free(vm->interned.slots);
    vm->interned.slots = NULL;
    vm->interned.cap = vm->interned.count = 0;
}
