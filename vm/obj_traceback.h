// vm/obj_traceback.h: traceback objects: one entry per frame an exception passed through.
// Layer: vm core (types). The VM loop adds entries as it unwinds; vm/exc_print.c prints them.
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_TRACEBACK_H
#define PY_OBJ_TRACEBACK_H

#include "code.h"
#include "obj.h"
#include "vm.h"

// A traceback entry, as CPython's: an exception's __traceback__ is the entry
// of the outermost frame it left, and tb_next leads inwards to where it was
// raised. The code object and instruction index give the file, the function,
// the line and the source columns, which are only decoded when printing.
typedef struct py_traceback {
    py_obj_t base;
    py_val_t next;        // tb_next: the entry of the frame this one called, or PY_NULL
    py_code_t *code;      // the frame's code
    uint32_t index;       // the instruction that was running
} py_traceback_t;

static inline py_traceback_t *py_traceback_ptr(py_val_t v) { return (py_traceback_t *)v; }

// A new entry for instruction [index] of [code] in front of [next] (a
// traceback or PY_NULL). May allocate.
py_val_t py_traceback_new(py_vm_t *vm, py_code_t *code, uint32_t index, py_val_t next);

extern const py_type_spec_t py_traceback_spec;

#endif
