// vm/obj_bytes.h: bytes: an immutable array of bytes (a minimal type for now).
// Layer: vm core (types).
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

extern const py_type_spec_t py_bytes_spec;

#endif
