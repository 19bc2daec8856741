// mods/struct_fmt.h: struct format strings: parsing them into a layout, and
// packing and unpacking the values of that layout. Layer: library modules.
// SPDX-License-Identifier: MIT
//
// A format is an optional byte-order character ('@' native order, sizes and
// alignment, the default; '=' native order with standard sizes; '<', '>' and
// '!' little, big and network order with standard sizes), then codes with
// optional repeat counts; whitespace between codes is ignored. Errors are
// struct.error with CPython's messages.

#ifndef PY_STRUCT_FMT_H
#define PY_STRUCT_FMT_H

#include "obj.h"
#include "vm.h"

// One code of a format with its repeat count: [count] values of [size]
// bytes each from [offset], or for 's' and 'p' one value of [count] bytes,
// or for 'x' [count] pad bytes and no value.
typedef struct py_struct_item {
    char code;
    uint8_t size;
    size_t count;
    size_t offset;
} py_struct_item_t;

typedef struct py_struct_layout {
    bool native;         // '@': native sizes and alignment, and the n N P codes
    bool little;         // byte order of the multi-byte codes
    size_t size;         // bytes of packed data (calcsize)
    size_t nvalues;      // values pack() takes and unpack() returns
    size_t nitems;
    py_struct_item_t *items;   // py_gc_new_bytes block of nitems (NULL when 0)
} py_struct_layout_t;

// Parses format [fmt] (a str or bytes) into [layout]. Raises TypeError for
// another type ("Struct() argument 1 must be a str or bytes object, not
// int") and struct.error for a bad format. May allocate.
void py_struct_fmt_parse(py_vm_t *vm, py_val_t fmt, py_struct_layout_t *layout);

// Packs layout->nvalues values from [values] into [out] (layout->size bytes,
// zeroed by the caller). Raises struct.error (and OverflowError for floats)
// for a value the format cannot hold. May call __index__/__float__ and so
// allocate: [out] must be memory that no Python code can move.
void py_struct_fmt_pack(py_vm_t *vm, const py_struct_layout_t *layout, const py_val_t *values,
                        uint8_t *out);

// The tuple of the values in [data] (layout->size bytes), which the caller
// must keep alive and unchanged meanwhile (a bytes object's data, say). May allocate.
py_val_t py_struct_fmt_unpack(py_vm_t *vm, const py_struct_layout_t *layout,
                              const uint8_t *data);

// Raises struct.error with a message formatted as by py_raise_fmt.
_Noreturn void py_struct_fmt_error(py_vm_t *vm, const char *fmt, ...);

#endif
