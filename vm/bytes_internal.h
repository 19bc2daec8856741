// vm/bytes_internal.h: helpers shared by the files that implement bytes,
// bytearray and memoryview (obj_bytes.c, obj_bytearray.c, obj_memoryview.c, bytes_*.c).
// Layer: vm core (types). Private to the bytes family: nothing else includes it.
// SPDX-License-Identifier: MIT
//
// The methods bytes and bytearray share are written once, over the buffer
// protocol: self and every bytes-like argument are read through a
// py_buffer_t. Buffers hold raw pointers, so the code keeps offsets and
// re-gets a view after every allocation (a bytearray's storage may be
// replaced by Python code run from an argument's __index__, for instance).

#ifndef PY_BYTES_INTERNAL_H
#define PY_BYTES_INTERNAL_H

#include "obj_bytes.h"
#include "str_internal.h"

// The view of bytes-like [v]; raises TypeError "a bytes-like object is
// required, not 'str'". Does not allocate except for the error.
void py_bytes_view(py_vm_t *vm, py_val_t v, py_buffer_t *view);
// A new exact bytes or bytearray ([self]'s kind) of [len] bytes, zeroed;
// *out gets its storage, valid until the next allocation. May allocate.
py_val_t py_bytes_like_new(py_vm_t *vm, py_val_t self, size_t len, uint8_t **out);
// A new exact bytes or bytearray ([self]'s kind) holding bytes [off, off+len)
// of bytes-like [src]. May allocate.
py_val_t py_bytes_like_slice(py_vm_t *vm, py_val_t self, py_val_t src, size_t off, size_t len);
// True when [self] is a bytearray (methods then return bytearrays). Never raises.
bool py_bytes_is_mutable(py_vm_t *vm, py_val_t self);
// A new exact bytes or bytearray ([self]'s kind) holding the contents of
// [b], whose storage is then released. May allocate.
py_val_t py_bytes_like_from_buf(py_vm_t *vm, py_val_t self, py_strbuf_t *b);
// An integer argument (an int or __index__) as a C value; OverflowError
// "Python int too large to convert to C ssize_t" past 64 bits. May call Python code.
int64_t py_bytes_ssize_arg(py_vm_t *vm, py_val_t v);
// The item index [key] (an int or __index__) selects in a sequence of [len]
// bytes, negatives counting from the end; IndexError [msg] outside it, and
// "cannot fit 'int' into an index-sized integer" past 64 bits.
size_t py_bytes_item_index(py_vm_t *vm, py_val_t key, size_t len, const char *msg);
// A byte value argument: an int (or __index__) in range(0, 256), else
// ValueError "byte must be in range(0, 256)" or TypeError. May call Python code.
uint8_t py_bytes_byte_arg(py_vm_t *vm, py_val_t v);
// Converts optional start/end arguments (PY_NULL or None: absent) for a
// buffer of [len] bytes to clamped offsets; false when the window is empty in
// CPython's sense (start > len or start > end). May call __index__.
bool py_bytes_window(py_vm_t *vm, size_t len, py_val_t start, py_val_t end, size_t *a, size_t *z);
// The result of a ... % args on bytes-like [self] ([fmt] itself), as bytes or
// bytearray. May raise; may allocate (bytes_percent.c).
py_val_t py_bytes_percent_format(py_vm_t *vm, py_val_t self, py_val_t args);
// b.hex([sep[, bytes_per_sep]]) for [len] bytes of [obj]'s buffer from
// [off], as bytes.hex and memoryview.hex share it (bytes_hex.c). [args] are
// the method's arguments after self. May allocate.
py_val_t py_bytes_hex_of(py_vm_t *vm, py_val_t obj, size_t off, size_t len, size_t nargs,
                         const py_val_t *args, py_val_t kwnames);
// `item in self` for bytes-like [self] and a bytes-like or int [item] (bytes_search.c).
// May raise TypeError/ValueError.
bool py_bytes_search_contains(py_vm_t *vm, py_val_t self, py_val_t item);
// Rich comparison of the raw bytes of two views, as bytes and bytearray compare.
py_val_t py_bytes_compare_views(const py_buffer_t *x, const py_buffer_t *y, py_compare_op_t op);
// A bytes or bytearray ([self]'s kind) of the bytes CPython's bytes(src)
// would give: a buffer's bytes, an int's count of zeros, or an iterable of
// ints; [kind] names the type in messages. May call Python code.
py_val_t py_bytes_from_object(py_vm_t *vm, py_val_t src, const char *kind);
// Appends the ints of iterable [src] (each in range(0, 256)) to [b]. May call Python code.
void py_bytes_collect_ints(py_vm_t *vm, py_val_t src, py_strbuf_t *b);

// ---- methods, by file (each a py_cfunc_t for both method tables) -------------------

#define PY_BYTES_METH(name) \
    py_val_t name(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames)

// bytes_search.c
PY_BYTES_METH(py_bytes_search_find);
PY_BYTES_METH(py_bytes_search_rfind);
PY_BYTES_METH(py_bytes_search_index);
PY_BYTES_METH(py_bytes_search_rindex);
PY_BYTES_METH(py_bytes_search_count);
PY_BYTES_METH(py_bytes_search_startswith);
PY_BYTES_METH(py_bytes_search_endswith);
PY_BYTES_METH(py_bytes_search_replace);
PY_BYTES_METH(py_bytes_search_removeprefix);
PY_BYTES_METH(py_bytes_search_removesuffix);
// bytes_split.c
PY_BYTES_METH(py_bytes_split_split);
PY_BYTES_METH(py_bytes_split_rsplit);
PY_BYTES_METH(py_bytes_split_splitlines);
PY_BYTES_METH(py_bytes_split_partition);
PY_BYTES_METH(py_bytes_split_rpartition);
PY_BYTES_METH(py_bytes_split_join);
PY_BYTES_METH(py_bytes_split_strip);
PY_BYTES_METH(py_bytes_split_lstrip);
PY_BYTES_METH(py_bytes_split_rstrip);
PY_BYTES_METH(py_bytes_split_expandtabs);
// bytes_case.c
PY_BYTES_METH(py_bytes_case_upper);
PY_BYTES_METH(py_bytes_case_lower);
PY_BYTES_METH(py_bytes_case_swapcase);
PY_BYTES_METH(py_bytes_case_capitalize);
PY_BYTES_METH(py_bytes_case_title);
PY_BYTES_METH(py_bytes_case_isalnum);
PY_BYTES_METH(py_bytes_case_isalpha);
PY_BYTES_METH(py_bytes_case_isascii);
PY_BYTES_METH(py_bytes_case_isdigit);
PY_BYTES_METH(py_bytes_case_islower);
PY_BYTES_METH(py_bytes_case_isupper);
PY_BYTES_METH(py_bytes_case_isspace);
PY_BYTES_METH(py_bytes_case_istitle);
// bytes_pad.c
PY_BYTES_METH(py_bytes_pad_center);
PY_BYTES_METH(py_bytes_pad_ljust);
PY_BYTES_METH(py_bytes_pad_rjust);
PY_BYTES_METH(py_bytes_pad_zfill);
PY_BYTES_METH(py_bytes_pad_translate);
PY_BYTES_METH(py_bytes_pad_maketrans);
// bytes_hex.c
PY_BYTES_METH(py_bytes_hex_hex);
PY_BYTES_METH(py_bytes_hex_fromhex);   // a classmethod: args[0] is the type

// b.decode(encoding='utf-8', errors='strict') for bytes and bytearray (obj_bytes.c).
PY_BYTES_METH(py_bytes_decode_method);
// + * % of bytes-like sequences of built-in type [id] ([kind] names it in
// messages): the binary slot of bytes and bytearray (obj_bytes.c).
py_val_t py_bytes_seq_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b,
                             py_type_id_t id, const char *kind);

// The method-table entries bytes and bytearray share, for their tables.
#define PY_BYTES_M(name, fn, lo, hi) {name, fn, lo, hi, 0}
#define PY_BYTES_MK(name, fn, lo, hi) {name, fn, lo, hi, PY_METH_KEYWORDS}
#define PY_BYTES_MP(name, fn, lo, hi) {name, fn, lo, hi, PY_METH_PARSE_TUPLE}
#define PY_BYTES_SHARED_METHODS \
    PY_BYTES_MK("decode", py_bytes_decode_method, 1, 3), \
    PY_BYTES_MK("hex", py_bytes_hex_hex, 1, 3), \
    {"fromhex", py_bytes_hex_fromhex, 2, 2, PY_METH_CLASS}, \
    {"maketrans", py_bytes_pad_maketrans, 2, 2, PY_METH_STATIC}, \
    PY_BYTES_MP("find", py_bytes_search_find, 2, 4), PY_BYTES_MP("rfind", py_bytes_search_rfind, 2, 4), \
    PY_BYTES_MP("index", py_bytes_search_index, 2, 4), PY_BYTES_MP("rindex", py_bytes_search_rindex, 2, 4), \
    PY_BYTES_MP("count", py_bytes_search_count, 2, 4), \
    PY_BYTES_MP("startswith", py_bytes_search_startswith, 2, 4), \
    PY_BYTES_MP("endswith", py_bytes_search_endswith, 2, 4), \
    PY_BYTES_M("replace", py_bytes_search_replace, 3, 4), \
    PY_BYTES_M("removeprefix", py_bytes_search_removeprefix, 2, 2), \
    PY_BYTES_M("removesuffix", py_bytes_search_removesuffix, 2, 2), \
    PY_BYTES_MK("split", py_bytes_split_split, 1, 3), PY_BYTES_MK("rsplit", py_bytes_split_rsplit, 1, 3), \
    PY_BYTES_MK("splitlines", py_bytes_split_splitlines, 1, 2), \
    PY_BYTES_M("partition", py_bytes_split_partition, 2, 2), \
    PY_BYTES_M("rpartition", py_bytes_split_rpartition, 2, 2), \
    PY_BYTES_M("join", py_bytes_split_join, 2, 2), \
    PY_BYTES_M("strip", py_bytes_split_strip, 1, 2), PY_BYTES_M("lstrip", py_bytes_split_lstrip, 1, 2), \
    PY_BYTES_M("rstrip", py_bytes_split_rstrip, 1, 2), \
    PY_BYTES_MK("expandtabs", py_bytes_split_expandtabs, 1, 2), \
    PY_BYTES_M("upper", py_bytes_case_upper, 1, 1), PY_BYTES_M("lower", py_bytes_case_lower, 1, 1), \
    PY_BYTES_M("swapcase", py_bytes_case_swapcase, 1, 1), \
    PY_BYTES_M("capitalize", py_bytes_case_capitalize, 1, 1), PY_BYTES_M("title", py_bytes_case_title, 1, 1), \
    PY_BYTES_M("isalnum", py_bytes_case_isalnum, 1, 1), PY_BYTES_M("isalpha", py_bytes_case_isalpha, 1, 1), \
    PY_BYTES_M("isascii", py_bytes_case_isascii, 1, 1), PY_BYTES_M("isdigit", py_bytes_case_isdigit, 1, 1), \
    PY_BYTES_M("islower", py_bytes_case_islower, 1, 1), PY_BYTES_M("isupper", py_bytes_case_isupper, 1, 1), \
    PY_BYTES_M("isspace", py_bytes_case_isspace, 1, 1), PY_BYTES_M("istitle", py_bytes_case_istitle, 1, 1), \
    PY_BYTES_M("center", py_bytes_pad_center, 2, 3), PY_BYTES_M("ljust", py_bytes_pad_ljust, 2, 3), \
    PY_BYTES_M("rjust", py_bytes_pad_rjust, 2, 3), PY_BYTES_M("zfill", py_bytes_pad_zfill, 2, 2), \
    PY_BYTES_MK("translate", py_bytes_pad_translate, 1, 3)

#endif
