// vm/runtime_class.c: the C slots of classes defined in Python, dispatching to dunders.
// Layer: vm core (runtime). A class gets a dispatcher only for the dunders it
// (or a Python base) defines; everything else keeps its built-in base's slot.
// SPDX-License-Identifier: MIT

#include <string.h>
#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_slotwrap.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

// ---- lookup and calls ----------------------------------------------------------------------

py_type_t *py_class_solid_base(py_type_t *type) {
    while (type->base_type && (type->flags & PY_TF_HEAPTYPE)) type = type->base_type;
    return type;
}

py_val_t py_class_lookup_user(py_vm_t *vm, py_type_t *type, py_val_t name) {
    py_tuple_t *mro = py_tuple_ptr(type->mro);
    for (size_t i = 0; i < mro->len; i++) {
        py_type_t *t = (py_type_t *)py_obj(mro->items[i]);
        py_val_t v = py_dict_get_name(vm, t->dict, name);
        if (v != PY_NULL) return (t->flags & PY_TF_HEAPTYPE) ? v : PY_NULL;
    }
    return PY_NULL;
}

// Up to 8 arguments (self included) go in a C array; more in a GC block.
#define INLINE_ARGS 8

py_val_t py_class_call_with_self(py_vm_t *vm, py_val_t f, py_val_t self, size_t nargs,
                                 const py_val_t *args, py_val_t kwnames) {
    size_t total = nargs + (kwnames != PY_NULL ? py_tuple_ptr(kwnames)->len : 0);
    py_val_t local[INLINE_ARGS];
    py_val_t *buf = total + 1 <= INLINE_ARGS ? local : py_gc_new_values(vm, total + 1);
    buf[0] = self;
    if (total) memcpy(buf + 1, args, total * sizeof(py_val_t));
    return py_call(vm, f, nargs + 1, buf, kwnames);
}

py_val_t py_class_call_dunder(py_vm_t *vm, py_val_t f, py_val_t self, size_t nargs,
                             const py_val_t *args) {
    if (py_is_a(vm, f, PY_T_function) || py_is_a(vm, f, PY_T_builtin_function) ||
        py_is_a(vm, f, PY_T_wrapper_descriptor))
        return py_class_call_with_self(vm, f, self, nargs, args, PY_NULL);
    py_val_t bound = py_descr_get(vm, f, self, py_from_obj(py_type_of(vm, self)));
    return py_call(vm, bound != PY_NULL ? bound : f, nargs, args, PY_NULL);
}

static py_val_t dunder(py_vm_t *vm, py_val_t self, py_name_id_t id) {
    return py_class_lookup_user(vm, py_type_of(vm, self), vm->names[id]);
}

static py_val_t dunder_c(py_vm_t *vm, py_val_t self, const char *name) {
    return py_class_lookup_user(vm, py_type_of(vm, self), py_str_intern_c(vm, name));
}

static const py_type_slots_t *base_slots(py_vm_t *vm, py_val_t self) {
    return &py_class_solid_base(py_type_of(vm, self))->slots;
}

// ---- text, hash, truth, length ----------------------------------------------------------------

static py_val_t check_str(py_vm_t *vm, py_val_t r, const char *what) {
    if (!py_is_str(vm, r)) py_raise_type_error(vm, "%s returned non-string (type %T)", what, r);
    return r;
}

static py_val_t class_repr(py_vm_t *vm, py_val_t self) {
    py_val_t f = dunder(vm, self, PY_NAME___repr__);
    if (f == PY_NULL) {   // a built-in earlier in the MRO defines it
        const py_type_slots_t *b = base_slots(vm, self);
        return b->repr ? b->repr(vm, self) : py_object_repr_default(vm, self);
    }
    return py_class_call_dunder(vm, f, self, 0, NULL);   // checked by py_repr, or by py_str_of as __str__'s
}

static py_val_t class_str(py_vm_t *vm, py_val_t self) {
    py_val_t f = dunder(vm, self, PY_NAME___str__);
    if (f == PY_NULL) return py_repr(vm, self);
    return check_str(vm, py_class_call_dunder(vm, f, self, 0, NULL), "__str__");
}

static py_hash_t class_hash(py_vm_t *vm, py_val_t self) {
    py_val_t f = dunder(vm, self, PY_NAME___hash__);
    if (f == PY_NULL) {   // a built-in earlier in the MRO defines it
        const py_type_slots_t *b = base_slots(vm, self);
        if (!b->hash) py_raise_type_error(vm, "unhashable type: '%T'", self);
        return b->hash(vm, self);
    }
    py_val_t r = py_class_call_dunder(vm, f, self, 0, NULL);
    if (!py_is_int(vm, r) && !py_is_bool(r))
        py_raise_type_error(vm, "__hash__ method should return an integer");
    // As CPython: a result that fits a machine word is the hash itself (so
    // __hash__ = str.__hash__ agrees with str); a bigger one is reduced as an int's.
    int64_t h;
    if (py_is_bool(r)) return r == PY_TRUE;
    if (!py_int_to_i64(r, &h) || h < INTPTR_MIN || h > INTPTR_MAX) return py_hash(vm, r);
    return h == -1 ? -2 : (py_hash_t)h;
}

static int class_truth(py_vm_t *vm, py_val_t self) {
    py_val_t f = dunder(vm, self, PY_NAME___bool__);
    if (f != PY_NULL) {
        py_val_t r = py_class_call_dunder(vm, f, self, 0, NULL);
        if (!py_is_bool(r)) py_raise_type_error(vm, "__bool__ should return bool, returned %T", r);
        return r == PY_TRUE;
    }
    if (dunder(vm, self, PY_NAME___len__) != PY_NULL) return py_len(vm, self) != 0;
    const py_type_slots_t *b = base_slots(vm, self);
    if (b->truth) return b->truth(vm, self);
    return b->len ? b->len(vm, self) != 0 : 1;
}

static size_t class_len(py_vm_t *vm, py_val_t self) {
    py_val_t f = dunder(vm, self, PY_NAME___len__);
    if (f == PY_NULL) {
        const py_type_slots_t *b = base_slots(vm, self);
        if (!b->len) py_raise_type_error(vm, "object of type '%T' has no len()", self);
        return b->len(vm, self);
    }
    py_val_t r = py_index(vm, py_class_call_dunder(vm, f, self, 0, NULL));
    if (py_int_sign(r) < 0) py_raise_value_error(vm, "__len__() should return >= 0");
    int64_t n;
    if (!py_int_to_i64(r, &n) || (uint64_t)n > SIZE_MAX / 2)
        py_raise_fmt(vm, PY_EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
    return (size_t)n;
}

// ---- comparison and operators -------------------------------------------------------------------

static const py_name_id_t compare_names[] = {PY_NAME___eq__, PY_NAME___ne__, PY_NAME___lt__,
                                             PY_NAME___le__, PY_NAME___gt__, PY_NAME___ge__};

static py_val_t class_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    py_val_t f = dunder(vm, a, compare_names[op]);
    if (f != PY_NULL) return py_class_call_dunder(vm, f, a, 1, &b);
    // No __ne__ of the class's own: the built-in base's, as CPython's lookup
    // finds it before object's. object's inverts this type's == (so a class's
    // __eq__); float's or list's compares as that type, whatever __eq__ says.
    const py_type_slots_t *s = base_slots(vm, a);
    return s->compare ? s->compare(vm, op, a, b) : PY_NOTIMPLEMENTED;
}

static const char *const op_names[PY_OP__BINARY_COUNT] = {
    "add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor",
    "and", "floordiv"};

// The dunder for [op]: __add__, __radd__ (reflected) or __iadd__ (in place).
static py_val_t op_dunder(py_vm_t *vm, py_val_t self, py_binary_op_t op, bool reflected) {
    char name[16];
    const char *prefix = (op & PY_OP_INPLACE) ? "i" : reflected ? "r" : "";
    size_t n = strlen(prefix), m = strlen(op_names[op & ~PY_OP_INPLACE]);
    memcpy(name, "__", 2);
    memcpy(name + 2, prefix, n);
    memcpy(name + 2 + n, op_names[op & ~PY_OP_INPLACE], m);
    memcpy(name + 2 + n + m, "__", 3);
    return dunder_c(vm, self, name);
}

py_val_t py_class_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b, bool reflected) {
    py_val_t self = reflected ? b : a, other = reflected ? a : b;
    py_val_t f = op_dunder(vm, self, op, reflected);
    if (f != PY_NULL) return py_class_call_dunder(vm, f, self, 1, &other);
    const py_type_slots_t *s = base_slots(vm, self);
    if (!s->binary) return PY_NOTIMPLEMENTED;
    const py_operator_set_t *ops = py_class_solid_base(py_type_of(vm, self))->operators;
    bool in_place = ops && (ops->inplace & (1u << (op & ~PY_OP_INPLACE)));
    if ((op & PY_OP_INPLACE) && !in_place) return PY_NOTIMPLEMENTED;
    return s->binary(vm, op, a, b);
}

py_val_t py_class_binary_slot(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    // Called directly (not by py_binary): [a] is self unless it is no such class.
    bool reflected = py_type_of(vm, a)->slots.binary != py_class_binary_slot;
    return py_class_binary(vm, op, a, b, reflected);
}

static const py_name_id_t unary_names[] = {PY_NAME___invert__, PY_NAME___bool__, PY_NAME___pos__,
                                           PY_NAME___neg__};

py_val_t py_class_unary_dunder(py_vm_t *vm, py_unary_op_t op, py_val_t a) {
    py_val_t f = op == PY_UOP_NOT ? PY_NULL : dunder(vm, a, unary_names[op]);
    return f != PY_NULL ? py_class_call_dunder(vm, f, a, 0, NULL) : PY_NULL;
}

static py_val_t class_unary(py_vm_t *vm, py_unary_op_t op, py_val_t a) {
    py_val_t r = py_class_unary_dunder(vm, op, a);
    if (r != PY_NULL) return r;
    const py_type_slots_t *s = base_slots(vm, a);
    return s->unary ? s->unary(vm, op, a) : PY_NOTIMPLEMENTED;
}

// ---- items, iteration, calls --------------------------------------------------------------------

static py_val_t class_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    py_val_t f = dunder(vm, self, PY_NAME___getitem__);
    if (f != PY_NULL) return py_class_call_dunder(vm, f, self, 1, &key);
    const py_type_slots_t *s = base_slots(vm, self);
    if (!s->getitem) py_raise_type_error(vm, "'%T' object is not subscriptable", self);
    return s->getitem(vm, self, key);
}

static void class_setitem(py_vm_t *vm, py_val_t self, py_val_t key, py_val_t value) {
    py_val_t args[2] = {key, value};
    py_val_t f = dunder(vm, self, value == PY_NULL ? PY_NAME___delitem__ : PY_NAME___setitem__);
    if (f != PY_NULL) {
        py_class_call_dunder(vm, f, self, value == PY_NULL ? 1 : 2, args);
        return;
    }
    const py_type_slots_t *s = base_slots(vm, self);
    if (s->setitem) {
        s->setitem(vm, self, key, value);
        return;
    }
    // CPython says "doesn't" on its sequence path (an index key), "does not" otherwise.
    if (value == PY_NULL && py_is_int(vm, key))
        py_raise_type_error(vm, "'%T' object doesn't support item deletion", self);
    if (value == PY_NULL) py_raise_type_error(vm, "'%T' object does not support item deletion", self);
    py_raise_type_error(vm, "'%T' object does not support item assignment", self);
}

static int class_contains(py_vm_t *vm, py_val_t self, py_val_t item) {
    py_val_t f = dunder(vm, self, PY_NAME___contains__);
    if (f == PY_NONE) py_raise_type_error(vm, "'%T' object is not a container", self);
    if (f != PY_NULL) return py_truthy(vm, py_class_call_dunder(vm, f, self, 1, &item));
    const py_type_slots_t *s = base_slots(vm, self);
    if (s->contains) return s->contains(vm, self, item);
    // No __contains__ anywhere: iterate, as py_contains does for types without the slot.
    py_val_t it = py_iter(vm, self);
    for (py_val_t x; (x = py_next(vm, it)) != PY_NULL;)
        if (py_equal(vm, x, item)) return 1;
    return 0;
}

static py_val_t class_iter(py_vm_t *vm, py_val_t self) {
    py_val_t f = dunder(vm, self, PY_NAME___iter__);
    if (f == PY_NONE) py_raise_type_error(vm, "'%T' object is not iterable", self);
    if (f == PY_NULL) {
        const py_type_slots_t *b = base_slots(vm, self);
        if (!b->iter) py_raise_type_error(vm, "'%T' object is not iterable", self);
        return b->iter(vm, self);
    }
    py_val_t it = py_class_call_dunder(vm, f, self, 0, NULL);
    if (!py_type_of(vm, it)->slots.next)
        py_raise_type_error(vm, "iter() returned non-iterator of type '%T'", it);
    return it;
}

typedef struct next_call {
    py_val_t f, self, result;
} next_call_t;

static void run_next(py_vm_t *vm, void *ud) {
    next_call_t *c = ud;
    c->result = py_class_call_dunder(vm, c->f, c->self, 0, NULL);
}

// __next__ raising StopIteration ends the iteration: the C protocol's PY_NULL.
static py_val_t class_next(py_vm_t *vm, py_val_t self) {
    py_val_t f = dunder(vm, self, PY_NAME___next__);
    if (f == PY_NULL) {
        const py_type_slots_t *b = base_slots(vm, self);
        if (!b->next) py_raise_type_error(vm, "'%T' object is not an iterator", self);
        return b->next(vm, self);
    }
    next_call_t c = {f, self, PY_NULL};
    if (py_pcall(vm, run_next, &c) == 0) return c.result;
    py_val_t e = vm->exc;
    if (!py_exc_is(vm, e, PY_EXC_StopIteration)) py_raise(vm, e);
    vm->exc = PY_NULL;
    return PY_NULL;
}

static py_val_t class_call(py_vm_t *vm, py_val_t self, size_t nargs, const py_val_t *args,
                           py_val_t kwnames) {
    py_val_t f = dunder(vm, self, PY_NAME___call__);
    if (f == PY_NULL) {
        const py_type_slots_t *s = base_slots(vm, self);
        if (!s->call) py_raise_type_error(vm, "'%T' object is not callable", self);
        return s->call(vm, self, nargs, args, kwnames);
    }
    if (py_is_a(vm, f, PY_T_function) || py_is_a(vm, f, PY_T_builtin_function))
        return py_class_call_with_self(vm, f, self, nargs, args, kwnames);
    py_val_t bound = py_descr_get(vm, f, self, py_from_obj(py_type_of(vm, self)));
    return py_call(vm, bound != PY_NULL ? bound : f, nargs, args, kwnames);
}

// ---- installing the slots -----------------------------------------------------------------------

// Marks an instance of a class: its built-in base's fields, then the instance dict.
static void class_mark(py_vm_t *vm, py_obj_t *o) {
    py_type_t *t = o->type, *solid = py_class_solid_base(t);
    if (solid->slots.mark) solid->slots.mark(vm, o);
    py_slots_mark(vm, o);   // __slots__ fields (vm/obj_slots.c)
    py_val_t *dict = py_instance_dict_field(vm, py_from_obj(o));
    if (dict) py_gc_mark(vm, *dict);
}

static bool has(py_vm_t *vm, py_type_t *t, py_name_id_t id) {
    return py_class_lookup_user(vm, t, vm->names[id]) != PY_NULL;
}

static bool has_c(py_vm_t *vm, py_type_t *t, const char *name) {
    return py_class_lookup_user(vm, t, py_str_intern_c(vm, name)) != PY_NULL;
}

// True when the class defines any binary operator dunder (forward, reflected or in place).
static bool has_binary(py_vm_t *vm, py_type_t *t) {
    char name[16];
    static const char *const prefixes[] = {"", "r", "i"};
    for (int p = 0; p < 3; p++) {
        for (int op = 0; op < PY_OP__BINARY_COUNT; op++) {
            strcpy(name, "__");
            strcat(name, prefixes[p]);
            strcat(name, op_names[op]);
            strcat(name, "__");
            if (has_c(vm, t, name)) return true;
        }
    }
    return false;
}

// __eq__ without __hash__ in the class body makes instances unhashable, as in CPython.
static void set_hash_slot(py_vm_t *vm, py_type_t *t) {
    py_val_t own_eq = py_dict_get_name(vm, t->dict, vm->names[PY_NAME___eq__]);
    py_val_t own_hash = py_dict_get_name(vm, t->dict, vm->names[PY_NAME___hash__]);
    if (own_eq != PY_NULL && own_hash == PY_NULL) {
        py_dict_set_name(vm, t->dict, vm->names[PY_NAME___hash__], PY_NONE);
        own_hash = PY_NONE;
    }
    py_val_t h = py_class_lookup_user(vm, t, vm->names[PY_NAME___hash__]);
    if (h == PY_NONE) t->slots.hash = NULL;
    else if (h != PY_NULL) t->slots.hash = class_hash;
}

static void install_dunders(py_vm_t *vm, py_type_t *t, py_type_slots_t *s) {
    if (has(vm, t, PY_NAME___repr__)) s->repr = class_repr;
    if (has(vm, t, PY_NAME___str__)) s->str = class_str;
    for (int op = 0; op < 6; op++)
        if (has(vm, t, compare_names[op])) s->compare = class_compare;
    if (has_binary(vm, t)) s->binary = py_class_binary_slot;
    if (has(vm, t, PY_NAME___neg__) || has(vm, t, PY_NAME___pos__) || has(vm, t, PY_NAME___invert__))
        s->unary = class_unary;
    if (has(vm, t, PY_NAME___bool__) || has(vm, t, PY_NAME___len__)) s->truth = class_truth;
    if (has(vm, t, PY_NAME___len__)) s->len = class_len;
    if (has(vm, t, PY_NAME___getitem__)) s->getitem = class_getitem;
    if (has(vm, t, PY_NAME___setitem__) || has(vm, t, PY_NAME___delitem__)) s->setitem = class_setitem;
    if (has(vm, t, PY_NAME___contains__)) s->contains = class_contains;
    if (has(vm, t, PY_NAME___iter__)) s->iter = class_iter;
    if (has(vm, t, PY_NAME___next__)) s->next = class_next;
    if (has(vm, t, PY_NAME___call__)) s->call = class_call;
}

void py_class_init_slots(py_vm_t *vm, py_type_t *t) {
    // The built-ins' slot wrappers must be in their dicts first: a dunder a
    // built-in base defines hides a later Python base's (class C(list, Mixin)).
    py_slotwrap_materialise_mro(vm, t);
    t->slots = t->base_type->slots;
    t->slots.mark = class_mark;
    install_dunders(vm, t, &t->slots);
    set_hash_slot(vm, t);
    t->flags &= ~PY_TF_HAS_DEL;
    if (has(vm, t, PY_NAME___del__)) t->flags |= PY_TF_HAS_DEL;
    py_type_modified(vm, t);
}
