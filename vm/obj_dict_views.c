// vm/obj_dict_views.c: dict iterators and the views d.keys(), d.values(), d.items().
// Layer: vm core (types). The table itself is in vm/obj_dict.c.
// SPDX-License-Identifier: MIT

#include "obj_dict.h"
#include "except.h"
#include "gc.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

typedef struct dict_iter {
    py_obj_t base;
    py_val_t dict;      // PY_NULL once exhausted
    size_t pos;         // next entry position (forward) or one past it (reverse)
    size_t len;         // the dict's size at the start; SIZE_MAX after a change was reported
    size_t left;        // items still expected: finding one more means keys were replaced
    uint8_t kind;       // py_dict_kind_t
    bool reverse;
} dict_iter_t;

typedef struct dict_view {
    py_obj_t base;
    py_val_t dict;
} dict_view_t;

static py_val_t iter_self(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return self;
}

// ---- iterators ---------------------------------------------------------------------------------------

py_val_t py_dict_iter_new(py_vm_t *vm, py_val_t dict, py_dict_kind_t kind, bool reverse) {
    dict_iter_t *it = py_gc_new(vm, vm->types[PY_T_dict_iterator], sizeof(dict_iter_t));
    py_dict_t *d = py_dict_ptr(dict);
    it->dict = dict;
    it->len = it->left = d->len;
    it->kind = (uint8_t)kind;
    it->reverse = reverse;
    it->pos = reverse ? d->used : 0;
    return py_from_obj(it);
}

// The next live entry going backwards, or NULL.
static py_dict_entry_t *prev_entry(py_dict_t *d, size_t *pos) {
    if (*pos > d->used) *pos = d->used;
    while (*pos > 0) {
        py_dict_entry_t *e = &d->entries[--*pos];
        if (e->key != PY_NULL) return e;
    }
    return NULL;
}

static py_val_t dict_iter_next(py_vm_t *vm, py_val_t self) {
    dict_iter_t *it = (dict_iter_t *)py_obj(self);
    if (it->dict == PY_NULL) return PY_NULL;
    py_dict_t *d = py_dict_ptr(it->dict);
    if (d->len != it->len) {
        it->len = SIZE_MAX;   // stays broken, as CPython's
        py_raise_fmt(vm, PY_EXC_RuntimeError, "dictionary changed size during iteration");
    }
    py_dict_entry_t *e = it->reverse ? prev_entry(d, &it->pos) : py_dict_next(it->dict, &it->pos);
    if (!e) {
        it->dict = PY_NULL;
        return PY_NULL;
    }
    // Same size but an entry beyond the expected count: a key was deleted and
    // another (or the same) inserted, which CPython reports too.
    if (!it->reverse && it->left-- == 0) {
        it->dict = PY_NULL;
        py_raise_fmt(vm, PY_EXC_RuntimeError, "dictionary keys changed during iteration");
    }
    if (it->kind == PY_DICT_KEYS) return e->key;
    if (it->kind == PY_DICT_VALUES) return e->value;
    py_val_t kv[2] = {e->key, e->value};
    return py_tuple_new(vm, 2, kv);
}

static void dict_iter_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((dict_iter_t *)o)->dict); }

const py_type_spec_t py_dict_iterator_spec = {
    .name = "dict_keyiterator",
    .base = PY_T_object,
    .basicsize = sizeof(dict_iter_t),
    .slots = {.mark = dict_iter_mark, .iter = iter_self, .next = dict_iter_next},
};

// ---- views -------------------------------------------------------------------------------------------

static const py_type_id_t view_types[] = {PY_T_dict_keys, PY_T_dict_values, PY_T_dict_items};

py_val_t py_dict_view_new(py_vm_t *vm, py_val_t dict, py_dict_kind_t kind) {
    dict_view_t *v = py_gc_new(vm, vm->types[view_types[kind]], sizeof(dict_view_t));
    v->dict = dict;
    return py_from_obj(v);
}

static py_val_t view_dict(py_val_t self) { return ((dict_view_t *)py_obj(self))->dict; }

static py_dict_kind_t view_kind(py_vm_t *vm, py_val_t self) {
    py_type_id_t id = py_type_of(vm, self)->id;
    return id == PY_T_dict_keys ? PY_DICT_KEYS : id == PY_T_dict_values ? PY_DICT_VALUES : PY_DICT_ITEMS;
}

static bool is_view(py_vm_t *vm, py_val_t v, py_type_id_t id) { return py_is_a(vm, v, id); }

static size_t view_len(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_dict_ptr(view_dict(self))->len;
}

static py_val_t view_iter(py_vm_t *vm, py_val_t self) {
    return py_dict_iter_new(vm, view_dict(self), view_kind(vm, self), false);
}

static py_val_t view_repr(py_vm_t *vm, py_val_t self) {
    py_check_c_stack(vm);
    py_val_t items = py_list_from_iter(vm, self);
    return py_str_format_c(vm, "%s(%R)", py_type_name(vm, self), items);
}

static int keys_contains(py_vm_t *vm, py_val_t self, py_val_t key) {
    return py_dict_get(vm, view_dict(self), key) != PY_NULL;
}

static int items_contains(py_vm_t *vm, py_val_t self, py_val_t item) {
    if (!py_is_a(vm, item, PY_T_tuple) || py_tuple_ptr(item)->len != 2) return 0;
    py_val_t v = py_dict_get(vm, view_dict(self), py_tuple_ptr(item)->items[0]);
    return v != PY_NULL && py_equal(vm, v, py_tuple_ptr(item)->items[1]);
}

static int view_contains(py_vm_t *vm, py_val_t self, py_val_t item) {
    return view_kind(vm, self) == PY_DICT_KEYS ? keys_contains(vm, self, item)
                                               : items_contains(vm, self, item);
}

static bool set_like(py_vm_t *vm, py_val_t v) {
    return is_view(vm, v, PY_T_dict_keys) || is_view(vm, v, PY_T_dict_items) ||
           py_is_a(vm, v, PY_T_set) || py_is_a(vm, v, PY_T_frozenset);
}

// Every item of iterable [a] is in [b] (a set-like object).
static bool all_in(py_vm_t *vm, py_val_t a, py_val_t b) {
    py_val_t it = py_iter(vm, a);
    for (py_val_t x; (x = py_next(vm, it)) != PY_NULL;)
        if (!py_contains(vm, b, x)) return false;
    return true;
}

// Keys and items views compare as sets: ==, !=, <, <=, >, >=.
static py_val_t view_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (!set_like(vm, a) || !set_like(vm, b)) return PY_NOTIMPLEMENTED;
    size_t la = py_len(vm, a), lb = py_len(vm, b);
    bool r;
    switch (op) {
    case PY_CMP_OP_EQ: r = la == lb && all_in(vm, a, b); break;
    case PY_CMP_OP_NE: r = !(la == lb && all_in(vm, a, b)); break;
    case PY_CMP_OP_LT: r = la < lb && all_in(vm, a, b); break;
    case PY_CMP_OP_LE: r = la <= lb && all_in(vm, a, b); break;
    case PY_CMP_OP_GT: r = la > lb && all_in(vm, b, a); break;
    default: r = la >= lb && all_in(vm, b, a); break;
    }
    return py_bool(r);
}

static py_val_t set_of(py_vm_t *vm, py_val_t iterable) {
    py_val_t s = py_set_new(vm, false);
    py_val_t it = py_iter(vm, iterable);
    for (py_val_t x; (x = py_next(vm, it)) != PY_NULL;) py_set_add(vm, s, x);
    return s;
}

// view & other, |, -, ^: computed on sets, as CPython (the result is a set).
static py_val_t view_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    py_binary_op_t base = op & ~PY_OP_INPLACE;
    if (base != PY_OP_AND && base != PY_OP_OR && base != PY_OP_SUB && base != PY_OP_XOR)
        return PY_NOTIMPLEMENTED;
    return py_binary(vm, base, set_of(vm, a), set_of(vm, b));
}

static py_val_t m_isdisjoint(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t it = py_iter(vm, args[1]);
    for (py_val_t x; (x = py_next(vm, it)) != PY_NULL;)
        if (view_contains(vm, args[0], x)) return PY_FALSE;
    return PY_TRUE;
}

static py_val_t m_reversed(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_dict_iter_new(vm, view_dict(args[0]), view_kind(vm, args[0]), true);
}

// view.mapping: a read-only proxy of the dict behind the view.
static py_val_t view_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    if (!py_str_eq_c(name, "mapping")) return PY_NULL;
    return py_mappingproxy_new(vm, view_dict(self));
}

static void view_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((dict_view_t *)o)->dict); }

static const py_method_def_t setlike_methods[] = {
    {"isdisjoint", m_isdisjoint, 2, 2, 0},
    {"__reversed__", m_reversed, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_method_def_t values_methods[] = {
    {"__reversed__", m_reversed, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_dict_keys_spec = {
    .name = "dict_keys",
    .base = PY_T_object,
    .basicsize = sizeof(dict_view_t),
    .slots = {
        .mark = view_mark,
        .repr = view_repr,
        .compare = view_compare,
        .binary = view_binary,
        .len = view_len,
        .contains = view_contains,
        .iter = view_iter,
        .getattr = view_getattr,
    },
    .methods = setlike_methods,
};

const py_type_spec_t py_dict_items_spec = {
    .name = "dict_items",
    .base = PY_T_object,
    .basicsize = sizeof(dict_view_t),
    .slots = {
        .mark = view_mark,
        .repr = view_repr,
        .compare = view_compare,
        .binary = view_binary,
        .len = view_len,
        .contains = view_contains,
        .iter = view_iter,
        .getattr = view_getattr,
    },
    .methods = setlike_methods,
};

const py_type_spec_t py_dict_values_spec = {
    .name = "dict_values",
    .base = PY_T_object,
    .basicsize = sizeof(dict_view_t),
    .slots = {
        .mark = view_mark,
        .repr = view_repr,
        .len = view_len,
        .iter = view_iter,
        .getattr = view_getattr,
    },
    .methods = values_methods,
};
