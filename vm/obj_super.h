// vm/obj_super.h: super(): attribute lookup that starts after a class in an MRO.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_SUPER_H
#define PY_OBJ_SUPER_H

#include "obj.h"
#include "vm.h"

typedef struct py_super {
    py_obj_t base;
    py_type_t *type;      // the class named (or __class__): lookup starts after it
    py_val_t obj;         // the instance or class bound to
    py_type_t *obj_type;  // type(obj), or obj itself when it is a class
} py_super_t;

// The super type's getattr slot: [name] looked up along obj_type's MRO after
// [type], bound to obj as descriptors say; PY_NULL when absent. The loop
// calls it before the generic lookup, whose MRO search would otherwise find
// the super type's own attributes. May raise; may allocate.
py_val_t py_super_getattr(py_vm_t *vm, py_val_t self, py_val_t name);

// The type `super`; not in PY_BUILTIN_TYPES, so builtins makes it with
// py_type_from_spec(vm, &py_super_spec, vm->types[PY_T_object]).
extern const py_type_spec_t py_super_spec;

#endif
