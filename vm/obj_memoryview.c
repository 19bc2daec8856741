// vm/obj_memoryview.c: the memoryview type: a one-dimensional view of the
// buffer of another object (bytes, bytearray...) in any struct format of
// B b c ? h H i I l L q Q n N f d, sliced without copying.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT
//
// A view keeps the exporting object, never a raw pointer: each access re-gets
// the exporter's buffer and adds the view's byte offset, so the data may live
// anywhere the exporter keeps it. Slices share the exporter; a view of a view
// is a view of the same exporter. A bytearray counts its unreleased views
// and refuses to change size while any remain (obj_bytearray.c); a view's
// finaliser drops its count if the view is collected without release().

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include "bytes_internal.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_range.h"
#include "obj_tuple.h"
#include "gc.h"
#include "except.h"
#include "runtime.h"

typedef struct memview {
    py_obj_t base;
    py_val_t obj;        // the exporter (never a memoryview)
    size_t start;        // byte offset of item 0 in the exporter's buffer
    size_t len;          // items
    ptrdiff_t stride;    // bytes from one item to the next (negative for reversed slices)
    size_t itemsize;
    char format;
    bool readonly, released;
} memview_t;

static memview_t *mv_ptr(py_val_t v) { return (memview_t *)py_obj(v); }

// ---- formats --------------------------------------------------------------------------------

// The size of one item of struct format [f], or 0 when unsupported.
static size_t format_size(char f) {
    switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'h': case 'H': return sizeof(short);
    case 'i': case 'I': return sizeof(int);
    case 'l': case 'L': return sizeof(long);
    case 'q': case 'Q': return sizeof(long long);
    case 'n': case 'N': return sizeof(size_t);
    case 'f': return sizeof(float);
    case 'd': return sizeof(double);
    default: return 0;
    }
}

// The value of the item of format [f] at [p].
static py_val_t unpack(py_vm_t *vm, char f, const uint8_t *p) {
#define GET(T) T x; memcpy(&x, p, sizeof x)
    switch (f) {
    case 'B': return py_small(p[0]);
    case 'b': return py_small((int8_t)p[0]);
    case 'c': return py_bytes_new(vm, p, 1);
    case '?': return py_bool(p[0] != 0);
    case 'h': { GET(short); return py_small(x); }
    case 'H': { GET(unsigned short); return py_small(x); }
    // (An int's 32 bits may not fit a small int on a 32-bit host.)
    case 'i': { GET(int); return py_int_from_i64(vm, x); }
    case 'I': { GET(unsigned int); return py_int_from_u64(vm, x); }
    case 'l': { GET(long); return py_int_from_i64(vm, x); }
    case 'L': { GET(unsigned long); return py_int_from_u64(vm, x); }
    case 'q': { GET(long long); return py_int_from_i64(vm, x); }
    case 'Q': { GET(unsigned long long); return py_int_from_u64(vm, x); }
    case 'n': { GET(ptrdiff_t); return py_int_from_i64(vm, x); }
    case 'N': { GET(size_t); return py_int_from_u64(vm, x); }
    case 'f': { GET(float); return py_float_new(vm, x); }
    default: { GET(double); return py_float_new(vm, x); }
    }
#undef GET
}

static _Noreturn void bad_value(py_vm_t *vm, char f) {
    py_raise_value_error(vm, "memoryview: invalid value for format '%c'", f);
}

static _Noreturn void bad_type(py_vm_t *vm, char f) {
    py_raise_type_error(vm, "memoryview: invalid type for format '%c'", f);
}

// The C integer an integer format stores, range-checked between [lo] and [hi]
// (unsigned formats pass lo 0 and compare as unsigned).
static uint64_t int_item(py_vm_t *vm, char f, py_val_t v, int64_t lo, uint64_t hi) {
    if (!py_is_int(vm, v) && !py_is_bool(v)) bad_type(vm, f);
    if (py_is_bool(v)) v = py_small(v == PY_TRUE);
    int64_t s;
    if (py_int_to_i64(v, &s)) {
        if (s < lo || (s >= 0 && (uint64_t)s > hi)) bad_value(vm, f);
        return (uint64_t)s;
    }
    // Past INT64_MAX: only the unsigned 64-bit formats, up to UINT64_MAX.
    if (lo != 0 || py_int_sign(v) < 0 || hi != UINT64_MAX ||
        py_compare(vm, PY_CMP_OP_GT, v, py_int_from_u64(vm, UINT64_MAX)) == PY_TRUE)
        bad_value(vm, f);
    int64_t high, low;
    py_int_to_i64(py_binary(vm, PY_OP_RSHIFT, v, py_small(32)), &high);
    py_int_to_i64(py_binary(vm, PY_OP_AND, v, py_int_from_u64(vm, 0xFFFFFFFFu)), &low);
    return (uint64_t)high << 32 | (uint64_t)low;
}

// Stores [v] as an item of format [f] at [p] (checked before anything is written).
static void pack(py_vm_t *vm, char f, uint8_t *p, py_val_t v) {
    size_t n = format_size(f);
    union { uint8_t b[8]; short h; unsigned short H; int i; unsigned I; long l; unsigned long L;
            long long q; unsigned long long Q; ptrdiff_t n; size_t N; float fl; double d; } u;
    switch (f) {
    case 'B': u.b[0] = (uint8_t)int_item(vm, f, v, 0, 255); break;
    case 'b': u.b[0] = (uint8_t)(int8_t)int_item(vm, f, v, -128, 127); break;
    case 'c':
        if (!py_is_bytes(vm, v)) bad_type(vm, f);
        if (py_bytes_ptr(v)->len != 1) bad_value(vm, f);
        u.b[0] = py_bytes_ptr(v)->data[0];
        break;
    case '?': u.b[0] = py_truthy(vm, v); break;
    case 'h': u.h = (short)int_item(vm, f, v, -32768, 32767); break;
    case 'H': u.H = (unsigned short)int_item(vm, f, v, 0, 65535); break;
    case 'i': u.i = (int)int_item(vm, f, v, INT32_MIN, INT32_MAX); break;
    case 'I': u.I = (unsigned)int_item(vm, f, v, 0, UINT32_MAX); break;
    // long, size_t and ptrdiff_t are 32 bits on 32-bit hosts: each its own range.
    case 'l': u.l = (long)int_item(vm, f, v, LONG_MIN, LONG_MAX); break;
    case 'L': u.L = (unsigned long)int_item(vm, f, v, 0, ULONG_MAX); break;
    case 'q': u.q = (long long)int_item(vm, f, v, INT64_MIN, INT64_MAX); break;
    case 'Q': u.Q = int_item(vm, f, v, 0, UINT64_MAX); break;
    case 'n': u.n = (ptrdiff_t)int_item(vm, f, v, PTRDIFF_MIN, PTRDIFF_MAX); break;
    case 'N': u.N = (size_t)int_item(vm, f, v, 0, SIZE_MAX); break;
    default:
        if (!py_is_float(vm, v) && !py_is_int(vm, v) && !py_is_bool(v)) bad_type(vm, f);
        if (f == 'f') u.fl = (float)py_to_double(vm, v);
        else u.d = py_to_double(vm, v);
    }
    memcpy(p, u.b, n);
}

// ---- access -------------------------------------------------------------------------------

static void check_live(py_vm_t *vm, memview_t *m) {
    if (m->released) py_raise_value_error(vm, "operation forbidden on released memoryview object");
}

// The address of item 0, re-got from the exporter (valid until the next allocation).
static uint8_t *items(py_vm_t *vm, memview_t *m, bool writable) {
    check_live(vm, m);
    py_buffer_t v;
    if (!py_buffer_get(vm, m->obj, &v, writable)) py_raise_type_error(vm, "cannot modify read-only memory");
    return v.data + m->start;
}

static bool contiguous(const memview_t *m) { return m->len <= 1 || m->stride == (ptrdiff_t)m->itemsize; }

py_val_t py_memoryview_tobytes(py_vm_t *vm, py_val_t v) {
    memview_t *m = mv_ptr(v);
    check_live(vm, m);
    py_bytes_t *r = py_bytes_alloc(vm, m->len * m->itemsize);
    const uint8_t *p = items(vm, m, false);
    for (size_t i = 0; i < m->len; i++)
        memcpy(r->data + i * m->itemsize, p + (ptrdiff_t)i * m->stride, m->itemsize);
    return py_from_obj(r);
}

// ---- construction and release ------------------------------------------------------------------

static void add_export(py_vm_t *vm, py_val_t obj, int delta) {
    if (py_is_a(vm, obj, PY_T_bytearray)) py_bytearray_ptr(obj)->exports += (size_t)(ptrdiff_t)delta;
}

static memview_t *new_view(py_vm_t *vm, py_val_t obj) {
    memview_t *m = py_gc_new(vm, vm->types[PY_T_memoryview], sizeof *m);
    m->obj = obj;
    add_export(vm, obj, 1);
    return m;
}

py_val_t py_memoryview_new(py_vm_t *vm, py_val_t obj) {
    if (py_is_a(vm, obj, PY_T_memoryview)) {
        memview_t *src = mv_ptr(obj);
        check_live(vm, src);
        memview_t *m = new_view(vm, src->obj);
        py_val_t keep = m->obj;
        *m = *src;
        m->obj = keep;
        return py_from_obj(m);
    }
    py_buffer_t v;
    if (!py_buffer_get(vm, obj, &v, false))
        py_raise_type_error(vm, "memoryview: a bytes-like object is required, not '%T'", obj);
    bool ro = !py_buffer_get(vm, obj, &v, true);
    memview_t *m = new_view(vm, obj);
    m->itemsize = v.itemsize ? v.itemsize : 1;
    m->len = v.len / m->itemsize;
    m->stride = (ptrdiff_t)m->itemsize;
    m->format = format_size(v.format) == m->itemsize ? v.format : 'B';
    m->readonly = ro;
    return py_from_obj(m);
}

static void release(py_vm_t *vm, memview_t *m) {
    if (m->released) return;
    m->released = true;
    add_export(vm, m->obj, -1);
}

// A view collected without release() gives its export back (the exporter is
// still intact: finalisers run before the sweep frees anything).
static void mv_finalise(py_vm_t *vm, py_obj_t *o) { release(vm, (memview_t *)o); }

static void mv_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((memview_t *)o)->obj); }

static const char *const new_names[] = {"object"};

static py_val_t mv_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    (void)type;
    py_val_t a;
    if (nargs > 1) py_raise_type_error(vm, "memoryview() takes at most 1 argument (%zu given)", nargs);
    py_str_parse_args(vm, "memoryview", nargs, args, kwnames, new_names, 1, &a);
    if (a == PY_NULL) py_raise_type_error(vm, "memoryview() missing required argument 'object' (pos 1)");
    return py_memoryview_new(vm, a);
}

// ---- slots ------------------------------------------------------------------------------------

static py_val_t mv_repr(py_vm_t *vm, py_val_t self) {
    char buf[64];
    snprintf(buf, sizeof buf, "<%smemory at %p>", mv_ptr(self)->released ? "released " : "",
             (void *)mv_ptr(self));
    return py_str_from_c(vm, buf);
}

static size_t mv_len(py_vm_t *vm, py_val_t self) {
    check_live(vm, mv_ptr(self));
    return mv_ptr(self)->len;
}

static bool is_index(py_vm_t *vm, py_val_t v) {
    if (py_is_int(vm, v) || py_is_bool(v)) return true;
    py_type_t *t = py_type_of(vm, v);
    return (t->flags & PY_TF_HEAPTYPE) && py_type_lookup(vm, t, py_name(vm, PY_NAME___index__)) != PY_NULL;
}

static size_t item_index(py_vm_t *vm, memview_t *m, py_val_t key) {
    return py_bytes_item_index(vm, key, m->len, "index out of bounds on dimension 1");
}

static py_val_t mv_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    memview_t *m = mv_ptr(self);
    check_live(vm, m);
    if (py_is_a(vm, key, PY_T_tuple) && py_tuple_ptr(key)->len == 1 && is_index(vm, py_tuple_ptr(key)->items[0]))
        key = py_tuple_ptr(key)->items[0];   // m[(i,)]: an index per dimension
    if (is_index(vm, key)) {
        size_t i = item_index(vm, m, key);
        return unpack(vm, m->format, items(vm, m, false) + (ptrdiff_t)i * m->stride);
    }
    if (!py_is_a(vm, key, PY_T_slice)) py_raise_type_error(vm, "memoryview: invalid slice key");
    int64_t start, stop, step;
    size_t n = py_slice_indices(vm, key, m->len, &start, &stop, &step);
    memview_t *r = new_view(vm, m->obj);
    py_val_t keep = r->obj;
    *r = *m;
    r->obj = keep;
    r->start = m->start + (size_t)(start * m->stride);
    r->len = n;
    r->stride = m->stride * (ptrdiff_t)step;
    return py_from_obj(r);
}

// m[a:b] = buffer: the same number of items of the same format.
static void set_slice(py_vm_t *vm, memview_t *m, py_val_t key, py_val_t value) {
    py_buffer_t v;
    py_buffer_require(vm, value, &v, false);
    int64_t start, stop, step;
    size_t n = py_slice_indices(vm, key, m->len, &start, &stop, &step);
    size_t isz = v.itemsize ? v.itemsize : 1;
    if (v.len / isz != n || isz != m->itemsize || v.format != m->format)
        py_raise_value_error(vm, "memoryview assignment: lvalue and rvalue have different structures");
    py_val_t src = py_bytes_snapshot(vm, value);   // the source may overlap the target
    uint8_t *p = items(vm, m, true);
    for (size_t i = 0; i < n; i++, start += step)
        memcpy(p + start * m->stride, py_bytes_ptr(src)->data + i * isz, isz);
}

static void mv_setitem(py_vm_t *vm, py_val_t self, py_val_t key, py_val_t value) {
    memview_t *m = mv_ptr(self);
    check_live(vm, m);
    if (m->readonly) py_raise_type_error(vm, "cannot modify read-only memory");
    if (value == PY_NULL) py_raise_type_error(vm, "cannot delete memory");
    if (py_is_a(vm, key, PY_T_slice)) {
        set_slice(vm, m, key, value);
        return;
    }
    if (!is_index(vm, key)) py_raise_type_error(vm, "memoryview: invalid slice key");
    size_t i = item_index(vm, m, key);
    uint8_t tmp[8];
    pack(vm, m->format, tmp, value);   // may raise: nothing written yet
    memcpy(items(vm, m, true) + (ptrdiff_t)i * m->stride, tmp, m->itemsize);
}

// m == other: item by item, by value (so formats may differ); only == and != exist.
static py_val_t mv_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (op != PY_CMP_OP_EQ && op != PY_CMP_OP_NE) return PY_NOTIMPLEMENTED;
    if (a == b) return py_bool(op == PY_CMP_OP_EQ);
    py_buffer_t v;
    for (int k = 0; k < 2; k++) {
        py_val_t *x = k ? &b : &a;
        if (py_is_a(vm, *x, PY_T_memoryview)) continue;
        if (!py_buffer_get(vm, *x, &v, false)) return PY_NOTIMPLEMENTED;
        *x = py_memoryview_new(vm, *x);
    }
    memview_t *x = mv_ptr(a), *y = mv_ptr(b);
    check_live(vm, x);
    check_live(vm, y);
    bool eq = x->len == y->len;
    for (size_t i = 0; eq && i < x->len; i++) {
        py_val_t p = unpack(vm, x->format, items(vm, x, false) + (ptrdiff_t)i * x->stride);
        py_val_t q = unpack(vm, y->format, items(vm, y, false) + (ptrdiff_t)i * y->stride);
        eq = py_compare(vm, PY_CMP_OP_EQ, p, q) == PY_TRUE;
    }
    return py_bool(eq == (op == PY_CMP_OP_EQ));
}

static py_hash_t mv_hash(py_vm_t *vm, py_val_t self) {
    memview_t *m = mv_ptr(self);
    check_live(vm, m);
    if (!m->readonly) py_raise_value_error(vm, "cannot hash writable memoryview object");
    if (m->format != 'B' && m->format != 'b' && m->format != 'c')
        py_raise_value_error(vm, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    py_hash(vm, m->obj);   // as CPython: an unhashable exporter makes the view unhashable
    return py_hash(vm, py_memoryview_tobytes(vm, self));
}

static bool mv_get_buffer(py_vm_t *vm, py_val_t self, py_buffer_t *view, bool writable) {
    memview_t *m = mv_ptr(self);
    py_buffer_t v;
    if (m->released || !contiguous(m) || (writable && m->readonly)) return false;
    if (!py_buffer_get(vm, m->obj, &v, writable)) return false;
    *view = (py_buffer_t){.data = v.data + m->start, .len = m->len * m->itemsize,
                          .itemsize = m->itemsize, .format = m->format, .readonly = m->readonly};
    return true;
}

// ---- attributes ----------------------------------------------------------------------------

static py_val_t one_tuple(py_vm_t *vm, py_val_t v) { return py_tuple_new(vm, 1, &v); }

static py_val_t mv_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    memview_t *m = mv_ptr(self);
    if (py_str_eq_c(name, "obj") || py_str_eq_c(name, "nbytes") || py_str_eq_c(name, "readonly") ||
        py_str_eq_c(name, "itemsize") || py_str_eq_c(name, "format") || py_str_eq_c(name, "ndim") ||
        py_str_eq_c(name, "shape") || py_str_eq_c(name, "strides") || py_str_eq_c(name, "suboffsets") ||
        py_str_eq_c(name, "c_contiguous") || py_str_eq_c(name, "f_contiguous") ||
        py_str_eq_c(name, "contiguous"))
        check_live(vm, m);
    else
        return PY_NULL;
    if (py_str_eq_c(name, "obj")) return m->obj;
    if (py_str_eq_c(name, "nbytes")) return py_small((py_int_t)(m->len * m->itemsize));
    if (py_str_eq_c(name, "readonly")) return py_bool(m->readonly);
    if (py_str_eq_c(name, "itemsize")) return py_small((py_int_t)m->itemsize);
    if (py_str_eq_c(name, "format")) return py_str_new(vm, &m->format, 1);
    if (py_str_eq_c(name, "ndim")) return py_small(1);
    if (py_str_eq_c(name, "shape")) return one_tuple(vm, py_small((py_int_t)m->len));
    if (py_str_eq_c(name, "strides")) return one_tuple(vm, py_small(m->stride));
    if (py_str_eq_c(name, "suboffsets")) return py_tuple_new(vm, 0, NULL);
    return py_bool(contiguous(m));
}

// ---- the iterator --------------------------------------------------------------------------

typedef struct mv_iter {
    py_obj_t base;
    py_val_t view;    // PY_NULL once exhausted
    size_t index;
} mv_iter_t;

static py_val_t mv_iter(py_vm_t *vm, py_val_t self) {
    check_live(vm, mv_ptr(self));
    mv_iter_t *it = py_gc_new(vm, vm->types[PY_T_memory_iterator], sizeof *it);
    it->view = self;
    return py_from_obj(it);
}

static py_val_t mv_iter_next(py_vm_t *vm, py_val_t self) {
    mv_iter_t *it = (mv_iter_t *)py_obj(self);
    if (it->view == PY_NULL) return PY_NULL;
    memview_t *m = mv_ptr(it->view);
    check_live(vm, m);
    if (it->index >= m->len) {
        it->view = PY_NULL;
        return PY_NULL;
    }
    size_t i = it->index++;
    return unpack(vm, m->format, items(vm, m, false) + (ptrdiff_t)i * m->stride);
}

static py_val_t iter_self(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return self;
}

static void iter_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark(vm, ((mv_iter_t *)o)->view); }

const py_type_spec_t py_memory_iterator_spec = {
    .name = "memory_iterator",
    .base = PY_T_object,
    .basicsize = sizeof(mv_iter_t),
    .slots = {.mark = iter_mark, .iter = iter_self, .next = mv_iter_next},
};

// ---- methods ---------------------------------------------------------------------------------

static const char *const tobytes_names[] = {"order"};

static py_val_t m_tobytes(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t order;
    py_str_parse_args(vm, "tobytes", nargs - 1, args + 1, kwnames, tobytes_names, 1, &order);
    if (order != PY_NULL && order != PY_NONE) {
        if (!py_is_str(vm, order)) py_raise_type_error(vm, "tobytes() argument 'order' must be str or None, not %T", order);
        if (!py_str_eq_c(order, "C") && !py_str_eq_c(order, "F") && !py_str_eq_c(order, "A"))
            py_raise_value_error(vm, "order must be 'C', 'F' or 'A'");
    }
    return py_memoryview_tobytes(vm, args[0]);
}

static py_val_t m_tolist(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    memview_t *m = mv_ptr(args[0]);
    check_live(vm, m);
    py_val_t list = py_list_new(vm, m->len, NULL);
    for (size_t i = 0; i < m->len; i++) {
        py_val_t v = unpack(vm, m->format, items(vm, m, false) + (ptrdiff_t)i * m->stride);
        py_list_ptr(list)->items[i] = v;
    }
    return list;
}

static py_val_t m_hex(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    memview_t *m = mv_ptr(args[0]);
    check_live(vm, m);
    py_val_t b = contiguous(m) ? m->obj : py_memoryview_tobytes(vm, args[0]);
    size_t off = contiguous(m) ? m->start : 0;
    return py_bytes_hex_of(vm, b, off, m->len * m->itemsize, nargs - 1, args + 1, kwnames);
}

static py_val_t m_release(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    release(vm, mv_ptr(args[0]));
    return PY_NONE;
}

static py_val_t m_enter(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    check_live(vm, mv_ptr(args[0]));
    return args[0];
}

static py_val_t m_exit(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    release(vm, mv_ptr(args[0]));
    return PY_NONE;
}

static py_val_t m_toreadonly(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    memview_t *src = mv_ptr(args[0]);
    check_live(vm, src);
    memview_t *m = new_view(vm, src->obj);
    py_val_t keep = m->obj;
    *m = *src;
    m->obj = keep;
    m->readonly = true;
    return py_from_obj(m);
}

// The single-item shape of cast(format, shape): a list or tuple of one int;
// returns the item count it asks for. Several dimensions are not supported.
static size_t cast_shape(py_vm_t *vm, py_val_t shape) {
    bool list = py_is_a(vm, shape, PY_T_list);
    if (!list && !py_is_a(vm, shape, PY_T_tuple)) py_raise_type_error(vm, "shape must be a list or a tuple");
    size_t n = list ? py_list_ptr(shape)->len : py_tuple_ptr(shape)->len;
    if (n != 1) py_raise_fmt(vm, PY_EXC_NotImplementedError, "memoryview: only one-dimensional shapes are supported");
    py_val_t v = list ? py_list_ptr(shape)->items[0] : py_tuple_ptr(shape)->items[0];
    int64_t k = py_bytes_ssize_arg(vm, v);
    if (k <= 0) py_raise_value_error(vm, "memoryview.cast(): elements of shape must be integers > 0");
    return (size_t)k;
}

static const char *const cast_names[] = {"format", "shape"};

static py_val_t m_cast(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    py_val_t a[2];
    py_str_parse_args(vm, "cast", nargs - 1, args + 1, kwnames, cast_names, 2, a);
    memview_t *src = mv_ptr(args[0]);
    check_live(vm, src);
    if (a[0] == PY_NULL) py_raise_type_error(vm, "cast() missing required argument 'format' (pos 1)");
    if (!py_is_str(vm, a[0])) py_raise_type_error(vm, "cast() argument 'format' must be str, not %T", a[0]);
    const char *f = py_str_bytes(a[0]);
    size_t flen = py_str_len(a[0]);
    if (flen > 0 && f[0] == '@') f++, flen--;
    char fc = flen == 1 ? f[0] : '\0';
    size_t isz = flen == 1 ? format_size(fc) : 0;
    if (isz == 0)
        py_raise_value_error(vm, "memoryview: destination format must be a native single character "
                                 "format prefixed with an optional '@'");
    if (!contiguous(src)) py_raise_type_error(vm, "memoryview: casts are restricted to C-contiguous views");
    bool byte_src = src->format == 'B' || src->format == 'b' || src->format == 'c';
    if (!byte_src && fc != 'B' && fc != 'b' && fc != 'c')
        py_raise_type_error(vm, "memoryview: cannot cast between two non-byte formats");
    size_t nbytes = src->len * src->itemsize;
    if (nbytes % isz) py_raise_type_error(vm, "memoryview: length is not a multiple of itemsize");
    size_t n = nbytes / isz;
    if (a[1] != PY_NULL && cast_shape(vm, a[1]) * isz != nbytes)
        py_raise_type_error(vm, "memoryview: product(shape) * itemsize != buffer size");
    memview_t *m = new_view(vm, src->obj);
    py_val_t keep = m->obj;
    *m = *src;
    m->obj = keep;
    m->format = fc;
    m->itemsize = isz;
    m->stride = (ptrdiff_t)isz;
    m->len = n;
    return py_from_obj(m);
}

static const py_method_def_t memoryview_methods[] = {
    {"tobytes", m_tobytes, 1, 2, PY_METH_KEYWORDS},
    {"tolist", m_tolist, 1, 1, 0},
    {"hex", m_hex, 1, 3, PY_METH_KEYWORDS},
    {"release", m_release, 1, 1, 0},
    {"toreadonly", m_toreadonly, 1, 1, 0},
    {"cast", m_cast, 1, 3, PY_METH_KEYWORDS},
    {"__enter__", m_enter, 1, 1, 0},
    {"__exit__", m_exit, 1, PY_VARARGS, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_memoryview_spec = {
    .name = "memoryview",
    .base = PY_T_object,
    .basicsize = sizeof(memview_t),
    .slots = {
        .mark = mv_mark,
        .finalise = mv_finalise,
        .make_new = mv_make_new,
        .repr = mv_repr,
        .hash = mv_hash,
        .compare = mv_compare,
        .len = mv_len,
        .getitem = mv_getitem,
        .setitem = mv_setitem,
        .iter = mv_iter,
        .get_buffer = mv_get_buffer,
        .getattr = mv_getattr,
    },
    .methods = memoryview_methods,
};
