// vm/obj_func.h: callables: Python functions, C functions, bound methods, cells.
// Layer: vm core (types). The Python function's layout is in vm/code.h's
// companion, vm/frame.h; here are the parts other files use.
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_FUNC_H
#define PY_OBJ_FUNC_H

#include "obj.h"
#include "vm.h"

// A C function from a py_method_def_t table, possibly bound to [self]
// (a module function has self PY_NULL; a method looked up on an object, the object).
typedef struct py_builtin {
    py_obj_t base;
    const py_method_def_t *def;
    py_val_t self;
    // The built-in type whose method this is (NULL for a module function):
    // args[0] of an unbound call is then self, which arg-count errors do not
    // count, and the errors name "type.method" as CPython does.
    py_type_t *owner;
} py_builtin_t;

// A builtin_function_or_method for [def], bound to [self] or PY_NULL. May allocate.
py_val_t py_builtin_new(py_vm_t *vm, const py_method_def_t *def, py_val_t self);
// The method [builtin] (a builtin function) bound to [self], keeping its
// owner. May allocate.
py_val_t py_builtin_bind(py_vm_t *vm, py_val_t builtin, py_val_t self);

// A method bound to an instance: calling it prepends self.
typedef struct py_bound_method {
    py_obj_t base;
    py_val_t func, self;
} py_bound_method_t;

py_val_t py_bound_method_new(py_vm_t *vm, py_val_t func, py_val_t self);

// Raises TypeError unless min <= nargs <= max, with CPython's wording for
// [name] ("len() takes exactly one argument (2 given)").
void py_arg_check(py_vm_t *vm, const char *name, size_t nargs, size_t min, size_t max);
// Raises TypeError if [kwnames] holds any name ("print() got an unexpected
// keyword argument 'x'") -- for C functions that take none.
void py_arg_no_kw(py_vm_t *vm, const char *name, py_val_t kwnames);
// Finds keyword [name] (a C string) among a C function's keyword arguments
// ([kwnames] and the values after the positionals in [args]); PY_NULL if absent.
py_val_t py_arg_kw(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames,
                   py_name_id_t name);

extern const py_type_spec_t py_builtin_function_spec;
extern const py_type_spec_t py_bound_method_spec;


// added by CVM: descriptors, for CORE's attribute protocol (runtime.c).
// The result of [descr].__get__(obj, type) for the built-in descriptors:
// a function (a bound method, or itself when [obj] is PY_NULL), classmethod,
// staticmethod, property (calls fget). PY_NULL when [descr] is not one of
// them. May raise (a property's getter) and may allocate.
py_val_t py_descr_get(py_vm_t *vm, py_val_t descr, py_val_t obj, py_val_t type);
// Handles obj.name = value (or del when [value] is PY_NULL) when [descr]
// (found on the type) is a property; returns false when it is not a data
// descriptor. Raises AttributeError "property 'x' of 'C' object has no
// setter" (or "deleter"). May allocate.
bool py_descr_set(py_vm_t *vm, py_val_t descr, py_val_t obj, py_val_t value);

// The result of [descr].__get__(obj, type) for any descriptor: the built-in
// ones through py_descr_get, a Python class's through its __get__ ([obj]
// PY_NULL passes None); [descr] itself when its type has no __get__.
// May raise; may allocate.
py_val_t py_descr_invoke_get(py_vm_t *vm, py_val_t descr, py_val_t obj, py_val_t type);
// obj.name = value (del when [value] is PY_NULL) through the data descriptor
// [descr]; returns false when [descr] is no data descriptor. Raises
// AttributeError "__delete__" (or "__set__") when it lacks the one needed.
bool py_descr_invoke_set(py_vm_t *vm, py_val_t descr, py_val_t obj, py_val_t value);

// Slots (vm/obj_slots.c): the value of member descriptor [member] on [obj]
// (itself when [obj] is PY_NULL); raises AttributeError when unset and
// TypeError when [obj] is not an instance of its class.
py_val_t py_member_get(py_vm_t *vm, py_val_t member, py_val_t obj);
// Sets (or, [value] PY_NULL, clears) the slot. Raises as py_member_get.
void py_member_set(py_vm_t *vm, py_val_t member, py_val_t obj, py_val_t value);
// added by cache: the byte offset of a member descriptor's field in an
// instance, and the class that declared it (vm/vm_cache.c reads the field
// directly). Never raises.
size_t py_member_offset(py_val_t member);
py_type_t *py_member_owner(py_val_t member);

#endif
