// vm/obj_set.c: set and frozenset: open-addressing hash tables of keys, and their iterator.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT
//
// The table follows CPython 3.11's setobject.c step for step (linear probes
// of 9 slots, then perturbed jumps; resize at 3/5 full to 4x the size; the
// same merge shortcuts), because a set's iteration order is its table order:
// with int hashes equal to CPython's, print({3, 1, 2}) then shows what
// CPython shows, which tests compare against.

#include <stdio.h>
#include "obj_set.h"
#include "interrupt.h"
#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

// CPython's tuning: 9 linear probes stay in one or two cache lines; the
// perturb shift of 5 mixes the high hash bits in within a few steps.
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define MIN_SIZE 8
// A deleted slot: an immediate that is no Python value (below PY_IMM_LIMIT,
// distinct from every PY_* immediate), so the GC ignores it.
#define DUMMY ((py_val_t)0xF8)

typedef struct set_entry {
    py_val_t key;     // PY_NULL: never used; DUMMY: deleted
    py_hash_t hash;
} set_entry_t;

typedef struct py_set {
    py_obj_t base;
    size_t fill;          // active + dummy slots
    size_t used;          // active slots
    size_t mask;          // table size - 1
    size_t finger;        // where pop() starts looking
    py_hash_t hash;       // frozenset's hash once computed, else -1
    set_entry_t *table;   // py_gc_new_values block of mask + 1 entries; NULL while never filled
} py_set_t;

typedef struct set_iter {
    py_obj_t base;
    py_val_t set;     // PY_NULL once exhausted
    size_t pos;
    size_t used;      // the set's size at the start; SIZE_MAX after a change was reported
} set_iter_t;

static py_set_t *set_ptr(py_val_t v) { return (py_set_t *)py_obj(v); }
static bool is_anyset(py_vm_t *vm, py_val_t v) {
    return py_is_a(vm, v, PY_T_set) || py_is_a(vm, v, PY_T_frozenset);
}
static bool is_frozen(py_vm_t *vm, py_val_t v) { return py_is_a(vm, v, PY_T_frozenset); }

// ---- the table ---------------------------------------------------------------------------------

static py_hash_t key_hash(py_vm_t *vm, py_val_t key) {
    if (py_is_istr(key)) return py_str_hash(key);
    if (py_is_small(key)) return py_int_hash(key);
    return py_hash(vm, key);
}

static py_set_t *alloc_set(py_vm_t *vm, py_type_t *type) {
    py_set_t *s = py_gc_new(vm, type, type->basicsize);
    s->mask = MIN_SIZE - 1;
    s->hash = -1;
    return s;
}

static void ensure_table(py_vm_t *vm, py_set_t *s) {
    if (!s->table) s->table = (set_entry_t *)py_gc_new_values(vm, (s->mask + 1) * 2);
}

static bool keys_equal(py_vm_t *vm, py_val_t a, py_val_t b) {
    if (py_is_istr(a) && py_is_istr(b)) return false;
    if (py_is_str(vm, a) && py_is_str(vm, b)) return py_str_equal(a, b);
    return py_equal(vm, a, b);
}

// The slot holding [key], or -1. Restarts when __eq__ changed the table.
static int64_t find(py_vm_t *vm, py_set_t *s, py_val_t key, py_hash_t hash) {
restart:
    if (!s->table) return -1;
    size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = i; j <= i + probes; j++) {
            set_entry_t *e = &s->table[j];
            if (e->key == PY_NULL) return -1;
            if (e->hash != hash || e->key == DUMMY) continue;
            if (e->key == key) return (int64_t)j;
            set_entry_t *table = s->table;
            py_val_t start = e->key;
            bool eq = keys_equal(vm, start, key);
            if (table != s->table || s->table[j].key != start) goto restart;
            if (eq) return (int64_t)j;
            mask = s->mask;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Puts a key known to be absent into a table without dummies.
static void insert_clean(set_entry_t *table, size_t mask, py_val_t key, py_hash_t hash) {
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = i; j <= i + probes; j++)
            if (table[j].key == PY_NULL) {
                table[j] = (set_entry_t){key, hash};
                return;
            }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void resize(py_vm_t *vm, py_set_t *s, size_t minused) {
    size_t size = MIN_SIZE;
    while (size <= minused) {
        if (size > SIZE_MAX / 4 / sizeof(set_entry_t)) py_raise_memory_error(vm);
        size <<= 1;
    }
    set_entry_t *table = (set_entry_t *)py_gc_new_values(vm, size * 2);
    set_entry_t *old = s->table;
    size_t oldsize = old ? s->mask + 1 : 0;
    for (size_t j = 0; j < oldsize; j++)
        if (old[j].key != PY_NULL && old[j].key != DUMMY)
            insert_clean(table, size - 1, old[j].key, old[j].hash);
    s->table = table;
    s->mask = size - 1;
    s->fill = s->used;
}

static void grow_after_add(py_vm_t *vm, py_set_t *s) {
    if (s->fill * 5 < s->mask * 3) return;
    resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

// Adds [key]; nothing happens when it is there already.
static void add_entry(py_vm_t *vm, py_set_t *s, py_val_t key, py_hash_t hash) {
restart:
    ensure_table(vm, s);
    size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    int64_t freeslot = -1;
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = i; j <= i + probes; j++) {
            set_entry_t *e = &s->table[j];
            if (e->key == PY_NULL) {
                if (freeslot >= 0) {
                    s->table[freeslot] = (set_entry_t){key, hash};
                    s->used++;
                    return;
                }
                *e = (set_entry_t){key, hash};
                s->fill++;
                s->used++;
                grow_after_add(vm, s);
                return;
            }
            if (e->key == DUMMY) {   // the last dummy met is reused, as CPython 3.11 does
                freeslot = (int64_t)j;
                continue;
            }
            if (e->hash != hash) continue;
            if (e->key == key) return;
            set_entry_t *table = s->table;
            py_val_t start = e->key;
            bool eq = keys_equal(vm, start, key);
            if (table != s->table || s->table[j].key != start) goto restart;
            if (eq) return;
            mask = s->mask;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static bool discard_entry(py_vm_t *vm, py_set_t *s, py_val_t key, py_hash_t hash) {
    int64_t j = find(vm, s, key, hash);
    if (j < 0) return false;
    s->table[j] = (set_entry_t){DUMMY, -1};
    s->used--;
    return true;
}

// The next active entry at or after *pos, or NULL.
static set_entry_t *next_entry(py_set_t *s, size_t *pos) {
    if (!s->table) return NULL;
    while (*pos <= s->mask) {
        set_entry_t *e = &s->table[(*pos)++];
        if (e->key != PY_NULL && e->key != DUMMY) return e;
    }
    return NULL;
}

static void clear_set(py_set_t *s) {
    s->table = NULL;   // the sweep frees the old table (an iterator may still hold the set)
    s->mask = MIN_SIZE - 1;
    s->fill = s->used = s->finger = 0;
}

// ---- hashing the set itself ------------------------------------------------------------------------

static uintptr_t shuffle_bits(uintptr_t h) {
    return ((h ^ (uintptr_t)89869747UL) ^ (h << 16)) * (uintptr_t)3644798167UL;
}

// CPython's frozenset hash: order-independent, and mixed so that nested
// frozensets do not collide.
static py_hash_t compute_hash(py_set_t *s) {
    uintptr_t h = 0;
    size_t pos = 0;
    for (set_entry_t *e; (e = next_entry(s, &pos)) != NULL;) h ^= shuffle_bits((uintptr_t)e->hash);
    h ^= ((uintptr_t)s->used + 1) * (uintptr_t)1927868237UL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923UL;
    if (h == (uintptr_t)-1) h = 590923713UL;
    return (py_hash_t)h;
}

static py_hash_t frozenset_hash(py_vm_t *vm, py_val_t self) {
    (void)vm;
    py_set_t *s = set_ptr(self);
    if (s->hash == -1) s->hash = compute_hash(s);
    return s->hash;
}

// The hash of a key being looked up: a set stands for the equal frozenset
// (so `set() in {frozenset()}` works, as CPython).
static py_hash_t lookup_hash(py_vm_t *vm, py_val_t key) {
    if (py_is_a(vm, key, PY_T_set)) return compute_hash(set_ptr(key));
    return key_hash(vm, key);
}

// ---- building --------------------------------------------------------------------------------------

// Adds every key of set [other] to [s] (CPython's set_merge, shortcuts included).
static void merge(py_vm_t *vm, py_set_t *s, py_set_t *other) {
    if (other == s || other->used == 0) return;
    if ((s->fill + other->used) * 5 >= s->mask * 3) resize(vm, s, (s->used + other->used) * 2);
    ensure_table(vm, s);
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
        memcpy(s->table, other->table, (s->mask + 1) * sizeof(set_entry_t));
        s->fill = other->fill;
        s->used = other->used;
        return;
    }
    if (s->fill == 0) {
        size_t pos = 0;
        for (set_entry_t *e; (e = next_entry(other, &pos)) != NULL;)
            insert_clean(s->table, s->mask, e->key, e->hash);
        s->fill = s->used = other->used;
        return;
    }
    unsigned poll = PY_INTERRUPT_EVERY;
    for (size_t pos = 0; pos <= other->mask; pos++) {   // other->table re-read: __eq__ may mutate
        py_interrupt_step(vm, &poll);
        if (!other->table) break;
        set_entry_t e = other->table[pos];
        if (e.key != PY_NULL && e.key != DUMMY) add_entry(vm, s, e.key, e.hash);
    }
}

static void update_from(py_vm_t *vm, py_set_t *s, py_val_t other) {
    if (is_anyset(vm, other)) {
        merge(vm, s, set_ptr(other));
        return;
    }
    if (py_is_exact(vm, other, PY_T_dict)) {
        py_dict_t *d = py_dict_ptr(other);
        if ((s->fill + d->len) * 5 >= s->mask * 3) resize(vm, s, (s->used + d->len) * 2);
        size_t pos = 0;
        unsigned poll = PY_INTERRUPT_EVERY;
        for (py_dict_entry_t *e; (e = py_dict_next(other, &pos)) != NULL;) {
            py_interrupt_step(vm, &poll);
            add_entry(vm, s, e->key, e->hash);
        }
        return;
    }
    py_val_t it = py_iter(vm, other);
    unsigned poll = PY_INTERRUPT_EVERY;
    for (py_val_t k; (k = py_next(vm, it)) != PY_NULL;) {
        py_interrupt_step(vm, &poll);   // the keys so far stay: the set is consistent
        add_entry(vm, s, k, key_hash(vm, k));
    }
}

py_val_t py_set_new(py_vm_t *vm, bool frozen) {
    return py_from_obj(alloc_set(vm, vm->types[frozen ? PY_T_frozenset : PY_T_set]));
}

void py_set_add(py_vm_t *vm, py_val_t set, py_val_t v) {
    add_entry(vm, set_ptr(set), v, key_hash(vm, v));
}

bool py_set_contains(py_vm_t *vm, py_val_t set, py_val_t v) {
    return find(vm, set_ptr(set), v, lookup_hash(vm, v)) >= 0;
}

// A new set or frozenset (the built-in base of [like]'s type) of [iterable]'s
// keys; [iterable] may be PY_NULL.
static py_val_t new_like(py_vm_t *vm, py_val_t like, py_val_t iterable) {
    py_val_t r = py_set_new(vm, is_frozen(vm, like));
    if (iterable != PY_NULL) update_from(vm, set_ptr(r), iterable);
    return r;
}

static py_val_t set_copy(py_vm_t *vm, py_val_t s) { return new_like(vm, s, s); }

// ---- the algebra (CPython's algorithms, so result orders match) ---------------------------------------

static py_val_t intersection(py_vm_t *vm, py_val_t a, py_val_t b) {
    py_val_t r = new_like(vm, a, PY_NULL);
    if (is_anyset(vm, b)) {
        if (set_ptr(b)->used > set_ptr(a)->used) {
            py_val_t t = a;
            a = b;
            b = t;
        }
        unsigned poll = PY_INTERRUPT_EVERY;
        for (size_t pos = 0; set_ptr(b)->table && pos <= set_ptr(b)->mask; pos++) {
            py_interrupt_step(vm, &poll);
            set_entry_t e = set_ptr(b)->table[pos];
            if (e.key == PY_NULL || e.key == DUMMY) continue;
            if (find(vm, set_ptr(a), e.key, e.hash) >= 0) add_entry(vm, set_ptr(r), e.key, e.hash);
        }
        return r;
    }
    py_val_t it = py_iter(vm, b);
    unsigned poll = PY_INTERRUPT_EVERY;
    for (py_val_t k; (k = py_next(vm, it)) != PY_NULL;) {
        py_interrupt_step(vm, &poll);
        py_hash_t h = key_hash(vm, k);
        if (find(vm, set_ptr(a), k, h) >= 0) add_entry(vm, set_ptr(r), k, h);
    }
    return r;
}

// Makes [s] hold [src]'s table (the intersection_update swap).
static void take_body(py_set_t *s, py_set_t *src) {
    s->table = src->table;
    s->mask = src->mask;
    s->fill = src->fill;
    s->used = src->used;
    s->finger = 0;
    s->hash = -1;
}

static void difference_update(py_vm_t *vm, py_val_t self, py_val_t other) {
    py_set_t *s = set_ptr(self);
    if (self == other) {
        clear_set(s);
        return;
    }
    if (is_anyset(vm, other)) {
        if ((set_ptr(other)->used >> 3) > s->used) other = intersection(vm, self, other);
        unsigned poll = PY_INTERRUPT_EVERY;
        for (size_t pos = 0; set_ptr(other)->table && pos <= set_ptr(other)->mask; pos++) {
            py_interrupt_step(vm, &poll);
            set_entry_t e = set_ptr(other)->table[pos];
            if (e.key != PY_NULL && e.key != DUMMY) discard_entry(vm, s, e.key, e.hash);
        }
    } else {
        py_val_t it = py_iter(vm, other);
        unsigned poll = PY_INTERRUPT_EVERY;
        for (py_val_t k; (k = py_next(vm, it)) != PY_NULL;) {
            py_interrupt_step(vm, &poll);
            discard_entry(vm, s, k, lookup_hash(vm, k));
        }
    }
    if (s->fill - s->used > s->mask / 4)   // more than 1/4 dummies: drop them
        resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static py_val_t difference(py_vm_t *vm, py_val_t a, py_val_t b) {
    size_t other_size;
    if (is_anyset(vm, b)) other_size = set_ptr(b)->used;
    else if (py_is_exact(vm, b, PY_T_dict)) other_size = py_dict_ptr(b)->len;
    else other_size = SIZE_MAX;
    if (other_size == SIZE_MAX || (set_ptr(a)->used >> 2) > other_size) {
        py_val_t r = set_copy(vm, a);
        difference_update(vm, r, b);
        return r;
    }
    py_val_t r = new_like(vm, a, PY_NULL);
    unsigned poll = PY_INTERRUPT_EVERY;
    for (size_t pos = 0; set_ptr(a)->table && pos <= set_ptr(a)->mask; pos++) {
        py_interrupt_step(vm, &poll);
        set_entry_t e = set_ptr(a)->table[pos];
        if (e.key == PY_NULL || e.key == DUMMY) continue;
        bool in = is_anyset(vm, b) ? find(vm, set_ptr(b), e.key, e.hash) >= 0
                                   : py_dict_get(vm, b, e.key) != PY_NULL;
        if (!in) add_entry(vm, set_ptr(r), e.key, e.hash);
    }
    return r;
}

static void symmetric_update(py_vm_t *vm, py_val_t self, py_val_t other) {
    py_set_t *s = set_ptr(self);
    if (self == other) {
        clear_set(s);
        return;
    }
    if (py_is_exact(vm, other, PY_T_dict)) {
        size_t pos = 0;
        unsigned poll = PY_INTERRUPT_EVERY;
        for (py_dict_entry_t *e; (e = py_dict_next(other, &pos)) != NULL;) {
            py_interrupt_step(vm, &poll);
            py_val_t k = e->key;
            py_hash_t h = e->hash;
            if (!discard_entry(vm, s, k, h)) add_entry(vm, s, k, h);
        }
        return;
    }
    py_val_t o = is_anyset(vm, other) ? other : new_like(vm, self, other);
    unsigned poll = PY_INTERRUPT_EVERY;
    for (size_t pos = 0; set_ptr(o)->table && pos <= set_ptr(o)->mask; pos++) {
        py_interrupt_step(vm, &poll);
        set_entry_t e = set_ptr(o)->table[pos];
        if (e.key == PY_NULL || e.key == DUMMY) continue;
        if (!discard_entry(vm, s, e.key, e.hash)) add_entry(vm, s, e.key, e.hash);
    }
}

static py_val_t symmetric_difference(py_vm_t *vm, py_val_t a, py_val_t b) {
    py_val_t r = new_like(vm, a, b);
    symmetric_update(vm, r, a);
    return r;
}

static py_val_t set_union(py_vm_t *vm, py_val_t a, py_val_t b) {
    py_val_t r = set_copy(vm, a);
    if (a != b) update_from(vm, set_ptr(r), b);
    return r;
}

// ---- subset tests --------------------------------------------------------------------------------

static py_val_t as_set(py_vm_t *vm, py_val_t v) {
    if (is_anyset(vm, v)) return v;
    py_val_t s = py_set_new(vm, false);
    update_from(vm, set_ptr(s), v);
    return s;
}

static bool is_subset(py_vm_t *vm, py_val_t a, py_val_t b) {
    b = as_set(vm, b);
    if (set_ptr(a)->used > set_ptr(b)->used) return false;
    unsigned poll = PY_INTERRUPT_EVERY;
    for (size_t pos = 0; set_ptr(a)->table && pos <= set_ptr(a)->mask; pos++) {
        py_interrupt_step(vm, &poll);
        set_entry_t e = set_ptr(a)->table[pos];
        if (e.key == PY_NULL || e.key == DUMMY) continue;
        if (find(vm, set_ptr(b), e.key, e.hash) < 0) return false;
    }
    return true;
}

static bool is_superset(py_vm_t *vm, py_val_t a, py_val_t b) {
    if (is_anyset(vm, b)) return is_subset(vm, b, a);
    py_val_t it = py_iter(vm, b);
    unsigned poll = PY_INTERRUPT_EVERY;
    for (py_val_t k; (k = py_next(vm, it)) != PY_NULL;) {
        py_interrupt_step(vm, &poll);
        if (find(vm, set_ptr(a), k, lookup_hash(vm, k)) < 0) return false;
    }
    return true;
}

static bool is_disjoint(py_vm_t *vm, py_val_t a, py_val_t b) {
    if (a == b) return set_ptr(a)->used == 0;
    if (is_anyset(vm, b) && set_ptr(b)->used > set_ptr(a)->used) {
        py_val_t t = a;
        a = b;
        b = t;
    }
    py_val_t it = py_iter(vm, b);
    unsigned poll = PY_INTERRUPT_EVERY;
    for (py_val_t k; (k = py_next(vm, it)) != PY_NULL;) {
        py_interrupt_step(vm, &poll);
        if (find(vm, set_ptr(a), k, lookup_hash(vm, k)) >= 0) return false;
    }
    return true;
}

// ---- slots ---------------------------------------------------------------------------------------

// [kind] ("set", "frozenset") names the type for keywords, [name] (a
// subclass's own, as CPython says) for the argument count.
static void check_type_args(py_vm_t *vm, const char *kind, const char *name, size_t nargs,
                            py_val_t kwnames) {
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len)
        py_raise_type_error(vm, "%s() takes no keyword arguments", kind);
    if (nargs > 1) py_raise_type_error(vm, "%s expected at most 1 argument, got %zu", name, nargs);
}

// For set subclasses only allocates: set.__init__ (or the subclass's own) fills.
static py_val_t set_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    py_val_t self = py_from_obj(alloc_set(vm, type));
    if (type != vm->types[PY_T_set]) return self;
    check_type_args(vm, "set", "set", nargs, kwnames);
    if (nargs) update_from(vm, set_ptr(self), args[0]);
    return self;
}

static py_val_t frozenset_make_new(py_vm_t *vm, py_type_t *type, size_t nargs,
                                   const py_val_t *args, py_val_t kwnames) {
    check_type_args(vm, "frozenset", py_str_interned_cstr(type->name), nargs, kwnames);
    bool exact = type == vm->types[PY_T_frozenset];
    if (exact && nargs && py_is_exact(vm, args[0], PY_T_frozenset)) return args[0];
    py_val_t self = py_from_obj(alloc_set(vm, type));
    if (nargs) update_from(vm, set_ptr(self), args[0]);
    return self;
}

static void set_repr_fill(py_vm_t *vm, py_val_t self, py_strbuf_t *b) {
    bool plain = py_is_exact(vm, self, PY_T_set);
    if (!plain) {
        py_strbuf_add_c(vm, b, py_type_name(vm, self));
        py_strbuf_add_char(vm, b, '(');
    }
    py_strbuf_add_char(vm, b, '{');
    py_val_t keys = py_list_from_iter(vm, self);   // a snapshot: repr may mutate the set
    for (size_t i = 0; i < py_list_ptr(keys)->len; i++) {
        if (i) py_strbuf_add(vm, b, ", ", 2);
        py_strbuf_add_val(vm, b, py_list_ptr(keys)->items[i], true);
    }
    py_strbuf_add_char(vm, b, '}');
    if (!plain) py_strbuf_add_char(vm, b, ')');
}

static py_val_t set_repr(py_vm_t *vm, py_val_t self) {
    char recursive[80];   // a type name and "(...)"; longer names are cut, which is harmless
    if (set_ptr(self)->used == 0) return py_str_format_c(vm, "%s()", py_type_name(vm, self));
    snprintf(recursive, sizeof recursive, "%s(...)", py_type_name(vm, self));
    return py_list_repr_guard(vm, self, recursive, set_repr_fill);
}

static py_val_t set_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (!is_anyset(vm, a) || !is_anyset(vm, b)) return PY_NOTIMPLEMENTED;
    size_t la = set_ptr(a)->used, lb = set_ptr(b)->used;
    switch (op) {
    case PY_CMP_OP_EQ: return py_bool(la == lb && is_subset(vm, a, b));
    case PY_CMP_OP_NE: return py_bool(!(la == lb && is_subset(vm, a, b)));
    case PY_CMP_OP_LE: return py_bool(is_subset(vm, a, b));
    case PY_CMP_OP_GE: return py_bool(is_superset(vm, a, b));
    case PY_CMP_OP_LT: return py_bool(la < lb && is_subset(vm, a, b));
    default: return py_bool(la > lb && is_superset(vm, a, b));
    }
}

// In place on a mutable left operand; a new set (of the left operand's kind) otherwise.
static py_val_t set_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    if (!is_anyset(vm, a) || !is_anyset(vm, b)) return PY_NOTIMPLEMENTED;
    bool inplace = (op & PY_OP_INPLACE) && !is_frozen(vm, a);
    switch (op & ~PY_OP_INPLACE) {
    case PY_OP_OR:
        if (!inplace) return set_union(vm, a, b);
        update_from(vm, set_ptr(a), b);
        return a;
    case PY_OP_AND:
        if (!inplace) return intersection(vm, a, b);
        take_body(set_ptr(a), set_ptr(intersection(vm, a, b)));
        return a;
    case PY_OP_SUB:
        if (!inplace) return difference(vm, a, b);
        difference_update(vm, a, b);
        return a;
    case PY_OP_XOR:
        if (!inplace) return symmetric_difference(vm, a, b);
        symmetric_update(vm, a, b);
        return a;
    default:
        return PY_NOTIMPLEMENTED;
    }
}

static size_t set_len(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return set_ptr(self)->used;
}

static int set_contains(py_vm_t *vm, py_val_t self, py_val_t key) {
    return py_set_contains(vm, self, key);
}

static py_val_t set_iter(py_vm_t *vm, py_val_t self) {
    set_iter_t *it = py_gc_new(vm, vm->types[PY_T_set_iterator], sizeof(set_iter_t));
    it->set = self;
    it->used = set_ptr(self)->used;
    return py_from_obj(it);
}

static py_val_t set_iter_next(py_vm_t *vm, py_val_t self) {
    set_iter_t *it = (set_iter_t *)py_obj(self);
    if (it->set == PY_NULL) return PY_NULL;
    py_set_t *s = set_ptr(it->set);
    if (s->used != it->used) {
        it->used = SIZE_MAX;
        py_raise_fmt(vm, PY_EXC_RuntimeError, "Set changed size during iteration");
    }
    set_entry_t *e = next_entry(s, &it->pos);
    if (e) return e->key;
    it->set = PY_NULL;
    return PY_NULL;
}

static py_val_t iter_self(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return self;
}

static void set_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark_ptr(vm, ((py_set_t *)o)->table); }

static void set_iter_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((set_iter_t *)o)->set); }

// ---- methods ---------------------------------------------------------------------------------------

#define METHOD(name) static py_val_t name(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames)
#define UNUSED_ARGS ((void)vm, (void)nargs, (void)args, (void)kwnames)

METHOD(m_init) {
    check_type_args(vm, "set", py_type_name(vm, args[0]), nargs - 1, kwnames);
    clear_set(set_ptr(args[0]));
    if (nargs == 2) update_from(vm, set_ptr(args[0]), args[1]);
    return PY_NONE;
}

METHOD(m_add) {
    UNUSED_ARGS;
    py_set_add(vm, args[0], args[1]);
    return PY_NONE;
}

METHOD(m_remove) {
    UNUSED_ARGS;
    if (!discard_entry(vm, set_ptr(args[0]), args[1], lookup_hash(vm, args[1])))
        py_raise_key_error(vm, args[1]);
    return PY_NONE;
}

METHOD(m_discard) {
    UNUSED_ARGS;
    discard_entry(vm, set_ptr(args[0]), args[1], lookup_hash(vm, args[1]));
    return PY_NONE;
}

METHOD(m_pop) {
    UNUSED_ARGS;
    py_set_t *s = set_ptr(args[0]);
    if (s->used == 0) py_raise_key_error(vm, py_str_from_c(vm, "pop from an empty set"));
    size_t i = s->finger & s->mask;
    while (s->table[i].key == PY_NULL || s->table[i].key == DUMMY) i = (i + 1) & s->mask;
    py_val_t key = s->table[i].key;
    s->table[i] = (set_entry_t){DUMMY, -1};
    s->used--;
    s->finger = i + 1;
    return key;
}

METHOD(m_clear) {
    UNUSED_ARGS;
    clear_set(set_ptr(args[0]));
    return PY_NONE;
}

METHOD(m_copy) {
    UNUSED_ARGS;
    if (py_is_exact(vm, args[0], PY_T_frozenset)) return args[0];
    return set_copy(vm, args[0]);
}

METHOD(m_update) {
    UNUSED_ARGS;
    for (size_t i = 1; i < nargs; i++) update_from(vm, set_ptr(args[0]), args[i]);
    return PY_NONE;
}

METHOD(m_union) {
    UNUSED_ARGS;
    py_val_t r = set_copy(vm, args[0]);
    for (size_t i = 1; i < nargs; i++)
        if (args[i] != args[0]) update_from(vm, set_ptr(r), args[i]);
    return r;
}

METHOD(m_intersection) {
    UNUSED_ARGS;
    if (nargs == 1) return set_copy(vm, args[0]);
    py_val_t r = args[0];
    for (size_t i = 1; i < nargs; i++) r = intersection(vm, r, args[i]);
    return r;
}

METHOD(m_intersection_update) {
    UNUSED_ARGS;
    py_val_t r = m_intersection(vm, nargs, args, kwnames);
    if (r != args[0]) take_body(set_ptr(args[0]), set_ptr(r));
    return PY_NONE;
}

METHOD(m_difference) {
    UNUSED_ARGS;
    if (nargs == 1) return set_copy(vm, args[0]);
    py_val_t r = difference(vm, args[0], args[1]);
    for (size_t i = 2; i < nargs; i++) difference_update(vm, r, args[i]);
    return r;
}

METHOD(m_difference_update) {
    UNUSED_ARGS;
    for (size_t i = 1; i < nargs; i++) difference_update(vm, args[0], args[i]);
    return PY_NONE;
}

METHOD(m_symmetric_difference) {
    UNUSED_ARGS;
    return symmetric_difference(vm, args[0], args[1]);
}

METHOD(m_symmetric_difference_update) {
    UNUSED_ARGS;
    symmetric_update(vm, args[0], args[1]);
    return PY_NONE;
}

METHOD(m_issubset) {
    UNUSED_ARGS;
    return py_bool(is_subset(vm, args[0], args[1]));
}

METHOD(m_issuperset) {
    UNUSED_ARGS;
    return py_bool(is_superset(vm, args[0], args[1]));
}

METHOD(m_isdisjoint) {
    UNUSED_ARGS;
    return py_bool(is_disjoint(vm, args[0], args[1]));
}

#define SHARED_METHODS \
    {"copy", m_copy, 1, 1, 0}, \
    {"union", m_union, 1, PY_VARARGS, 0}, \
    {"intersection", m_intersection, 1, PY_VARARGS, 0}, \
    {"difference", m_difference, 1, PY_VARARGS, 0}, \
    {"symmetric_difference", m_symmetric_difference, 2, 2, 0}, \
    {"issubset", m_issubset, 2, 2, 0}, \
    {"issuperset", m_issuperset, 2, 2, 0}, \
    {"isdisjoint", m_isdisjoint, 2, 2, 0}

static const py_method_def_t set_methods[] = {
    SHARED_METHODS,
    {"__init__", m_init, 1, PY_VARARGS, PY_METH_KEYWORDS},   // m_init checks, in set's words
    {"add", m_add, 2, 2, 0},
    {"remove", m_remove, 2, 2, 0},
    {"discard", m_discard, 2, 2, 0},
    {"pop", m_pop, 1, 1, 0},
    {"clear", m_clear, 1, 1, 0},
    {"update", m_update, 1, PY_VARARGS, 0},
    {"intersection_update", m_intersection_update, 1, PY_VARARGS, 0},
    {"difference_update", m_difference_update, 1, PY_VARARGS, 0},
    {"symmetric_difference_update", m_symmetric_difference_update, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_method_def_t frozenset_methods[] = {
    SHARED_METHODS,
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_set_spec = {
    .name = "set",
    .base = PY_T_object,
    .basicsize = sizeof(py_set_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .mark = set_mark,
        .make_new = set_make_new,
        .repr = set_repr,
        .compare = set_compare,
        .binary = set_binary,
        .len = set_len,
        .contains = set_contains,
        .iter = set_iter,
    },
    .methods = set_methods,
};

const py_type_spec_t py_frozenset_spec = {
    .name = "frozenset",
    .base = PY_T_object,
    .basicsize = sizeof(py_set_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .mark = set_mark,
        .make_new = frozenset_make_new,
        .repr = set_repr,
        .hash = frozenset_hash,
        .compare = set_compare,
        .binary = set_binary,
        .len = set_len,
        .contains = set_contains,
        .iter = set_iter,
    },
    .methods = frozenset_methods,
};

const py_type_spec_t py_set_iterator_spec = {
    .name = "set_iterator",
    .base = PY_T_object,
    .basicsize = sizeof(set_iter_t),
    .slots = {.mark = set_iter_mark, .iter = iter_self, .next = set_iter_next},
};
