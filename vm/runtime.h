// vm/runtime.h: the generic object protocols: operators, comparison, hashing,
// attributes, items, iteration, calls, conversion to text.
// Layer: vm core. Everything outside a type's own file reaches objects through these.
// SPDX-License-Identifier: MIT
//
// Each function dispatches on the type's C slots (obj.h) and, for classes
// defined in Python, on their dunder methods. Unless a comment says
// otherwise, every function here may raise and may allocate.

#ifndef PY_RUNTIME_H
#define PY_RUNTIME_H

#include "obj.h"
#include "vm.h"

// ---- text ------------------------------------------------------------------------
py_val_t py_repr(py_vm_t *vm, py_val_t v);            // repr(v): a str
py_val_t py_str_of(py_vm_t *vm, py_val_t v);          // str(v): a str
// The name of [v]'s type as a C string ("int", "MyClass"); never fails.
const char *py_type_name(py_vm_t *vm, py_val_t v);
// The name CPython's argument-type errors give [v]: "None" for None, else its
// type's name ("must be str, not None"); never fails.
const char *py_arg_type_name(py_vm_t *vm, py_val_t v);

// ---- truth, identity, equality, order, hash --------------------------------------------
bool py_truthy(py_vm_t *vm, py_val_t v);              // bool(v)
bool py_equal(py_vm_t *vm, py_val_t a, py_val_t b);   // a == b as a C bool (identity first)
// a <op> b with the reflected fallback and CPython's TypeError
// ("'<' not supported between instances of 'int' and 'str'").
py_val_t py_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b);
bool py_less(py_vm_t *vm, py_val_t a, py_val_t b);    // truthiness of a < b (sorting)
// hash(v), equal for equal numbers across int, float and bool, as CPython's.
// Raises TypeError "unhashable type: 'list'".
py_hash_t py_hash(py_vm_t *vm, py_val_t v);

// ---- operators -------------------------------------------------------------------------
// a <op> b (op may include PY_OP_INPLACE) with __rop__ fallback and CPython's
// TypeError ("unsupported operand type(s) for +: 'int' and 'str'").
py_val_t py_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b);
py_val_t py_unary(py_vm_t *vm, py_unary_op_t op, py_val_t a);
// `item in container`.
bool py_contains(py_vm_t *vm, py_val_t container, py_val_t item);
// isinstance(v, type) for one type (no tuples); never raises.
bool py_isinstance(py_vm_t *vm, py_val_t v, py_type_t *type);
// issubclass for two types, by the MRO; never raises.
bool py_is_subtype(py_type_t *sub, py_type_t *type);

// ---- attributes ---------------------------------------------------------------------------
// obj.name; [name] is an interned str. Raises AttributeError
// ("'int' object has no attribute 'foo'").
py_val_t py_getattr(py_vm_t *vm, py_val_t obj, py_val_t name);
// Like py_getattr but returns PY_NULL instead of raising AttributeError.
py_val_t py_getattr_opt(py_vm_t *vm, py_val_t obj, py_val_t name);
// obj.name = value; deletes when value is PY_NULL.
void py_setattr(py_vm_t *vm, py_val_t obj, py_val_t name, py_val_t value);
// Looks [name] up along [type]'s MRO without descriptors; PY_NULL if absent. Never raises.
py_val_t py_type_lookup(py_vm_t *vm, py_type_t *type, py_val_t name);
// Gives the VM its type lookup cache (vm->lookup_cache), which
// py_type_lookup and py_type_lookup_owner then use. May allocate; raises MemoryError.
void py_type_lookup_cache_init(py_vm_t *vm);
// The heap bytes py_type_lookup_cache_init takes. Never raises.
size_t py_type_lookup_cache_bytes(void);
// Method lookup for `obj.name(...)` without making a bound method: returns
// the function and sets *self_out to obj when the result must get obj as its
// first argument, or to PY_NULL when the result is already bound or plain.
py_val_t py_getmethod(py_vm_t *vm, py_val_t obj, py_val_t name, py_val_t *self_out);
// Recomputes [type]'s PY_TA_* flags from its MRO. Never raises; does not allocate.
uint32_t py_type_attr_flags_slow(py_vm_t *vm, py_type_t *type);
// [type]'s PY_TA_* flags (obj.h), from the cache while no class has changed
// an attribute hook since. Never raises; does not allocate.
static inline uint32_t py_type_attr_flags(py_vm_t *vm, py_type_t *type) {
    if (type->attr_epoch == vm->attr_epoch) return type->attr_flags;
    return py_type_attr_flags_slow(vm, type);
}
// Called when a class's namespace gains or loses [name]: invalidates every
// type's PY_TA_* flags if [name] is one of the hooks they record. Never raises.
void py_type_attr_changed(py_vm_t *vm, py_val_t name);

// ---- items --------------------------------------------------------------------------------
py_val_t py_getitem(py_vm_t *vm, py_val_t obj, py_val_t key);
void py_setitem(py_vm_t *vm, py_val_t obj, py_val_t key, py_val_t value);
void py_delitem(py_vm_t *vm, py_val_t obj, py_val_t key);
// len(v) ("object of type 'int' has no len()").
size_t py_len(py_vm_t *vm, py_val_t v);
// The buffer protocol (obj.h py_buffer_t). py_buffer_get fills [view] and
// returns true when [v] exports its bytes (writable ones if [writable]); it
// never raises or allocates. py_buffer_require raises TypeError "a
// bytes-like object is required, not 'int'" instead of returning false.
// The view holds a raw pointer: re-get it after any allocation.
bool py_buffer_get(py_vm_t *vm, py_val_t v, py_buffer_t *view, bool writable);
void py_buffer_require(py_vm_t *vm, py_val_t v, py_buffer_t *view, bool writable);

// ---- iteration -----------------------------------------------------------------------------
py_val_t py_iter(py_vm_t *vm, py_val_t v);      // iter(v) ("'int' object is not iterable")
py_val_t py_next(py_vm_t *vm, py_val_t it);     // next item, or PY_NULL when exhausted

// ---- calls ----------------------------------------------------------------------------------
// Calls [f] with the vectorcall convention of obj.h. For Python functions
// this re-enters the VM loop (C recursion: keep it off hot paths).
py_val_t py_call(py_vm_t *vm, py_val_t f, size_t nargs, const py_val_t *args,
                 py_val_t kwnames);
static inline py_val_t py_call0(py_vm_t *vm, py_val_t f) { return py_call(vm, f, 0, NULL, PY_NULL); }
static inline py_val_t py_call1(py_vm_t *vm, py_val_t f, py_val_t a) {
    return py_call(vm, f, 1, &a, PY_NULL);
}
static inline py_val_t py_call2(py_vm_t *vm, py_val_t f, py_val_t a, py_val_t b) {
    py_val_t args[2] = {a, b};
    return py_call(vm, f, 2, args, PY_NULL);
}
// Calls obj.name(args...) ; raises AttributeError if absent.
py_val_t py_call_method(py_vm_t *vm, py_val_t obj, py_val_t name, size_t nargs,
                        const py_val_t *args);
bool py_callable(py_vm_t *vm, py_val_t v);

// ---- conversions -------------------------------------------------------------------------------
// The C integer value of an int (or bool, or an object with __index__);
// raises OverflowError if it does not fit, TypeError if not an integer
// ("'float' object cannot be interpreted as an integer").
int64_t py_to_int64(py_vm_t *vm, py_val_t v);
// operator.index(v): an int from an int, a bool (as 0 or 1) or an object
// with __index__; raises TypeError ("'float' object cannot be interpreted as
// an integer", "__index__ returned non-int (type str)").
py_val_t py_index(py_vm_t *vm, py_val_t v);
// An index for a sequence of [len] items: negative counts from the end;
// raises IndexError("<what> index out of range") outside [0, len).
size_t py_to_index(py_vm_t *vm, py_val_t v, size_t len, const char *what);
// The C double of an int, bool or float (or __float__); TypeError otherwise.
double py_to_double(py_vm_t *vm, py_val_t v);

#endif
