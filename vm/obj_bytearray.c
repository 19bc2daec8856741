// vm/obj_bytearray.c: the bytearray type: a mutable, growable array of bytes
// with every method of bytes (bytes_*.c) plus item and slice assignment and
// deletion, append, extend, insert, pop, remove, clear, copy, reverse, += and *=.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT
//
// While memoryviews of a bytearray are alive and not released, its size may
// not change (BufferError, as CPython): a memoryview reads the storage
// through the bytearray at every access, but Python code holding it expects
// the items it saw. Without reference counting a dropped memoryview is only
// noticed by a collection, so a resize that finds exports collects first.

#include "bytes_internal.h"
#include "obj_int.h"
#include "obj_range.h"
#include "obj_list.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "gc.h"
#include "except.h"
#include "runtime.h"

static py_bytearray_t *alloc(py_vm_t *vm, py_type_t *type) {
    return py_gc_new(vm, type, type->basicsize);
}

// Makes room for [cap] bytes; the contents are kept, new bytes are zero.
static void reserve(py_vm_t *vm, py_bytearray_t *ba, size_t cap) {
    if (cap <= ba->cap) return;
    size_t grown = ba->cap + ba->cap / 2 + 8;   // 1.5x: amortised O(1) appends
    if (cap < grown) cap = grown;
    ba->data = py_gc_resize(vm, ba->data, cap);
    ba->cap = cap;
}

py_val_t py_bytearray_new(py_vm_t *vm, const void *data, size_t len) {
    py_bytearray_t *ba = alloc(vm, vm->types[PY_T_bytearray]);
    if (len) {
        ba->data = py_gc_new_bytes(vm, len);
        ba->cap = ba->len = len;
        if (data) memcpy(ba->data, data, len);
    }
    return py_from_obj(ba);
}

void py_bytearray_check_resize(py_vm_t *vm, py_val_t v) {
    py_bytearray_t *ba = py_bytearray_ptr(v);
    if (ba->exports == 0) return;
    py_gc_collect(vm);   // finalises the memoryviews nobody can reach any more
    if (ba->exports != 0)
        py_raise_fmt(vm, PY_EXC_BufferError, "Existing exports of data: object cannot be re-sized");
}

// Sets the length to [len] (new bytes zero). Raises BufferError while exported.
static void set_len(py_vm_t *vm, py_val_t self, size_t len) {
    py_bytearray_t *ba = py_bytearray_ptr(self);
    if (len == ba->len) return;
    py_bytearray_check_resize(vm, self);
    reserve(vm, ba, len);
    if (len > ba->len) memset(ba->data + ba->len, 0, len - ba->len);
    ba->len = len;
}

// Replaces bytes [at, at+old) with [n] bytes of [src] (which must not be self's storage).
static void splice(py_vm_t *vm, py_val_t self, size_t at, size_t old, const uint8_t *src, size_t n) {
    py_bytearray_t *ba = py_bytearray_ptr(self);
    size_t len = ba->len, tail = len - at - old;
    if (n > old && n - old > SIZE_MAX / 2 - len) py_raise_memory_error(vm);
    if (n > old) set_len(vm, self, len + n - old);
    else if (n < old) py_bytearray_check_resize(vm, self);
    if (tail) memmove(ba->data + at + n, ba->data + at + old, tail);   // data may be NULL when empty
    if (n) memcpy(ba->data + at, src, n);
    if (n < old) set_len(vm, self, len - (old - n));
}

// Replaces bytes [at, at+old) of [self] with bytes object [b]'s data.
static void splice_bytes(py_vm_t *vm, py_val_t self, size_t at, size_t old, py_val_t b) {
    splice(vm, self, at, old, py_bytes_ptr(b)->data, py_bytes_ptr(b)->len);
}

// ---- construction ----------------------------------------------------------------------

static const char *const init_names[] = {"source", "encoding", "errors"};

// Fills [self] (emptied) from bytearray()'s arguments.
static void init(py_vm_t *vm, py_val_t self, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t a[3];
    py_str_parse_args(vm, "bytearray", nargs, args, kwnames, init_names, 3, a);
    py_val_t src;
    if (a[0] == PY_NULL) {
        if (a[1] != PY_NULL || a[2] != PY_NULL)
            py_raise_type_error(vm, a[1] != PY_NULL ? "encoding without a string argument"
                                                    : "errors without a string argument");
        src = py_bytes_new(vm, "", 0);
    } else if (a[1] != PY_NULL || a[2] != PY_NULL) {
        if (!py_is_str(vm, a[0]))
            py_raise_type_error(vm, a[1] != PY_NULL ? "encoding without a string argument"
                                                    : "errors without a string argument");
        py_val_t ea[2] = {a[1] == PY_NULL ? py_str_intern_c(vm, "utf-8") : a[1], a[2]};
        src = py_call_method(vm, a[0], py_str_intern_c(vm, "encode"), a[2] == PY_NULL ? 1 : 2, ea);
    } else {
        src = py_bytes_snapshot(vm, py_bytes_from_object(vm, a[0], "bytearray"));
    }
    splice_bytes(vm, self, 0, py_bytearray_ptr(self)->len, src);
}

// Exact bytearrays are filled here; subclasses by __init__ (bytearray's
// unless overridden), so a subclass with its own __init__ signature works.
static py_val_t bytearray_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                                   py_val_t kwnames) {
    py_val_t self = py_from_obj(alloc(vm, type));
    if (type == vm->types[PY_T_bytearray]) init(vm, self, nargs, args, kwnames);
    return self;
}

static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    init(vm, args[0], nargs - 1, args + 1, kwnames);
    return PY_NONE;
}

// ---- slots ----------------------------------------------------------------------------

static void bytearray_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark_ptr(vm, ((py_bytearray_t *)o)->data);
}

static py_val_t bytearray_repr(py_vm_t *vm, py_val_t self) {
    py_val_t inner = py_bytes_repr(vm, self);
    return py_str_format_c(vm, "%N(%S)", py_type_of(vm, self)->name, inner);
}

// Compares with any object with a buffer (bytes, bytearray, memoryview), by their bytes.
static py_val_t bytearray_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    py_buffer_t x, y;
    if (py_is_a(vm, a, PY_T_memoryview)) a = py_bytes_snapshot(vm, a);
    if (py_is_a(vm, b, PY_T_memoryview)) b = py_bytes_snapshot(vm, b);
    if (!py_buffer_get(vm, a, &x, false) || !py_buffer_get(vm, b, &y, false)) return PY_NOTIMPLEMENTED;
    return py_bytes_compare_views(&x, &y, op);
}

static bool is_index(py_vm_t *vm, py_val_t v) {
    if (py_is_int(vm, v) || py_is_bool(v)) return true;
    py_type_t *t = py_type_of(vm, v);
    return (t->flags & PY_TF_HEAPTYPE) && py_type_lookup(vm, t, py_name(vm, PY_NAME___index__)) != PY_NULL;
}

// self += other, self *= n.
static py_val_t inplace(py_vm_t *vm, py_binary_op_t op, py_val_t self, py_val_t other) {
    py_buffer_t view;
    if (op == PY_OP_ADD) {
        if (!py_is_a(vm, other, PY_T_memoryview) && !py_buffer_get(vm, other, &view, false))
            py_raise_type_error(vm, "can't concat %T to bytearray", other);
        py_val_t b = py_bytes_snapshot(vm, other);
        splice_bytes(vm, self, py_bytearray_ptr(self)->len, 0, b);
        return self;
    }
    if (!is_index(vm, other))
        py_raise_type_error(vm, "can't multiply sequence by non-int of type '%T'", other);
    int64_t k = py_bytes_ssize_arg(vm, other);
    size_t len = py_bytearray_ptr(self)->len;
    if (k <= 0 || len == 0) k = 0;
    if (k > 0 && (uint64_t)k > (SIZE_MAX / 2) / len) py_raise_memory_error(vm);
    set_len(vm, self, len * (size_t)k);
    py_bytearray_t *ba = py_bytearray_ptr(self);
    for (int64_t i = 1; i < k; i++) memcpy(ba->data + (size_t)i * len, ba->data, len);
    return self;
}

static py_val_t bytearray_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    py_binary_op_t plain = (py_binary_op_t)(op & ~PY_OP_INPLACE);
    if ((op & PY_OP_INPLACE) && py_is_a(vm, a, PY_T_bytearray) && (plain == PY_OP_ADD || plain == PY_OP_MUL))
        return inplace(vm, plain, a, b);
    return py_bytes_seq_binary(vm, plain, a, b, PY_T_bytearray, "bytearray");
}

static size_t bytearray_len(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_bytearray_ptr(self)->len;
}

// An int index of [self], checked ("bytearray index out of range").
static size_t item_index(py_vm_t *vm, py_val_t self, py_val_t key) {
    return py_bytes_item_index(vm, key, py_bytearray_ptr(self)->len, "bytearray index out of range");
}

static void check_key(py_vm_t *vm, py_val_t key) {
    if (!is_index(vm, key) && !py_is_a(vm, key, PY_T_slice))
        py_raise_type_error(vm, "bytearray indices must be integers or slices, not %T", key);
}

static py_val_t bytearray_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    check_key(vm, key);
    if (!py_is_a(vm, key, PY_T_slice)) {
        size_t i = item_index(vm, self, key);
        return py_small(py_bytearray_ptr(self)->data[i]);
    }
    int64_t start, stop, step;
    size_t n = py_slice_indices(vm, key, py_bytearray_ptr(self)->len, &start, &stop, &step);
    if (step == 1) return py_bytes_like_slice(vm, self, self, (size_t)start, n);
    py_val_t r = py_bytearray_new(vm, NULL, n);
    uint8_t *out = py_bytearray_ptr(r)->data, *in = py_bytearray_ptr(self)->data;
    for (size_t i = 0; i < n; i++, start += step) out[i] = in[start];
    return r;
}

// The bytes a slice assignment stores: a buffer's, or an iterable's ints.
static py_val_t slice_source(py_vm_t *vm, py_val_t v) {
    py_buffer_t view;
    if (py_is_a(vm, v, PY_T_memoryview) || py_buffer_get(vm, v, &view, false)) return py_bytes_snapshot(vm, v);
    py_type_t *t = py_type_of(vm, v);
    if (is_index(vm, v) || py_is_str(vm, v))
        py_raise_type_error(vm, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    if (!t->slots.iter && !t->slots.getitem && py_type_lookup(vm, t, py_name(vm, PY_NAME___iter__)) == PY_NULL)
        py_raise_type_error(vm, "cannot convert '%T' object to bytearray", v);
    py_strbuf_t b;
    py_strbuf_init(&b);
    py_bytes_collect_ints(vm, v, &b);
    py_val_t r = py_bytes_new(vm, b.data, b.len);
    if (b.data) py_gc_release(vm, b.data);
    return r;
}

// Deletes the items of an extended slice: keeps the others in order.
static void delete_extended(py_vm_t *vm, py_val_t self, int64_t start, int64_t step, size_t n) {
    if (n == 0) return;
    py_bytearray_check_resize(vm, self);
    if (step < 0) {   // the same items, walked upwards
        start += step * (int64_t)(n - 1);
        step = -step;
    }
    py_bytearray_t *ba = py_bytearray_ptr(self);
    size_t w = (size_t)start;
    for (size_t r = (size_t)start; r < ba->len; r++)
        if (r < (size_t)start || (r - (size_t)start) % (size_t)step != 0 ||
            (r - (size_t)start) / (size_t)step >= n)
            ba->data[w++] = ba->data[r];
    set_len(vm, self, w);
}

static void set_slice(py_vm_t *vm, py_val_t self, py_val_t key, py_val_t value) {
    py_val_t src = value == PY_NULL ? PY_NULL : slice_source(vm, value);
    int64_t start, stop, step;
    size_t n = py_slice_indices(vm, key, py_bytearray_ptr(self)->len, &start, &stop, &step);
    if (step == 1) {
        if (src == PY_NULL) splice(vm, self, (size_t)start, n, NULL, 0);
        else splice_bytes(vm, self, (size_t)start, n, src);
        return;
    }
    if (src == PY_NULL) {
        delete_extended(vm, self, start, step, n);
        return;
    }
    size_t sl = py_bytes_ptr(src)->len;
    if (sl != n)
        py_raise_value_error(vm, "attempt to assign bytes of size %zu to extended slice of size %zu", sl, n);
    for (size_t i = 0; i < n; i++, start += step) py_bytearray_ptr(self)->data[start] = py_bytes_ptr(src)->data[i];
}

static void bytearray_setitem(py_vm_t *vm, py_val_t self, py_val_t key, py_val_t value) {
    check_key(vm, key);
    if (py_is_a(vm, key, PY_T_slice)) {
        set_slice(vm, self, key, value);
        return;
    }
    if (value == PY_NULL) {
        size_t i = item_index(vm, self, key);
        splice(vm, self, i, 1, NULL, 0);
        return;
    }
    uint8_t c = py_bytes_byte_arg(vm, value);
    py_bytearray_ptr(self)->data[item_index(vm, self, key)] = c;
}

static int bytearray_contains(py_vm_t *vm, py_val_t self, py_val_t item) {
    return py_bytes_search_contains(vm, self, item);
}

static bool bytearray_get_buffer(py_vm_t *vm, py_val_t self, py_buffer_t *view, bool writable) {
    (void)vm, (void)writable;
    py_bytearray_t *ba = py_bytearray_ptr(self);
    static uint8_t empty[1];   // a valid pointer for an empty bytearray
    *view = (py_buffer_t){.data = ba->data ? ba->data : empty, .len = ba->len, .itemsize = 1,
                          .format = 'B', .readonly = false};
    return true;
}

// ---- the iterator ------------------------------------------------------------------------

typedef struct bytearray_iter {
    py_obj_t base;
    py_val_t seq;    // PY_NULL once exhausted
    size_t index;
} bytearray_iter_t;

static py_val_t bytearray_iter(py_vm_t *vm, py_val_t self) {
    bytearray_iter_t *it = py_gc_new(vm, vm->types[PY_T_bytearray_iterator], sizeof *it);
    it->seq = self;
    return py_from_obj(it);
}

static py_val_t iter_next(py_vm_t *vm, py_val_t self) {
    (void)vm;
    bytearray_iter_t *it = (bytearray_iter_t *)py_obj(self);
    if (it->seq == PY_NULL) return PY_NULL;
    py_bytearray_t *ba = py_bytearray_ptr(it->seq);
    if (it->index < ba->len) return py_small(ba->data[it->index++]);
    it->seq = PY_NULL;
    return PY_NULL;
}

static py_val_t iter_self(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return self;
}

static void iter_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((bytearray_iter_t *)o)->seq); }

const py_type_spec_t py_bytearray_iterator_spec = {
    .name = "bytearray_iterator",
    .base = PY_T_object,
    .basicsize = sizeof(bytearray_iter_t),
    .slots = {.mark = iter_mark, .iter = iter_self, .next = iter_next},
};

// ---- mutating methods ---------------------------------------------------------------------

static py_val_t m_append(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    uint8_t c = py_bytes_byte_arg(vm, args[1]);
    splice(vm, args[0], py_bytearray_ptr(args[0])->len, 0, &c, 1);
    return PY_NONE;
}

static py_val_t m_extend(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t v = args[1];
    py_buffer_t view;
    py_type_t *t = py_type_of(vm, v);
    if (!py_is_a(vm, v, PY_T_memoryview) && !py_buffer_get(vm, v, &view, false) && !t->slots.iter &&
        !t->slots.getitem && py_type_lookup(vm, t, py_name(vm, PY_NAME___iter__)) == PY_NULL)
        py_raise_type_error(vm, "can't extend bytearray with %T", v);
    py_val_t src;
    if (py_is_a(vm, v, PY_T_memoryview) || py_buffer_get(vm, v, &view, false)) {
        src = py_bytes_snapshot(vm, v);
    } else {   // any iterable of ints, strs included (whose items then fail)
        py_strbuf_t b;
        py_strbuf_init(&b);
        py_bytes_collect_ints(vm, v, &b);
        src = py_bytes_new(vm, b.data, b.len);
        if (b.data) py_gc_release(vm, b.data);
    }
    splice_bytes(vm, args[0], py_bytearray_ptr(args[0])->len, 0, src);
    return PY_NONE;
}

static py_val_t m_insert(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    int64_t i = py_bytes_ssize_arg(vm, args[1]);
    uint8_t c = py_bytes_byte_arg(vm, args[2]);
    int64_t len = (int64_t)py_bytearray_ptr(args[0])->len;
    if (i < 0) i = i + len < 0 ? 0 : i + len;
    if (i > len) i = len;
    splice(vm, args[0], (size_t)i, 0, &c, 1);
    return PY_NONE;
}

static py_val_t m_pop(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    int64_t i = nargs > 1 ? py_bytes_ssize_arg(vm, args[1]) : -1;
    int64_t len = (int64_t)py_bytearray_ptr(args[0])->len;
    if (len == 0) py_raise_index_error(vm, "pop from empty bytearray");
    if (i < 0) i += len;
    if (i < 0 || i >= len) py_raise_index_error(vm, "pop index out of range");
    uint8_t c = py_bytearray_ptr(args[0])->data[i];
    splice(vm, args[0], (size_t)i, 1, NULL, 0);
    return py_small(c);
}

static py_val_t m_remove(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    uint8_t c = py_bytes_byte_arg(vm, args[1]);
    py_bytearray_t *ba = py_bytearray_ptr(args[0]);
    uint8_t *at = ba->len ? memchr(ba->data, c, ba->len) : NULL;
    if (at == NULL) py_raise_value_error(vm, "value not found in bytearray");
    splice(vm, args[0], (size_t)(at - ba->data), 1, NULL, 0);
    return PY_NONE;
}

static py_val_t m_clear(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    set_len(vm, args[0], 0);
    return PY_NONE;
}

static py_val_t m_copy(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_bytes_like_slice(vm, args[0], args[0], 0, py_bytearray_ptr(args[0])->len);
}

static py_val_t m_reverse(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    py_bytearray_t *ba = py_bytearray_ptr(args[0]);
    for (size_t i = 0, j = ba->len; i + 1 < j; i++, j--) {
        uint8_t t = ba->data[i];
        ba->data[i] = ba->data[j - 1];
        ba->data[j - 1] = t;
    }
    return PY_NONE;
}

// __alloc__(): the bytes allocated, as CPython counts them (one more for its NUL).
static py_val_t m_alloc(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    size_t cap = py_bytearray_ptr(args[0])->cap;
    return py_small((py_int_t)(cap ? cap + 1 : 0));
}

static const py_method_def_t bytearray_methods[] = {
    PY_BYTES_SHARED_METHODS,
    {"__init__", m_init, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"append", m_append, 2, 2, 0},
    {"extend", m_extend, 2, 2, 0},
    {"insert", m_insert, 3, 3, 0},
    {"pop", m_pop, 1, 2, 0},
    {"remove", m_remove, 2, 2, 0},
    {"clear", m_clear, 1, 1, 0},
    {"copy", m_copy, 1, 1, 0},
    {"reverse", m_reverse, 1, 1, 0},
    {"__alloc__", m_alloc, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_bytearray_spec = {
    .name = "bytearray",
    .base = PY_T_object,
    .basicsize = sizeof(py_bytearray_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .mark = bytearray_mark,
        .make_new = bytearray_make_new,
        .repr = bytearray_repr,
        .compare = bytearray_compare,
        .binary = bytearray_binary,
        .len = bytearray_len,
        .getitem = bytearray_getitem,
        .setitem = bytearray_setitem,
        .contains = bytearray_contains,
        .iter = bytearray_iter,
        .get_buffer = bytearray_get_buffer,
    },
    .methods = bytearray_methods,
};
