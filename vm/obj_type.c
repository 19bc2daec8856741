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
#include "frame.h"
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
    t->operators = spec->operators;
    t->serial = ++vm->type_serial;
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

// T.__new__(cls, ...) of a built-in type T: a builtin bound to T, so one C
// function serves every type, as CPython's "built-in method __new__ of type object".
static py_val_t m_builtin_new(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    py_type_t *owner = type_ptr(args[0]);
    if (nargs < 2) py_raise_type_error(vm, "%N.__new__(): not enough arguments", owner->name);
    if (!is_type(vm, args[1]) && !(py_is_obj(args[1]) && py_isinstance(vm, args[1], vm->types[PY_T_type])))
        py_raise_type_error(vm, "%N.__new__(X): X is not a type object (%T)", owner->name, args[1]);
    py_type_t *cls = type_ptr(args[1]), *solid = py_class_solid_base(cls);
    if (!py_is_subtype(cls, owner))
        py_raise_type_error(vm, "%N.__new__(%N): %N is not a subtype of %N", owner->name, cls->name,
                            cls->name, owner->name);
    if (solid->slots.make_new != owner->slots.make_new)
        py_raise_type_error(vm, "%N.__new__(%N) is not safe, use %N.__new__()", owner->name,
                            cls->name, solid->name);
    return owner->slots.make_new(vm, cls, nargs - 2, args + 2, kw);
}

static const py_method_def_t builtin_new_def = {"__new__", m_builtin_new, 1, PY_VARARGS,
                                                PY_METH_KEYWORDS};

void py_type_finish(py_vm_t *vm, py_type_t *t, const py_type_spec_t *spec) {
    t->name = py_str_intern_c(vm, spec->name);
    t->qualname = t->name;
    t->bases = t->base_type ? py_tuple_new(vm, 1, &(py_val_t){py_from_obj(t->base_type)})
                            : py_tuple_new(vm, 0, NULL);
    t->mro = single_mro(vm, t);
    t->dict = py_dict_new(vm);
    for (const py_method_def_t *m = spec->methods; m && m->name; m++)
        py_dict_set_name(vm, t->dict, py_str_intern_c(vm, m->name), method_value(vm, t, m));
    // A type that makes its instances its own way gets its own __new__.
    py_val_t new_name = py_str_intern_c(vm, "__new__");
    if (spec->slots.make_new && t->base_type && t->base_type->slots.make_new != spec->slots.make_new &&
        py_dict_get_name(vm, t->dict, new_name) == PY_NULL)
        py_dict_set_name(vm, t->dict, new_name, py_builtin_new(vm, &builtin_new_def, py_from_obj(t)));
    // Every exception type shares BaseException's slots; the spec it was
    // made from is a temporary copy. The slots' wrappers are made on first need.
    t->pending_slots = (spec->flags & PY_TF_EXCEPTION) ? &py_BaseException_spec.slots : &spec->slots;
}

py_type_t *py_type_from_spec(py_vm_t *vm, const py_type_spec_t *spec, py_type_t *base) {
    py_type_t *t = py_type_alloc(vm, spec, base);
    py_type_finish(vm, t, spec);
    return t;
}

void py_type_modified(py_vm_t *vm, py_type_t *type) {
    type->version++;
    vm->lookup_epoch++;
    if (type->flags & PY_TF_HAS_SUBCLASS) vm->class_epoch++;   // subclasses' caches are stale too
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

py_val_t *py_instance_dict_expose(py_vm_t *vm, py_val_t obj) {
    py_val_t *field = py_instance_dict_field(vm, obj);
    if (field) py_type_of(vm, obj)->flags &= ~PY_TF_NO_SHADOW;
    return field;
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
// layout (a built-in, or a class that added slots). Two unrelated layouts
// cannot be combined.
static py_type_t *best_base(py_vm_t *vm, py_val_t bases) {
    py_tuple_t *bt = py_tuple_ptr(bases);
    py_type_t *best = type_ptr(bt->items[0]), *solid = py_slots_solid(best);
    for (size_t i = 1; i < bt->len; i++) {
        py_type_t *b = type_ptr(bt->items[i]), *s = py_slots_solid(b);
        if (py_is_subtype(solid, s)) continue;
        if (!py_is_subtype(s, solid))
            py_raise_type_error(vm, "multiple bases have instance lay-out conflict");
        best = b;
        solid = s;
    }
    return best;
}

// Instances of a class get the base's layout plus a dict field (unless the
// base has one): after variable-size data (tuple items, str text) at an
// offset that differs per instance (py_instance_dict_field), else at the end.
static void set_layout(py_type_t *t, py_type_t *base) {
    t->basicsize = base->basicsize;
    t->dictoffset = base->dictoffset;
    if (base->dictoffset) return;
    if (base->slots.var_size) {
        t->dictoffset = base->basicsize;
    } else {
        t->dictoffset = align_val(base->basicsize);
        t->basicsize = t->dictoffset + sizeof(py_val_t);
    }
}

py_type_t *py_type_calc_meta(py_vm_t *vm, py_type_t *meta, py_val_t bases) {
    py_tuple_t *bt = py_tuple_ptr(bases);
    for (size_t i = 0; i < bt->len; i++) {
        py_type_t *m = py_type_of(vm, bt->items[i]);
        if (py_is_subtype(meta, m)) continue;
        if (!py_is_subtype(m, meta))
            py_raise_type_error(vm, "metaclass conflict: the metaclass of a derived class must be a "
                                    "(non-strict) subclass of the metaclasses of all its bases");
        meta = m;
    }
    return meta;
}

// Wraps a plain function stored under [id] in [kind] (staticmethod or
// classmethod): __new__, __init_subclass__ and __class_getitem__ are
// implicitly so. May allocate.
static void wrap_implicit(py_vm_t *vm, py_type_t *t, py_name_id_t id, py_type_id_t kind) {
    py_val_t f = py_dict_get_name(vm, t->dict, vm->names[id]);
    if (f != PY_NULL && py_is_a(vm, f, PY_T_function))
        py_dict_set_name(vm, t->dict, vm->names[id], py_call1(vm, py_from_obj(vm->types[kind]), f));
}

// The module name a class made by type(name, bases, dict) gets: the calling
// code's, or PY_NULL outside any frame. Never raises; does not allocate.
static py_val_t caller_module(py_vm_t *vm) {
    if (!vm->frame) return PY_NULL;
    return py_dict_get_name(vm, vm->frame->globals, vm->names[PY_NAME___name__]);
}

// Fills the namespace entries type.__new__ derives: __qualname__ (removed
// from the dict), __module__, and the implicit method wrappers.
// Raises TypeError for a __qualname__ that is not a str; may allocate.
static void init_namespace(py_vm_t *vm, py_type_t *t) {
    py_val_t qn = py_dict_remove(vm, t->dict, vm->names[PY_NAME___qualname__]);
    if (qn != PY_NULL && !py_is_str(vm, qn))
        py_raise_type_error(vm, "type __qualname__ must be a str, not %T", qn);
    t->qualname = qn != PY_NULL ? qn : t->name;
    if (py_dict_get_name(vm, t->dict, vm->names[PY_NAME___module__]) == PY_NULL) {
        py_val_t m = caller_module(vm);
        if (m != PY_NULL) py_dict_set_name(vm, t->dict, vm->names[PY_NAME___module__], m);
    }
    wrap_implicit(vm, t, PY_NAME___new__, PY_T_staticmethod);
    wrap_implicit(vm, t, PY_NAME___init_subclass__, PY_T_classmethod);
    wrap_implicit(vm, t, PY_NAME___class_getitem__, PY_T_classmethod);
}

typedef struct set_name_call {
    py_val_t hook, value, args[2];
} set_name_call_t;

static void run_set_name(py_vm_t *vm, void *ud) {
    set_name_call_t *c = ud;
    py_class_call_with_self(vm, c->hook, c->value, 2, c->args, PY_NULL);
}

// Calls value.__set_name__(cls, name) for each namespace entry whose type
// has one; an error is raised as CPython 3.11's RuntimeError caused by it.
// May allocate.
static bool wants_set_name(py_vm_t *vm, py_val_t v) {
    return py_is_obj(v) && (py_type_attr_flags(vm, py_obj(v)->type) & PY_TA_SET_NAME);
}

static void call_set_names(py_vm_t *vm, py_type_t *t) {
    size_t pos = 0;
    py_dict_entry_t *e;
    while ((e = py_dict_next(t->dict, &pos)) != NULL && !wants_set_name(vm, e->value)) {}
    if (e == NULL) return;   // the common case: nothing to call, nothing to copy
    // The hooks may change the namespace: walk a copy of its items.
    py_val_t items = py_list_from_iter(vm, py_dict_view_new(vm, t->dict, PY_DICT_ITEMS));
    py_list_t *l = py_list_ptr(items);
    for (size_t i = 0; i < l->len; i++) {
        py_tuple_t *kv = py_tuple_ptr(l->items[i]);
        py_val_t v = kv->items[1];
        if (!wants_set_name(vm, v)) continue;
        py_val_t hook = py_type_lookup(vm, py_type_of(vm, v), vm->names[PY_NAME___set_name__]);
        if (hook == PY_NULL) continue;
        set_name_call_t c = {hook, v, {py_from_obj(t), kv->items[0]}};
        if (py_pcall(vm, run_set_name, &c) == 0) continue;
        // 3.11 reports the failing attribute in a RuntimeError caused by the error.
        py_val_t cause = vm->exc;
        vm->exc = PY_NULL;
        py_val_t msg = py_str_format_c(vm, "Error calling __set_name__ on '%T' instance %R in '%N'",
                                       v, kv->items[0], t->name);
        py_val_t err = py_exc_new(vm, PY_EXC_RuntimeError, py_tuple_new(vm, 1, &msg));
        py_exc_ptr(err)->cause = cause;
        py_exc_ptr(err)->suppress_context = true;
        py_raise(vm, err);
    }
}

// super(t, t).__init_subclass__(**kw): the first definition after [t] in
// its MRO. Raises what it raises; may allocate.
static void call_init_subclass(py_vm_t *vm, py_type_t *t, const py_val_t *kwvals, py_val_t kwnames) {
    py_tuple_t *mro = py_tuple_ptr(t->mro);
    for (size_t i = 1; i < mro->len; i++) {
        py_val_t f = py_dict_get_name(vm, type_ptr(mro->items[i])->dict,
                                      vm->names[PY_NAME___init_subclass__]);
        if (f == PY_NULL) continue;
        bool has_kw = kwnames != PY_NULL && py_tuple_ptr(kwnames)->len > 0;
        if (!has_kw && type_ptr(mro->items[i]) == vm->types[PY_T_object]) return;   // does nothing
        py_val_t bound = py_is_obj(f) ? py_descr_invoke_get(vm, f, PY_NULL, py_from_obj(t)) : f;
        py_call(vm, bound, 0, kwvals, kwnames);
        return;
    }
}

static void check_new_args(py_vm_t *vm, py_val_t name, py_val_t bases, py_val_t ns) {
    if (!py_is_str(vm, name)) py_raise_type_error(vm, "type.__new__() argument 1 must be str, not %T", name);
    if (!py_is_a(vm, bases, PY_T_tuple)) py_raise_type_error(vm, "type.__new__() argument 2 must be tuple, not %T", bases);
    if (!py_is_a(vm, ns, PY_T_dict)) py_raise_type_error(vm, "type.__new__() argument 3 must be dict, not %T", ns);
}

// type.__new__(meta, name, bases, ns, **kw): makes the class, then runs the
// __set_name__ hooks of its attributes and its bases' __init_subclass__(**kw).
// Raises TypeError for bad arguments, bases or layouts; may allocate.
static py_val_t new_class(py_vm_t *vm, py_type_t *meta, py_val_t name, py_val_t bases, py_val_t ns,
                          const py_val_t *kwvals, py_val_t kwnames) {
    check_new_args(vm, name, bases, ns);
    meta = py_type_calc_meta(vm, meta, bases);
    if (py_tuple_ptr(bases)->len == 0) bases = py_tuple_new(vm, 1, &(py_val_t){py_from_obj(vm->types[PY_T_object])});
    check_bases(vm, bases);
    py_type_t *base = best_base(vm, bases);
    size_t size = meta->basicsize > sizeof(py_type_t) ? meta->basicsize : sizeof(py_type_t);
    py_type_t *t = py_gc_new(vm, meta, size);   // a metaclass may add a dict field
    t->name = py_str_intern_val(vm, name);
    t->bases = bases;
    t->base_type = base;
    t->id = base->id;
    t->operators = base->operators;   // a += b stays in place for a class of list or array
    t->flags = PY_TF_HEAPTYPE | PY_TF_BASETYPE | (base->flags & PY_TF_EXCEPTION);
    // No instance exists yet, so none shadows a class name. Exceptions' C
    // code writes their dicts directly (name, errno, __notes__): never for them.
    if (!(t->flags & PY_TF_EXCEPTION)) t->flags |= PY_TF_NO_SHADOW;
    t->serial = ++vm->type_serial;
    t->dict = py_dict_copy(vm, ns);
    py_val_t cell = py_dict_remove(vm, t->dict, vm->names[PY_NAME___classcell__]);
    init_namespace(vm, t);
    py_val_t slots = py_dict_get_name(vm, t->dict, vm->names[PY_NAME___slots__]);
    if (slots != PY_NULL)
        py_slots_layout(vm, t, base, slots);
    else
        set_layout(t, base);
    py_slots_add_getsets(vm, t, base, slots != PY_NULL);
    if (py_dict_get_name(vm, t->dict, vm->names[PY_NAME___doc__]) == PY_NULL)   // last, as CPython
        py_dict_set_name(vm, t->dict, vm->names[PY_NAME___doc__], PY_NONE);
    t->mro = c3_mro(vm, t, bases);
    for (size_t i = 1; i < py_tuple_ptr(t->mro)->len; i++)
        type_ptr(py_tuple_ptr(t->mro)->items[i])->flags |= PY_TF_HAS_SUBCLASS;
    py_class_init_slots(vm, t);
    if (cell != PY_NULL) {
        if (!py_is_a(vm, cell, PY_T_cell))
            py_raise_type_error(vm, "__classcell__ must be a nonlocal cell, not %T", cell);
        py_cell_ptr(cell)->value = py_from_obj(t);
    }
    call_set_names(vm, t);
    call_init_subclass(vm, t, kwvals, kwnames);
    return py_from_obj(t);
}

py_val_t py_type_new_class(py_vm_t *vm, py_val_t name, py_val_t bases, py_val_t ns) {
    return new_class(vm, vm->types[PY_T_type], name, bases, ns, NULL, PY_NULL);
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

// type(x), or type(name, bases, dict, **kw) (also for metaclasses deriving from type).
static py_val_t type_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                              py_val_t kw) {
    bool has_kw = kw != PY_NULL && py_tuple_ptr(kw)->len > 0;
    if (nargs == 1 && !has_kw && type == vm->types[PY_T_type])
        return py_from_obj(py_type_of(vm, args[0]));
    if (nargs != 3) {
        if (type == vm->types[PY_T_type] && has_kw && nargs == 1)
            py_raise_type_error(vm, "type() takes no keyword arguments");
        py_raise_type_error(vm, "type() takes 1 or 3 arguments");
    }
    // type(name, bases, ns) with a base whose metaclass is more derived
    // creates the class through that metaclass, its __new__ and __init__ included.
    if (py_is_a(vm, args[1], PY_T_tuple)) {
        py_type_t *winner = py_type_calc_meta(vm, type, args[1]);
        if (winner != type) return type_call(vm, py_from_obj(winner), nargs, args, kw);
    }
    return new_class(vm, type, args[0], args[1], args[2], args + 3, has_kw ? kw : PY_NULL);
}

// ---- the type type's other slots --------------------------------------------------------

static void type_mark(py_vm_t *vm, py_obj_t *o) {
    py_type_t *t = (py_type_t *)o;
    py_val_t vals[] = {t->name, t->qualname, t->bases, t->mro, t->dict};
    py_gc_mark_array(vm, vals, sizeof vals / sizeof vals[0]);
    py_gc_mark_ptr(vm, t->base_type);
    // A metaclass's instances may carry slots or a dict field after the type's fields.
    if (t->base.type && t->base.type->basicsize > sizeof(py_type_t)) py_slots_mark(vm, o);
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

static py_val_t type_special_attr(py_vm_t *vm, py_type_t *t, py_val_t name) {
    const py_val_t *n = vm->names;
    if (name == n[PY_NAME___name__]) return t->name;
    if (name == n[PY_NAME___qualname__]) return t->qualname;
    if (name == n[PY_NAME___bases__]) return t->bases;
    if (name == n[PY_NAME___mro__]) return t->mro;
    if (name == n[PY_NAME___dict__]) {
        py_slotwrap_materialise(vm, t);   // the view shows the wrappers too
        return py_mappingproxy_new(vm, t->dict);
    }
    return PY_NULL;
}

// C.name: the class's own MRO, where descriptors get (None, C): functions
// stay plain, classmethods bind to C, staticmethods unwrap, properties and
// other descriptors decide for themselves.
static py_val_t type_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    py_type_t *t = type_ptr(self);
    py_val_t v = type_special_attr(vm, t, name);
    if (v != PY_NULL) return v;
    py_type_t *owner;
    v = py_type_lookup_owner(vm, t, name, &owner);
    if (v != PY_NULL) {
        if (!py_is_obj(v) || !(py_type_attr_flags(vm, py_obj(v)->type) & PY_TA_DESCR_GET)) return v;
        return py_descr_invoke_get(vm, v, PY_NULL, self);
    }
    if (name == vm->names[PY_NAME___module__]) return type_module(vm, t);
    if (name == vm->names[PY_NAME___doc__]) return PY_NONE;
    if (py_str_eq_c(name, "__base__"))
        return t->base_type ? py_from_obj(t->base_type) : PY_NONE;
    return PY_NULL;
}

// __name__ and __qualname__ live in the type object, not in its dict.
static bool set_name_attr(py_vm_t *vm, py_type_t *t, py_val_t name, py_val_t value) {
    bool is_name = name == vm->names[PY_NAME___name__];
    if (!is_name && name != vm->names[PY_NAME___qualname__]) return false;
    if (value == PY_NULL)
        py_raise_type_error(vm, "cannot delete '%N' attribute of immutable type '%N'", name, t->name);
    if (!py_is_str(vm, value))
        py_raise_type_error(vm, "can only assign string to %N.%N, not '%T'", t->name, name, value);
    if (is_name) t->name = py_str_intern_val(vm, value);
    else t->qualname = value;
    return true;
}

static void update_slots(py_vm_t *vm, py_type_t *t);
static py_val_t find_subclasses(py_vm_t *vm, py_type_t *base, bool direct);

typedef struct mro_job {
    py_type_t *type;
    py_val_t subs, mros;   // the descendants, and their new MROs in the same order
    py_val_t mro;          // the type's own new MRO
} mro_job_t;

// The new MROs after a change of [type]'s bases. A descendant's bases' MROs
// may be new too: they are computed in creation order, each new MRO in place
// while later ones are computed, then all put back. Raises TypeError for an
// inconsistent order; may allocate.
static void compute_mros(py_vm_t *vm, void *ud) {
    mro_job_t *j = ud;
    j->mro = c3_mro(vm, j->type, j->type->bases);
    py_list_t *l = py_list_ptr(j->subs);
    py_val_t saved = j->type->mro;
    j->type->mro = j->mro;
    py_val_t *old = py_gc_new_values(vm, l->len + 1);
    size_t done = 0;
    for (; done < l->len; done++) {
        py_type_t *sub = type_ptr(l->items[done]);
        py_val_t m = c3_mro(vm, sub, sub->bases);
        py_list_append(vm, j->mros, m);
        old[done] = sub->mro;
        sub->mro = m;
    }
    for (size_t i = 0; i < done; i++) type_ptr(l->items[i])->mro = old[i];
    j->type->mro = saved;
}

// C.__bases__ = (...): checked as a class statement would be, with the same
// layout as before; every new MRO is computed before any is changed, so an
// inconsistent order changes nothing. Raises TypeError; may allocate.
static void set_bases(py_vm_t *vm, py_type_t *t, py_val_t value) {
    if (!py_is_a(vm, value, PY_T_tuple))
        py_raise_type_error(vm, "can only assign tuple to %N.__bases__, not %T", t->name, value);
    if (py_tuple_ptr(value)->len == 0)
        py_raise_type_error(vm, "can only assign non-empty tuple to %N.__bases__, not ()", t->name);
    for (size_t i = 0; i < py_tuple_ptr(value)->len; i++) {
        py_val_t b = py_tuple_ptr(value)->items[i];
        if (!is_type(vm, b))
            py_raise_type_error(vm, "%N.__bases__ must be tuple of classes, not '%T'", t->name, b);
        if (py_is_subtype(type_ptr(b), t))
            py_raise_type_error(vm, "a __bases__ item causes an inheritance cycle");
    }
    check_bases(vm, value);
    py_type_t *base = best_base(vm, value);
    if (py_class_solid_base(base) != py_class_solid_base(t->base_type))
        py_raise_type_error(vm, "__bases__ assignment: '%N' deallocator differs from '%N'",
                            base->name, t->base_type->name);
    if (py_slots_solid(base) != py_slots_solid(t->base_type) || base->dictoffset != t->base_type->dictoffset)
        py_raise_type_error(vm, "__bases__ assignment: '%N' object layout differs from '%N'",
                            base->name, t->base_type->name);
    mro_job_t j = {t, find_subclasses(vm, t, false), py_list_new(vm, 0, NULL), PY_NULL};
    py_val_t old_bases = t->bases;
    t->bases = value;   // the new MROs are computed from it
    if (py_pcall(vm, compute_mros, &j) != 0) {
        t->bases = old_bases;
        py_raise(vm, vm->exc);
    }
    t->base_type = base;
    t->mro = j.mro;
    py_list_t *l = py_list_ptr(j.subs);
    for (size_t i = 0; i < l->len; i++) {
        type_ptr(l->items[i])->mro = py_list_ptr(j.mros)->items[i];
        // Names the new bases bring may be keys their instances already hold.
        type_ptr(l->items[i])->flags &= ~PY_TF_NO_SHADOW;
    }
    t->flags &= ~PY_TF_NO_SHADOW;
    for (size_t i = 1; i < py_tuple_ptr(j.mro)->len; i++)
        type_ptr(py_tuple_ptr(j.mro)->items[i])->flags |= PY_TF_HAS_SUBCLASS;
    vm->attr_epoch++;   // the hooks along the MROs may differ now
    py_type_modified(vm, t);
    update_slots(vm, t);
}

// The attributes type itself defines as read-only or undeletable, with
// CPython's errors. Returns without raising for every other name.
static void check_type_special(py_vm_t *vm, py_type_t *t, py_val_t name, py_val_t value) {
    if (name == vm->names[PY_NAME___mro__]) py_raise_fmt(vm, PY_EXC_AttributeError, "readonly attribute");
    if (name == vm->names[PY_NAME___dict__])
        py_raise_fmt(vm, PY_EXC_AttributeError, "attribute '__dict__' of 'type' objects is not writable");
    if (value == PY_NULL && (name == vm->names[PY_NAME___module__] || name == vm->names[PY_NAME___doc__] ||
                             name == vm->names[PY_NAME___bases__]))
        py_raise_type_error(vm, "cannot delete '%N' attribute of immutable type '%N'", name, t->name);
}

// A name new to [t]'s MRO: instances of [t] or of a class deriving from it
// may already hold it as a key, now shadowing it. Walks the heap only when
// [t] has subclasses. May allocate.
static void name_added(py_vm_t *vm, py_type_t *t) {
    t->flags &= ~PY_TF_NO_SHADOW;
    if (!(t->flags & PY_TF_HAS_SUBCLASS)) return;
    py_list_t *l = py_list_ptr(find_subclasses(vm, t, false));
    for (size_t i = 0; i < l->len; i++) type_ptr(l->items[i])->flags &= ~PY_TF_NO_SHADOW;
}

static bool type_setattr(py_vm_t *vm, py_val_t self, py_val_t name, py_val_t value) {
    py_type_t *t = type_ptr(self);
    if (!(t->flags & PY_TF_HEAPTYPE))
        py_raise_type_error(vm, "cannot set '%N' attribute of immutable type '%N'", name, t->name);
    check_type_special(vm, t, name, value);
    if (set_name_attr(vm, t, name, value)) return true;
    if (name == vm->names[PY_NAME___bases__]) {
        set_bases(vm, t, value);
        return true;
    }
    if (value != PY_NULL && py_type_lookup(vm, t, name) == PY_NULL) name_added(vm, t);
    if (value == PY_NULL) {
        if (py_dict_remove(vm, t->dict, name) == PY_NULL)
            py_raise_fmt(vm, PY_EXC_AttributeError, "type object '%N' has no attribute '%N'",
                         t->name, name);
    } else {
        py_dict_set_name(vm, t->dict, name, value);
    }
    py_type_modified(vm, t);
    py_type_attr_changed(vm, name);
    if (py_str_len(name) > 4 && !strncmp(py_str_bytes(name), "__", 2)) update_slots(vm, t);
    return true;
}

// C[key]: the class's __class_getitem__ (an implicit classmethod). Raises
// TypeError when it has none; may allocate.
static py_val_t type_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    py_val_t f = py_type_lookup(vm, type_ptr(self), vm->names[PY_NAME___class_getitem__]);
    if (f == PY_NULL) py_raise_type_error(vm, "type '%N' is not subscriptable", type_ptr(self)->name);
    if (py_is_obj(f)) f = py_descr_invoke_get(vm, f, PY_NULL, self);
    return py_call1(vm, f, key);
}

// ---- isinstance and issubclass ------------------------------------------------------------

// A metaclass's Python __instancecheck__ / __subclasscheck__, or PY_NULL.
// Never raises; does not allocate.
static py_val_t check_hook(py_vm_t *vm, py_val_t cls, py_name_id_t id) {
    py_type_t *meta = py_type_of(vm, cls);
    if (!(meta->flags & PY_TF_HEAPTYPE)) return PY_NULL;
    return py_class_lookup_user(vm, meta, vm->names[id]);
}

// isinstance through obj.__class__ when a class overrides it, for an [x]
// of type [t] whose MRO lacks [cls]. May raise (a __class__ property); may allocate.
static bool class_attr_instancecheck(py_vm_t *vm, py_val_t x, py_type_t *t, py_type_t *cls) {
    if (!(t->flags & PY_TF_HEAPTYPE)) return false;
    // Only a class attribute or a lookup hook can make obj.__class__ differ from type(obj).
    if (!(py_type_attr_flags(vm, t) & (PY_TA_GETATTRIBUTE | PY_TA_GETATTR | PY_TA_CLASS_ATTR)))
        return false;
    py_val_t c = py_getattr_opt(vm, x, vm->names[PY_NAME___class__]);
    return c != PY_NULL && c != py_from_obj(t) && is_type(vm, c) && py_is_subtype(type_ptr(c), cls);
}

// isinstance by the MRO, then by obj.__class__. May raise; may allocate.
static bool default_instancecheck(py_vm_t *vm, py_val_t x, py_type_t *cls) {
    py_type_t *t = py_type_of(vm, x);
    return py_is_subtype(t, cls) || class_attr_instancecheck(vm, x, t, cls);
}

bool py_type_instancecheck(py_vm_t *vm, py_val_t x, py_val_t cls) {
    py_type_t *t = py_type_of(vm, x), *c = type_ptr(cls);
    if (t == c) return true;
    if (py_obj(cls)->type == vm->types[PY_T_type])   // no metaclass hook: the common case
        return py_is_subtype(t, c) || class_attr_instancecheck(vm, x, t, c);
    py_val_t hook = check_hook(vm, cls, PY_NAME___instancecheck__);
    if (hook != PY_NULL) return py_truthy(vm, py_class_call_with_self(vm, hook, cls, 1, &x, PY_NULL));
    return default_instancecheck(vm, x, type_ptr(cls));
}

bool py_type_subclasscheck(py_vm_t *vm, py_val_t sub, py_val_t cls) {
    py_val_t hook = check_hook(vm, cls, PY_NAME___subclasscheck__);
    if (hook != PY_NULL) return py_truthy(vm, py_class_call_with_self(vm, hook, cls, 1, &sub, PY_NULL));
    if (!is_type(vm, sub) && !py_isinstance(vm, sub, vm->types[PY_T_type]))
        py_raise_type_error(vm, "issubclass() arg 1 must be a class");
    return py_is_subtype(type_ptr(sub), type_ptr(cls));
}

// ---- type's methods -----------------------------------------------------------------------

static py_type_t *type_arg(py_vm_t *vm, py_val_t v, const char *what) {
    if (!py_is_obj(v) || !py_isinstance(vm, v, vm->types[PY_T_type]))
        py_raise_type_error(vm, "descriptor '%s' requires a 'type' object but received a '%T'", what, v);
    return type_ptr(v);
}

static py_val_t type_mro_method(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs;
    (void)kw;
    py_type_t *t = type_arg(vm, args[0], "mro");
    return py_list_new(vm, py_tuple_ptr(t->mro)->len, py_tuple_ptr(t->mro)->items);
}

// type.__new__(meta, name, bases, ns, **kw), which metaclasses reach through super().
static py_val_t m_type_new(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    if (nargs == 0) py_raise_type_error(vm, "type.__new__(): not enough arguments");
    if (!py_is_obj(args[0]) || !py_isinstance(vm, args[0], vm->types[PY_T_type]))
        py_raise_type_error(vm, "type.__new__(X): X is not a type object (%T)", args[0]);
    py_type_t *meta = type_ptr(args[0]);
    if (!py_is_subtype(meta, vm->types[PY_T_type]))
        py_raise_type_error(vm, "type.__new__(%N): %N is not a subtype of type", meta->name, meta->name);
    // A more derived metaclass's own __new__ (only: this is no call of the class).
    if (nargs == 4 && py_is_a(vm, args[2], PY_T_tuple)) {
        py_type_t *winner = py_type_calc_meta(vm, meta, args[2]);
        py_val_t user_new = winner != meta ? py_class_lookup_user(vm, winner, vm->names[PY_NAME___new__])
                                           : PY_NULL;
        if (user_new != PY_NULL) return call_new(vm, winner, user_new, nargs - 1, args + 1, kw);
        meta = winner;
    }
    bool has_kw = kw != PY_NULL && py_tuple_ptr(kw)->len > 0;
    if (nargs == 4) return new_class(vm, meta, args[1], args[2], args[3], args + 4, has_kw ? kw : PY_NULL);
    return type_make_new(vm, meta, nargs - 1, args + 1, kw);
}

static py_val_t m_type_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)args;
    if (nargs == 2 && kw != PY_NULL && py_tuple_ptr(kw)->len > 0)
        py_raise_type_error(vm, "type.__init__() takes no keyword arguments");
    if (nargs != 2 && nargs != 4) py_raise_type_error(vm, "type.__init__() takes 1 or 3 arguments");
    return PY_NONE;
}

static py_val_t m_type_call(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    type_arg(vm, args[0], "__call__");
    return type_call(vm, args[0], nargs - 1, args + 1, kw);
}

static py_val_t m_type_prepare(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)args, (void)kw;
    return py_dict_new(vm);
}

static py_val_t m_instancecheck(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return py_bool(default_instancecheck(vm, args[1], type_arg(vm, args[0], "__instancecheck__")));
}

static py_val_t m_subclasscheck(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    py_type_t *t = type_arg(vm, args[0], "__subclasscheck__");
    if (!py_is_obj(args[1]) || !py_isinstance(vm, args[1], vm->types[PY_T_type]))
        py_raise_type_error(vm, "issubclass() arg 1 must be a class");
    return py_bool(py_is_subtype(type_ptr(args[1]), t));
}

// __subclasses__() finds the classes whose __bases__ name a class by walking
// the heap, so types keep no list of subclasses that would keep dead classes
// alive; so does updating the slots of a class's descendants.
typedef struct subclass_scan {
    py_type_t *type, *base;   // `type` itself, and the class whose subclasses we want
    bool direct;              // only those naming [base] in __bases__ (else: in __mro__)
    py_val_t *out;            // NULL while counting
    size_t n, cap;
} subclass_scan_t;

static bool derives(py_type_t *t, py_type_t *base, bool direct) {
    py_tuple_t *b = py_tuple_ptr(direct ? t->bases : t->mro);
    for (size_t i = direct ? 0 : 1; i < b->len; i++)
        if (b->items[i] == py_from_obj(base)) return true;
    return false;
}

static void scan_subclass(py_vm_t *vm, py_obj_t *o, void *ud) {
    (void)vm;
    subclass_scan_t *s = ud;
    py_type_t *meta = o->type;
    if (!meta || (meta != s->type && !(meta->flags & PY_TF_HEAPTYPE))) return;
    if (meta != s->type && !py_is_subtype(meta, s->type)) return;
    py_type_t *t = (py_type_t *)o;
    if (t->bases == PY_NULL || t->mro == PY_NULL || t == s->base) return;
    if (!derives(t, s->base, s->direct)) return;
    if (s->out && s->n < s->cap) s->out[s->n] = py_from_obj(t);
    s->n++;
}

// The subclasses (direct, or all descendants) of [base] in creation order,
// as a list. Never raises but MemoryError; may allocate.
static py_val_t find_subclasses(py_vm_t *vm, py_type_t *base, bool direct) {
    subclass_scan_t s = {vm->types[PY_T_type], base, direct, NULL, 0, 0};
    py_gc_each_object(vm, scan_subclass, &s);
    py_val_t *out = py_gc_new_values(vm, s.n + 1);   // may collect: the second pass may find fewer
    s.out = out;
    s.cap = s.n;
    s.n = 0;
    py_gc_each_object(vm, scan_subclass, &s);
    size_t n = s.n < s.cap ? s.n : s.cap;
    for (size_t i = 1; i < n; i++)   // creation order: insertion sort by serial
        for (size_t j = i; j > 0 && type_ptr(out[j - 1])->serial > type_ptr(out[j])->serial; j--) {
            py_val_t x = out[j];
            out[j] = out[j - 1];
            out[j - 1] = x;
        }
    return py_list_new(vm, n, out);
}

static py_val_t m_subclasses(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)nargs, (void)kw;
    return find_subclasses(vm, type_arg(vm, args[0], "__subclasses__"), true);
}

// A dunder assigned to or deleted from [t] changes the C slots of [t] and of
// every class deriving from it; bases come first (creation order), as each
// class's slots start from its base's. May allocate.
static void update_slots(py_vm_t *vm, py_type_t *t) {
    py_class_init_slots(vm, t);
    if (!(t->flags & PY_TF_HAS_SUBCLASS)) return;   // the common case: no walk of the heap
    py_val_t subs = find_subclasses(vm, t, false);
    py_list_t *l = py_list_ptr(subs);
    for (size_t i = 0; i < l->len; i++) py_class_init_slots(vm, type_ptr(l->items[i]));
}

// type.__setattr__ / type.__delattr__, which a metaclass's own reaches through super().
static py_val_t m_type_setattr(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kw) {
    (void)kw;
    type_arg(vm, args[0], nargs == 3 ? "__setattr__" : "__delattr__");
    if (!py_is_str(vm, args[1]))
        py_raise_type_error(vm, "attribute name must be string, not '%T'", args[1]);
    py_object_setattr_generic(vm, args[0], py_str_intern_val(vm, args[1]), nargs == 3 ? args[2] : PY_NULL);
    return PY_NONE;
}

static const py_method_def_t type_methods[] = {
    {"__setattr__", m_type_setattr, 3, 3, 0},
    {"__delattr__", m_type_setattr, 2, 2, 0},
    {"mro", type_mro_method, 1, 1, 0},
    {"__new__", m_type_new, 0, PY_VARARGS, PY_METH_STATIC | PY_METH_KEYWORDS},
    {"__init__", m_type_init, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"__call__", m_type_call, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"__prepare__", m_type_prepare, 1, PY_VARARGS, PY_METH_CLASS | PY_METH_KEYWORDS},
    {"__instancecheck__", m_instancecheck, 2, 2, 0},
    {"__subclasscheck__", m_subclasscheck, 2, 2, 0},
    {"__subclasses__", m_subclasses, 1, 1, 0},
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
        .getitem = type_getitem,
    },
    .methods = type_methods,
};
