// vm/obj_dict.c: dict: the compact, insertion-ordered hash table and the dict type.
// Layer: vm core (types). Views and iterators are in vm/obj_dict_views.c.
// SPDX-License-Identifier: MIT
//
// Entries sit in a dense array in insertion order; the index is a power-of-two
// table of int32 positions into it (EMPTY, DUMMY after a delete), probed as
// CPython does (i = 5i + 1 + perturb), so clustered int keys spread out. The
// index is at most 2/3 full counting dummies: `cap` is the number of entry
// positions that may be handed out before the next rebuild, so the probe
// always meets an EMPTY slot. A rebuild compacts the holes deletions leave.

#include "obj_dict.h"
#include "interrupt.h"
#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

#define EMPTY (-1)
#define DUMMY (-2)
// The smallest index table: 8 slots hold 5 entries, as CPython's minimum dict.
#define MIN_SIZE 8
// Index slots are int32: a dict may hold up to 2**31 - 1 entries, more than
// any heap this VM runs in can store (each entry is 24 bytes).
#define MAX_ENTRIES ((size_t)INT32_MAX)
#define PERTURB_SHIFT 5

static int32_t *index_of(py_dict_t *d) { return (int32_t *)d->index; }

// ---- hashing and key equality ---------------------------------------------------------------

// An interned or exact str: no __hash__ or __eq__ of a subclass can apply.
static bool plain_str(py_vm_t *vm, py_val_t v) {
    return py_is_istr(v) || (py_is_obj(v) && py_obj(v)->type == vm->types[PY_T_str]);
}

static py_hash_t key_hash(py_vm_t *vm, py_val_t key) {
    if (py_is_small(key)) return py_int_hash(key);
    if (plain_str(vm, key)) return py_str_hash(key);   // cached: no slot call
    return py_hash(vm, key);
}

// Keys with equal hashes: identity first; two different interned strs are
// never equal; plain strs by bytes; anything else (str subclasses, whose
// __eq__ CPython runs, included) by ==.
static bool keys_equal(py_vm_t *vm, py_val_t a, py_val_t b) {
    if (a == b) return true;
    if (py_is_istr(a) && py_is_istr(b)) return false;
    if (plain_str(vm, a) && plain_str(vm, b)) return py_str_equal(a, b);
    return py_equal(vm, a, b);
}

// ---- lookup ------------------------------------------------------------------------------------

// The plain probes' answer when they met a key they cannot compare without __eq__.
#define NOT_ALL_STR (-2)

// A str key whose hash matched [name]'s in a names-only probe: interned keys
// other than [name] itself differ from it; other strs compare by bytes.
static bool name_matches(py_vm_t *vm, py_val_t key, py_val_t name) {
    return !py_is_istr(key) && py_is_str(vm, key) && py_str_equal(key, name);
}

// The kinds of key probe_plain handles, each comparing without __eq__.
typedef enum { PROBE_STR, PROBE_SMALL, PROBE_NAME } probe_kind_t;

// lookup for a plain str or small int [key] ([kind], a constant at each
// use) in a dict with a table, while every key of equal hash met is of the
// same kind: strs compare by bytes (keys_equal), two different small ints
// are never equal, so no __eq__ runs and the probe needs no restart checks.
// Returns NOT_ALL_STR on meeting another kind of key with the same hash (True
// for 1, 1.0, a str subclass...); lookup then probes again in full. For
// PROBE_NAME (names_only: a str key, only strs can match) it never does.
// *slot, unless [slot] is NULL, gets what lookup gives it.
static inline int64_t probe_plain(py_vm_t *vm, const py_dict_t *d, py_val_t key, py_hash_t hash,
                                  size_t *slot, probe_kind_t kind) {
    const int32_t *index = (const int32_t *)d->index;
    const py_dict_entry_t *entries = d->entries;
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash, free_slot = SIZE_MAX;
    for (;; perturb >>= PERTURB_SHIFT, i = (i * 5 + perturb + 1) & mask) {
        int32_t ix = index[i];
        if (ix == EMPTY) {
            if (slot) *slot = free_slot != SIZE_MAX ? free_slot : i;
            return -1;
        }
        if (ix == DUMMY) {
            if (free_slot == SIZE_MAX) free_slot = i;
            continue;
        }
        const py_dict_entry_t *e = &entries[ix];
        if (e->key != key) {
            if (e->hash != hash) continue;
            if (kind == PROBE_NAME) {
                if (!name_matches(vm, e->key, key)) continue;
            } else {
                bool same_kind = kind == PROBE_STR ? plain_str(vm, e->key) : py_is_small(e->key);
                if (!same_kind) return NOT_ALL_STR;
                if (kind == PROBE_SMALL || !py_str_equal(e->key, key)) continue;
            }
        }
        if (slot) *slot = i;
        return ix;
    }
}

// probe_plain's uses, each a leaf: with or without the insert slot.
static int64_t lookup_str(py_vm_t *vm, const py_dict_t *d, py_val_t key, py_hash_t hash,
                          size_t *slot) {
    return probe_plain(vm, d, key, hash, slot, PROBE_STR);
}
static int64_t lookup_small(py_vm_t *vm, const py_dict_t *d, py_val_t key, py_hash_t hash,
                            size_t *slot) {
    return probe_plain(vm, d, key, hash, slot, PROBE_SMALL);
}
static int64_t lookup_names(py_vm_t *vm, const py_dict_t *d, py_val_t key, py_hash_t hash,
                            size_t *slot) {
    return probe_plain(vm, d, key, hash, slot, PROBE_NAME);
}
static int64_t find_str(py_vm_t *vm, const py_dict_t *d, py_val_t key, py_hash_t hash) {
    return probe_plain(vm, d, key, hash, NULL, PROBE_STR);
}
static int64_t find_small(py_vm_t *vm, const py_dict_t *d, py_val_t key, py_hash_t hash) {
    return probe_plain(vm, d, key, hash, NULL, PROBE_SMALL);
}

// lookup's probe for any key, with __eq__ calls and their restarts.
static int64_t lookup_full(py_vm_t *vm, py_dict_t *d, py_val_t key, py_hash_t hash, size_t *slot,
                           bool names_only) {
restart:
    if (d->mask == 0) {   // no table (an __eq__ may have cleared the dict)
        *slot = SIZE_MAX;
        return -1;
    }
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash, free_slot = SIZE_MAX;
    for (;;) {
        int32_t ix = index_of(d)[i];
        if (ix == EMPTY) {
            *slot = free_slot != SIZE_MAX ? free_slot : i;
            return -1;
        }
        if (ix == DUMMY) {
            if (free_slot == SIZE_MAX) free_slot = i;
        } else {
            py_dict_entry_t *e = &d->entries[ix];
            if (e->key == key) goto found;
            if (e->hash == hash) {
                if (names_only) {
                    if (!py_is_istr(e->key) && py_is_str(vm, e->key) && py_str_equal(e->key, key))
                        goto found;
                } else {
                    py_dict_entry_t *entries = d->entries;
                    uint64_t version = d->version;
                    bool eq = keys_equal(vm, e->key, key);
                    // __eq__ may have changed the dict: the probe is then stale.
                    if (entries != d->entries || version != d->version) goto restart;
                    if (eq) goto found;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
        continue;
    found:
        *slot = i;
        return ix;
    }
}

// Finds [key]: returns its entry position, or -1 when absent. *slot gets the
// index slot that holds it, or where it would go (the first dummy or empty
// slot met), or SIZE_MAX when the dict has no table. With [names_only], only
// str keys can match and no __eq__ runs. (py_dict_get and py_dict_set
// probe str and small int keys themselves before they come here.)
static int64_t lookup(py_vm_t *vm, py_dict_t *d, py_val_t key, py_hash_t hash, size_t *slot,
                      bool names_only) {
    if (names_only && d->mask != 0) return lookup_names(vm, d, key, hash, slot);
    if (d->mask != 0) {   // the common cases: str and small int keys
        int64_t pos = py_is_small(key) ? lookup_small(vm, d, key, hash, slot)
                      : plain_str(vm, key) ? lookup_str(vm, d, key, hash, slot) : NOT_ALL_STR;
        if (pos != NOT_ALL_STR) return pos;
    }
    return lookup_full(vm, d, key, hash, slot, names_only);
}

// lookup's probe for a str [name] in a dict with a table, where no __eq__ can
// run: a leaf loop, since attribute and global lookups pass here millions of times.
static int64_t lookup_name(py_vm_t *vm, const py_dict_t *d, py_val_t name, py_hash_t hash) {
    const int32_t *index = (const int32_t *)d->index;
    const py_dict_entry_t *entries = d->entries;
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int32_t ix = index[i];
        if (ix == EMPTY) return -1;
        if (ix >= 0) {
            const py_dict_entry_t *e = &entries[ix];
            if (e->key == name || (e->hash == hash && name_matches(vm, e->key, name))) return ix;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// Finds the first EMPTY or DUMMY slot for [hash] (the key is known absent).
static size_t free_slot_for(py_dict_t *d, py_hash_t hash) {
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (index_of(d)[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// ---- resizing -------------------------------------------------------------------------------

// Rebuilds the table to hold at least [need] entries with room to grow, dropping holes.
static void rebuild(py_vm_t *vm, py_dict_t *d, size_t need) {
    size_t size = MIN_SIZE;
    while (size * 2 / 3 < need) size *= 2;   // the index is at most 2/3 full
    size_t cap = size * 2 / 3;
    if (cap > MAX_ENTRIES) py_raise_memory_error(vm);
    py_dict_entry_t *entries = (py_dict_entry_t *)py_gc_new_values(vm, cap * 3);
    int32_t *index = py_gc_new_bytes(vm, size * sizeof(int32_t));
    memset(index, 0xff, size * sizeof(int32_t));   // every slot EMPTY (-1)
    size_t n = 0;
    for (size_t j = 0; j < d->used; j++)
        if (d->entries[j].key != PY_NULL) entries[n++] = d->entries[j];
    d->entries = entries;
    d->index = index;
    d->mask = size - 1;
    d->cap = cap;
    d->used = d->len = n;
    for (size_t j = 0; j < n; j++) index[free_slot_for(d, entries[j].hash)] = (int32_t)j;
}

// Makes room for one more entry.
static void grow_for_insert(py_vm_t *vm, py_dict_t *d) {
    if (d->used < d->cap) return;
    rebuild(vm, d, d->len ? d->len * 2 : 1);   // room to double, as CPython's GROWTH_RATE
}

// Appends a new entry for a key known to be absent; the index has room.
static void append_entry(py_dict_t *d, size_t slot, py_val_t key, py_hash_t hash, py_val_t value) {
    index_of(d)[slot] = (int32_t)d->used;
    d->entries[d->used++] = (py_dict_entry_t){key, value, hash};
    d->len++;
    d->version++;
}

static void insert(py_vm_t *vm, py_dict_t *d, py_val_t key, py_hash_t hash, py_val_t value,
                   bool names_only) {
    size_t slot;
    if (d->mask == 0) rebuild(vm, d, 1);
    int64_t pos = lookup(vm, d, key, hash, &slot, names_only);
    if (pos >= 0) {
        d->entries[pos].value = value;
        d->version++;
        return;
    }
    if (slot == SIZE_MAX) {
        rebuild(vm, d, 1);
        slot = free_slot_for(d, hash);
    } else if (d->used >= d->cap) {
        grow_for_insert(vm, d);
        slot = free_slot_for(d, hash);
    }
    append_entry(d, slot, key, hash, value);
}

// Removes the entry at [pos] whose index slot is [slot]; returns its value.
static py_val_t remove_at(py_dict_t *d, int64_t pos, size_t slot) {
    py_val_t v = d->entries[pos].value;
    index_of(d)[slot] = DUMMY;
    d->entries[pos] = (py_dict_entry_t){PY_NULL, PY_NULL, 0};
    d->len--;
    d->version++;
    return v;
}

// ---- the public table API -----------------------------------------------------------------------

py_val_t py_dict_new(py_vm_t *vm) {
    return py_from_obj(py_gc_new(vm, vm->types[PY_T_dict], sizeof(py_dict_t)));
}

py_val_t py_dict_get(py_vm_t *vm, py_val_t dict, py_val_t key) {
    py_dict_t *d = py_dict_ptr(dict);
    if (d->len != 0) {   // so the dict has a table
        int64_t pos = py_is_small(key) ? find_small(vm, d, key, py_int_hash(key))
                      : plain_str(vm, key) ? find_str(vm, d, key, py_str_hash(key)) : NOT_ALL_STR;
        if (pos != NOT_ALL_STR) return pos < 0 ? PY_NULL : d->entries[pos].value;
    }
    py_hash_t h = key_hash(vm, key);
    if (d->len == 0) return PY_NULL;
    size_t slot;
    int64_t pos = lookup(vm, d, key, h, &slot, false);
    return pos < 0 ? PY_NULL : d->entries[pos].value;
}

void py_dict_set(py_vm_t *vm, py_val_t dict, py_val_t key, py_val_t value) {
    py_dict_t *d = py_dict_ptr(dict);
    bool small = py_is_small(key);
    if (d->mask != 0 && (small || plain_str(vm, key))) {   // a table with room: one probe
        py_hash_t h = small ? py_int_hash(key) : py_str_hash(key);
        size_t slot;
        int64_t pos = small ? lookup_small(vm, d, key, h, &slot) : lookup_str(vm, d, key, h, &slot);
        if (pos >= 0) {
            d->entries[pos].value = value;
            d->version++;
            return;
        }
        if (pos == -1 && d->used < d->cap) {
            append_entry(d, slot, key, h, value);
            return;
        }
    }
    insert(vm, d, key, key_hash(vm, key), value, false);
}

py_val_t py_dict_remove(py_vm_t *vm, py_val_t dict, py_val_t key) {
    py_dict_t *d = py_dict_ptr(dict);
    py_hash_t h = key_hash(vm, key);
    if (d->len == 0) return PY_NULL;
    size_t slot;
    int64_t pos = lookup(vm, d, key, h, &slot, false);
    return pos < 0 ? PY_NULL : remove_at(d, pos, slot);
}

py_val_t py_dict_get_name(py_vm_t *vm, py_val_t dict, py_val_t name) {
    py_dict_t *d = py_dict_ptr(dict);
    if (d->len == 0) return PY_NULL;   // so the dict has a table
    int64_t pos = lookup_name(vm, d, name, py_str_hash(name));
    return pos < 0 ? PY_NULL : d->entries[pos].value;
}

void py_dict_set_name(py_vm_t *vm, py_val_t dict, py_val_t name, py_val_t value) {
    insert(vm, py_dict_ptr(dict), name, py_str_hash(name), value, true);
}

py_dict_entry_t *py_dict_next(py_val_t dict, size_t *pos) {
    py_dict_t *d = py_dict_ptr(dict);
    while (*pos < d->used) {
        py_dict_entry_t *e = &d->entries[(*pos)++];
        if (e->key != PY_NULL) return e;
    }
    return NULL;
}

py_val_t py_dict_copy(py_vm_t *vm, py_val_t dict) {
    py_val_t r = py_dict_new(vm);
    py_dict_t *src = py_dict_ptr(dict), *d = py_dict_ptr(r);
    if (src->len == 0) return r;
    rebuild(vm, d, src->len);
    for (size_t j = 0; j < src->used; j++) {   // keys are unique: no lookups, no __eq__
        py_dict_entry_t e = src->entries[j];
        if (e.key != PY_NULL) append_entry(d, free_slot_for(d, e.hash), e.key, e.hash, e.value);
    }
    return r;
}

// The index slot that holds entry position [pos] of a key with [hash].
static size_t slot_of(py_dict_t *d, py_hash_t hash, size_t pos) {
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (index_of(d)[i] != (int32_t)pos) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

bool py_dict_pop_last(py_val_t dict, py_val_t *key, py_val_t *value) {
    py_dict_t *d = py_dict_ptr(dict);
    if (d->len == 0) return false;
    size_t i = d->used;
    while (d->entries[i - 1].key == PY_NULL) i--;
    py_dict_entry_t *e = &d->entries[i - 1];
    *key = e->key;
    *value = remove_at(d, (int64_t)(i - 1), slot_of(d, e->hash, i - 1));
    // Trim the dense array, and cap with it, so the dummies left never crowd the index.
    d->cap -= d->used - (i - 1);
    d->used = i - 1;
    return true;
}

// ---- update ------------------------------------------------------------------------------------------

static void update_from_dict(py_vm_t *vm, py_val_t dict, py_val_t other) {
    if (dict == other) return;
    unsigned poll = PY_INTERRUPT_EVERY;
    for (size_t pos = 0; pos < py_dict_ptr(other)->used; pos++) {   // re-read: __eq__ may mutate
        py_interrupt_step(vm, &poll);   // the entries so far stay: the dict is consistent
        py_dict_entry_t e = py_dict_ptr(other)->entries[pos];
        if (e.key != PY_NULL) insert(vm, py_dict_ptr(dict), e.key, e.hash, e.value, false);
    }
}

static void update_from_mapping(py_vm_t *vm, py_val_t dict, py_val_t other, py_val_t keys) {
    py_val_t ks = py_call0(vm, keys);
    py_type_t *t = py_type_of(vm, ks);
    if (!t->slots.iter && !t->slots.getitem)
        py_raise_type_error(vm, "%s.keys() returned a non-iterable (type %T)", py_type_name(vm, other), ks);
    py_val_t it = py_iter(vm, ks);
    unsigned poll = PY_INTERRUPT_EVERY;
    for (py_val_t k; (k = py_next(vm, it)) != PY_NULL;) {
        py_interrupt_step(vm, &poll);
        py_dict_set(vm, dict, k, py_getitem(vm, other, k));
    }
}

static void update_from_pairs(py_vm_t *vm, py_val_t dict, py_val_t pairs) {
    py_val_t it = py_iter(vm, pairs);
    size_t n = 0;
    unsigned poll = PY_INTERRUPT_EVERY;
    for (py_val_t item; (item = py_next(vm, it)) != PY_NULL; n++) {
        py_interrupt_step(vm, &poll);   // an iterator in C may never end
        py_val_t seq = item;
        if (!py_is_a(vm, item, PY_T_tuple) && !py_is_a(vm, item, PY_T_list)) {
            py_type_t *t = py_type_of(vm, item);
            if (!t->slots.iter && !t->slots.getitem && !(t->flags & PY_TF_HEAPTYPE))
                py_raise_type_error(vm, "cannot convert dictionary update sequence element #%zu to a sequence", n);
            seq = py_list_from_iter(vm, item);
        }
        size_t len = py_len(vm, seq);
        if (len != 2)
            py_raise_value_error(vm, "dictionary update sequence element #%zu has length %zu; 2 is required",
                                 n, len);
        py_dict_set(vm, dict, py_getitem(vm, seq, py_small(0)), py_getitem(vm, seq, py_small(1)));
    }
}

void py_dict_update(py_vm_t *vm, py_val_t dict, py_val_t other) {
    // A subclass that keeps dict's __iter__ is copied directly, as CPython does.
    if (py_is_a(vm, other, PY_T_dict) &&
        py_type_of(vm, other)->slots.iter == vm->types[PY_T_dict]->slots.iter) {
        update_from_dict(vm, dict, other);
        return;
    }
    py_val_t keys = py_getattr_opt(vm, other, py_str_intern_c(vm, "keys"));
    if (keys != PY_NULL) update_from_mapping(vm, dict, other, keys);
    else update_from_pairs(vm, dict, other);
}

// Stores the keyword arguments of a C call.
static void update_from_kwargs(py_vm_t *vm, py_val_t dict, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    if (kwnames == PY_NULL) return;
    py_tuple_t *names = py_tuple_ptr(kwnames);
    for (size_t i = 0; i < names->len; i++) py_dict_set(vm, dict, names->items[i], args[nargs + i]);
}

// ---- slots -------------------------------------------------------------------------------------

// For subclasses only allocates: dict.__init__ (or the subclass's own) fills.
static py_val_t dict_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    py_val_t self = py_from_obj(py_gc_new(vm, type, type->basicsize));
    if (type != vm->types[PY_T_dict]) return self;
    if (nargs > 1) py_raise_type_error(vm, "dict expected at most 1 argument, got %zu", nargs);
    if (nargs == 1) py_dict_update(vm, self, args[0]);
    update_from_kwargs(vm, self, nargs, args, kwnames);
    return self;
}

static void dict_repr_fill(py_vm_t *vm, py_val_t self, py_strbuf_t *b) {
    py_strbuf_add_char(vm, b, '{');
    bool first = true;
    for (size_t pos = 0; pos < py_dict_ptr(self)->used; pos++) {   // re-read: repr may mutate
        py_dict_entry_t e = py_dict_ptr(self)->entries[pos];
        if (e.key == PY_NULL) continue;
        if (!first) py_strbuf_add(vm, b, ", ", 2);
        first = false;
        py_strbuf_add_val(vm, b, e.key, true);
        py_strbuf_add(vm, b, ": ", 2);
        py_strbuf_add_val(vm, b, e.value, true);
    }
    py_strbuf_add_char(vm, b, '}');
}

static py_val_t dict_repr(py_vm_t *vm, py_val_t self) {
    if (py_dict_ptr(self)->len == 0) return py_str_from_c(vm, "{}");
    return py_list_repr_guard(vm, self, "{...}", dict_repr_fill);
}

static bool dicts_equal(py_vm_t *vm, py_val_t a, py_val_t b) {
    if (py_dict_ptr(a)->len != py_dict_ptr(b)->len) return false;
    py_check_c_stack(vm);
    for (size_t pos = 0; pos < py_dict_ptr(a)->used; pos++) {
        py_dict_entry_t e = py_dict_ptr(a)->entries[pos];
        if (e.key == PY_NULL) continue;
        py_val_t v = py_dict_get(vm, b, e.key);
        if (v == PY_NULL || !py_equal(vm, e.value, v)) return false;
    }
    return true;
}

static py_val_t dict_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (op > PY_CMP_OP_NE || !py_is_a(vm, a, PY_T_dict) || !py_is_a(vm, b, PY_T_dict))
        return PY_NOTIMPLEMENTED;
    return py_bool(dicts_equal(vm, a, b) == (op == PY_CMP_OP_EQ));
}

// d | other (a new dict) and d |= other (update with any mapping or pairs).
static py_val_t dict_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    if ((op & ~PY_OP_INPLACE) != PY_OP_OR || !py_is_a(vm, a, PY_T_dict)) return PY_NOTIMPLEMENTED;
    if (op & PY_OP_INPLACE) {
        py_dict_update(vm, a, b);
        return a;
    }
    if (!py_is_a(vm, b, PY_T_dict)) return PY_NOTIMPLEMENTED;
    py_val_t r = py_dict_copy(vm, a);
    py_dict_update(vm, r, b);
    return r;
}

static size_t dict_len(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_dict_ptr(self)->len;
}

static py_val_t dict_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    py_val_t v = py_dict_get(vm, self, key);
    if (v != PY_NULL) return v;
    py_type_t *t = py_type_of(vm, self);
    if (t->flags & PY_TF_HEAPTYPE) {   // a subclass may define __missing__ (defaultdict-style)
        py_val_t missing = py_type_lookup(vm, t, py_str_intern_c(vm, "__missing__"));
        if (missing != PY_NULL) return py_call2(vm, missing, self, key);
    }
    py_raise_key_error(vm, key);
}

static void dict_setitem(py_vm_t *vm, py_val_t self, py_val_t key, py_val_t value) {
    if (value != PY_NULL) py_dict_set(vm, self, key, value);
    else if (py_dict_remove(vm, self, key) == PY_NULL) py_raise_key_error(vm, key);
}

static int dict_contains(py_vm_t *vm, py_val_t self, py_val_t key) {
    return py_dict_get(vm, self, key) != PY_NULL;
}

static py_val_t dict_iter(py_vm_t *vm, py_val_t self) {
    return py_dict_iter_new(vm, self, PY_DICT_KEYS, false);
}

static void dict_mark(py_vm_t *vm, py_obj_t *o) {
    py_dict_t *d = (py_dict_t *)o;
    py_gc_mark_ptr(vm, d->entries);
    py_gc_mark_ptr(vm, d->index);
}

// ---- methods -------------------------------------------------------------------------------------

static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    if (nargs > 2) py_raise_type_error(vm, "dict expected at most 1 argument, got %zu", nargs - 1);
    if (nargs == 2) py_dict_update(vm, args[0], args[1]);
    update_from_kwargs(vm, args[0], nargs, args, kwnames);
    return PY_NONE;
}

static py_val_t m_update(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    if (nargs > 2) py_raise_type_error(vm, "update expected at most 1 argument, got %zu", nargs - 1);
    return m_init(vm, nargs, args, kwnames);
}

static py_val_t m_keys(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_dict_view_new(vm, args[0], PY_DICT_KEYS);
}

static py_val_t m_values(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_dict_view_new(vm, args[0], PY_DICT_VALUES);
}

static py_val_t m_items(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_dict_view_new(vm, args[0], PY_DICT_ITEMS);
}

static py_val_t m_get(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_val_t v = py_dict_get(vm, args[0], args[1]);
    return v != PY_NULL ? v : nargs > 2 ? args[2] : PY_NONE;
}

static py_val_t m_setdefault(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_val_t v = py_dict_get(vm, args[0], args[1]);
    if (v != PY_NULL) return v;
    v = nargs > 2 ? args[2] : PY_NONE;
    py_dict_set(vm, args[0], args[1], v);
    return v;
}

static py_val_t m_pop(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_val_t v = py_dict_remove(vm, args[0], args[1]);
    if (v != PY_NULL) return v;
    if (nargs > 2) return args[2];
    py_raise_key_error(vm, args[1]);
}

static py_val_t m_popitem(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t kv[2];
    if (!py_dict_pop_last(args[0], &kv[0], &kv[1]))
        py_raise_key_error(vm, py_str_from_c(vm, "popitem(): dictionary is empty"));
    return py_tuple_new(vm, 2, kv);
}

static py_val_t m_clear(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    py_dict_t *d = py_dict_ptr(args[0]);
    d->entries = NULL;   // the sweep frees the old arrays
    d->index = NULL;
    d->len = d->used = d->cap = d->mask = 0;
    d->version++;
    return PY_NONE;
}

static py_val_t m_copy(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_dict_copy(vm, args[0]);
}

static py_val_t m_fromkeys(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_val_t type = args[0], value = nargs > 2 ? args[2] : PY_NONE;
    bool plain = type == py_from_obj(vm->types[PY_T_dict]);
    py_val_t d = plain ? py_dict_new(vm) : py_call0(vm, type);
    py_val_t it = py_iter(vm, args[1]);
    unsigned poll = PY_INTERRUPT_EVERY;
    for (py_val_t k; (k = py_next(vm, it)) != PY_NULL;) {
        py_interrupt_step(vm, &poll);
        if (plain) py_dict_set(vm, d, k, value);
        else py_setitem(vm, d, k, value);
    }
    return d;
}

static py_val_t m_reversed(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_dict_iter_new(vm, args[0], PY_DICT_KEYS, true);
}

// Methods, not slot wrappers (vm/obj_slotwrap.c), as in CPython, where their
// arity errors read "dict.__getitem__() takes exactly one argument".
static py_val_t m_getitem(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return dict_getitem(vm, args[0], args[1]);
}

static py_val_t m_contains(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_bool(dict_contains(vm, args[0], args[1]));
}

static const py_method_def_t dict_methods[] = {
    {"__getitem__", m_getitem, 2, 2, 0},
    {"__contains__", m_contains, 2, 2, 0},
    {"__init__", m_init, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"keys", m_keys, 1, 1, 0},
    {"values", m_values, 1, 1, 0},
    {"items", m_items, 1, 1, 0},
    {"get", m_get, 2, 3, 0},
    {"setdefault", m_setdefault, 2, 3, 0},
    {"pop", m_pop, 2, 3, 0},
    {"popitem", m_popitem, 1, 1, 0},
    {"update", m_update, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"clear", m_clear, 1, 1, 0},
    {"copy", m_copy, 1, 1, 0},
    {"fromkeys", m_fromkeys, 2, 3, PY_METH_CLASS},
    {"__reversed__", m_reversed, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_dict_spec = {
    .name = "dict",
    .base = PY_T_object,
    .basicsize = sizeof(py_dict_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .mark = dict_mark,
        .make_new = dict_make_new,
        .repr = dict_repr,
        .compare = dict_compare,
        .binary = dict_binary,
        .len = dict_len,
        .getitem = dict_getitem,
        .setitem = dict_setitem,
        .contains = dict_contains,
        .iter = dict_iter,
    },
    .methods = dict_methods,
};
