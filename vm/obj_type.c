// vm/obj_type.c: type objects: the `type` type, built-in types from specs, and classes.
// Layer: vm core (types). The dunder dispatch of classes is in vm/runtime_class.c.
// SPDX-License-Identifier: MIT

#include <stddef.h>
#include <string.h>
#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_list.h"
#include "obj_slotwrap.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

static py_type_t *type_ptr(py_val_t v) { return (py_type_t *)py_obj(v); }
static bool is_type(py_vm_t *vm, py_val_t v) {
    return py_is_obj(v) && py_type_of(vm, v)->id == PY_T_type;
}

// ---- built-in types ------------------------------------------------------------------

// A built-in type inherits its base's slots where its spec has none, except
// those tied to the layout (mark, finalise, make_new), and `hash` when it
// defines its own `compare` (equal objects must hash equal: list, dict, set
// become unhashable), as CPython does.
static void inherit_slots(py_type_slots_t *s, const py_type_slots_t *b) {
#define INHERIT(f) if (!s->f) s->f = b->f;
    INHERIT(call) INHERIT(repr) INHERIT(str) INHERIT(binary) INHERIT(unary)
    INHERIT(truth) INHERIT(len) INHERIT(getattr) INHERIT(setattr) INHERIT(getitem)
    INHERIT(setitem) INHERIT(contains) INHERIT(iter) INHERIT(next)
#undef INHERIT
    if (!s->compare) {
        s->compare = b->compare;
        if (!s->hash) s->hash = b->hash;
    }
}

py_type_t *py_type_alloc(py_vm_t *vm, const py_type_spec_t *spec, py_type_t *base) {
    py_type_t *t = py_gc_new(vm, vm->types[PY_T_type], sizeof(py_type_t));
    t->base_type = base;
    t->id = base ? base->id : PY_T_object;
    t->flags = spec->flags;
    t->basicsize = spec->basicsize;
    t->slots = spec->slots;
    if (base) inherit_slots(&t->slots, &base->slots);
    return t;
}

// The dict entry for one method of a spec: a builtin function, wrapped in a
// classmethod or staticmethod object as its flags say.
static py_val_t method_value(py_vm_t *vm, py_type_t *owner, const py_method_def_t *def) {
    py_val_t f = py_builtin_new(vm, def, PY_NULL);
    ((py_builtin_t *)py_obj(f))->owner = owner;
    if (def->flags & PY_METH_CLASS) return py_call1(vm, py_from_obj(vm->types[PY_T_classmethod]), f);
    if (def->flags & PY_METH_STATIC) return py_call1(vm, py_from_obj(vm->types[PY_T_staticmethod]), f);
    return f;
}

// The MRO of a type with one base: itself, then the base's MRO.
static py_val_t single_mro(py_vm_t *vm, py_type_t *t) {
    if (!t->base_type) return py_tuple_new(vm, 1, &(py_val_t){py_from_obj(t)});
    py_tuple_t *bm = py_tuple_ptr(t->base_type->mro);
    py_val_t mro = py_tuple_new(vm, bm->len + 1, NULL);
    py_tuple_ptr(mro)->items[0] = py_from_obj(t);
    memcpy(py_tuple_ptr(mro)->items + 1, bm->items, bm->len * sizeof(py_val_t));
    return mro;
}

void py_type_finish(py_vm_t *vm, py_type_t *t, const py_type_spec_t *spec) {
    t->name = py_str_intern_c(vm, spec->name);
    t->qualname = t->name;
    t->bases = t->base_type ? py_tuple_new(vm, 1, &(py_val_t){py_from_obj(t->base_type)})
                            : py_tuple_new(vm, 0, NULL);
    t->mro = single_mro(vm, t);
    t->dict = py_dict_new(vm);
    for (const py_method_def_t *m = spec->methods; m && m->name; m++)
        py_dict_set_name(vm, t->dict, py_str_intern_c(vm, m->name), method_value(vm, t, m));
    py_slotwrap_add(vm, t, spec);
}

py_type_t *py_type_from_spec(py_vm_t *vm, const py_type_spec_t *spec, py_type_t *base) {
    py_type_t *t = py_type_alloc(vm, spec, base);
    py_type_finish(vm, t, spec);
    return t;
}

void py_type_modified(py_vm_t *vm, py_type_t *type) {
    (void)vm;
    type->version++;
}

// Rounds [n] up to a multiple of a value's size, where a dict field may sit.
static size_t align_val(size_t n) { return (n + sizeof(py_val_t) - 1) & ~(sizeof(py_val_t) - 1); }

py_val_t *py_instance_dict_field(py_vm_t *vm, py_val_t obj) {
    if (!py_is_obj(obj)) return NULL;
    py_type_t *t = py_type_of(vm, obj);
    if (!t->dictoffset) return NULL;
    size_t off = t->dictoffset;
    if (t->slots.var_size) off = align_val(off + t->slots.var_size(py_obj(obj)));
    return (py_val_t *)(void *)((char *)py_obj(obj) + off);
}

size_t py_type_instance_size(py_vm_t *vm, py_type_t *type, size_t var_bytes) {
    size_t room = 2 * sizeof(py_val_t);   // alignment padding and the dict field
    if (var_bytes > SIZE_MAX - type->basicsize - room) py_raise_memory_error(vm);
    size_t n = type->basicsize + var_bytes;
    if (type->dictoffset && type->slots.var_size) n = align_val(n) + sizeof(py_val_t);
    return n;
}

// ---- the C3 method resolution order ----------------------------------------------------

// True when [c] appears in one of [seqs]' tails (after position pos[i]).
static bool in_tail(py_val_t seqs, const size_t *pos, py_val_t c) {
    py_tuple_t *ss = py_tuple_ptr(seqs);
    for (size_t i = 0; i < ss->len; i++) {
        py_tuple_t *s = py_tuple_ptr(ss->items[i]);
        for (size_t j = pos[i] + 1; j < s->len; j++)
            if (s->items[j] == c) return true;
    }
    return false;
}

_Noreturn static void mro_error(py_vm_t *vm, py_val_t seqs, const size_t *pos) {
    py_strbuf_t b;
    py_strbuf_init(&b);
    py_tuple_t *ss = py_tuple_ptr(seqs);
    py_val_t seen = py_list_new(vm, 0, NULL);
    for (size_t i = 0; i < ss->len; i++) {
        py_tuple_t *s = py_tuple_ptr(ss->items[i]);
        if (pos[i] >= s->len || py_contains(vm, seen, s->items[pos[i]])) continue;
        py_list_append(vm, seen, s->items[pos[i]]);
        if (b.len) py_strbuf_add_c(vm, &b, ", ");
        py_strbuf_add_val(vm, &b, type_ptr(s->items[pos[i]])->name, false);
    }
    py_raise_type_error(vm, "Cannot create a consistent method resolution\norder (MRO) for bases %S",
                        py_strbuf_finish(vm, &b));
}

// The next head that is in no tail, or PY_NULL when every sequence is empty.
static py_val_t mro_pick(py_vm_t *vm, py_val_t seqs, size_t *pos) {
    py_tuple_t *ss = py_tuple_ptr(seqs);
    bool any = false;
    for (size_t i = 0; i < ss->len; i++) {
        py_tuple_t *s = py_tuple_ptr(ss->items[i]);
        if (pos[i] >= s->len) continue;
        any = true;
        if (!in_tail(seqs, pos, s->items[pos[i]])) return s->items[pos[i]];
    }
    if (any) mro_error(vm, seqs, pos);
    return PY_NULL;
}

// C3 linearisation: [t] followed by the merge of its bases' MROs and the bases.
static py_val_t c3_mro(py_vm_t *vm, py_type_t *t, py_val_t bases) {
    size_t n = py_tuple_ptr(bases)->len;
    py_val_t seqs = py_tuple_new(vm, n + 1, NULL);
    for (size_t i = 0; i < n; i++)
        py_tuple_ptr(seqs)->items[i] = type_ptr(py_tuple_ptr(bases)->items[i])->mro;
    py_tuple_ptr(seqs)->items[n] = bases;
    size_t *pos = py_gc_new_bytes(vm, (n + 1) * sizeof(size_t));
    py_val_t out = py_list_new(vm, 1, &(py_val_t){py_from_obj(t)});
    for (py_val_t c; (c = mro_pick(vm, seqs, pos)) != PY_NULL;) {
        py_list_append(vm, out, c);
        for (size_t i = 0; i <= n; i++) {
            py_tuple_t *s = py_tuple_ptr(py_tuple_ptr(seqs)->items[i]);
            if (pos[i] < s->len && s->items[pos[i]] == c) pos[i]++;
        }
    }
    return py_tuple_new(vm, py_list_ptr(out)->len, py_list_ptr(out)->items);
}

// ---- classes --------------------------------------------------------------------------

static void check_bases(py_vm_t *vm, py_val_t bases) {
    py_tuple_t *bt = py_tuple_ptr(bases);
    for (size_t i = 0; i < bt->len; i++) {
        py_val_t b = bt->items[i];
        if (!is_type(vm, b)) py_raise_type_error(vm, "bases must be types");
        if (!(type_ptr(b)->flags & (PY_TF_BASETYPE | PY_TF_HEAPTYPE)))
            py_raise_type_error(vm, "type '%N' is not an acceptable base type", type_ptr(b)->name);
        for (size_t j = 0; j < i; j++)
            if (bt->items[j] == b)
                py_raise_type_error(vm, "duplicate base class %N", type_ptr(b)->name);
    }
}

// The base whose layout the class extends: the one with the most derived
// built-in ancestor. Two unrelated built-in layouts cannot be combined.
static py_type_t *best_base(py_vm_t *vm, py_val_t bases) {
    py_tuple_t *bt = py_tuple_ptr(bases);
    py_type_t *best = type_ptr(bt->items[0]), *solid = py_class_solid_base(best);
    for (size_t i = 1; i < bt->len; i++) {
        py_type_t *b = type_ptr(bt->items[i]), *s = py_class_solid_base(b);
        if (py_is_subtype(solid, s)) continue;
        if (!py_is_subtype(s, solid))
            py_raise_type_error(vm, "multiple bases have instance lay-out conflict");
        best = b;
        solid = s;
    }
    return best;
}

// Instances of classes over object are py_instance_t; over a built-in, the
// built-in's layout plus a dict field (unless it already has one). Object is
// told by having no base: types made by py_type_from_spec (super...) share its id.
static void set_layout(py_type_t *t, py_type_t *base) {
    if (base->dictoffset) {
        t->basicsize = base->basicsize;
        t->dictoffset = base->dictoffset;
    } else if (base->slots.var_size) {
        // The items or text follow the header, so the dict goes after them,
        // at an offset that differs per instance (py_instance_dict_field).
        t->basicsize = base->basicsize;
        t->dictoffset = base->basicsize;
    } else if (py_class_solid_base(base)->base_type == NULL) {
        t->basicsize = sizeof(py_instance_t);
        t->dictoffset = offsetof(py_instance_t, dict);
    } else {
        size_t off = align_val(base->basicsize);
        t->dictoffset = off;
        t->basicsize = off + sizeof(py_val_t);
    }
}

static py_val_t new_class(py_vm_t *vm, py_type_t *meta, py_val_t name, py_val_t bases,
                          py_val_t ns) {
    if (!py_is_str(vm, name)) py_raise_type_error(vm, "type.__new__() argument 1 must be str, not %T", name);
    if (!py_is_a(vm, bases, PY_T_tuple)) py_raise_type_error(vm, "type.__new__() argument 2 must be tuple, not %T", bases);
    if (!py_is_a(vm, ns, PY_T_dict)) py_raise_type_error(vm, "type.__new__() argument 3 must be dict, not %T", ns);
    if (py_tuple_ptr(bases)->len == 0) bases = py_tuple_new(vm, 1, &(py_val_t){py_from_obj(vm->types[PY_T_object])});
    check_bases(vm, bases);
    py_type_t *base = best_base(vm, bases);
    size_t size = meta->basicsize > sizeof(py_type_t) ? meta->basicsize : sizeof(py_type_t);
    py_type_t *t = py_gc_new(vm, meta, size);   // a metaclass may add a dict field
    t->name = py_str_intern_val(vm, name);
    t->bases = bases;
    t->base_type = base;
    t->id = base->id;
    t->flags = PY_TF_HEAPTYPE | PY_TF_BASETYPE | (base->flags & PY_TF_EXCEPTION);
    set_layout(t, base);
    t->dict = py_dict_copy(vm, ns);
    py_val_t qn = py_dict_remove(vm, t->dict, vm->names[PY_NAME___qualname__]);
    t->qualname = qn != PY_NULL && py_is_str(vm, qn) ? qn : t->name;
    t->mro = c3_mro(vm, t, bases);
    py_class_init_slots(vm, t);
    return py_from_obj(t);
}

py_val_t py_type_new_class(py_vm_t *vm, py_val_t name, py_val_t bases, py_val_t ns) {
    py_type_t *meta = vm->types[PY_T_type];
    for (size_t i = 0; py_is_a(vm, bases, PY_T_tuple) && i < py_tuple_ptr(bases)->len; i++) {
        py_type_t *m = py_type_of(vm, py_tuple_ptr(bases)->items[i]);
        if (py_is_subtype(m, meta)) meta = m;   // the most derived metaclass wins
    }
    return new_class(vm, meta, name, bases, ns);
}

// ---- calling a type -------------------------------------------------------------------

static py_val_t call_new(py_vm_t *vm, py_type_t *t, py_val_t new_fn, size_t nargs,
                         const py_val_t *args, py_val_t kw) {
    py_val_t f = py_descr_get(vm, new_fn, PY_NULL, py_from_obj(t));   // a staticmethod
    if (f == PY_NULL || py_is_a(vm, new_fn, PY_T_function)) f = new_fn;
    return py_class_call_with_self(vm, f, py_from_obj(t), nargs, args, kw);
}

// A class made in Python: __new__ (or the built-in base's make_new), then
// __init__ when the result is an instance of the class.
static py_val_t class_call(py_vm_t *vm, py_type_t *t, size_t nargs, const py_val_t *args,
                           py_val_t kw) {
    py_val_t user_new = py_class_lookup_user(vm, t, vm->names[PY_NAME___new__]);
    py_val_t init = py_type_lookup(vm, t, vm->names[PY_NAME___init__]);
    py_val_t object_init = py_dict_get_name(vm, vm->types[PY_T_object]->dict,
                                            vm->names[PY_NAME___init__]);
    bool has_init = init != PY_NULL && init != object_init;
    bool has_args = nargs > 0 || (kw != PY_NULL && py_tuple_ptr(kw)->len > 0);
    py_val_t obj;
    if (user_new != PY_NULL) {
        obj = call_new(vm, t, user_new, nargs, args, kw);
        if (!py_isinstance(vm, obj, t)) return obj;
    } else {
        py_type_t *solid = py_class_solid_base(t);
        if (solid == vm->types[PY_T_object] && has_args && !has_init)
            py_raise_type_error(vm, "%N() takes no arguments", t->name);
        if (!solid->slots.make_new) py_raise_type_error(vm, "cannot create '%N' instances", t->name);
        obj = solid->slots.make_new(vm, t, nargs, args, kw);
    }
    if (has_init) {
        py_val_t r = py_class_call_with_self(vm, init, obj, nargs, args, kw);
        if (r != PY_NONE) py_raise_type_error(vm, "__init__() should return None, not '%T'", r);
    }
    return obj;
}

static py_val_t type_call(py_vm_t *vm, py_val_t self, size_t nargs, const py_val_t *args,
                          py_val_t kw) {
    py_type_t *t = type_ptr(self);
    if (t->flags & PY_TF_HEAPTYPE) return class_call(vm, t, nargs, args, kw);
    if (!t->slots.make_new) py_raise_type_error(vm, "cannot create '%N' instances", t->name);
    return t->slots.make_new(vm, t, nargs, args, kw);
}

// type(x) or type(name, bases, dict), also for metaclasses deriving from type.
static py_val_t type_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                              py_val_t kw) {
    if (kw != PY_NULL && py_tuple_ptr(kw)->len > 0)
        py_raise_type_error(vm, "type() takes no keyword arguments");
    if (nargs == 1 && type == vm->types[PY_T_type]) return py_from_obj(py_type_of(vm, args[0]));
    if (nargs != 3) py_raise_type_error(vm, "type() takes 1 or 3 arguments");
    if (type == vm->types[PY_T_type]) return py_type_new_class(vm, args[0], args[1], args[2]);
    return new_class(vm, type, args[0], args[1], args[2]);
}

// ---- the type type's other slots --------------------------------------------------------

static void type_mark(py_vm_t *vm, py_obj_t *o) {
    py_type_t *t = (py_type_t *)o;
    py_val_t vals[] = {t->name, t->qualname, t->bases, t->mro, t->dict};
    py_gc_mark_array(vm, vals, sizeof vals / sizeof vals[0]);
    py_gc_mark_ptr(vm, t->base_type);
}

// The __module__ of [t]: its dict's entry, or "builtins" for built-in types.
static py_val_t type_module(py_vm_t *vm, py_type_t *t) {
    py_val_t m = t->dict ? py_dict_get_name(vm, t->dict, vm->names[PY_NAME___module__]) : PY_NULL;
    return m != PY_NULL ? m : vm->names[PY_NAME_builtins];
}

static py_val_t type_repr(py_vm_t *vm, py_val_t self) {
    py_type_t *t = type_ptr(self);
    py_val_t m = type_module(vm, t);
    if (py_is_str(vm, m) && !py_str_equal(m, vm->names[PY_NAME_builtins]))
        return py_str_format_c(vm, "<class '%S.%S'>", m, t->qualname);
    return py_str_format_c(vm, "<class '%S'>", t->qualname);
}

// A class attribute as `A.name` sees it: functions stay plain, classmethods
// bind to the class, staticmethods unwrap, properties are returned as they are.
static py_val_t class_attr(py_vm_t *vm, py_type_t *t, py_val_t v) {
    if (py_is_a(vm, v, PY_T_classmethod) || py_is_a(vm, v, PY_T_staticmethod)) {
        py_val_t r = py_descr_get(vm, v, PY_NULL, py_from_obj(t));
        if (r != PY_NULL) return r;
    }
    return v;
}

static py_val_t type_special_attr(py_vm_t *vm, py_type_t *t, py_val_t name) {
    const py_val_t *n = vm->names;
    if (name == n[PY_NAME___name__]) return t->name;
    if (name == n[PY_NAME___qualname__]) return t->qualname;
    if (name == n[PY_NAME___bases__]) return t->bases;
    if (name == n[PY_NAME___mro__]) return t->mro;
    if (name == n[PY_NAME___dict__]) return py_dict_copy(vm, t->dict);
    return PY_NULL;
}

static py_val_t type_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_type_t *t = type_ptr(self);
    py_val_t v = type_special_attr(vm, t, name);
    if (v != PY_NULL) return v;
    v = py_type_lookup(vm, t, name);
    if (v != PY_NULL) return class_attr(vm, t, v);
    if (name == vm->names[PY_NAME___module__]) return type_module(vm, t);
    if (name == vm->names[PY_NAME___doc__]) return PY_NONE;
    if (!strcmp(py_str_data(name), "__base__"))
        return t->base_type ? py_from_obj(t->base_type) : PY_NONE;
    return PY_NULL;
}

static bool type_setattr(py_vm_t *vm, py_val_t self, py_val_t name, py_val_t value) {
    py_type_t *t = type_ptr(self);
    if (!(t->flags & PY_TF_HEAPTYPE))
        py_raise_type_error(vm, "cannot set '%N' attribute of immutable type '%N'", name, t->name);
    if (name == vm->names[PY_NAME___name__] && value != PY_NULL && py_is_str(vm, value)) {
        t->name = py_str_intern_val(vm, value);
        return true;
    }
    if (value == PY_NULL) {
        if (py_dict_remove(vm, t->dict, name) == PY_NULL)
            py_raise_fmt(vm, PY_EXC_AttributeError, "type object '%N' has no attribute '%N'",
                         t->name, name);
    } else {
        py_dict_set_name(vm, t->dict, name, value);
    }
    py_type_modified(vm, t);
    if (py_str_len(name) > 4 && !strncmp(py_str_data(name), "__", 2)) py_class_init_slots(vm, t);
    return true;
}

static py_val_t type_mro_method(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs;
    (void)kw;
    if (!is_type(vm, args[0])) py_raise_type_error(vm, "descriptor 'mro' requires a 'type' object");
    return py_list_new(vm, py_tuple_ptr(type_ptr(args[0])->mro)->len,
                       py_tuple_ptr(type_ptr(args[0])->mro)->items);
}

static const py_method_def_t type_methods[] = {
    {"mro", type_mro_method, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_type_spec = {
    .name = "type",
    .base = PY_T_object,
    .basicsize = sizeof(py_type_t),
    .flags = PY_TF_BASETYPE,
    .slots = {
        .mark = type_mark,
        .make_new = type_make_new,
        .call = type_call,
        .repr = type_repr,
        .getattr = type_getattr,
        .setattr = type_setattr,
    },
    .methods = type_methods,
};
