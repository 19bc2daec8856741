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
// The same, for code that hands the dict out or replaces it (obj.__dict__,
// vars()): keys may then reach it without py_object_setattr_generic, so
// [obj]'s type loses PY_TF_NO_SHADOW for good. Never raises or allocates.
py_val_t *py_instance_dict_expose(py_vm_t *vm, py_val_t obj);
// Bytes to allocate for an instance of [type] holding [var_bytes] of inline
// variable data (0 for fixed-size types): basicsize, the data, and room for
// the instance dict after the data for a Python subclass of a variable-size
// type. Raises MemoryError when the size overflows; does not allocate.
size_t py_type_instance_size(py_vm_t *vm, py_type_t *type, size_t var_bytes);
// Records that [type]'s namespace (or a base's) changed, for inline caches.
void py_type_modified(py_vm_t *vm, py_type_t *type);

extern const py_type_spec_t py_type_spec;
extern const py_type_spec_t py_object_spec;

// added by CORE: start-up makes the built-in types in two steps (vm/vm.c),
// because names, tuples and dicts need their own types first. py_type_alloc
// makes the type object with its slots and layout only; py_type_finish adds
// name, bases, MRO and the dict of [spec]'s methods. May allocate.
py_type_t *py_type_alloc(py_vm_t *vm, const py_type_spec_t *spec, py_type_t *base);
void py_type_finish(py_vm_t *vm, py_type_t *type, const py_type_spec_t *spec);

// added by CORE: object's generic attribute protocol (vm/obj_object.c), used
// by py_getattr/py_setattr and by object.__getattribute__/__setattr__.
// Returns PY_NULL when absent (no AttributeError). May raise; may allocate.
py_val_t py_object_getattr_generic(py_vm_t *vm, py_val_t obj, py_val_t name);
// Sets or (value PY_NULL) deletes; raises AttributeError when impossible.
void py_object_setattr_generic(py_vm_t *vm, py_val_t obj, py_val_t name, py_val_t value);
// The default repr "<__main__.A object at 0x...>". May allocate.
py_val_t py_object_repr_default(py_vm_t *vm, py_val_t obj);

// added by CORE: the C slots of classes defined in Python, which dispatch to
// their dunder methods (vm/runtime_class.c).
// Sets [type]'s slots from its base's, then installs dispatchers for the
// dunders its MRO defines in Python. May allocate (interned names).
void py_class_init_slots(py_vm_t *vm, py_type_t *type);
// The binary slot of such classes; py_binary calls py_class_binary directly
// so the reflected (__radd__) try is explicit. May raise; may allocate.
py_val_t py_class_binary_slot(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b);
py_val_t py_class_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b, bool reflected);
// The result of a class's own __neg__, __pos__ or __invert__ for [op] (which
// may be NotImplemented, a value like any other here), or PY_NULL when its
// MRO defines none in Python. May raise; may allocate.
py_val_t py_class_unary_dunder(py_vm_t *vm, py_unary_op_t op, py_val_t a);
// [name] along [type]'s MRO when the first type defining it is a class made
// in Python, else PY_NULL. Never raises.
py_val_t py_class_lookup_user(py_vm_t *vm, py_type_t *type, py_val_t name);
// The nearest built-in ancestor of [type] (itself for a built-in). Never raises.
py_type_t *py_class_solid_base(py_type_t *type);
// Calls [f] with [self] prepended to the vectorcall arguments. May raise.
py_val_t py_class_call_with_self(py_vm_t *vm, py_val_t f, py_val_t self, size_t nargs,
                                 const py_val_t *args, py_val_t kwnames);
// Calls the dunder [f] found on self's type as CPython's special-method
// calls do: functions and unbound built-in methods get self first, other
// descriptors are bound, plain callables are called as they are. May raise.
py_val_t py_class_call_dunder(py_vm_t *vm, py_val_t f, py_val_t self, size_t nargs,
                             const py_val_t *args);

// added by CLASSES: metaclasses, slots and class views.
// The metaclass a class with [bases] gets when [meta] is asked for: the most
// derived of [meta] and the bases' metaclasses. Raises TypeError "metaclass
// conflict: ..." when they are unrelated. Does not allocate.
py_type_t *py_type_calc_meta(py_vm_t *vm, py_type_t *meta, py_val_t bases);
// isinstance(x, cls) / issubclass(sub, cls) for one class [cls], through a
// metaclass's __instancecheck__ / __subclasscheck__ when it has one.
// May raise (the hooks, or "issubclass() arg 1 must be a class"); may allocate.
bool py_type_instancecheck(py_vm_t *vm, py_val_t x, py_val_t cls);
bool py_type_subclasscheck(py_vm_t *vm, py_val_t sub, py_val_t cls);
// Gives class [t] (being made over [base], its dict set) the layout its
// __slots__ value [slots] asks for, with a member descriptor per slot in
// its dict. Raises TypeError / ValueError for bad slots. May allocate.
void py_slots_layout(py_vm_t *vm, py_type_t *t, py_type_t *base, py_val_t slots);
// Adds the '__dict__' and '__weakref__' descriptors class [t] (laid out over
// [base]; [has_slots]: by __slots__) gives its instances, as CPython lists
// them in the class namespace. May allocate.
void py_slots_add_getsets(py_vm_t *vm, py_type_t *t, py_type_t *base, bool has_slots);
// The value of the '__dict__' / '__weakref__' descriptor [g] on [obj]
// (itself when [obj] is PY_NULL); raises TypeError for an [obj] of another
// class. May allocate (a new instance dict).
py_val_t py_getset_get(py_vm_t *vm, py_val_t g, py_val_t obj);
// Assigns (or, [value] PY_NULL, deletes) obj.__dict__; raises
// AttributeError for __weakref__, TypeError for a non-dict. Does not allocate.
void py_getset_set(py_vm_t *vm, py_val_t g, py_val_t obj, py_val_t value);
// The nearest ancestor of [t] (itself included) that fixes its instances'
// layout: a built-in type or a class that added slots. Never raises.
py_type_t *py_slots_solid(py_type_t *t);
// True when instances of [a] and [b] have the same layout, so __class__ may
// move between them. Never raises.
bool py_type_same_layout(py_type_t *a, py_type_t *b);
// Marks the slot and dict fields past [o]'s built-in base's fields. Must not
// allocate or raise.
void py_slots_mark(py_vm_t *vm, py_obj_t *o);
// [name] along [type]'s MRO, with the class whose dict holds it in *owner;
// PY_NULL if absent. Never raises.
py_val_t py_type_lookup_owner(py_vm_t *vm, py_type_t *type, py_val_t name, py_type_t **owner);
// A read-only live view of the mapping [mapping] (a class's __dict__). May allocate.
py_val_t py_mappingproxy_new(py_vm_t *vm, py_val_t mapping);

#endif
