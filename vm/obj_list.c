// vm/obj_list.c: list: a growable array of values, and its iterator.
// Layer: vm core (types). The sort itself is in vm/list_sort.c.
// SPDX-License-Identifier: MIT

#include "obj_list.h"

#include <string.h>
#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "interrupt.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_range.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

typedef struct list_iter {
    py_obj_t base;
    py_val_t list;   // PY_NULL once exhausted, so later appends are not seen (as CPython)
    size_t index;
} list_iter_t;

// ---- storage -------------------------------------------------------------------------------

// Gives [l] room for exactly [cap] items (cap > l->cap).
static void set_cap(py_vm_t *vm, py_list_t *l, size_t cap) {
    if (cap > SIZE_MAX / sizeof(py_val_t) / 2) py_raise_memory_error(vm);
    if (!l->items) l->items = py_gc_new_values(vm, cap);
    else l->items = py_gc_resize(vm, l->items, cap * sizeof(py_val_t));
    l->cap = cap;
}

// Makes room for [need] items, growing by half plus a little so appends are
// amortised O(1). Not CPython's 1/8: our heap never grows a block in place,
// so every growth is a copy, and with 1/8 a list built by append was copied
// about eight times over.
static void reserve(py_vm_t *vm, py_list_t *l, size_t need) {
    if (need <= l->cap) return;
    if (need > SIZE_MAX / sizeof(py_val_t) / 4) py_raise_memory_error(vm);
    set_cap(vm, l, need + (need >> 1) + (need < 9 ? 3 : 6));
}

static py_list_t *list_alloc(py_vm_t *vm, py_type_t *type) {
    return py_gc_new(vm, type, type->basicsize);
}

py_val_t py_list_new(py_vm_t *vm, size_t n, const py_val_t *items) {
    py_list_t *l = list_alloc(vm, vm->types[PY_T_list]);
    if (n == 0) return py_from_obj(l);
    set_cap(vm, l, n);   // a copy or a slice: sized exactly, as CPython's
    for (size_t i = 0; i < n; i++) l->items[i] = items ? items[i] : PY_NONE;
    l->len = n;
    return py_from_obj(l);
}

void py_list_append(py_vm_t *vm, py_val_t list, py_val_t v) {
    py_list_t *l = py_list_ptr(list);
    if (l->len == l->cap) reserve(vm, l, l->len + 1);
    l->items[l->len++] = v;
}

// Appends n values from an array that may be the list's own (self-extend).
static void append_array(py_vm_t *vm, py_list_t *l, const py_val_t *src, size_t n, py_val_t owner) {
    if (n == 0) return;   // src may be NULL then, which memmove must not see
    reserve(vm, l, l->len + n);
    if (owner == py_from_obj(l)) src = l->items;   // reserve may have moved it
    memmove(l->items + l->len, src, n * sizeof(py_val_t));
    l->len += n;
}

void py_list_extend(py_vm_t *vm, py_val_t list, py_val_t iterable) {
    py_list_t *l = py_list_ptr(list);
    // Subclasses that override __iter__ must be iterated, as in CPython.
    py_type_t *t = py_type_of(vm, iterable);
    if (py_is_a(vm, iterable, PY_T_list) && t->slots.iter == vm->types[PY_T_list]->slots.iter) {
        py_list_t *o = py_list_ptr(iterable);
        append_array(vm, l, o->items, o->len, iterable);
        return;
    }
    if (py_is_a(vm, iterable, PY_T_tuple) && t->slots.iter == vm->types[PY_T_tuple]->slots.iter) {
        py_tuple_t *t = py_tuple_ptr(iterable);
        append_array(vm, l, t->items, t->len, iterable);
        return;
    }
    // Room for a built-in's length first, as CPython's length hint: list(range(10**10))
    // then raises MemoryError at once instead of filling the memory item by item.
    if (t->slots.len && !(t->flags & PY_TF_HEAPTYPE)) {
        size_t need = l->len + py_len(vm, iterable);
        if (need > l->cap) set_cap(vm, l, need);   // exact, as the count is known
    }
    py_val_t it = py_iter(vm, iterable);
    unsigned poll = PY_INTERRUPT_EVERY;
    for (py_val_t v; (v = py_next(vm, it)) != PY_NULL;) {
        py_interrupt_step(vm, &poll);   // the items so far stay: the list is consistent
        py_list_append(vm, list, v);
    }
}

py_val_t py_list_from_iter(py_vm_t *vm, py_val_t iterable) {
    py_val_t l = py_list_new(vm, 0, NULL);
    py_list_extend(vm, l, iterable);
    return l;
}

// ---- the repr guard -------------------------------------------------------------------------

// The containers whose repr is being built, innermost first. A chain of C
// stack frames: each entry lives in the frame of repr_guarded, which pops it
// on every exit (a raise passes through its py_pcall), so the head never
// points at a dead frame. Entries carry their VM, so several VMs may share a thread.
typedef struct repr_entry {
    py_vm_t *vm;
    py_val_t obj;
    struct repr_entry *prev;
    void (*fill)(py_vm_t *vm, py_val_t self, py_strbuf_t *b);
    py_strbuf_t buf;
} repr_entry_t;

static repr_entry_t *repr_active;

static void repr_body(py_vm_t *vm, void *ud) {
    repr_entry_t *e = ud;
    py_check_c_stack(vm);
    e->fill(vm, e->obj, &e->buf);
}

py_val_t py_list_repr_guard(py_vm_t *vm, py_val_t self, const char *recursive,
                            void (*fill)(py_vm_t *vm, py_val_t self, py_strbuf_t *b)) {
    for (repr_entry_t *e = repr_active; e; e = e->prev)
        if (e->vm == vm && e->obj == self) return py_str_from_c(vm, recursive);
    repr_entry_t entry = {vm, self, repr_active, fill, PY_STRBUF_EMPTY};
    repr_active = &entry;
    int failed = py_pcall(vm, repr_body, &entry);
    repr_active = entry.prev;
    if (failed) py_raise(vm, vm->exc);
    return py_strbuf_finish(vm, &entry.buf);
}

static void list_repr_fill(py_vm_t *vm, py_val_t self, py_strbuf_t *b) {
    py_strbuf_add_char(vm, b, '[');
    for (size_t i = 0; i < py_list_ptr(self)->len; i++) {   // len re-read: repr may mutate
        if (i) py_strbuf_add(vm, b, ", ", 2);
        py_strbuf_add_val(vm, b, py_list_ptr(self)->items[i], true);
    }
    py_strbuf_add_char(vm, b, ']');
}

static py_val_t list_repr(py_vm_t *vm, py_val_t self) {
    if (py_list_ptr(self)->len == 0) return py_str_from_c(vm, "[]");
    return py_list_repr_guard(vm, self, "[...]", list_repr_fill);
}

// ---- indexes -------------------------------------------------------------------------------

static bool has_index(py_vm_t *vm, py_val_t v) {
    if (py_is_int(vm, v) || py_is_bool(v)) return true;
    return py_type_lookup(vm, py_type_of(vm, v), py_name(vm, PY_NAME___index__)) != PY_NULL;
}

// The C value of an index-like [v] (int, bool or __index__); IndexError for a
// bigint, as CPython's "cannot fit 'int' into an index-sized integer".
static int64_t index_value(py_vm_t *vm, py_val_t v, py_exc_id_t big_exc) {
    if (py_is_small(v)) return py_small_val(v);
    int64_t i;
    if (!py_int_to_i64(py_index(vm, v), &i))
        py_raise_fmt(vm, big_exc, "cannot fit '%T' into an index-sized integer", v);
    return i;
}

// The position [key] names in the list, or -1 when out of range. TypeError for
// keys that are neither integers nor slices (callers test slices first).
static int64_t item_pos(py_vm_t *vm, py_list_t *l, py_val_t key) {
    if (!has_index(vm, key))
        py_raise_type_error(vm, "list indices must be integers or slices, not %T", key);
    int64_t i = index_value(vm, key, PY_EXC_IndexError);
    if (i < 0) i += (int64_t)l->len;
    return i < 0 || i >= (int64_t)l->len ? -1 : i;
}

static bool is_slice(py_vm_t *vm, py_val_t v) { return py_is_a(vm, v, PY_T_slice); }

int64_t py_list_ssize_arg(py_vm_t *vm, py_val_t v) {
    if (py_is_small(v)) return py_small_val(v);
    int64_t i;
    if (!py_int_to_i64(py_index(vm, v), &i))
        py_raise_fmt(vm, PY_EXC_OverflowError, "Python int too large to convert to C ssize_t");
    return i;
}

// ---- items ---------------------------------------------------------------------------------

// A slice's bounds: a slice object, or (slice PY_NULL) the loop's raw
// start, stop and step, each None or a small int, the step not 0.
typedef struct bounds {
    py_val_t slice;
    py_val_t start, stop, step;
} bounds_t;

// slice.indices(len) for [b]: the number of items it selects.
static size_t indices(py_vm_t *vm, const bounds_t *b, size_t len, int64_t *start, int64_t *stop,
                      int64_t *step) {
    if (b->slice != PY_NULL) return py_slice_indices(vm, b->slice, len, start, stop, step);
    int64_t st = b->step == PY_NONE ? 1 : py_small_val(b->step), n = (int64_t)len;
    // An omitted bound is the end the step starts from or runs to (-1: past the front).
    int64_t lo = b->start == PY_NONE ? (st < 0 ? n - 1 : 0)
                                     : py_slice_adjust(py_small_val(b->start), n, st);
    int64_t hi = b->stop == PY_NONE ? (st < 0 ? -1 : n)
                                    : py_slice_adjust(py_small_val(b->stop), n, st);
    *start = lo;
    *stop = hi;
    *step = st;
    if (st < 0) return hi < lo ? (size_t)((lo - hi - 1) / -st + 1) : 0;
    return lo < hi ? (size_t)((hi - lo - 1) / st + 1) : 0;
}

static py_val_t get_slice(py_vm_t *vm, py_val_t self, const bounds_t *b) {
    int64_t start, stop, step;
    size_t n = indices(vm, b, py_list_ptr(self)->len, &start, &stop, &step);
    py_val_t res = py_list_new(vm, n, NULL);
    py_list_t *l = py_list_ptr(self), *r = py_list_ptr(res);
    for (size_t i = 0; i < n; i++) r->items[i] = l->items[start + (int64_t)i * step];
    return res;
}

static py_val_t list_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    py_list_t *l = py_list_ptr(self);
    if (py_is_small(key)) {
        py_int_t i = py_small_val(key);
        if (i < 0) i += (py_int_t)l->len;
        if (i >= 0 && (size_t)i < l->len) return l->items[i];
        py_raise_index_error(vm, "list index out of range");
    }
    if (is_slice(vm, key)) return get_slice(vm, self, &(bounds_t){key, PY_NULL, PY_NULL, PY_NULL});
    int64_t i = item_pos(vm, l, key);
    if (i < 0) py_raise_index_error(vm, "list index out of range");
    return l->items[i];
}

static void del_range(py_list_t *l, size_t lo, size_t n) {
    if (n == 0) return;   // l->items may be NULL then, which memmove must not see
    memmove(l->items + lo, l->items + lo + n, (l->len - lo - n) * sizeof(py_val_t));
    for (size_t i = l->len - n; i < l->len; i++) l->items[i] = PY_NULL;
    l->len -= n;
}

// Deletes the n items start, start+step, ... (step may be negative).
static void del_extended(py_list_t *l, int64_t start, int64_t step, size_t n) {
    if (n == 0) return;
    if (step < 0) {
        start += (int64_t)(n - 1) * step;
        step = -step;
    }
    size_t w = (size_t)start, next = (size_t)start, k = 0;
    for (size_t r = (size_t)start; r < l->len; r++) {
        if (k < n && r == next) {
            k++;
            next += (size_t)step;
            continue;
        }
        l->items[w++] = l->items[r];
    }
    for (size_t i = w; i < l->len; i++) l->items[i] = PY_NULL;
    l->len = w;
}

static bool maybe_iterable(py_vm_t *vm, py_val_t v) {
    py_type_t *t = py_type_of(vm, v);
    return t->slots.iter || t->slots.getitem || (t->flags & PY_TF_HEAPTYPE);
}

// The items of [v] as a fresh list (so assigning a list to a slice of itself works).
static py_val_t items_of(py_vm_t *vm, py_val_t v, const char *msg) {
    if (!maybe_iterable(vm, v)) py_raise_type_error(vm, "%s", msg);
    return py_list_from_iter(vm, v);
}

// The items of [src], an exact list or tuple, and their count.
static const py_val_t *seq_items(py_vm_t *vm, py_val_t src, size_t *m) {
    if (py_is_exact(vm, src, PY_T_tuple)) {
        *m = py_tuple_ptr(src)->len;
        return py_tuple_ptr(src)->items;
    }
    *m = py_list_ptr(src)->len;
    return py_list_ptr(src)->items;
}

// The value to assign from: [value] itself when it is an exact list (not
// [self]) or tuple, whose items iterating would only copy; else its items as a
// fresh list (so assigning a list to a slice of itself works).
static py_val_t assign_source(py_vm_t *vm, py_val_t self, py_val_t value, const char *msg) {
    if ((py_is_exact(vm, value, PY_T_list) && value != self) || py_is_exact(vm, value, PY_T_tuple))
        return value;
    return items_of(vm, value, msg);
}

// l[lo:lo+n] = items of src (an exact list or tuple that is not l, of m items).
static void replace_range(py_vm_t *vm, py_list_t *l, size_t lo, size_t n, py_val_t src) {
    size_t m;
    seq_items(vm, src, &m);
    if (m > n) reserve(vm, l, l->len + (m - n));
    size_t tail = l->len - lo - n;
    if (tail) memmove(l->items + lo + m, l->items + lo + n, tail * sizeof(py_val_t));
    if (m) memcpy(l->items + lo, seq_items(vm, src, &m), m * sizeof(py_val_t));   // items may be NULL
    size_t newlen = l->len - n + m;
    for (size_t i = newlen; i < l->len; i++) l->items[i] = PY_NULL;
    l->len = newlen;
}

static void set_slice(py_vm_t *vm, py_val_t self, const bounds_t *b, py_val_t value) {
    int64_t start, stop, step;
    size_t n = indices(vm, b, py_list_ptr(self)->len, &start, &stop, &step);
    py_val_t src = PY_NULL;
    if (value != PY_NULL) {
        src = assign_source(vm, self, value, step == 1 ? "can only assign an iterable"
                                                       : "must assign iterable to extended slice");
        // Iterating [value] may have changed the list: clamp again.
        if (src != value) n = indices(vm, b, py_list_ptr(self)->len, &start, &stop, &step);
    }
    py_list_t *l = py_list_ptr(self);
    if (step == 1) {
        size_t lo = (size_t)start, cnt = stop > start ? (size_t)(stop - start) : 0;
        if (src == PY_NULL) del_range(l, lo, cnt);
        else replace_range(vm, l, lo, cnt, src);
        return;
    }
    if (src == PY_NULL) {
        del_extended(l, start, step, n);
        return;
    }
    size_t m;
    const py_val_t *items = seq_items(vm, src, &m);
    if (m != n)
        py_raise_value_error(vm, "attempt to assign sequence of size %zu to extended slice of size %zu",
                             m, n);
    for (size_t i = 0; i < n; i++) l->items[start + (int64_t)i * step] = items[i];
}

static void list_setitem(py_vm_t *vm, py_val_t self, py_val_t key, py_val_t value) {
    py_list_t *l = py_list_ptr(self);
    if (py_is_small(key) && value != PY_NULL) {   // l[i] = v
        py_int_t i = py_small_val(key);
        if (i < 0) i += (py_int_t)l->len;
        if (i >= 0 && (size_t)i < l->len) {
            l->items[i] = value;
            return;
        }
    }
    if (is_slice(vm, key)) {
        set_slice(vm, self, &(bounds_t){key, PY_NULL, PY_NULL, PY_NULL}, value);
        return;
    }
    int64_t i = item_pos(vm, l, key);
    if (i < 0) py_raise_index_error(vm, "list assignment index out of range");
    if (value == PY_NULL) del_range(l, (size_t)i, 1);
    else l->items[i] = value;
}

bool py_list_quick_bounds(py_val_t start, py_val_t stop, py_val_t step) {
    return (start == PY_NONE || py_is_small(start)) && (stop == PY_NONE || py_is_small(stop)) &&
           (step == PY_NONE || (py_is_small(step) && step != py_small(0)));
}

py_val_t py_list_get_range(py_vm_t *vm, py_val_t list, py_val_t start, py_val_t stop, py_val_t step) {
    return get_slice(vm, list, &(bounds_t){PY_NULL, start, stop, step});
}

void py_list_set_range(py_vm_t *vm, py_val_t list, py_val_t start, py_val_t stop, py_val_t step,
                       py_val_t value) {
    set_slice(vm, list, &(bounds_t){PY_NULL, start, stop, step}, value);
}

static size_t list_len(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_list_ptr(self)->len;
}

static int list_contains(py_vm_t *vm, py_val_t self, py_val_t item) {
    for (size_t i = 0; i < py_list_ptr(self)->len; i++)
        if (py_equal(vm, py_list_ptr(self)->items[i], item)) return 1;
    return 0;
}

// ---- comparison ------------------------------------------------------------------------------

static py_val_t list_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (!py_is_a(vm, a, PY_T_list) || !py_is_a(vm, b, PY_T_list)) return PY_NOTIMPLEMENTED;
    py_list_t *x = py_list_ptr(a), *y = py_list_ptr(b);
    if (x->len != y->len && (op == PY_CMP_OP_EQ || op == PY_CMP_OP_NE))
        return py_bool(op == PY_CMP_OP_NE);
    py_check_c_stack(vm);
    size_t i = 0;
    while (i < x->len && i < y->len && py_equal(vm, x->items[i], y->items[i])) i++;
    if (i >= x->len || i >= y->len) {
        size_t lx = x->len, ly = y->len;
        switch (op) {
        case PY_CMP_OP_EQ: return py_bool(lx == ly);
        case PY_CMP_OP_NE: return py_bool(lx != ly);
        case PY_CMP_OP_LT: return py_bool(lx < ly);
        case PY_CMP_OP_LE: return py_bool(lx <= ly);
        case PY_CMP_OP_GT: return py_bool(lx > ly);
        default: return py_bool(lx >= ly);
        }
    }
    if (op == PY_CMP_OP_EQ) return PY_FALSE;
    if (op == PY_CMP_OP_NE) return PY_TRUE;
    return py_compare(vm, op, x->items[i], y->items[i]);
}

// ---- operators -------------------------------------------------------------------------------

// The repeat count of `seq * n`, or -1 when [n] is not an integer.
static int64_t repeat_count(py_vm_t *vm, py_val_t n) {
    if (!has_index(vm, n)) return -1;
    int64_t k = index_value(vm, n, PY_EXC_OverflowError);
    return k < 0 ? 0 : k;
}

void py_values_repeat(py_vm_t *vm, py_val_t *items, size_t len, size_t total) {
    // Whole periods per copy, so each copy starts on a multiple of len; at most a chunk of
    // bytes between two polls, and at least one period.
    size_t most = PY_INTERRUPT_CHUNK / sizeof(py_val_t);
    most = most < len ? len : most - most % len;
    for (size_t done = len; done < total;) {
        py_interrupt_check(vm);
        size_t n = done < most ? done : most;
        if (n > total - done) n = total - done;
        memcpy(items + done, items, n * sizeof(py_val_t));
        done += n;
    }
}

static py_val_t list_repeat(py_vm_t *vm, py_val_t self, int64_t k) {
    size_t len = py_list_ptr(self)->len;
    if (len == 0 || k == 0) return py_list_new(vm, 0, NULL);
    if ((uint64_t)k > SIZE_MAX / sizeof(py_val_t) / len) py_raise_memory_error(vm);
    size_t total = len * (size_t)k;
    py_val_t res = py_list_new(vm, 0, NULL);
    py_list_t *r = py_list_ptr(res);
    set_cap(vm, r, total);   // exact: a repeat is rarely grown, and may be huge
    memcpy(r->items, py_list_ptr(self)->items, len * sizeof(py_val_t));
    py_values_repeat(vm, r->items, len, total);
    r->len = total;
    return res;
}

static void inplace_repeat(py_vm_t *vm, py_val_t self, int64_t k) {
    py_list_t *l = py_list_ptr(self);
    size_t len = l->len;
    if (k == 0 || len == 0) {
        del_range(l, 0, len);
        return;
    }
    if ((uint64_t)k > SIZE_MAX / sizeof(py_val_t) / len) py_raise_memory_error(vm);
    if (len * (size_t)k > l->cap) set_cap(vm, l, len * (size_t)k);
    py_values_repeat(vm, l->items, len, len * (size_t)k);   // a Ctrl-C leaves l as it was
    l->len = len * (size_t)k;
}

static bool is_builtin_val(py_vm_t *vm, py_val_t v) {
    return !(py_type_of(vm, v)->flags & PY_TF_HEAPTYPE);
}

static py_val_t list_concat(py_vm_t *vm, py_val_t a, py_val_t b) {
    if (!py_is_a(vm, b, PY_T_list)) {
        if (!is_builtin_val(vm, b)) return PY_NOTIMPLEMENTED;   // let b's __radd__ try
        py_raise_type_error(vm, "can only concatenate list (not \"%T\") to list", b);
    }
    py_val_t r = py_list_new(vm, 0, NULL);
    reserve(vm, py_list_ptr(r), py_list_ptr(a)->len + py_list_ptr(b)->len);
    py_list_extend(vm, r, a);
    py_list_extend(vm, r, b);
    return r;
}

static py_val_t list_mul(py_vm_t *vm, py_val_t seq, py_val_t n, bool inplace) {
    int64_t k = repeat_count(vm, n);
    if (k < 0) {
        if (!is_builtin_val(vm, n)) return PY_NOTIMPLEMENTED;
        py_raise_type_error(vm, "can't multiply sequence by non-int of type '%T'", n);
    }
    if (!inplace) return list_repeat(vm, seq, k);
    inplace_repeat(vm, seq, k);
    return seq;
}

static py_val_t list_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    bool inplace = (op & PY_OP_INPLACE) != 0;
    bool a_list = py_is_a(vm, a, PY_T_list);
    switch (op & ~PY_OP_INPLACE) {
    case PY_OP_ADD:
        if (!a_list) return PY_NOTIMPLEMENTED;
        if (!inplace) return list_concat(vm, a, b);
        py_list_extend(vm, a, b);
        return a;
    case PY_OP_MUL:
        if (a_list) return list_mul(vm, a, b, inplace);
        return list_mul(vm, b, a, false);
    default:
        return PY_NOTIMPLEMENTED;
    }
}

// ---- construction and iteration ----------------------------------------------------------------

static void check_type_args(py_vm_t *vm, const char *name, size_t nargs, py_val_t kwnames,
                            size_t max) {
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len)
        py_raise_type_error(vm, "%s() takes no keyword arguments", name);
    if (nargs > max)
        py_raise_type_error(vm, "%s expected at most %zu argument%s, got %zu", name, max,
                            max == 1 ? "" : "s", nargs);
}

// For subclasses only allocates: their __init__ (list.__init__ unless
// overridden) fills the list, so a class with its own __init__ signature works.
static py_val_t list_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    py_val_t self = py_from_obj(list_alloc(vm, type));
    if (type != vm->types[PY_T_list]) return self;
    check_type_args(vm, "list", nargs, kwnames, 1);
    if (nargs == 1) py_list_extend(vm, self, args[0]);
    return self;
}

static py_val_t list_iter(py_vm_t *vm, py_val_t self) {
    list_iter_t *it = py_gc_new(vm, vm->types[PY_T_list_iterator], sizeof(list_iter_t));
    it->list = self;
    return py_from_obj(it);
}

static py_val_t list_iter_next(py_vm_t *vm, py_val_t self) {
    (void)vm;
    list_iter_t *it = (list_iter_t *)py_obj(self);
    if (it->list == PY_NULL) return PY_NULL;
    py_list_t *l = py_list_ptr(it->list);
    if (it->index < l->len) return l->items[it->index++];
    it->list = PY_NULL;
    return PY_NULL;
}

static py_val_t list_iter_length_hint(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                      py_val_t kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    list_iter_t *it = (list_iter_t *)py_obj(args[0]);
    size_t len = it->list == PY_NULL ? 0 : py_list_ptr(it->list)->len;
    return py_small(len > it->index ? (py_int_t)(len - it->index) : 0);
}

static const py_method_def_t list_iter_methods[] = {
    {"__length_hint__", list_iter_length_hint, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static py_val_t iter_self(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return self;
}

static void list_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark_ptr(vm, ((py_list_t *)o)->items); }

static void list_iter_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((list_iter_t *)o)->list); }

// ---- methods -----------------------------------------------------------------------------------

static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    check_type_args(vm, "list", nargs - 1, kwnames, 1);
    py_list_t *l = py_list_ptr(args[0]);
    del_range(l, 0, l->len);
    if (nargs == 2) py_list_extend(vm, args[0], args[1]);
    return PY_NONE;
}

static py_val_t m_append(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_list_append(vm, args[0], args[1]);
    return PY_NONE;
}

static py_val_t m_extend(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_list_extend(vm, args[0], args[1]);
    return PY_NONE;
}

// Clamps a position argument to [0, len], negatives counting from the end (insert, index).
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

static py_val_t m_insert(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_list_t *l = py_list_ptr(args[0]);
    int64_t i = py_list_ssize_arg(vm, args[1]);
    if (i < 0 && (i += (int64_t)l->len) < 0) i = 0;
    if (i > (int64_t)l->len) i = (int64_t)l->len;
    reserve(vm, l, l->len + 1);
    memmove(l->items + i + 1, l->items + i, (l->len - i) * sizeof(py_val_t));
    l->items[i] = args[2];
    l->len++;
    return PY_NONE;
}

static py_val_t m_pop(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_list_t *l = py_list_ptr(args[0]);
    int64_t i = nargs > 1 ? py_list_ssize_arg(vm, args[1]) : -1;
    if (l->len == 0) py_raise_index_error(vm, "pop from empty list");
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || i >= (int64_t)l->len) py_raise_index_error(vm, "pop index out of range");
    py_val_t v = l->items[i];
    del_range(l, (size_t)i, 1);
    return v;
}

// The first position in [lo, hi) of an item equal to [x], or -1.
static int64_t find(py_vm_t *vm, py_val_t self, py_val_t x, size_t lo, size_t hi) {
    for (size_t i = lo; i < hi && i < py_list_ptr(self)->len; i++)
        if (py_equal(vm, py_list_ptr(self)->items[i], x)) return (int64_t)i;
    return -1;
}

static py_val_t m_remove(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    int64_t i = find(vm, args[0], args[1], 0, SIZE_MAX);
    if (i < 0) py_raise_value_error(vm, "list.remove(x): x not in list");
    del_range(py_list_ptr(args[0]), (size_t)i, 1);
    return PY_NONE;
}

static py_val_t m_index(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    size_t len = py_list_ptr(args[0])->len;
    size_t lo = nargs > 2 ? clamp_pos(vm, args[2], len) : 0;
    size_t hi = nargs > 3 ? clamp_pos(vm, args[3], len) : SIZE_MAX;
    int64_t i = find(vm, args[0], args[1], lo, hi);
    if (i < 0) py_raise_value_error(vm, "%R is not in list", args[1]);
    return py_small((py_int_t)i);
}

static py_val_t m_count(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    size_t n = 0;
    for (size_t i = 0; i < py_list_ptr(args[0])->len; i++)
        if (py_equal(vm, py_list_ptr(args[0])->items[i], args[1])) n++;
    return py_small((py_int_t)n);
}

static py_val_t m_clear(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    py_list_t *l = py_list_ptr(args[0]);
    l->items = NULL;   // the sweep frees the old array (an iterator may still look at it)
    l->len = l->cap = 0;
    return PY_NONE;
}

static py_val_t m_copy(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_list_t *l = py_list_ptr(args[0]);
    return py_list_new(vm, l->len, l->items);
}

static py_val_t m_reverse(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    py_list_t *l = py_list_ptr(args[0]);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        py_val_t t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return PY_NONE;
}

void py_list_sort_kw(py_vm_t *vm, py_val_t list, py_val_t key, py_val_t reverse) {
    // CPython parses reverse as an int ("'str' object cannot be interpreted as an integer").
    bool rev = reverse != PY_NULL && (py_is_small(reverse) ? reverse != py_small(0)
                                                           : py_int_sign(py_index(vm, reverse)) != 0);
    py_list_sort(vm, list, key == PY_NONE ? PY_NULL : key, rev);
}

static py_val_t m_sort(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    if (nargs > 1) py_raise_type_error(vm, "sort() takes no positional arguments");
    static const char *const names[] = {"key", "reverse", NULL};
    py_val_t kw[2] = {PY_NULL, PY_NULL};
    py_builtins_kwargs(vm, "sort", nargs, args, kwnames, names, kw);
    py_list_sort_kw(vm, args[0], kw[0], kw[1]);
    return PY_NONE;
}

static py_val_t m_reversed(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_reversed_new(vm, args[0], py_list_ptr(args[0])->len);
}

// A method, not a slot wrapper (vm/obj_slotwrap.c), as in CPython, where its
// arity errors read "list.__getitem__() takes exactly one argument".
static py_val_t m_getitem(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return list_getitem(vm, args[0], args[1]);
}

static const py_method_def_t list_methods[] = {
    {"__getitem__", m_getitem, 2, 2, 0},
    {"__init__", m_init, 1, PY_VARARGS, PY_METH_KEYWORDS},   // m_init checks, in list's words
    {"append", m_append, 2, 2, 0},
    {"extend", m_extend, 2, 2, 0},
    {"insert", m_insert, 3, 3, 0},
    {"pop", m_pop, 1, 2, 0},
    {"remove", m_remove, 2, 2, 0},
    {"index", m_index, 2, 4, 0},
    {"count", m_count, 2, 2, 0},
    {"clear", m_clear, 1, 1, 0},
    {"copy", m_copy, 1, 1, 0},
    {"reverse", m_reverse, 1, 1, 0},
    {"sort", m_sort, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"__reversed__", m_reversed, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_list_spec = {
    .name = "list",
    .base = PY_T_object,
    .basicsize = sizeof(py_list_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .mark = list_mark,
        .make_new = list_make_new,
        .repr = list_repr,
        .compare = list_compare,
        .binary = list_binary,
        .len = list_len,
        .getitem = list_getitem,
        .setitem = list_setitem,
        .contains = list_contains,
        .iter = list_iter,
    },
    .methods = list_methods,
};

const py_type_spec_t py_list_iterator_spec = {
    .name = "list_iterator",
    .base = PY_T_object,
    .basicsize = sizeof(list_iter_t),
    .slots = {.mark = list_iter_mark, .iter = iter_self, .next = list_iter_next},
    .methods = list_iter_methods,
};
