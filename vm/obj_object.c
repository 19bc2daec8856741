// vm/obj_object.c: the object type, root of every class, and the generic attribute protocol.
// Layer: vm core (types). runtime_attr.c adds the class hooks (__getattr__, __setattr__).
// SPDX-License-Identifier: MIT

#include <inttypes.h>
#include <stdio.h>
#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_super.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

// ---- generic attributes ------------------------------------------------------------------

// A class attribute seen through an instance: functions bind to it, and so
// do built-in methods of built-in types (not a builtin stored in a class,
// `f = len`, which stays plain as in CPython); other descriptors run __get__.
static py_val_t bind(py_vm_t *vm, py_val_t descr, py_type_t *owner, py_val_t obj, uint32_t dfl) {
    if (py_obj(descr)->type == vm->types[PY_T_builtin_function]) {
        py_builtin_t *b = (py_builtin_t *)py_obj(descr);
        if ((owner->flags & PY_TF_HEAPTYPE) || b->self != PY_NULL) return descr;
        return py_builtin_bind(vm, descr, obj);
    }
    if (!(dfl & PY_TA_DESCR_GET)) return descr;
    return py_descr_invoke_get(vm, descr, obj, py_from_obj(py_type_of(vm, obj)));
}

static py_val_t instance_dict(py_vm_t *vm, py_val_t obj, bool create) {
    py_val_t *field = py_instance_dict_field(vm, obj);
    if (!field) return PY_NULL;
    if (*field == PY_NULL && create) *field = py_dict_new(vm);
    return *field;
}

py_val_t py_object_getattr_generic(py_vm_t *vm, py_val_t obj, py_val_t name) {
    py_type_t *t = py_type_of(vm, obj), *owner = NULL;
    py_val_t descr = py_type_lookup_owner(vm, t, name, &owner);
    uint32_t dfl = 0;
    if (descr != PY_NULL && py_is_obj(descr)) {
        dfl = py_type_attr_flags(vm, py_obj(descr)->type);
        if ((dfl & PY_TA_DESCR_SET) && (dfl & PY_TA_DESCR_GET))   // a data descriptor wins
            return py_descr_invoke_get(vm, descr, obj, py_from_obj(t));
    }
    py_val_t d = instance_dict(vm, obj, false);
    py_val_t v = d != PY_NULL ? py_dict_get_name(vm, d, name) : PY_NULL;
    if (v == PY_NULL && t->slots.getattr) v = t->slots.getattr(vm, obj, name);
    if (v != PY_NULL) return v;
    if (descr != PY_NULL) return py_is_obj(descr) ? bind(vm, descr, owner, obj, dfl) : descr;
    if (name == vm->names[PY_NAME___class__]) return py_from_obj(t);
    if (name == vm->names[PY_NAME___dict__]) {
        if (!py_instance_dict_expose(vm, obj)) return PY_NULL;
        return instance_dict(vm, obj, true);
    }
    return PY_NULL;
}

_Noreturn static void no_attr(py_vm_t *vm, py_val_t obj, py_val_t name) {
    py_raise_fmt(vm, PY_EXC_AttributeError, "'%T' object has no attribute '%N'", obj, name);
}

// obj.__class__ = value: only between classes made in Python whose instances
// have the same layout, as CPython allows. Raises TypeError otherwise; does not allocate.
static void set_class(py_vm_t *vm, py_val_t obj, py_val_t value) {
    if (value == PY_NULL) py_raise_type_error(vm, "can't delete __class__ attribute");
    if (!py_is_obj(value) || !py_isinstance(vm, value, vm->types[PY_T_type]))
        py_raise_type_error(vm, "__class__ must be set to a class, not '%T' object", value);
    py_type_t *from = py_type_of(vm, obj), *to = (py_type_t *)py_obj(value);
    if (!py_is_obj(obj) || !(from->flags & PY_TF_HEAPTYPE) || !(to->flags & PY_TF_HEAPTYPE))
        py_raise_type_error(vm, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    if (!py_type_same_layout(from, to))
        py_raise_type_error(vm, "__class__ assignment: '%N' object layout differs from '%N'",
                            to->name, from->name);
    py_obj(obj)->type = to;
    to->flags &= ~PY_TF_NO_SHADOW;   // obj's keys may shadow names of its new class
}

void py_object_setattr_generic(py_vm_t *vm, py_val_t obj, py_val_t name, py_val_t value) {
    py_type_t *t = py_type_of(vm, obj);
    py_val_t descr = py_type_lookup(vm, t, name);
    if (descr != PY_NULL && py_descr_invoke_set(vm, descr, obj, value)) return;
    if (name == vm->names[PY_NAME___class__] && descr == PY_NULL) {
        set_class(vm, obj, value);
        return;
    }
    if (t->slots.setattr && t->slots.setattr(vm, obj, name, value)) return;
    py_val_t *field = py_instance_dict_field(vm, obj);
    if (field && name == vm->names[PY_NAME___dict__]) {   // obj.__dict__ = {...} replaces it
        if (value != PY_NULL && !py_is_a(vm, value, PY_T_dict))
            py_raise_type_error(vm, "__dict__ must be set to a dictionary, not a '%T'", value);
        py_instance_dict_expose(vm, obj);
        *field = value;
        return;
    }
    if (!field) {
        if (descr != PY_NULL)
            py_raise_fmt(vm, PY_EXC_AttributeError, "'%T' object attribute '%N' is read-only", obj, name);
        // An attribute a built-in type computes ((1).real) has no setter.
        if (t->slots.getattr && !(t->flags & PY_TF_HEAPTYPE) && t->slots.getattr != py_super_getattr &&
            t->slots.getattr(vm, obj, name) != PY_NULL)
            py_raise_fmt(vm, PY_EXC_AttributeError, "attribute '%N' of '%N' objects is not writable",
                         name, t->name);
        no_attr(vm, obj, name);
    }
    py_val_t d = instance_dict(vm, obj, value != PY_NULL);
    if (value != PY_NULL) {
        if (descr != PY_NULL) t->flags &= ~PY_TF_NO_SHADOW;   // the key now hides a class name
        py_dict_set_name(vm, d, name, value);
    } else if (d == PY_NULL || py_dict_remove(vm, d, name) == PY_NULL) {
        no_attr(vm, obj, name);
    }
}

// ---- the object type --------------------------------------------------------------------

py_val_t py_object_repr_default(py_vm_t *vm, py_val_t obj) {
    py_type_t *t = py_type_of(vm, obj);
    char addr[2 + 2 * sizeof(uintptr_t) + 1];
    snprintf(addr, sizeof addr, "0x%" PRIxPTR, (uintptr_t)obj);
    py_val_t m = t->dict ? py_dict_get_name(vm, t->dict, vm->names[PY_NAME___module__]) : PY_NULL;
    if (m != PY_NULL && py_is_str(vm, m) && !py_str_equal(m, vm->names[PY_NAME_builtins]))
        return py_str_format_c(vm, "<%S.%S object at %s>", m, t->qualname, addr);
    return py_str_format_c(vm, "<%S object at %s>", t->qualname, addr);
}

static py_val_t object_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)args;
    bool has_args = nargs > 0 || (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len > 0);
    if (type == vm->types[PY_T_object] && has_args)
        py_raise_type_error(vm, "object() takes no arguments");
    size_t size = type->basicsize > sizeof(py_obj_t) ? type->basicsize : sizeof(py_obj_t);
    return py_from_obj(py_gc_new(vm, type, size));
}

// Identity hash: the address without its always-zero low bits, as CPython.
// Addresses are below 2**61 - 1, so hash(x) == hash(x.__hash__()) holds.
static py_hash_t object_hash(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return (py_hash_t)(self >> 4);
}

// As CPython's object: == is identity (else NotImplemented), != inverts the
// == of a's own type, and ordering declines.
static py_val_t object_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (op == PY_CMP_OP_EQ) return a == b ? PY_TRUE : PY_NOTIMPLEMENTED;
    if (op != PY_CMP_OP_NE) return PY_NOTIMPLEMENTED;
    py_val_t r = py_type_of(vm, a)->slots.compare(vm, PY_CMP_OP_EQ, a, b);
    return r == PY_NOTIMPLEMENTED ? r : py_bool(!py_truthy(vm, r));
}

// ---- object's methods (for super() calls and explicit object.__x__(self)) ---------------------

// Extra arguments are an error only where nothing else could have used them,
// as CPython's object_init: when a class's own __init__ passed them up, or
// when neither __init__ nor __new__ is overridden (float.__init__(1.0, 5) is fine).
static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    if (nargs <= 1 && (kwnames == PY_NULL || py_tuple_ptr(kwnames)->len == 0)) return PY_NONE;
    py_type_t *t = py_type_of(vm, args[0]), *object = vm->types[PY_T_object];
    py_val_t init = vm->names[PY_NAME___init__];
    if (py_type_lookup(vm, t, init) != py_type_lookup(vm, object, init))
        py_raise_type_error(vm, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (py_class_solid_base(t) == object &&
        py_class_lookup_user(vm, t, vm->names[PY_NAME___new__]) == PY_NULL)
        py_raise_type_error(vm, "%N.__init__() takes exactly one argument (the instance to initialize)",
                            t->name);
    return PY_NONE;
}

// object.__new__, which is also what tuple.__new__, str.__new__... find: for
// a class derived from a built-in, the arguments go to that built-in's maker.
static py_val_t m_new(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    if (!py_isinstance(vm, args[0], vm->types[PY_T_type]))
        py_raise_type_error(vm, "object.__new__(X): X is not a type object (%T)", args[0]);
    py_type_t *t = (py_type_t *)py_obj(args[0]), *solid = py_class_solid_base(t);
    // Not solid->id: types made by py_type_from_spec (super...) share object's id.
    if (solid != vm->types[PY_T_object])
        py_raise_type_error(vm, "object.__new__(%N) is not safe, use %N.__new__()", t->name, solid->name);
    if (nargs > 1 || (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len > 0)) {
        if (py_class_lookup_user(vm, t, vm->names[PY_NAME___new__]) != PY_NULL)
            py_raise_type_error(vm, "object.__new__() takes exactly one argument (the type to instantiate)");
        py_val_t init = py_type_lookup(vm, t, vm->names[PY_NAME___init__]);
        if (init == py_dict_get_name(vm, vm->types[PY_T_object]->dict, vm->names[PY_NAME___init__]))
            py_raise_type_error(vm, "%N() takes no arguments", t->name);
    }
    return object_make_new(vm, t, 0, NULL, PY_NULL);
}

static py_val_t m_repr(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs;
    (void)kwnames;
    return py_object_repr_default(vm, args[0]);
}

static py_val_t m_str(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs;
    (void)kwnames;
    return py_repr(vm, args[0]);
}

static py_val_t m_hash(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs;
    (void)kwnames;
    return py_small(object_hash(vm, args[0]));
}

static py_val_t attr_name(py_vm_t *vm, py_val_t name) {
    if (!py_is_str(vm, name))
        py_raise_type_error(vm, "attribute name must be string, not '%T'", name);
    return py_str_intern_val(vm, name);
}

static py_val_t m_getattribute(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs;
    (void)kwnames;
    py_val_t name = attr_name(vm, args[1]);
    py_val_t v = py_object_getattr_generic(vm, args[0], name);
    if (v == PY_NULL) no_attr(vm, args[0], name);
    return v;
}

// object.__setattr__ on a class would skip type's own rules (immutable
// built-in types): raises TypeError for a class. Does not allocate.
static void check_not_type(py_vm_t *vm, py_val_t obj, const char *what) {
    if (py_is_obj(obj) && py_isinstance(vm, obj, vm->types[PY_T_type]))
        py_raise_type_error(vm, "can't apply this %s to type object", what);
}

static py_val_t m_setattr(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs;
    (void)kwnames;
    check_not_type(vm, args[0], "__setattr__");
    py_object_setattr_generic(vm, args[0], attr_name(vm, args[1]), args[2]);
    return PY_NONE;
}

static py_val_t m_delattr(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs;
    (void)kwnames;
    check_not_type(vm, args[0], "__delattr__");
    py_object_setattr_generic(vm, args[0], attr_name(vm, args[1]), PY_NULL);
    return PY_NONE;
}

static py_val_t m_format(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs;
    (void)kwnames;
    if (!py_is_str(vm, args[1]))
        py_raise_type_error(vm, "__format__() argument must be str, not %s",
                            py_arg_type_name(vm, args[1]));
    if (py_str_len(args[1]) > 0)
        py_raise_type_error(vm, "unsupported format string passed to %T.__format__", args[0]);
    return py_str_of(vm, args[0]);
}

static py_val_t m_init_subclass(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs;
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len > 0)
        py_raise_type_error(vm, "%S.__init_subclass__() takes no keyword arguments",
                            ((py_type_t *)py_obj(args[0]))->qualname);
    return PY_NONE;
}

static const py_method_def_t object_methods[] = {
    {"__init__", m_init, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"__new__", m_new, 1, PY_VARARGS, PY_METH_STATIC | PY_METH_KEYWORDS},
    {"__repr__", m_repr, 1, 1, 0},
    {"__str__", m_str, 1, 1, 0},
    {"__hash__", m_hash, 1, 1, 0},
    {"__getattribute__", m_getattribute, 2, 2, 0},
    {"__setattr__", m_setattr, 3, 3, 0},
    {"__delattr__", m_delattr, 2, 2, 0},
    {"__format__", m_format, 2, 2, 0},
    {"__init_subclass__", m_init_subclass, 1, 1, PY_METH_CLASS | PY_METH_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_object_spec = {
    .name = "object",
    .base = PY_T_object,
    .basicsize = sizeof(py_obj_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .make_new = object_make_new,
        .repr = py_object_repr_default,
        .hash = object_hash,
        .compare = object_compare,
    },
    .methods = object_methods,
};
