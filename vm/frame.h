// vm/frame.h: Python functions and the frames that run them on the VM stack.
// Layer: vm core (VM). DESIGN §5: calls between Python functions never recurse in C.
// SPDX-License-Identifier: MIT
//
// Frames live in vm->frames (an array, the innermost at vm->frame) and their
// values on vm->stack: [locals (arguments first) | cells | operand stack].
// A Python-to-Python call lays its arguments where the callee's locals start,
// so binding the common exact positional case copies nothing.
//
// GC: py_frame_mark_all marks what frames reference (code, function,
// globals, locals namespace); the values themselves are on vm->stack, which
// the GC marks up to vm->stack_top. The loop keeps vm->stack_top at the top
// of the running frame's operand-stack capacity, so every live slot is below it.
//
// A generator owns its suspended frame by copying the slots into the
// generator object and back (vm/obj_gen.h): nothing here points into the
// stack from outside it except the frame's own base/ip fields.

#ifndef PY_FRAME_H
#define PY_FRAME_H

#include "obj.h"
#include "vm.h"
#include "code.h"

// A Python function: code plus the environment it was made in.
typedef struct py_function {
    py_obj_t base;
    py_code_t *code;
    py_val_t globals;     // dict
    py_val_t defaults;    // tuple of the last positional parameters' defaults, or PY_NULL
    py_val_t kwdefaults;  // dict of keyword-only defaults, or PY_NULL
    py_val_t closure;     // tuple of cells for code->freevars, or PY_NULL
    py_val_t name;        // str
    py_val_t qualname;    // str
    py_val_t module;      // __module__ (str or None)
    py_val_t doc;         // __doc__ (None when absent)
    py_val_t dict;        // attribute dict, PY_NULL until an attribute is set
} py_function_t;

static inline py_function_t *py_function_ptr(py_val_t v) { return (py_function_t *)v; }

// A cell: one variable shared between a function and the closures inside it.
typedef struct py_cell {
    py_obj_t base;
    py_val_t value;       // PY_NULL when empty
} py_cell_t;

static inline py_cell_t *py_cell_ptr(py_val_t v) { return (py_cell_t *)v; }

#define PY_FRAME_C_ENTRY 1u   // entered from C: returning leaves the loop
#define PY_FRAME_GEN_INLINE 2u   // a generator resumed by the caller's FOR_ITER or SEND, in the same loop
#define PY_FRAME_INIT 4u   // the __init__ of a class the loop called: returns the instance in *ret

struct py_frame {
    py_code_t *code;
    py_val_t func;          // the function being run, PY_NULL for module/eval code
    py_val_t globals;       // dict
    py_val_t locals;        // namespace dict for module and class bodies, else PY_NULL
    py_val_t *base;         // first local slot on vm->stack
    py_val_t *sp;           // saved operand stack pointer while a callee runs
    py_val_t *ret;          // where RETURN_VALUE stores the result in the caller's stack
    const uint32_t *ip;     // next instruction (the running one is ip - 1)
    py_val_t gen;           // the generator running in this frame, else PY_NULL
    uint32_t flags;         // PY_FRAME_*
};

// True when one more frame of [need] slots at [base] fits: under the
// recursion limit and inside the VM stack (else py_frame_overflow). Does
// not allocate or raise.
static inline bool py_frame_fits(const py_vm_t *vm, const py_val_t *base, size_t need) {
    return vm->depth < PY_CFG_RECURSION_LIMIT && base + need <= vm->stack_end;
}

// Raises RecursionError: a frame did not fit (py_frame_fits).
_Noreturn void py_frame_overflow(py_vm_t *vm);

// Marks every live frame's code, function, globals and locals. Called by the
// GC's root marking. Does not allocate or raise.
void py_frame_mark_all(py_vm_t *vm);

// A new function for [code] with [globals]. May allocate.
py_val_t py_function_new(py_vm_t *vm, py_code_t *code, py_val_t globals);

// A new cell holding [value] (PY_NULL: empty). May allocate.
py_val_t py_cell_new(py_vm_t *vm, py_val_t value);

extern const py_type_spec_t py_function_spec;
extern const py_type_spec_t py_cell_spec;
extern const py_type_spec_t py_property_spec;
extern const py_type_spec_t py_classmethod_spec;
extern const py_type_spec_t py_staticmethod_spec;

#endif
