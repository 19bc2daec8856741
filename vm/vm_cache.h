// vm/vm_cache.h: inline caches for globals, attributes and methods, and the quickening that installs them.
// Layer: vm core (VM). DESIGN §6 items 1 and 5; vm/vm_loop.c runs the quickened instructions.
// SPDX-License-Identifier: MIT
//
// A code object gets a side array of cache entries once it is hot (it has
// run PY_CACHE_WARMUP cacheable instructions): cold code costs no memory.
// Quickening then rewrites each LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD and
// STORE_ATTR into its *_ADAPTIVE form whose argument is its entry's index;
// the entry keeps the original argument. The adaptive form runs the generic
// instruction and then specialises: it fills the entry and rewrites itself
// into a guarded form (LOAD_ATTR_INSTANCE...). A guarded form that misses
// runs the generic path (cheap too: type lookups go through the lookup cache
// of vm/runtime_attr.c) and counts the miss; every PY_CACHE_MISS_LIMIT misses
// it specialises again for the object at hand; a type-keyed site that meets
// another type fills an extra way for it instead (py_cache_poly_t). A site that cannot be
// specialised goes back to the adaptive form, which runs generically for
// PY_CACHE_BACKOFF executions before it tries again.

// What the guards trust:
//   - a type's lookups (along its MRO) are unchanged while its version and
//     vm->class_epoch are (py_type_modified, py_type_attr_changed);
//   - a dict entry at a known index still holds a name while its key is that
//     name (a deleted entry's key is PY_NULL; an entry never changes key);
//   - a dict's contents are unchanged while its version is.
// Entries keep the objects they were filled from alive (code_mark marks
// them), so a freed type's address can never match a new one's.

#ifndef PY_VM_CACHE_H
#define PY_VM_CACHE_H

#include "code.h"
#include "obj_dict.h"
#include "opcodes.h"

// Cacheable instructions a code object runs before it gets its cache: code
// run once (most module bodies) never pays for one. 64 is a few calls of a
// typical method, as CPython's warm-up.
#define PY_CACHE_WARMUP 64
// A cache array (or the type lookup cache) is made only when it takes at
// most this fraction of the free heap: 1/16 leaves a small fixed heap to the program.
#define PY_CACHE_HEAP_SHARE 16
// Cacheable instructions to run before trying again when there was no room.
#define PY_CACHE_RETRY 4096
// Guard misses after which a specialised site specialises again.
#define PY_CACHE_MISS_LIMIT 8
// Executions an adaptive site then runs generically before it tries again.
#define PY_CACHE_BACKOFF 256
// Extra ways of a polymorphic attribute or method site, besides its entry's own.
#define PY_CACHE_WAYS 4

// One extra way of a polymorphic site: the same facts as an entry's first
// four fields, for another type, and the specialised opcode they stand for.
typedef struct py_cache_way {
    py_val_t key;
    py_val_t value;
    uint64_t version;
    uintptr_t aux;
    uint32_t op;
} py_cache_way_t;

// The extra ways of a site that has seen several types (a GC byte block).
typedef struct py_cache_poly {
    uint32_t next;      // the way to replace next when all are taken
    uint32_t hits;      // way hits since the last promotion to the entry's own way
    py_cache_way_t way[PY_CACHE_WAYS];
} py_cache_poly_t;

struct py_cache_entry {
    py_val_t key;       // the type, module, class or globals dict the entry holds for
    py_val_t value;     // the cached value (class attribute, method), or the name
    uint64_t version;   // a type's: class_epoch << 32 | type version; a dict's version
    uintptr_t aux;      // a dict entry index, or a __slots__ field's byte offset
    uint32_t oparg;     // the instruction's argument before quickening
    uint16_t backoff;   // adaptive: executions left before the next specialisation try
    uint16_t misses;    // specialised: guard misses in a row
    py_cache_poly_t *poly;   // a type-keyed site's extra ways once it saw another type, or NULL
};

// The version a type cache entry records for [t].
static inline uint64_t py_vm_cache_type_version(py_vm_t *vm, const py_type_t *t) {
    return (uint64_t)vm->class_epoch << 32 | t->version;
}

// True when [obj] is an object of the type entry [c] was filled for, unchanged since.
static inline bool py_vm_cache_type_hit(py_vm_t *vm, const py_cache_entry_t *c, py_val_t obj) {
    return py_is_obj(obj) && py_from_obj(py_obj(obj)->type) == c->key &&
           c->version == py_vm_cache_type_version(vm, py_obj(obj)->type);
}

// The value field at byte [offset] of object [obj] (an instance dict, a __slots__ field).
static inline py_val_t *py_vm_cache_field(py_val_t obj, uintptr_t offset) {
    return (py_val_t *)(void *)((char *)py_obj(obj) + offset);
}

// The value of the entry at [index] of dict [d] when its key is still [name], else PY_NULL.
static inline py_val_t py_vm_cache_dict_at(py_val_t d, uintptr_t index, py_val_t name) {
    py_dict_t *p = py_dict_ptr(d);
    if (index >= p->used || p->entries[index].key != name) return PY_NULL;
    return p->entries[index].value;
}

// True when the instance dict of [obj] (at byte [offset]; 0: none) has
// [name], hiding a class attribute or method the type's lookup found. A
// type with PY_TF_NO_SHADOW has no such instance: no probe.
static inline bool py_vm_cache_shadowed(py_vm_t *vm, uintptr_t offset, py_val_t obj, py_val_t name) {
    if (offset == 0 || (py_obj(obj)->type->flags & PY_TF_NO_SHADOW)) return false;
    py_val_t d = *py_vm_cache_field(obj, offset);
    return d != PY_NULL && py_dict_ptr(d)->len && py_dict_get_name(vm, d, name) != PY_NULL;
}

// ---- polymorphic sites, inline part -------------------------------------------------------
// A guarded form that misses its entry tries the site's extra ways here, in
// the loop, before the out-of-line miss path: a site that sees a few types
// in turn (richards' task subclasses) then pays a few compares, not a call.

// The extra way of [c] held for [obj]'s type at its current version, or NULL.
static inline py_cache_way_t *py_vm_cache_find_way(py_vm_t *vm, const py_cache_entry_t *c, py_val_t obj) {
    py_cache_poly_t *p = c->poly;
    if (!p || !py_is_obj(obj)) return NULL;
    py_type_t *t = py_obj(obj)->type;
    py_val_t key = py_from_obj(t);
    py_cache_way_t *w = p->way;
    while (w->key != key)
        if (++w == p->way + PY_CACHE_WAYS) return NULL;
    return w->version == py_vm_cache_type_version(vm, t) ? w : NULL;
}

// Way [w] of [c] hit PY_CACHE_MISS_LIMIT times since the last promotion: it
// trades places with the entry's own way, and the instruction at [at] takes
// the way's opcode (when the site is still type-keyed). Never raises.
void py_vm_cache_promote(py_cache_entry_t *c, uint32_t *at, py_cache_way_t *w);

// Counts a hit of way [w]. The caller has read what it needs from [w]: a
// promotion overwrites it with the entry's old way.
static inline void py_vm_cache_way_hit(py_cache_entry_t *c, uint32_t *at, py_cache_way_t *w) {
    if (++c->poly->hits >= PY_CACHE_MISS_LIMIT) py_vm_cache_promote(c, at, w);
}

// The value an extra way of [c] gives for [obj].name without a lookup, or
// PY_NULL (no way for its type, or one the out-of-line path must finish: a
// class attribute whose instance dict needs a probe). Never raises.
static inline py_val_t py_vm_cache_way_load_attr(py_vm_t *vm, py_cache_entry_t *c, uint32_t *at, py_val_t obj) {
    py_cache_way_t *w = py_vm_cache_find_way(vm, c, obj);
    if (!w) return PY_NULL;
    py_val_t v = PY_NULL;
    if (w->op == PY_OPC_LOAD_ATTR_INSTANCE) {
        py_val_t d = *py_vm_cache_field(obj, py_obj(obj)->type->dictoffset);
        if (d != PY_NULL) v = py_vm_cache_dict_at(d, w->aux, w->value);
    } else if (w->op == PY_OPC_LOAD_ATTR_SLOT) {
        v = *py_vm_cache_field(obj, w->aux);
    } else if (w->op == PY_OPC_LOAD_ATTR_CLASS && (w->aux == 0 || (py_obj(obj)->type->flags & PY_TF_NO_SHADOW))) {
        v = w->value;
    }
    if (v != PY_NULL) py_vm_cache_way_hit(c, at, w);
    return v;
}

// The method an extra way of [c] holds for [obj]'s type (self is obj), or
// PY_NULL as py_vm_cache_way_load_attr. Never raises.
static inline py_val_t py_vm_cache_way_method(py_vm_t *vm, py_cache_entry_t *c, uint32_t *at, py_val_t obj) {
    py_cache_way_t *w = py_vm_cache_find_way(vm, c, obj);
    if (!w || w->op != PY_OPC_LOAD_METHOD_CACHED ||
        (w->aux != 0 && !(py_obj(obj)->type->flags & PY_TF_NO_SHADOW)))
        return PY_NULL;
    py_val_t m = w->value;
    py_vm_cache_way_hit(c, at, w);
    return m;
}

// Stores [value] as [obj].name through an extra way of [c] when one holds
// obj's type and the field or dict entry is already there. Returns false
// (nothing stored) otherwise. Never raises or allocates.
static inline bool py_vm_cache_way_store_attr(py_vm_t *vm, py_cache_entry_t *c, uint32_t *at, py_val_t obj,
                                              py_val_t value) {
    py_cache_way_t *w = py_vm_cache_find_way(vm, c, obj);
    if (!w) return false;
    if (w->op == PY_OPC_STORE_ATTR_SLOT) {
        *py_vm_cache_field(obj, w->aux) = value;
    } else {
        py_val_t dv = *py_vm_cache_field(obj, py_obj(obj)->type->dictoffset);
        if (dv == PY_NULL) return false;
        py_dict_t *d = py_dict_ptr(dv);
        if (w->aux >= d->used || d->entries[w->aux].key != w->value) return false;
        d->entries[w->aux].value = value;
        d->version++;
    }
    py_vm_cache_way_hit(c, at, w);
    return true;
}

// Gives [co] its cache array and quickens its instructions. Returns false,
// leaving the code generic, when memory is short. Never raises; may collect.
bool py_vm_cache_quicken(py_vm_t *vm, py_code_t *co);

// The adaptive and miss paths of the quickened instructions. [at] is the
// instruction word to rewrite, [c] its entry, [name] the name of c->oparg.
// Each does what the generic instruction does (and so may raise and
// allocate), then specialises the site when it can.
py_val_t py_vm_cache_load_global(py_vm_t *vm, py_frame_t *f, py_cache_entry_t *c, uint32_t *at,
                                 py_val_t name);
py_val_t py_vm_cache_load_attr(py_vm_t *vm, py_cache_entry_t *c, uint32_t *at, py_val_t obj,
                               py_val_t name);
py_val_t py_vm_cache_load_method(py_vm_t *vm, py_cache_entry_t *c, uint32_t *at, py_val_t obj,
                                 py_val_t name, py_val_t *self);
void py_vm_cache_store_attr(py_vm_t *vm, py_cache_entry_t *c, uint32_t *at, py_val_t obj,
                            py_val_t name, py_val_t value);

// The generic LOAD_ATTR and LOAD_METHOD (py_getattr, py_getmethod, with
// super objects answering first). May raise; may allocate.
py_val_t py_vm_cache_getattr(py_vm_t *vm, py_val_t obj, py_val_t name);
py_val_t py_vm_cache_getmethod(py_vm_t *vm, py_val_t obj, py_val_t name, py_val_t *self);

// Marks what [co]'s cache entries hold. For code_mark; does not allocate or raise.
void py_vm_cache_mark(py_vm_t *vm, py_code_t *co);

#endif
