// vm/vm_cache.c: filling the inline caches of globals, attributes and methods; quickening code.
// Layer: vm core (VM). The guarded fast paths are in vm/vm_loop.c; the rules are in vm/vm_cache.h.
// SPDX-License-Identifier: MIT

#include "vm_cache.h"
#include "except.h"
#include "frame.h"
#include "gc.h"
#include "obj_func.h"
#include "obj_module.h"
#include "obj_super.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "opcodes.h"
#include "runtime.h"
#include "vm_loop.h"

// ---- quickening --------------------------------------------------------------------------

// The adaptive form of a cacheable generic opcode, or the opcode itself.
static py_opcode_t adaptive_of(py_opcode_t op) {
    switch (op) {
    case PY_OPC_LOAD_GLOBAL: return PY_OPC_LOAD_GLOBAL_ADAPTIVE;
    case PY_OPC_LOAD_ATTR: return PY_OPC_LOAD_ATTR_ADAPTIVE;
    case PY_OPC_LOAD_METHOD: return PY_OPC_LOAD_METHOD_ADAPTIVE;
    case PY_OPC_STORE_ATTR: return PY_OPC_STORE_ATTR_ADAPTIVE;
    default: return op;
    }
}

typedef struct alloc_job {
    size_t bytes;
    void *block;
} alloc_job_t;

static void run_alloc(py_vm_t *vm, void *ud) {
    alloc_job_t *j = ud;
    j->block = py_gc_new_bytes(vm, j->bytes);
}

static void run_lookup_init(py_vm_t *vm, void *ud) {
    (void)ud;
    py_type_lookup_cache_init(vm);
}

// Caches are a speed-up, never a need: in a small or nearly full heap
// (-X heapsize on a microcontroller) the program's own data comes first, so
// a cache takes at most a 1/PY_CACHE_HEAP_SHARE share of the free heap.
static bool affordable(py_vm_t *vm, size_t bytes) {
    return bytes <= py_gc_bytes_free(vm) / PY_CACHE_HEAP_SHARE;
}

bool py_vm_cache_quicken(py_vm_t *vm, py_code_t *co) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < co->ncode; i++)
        if (adaptive_of(py_instr_op(co->code[i])) != py_instr_op(co->code[i])) n++;
    if (n == 0) return true;
    if (n > UINT16_MAX) return false;   // ncache is 16 bits: such code stays generic
    // A failed allocation leaves vm->exc set: the code just stays generic.
    alloc_job_t j = {n * sizeof(py_cache_entry_t), NULL};
    if (!affordable(vm, j.bytes)) return false;
    py_val_t exc = vm->exc;
    if (py_pcall(vm, run_alloc, &j) != 0) {
        vm->exc = exc;
        return false;
    }
    if (!vm->lookup_cache && affordable(vm, py_type_lookup_cache_bytes()) &&
        py_pcall(vm, run_lookup_init, NULL) != 0)
        vm->exc = exc;
    py_cache_entry_t *cache = j.block;
    uint32_t k = 0;
    for (uint32_t i = 0; i < co->ncode; i++) {
        py_opcode_t op = py_instr_op(co->code[i]), q = adaptive_of(op);
        if (q == op) continue;
        cache[k].oparg = py_instr_arg(co->code[i]);
        co->code[i] = py_instr(q, k++);
    }
    co->cache = cache;
    co->ncache = (uint16_t)n;
    return true;
}

void py_vm_cache_mark(py_vm_t *vm, py_code_t *co) {
    if (!co->cache) return;
    py_gc_mark_ptr(vm, co->cache);
    for (uint32_t i = 0; i < co->ncache; i++) {
        py_gc_mark(vm, co->cache[i].key);
        py_gc_mark(vm, co->cache[i].value);
        py_cache_poly_t *poly = co->cache[i].poly;
        if (!poly) continue;
        py_gc_mark_ptr(vm, poly);
        for (int w = 0; w < PY_CACHE_WAYS; w++) {
            py_gc_mark(vm, poly->way[w].key);
            py_gc_mark(vm, poly->way[w].value);
        }
    }
}

// ---- shared steps -------------------------------------------------------------------------

static void rewrite(uint32_t *at, py_opcode_t op) { *at = py_instr(op, py_instr_arg(*at)); }

// Whether the site at [at] should try to specialise now. A specialised site
// that missed counts its misses and specialises again (for the object at
// hand) at the limit; an adaptive site waits out its backoff.
static bool should_fill(py_cache_entry_t *c, uint32_t *at, py_opcode_t adaptive) {
    if (py_instr_op(*at) != adaptive) return ++c->misses >= PY_CACHE_MISS_LIMIT;
    if (c->backoff == 0) return true;
    c->backoff--;
    return false;
}

// Installs a specialisation [op] (the entry is filled) and clears the misses.
static void install(py_cache_entry_t *c, uint32_t *at, py_opcode_t op) {
    rewrite(at, op);
    c->misses = 0;
}

// A site that cannot be specialised: generic until the backoff runs out.
static void give_up(py_cache_entry_t *c, uint32_t *at, py_opcode_t adaptive) {
    rewrite(at, adaptive);
    c->backoff = PY_CACHE_BACKOFF;
    c->misses = 0;
}

// The index of [name]'s entry in dict [d], or -1. A linear scan: it runs
// only when a site is filled.
static intptr_t entry_index(py_val_t d, py_val_t name) {
    py_dict_t *p = py_dict_ptr(d);
    for (size_t i = 0; i < p->used; i++)
        if (p->entries[i].key == name) return (intptr_t)i;
    return -1;
}

// ---- globals -----------------------------------------------------------------------------

py_val_t py_vm_cache_load_global(py_vm_t *vm, py_frame_t *f, py_cache_entry_t *c, uint32_t *at,
                                 py_val_t name) {
    py_val_t v = py_dict_get_name(vm, f->globals, name);
    bool builtin = v == PY_NULL;
    if (builtin) {
        // The common miss: the globals changed (a global was stored), but
        // the name is still absent from them, and a builtin at its entry.
        if (py_instr_op(*at) == PY_OPC_LOAD_GLOBAL_BUILTIN && c->key == f->globals) {
            v = py_vm_cache_dict_at(vm->builtins_dict, c->aux, name);
            if (v != PY_NULL) {
                c->version = py_dict_ptr(f->globals)->version;
                return v;
            }
        }
        v = py_dict_get_name(vm, vm->builtins_dict, name);
        if (v == PY_NULL) py_vm_ops_name_error(vm, name);
    }
    if (!should_fill(c, at, PY_OPC_LOAD_GLOBAL_ADAPTIVE)) return v;
    intptr_t i = entry_index(builtin ? vm->builtins_dict : f->globals, name);
    if (i < 0 || !py_is_istr(name)) {
        give_up(c, at, PY_OPC_LOAD_GLOBAL_ADAPTIVE);
        return v;
    }
    c->key = f->globals;
    c->value = name;
    c->aux = (uintptr_t)i;
    c->version = py_dict_ptr(f->globals)->version;
    install(c, at, builtin ? PY_OPC_LOAD_GLOBAL_BUILTIN : PY_OPC_LOAD_GLOBAL_MODULE);
    return v;
}

// ---- attributes: what a lookup found ---------------------------------------------------------

// The generic LOAD_ATTR and LOAD_METHOD (super objects answer first).
py_val_t py_vm_cache_getattr(py_vm_t *vm, py_val_t obj, py_val_t name) {
    if (py_type_of(vm, obj)->slots.getattr == py_super_getattr) {
        py_val_t v = py_super_getattr(vm, obj, name);
        if (v != PY_NULL) return v;
    }
    return py_getattr(vm, obj, name);
}

py_val_t py_vm_cache_getmethod(py_vm_t *vm, py_val_t obj, py_val_t name, py_val_t *self) {
    if (py_type_of(vm, obj)->slots.getattr == py_super_getattr) {
        *self = PY_NULL;
        return py_vm_cache_getattr(vm, obj, name);
    }
    return py_getmethod(vm, obj, name, self);
}

static bool is_type(py_vm_t *vm, py_val_t v, py_type_id_t id) {
    return py_is_obj(v) && py_obj(v)->type == vm->types[id];
}

// True when [t]'s instances follow object's lookup without hooks, so a
// lookup's result depends only on the MRO and the instance's own storage.
static bool plain_lookup(py_vm_t *vm, py_type_t *t) {
    return !(py_type_attr_flags(vm, t) & (PY_TA_GETATTRIBUTE | PY_TA_GETATTR)) &&
           t->slots.getattr == NULL;
}

// True when [v] is a class attribute that reads as itself through an
// instance: not a function, method or descriptor of any kind.
static bool plain_value(py_vm_t *vm, py_val_t v) {
    if (!py_is_obj(v)) return true;
    py_type_t *vt = py_obj(v)->type;
    if (vt == vm->types[PY_T_function] || vt == vm->types[PY_T_builtin_function] ||
        vt == vm->types[PY_T_wrapper_descriptor] || vt == vm->types[PY_T_member_descriptor] ||
        vt == vm->types[PY_T_getset_descriptor] || vt == vm->types[PY_T_property] ||
        vt == vm->types[PY_T_classmethod] || vt == vm->types[PY_T_staticmethod])
        return false;
    return !(py_type_attr_flags(vm, vt) & (PY_TA_DESCR_GET | PY_TA_DESCR_SET));
}

// True when [descr], found on a type's MRO, is a data descriptor, which
// wins over the instance dict.
static bool data_descr(py_vm_t *vm, py_val_t descr) {
    return descr != PY_NULL && py_is_obj(descr) &&
           (py_type_attr_flags(vm, py_obj(descr)->type) & PY_TA_DESCR_SET);
}

// The instance dict field of [t]'s instances at a fixed offset, or 0.
static size_t dict_offset(py_type_t *t) { return t->slots.var_size ? 0 : t->dictoffset; }

static py_val_t instance_dict(py_val_t obj, size_t offset) {
    return *(py_val_t *)(void *)((char *)py_obj(obj) + offset);
}

static void fill_type(py_vm_t *vm, py_cache_entry_t *c, py_type_t *t, py_val_t value, uintptr_t aux) {
    c->key = py_from_obj(t);
    c->value = value;
    c->version = py_vm_cache_type_version(vm, t);
    c->aux = aux;
}

// A member descriptor of [t]'s layout: its field can be read and written directly.
static bool own_member(py_vm_t *vm, py_type_t *t, py_val_t descr) {
    return is_type(vm, descr, PY_T_member_descriptor) &&
           py_is_subtype(t, py_member_owner(descr));
}

// Specialises LOAD_ATTR at [at] for [obj].name, which gave [v]. Returns the opcode, or 0.
static py_opcode_t fill_attr(py_vm_t *vm, py_cache_entry_t *c, py_val_t obj, py_val_t name,
                             py_val_t v) {
    if (!py_is_obj(obj) || !py_is_istr(name)) return 0;
    py_type_t *t = py_obj(obj)->type;
    if (t == vm->types[PY_T_module]) {
        py_val_t d = ((py_module_t *)py_obj(obj))->dict;
        intptr_t i = entry_index(d, name);
        if (i < 0 || py_type_lookup(vm, t, name) != PY_NULL || py_dict_ptr(d)->entries[i].value != v)
            return 0;
        c->key = obj;
        c->value = name;
        c->aux = (uintptr_t)i;
        return PY_OPC_LOAD_ATTR_MODULE;
    }
    if (t == vm->types[PY_T_type]) {
        py_type_t *cls = (py_type_t *)py_obj(obj);
        if (py_type_lookup(vm, t, name) != PY_NULL || py_type_lookup(vm, cls, name) != v ||
            !plain_value(vm, v))
            return 0;
        fill_type(vm, c, cls, v, 0);
        c->key = obj;
        return PY_OPC_LOAD_ATTR_TYPE;
    }
    if (!plain_lookup(vm, t)) return 0;
    py_val_t descr = py_type_lookup(vm, t, name);
    if (own_member(vm, t, descr)) {
        fill_type(vm, c, t, name, py_member_offset(descr));
        return PY_OPC_LOAD_ATTR_SLOT;
    }
    size_t off = dict_offset(t);
    if (data_descr(vm, descr)) return 0;
    py_val_t d = off ? instance_dict(obj, off) : PY_NULL;
    if (d != PY_NULL) {
        intptr_t i = entry_index(d, name);
        if (i >= 0 && py_dict_ptr(d)->entries[i].value == v) {
            fill_type(vm, c, t, name, (uintptr_t)i);
            return PY_OPC_LOAD_ATTR_INSTANCE;
        }
    }
    if (descr == v && plain_value(vm, v) && (t->dictoffset == 0 || off != 0)) {
        fill_type(vm, c, t, v, off);
        return PY_OPC_LOAD_ATTR_CLASS;
    }
    return 0;
}

// ---- polymorphic sites -----------------------------------------------------------------------
// A type-keyed site (LOAD_ATTR_INSTANCE/SLOT/CLASS, LOAD_METHOD_CACHED,
// STORE_ATTR_INSTANCE/SLOT) that meets another type fills an extra way for
// it instead of respecialising: its misses then find their type among a
// few ways, keyed and guarded as the entry itself, without a generic
// lookup. A way that keeps hitting while the entry's own misses is swapped
// into the entry, so a site whose type changed for good hits in the loop again.

// Whether [op] is a type-keyed specialisation, which can have extra ways.
static bool type_keyed(py_opcode_t op) {
    return op == PY_OPC_LOAD_ATTR_INSTANCE || op == PY_OPC_LOAD_ATTR_SLOT ||
           op == PY_OPC_LOAD_ATTR_CLASS || op == PY_OPC_LOAD_METHOD_CACHED ||
           op == PY_OPC_STORE_ATTR_INSTANCE || op == PY_OPC_STORE_ATTR_SLOT;
}

static py_cache_way_t *find_way(py_vm_t *vm, py_cache_entry_t *c, py_val_t obj) {
    return py_vm_cache_find_way(vm, c, obj);
}

void py_vm_cache_promote(py_cache_entry_t *c, uint32_t *at, py_cache_way_t *w) {
    c->poly->hits = 0;
    if (!type_keyed(py_instr_op(*at))) return;
    py_cache_way_t old = {c->key, c->value, c->version, c->aux, py_instr_op(*at)};
    c->key = w->key;
    c->value = w->value;
    c->version = w->version;
    c->aux = w->aux;
    rewrite(at, (py_opcode_t)w->op);
    *w = old;
}

static void way_hit(py_cache_entry_t *c, uint32_t *at, py_cache_way_t *w) { py_vm_cache_way_hit(c, at, w); }

static void run_alloc_poly(py_vm_t *vm, void *ud) {
    *(py_cache_poly_t **)ud = py_gc_new_bytes(vm, sizeof(py_cache_poly_t));
}

// Records what [tmp] (filled for another type than [c]'s) holds as a way of
// [c], the specialisation [op]. A way already held for that type is
// replaced; else a free one, else the ways take turns. Without memory the
// site just stays as it is. May collect; never raises.
static void add_way(py_vm_t *vm, py_cache_entry_t *c, const py_cache_entry_t *tmp, py_opcode_t op) {
    if (!c->poly) {
        py_cache_poly_t *poly = NULL;
        py_val_t exc = vm->exc;
        if (!affordable(vm, sizeof *poly) || py_pcall(vm, run_alloc_poly, &poly) != 0) {
            vm->exc = exc;
            return;
        }
        c->poly = poly;
    }
    py_cache_poly_t *poly = c->poly;
    py_cache_way_t *w = NULL;
    for (int i = 0; i < PY_CACHE_WAYS && !w; i++)
        if (poly->way[i].key == tmp->key) w = &poly->way[i];
    for (int i = 0; i < PY_CACHE_WAYS && !w; i++)
        if (poly->way[i].key == PY_NULL) w = &poly->way[i];
    if (!w) w = &poly->way[poly->next++ % PY_CACHE_WAYS];
    *w = (py_cache_way_t){tmp->key, tmp->value, tmp->version, tmp->aux, op};
}

// A specialised site at [at] missed and the generic path gave a fill [op]
// in [tmp]: the entry's own type at a new version refills the entry, any
// other type gets a way. Returns false when the site should take the
// ordinary miss path instead (neither is type-keyed).
static bool refill_or_add(py_vm_t *vm, py_cache_entry_t *c, uint32_t *at, const py_cache_entry_t *tmp,
                          py_opcode_t op) {
    if (!op || !type_keyed(op) || !type_keyed(py_instr_op(*at))) return false;
    // The entry's type, unchanged, but this object differs (its dict has
    // another layout): leave it to the ordinary miss count, not a refill per miss.
    if (tmp->key == c->key && tmp->version == c->version) return false;
    if (tmp->key == c->key) {
        c->value = tmp->value;
        c->version = tmp->version;
        c->aux = tmp->aux;
        install(c, at, op);
    } else {
        add_way(vm, c, tmp, op);
    }
    return true;
}

// The attribute way [w] serves for [obj].name, or PY_NULL when it has no value there.
static py_val_t way_load_attr(py_vm_t *vm, const py_cache_way_t *w, py_val_t obj, py_val_t name) {
    switch (w->op) {
    case PY_OPC_LOAD_ATTR_INSTANCE: {
        py_val_t d = *py_vm_cache_field(obj, py_obj(obj)->type->dictoffset);
        return d != PY_NULL ? py_vm_cache_dict_at(d, w->aux, w->value) : PY_NULL;
    }
    case PY_OPC_LOAD_ATTR_SLOT: return *py_vm_cache_field(obj, w->aux);
    case PY_OPC_LOAD_ATTR_CLASS: return py_vm_cache_shadowed(vm, w->aux, obj, name) ? PY_NULL : w->value;
    default: return PY_NULL;
    }
}

py_val_t py_vm_cache_load_attr(py_vm_t *vm, py_cache_entry_t *c, uint32_t *at, py_val_t obj,
                               py_val_t name) {
    py_cache_way_t *w = find_way(vm, c, obj);
    if (w) {
        py_val_t v = way_load_attr(vm, w, obj, name);
        if (v != PY_NULL) {
            way_hit(c, at, w);
            return v;
        }
    }
    py_val_t v = py_vm_cache_getattr(vm, obj, name);
    if (!w && py_instr_op(*at) != PY_OPC_LOAD_ATTR_ADAPTIVE) {
        py_cache_entry_t tmp = *c;
        if (refill_or_add(vm, c, at, &tmp, fill_attr(vm, &tmp, obj, name, v))) return v;
    }
    if (!should_fill(c, at, PY_OPC_LOAD_ATTR_ADAPTIVE)) return v;
    py_opcode_t op = fill_attr(vm, c, obj, name, v);
    if (op) install(c, at, op);
    else give_up(c, at, PY_OPC_LOAD_ATTR_ADAPTIVE);
    return v;
}

// ---- methods --------------------------------------------------------------------------------

// Specialises LOAD_METHOD for [obj].name, which py_getmethod answered with
// [m] and [self]. Returns the opcode, or 0.
static py_opcode_t fill_method(py_vm_t *vm, py_cache_entry_t *c, py_val_t obj, py_val_t name, py_val_t m,
                               py_val_t self) {
    py_type_t *t = py_type_of(vm, obj);
    if (self != PY_NULL && plain_lookup(vm, t) && (t->dictoffset == 0 || dict_offset(t) != 0) &&
        py_is_istr(name)) {
        // py_getmethod found a plain method on the MRO, not shadowed.
        fill_type(vm, c, t, m, dict_offset(t));
        return PY_OPC_LOAD_METHOD_CACHED;
    }
    if (self == PY_NULL && t == vm->types[PY_T_module] &&
        fill_attr(vm, c, obj, name, m) == PY_OPC_LOAD_ATTR_MODULE)
        return PY_OPC_LOAD_METHOD_MODULE;
    return 0;
}

py_val_t py_vm_cache_load_method(py_vm_t *vm, py_cache_entry_t *c, uint32_t *at, py_val_t obj,
                                 py_val_t name, py_val_t *self) {
    py_cache_way_t *w = find_way(vm, c, obj);
    if (w && w->op == PY_OPC_LOAD_METHOD_CACHED && !py_vm_cache_shadowed(vm, w->aux, obj, name)) {
        py_val_t m = w->value;   // before way_hit, which may swap the way out
        way_hit(c, at, w);
        *self = obj;
        return m;
    }
    py_val_t m = py_vm_cache_getmethod(vm, obj, name, self);
    if (!w && py_instr_op(*at) != PY_OPC_LOAD_METHOD_ADAPTIVE) {
        py_cache_entry_t tmp = *c;
        if (refill_or_add(vm, c, at, &tmp, fill_method(vm, &tmp, obj, name, m, *self))) return m;
    }
    if (!should_fill(c, at, PY_OPC_LOAD_METHOD_ADAPTIVE)) return m;
    py_opcode_t op = fill_method(vm, c, obj, name, m, *self);
    if (op) install(c, at, op);
    else give_up(c, at, PY_OPC_LOAD_METHOD_ADAPTIVE);
    return m;
}

// ---- storing ------------------------------------------------------------------------------

static py_opcode_t fill_store(py_vm_t *vm, py_cache_entry_t *c, py_val_t obj, py_val_t name) {
    if (!py_is_obj(obj) || !py_is_istr(name)) return 0;
    py_type_t *t = py_obj(obj)->type;
    if ((py_type_attr_flags(vm, t) & PY_TA_SETATTR) || t->slots.setattr ||
        name == vm->names[PY_NAME___class__] || name == vm->names[PY_NAME___dict__])
        return 0;
    py_val_t descr = py_type_lookup(vm, t, name);
    if (own_member(vm, t, descr)) {
        fill_type(vm, c, t, name, py_member_offset(descr));
        return PY_OPC_STORE_ATTR_SLOT;
    }
    if (data_descr(vm, descr)) return 0;
    size_t off = dict_offset(t);
    py_val_t d = off ? instance_dict(obj, off) : PY_NULL;
    intptr_t i = d != PY_NULL ? entry_index(d, name) : -1;
    // The site's miss paths add the name to new objects' dicts without a
    // class lookup. That cannot break PY_TF_NO_SHADOW: the py_setattr before
    // this fill stored it into [obj] at this type version, clearing the flag
    // if the MRO defines it.
    if (i < 0) return 0;
    fill_type(vm, c, t, name, (uintptr_t)i);
    return PY_OPC_STORE_ATTR_INSTANCE;
}

// Stores [value] as [obj].name through way [w], held for obj's type. A
// dict without the name yet (a new object in __init__) gets it appended,
// as the entry's own miss path does. May allocate.
static void way_store_attr(py_vm_t *vm, py_cache_way_t *w, py_val_t obj, py_val_t name, py_val_t value) {
    if (w->op == PY_OPC_STORE_ATTR_SLOT) {
        *py_vm_cache_field(obj, w->aux) = value;
        return;
    }
    py_val_t *field = py_vm_cache_field(obj, py_obj(obj)->type->dictoffset);
    py_dict_t *d = *field != PY_NULL ? py_dict_ptr(*field) : NULL;
    if (d && w->aux < d->used && d->entries[w->aux].key == w->value) {
        d->entries[w->aux].value = value;
        d->version++;
        return;
    }
    if (*field == PY_NULL) *field = py_dict_new(vm);
    py_dict_set_name(vm, *field, name, value);
    d = py_dict_ptr(*field);
    if (d->used > 0 && d->entries[d->used - 1].key == name) w->aux = d->used - 1;
}

void py_vm_cache_store_attr(py_vm_t *vm, py_cache_entry_t *c, uint32_t *at, py_val_t obj,
                            py_val_t name, py_val_t value) {
    // The common miss: a new object of the cached type gets its attributes
    // in __init__, appended in the same order as the last one's.
    if (py_instr_op(*at) == PY_OPC_STORE_ATTR_INSTANCE && py_is_obj(obj) &&
        py_from_obj(py_obj(obj)->type) == c->key &&
        c->version == py_vm_cache_type_version(vm, py_obj(obj)->type)) {
        py_type_t *t = py_obj(obj)->type;
        py_val_t *field = (py_val_t *)(void *)((char *)py_obj(obj) + t->dictoffset);
        if (*field == PY_NULL) *field = py_dict_new(vm);
        py_dict_set_name(vm, *field, name, value);
        py_dict_t *d = py_dict_ptr(*field);
        if (d->used > 0 && d->entries[d->used - 1].key == name && d->used - 1 != c->aux) {
            c->aux = d->used - 1;
            if (++c->misses >= PY_CACHE_MISS_LIMIT) give_up(c, at, PY_OPC_STORE_ATTR_ADAPTIVE);
        }
        return;
    }
    py_cache_way_t *w = find_way(vm, c, obj);
    if (w) {
        way_store_attr(vm, w, obj, name, value);
        way_hit(c, at, w);
        return;
    }
    py_setattr(vm, obj, name, value);
    if (py_instr_op(*at) != PY_OPC_STORE_ATTR_ADAPTIVE) {
        py_cache_entry_t tmp = *c;
        if (refill_or_add(vm, c, at, &tmp, fill_store(vm, &tmp, obj, name))) return;
    }
    if (!should_fill(c, at, PY_OPC_STORE_ATTR_ADAPTIVE)) return;
    py_opcode_t op = fill_store(vm, c, obj, name);
    if (op) install(c, at, op);
    else give_up(c, at, PY_OPC_STORE_ATTR_ADAPTIVE);
}
