// vm/obj_type.h: type objects, classes made in Python, and their instances.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_TYPE_H
#define PY_OBJ_TYPE_H

#include "obj.h"
#include "vm.h"

// An instance of a class defined in Python whose base is object. Instances of
// classes deriving from a built-in type have that type's layout with the dict
// field at type->dictoffset. (Shapes and inline slots come with DESIGN §6.)
typedef struct py_instance {
    py_obj_t base;
    py_val_t dict;   // attribute dict, made on first assignment; PY_NULL before
} py_instance_t;

// Makes the type object for a built-in [spec] whose base is [base] (NULL for
// object). Used at start-up. May allocate.
py_type_t *py_type_from_spec(py_vm_t *vm, const py_type_spec_t *spec, py_type_t *base);
// type(name, bases, ns): a class statement's result. [bases] is a tuple
// (empty means object); [ns] the class body's namespace dict, copied.
// Raises TypeError for bases that cannot be subclassed or laid out together.
py_val_t py_type_new_class(py_vm_t *vm, py_val_t name, py_val_t bases, py_val_t ns);
// The address of the instance-dict field of [obj], or NULL if it has none.
py_val_t *py_instance_dict_field(py_vm_t *vm, py_val_t obj);
// Records that [type]'s namespace (or a base's) changed, for inline caches.
void py_type_modified(py_vm_t *vm, py_type_t *type);

extern const py_type_spec_t py_type_spec;
extern const py_type_spec_t py_object_spec;

#endif
