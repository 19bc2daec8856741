// vm/obj_iter.c: the generic iterator types: the __getitem__ sequence
// iterator, iter(f, sentinel), enumerate, zip, map, filter and reversed.
// Layer: vm core (types). Each is its own iterator: iter returns self, next
// returns PY_NULL when done (and keeps doing so).
// SPDX-License-Identifier: MIT

#include "obj_list.h"
#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_int.h"
#include "obj_range.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

static py_val_t iter_self(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return self;
}

static void no_kwargs(py_vm_t *vm, const char *name, py_val_t kwnames) {
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len)
        py_raise_type_error(vm, "%s() takes no keyword arguments", name);
}

// ---- calls that end an iteration by raising --------------------------------------------------------

typedef struct guarded {
    py_val_t f, arg, result;   // result = f(arg), or arg[index] when f is PY_NULL
    py_int_t index;
} guarded_t;

static void guarded_body(py_vm_t *vm, void *ud) {
    guarded_t *g = ud;
    if (g->f == PY_NULL) g->result = py_getitem(vm, g->arg, py_small(g->index));
    else g->result = py_call0(vm, g->f);
}

// Runs the call of [g]; returns PY_NULL when it raised one of the exceptions
// that mean "no more items" ([ok1] or [ok2]), re-raises anything else.
static py_val_t run_guarded(py_vm_t *vm, guarded_t *g, py_exc_id_t ok1, py_exc_id_t ok2) {
    if (!py_pcall(vm, guarded_body, g)) return g->result;
    py_val_t exc = vm->exc;
    if (!py_exc_is(vm, exc, ok1) && !py_exc_is(vm, exc, ok2)) py_raise(vm, exc);
    vm->exc = PY_NULL;
    return PY_NULL;
}

// ---- seq_iterator: iter() of objects with only __getitem__ ------------------------------------------

typedef struct seq_iter {
    py_obj_t base;
    py_val_t seq;    // PY_NULL once exhausted
    py_int_t index;
} seq_iter_t;

py_val_t py_seq_iter_new(py_vm_t *vm, py_val_t seq) {
    seq_iter_t *it = py_gc_new(vm, vm->types[PY_T_seq_iterator], sizeof(seq_iter_t));
    it->seq = seq;
    return py_from_obj(it);
}

static py_val_t seq_iter_next(py_vm_t *vm, py_val_t self) {
    seq_iter_t *it = (seq_iter_t *)py_obj(self);
    if (it->seq == PY_NULL) return PY_NULL;
    guarded_t g = {PY_NULL, it->seq, PY_NULL, it->index};
    py_val_t v = run_guarded(vm, &g, PY_EXC_IndexError, PY_EXC_StopIteration);
    if (v == PY_NULL) it->seq = PY_NULL;
    else it->index++;
    return v;
}

static void seq_iter_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((seq_iter_t *)o)->seq); }

const py_type_spec_t py_seq_iterator_spec = {
    .name = "iterator",
    .base = PY_T_object,
    .basicsize = sizeof(seq_iter_t),
    .slots = {.mark = seq_iter_mark, .iter = iter_self, .next = seq_iter_next},
};

// ---- callable_iterator: iter(f, sentinel) ----------------------------------------------------------------

typedef struct callable_iter {
    py_obj_t base;
    py_val_t f, sentinel;   // f is PY_NULL once exhausted
} callable_iter_t;

py_val_t py_callable_iter_new(py_vm_t *vm, py_val_t callable, py_val_t sentinel) {
    callable_iter_t *it = py_gc_new(vm, vm->types[PY_T_callable_iterator], sizeof(callable_iter_t));
    it->f = callable;
    it->sentinel = sentinel;
    return py_from_obj(it);
}

static py_val_t callable_iter_next(py_vm_t *vm, py_val_t self) {
    callable_iter_t *it = (callable_iter_t *)py_obj(self);
    if (it->f == PY_NULL) return PY_NULL;
    guarded_t g = {it->f, PY_NULL, PY_NULL, 0};
    // A StopIteration from f ends the iteration too, as CPython.
    py_val_t v = run_guarded(vm, &g, PY_EXC_StopIteration, PY_EXC_StopIteration);
    if (v != PY_NULL && !py_equal(vm, it->sentinel, v)) return v;
    it->f = it->sentinel = PY_NULL;
    return PY_NULL;
}

static void callable_iter_mark(py_vm_t *vm, py_obj_t *o) {
    callable_iter_t *it = (callable_iter_t *)o;
    py_gc_mark(vm, it->f);
    py_gc_mark(vm, it->sentinel);
}

const py_type_spec_t py_callable_iterator_spec = {
    .name = "callable_iterator",
    .base = PY_T_object,
    .basicsize = sizeof(callable_iter_t),
    .slots = {.mark = callable_iter_mark, .iter = iter_self, .next = callable_iter_next},
};

// ---- enumerate --------------------------------------------------------------------------------------------

typedef struct enumerate {
    py_obj_t base;
    py_val_t it, count;
} enumerate_t;

// Keyword [i] of [kwnames] must be [want]: CPython 3.11's enumerate checks its
// two keywords by position, with this message for any other.
static void enum_keyword(py_vm_t *vm, py_val_t kwnames, size_t i, const char *want) {
    py_val_t k = py_tuple_ptr(kwnames)->items[i];
    if (!py_str_eq_c(k, want))
        py_raise_type_error(vm, "'%S' is an invalid keyword argument for enumerate()", k);
}

// The argument handling of CPython 3.11's enum_vectorcall, messages included.
static void enum_args(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames,
                      py_val_t *iterable, py_val_t *start) {
    size_t nkw = kwnames != PY_NULL ? py_tuple_ptr(kwnames)->len : 0;
    *start = PY_NULL;
    if (nargs + nkw == 2) {
        *iterable = args[0], *start = args[1];
        if (nkw == 1) enum_keyword(vm, kwnames, 0, "start");
        if (nkw == 2 && py_str_eq_c(py_tuple_ptr(kwnames)->items[0], "start")) {
            enum_keyword(vm, kwnames, 1, "iterable");   // start=..., iterable=...
            *iterable = args[1], *start = args[0];
        } else if (nkw == 2) {
            enum_keyword(vm, kwnames, 0, "iterable");
            enum_keyword(vm, kwnames, 1, "start");
        }
        return;
    }
    if (nargs + nkw == 1) {
        if (nkw == 1) enum_keyword(vm, kwnames, 0, "iterable");
        *iterable = args[0];
        return;
    }
    if (nargs == 0) py_raise_type_error(vm, "enumerate() missing required argument 'iterable'");
    py_raise_type_error(vm, "enumerate() takes at most 2 arguments (%zu given)", nargs + nkw);
}

static py_val_t enumerate_make_new(py_vm_t *vm, py_type_t *type, size_t nargs,
                                   const py_val_t *args, py_val_t kwnames) {
    py_val_t iterable, start;
    enum_args(vm, nargs, args, kwnames, &iterable, &start);
    start = start == PY_NULL ? py_small(0) : py_index(vm, start);
    py_val_t it = py_iter(vm, iterable);
    enumerate_t *e = py_gc_new(vm, type, type->basicsize);
    e->it = it;
    e->count = start;
    return py_from_obj(e);
}

static py_val_t enumerate_next(py_vm_t *vm, py_val_t self) {
    enumerate_t *e = (enumerate_t *)py_obj(self);
    py_val_t item = py_next(vm, e->it);
    if (item == PY_NULL) return PY_NULL;
    py_val_t pair[2] = {e->count, item};
    py_val_t c = e->count;
    if (py_is_small(c) && py_small_val(c) < PY_SMALL_MAX) e->count = py_small(py_small_val(c) + 1);
    else e->count = py_binary(vm, PY_OP_ADD, c, py_small(1));
    return py_tuple_new(vm, 2, pair);
}

static void enumerate_mark(py_vm_t *vm, py_obj_t *o) {
    enumerate_t *e = (enumerate_t *)o;
    py_gc_mark(vm, e->it);
    py_gc_mark(vm, e->count);
}

const py_type_spec_t py_enumerate_spec = {
    .name = "enumerate",
    .base = PY_T_object,
    .basicsize = sizeof(enumerate_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.mark = enumerate_mark, .make_new = enumerate_make_new, .iter = iter_self,
              .next = enumerate_next},
};

// ---- zip and map: several iterators in step --------------------------------------------------------------

typedef struct multi {
    py_obj_t base;
    py_val_t iters;   // tuple of iterators; PY_NULL once exhausted
    py_val_t func;    // map's function; PY_NULL for zip
    bool strict;      // zip(strict=True)
} multi_t;

static py_val_t iters_of(py_vm_t *vm, size_t n, const py_val_t *iterables) {
    py_val_t t = py_tuple_new(vm, n, NULL);
    for (size_t i = 0; i < n; i++) py_tuple_ptr(t)->items[i] = py_iter(vm, iterables[i]);
    return t;
}

static void multi_mark(py_vm_t *vm, py_obj_t *o) {
    multi_t *m = (multi_t *)o;
    py_gc_mark(vm, m->iters);
    py_gc_mark(vm, m->func);
}

static py_val_t zip_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    static const char *const names[] = {"strict", NULL};
    py_val_t strict = PY_NULL;
    py_builtins_kwargs(vm, "zip", nargs, args, kwnames, names, &strict);
    py_val_t iters = iters_of(vm, nargs, args);
    multi_t *z = py_gc_new(vm, type, type->basicsize);
    z->iters = iters;
    z->strict = strict != PY_NULL && py_truthy(vm, strict);
    return py_from_obj(z);
}

// zip(strict=True) found iterator [i] exhausted while others were not, or
// (for i == 0) checks that all the others end too.
_Noreturn static void zip_shorter(py_vm_t *vm, size_t i) {
    if (i == 1) py_raise_value_error(vm, "zip() argument 2 is shorter than argument 1");
    py_raise_value_error(vm, "zip() argument %zu is shorter than arguments 1-%zu", i + 1, i);
}

static void zip_check_rest(py_vm_t *vm, py_tuple_t *its) {
    for (size_t j = 1; j < its->len; j++) {
        if (py_next(vm, its->items[j]) == PY_NULL) continue;
        if (j == 1) py_raise_value_error(vm, "zip() argument 2 is longer than argument 1");
        py_raise_value_error(vm, "zip() argument %zu is longer than arguments 1-%zu", j + 1, j);
    }
}

// The next item of every iterator into [out], or false (the zip is then done).
static bool next_all(py_vm_t *vm, multi_t *m, py_val_t *out) {
    py_tuple_t *its = py_tuple_ptr(m->iters);
    for (size_t i = 0; i < its->len; i++) {
        out[i] = py_next(vm, its->items[i]);
        if (out[i] != PY_NULL) continue;
        m->iters = PY_NULL;
        if (m->strict && i > 0) zip_shorter(vm, i);
        if (m->strict) zip_check_rest(vm, its);
        return false;
    }
    return true;
}

static py_val_t zip_next(py_vm_t *vm, py_val_t self) {
    multi_t *z = (multi_t *)py_obj(self);
    if (z->iters == PY_NULL || py_tuple_ptr(z->iters)->len == 0) return PY_NULL;
    py_val_t items = py_tuple_new(vm, py_tuple_ptr(z->iters)->len, NULL);
    if (!next_all(vm, z, py_tuple_ptr(items)->items)) return PY_NULL;
    return items;
}

const py_type_spec_t py_zip_spec = {
    .name = "zip",
    .base = PY_T_object,
    .basicsize = sizeof(multi_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.mark = multi_mark, .make_new = zip_make_new, .iter = iter_self, .next = zip_next},
};

static py_val_t map_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    no_kwargs(vm, "map", kwnames);
    if (nargs < 2) py_raise_type_error(vm, "map() must have at least two arguments.");
    py_val_t iters = iters_of(vm, nargs - 1, args + 1);
    multi_t *m = py_gc_new(vm, type, type->basicsize);
    m->iters = iters;
    m->func = args[0];
    return py_from_obj(m);
}

static py_val_t map_next(py_vm_t *vm, py_val_t self) {
    multi_t *m = (multi_t *)py_obj(self);
    if (m->iters == PY_NULL) return PY_NULL;
    py_val_t args = py_tuple_new(vm, py_tuple_ptr(m->iters)->len, NULL);   // a GC-visible buffer
    if (!next_all(vm, m, py_tuple_ptr(args)->items)) return PY_NULL;
    return py_call(vm, m->func, py_tuple_ptr(args)->len, py_tuple_ptr(args)->items, PY_NULL);
}

const py_type_spec_t py_map_spec = {
    .name = "map",
    .base = PY_T_object,
    .basicsize = sizeof(multi_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.mark = multi_mark, .make_new = map_make_new, .iter = iter_self, .next = map_next},
};

// ---- filter ---------------------------------------------------------------------------------------------

typedef struct filter {
    py_obj_t base;
    py_val_t func;   // None: keep the true items
    py_val_t it;
} filter_t;

static py_val_t filter_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    no_kwargs(vm, "filter", kwnames);
    if (nargs != 2) py_raise_type_error(vm, "filter expected 2 arguments, got %zu", nargs);
    py_val_t it = py_iter(vm, args[1]);
    filter_t *f = py_gc_new(vm, type, type->basicsize);
    f->func = args[0];
    f->it = it;
    return py_from_obj(f);
}

static py_val_t filter_next(py_vm_t *vm, py_val_t self) {
    filter_t *f = (filter_t *)py_obj(self);
    for (;;) {
        py_val_t item = py_next(vm, f->it);
        if (item == PY_NULL) return PY_NULL;
        py_val_t test = f->func == PY_NONE ? item : py_call1(vm, f->func, item);
        if (py_truthy(vm, test)) return item;
    }
}

static void filter_mark(py_vm_t *vm, py_obj_t *o) {
    filter_t *f = (filter_t *)o;
    py_gc_mark(vm, f->func);
    py_gc_mark(vm, f->it);
}

const py_type_spec_t py_filter_spec = {
    .name = "filter",
    .base = PY_T_object,
    .basicsize = sizeof(filter_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.mark = filter_mark, .make_new = filter_make_new, .iter = iter_self,
              .next = filter_next},
};

// ---- reversed ----------------------------------------------------------------------------------------------

typedef struct reversed {
    py_obj_t base;
    py_val_t seq;    // PY_NULL once exhausted
    size_t index;    // items not yet yielded: the next is seq[index - 1]
} reversed_t;

// True when [v] supports indexing (CPython's PySequence_Check); len() is
// asked for afterwards, and its absence raises len()'s own TypeError.
static bool is_sequence(py_vm_t *vm, py_val_t v) {
    py_type_t *t = py_type_of(vm, v);
    if (t->id == PY_T_dict || t->id == PY_T_set || t->id == PY_T_frozenset) return false;
    return t->slots.getitem != NULL;
}

static py_val_t reversed_make_new(py_vm_t *vm, py_type_t *type, size_t nargs,
                                  const py_val_t *args, py_val_t kwnames) {
    no_kwargs(vm, "reversed", kwnames);
    if (nargs != 1) py_raise_type_error(vm, "reversed expected 1 argument, got %zu", nargs);
    py_val_t seq = args[0];
    if (py_is_exact(vm, seq, PY_T_range)) return py_range_reversed(vm, seq);
    if (py_is_exact(vm, seq, PY_T_dict)) return py_dict_iter_new(vm, seq, PY_DICT_KEYS, true);
    py_val_t rev = py_type_lookup(vm, py_type_of(vm, seq), py_str_intern_c(vm, "__reversed__"));
    if (rev == PY_NONE) py_raise_type_error(vm, "'%T' object is not reversible", seq);
    if (rev != PY_NULL) return py_call1(vm, rev, seq);
    if (!is_sequence(vm, seq)) py_raise_type_error(vm, "'%T' object is not reversible", seq);
    size_t n = py_len(vm, seq);
    reversed_t *r = py_gc_new(vm, type, type->basicsize);
    r->seq = seq;
    r->index = n;
    return py_from_obj(r);
}

py_val_t py_reversed_new(py_vm_t *vm, py_val_t seq, size_t len) {
    reversed_t *r = py_gc_new(vm, vm->types[PY_T_reversed], sizeof(reversed_t));
    r->seq = seq;
    r->index = len;
    return py_from_obj(r);
}

// The number of items left, as CPython's __length_hint__ (0 once exhausted).
static py_val_t reversed_length_hint(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                     py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    reversed_t *r = (reversed_t *)py_obj(args[0]);
    size_t n = r->seq == PY_NULL ? 0 : r->index;
    if (r->seq != PY_NULL && py_is_exact(vm, r->seq, PY_T_list) && n > py_list_ptr(r->seq)->len) n = 0;
    return py_int_from_u64(vm, n);
}

static const py_method_def_t reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static py_val_t reversed_next(py_vm_t *vm, py_val_t self) {
    reversed_t *r = (reversed_t *)py_obj(self);
    if (r->seq == PY_NULL || r->index == 0) {
        r->seq = PY_NULL;
        return PY_NULL;
    }
    size_t i = --r->index;
    if (py_is_exact(vm, r->seq, PY_T_list) || py_is_exact(vm, r->seq, PY_T_tuple)) {
        size_t len = py_is_exact(vm, r->seq, PY_T_list) ? py_list_ptr(r->seq)->len
                                                        : py_tuple_ptr(r->seq)->len;
        if (i < len)
            return py_is_exact(vm, r->seq, PY_T_list) ? py_list_ptr(r->seq)->items[i]
                                                      : py_tuple_ptr(r->seq)->items[i];
        r->seq = PY_NULL;   // the list shrank past us: done, as CPython's list_reverseiterator
        return PY_NULL;
    }
    guarded_t g = {PY_NULL, r->seq, PY_NULL, (py_int_t)i};
    py_val_t v = run_guarded(vm, &g, PY_EXC_IndexError, PY_EXC_StopIteration);
    if (v == PY_NULL) r->seq = PY_NULL;
    return v;
}

static void reversed_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((reversed_t *)o)->seq); }

const py_type_spec_t py_reversed_spec = {
    .name = "reversed",
    .base = PY_T_object,
    .basicsize = sizeof(reversed_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.mark = reversed_mark, .make_new = reversed_make_new, .iter = iter_self,
              .next = reversed_next},
    .methods = reversed_methods,
};
