// mods/array.c: the array module (also `uarray`): array.array, a compact
// sequence of C numbers, and its methods. Layer: library modules; indexing,
// slicing and operators are in mods/array_seq.c.
// SPDX-License-Identifier: MIT
//
// Typecodes b B h H i I l L q Q f d, with CPython's sizes on this host and
// CPython's conversion errors. The array exports its items through the
// buffer protocol (format = typecode), so bytes(a), memoryview(a),
// struct.pack_into(fmt, a, ...) and file.write(a) work.

#include <math.h>

#include "array.h"
#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "modkit.h"
#include "obj_bytes.h"
#include "obj_float.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

static const char typecodes[] = "bBhHiIlLqQfd";

// The item size of [typecode], or 0 when it is not one of ours.
static size_t item_size(char c) {
    switch (c) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return sizeof(short);
    case 'i': case 'I': return sizeof(int);
    case 'l': case 'L': return sizeof(long);
    case 'q': case 'Q': return sizeof(long long);
    case 'f': return sizeof(float);
    case 'd': return sizeof(double);
    default: return 0;
    }
}

// ---- items ---------------------------------------------------------------------------------

static _Noreturn void overflow(py_vm_t *vm, const char *what, bool big) {
    py_raise_fmt(vm, PY_EXC_OverflowError, "%s is %s", what,
                 big ? "greater than maximum" : "less than minimum");
}

// Checks [i] against [lo, hi], naming the C type as CPython's converters do.
static void check_range(py_vm_t *vm, int64_t i, int64_t lo, int64_t hi, const char *what) {
    if (i < lo) overflow(vm, what, false);
    if (i > hi) overflow(vm, what, true);
}

// A signed item: through a C long first, then the narrower checks CPython's
// argument parsers make ('b' is parsed as a short, then checked as a char).
static int64_t signed_item(py_vm_t *vm, char c, py_val_t v) {
    int64_t i;
    if (!py_int_to_i64(v, &i))
        py_raise_fmt(vm, PY_EXC_OverflowError, c == 'q' ? "int too big to convert"
                                                        : "Python int too large to convert to C long");
    switch (c) {
    case 'b':
        check_range(vm, i, INT16_MIN, INT16_MAX, "signed short integer");
        check_range(vm, i, INT8_MIN, INT8_MAX, "signed char");
        break;
    case 'B': check_range(vm, i, 0, UINT8_MAX, "unsigned byte integer"); break;
    case 'h': check_range(vm, i, INT16_MIN, INT16_MAX, "signed short integer"); break;
    case 'H':
        check_range(vm, i, INT32_MIN, INT32_MAX, "signed integer");
        check_range(vm, i, 0, UINT16_MAX, "unsigned short");
        break;
    case 'i': check_range(vm, i, INT32_MIN, INT32_MAX, "signed integer"); break;
    case 'l':   // a C long has 32 bits on 32-bit hosts
        if (sizeof(long) < 8 && (i < -2147483647 - 1 || i > 2147483647))
            py_raise_fmt(vm, PY_EXC_OverflowError, "Python int too large to convert to C long");
        break;
    default: break;
    }
    return i;
}

// An unsigned item of 'I', 'L' or 'Q'.
static uint64_t unsigned_item(py_vm_t *vm, char c, py_val_t v) {
    if (py_int_sign(v) < 0)
        py_raise_fmt(vm, PY_EXC_OverflowError, c == 'Q' ? "can't convert negative int to unsigned"
                                                        : "can't convert negative value to unsigned int");
    int64_t i;
    uint64_t u;
    if (py_int_to_i64(v, &i)) {
        u = (uint64_t)i;
    } else {   // 2**63 <= v: v - 2**64 fits in an int64 (negative) exactly when v < 2**64
        py_val_t two64 = py_int_binary(vm, PY_OP_LSHIFT, py_small(1), py_small(64));
        if (!py_int_to_i64(py_int_binary(vm, PY_OP_SUB, v, two64), &i) || i >= 0)
            py_raise_fmt(vm, PY_EXC_OverflowError, c == 'Q' ? "int too big to convert"
                                                            : "Python int too large to convert to C unsigned long");
        u = (uint64_t)i;
    }
    if (c == 'I' && u > UINT32_MAX) overflow(vm, "unsigned int", true);
    if (c == 'L' && sizeof(long) < 8 && u > 0xFFFFFFFFu)   // a C unsigned long has 32 bits on 32-bit hosts
        py_raise_fmt(vm, PY_EXC_OverflowError, "Python int too large to convert to C unsigned long");
    return u;
}

// A float item: a float or an int, or anything with __float__ or __index__.
static double float_item(py_vm_t *vm, py_val_t v) {
    if (py_is_float(vm, v)) return py_float_val(v);
    py_type_t *t = py_type_of(vm, v);
    if (!py_is_int(vm, v) && py_type_lookup(vm, t, py_name(vm, PY_NAME___float__)) == PY_NULL &&
        py_type_lookup(vm, t, py_name(vm, PY_NAME___index__)) == PY_NULL)
        py_raise_type_error(vm, "must be real number, not %T", v);
    if (!py_is_int(vm, v) && py_type_lookup(vm, t, py_name(vm, PY_NAME___float__)) == PY_NULL)
        v = py_index(vm, v);
    return py_to_double(vm, v);
}

void py_array_pack_item(py_vm_t *vm, char c, py_val_t v, uint8_t *out) {
#define PUT(T, x) do { T y_ = (T)(x); memcpy(out, &y_, sizeof y_); } while (0)
    if (c == 'f') { PUT(float, float_item(vm, v)); return; }
    if (c == 'd') { PUT(double, float_item(vm, v)); return; }
    v = py_index(vm, v);   // "'float' object cannot be interpreted as an integer"
    switch (c) {
    case 'b': PUT(signed char, signed_item(vm, c, v)); break;
    case 'B': PUT(unsigned char, signed_item(vm, c, v)); break;
    case 'h': PUT(short, signed_item(vm, c, v)); break;
    case 'H': PUT(unsigned short, signed_item(vm, c, v)); break;
    case 'i': PUT(int, signed_item(vm, c, v)); break;
    case 'l': PUT(long, signed_item(vm, c, v)); break;
    case 'q': PUT(long long, signed_item(vm, c, v)); break;
    case 'I': PUT(unsigned int, unsigned_item(vm, c, v)); break;
    case 'L': PUT(unsigned long, unsigned_item(vm, c, v)); break;
    default: PUT(unsigned long long, unsigned_item(vm, c, v)); break;
    }
#undef PUT
}

py_val_t py_array_unpack_item(py_vm_t *vm, char c, const uint8_t *p) {
#define GET(T) T x; memcpy(&x, p, sizeof x)
    switch (c) {
    case 'b': return py_small((signed char)p[0]);
    case 'B': return py_small(p[0]);
    case 'h': { GET(short); return py_small(x); }
    case 'H': { GET(unsigned short); return py_small(x); }
    case 'i': { GET(int); return py_int_from_i64(vm, x); }   // may not fit a 32-bit host's small int
    case 'I': { GET(unsigned int); return py_int_from_u64(vm, x); }
    case 'l': { GET(long); return py_int_from_i64(vm, x); }
    case 'L': { GET(unsigned long); return py_int_from_u64(vm, x); }
    case 'q': { GET(long long); return py_int_from_i64(vm, x); }
    case 'Q': { GET(unsigned long long); return py_int_from_u64(vm, x); }
    case 'f': { GET(float); return py_float_new(vm, x); }
    default: { GET(double); return py_float_new(vm, x); }
    }
#undef GET
}

// ---- storage -------------------------------------------------------------------------------

static void array_mark(py_vm_t *vm, py_obj_t *o) { py_gc_mark_ptr(vm, ((py_array_t *)o)->data); }

bool py_array_check(py_vm_t *vm, py_val_t v) {
    return py_is_obj(v) && py_class_solid_base(py_type_of(vm, v))->slots.mark == array_mark;
}

// A new empty array of [type] (array.array or a subclass).
static py_val_t array_alloc(py_vm_t *vm, py_type_t *type, char typecode, size_t cap) {
    py_array_t *a = py_gc_new(vm, type, py_type_instance_size(vm, type, 0));
    a->typecode = typecode;
    a->itemsize = (uint8_t)item_size(typecode);
    py_val_t v = py_from_obj(a);
    py_array_reserve(vm, v, cap);
    return v;
}

py_val_t py_array_new(py_vm_t *vm, char typecode, size_t cap) {
    py_val_t type = py_modkit_attr(vm, "array", "array");
    return array_alloc(vm, (py_type_t *)py_obj(type), typecode, cap);
}

// The storage only ever grows: a memoryview keeps the length it had when
// made and re-reads the storage on each access, so it must stay in bounds.
void py_array_reserve(py_vm_t *vm, py_val_t v, size_t n) {
    py_array_t *a = py_array_ptr(v);
    if (n <= a->cap - a->len) return;
    if (n > (SIZE_MAX / 2) / a->itemsize - a->len) py_raise_memory_error(vm);
    size_t cap = a->len + n;
    if (cap < a->cap + a->cap / 2) cap = a->cap + a->cap / 2;   // amortised growth
    if (cap < 4) cap = 4;
    a->data = py_gc_resize(vm, a->data, cap * a->itemsize);
    a->cap = cap;
}

void py_array_append(py_vm_t *vm, py_val_t v, py_val_t item) {
    uint8_t tmp[8];
    py_array_pack_item(vm, py_array_ptr(v)->typecode, item, tmp);   // may run Python code
    py_array_reserve(vm, v, 1);
    py_array_t *a = py_array_ptr(v);
    memcpy(a->data + a->len * a->itemsize, tmp, a->itemsize);
    a->len++;
}

// Appends the first [n] items of the buffer of [src_obj] (an array of the
// same typecode, or bytes), which may be [v] itself.
static void append_raw(py_vm_t *vm, py_val_t v, py_val_t src_obj, size_t n) {
    py_array_reserve(vm, v, n);
    py_array_t *a = py_array_ptr(v);
    py_buffer_t view;
    py_buffer_require(vm, src_obj, &view, false);   // re-got after the allocation above
    if (n) memmove(a->data + a->len * a->itemsize, view.data, n * a->itemsize);
    a->len += n;
}

// ---- construction ----------------------------------------------------------------------------

static void array_frombytes_impl(py_vm_t *vm, py_val_t self, py_val_t data) {
    py_buffer_t view;
    py_buffer_require(vm, data, &view, false);
    size_t itemsize = py_array_ptr(self)->itemsize;
    if (view.len % itemsize) py_raise_value_error(vm, "bytes length not a multiple of item size");
    append_raw(vm, self, data, view.len / itemsize);
}

static void array_extend_iter(py_vm_t *vm, py_val_t self, py_val_t iterable) {
    py_val_t it = py_iter(vm, iterable);
    for (py_val_t x; (x = py_next(vm, it)) != PY_NULL;) py_array_append(vm, self, x);
}

static py_val_t array_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len)
        py_raise_type_error(vm, "array.array() takes no keyword arguments");
    if (nargs < 1) py_raise_type_error(vm, "array() takes at least 1 argument (0 given)");
    if (nargs > 2) py_raise_type_error(vm, "array() takes at most 2 arguments (%zu given)", nargs);
    py_val_t tc = args[0];
    if (!py_is_str(vm, tc) || py_str_nchars(tc) != 1)
        py_raise_type_error(vm, "array() argument 1 must be a unicode character, not %T", tc);
    char c = py_str_bytes(tc)[0];
    if (!item_size(c))
        py_raise_value_error(vm, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    py_val_t init = nargs > 1 ? args[1] : PY_NULL;
    if (init != PY_NULL && py_is_str(vm, init))
        py_raise_type_error(vm, "cannot use a str to initialize an array with typecode '%c'", c);
    py_val_t self = array_alloc(vm, type, c, 0);
    if (init == PY_NULL) return self;
    if (py_is_bytes(vm, init) || py_is_a(vm, init, PY_T_bytearray))
        array_frombytes_impl(vm, self, init);
    else
        array_extend_iter(vm, self, init);
    return self;
}

// ---- methods -------------------------------------------------------------------------------------

#define METHOD(name) \
    static py_val_t name(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames)

METHOD(array_append) {
    (void)nargs, (void)kwnames;
    py_array_append(vm, args[0], args[1]);
    return PY_NONE;
}

// extend(iterable): another array must have the same typecode.
METHOD(array_extend) {
    (void)nargs, (void)kwnames;
    py_val_t self = args[0], src = args[1];
    if (py_array_check(vm, src)) {
        if (py_array_ptr(src)->typecode != py_array_ptr(self)->typecode)
            py_raise_type_error(vm, "can only extend with array of same kind");
        append_raw(vm, self, src, py_array_ptr(src)->len);
    } else {
        array_extend_iter(vm, self, src);
    }
    return PY_NONE;
}

METHOD(array_frombytes) {
    (void)nargs, (void)kwnames;
    array_frombytes_impl(vm, args[0], args[1]);
    return PY_NONE;
}

// fromlist(list): all or nothing, as CPython: a bad item leaves the array unchanged.
METHOD(array_fromlist) {
    (void)nargs, (void)kwnames;
    py_val_t self = args[0], list = args[1];
    if (!py_is_a(vm, list, PY_T_list)) py_raise_type_error(vm, "arg must be list");
    py_val_t tmp = py_array_new(vm, py_array_ptr(self)->typecode, 0);
    for (size_t i = 0; i < py_list_ptr(list)->len; i++)
        py_array_append(vm, tmp, py_list_ptr(list)->items[i]);
    append_raw(vm, self, tmp, py_array_ptr(tmp)->len);
    return PY_NONE;
}

METHOD(array_insert) {
    (void)nargs, (void)kwnames;
    py_val_t self = args[0];
    int64_t i = py_to_int64(vm, args[1]);
    uint8_t tmp[8];
    py_array_pack_item(vm, py_array_ptr(self)->typecode, args[2], tmp);
    py_array_reserve(vm, self, 1);
    py_array_t *a = py_array_ptr(self);
    int64_t n = (int64_t)a->len;
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    size_t sz = a->itemsize;
    memmove(a->data + ((size_t)i + 1) * sz, a->data + (size_t)i * sz, (a->len - (size_t)i) * sz);
    memcpy(a->data + (size_t)i * sz, tmp, sz);
    a->len++;
    return PY_NONE;
}

// Removes item [i] (< len).
static void delete_at(py_array_t *a, size_t i) {
    size_t sz = a->itemsize;
    memmove(a->data + i * sz, a->data + (i + 1) * sz, (a->len - i - 1) * sz);
    a->len--;
}

METHOD(array_pop) {
    (void)kwnames;
    py_array_t *a = py_array_ptr(args[0]);
    int64_t i = nargs > 1 ? py_to_int64(vm, args[1]) : -1;
    if (a->len == 0) py_raise_index_error(vm, "pop from empty array");
    if (i < 0) i += (int64_t)a->len;
    if (i < 0 || i >= (int64_t)a->len) py_raise_index_error(vm, "pop index out of range");
    py_val_t v = py_array_get(vm, args[0], (size_t)i);
    delete_at(py_array_ptr(args[0]), (size_t)i);
    return v;
}

// The first index in [start, stop) whose item equals [x], or -1.
static int64_t find(py_vm_t *vm, py_val_t self, py_val_t x, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < (int64_t)py_array_ptr(self)->len; i++)
        if (py_equal(vm, py_array_get(vm, self, (size_t)i), x)) return i;
    return -1;
}

METHOD(array_remove) {
    (void)nargs, (void)kwnames;
    int64_t i = find(vm, args[0], args[1], 0, INT64_MAX);
    if (i < 0) py_raise_value_error(vm, "array.remove(x): x not in array");
    // The comparison may have run Python code that shortened the array.
    if ((size_t)i < py_array_ptr(args[0])->len) delete_at(py_array_ptr(args[0]), (size_t)i);
    return PY_NONE;
}

// A start/stop argument of index(), clamped as slice bounds are.
static int64_t bound(py_vm_t *vm, py_val_t v, int64_t len) {
    int64_t i = py_to_int64(vm, v);
    if (i < 0) i = i + len < 0 ? 0 : i + len;
    return i;
}

METHOD(array_index) {
    (void)kwnames;
    int64_t len = (int64_t)py_array_ptr(args[0])->len;
    int64_t start = nargs > 2 ? bound(vm, args[2], len) : 0;
    int64_t stop = nargs > 3 ? bound(vm, args[3], len) : INT64_MAX;
    int64_t i = find(vm, args[0], args[1], start, stop);
    if (i < 0) py_raise_value_error(vm, "array.index(x): x not in array");
    return py_int_from_i64(vm, i);
}

METHOD(array_count) {
    (void)nargs, (void)kwnames;
    size_t n = 0;
    for (size_t i = 0; i < py_array_ptr(args[0])->len; i++)
        n += py_equal(vm, py_array_get(vm, args[0], i), args[1]);
    return py_int_from_u64(vm, n);
}

METHOD(array_reverse) {
    (void)vm, (void)nargs, (void)kwnames;
    py_array_t *a = py_array_ptr(args[0]);
    size_t sz = a->itemsize;
    uint8_t tmp[8];
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        memcpy(tmp, a->data + i * sz, sz);
        memcpy(a->data + i * sz, a->data + (j - 1) * sz, sz);
        memcpy(a->data + (j - 1) * sz, tmp, sz);
    }
    return PY_NONE;
}

METHOD(array_byteswap) {
    (void)vm, (void)nargs, (void)kwnames;
    py_array_t *a = py_array_ptr(args[0]);
    for (size_t i = 0; i < a->len; i++) {
        uint8_t *p = a->data + i * a->itemsize;
        for (size_t k = 0; k < a->itemsize / 2u; k++) {
            uint8_t t = p[k];
            p[k] = p[a->itemsize - 1 - k];
            p[a->itemsize - 1 - k] = t;
        }
    }
    return PY_NONE;
}

METHOD(array_tobytes) {
    (void)nargs, (void)kwnames;
    py_array_t *a = py_array_ptr(args[0]);
    return py_bytes_new(vm, a->data, a->len * a->itemsize);
}

METHOD(array_tolist) {
    (void)nargs, (void)kwnames;
    py_val_t list = py_list_new(vm, 0, NULL);
    for (size_t i = 0; i < py_array_ptr(args[0])->len; i++)
        py_list_append(vm, list, py_array_get(vm, args[0], i));
    return list;
}

METHOD(array_buffer_info) {
    (void)nargs, (void)kwnames;
    py_array_t *a = py_array_ptr(args[0]);
    py_val_t items[2] = {py_int_from_u64(vm, (uint64_t)(uintptr_t)a->data),
                         py_int_from_u64(vm, a->len)};
    return py_tuple_new(vm, 2, items);
}

METHOD(array_copy) {
    (void)nargs, (void)kwnames;
    py_array_t *a = py_array_ptr(args[0]);
    py_val_t c = array_alloc(vm, py_type_of(vm, args[0]), a->typecode, 0);
    append_raw(vm, c, args[0], py_array_ptr(args[0])->len);
    return c;
}

// tofile(f): f.write(self.tobytes()).
METHOD(array_tofile) {
    py_val_t b = array_tobytes(vm, nargs, args, kwnames);
    py_call_method(vm, args[1], py_str_intern_c(vm, "write"), 1, &b);
    return PY_NONE;
}

// fromfile(f, n): reads n items; EOFError when the file has fewer, after
// appending the whole items it did have, as CPython.
METHOD(array_fromfile) {
    (void)nargs, (void)kwnames;
    py_val_t self = args[0];
    int64_t n = py_to_int64(vm, args[2]);
    if (n < 0) py_raise_value_error(vm, "negative count");
    size_t sz = py_array_ptr(self)->itemsize;
    if ((uint64_t)n > SIZE_MAX / 2 / sz) py_raise_memory_error(vm);
    py_val_t want = py_int_from_u64(vm, (uint64_t)n * sz);
    py_val_t b = py_call_method(vm, args[1], py_str_intern_c(vm, "read"), 1, &want);
    if (!py_is_bytes(vm, b)) py_raise_type_error(vm, "read() didn't return bytes");
    size_t got = py_bytes_ptr(b)->len;
    append_raw(vm, self, b, got / sz);
    if (got != (uint64_t)n * sz)
        py_raise_fmt(vm, PY_EXC_EOFError, "read() didn't return enough bytes");
    return PY_NONE;
}

// ---- slots -----------------------------------------------------------------------------------------

static py_val_t array_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_array_t *a = py_array_ptr(self);
    if (py_str_eq_c(name, "typecode")) return py_str_new(vm, &a->typecode, 1);
    if (py_str_eq_c(name, "itemsize")) return py_small(a->itemsize);
    return PY_NULL;
}

static size_t array_len(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return py_array_ptr(self)->len;
}

static py_val_t array_repr(py_vm_t *vm, py_val_t self) {
    py_array_t *a = py_array_ptr(self);
    py_val_t name = py_type_of(vm, self)->name;   // a subclass shows its own name
    if (a->len == 0) return py_str_format_c(vm, "%N('%c')", name, a->typecode);
    py_val_t list = array_tolist(vm, 1, &self, PY_NULL);
    return py_str_format_c(vm, "%N('%c', %R)", name, a->typecode, list);
}

static bool array_get_buffer(py_vm_t *vm, py_val_t self, py_buffer_t *view, bool writable) {
    (void)vm, (void)writable;
    py_array_t *a = py_array_ptr(self);
    static uint8_t empty[1];   // a valid pointer for an empty array, whose storage may be NULL
    *view = (py_buffer_t){a->data ? a->data : empty, a->len * a->itemsize, a->itemsize, a->typecode,
                          false};
    return true;
}

// Arrays are unhashable, as CPython's; this slot only gives the error its
// CPython wording, which names the module.
static py_hash_t array_hash(py_vm_t *vm, py_val_t self) {
    (void)self;
    py_raise_type_error(vm, "unhashable type: 'array.array'");
}

static py_val_t array_iter(py_vm_t *vm, py_val_t self) { return py_seq_iter_new(vm, self); }

static const py_method_def_t array_methods[] = {
    {"append", array_append, 2, 2, 0},
    {"extend", array_extend, 2, 2, 0},
    {"frombytes", array_frombytes, 2, 2, 0},
    {"fromlist", array_fromlist, 2, 2, 0},
    {"fromfile", array_fromfile, 3, 3, 0},
    {"tofile", array_tofile, 2, 2, 0},
    {"insert", array_insert, 3, 3, 0},
    {"pop", array_pop, 1, 2, 0},
    {"remove", array_remove, 2, 2, 0},
    {"index", array_index, 2, 4, 0},
    {"count", array_count, 2, 2, 0},
    {"reverse", array_reverse, 1, 1, 0},
    {"byteswap", array_byteswap, 1, 1, 0},
    {"tobytes", array_tobytes, 1, 1, 0},
    {"tolist", array_tolist, 1, 1, 0},
    {"buffer_info", array_buffer_info, 1, 1, 0},
    {"__copy__", array_copy, 1, 1, 0},
    {"__deepcopy__", array_copy, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

// + and * (with * as repetition), both also in place, as CPython's array.
static const py_operator_set_t array_operators = {
    .forward = 1u << PY_OP_ADD | 1u << PY_OP_MUL,
    .reflected = 1u << PY_OP_MUL,
    .inplace = 1u << PY_OP_ADD | 1u << PY_OP_MUL,
    .repeat = true,
};

static const py_type_spec_t array_spec = {
    .name = "array",
    .base = PY_T_object,
    .basicsize = sizeof(py_array_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .mark = array_mark,
        .make_new = array_make_new,
        .repr = array_repr,
        .hash = array_hash,
        .compare = py_array_compare,
        .binary = py_array_binary,
        .len = array_len,
        .getattr = array_getattr,
        .getitem = py_array_getitem,
        .setitem = py_array_setitem,
        .contains = py_array_contains,
        .iter = array_iter,
        .get_buffer = array_get_buffer,
    },
    .methods = array_methods,
    .operators = &array_operators,
};

static void array_init(py_vm_t *vm, py_val_t module) {
    py_type_t *t = py_modkit_type_new(vm, module, "array", &array_spec, "array");
    py_module_set(vm, module, "ArrayType", py_from_obj(t));
    py_module_set(vm, module, "typecodes", py_str_from_c(vm, typecodes));
}

const py_module_def_t py_mod_array = {"array", NULL, array_init, NULL};
