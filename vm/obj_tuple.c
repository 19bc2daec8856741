// vm/obj_tuple.c: tuple: an immutable array of values stored inline, and its iterator.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#include "obj_tuple.h"
#include "except.h"
#include "gc.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_range.h"
#include "obj_str.h"
#include "obj_type.h"
#include "runtime.h"

typedef struct tuple_iter {
    py_obj_t base;
    py_val_t tuple;
    size_t index;
} tuple_iter_t;

// ---- construction -----------------------------------------------------------------------------

static py_tuple_t *tuple_alloc(py_vm_t *vm, py_type_t *type, size_t n) {
    if (n > SIZE_MAX / sizeof(py_val_t)) py_raise_memory_error(vm);
    size_t size = py_type_instance_size(vm, type, n * sizeof(py_val_t));
    py_tuple_t *t = py_gc_new(vm, type, size);
    t->len = n;
    return t;
}

py_val_t py_tuple_new(py_vm_t *vm, size_t n, const py_val_t *items) {
    if (n == 0) {   // shared, as CPython's (tuple() is ())
        if (vm->empty_tuple == PY_NULL) vm->empty_tuple = py_from_obj(tuple_alloc(vm, vm->types[PY_T_tuple], 0));
        return vm->empty_tuple;
    }
    py_tuple_t *t = tuple_alloc(vm, vm->types[PY_T_tuple], n);
    for (size_t i = 0; i < n; i++) t->items[i] = items ? items[i] : PY_NONE;
    return py_from_obj(t);
}

py_val_t py_tuple_from_iter(py_vm_t *vm, py_val_t iterable) {
    if (py_is_exact(vm, iterable, PY_T_tuple)) return iterable;
    if (py_is_exact(vm, iterable, PY_T_list)) {   // a subclass may override __iter__
        py_list_t *l = py_list_ptr(iterable);
        return py_tuple_new(vm, l->len, l->items);
    }
    py_val_t l = py_list_from_iter(vm, iterable);
    return py_tuple_new(vm, py_list_ptr(l)->len, py_list_ptr(l)->items);
}

static py_val_t tuple_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len)
        py_raise_type_error(vm, "tuple() takes no keyword arguments");
    if (nargs > 1) py_raise_type_error(vm, "tuple expected at most 1 argument, got %zu", nargs);
    py_val_t src = nargs ? py_tuple_from_iter(vm, args[0]) : py_tuple_new(vm, 0, NULL);
    if (type == vm->types[PY_T_tuple]) return src;
    py_tuple_t *s = py_tuple_ptr(src), *t = tuple_alloc(vm, type, s->len);
    memcpy(t->items, s->items, s->len * sizeof(py_val_t));
    return py_from_obj(t);
}

// ---- text and hash -----------------------------------------------------------------------------

static void tuple_repr_fill(py_vm_t *vm, py_val_t self, py_strbuf_t *b) {
    py_tuple_t *t = py_tuple_ptr(self);
    py_strbuf_add_char(vm, b, '(');
    for (size_t i = 0; i < t->len; i++) {
        if (i) py_strbuf_add(vm, b, ", ", 2);
        py_strbuf_add_val(vm, b, t->items[i], true);
    }
    if (t->len == 1) py_strbuf_add_char(vm, b, ',');
    py_strbuf_add_char(vm, b, ')');
}

// A tuple can hold itself through a mutable item: CPython shows "(...)" then.
static py_val_t tuple_repr(py_vm_t *vm, py_val_t self) {
    if (py_tuple_ptr(self)->len == 0) return py_str_from_c(vm, "()");
    py_check_c_stack(vm);
    return py_list_repr_guard(vm, self, "(...)", tuple_repr_fill);
}

// CPython 3.11's tuple hash (an xxHash round per item), so hash(t) and the
// iteration order of sets of tuples match CPython's.
#if UINTPTR_MAX > 0xFFFFFFFFu
#define XXPRIME_1 ((uintptr_t)11400714785074694791ULL)
#define XXPRIME_2 ((uintptr_t)14029467366897019727ULL)
#define XXPRIME_5 ((uintptr_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))
#else
#define XXPRIME_1 ((uintptr_t)2654435761UL)
#define XXPRIME_2 ((uintptr_t)2246822519UL)
#define XXPRIME_5 ((uintptr_t)374761393UL)
#define XXROTATE(x) (((x) << 13) | ((x) >> 19))
#endif

static py_hash_t hash_items(py_vm_t *vm, const py_val_t *items, size_t n) {
    uintptr_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) {
        uintptr_t lane = (uintptr_t)py_hash(vm, items[i]);
        acc += lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uintptr_t)-1) return 1546275796;
    return (py_hash_t)acc;
}

static py_hash_t tuple_hash(py_vm_t *vm, py_val_t self) {
    py_check_c_stack(vm);
    return hash_items(vm, py_tuple_ptr(self)->items, py_tuple_ptr(self)->len);
}

// ---- comparison --------------------------------------------------------------------------------

static py_val_t tuple_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (!py_is_a(vm, a, PY_T_tuple) || !py_is_a(vm, b, PY_T_tuple)) return PY_NOTIMPLEMENTED;
    py_tuple_t *x = py_tuple_ptr(a), *y = py_tuple_ptr(b);
    if (x->len != y->len && (op == PY_CMP_OP_EQ || op == PY_CMP_OP_NE))
        return py_bool(op == PY_CMP_OP_NE);
    py_check_c_stack(vm);
    size_t i = 0, lx = x->len, ly = y->len;
    while (i < lx && i < ly && py_equal(vm, x->items[i], y->items[i])) i++;
    if (i < lx && i < ly) {
        if (op == PY_CMP_OP_EQ) return PY_FALSE;
        if (op == PY_CMP_OP_NE) return PY_TRUE;
        return py_compare(vm, op, x->items[i], y->items[i]);
    }
    switch (op) {
    case PY_CMP_OP_EQ: return py_bool(lx == ly);
    case PY_CMP_OP_NE: return py_bool(lx != ly);
    case PY_CMP_OP_LT: return py_bool(lx < ly);
    case PY_CMP_OP_LE: return py_bool(lx <= ly);
    case PY_CMP_OP_GT: return py_bool(lx > ly);
    default: return py_bool(lx >= ly);
    }
}

// ---- operators ---------------------------------------------------------------------------------

static bool is_builtin_val(py_vm_t *vm, py_val_t v) {
    return !(py_type_of(vm, v)->flags & PY_TF_HEAPTYPE);
}

static bool has_index(py_vm_t *vm, py_val_t v) {
    if (py_is_int(vm, v) || py_is_bool(v)) return true;
    return py_type_lookup(vm, py_type_of(vm, v), py_name(vm, PY_NAME___index__)) != PY_NULL;
}

static int64_t index_value(py_vm_t *vm, py_val_t v, py_exc_id_t big_exc) {
    if (py_is_small(v)) return py_small_val(v);
    int64_t i;
    if (py_is_int(vm, v) && !py_int_to_i64(v, &i))
        py_raise_fmt(vm, big_exc, "cannot fit 'int' into an index-sized integer");
    return py_to_int64(vm, v);
}

static py_val_t tuple_concat(py_vm_t *vm, py_val_t a, py_val_t b) {
    if (!py_is_a(vm, b, PY_T_tuple)) {
        if (!is_builtin_val(vm, b)) return PY_NOTIMPLEMENTED;
        py_raise_type_error(vm, "can only concatenate tuple (not \"%T\") to tuple", b);
    }
    size_t la = py_tuple_ptr(a)->len, lb = py_tuple_ptr(b)->len;
    if (lb == 0 && py_is_exact(vm, a, PY_T_tuple)) return a;
    if (la == 0 && py_is_exact(vm, b, PY_T_tuple)) return b;
    py_tuple_t *t = tuple_alloc(vm, vm->types[PY_T_tuple], la + lb);
    memcpy(t->items, py_tuple_ptr(a)->items, la * sizeof(py_val_t));
    memcpy(t->items + la, py_tuple_ptr(b)->items, lb * sizeof(py_val_t));
    return py_from_obj(t);
}

static py_val_t tuple_repeat(py_vm_t *vm, py_val_t seq, py_val_t n) {
    if (!has_index(vm, n)) {
        if (!is_builtin_val(vm, n)) return PY_NOTIMPLEMENTED;
        py_raise_type_error(vm, "can't multiply sequence by non-int of type '%T'", n);
    }
    int64_t k = index_value(vm, n, PY_EXC_OverflowError);
    size_t len = py_tuple_ptr(seq)->len;
    if (k == 1 && py_is_exact(vm, seq, PY_T_tuple)) return seq;
    if (k <= 0 || len == 0) return py_tuple_new(vm, 0, NULL);
    if ((uint64_t)k > SIZE_MAX / sizeof(py_val_t) / len) py_raise_memory_error(vm);
    size_t total = len * (size_t)k;
    py_tuple_t *t = tuple_alloc(vm, vm->types[PY_T_tuple], total);
    memcpy(t->items, py_tuple_ptr(seq)->items, len * sizeof(py_val_t));
    py_values_repeat(vm, t->items, len, total);   // t is not yet visible: dropping it is safe
    return py_from_obj(t);
}

// Tuples have no in-place forms: `t += x` is `t = t + x`.
static py_val_t tuple_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    bool a_tuple = py_is_a(vm, a, PY_T_tuple);
    switch (op & ~PY_OP_INPLACE) {
    case PY_OP_ADD: return a_tuple ? tuple_concat(vm, a, b) : PY_NOTIMPLEMENTED;
    case PY_OP_MUL: return a_tuple ? tuple_repeat(vm, a, b) : tuple_repeat(vm, b, a);
    default: return PY_NOTIMPLEMENTED;
    }
}

// ---- items -------------------------------------------------------------------------------------

static py_val_t get_slice(py_vm_t *vm, py_val_t self, py_val_t slice) {
    int64_t start, stop, step;
    size_t n = py_slice_indices(vm, slice, py_tuple_ptr(self)->len, &start, &stop, &step);
    if (n == py_tuple_ptr(self)->len && step == 1 && py_is_exact(vm, self, PY_T_tuple)) return self;
    if (n == 0) return py_tuple_new(vm, 0, NULL);
    py_tuple_t *t = tuple_alloc(vm, vm->types[PY_T_tuple], n);
    for (size_t i = 0; i < n; i++) t->items[i] = py_tuple_ptr(self)->items[start + (int64_t)i * step];
    return py_from_obj(t);
}

static py_val_t tuple_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    py_tuple_t *t = py_tuple_ptr(self);
    int64_t i;
    if (py_is_small(key)) i = py_small_val(key);
    else if (py_is_a(vm, key, PY_T_slice)) return get_slice(vm, self, key);
    else if (has_index(vm, key)) i = index_value(vm, key, PY_EXC_IndexError);
    else py_raise_type_error(vm, "tuple indices must be integers or slices, not %T", key);
    if (i < 0) i += (int64_t)t->len;
    if (i < 0 || i >= (int64_t)t->len) py_raise_index_error(vm, "tuple index out of range");
    return t->items[i];
}

static size_t tuple_len(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_tuple_ptr(self)->len;
}

static int tuple_contains(py_vm_t *vm, py_val_t self, py_val_t item) {
    py_tuple_t *t = py_tuple_ptr(self);
    for (size_t i = 0; i < t->len; i++)
        if (py_equal(vm, t->items[i], item)) return 1;
    return 0;
}

static py_val_t tuple_iter(py_vm_t *vm, py_val_t self) {
    tuple_iter_t *it = py_gc_new(vm, vm->types[PY_T_tuple_iterator], sizeof(tuple_iter_t));
    it->tuple = self;
    return py_from_obj(it);
}

static py_val_t tuple_iter_next(py_vm_t *vm, py_val_t self) {
    (void)vm;
    tuple_iter_t *it = (tuple_iter_t *)py_obj(self);
    if (it->tuple == PY_NULL) return PY_NULL;
    py_tuple_t *t = py_tuple_ptr(it->tuple);
    if (it->index < t->len) return t->items[it->index++];
    it->tuple = PY_NULL;
    return PY_NULL;
}

static py_val_t tuple_iter_length_hint(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                       py_val_t kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    tuple_iter_t *it = (tuple_iter_t *)py_obj(args[0]);
    if (it->tuple == PY_NULL) return py_small(0);
    return py_small((py_int_t)(py_tuple_ptr(it->tuple)->len - it->index));
}

static const py_method_def_t tuple_iter_methods[] = {
    {"__length_hint__", tuple_iter_length_hint, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static py_val_t iter_self(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return self;
}

static void tuple_mark(py_vm_t *vm, py_obj_t *o) {
    py_tuple_t *t = (py_tuple_t *)o;
    py_gc_mark_array(vm, t->items, t->len);
}

static size_t tuple_var_size(py_obj_t *o) { return ((py_tuple_t *)o)->len * sizeof(py_val_t); }

static void tuple_iter_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((tuple_iter_t *)o)->tuple); }

// ---- methods -------------------------------------------------------------------------------------

static size_t clamp_pos(py_vm_t *vm, py_val_t v, size_t len) {
    if (!has_index(vm, v))
        py_raise_type_error(vm, "slice indices must be integers or have an __index__ method");
    int64_t i = py_is_int(vm, v) && !py_is_small(v) ? (py_int_sign(v) < 0 ? INT64_MIN : INT64_MAX)
                                                    : py_to_int64(vm, v);
    if (i < 0) {
        i += (int64_t)len;
        if (i < 0) i = 0;
    }
    return (uint64_t)i > len ? len : (size_t)i;
}

static py_val_t m_index(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_tuple_t *t = py_tuple_ptr(args[0]);
    size_t lo = nargs > 2 ? clamp_pos(vm, args[2], t->len) : 0;
    size_t hi = nargs > 3 ? clamp_pos(vm, args[3], t->len) : t->len;
    for (size_t i = lo; i < hi; i++)
        if (py_equal(vm, t->items[i], args[1])) return py_small((py_int_t)i);
    py_raise_value_error(vm, "tuple.index(x): x not in tuple");
}

static py_val_t m_count(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_tuple_t *t = py_tuple_ptr(args[0]);
    size_t n = 0;
    for (size_t i = 0; i < t->len; i++)
        if (py_equal(vm, t->items[i], args[1])) n++;
    return py_small((py_int_t)n);
}

static const py_method_def_t tuple_methods[] = {
    {"index", m_index, 2, 4, 0},
    {"count", m_count, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_tuple_spec = {
    .name = "tuple",
    .base = PY_T_object,
    .basicsize = sizeof(py_tuple_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .mark = tuple_mark,
        .make_new = tuple_make_new,
        .repr = tuple_repr,
        .hash = tuple_hash,
        .compare = tuple_compare,
        .binary = tuple_binary,
        .len = tuple_len,
        .getitem = tuple_getitem,
        .contains = tuple_contains,
        .iter = tuple_iter,
        .var_size = tuple_var_size,
    },
    .methods = tuple_methods,
};

const py_type_spec_t py_tuple_iterator_spec = {
    .name = "tuple_iterator",
    .base = PY_T_object,
    .basicsize = sizeof(tuple_iter_t),
    .slots = {.mark = tuple_iter_mark, .iter = iter_self, .next = tuple_iter_next},
    .methods = tuple_iter_methods,
};
