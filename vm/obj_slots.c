// vm/obj_slots.c: __slots__: member descriptors and the instance layouts they make.
// Layer: vm core (types). vm/obj_type.c calls py_slots_layout while making a class.
// SPDX-License-Identifier: MIT
//
// A class whose body sets __slots__ gets one value field per named slot
// after its base's fields, and a member descriptor for each on the class;
// it gets no instance dict unless "__dict__" is among the names or a base
// already has one. Slot fields hold PY_NULL until assigned, which reads as
// "unset". Built-in bases of variable size (int, str, bytes, tuple) keep
// their data inline, so they allow only empty __slots__, as in CPython.

#include <string.h>
#include "except.h"
#include "gc.h"
#include "obj_exc.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

// What member and getset descriptors share: a name on an owner class.
typedef struct descr_head {
    py_obj_t base;
    py_val_t name;
    py_type_t *owner;
} descr_head_t;

static descr_head_t *head(py_val_t v) { return (descr_head_t *)py_obj(v); }

static void descr_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark(vm, ((descr_head_t *)o)->name);
    py_gc_mark_ptr(vm, ((descr_head_t *)o)->owner);
}

// __name__, __qualname__, __objclass__ and __doc__ of either kind.
static py_val_t descr_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    descr_head_t *d = head(self);
    if (py_str_eq_c(name, "__name__")) return d->name;
    if (py_str_eq_c(name, "__qualname__")) return py_str_format_c(vm, "%S.%N", d->owner->qualname, d->name);
    if (py_str_eq_c(name, "__objclass__")) return py_from_obj(d->owner);
    if (py_str_eq_c(name, "__doc__")) return PY_NONE;
    return PY_NULL;
}

typedef struct py_member {
    descr_head_t head;   // name: the slot's (mangled) name; owner: the class that declared it
    size_t offset;       // byte offset of the value field in an instance
} py_member_t;

static py_member_t *member(py_val_t v) { return (py_member_t *)py_obj(v); }

static size_t align_val(size_t n) { return (n + sizeof(py_val_t) - 1) & ~(sizeof(py_val_t) - 1); }

// ---- the member descriptor type -------------------------------------------------------------

static py_val_t *field_of(py_vm_t *vm, py_val_t m, py_val_t obj) {
    py_member_t *d = member(m);
    if (!py_is_obj(obj) || !py_isinstance(vm, obj, d->head.owner))
        py_raise_type_error(vm, "descriptor '%N' for '%N' objects doesn't apply to a '%T' object",
                            d->head.name, d->head.owner->name, obj);
    return (py_val_t *)(void *)((char *)py_obj(obj) + d->offset);
}

py_val_t py_member_get(py_vm_t *vm, py_val_t m, py_val_t obj) {
    if (obj == PY_NULL) return m;
    py_val_t v = *field_of(vm, m, obj);
    if (v == PY_NULL) {
        py_val_t msg = py_str_format_c(vm, "'%T' object has no attribute '%N'", obj, head(m)->name);
        py_raise(vm, py_exc_attribute_error(vm, msg, head(m)->name, obj));
    }
    return v;
}

size_t py_member_offset(py_val_t m) { return member(m)->offset; }
py_type_t *py_member_owner(py_val_t m) { return member(m)->head.owner; }

void py_member_set(py_vm_t *vm, py_val_t m, py_val_t obj, py_val_t value) {
    py_val_t *f = field_of(vm, m, obj);
    if (value == PY_NULL && *f == PY_NULL)
        py_raise_fmt(vm, PY_EXC_AttributeError, "%N", head(m)->name);
    *f = value;
}

static py_val_t member_repr(py_vm_t *vm, py_val_t self) {
    return py_str_format_c(vm, "<member '%N' of '%N' objects>", head(self)->name,
                           head(self)->owner->name);
}

static py_val_t m_get(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    if (args[1] == PY_NONE && (nargs < 3 || args[2] == PY_NONE))
        py_raise_type_error(vm, "__get__(None, None) is invalid");
    return py_member_get(vm, args[0], args[1] == PY_NONE ? PY_NULL : args[1]);
}

static py_val_t m_set(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_member_set(vm, args[0], args[1], args[2]);
    return PY_NONE;
}

static py_val_t m_delete(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_member_set(vm, args[0], args[1], PY_NULL);
    return PY_NONE;
}

static const py_method_def_t member_methods[] = {
    {"__get__", m_get, 2, 3, 0},
    {"__set__", m_set, 3, 3, 0},
    {"__delete__", m_delete, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_member_descriptor_spec = {
    .name = "member_descriptor",
    .base = PY_T_object,
    .basicsize = sizeof(py_member_t),
    .slots = {.mark = descr_mark, .repr = member_repr, .getattr = descr_getattr},
    .methods = member_methods,
};

// ---- the __dict__ and __weakref__ attributes of a class that adds them -----------------------

// A class that gives its instances a dict (or, in CPython, weak reference
// support) has a descriptor for it in its namespace, as CPython's
// getset_descriptor: `C.__dict__['__dict__']`. There are no weak references
// here: __weakref__ always reads None.
// A getset descriptor: name is __dict__ or __weakref__.
typedef descr_head_t py_getset_t;

static py_getset_t *getset(py_val_t v) { return (py_getset_t *)py_obj(v); }

static void check_owner(py_vm_t *vm, py_getset_t *d, py_val_t obj) {
    if (!py_isinstance(vm, obj, d->owner))
        py_raise_type_error(vm, "descriptor '%N' for '%N' objects doesn't apply to a '%T' object",
                            d->name, d->owner->name, obj);
}

py_val_t py_getset_get(py_vm_t *vm, py_val_t g, py_val_t obj) {
    if (obj == PY_NULL) return g;
    py_getset_t *d = getset(g);
    check_owner(vm, d, obj);
    if (d->name != vm->names[PY_NAME___dict__]) return PY_NONE;
    py_val_t *field = py_instance_dict_expose(vm, obj);
    if (!field) py_raise_fmt(vm, PY_EXC_AttributeError, "'%T' object has no attribute '__dict__'", obj);
    if (*field == PY_NULL) *field = py_dict_new(vm);
    return *field;
}

void py_getset_set(py_vm_t *vm, py_val_t g, py_val_t obj, py_val_t value) {
    py_getset_t *d = getset(g);
    check_owner(vm, d, obj);
    py_val_t *field = d->name == vm->names[PY_NAME___dict__] ? py_instance_dict_expose(vm, obj) : NULL;
    if (!field)
        py_raise_fmt(vm, PY_EXC_AttributeError, "attribute '%N' of '%N' objects is not writable",
                     d->name, d->owner->name);
    if (value != PY_NULL && !py_is_a(vm, value, PY_T_dict))
        py_raise_type_error(vm, "__dict__ must be set to a dictionary, not a '%T'", value);
    *field = value;   // deleting leaves no dict: a new one is made when next asked for
}

static py_val_t getset_repr(py_vm_t *vm, py_val_t self) {
    return py_str_format_c(vm, "<attribute '%N' of '%N' objects>", head(self)->name,
                           head(self)->owner->name);
}

static py_val_t g_get(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    if (args[1] == PY_NONE && (nargs < 3 || args[2] == PY_NONE))
        py_raise_type_error(vm, "__get__(None, None) is invalid");
    return py_getset_get(vm, args[0], args[1] == PY_NONE ? PY_NULL : args[1]);
}

static py_val_t g_set(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_getset_set(vm, args[0], args[1], args[2]);
    return PY_NONE;
}

static py_val_t g_delete(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_getset_set(vm, args[0], args[1], PY_NULL);
    return PY_NONE;
}

static const py_method_def_t getset_methods[] = {
    {"__get__", g_get, 2, 3, 0},
    {"__set__", g_set, 3, 3, 0},
    {"__delete__", g_delete, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_getset_descriptor_spec = {
    .name = "getset_descriptor",
    .base = PY_T_object,
    .basicsize = sizeof(py_getset_t),
    .slots = {.mark = descr_mark, .repr = getset_repr, .getattr = descr_getattr},
    .methods = getset_methods,
};

// True when [t]'s instances have __weakref__ (as CPython would allow weak references to them).
static bool has_weakref(py_type_t *t) {
    if (t->flags & PY_TF_HEAPTYPE) return (t->flags & PY_TF_WEAKREF) != 0;
    return t->id == PY_T_set || t->id == PY_T_frozenset || t->id == PY_T_type;
}

static void add_getset(py_vm_t *vm, py_type_t *t, py_name_id_t id) {
    // The class body's own __dict__ (a property, say) stays, as in CPython.
    if (py_dict_get_name(vm, t->dict, vm->names[id]) != PY_NULL) return;
    py_getset_t *d = py_gc_new(vm, vm->types[PY_T_getset_descriptor], sizeof *d);
    d->name = vm->names[id];
    d->owner = t;
    py_dict_set_name(vm, t->dict, d->name, py_from_obj(d));
}

void py_slots_add_getsets(py_vm_t *vm, py_type_t *t, py_type_t *base, bool has_slots) {
    // CPython's variable-size int, bytes and tuple cannot gain weak references.
    py_type_id_t solid = py_class_solid_base(base)->id;
    bool can_weakref = solid != PY_T_int && solid != PY_T_bytes && solid != PY_T_tuple;
    if (has_weakref(base) || (!has_slots && can_weakref)) t->flags |= PY_TF_WEAKREF;
    if (py_is_subtype(base, vm->types[PY_T_type])) return;   // a metaclass: classes keep their own
    if (t->dictoffset && !base->dictoffset) add_getset(vm, t, PY_NAME___dict__);
    if ((t->flags & PY_TF_WEAKREF) && !has_weakref(base)) add_getset(vm, t, PY_NAME___weakref__);
}

// ---- layouts --------------------------------------------------------------------------------

py_type_t *py_slots_solid(py_type_t *t) {
    while ((t->flags & PY_TF_HEAPTYPE) && t->nslots == 0 && t->base_type) t = t->base_type;
    // A built-in that adds no fields to its base (ValueError over Exception)
    // shares its base's layout, so ValueError and KeyError combine.
    while (!(t->flags & PY_TF_HEAPTYPE) && t->base_type && t->base_type->base_type &&
           t->basicsize == t->base_type->basicsize && t->dictoffset == t->base_type->dictoffset &&
           t->slots.mark == t->base_type->slots.mark)
        t = t->base_type;
    return t;
}

bool py_type_same_layout(py_type_t *a, py_type_t *b) {
    if (a->basicsize != b->basicsize || a->dictoffset != b->dictoffset) return false;
    if (py_class_solid_base(a) != py_class_solid_base(b)) return false;
    // The same number of slot fields must also mean the same names, field by field.
    py_type_t *sa = py_slots_solid(a), *sb = py_slots_solid(b);
    for (; (sa->flags & PY_TF_HEAPTYPE) && (sb->flags & PY_TF_HEAPTYPE);
         sa = py_slots_solid(sa->base_type), sb = py_slots_solid(sb->base_type)) {
        if (sa == sb) return true;
        if (sa->nslots != sb->nslots) return false;
    }
    return sa == sb;
}

void py_slots_mark(py_vm_t *vm, py_obj_t *o) {
    py_type_t *t = o->type, *solid = py_class_solid_base(t);
    if (solid->slots.var_size) return;   // no slot fields; the dict is marked by its caller
    size_t start = align_val(solid->basicsize);
    if (t->basicsize <= start) return;
    py_gc_mark_array(vm, (py_val_t *)(void *)((char *)o + start),
                     (t->basicsize - start) / sizeof(py_val_t));
}

// "__x" in class "_C" is stored as "_C__x", as the compiler mangles
// self.__x. May allocate.
static py_val_t mangle(py_vm_t *vm, py_val_t cls_name, py_val_t name) {
    const char *n = py_str_bytes(name);
    size_t len = py_str_len(name);
    if (len < 2 || n[0] != '_' || n[1] != '_' || (len >= 4 && n[len - 2] == '_' && n[len - 1] == '_'))
        return name;
    const char *c = py_str_bytes(cls_name);
    size_t skip = 0, clen = py_str_len(cls_name);
    while (skip < clen && c[skip] == '_') skip++;
    if (skip == clen) return name;
    py_val_t stripped = py_str_new(vm, c + skip, clen - skip);
    return py_str_intern_val(vm, py_str_format_c(vm, "_%N%N", stripped, name));
}

static bool is_identifier(py_val_t s) {
    const unsigned char *p = (const unsigned char *)py_str_bytes(s), *end = p + py_str_len(s);
    if (p == end || (*p >= '0' && *p <= '9')) return false;
    for (; p < end; p++)
        if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
              (*p >= '0' && *p <= '9') || *p >= 0x80))
            return false;
    return true;
}

// The names __slots__ lists, as a list of strs ([slots] may be one str or
// any iterable). Raises TypeError for a bad name; may allocate.
static py_val_t slot_names(py_vm_t *vm, py_val_t slots) {
    py_val_t names = py_is_str(vm, slots) ? py_list_new(vm, 1, &slots) : py_list_from_iter(vm, slots);
    py_list_t *l = py_list_ptr(names);
    for (size_t i = 0; i < l->len; i++) {
        if (!py_is_str(vm, l->items[i]))
            py_raise_type_error(vm, "__slots__ items must be strings, not '%T'", l->items[i]);
        if (!is_identifier(l->items[i])) py_raise_type_error(vm, "__slots__ must be identifiers");
    }
    return names;
}

void py_slots_layout(py_vm_t *vm, py_type_t *t, py_type_t *base, py_val_t slots) {
    py_val_t names = slot_names(vm, slots);
    py_list_t *l = py_list_ptr(names);
    bool want_dict = false;
    size_t n = 0;
    for (size_t i = 0; i < l->len; i++) {
        py_val_t s = l->items[i];
        if (py_str_equal(s, vm->names[PY_NAME___dict__])) {
            if (want_dict || base->dictoffset)
                py_raise_type_error(vm, "__dict__ slot disallowed: we already got one");
            want_dict = true;
        } else if (py_str_equal(s, vm->names[PY_NAME___weakref__])) {
            t->flags |= PY_TF_WEAKREF;
        } else {
            py_val_t name = mangle(vm, t->name, py_str_intern_val(vm, s));
            if (py_dict_get_name(vm, t->dict, name) != PY_NULL)
                py_raise_value_error(vm, "%R in __slots__ conflicts with class variable", s);
            l->items[n++] = name;
        }
    }
    // int keeps its digits after the instance's fields, like CPython's variable-size types.
    if (n && (base->slots.var_size || py_class_solid_base(base)->id == PY_T_int))
        py_raise_type_error(vm, "nonempty __slots__ not supported for subtype of '%N'",
                            py_class_solid_base(base)->name);
    t->dictoffset = base->dictoffset;
    t->basicsize = base->basicsize;
    if (!base->slots.var_size) t->basicsize = align_val(base->basicsize);
    for (size_t i = 0; i < n; i++) {
        py_member_t *m = py_gc_new(vm, vm->types[PY_T_member_descriptor], sizeof *m);
        m->head.name = l->items[i];
        m->head.owner = t;
        m->offset = t->basicsize;
        t->basicsize += sizeof(py_val_t);
        py_dict_set_name(vm, t->dict, m->head.name, py_from_obj(m));
    }
    t->nslots = (uint32_t)n;
    if (want_dict) {
        // After variable-size data the dict's offset differs per instance
        // (py_instance_dict_field); otherwise it follows the slots.
        t->dictoffset = t->basicsize;
        if (!base->slots.var_size) t->basicsize += sizeof(py_val_t);
    }
}
