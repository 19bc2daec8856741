// vm/obj_bytes.h: bytes (an immutable array of bytes), bytearray (a mutable one)
// and memoryview (a view of another object's buffer). Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_BYTES_H
#define PY_OBJ_BYTES_H

#include "obj.h"
#include "vm.h"

typedef struct py_bytes {
    py_obj_t base;
    size_t len;
    py_hash_t hash;     // 0 until computed
    uint8_t data[];     // len bytes + a NUL, so the data can be passed to C as a string
} py_bytes_t;

static inline py_bytes_t *py_bytes_ptr(py_val_t v) { return (py_bytes_t *)v; }
static inline bool py_is_bytes(py_vm_t *vm, py_val_t v) {
    (void)vm;
    return py_is_obj(v) && py_obj(v)->type->id == PY_T_bytes;   // subclasses included
}

// A bytearray: [data] is a py_gc_new_bytes block of [cap] bytes (NULL when
// cap is 0), [len] of them in use. [exports] counts the memoryviews of it not
// yet released: while it is nonzero the storage may not move or change size.
typedef struct py_bytearray {
    py_obj_t base;
    size_t len, cap;
    uint8_t *data;
    size_t exports;
} py_bytearray_t;

static inline py_bytearray_t *py_bytearray_ptr(py_val_t v) { return (py_bytearray_t *)v; }

// A bytes object holding a copy of [len] bytes at [data] (a literal b'...'
// from the compiler, or any buffer). May allocate.
py_val_t py_bytes_new(py_vm_t *vm, const void *data, size_t len);
// A bytes object of [len] zero bytes for the caller to fill before it escapes.
py_bytes_t *py_bytes_alloc(py_vm_t *vm, size_t len);
// repr(b): b'...' with CPython's quote choice and escapes. May allocate.
py_val_t py_bytes_repr(py_vm_t *vm, py_val_t b);
// b.decode(encoding, errors): [encoding] and [errors] may be PY_NULL (utf-8,
// strict). Supports utf-8, ascii and latin-1; errors 'strict', 'replace',
// 'ignore'. Raises UnicodeDecodeError, LookupError ("unknown encoding: x").
py_val_t py_bytes_decode(py_vm_t *vm, py_val_t b, py_val_t encoding, py_val_t errors);

// A new bytearray holding a copy of [len] bytes at [data] (NULL: zeros). May allocate.
py_val_t py_bytearray_new(py_vm_t *vm, const void *data, size_t len);
// Raises BufferError "Existing exports of data: object cannot be re-sized"
// when [ba] has unreleased memoryviews (after a collection has finalised the
// unreachable ones). May collect garbage.
void py_bytearray_check_resize(py_vm_t *vm, py_val_t ba);
// Bytes-like [v] as a bytes object whose data stays put across allocations:
// [v] itself when it is a bytes, else a copy (a memoryview's items in order,
// even when not contiguous). Raises TypeError "a bytes-like object is
// required, not 'str'". May allocate.
py_val_t py_bytes_snapshot(py_vm_t *vm, py_val_t v);
// The bytes of memoryview [m]'s items, in order (m.tobytes()). Raises
// ValueError when it is released. May allocate.
py_val_t py_memoryview_tobytes(py_vm_t *vm, py_val_t m);
// memoryview(obj): raises TypeError when [obj] has no buffer. May allocate.
py_val_t py_memoryview_new(py_vm_t *vm, py_val_t obj);

extern const py_type_spec_t py_bytes_spec;
extern const py_type_spec_t py_bytearray_spec;
extern const py_type_spec_t py_memoryview_spec;

#endif
