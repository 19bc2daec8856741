// vm/obj_complex.h: complex: a pair of IEEE doubles with CPython's arithmetic,
// hash, repr and format. Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_COMPLEX_H
#define PY_OBJ_COMPLEX_H

#include "obj.h"
#include "vm.h"

typedef struct py_complex {
    py_obj_t base;
    double real, imag;
} py_complex_t;

// True when [v] is a complex or an instance of a subclass of it.
static inline bool py_is_complex(py_vm_t *vm, py_val_t v) {
    (void)vm;
    return py_is_obj(v) && py_obj(v)->type->id == PY_T_complex;
}
static inline py_complex_t *py_complex_ptr(py_val_t v) { return (py_complex_t *)py_obj(v); }

// A new complex real+imag*j. May allocate; raises only MemoryError.
py_val_t py_complex_new(py_vm_t *vm, double real, double imag);
// The same for [type], complex or a subclass of it. May allocate.
py_val_t py_complex_new_of(py_vm_t *vm, py_type_t *type, double real, double imag);
// a ** b for a negative a and a fractional b, which CPython's float power
// hands to complex: the complex result. May allocate; raises OverflowError
// ("complex exponentiation") when a part overflows.
py_val_t py_complex_pow_real(py_vm_t *vm, double a, double b);
// pow(a, b, m) through complex's __pow__: NotImplemented when a or b is
// not a number, else ValueError "complex modulo". May raise; may allocate.
py_val_t py_complex_pow3(py_vm_t *vm, py_val_t a, py_val_t b, py_val_t m);
// pow(args[0], args[1], args[2]) where a complex is among them: raises the
// error CPython's slots give in argument order (ValueError "complex modulo",
// or float's or the unsupported-operand TypeError); returns when none of
// them is complex. Never returns otherwise.
void py_complex_check_pow3(py_vm_t *vm, const py_val_t *args);
// hash(real+imag*j) as CPython: hash(real) + 1000003 * hash(imag), so a
// complex with no imaginary part hashes as the equal float or int. Never raises.
py_hash_t py_complex_hash(double real, double imag);
// Writes [d] as complex's repr writes a part: the float repr without a
// trailing ".0" ("1", "1.5", "1e+16", "inf", "nan"), with a '+' before a
// non-negative value when [sign]. [buf] has >= 40 bytes; returns the length.
// Pure C: does not touch the VM.
size_t py_complex_part_repr(double d, bool sign, char *buf, size_t size);

// complex(real=0, imag=0) and complex(str): the make_new slot. May raise
// TypeError and ValueError with CPython's messages; may allocate.
py_val_t py_complex_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames);
// format(z, spec) for complex [self] and str [spec]: CPython's complex
// format mini-language (types e E f F g G n or none, no '=' and no zero
// padding). May raise ValueError; may allocate.
py_val_t py_complex_format(py_vm_t *vm, py_val_t self, py_val_t spec);

// abs(z) for a complex [z] (or an instance of a subclass), C99's rules: an
// infinite part gives inf even beside a NaN. Raises OverflowError ("absolute
// value too large"); may allocate.
py_val_t py_complex_abs(py_vm_t *vm, py_val_t z);

// ---- fast paths, for the interpreter loop and the operator dispatchers ----------------

// True when [v] is a complex of the built-in type itself (a subclass may
// override the operators). Never raises.
static inline bool py_complex_is_exact(py_vm_t *vm, py_val_t v) {
    return py_is_obj(v) && py_obj(v)->type == vm->types[PY_T_complex];
}

// a op b (op a py_binary_op_t, PY_OP_INPLACE allowed) when one of [a] and [b]
// is an exact complex and the other is one too, a float in the word or a
// small int: such a pair is complex's alone to compute, as in py_binary (the
// other operand's type declines). Returns PY_NULL when the pair is not of
// that kind or the operator is not complex's. May raise (division by zero,
// ** overflow); allocates the result.
py_val_t py_complex_binary_exact(py_vm_t *vm, uint32_t op, py_val_t a, py_val_t b);
// The same, with the test that no operand is a complex inline: a caller's
// other operands pay two type tests and no call.
static inline py_val_t py_complex_binary_quick(py_vm_t *vm, uint32_t op, py_val_t a, py_val_t b) {
    if (!py_complex_is_exact(vm, a) && !py_complex_is_exact(vm, b)) return PY_NULL;
    return py_complex_binary_exact(vm, op, a, b);
}

extern const py_type_spec_t py_complex_spec;

#endif
