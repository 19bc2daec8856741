// vm/runtime_attr.c: attribute access (obj.name), method lookup and the class hooks.
// Layer: vm core (runtime). The generic algorithm is object's, in vm/obj_object.c.
// SPDX-License-Identifier: MIT
//
// A class may override __getattribute__, __getattr__, __setattr__ and
// __delattr__. Which of them a type's MRO defines is cached in its PY_TA_*
// flags, so a plain attribute or method lookup pays one flag test for them.
// The flags stay valid while vm->attr_epoch is unchanged; assigning or
// deleting one of the hook names on any class bumps the epoch, which is rare,
// and every type recomputes its flags on next use. This needs no list of
// subclasses to update.

#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "obj_slotwrap.h"
#include "runtime.h"

// ---- looking a name up along the MRO, through the lookup cache ---------------------------------

// Entries of the lookup cache, a power of two: 256 hold the working set of
// the benchmarks' method and attribute lookups, in 10 KB of heap.
#define LOOKUP_CACHE_SIZE 256
#define LOOKUP_WORDS 5

// Keeps a slow path out of its caller, whose fast path then saves no registers.
#if defined(__GNUC__)
#define NO_INLINE __attribute__((noinline))
#else
#define NO_INLINE
#endif

NO_INLINE static py_val_t mro_lookup(py_vm_t *vm, py_type_t *type, py_val_t name, py_type_t **owner) {
    py_slotwrap_before_lookup(vm, type, name);
    py_tuple_t *mro = py_tuple_ptr(type->mro);
    for (size_t i = 0; i < mro->len; i++) {
        py_type_t *c = (py_type_t *)py_obj(mro->items[i]);
        py_val_t v = py_dict_get_name(vm, c->dict, name);
        if (v != PY_NULL) {
            *owner = c;
            return v;
        }
    }
    *owner = NULL;
    return PY_NULL;
}

// The epoch a lookup cache entry records: entries of older epochs are stale.
static py_val_t lookup_epoch(py_vm_t *vm) {
    return py_small((py_int_t)(vm->lookup_epoch & (uint32_t)PY_SMALL_MAX));
}

// The miss path of cached_lookup: walks the MRO and fills entry [e]. Kept
// out of line so the hit path, which most lookups take, saves no registers.
NO_INLINE static py_val_t fill_lookup(py_vm_t *vm, py_type_t *type, py_val_t name, py_type_t **owner,
                                      py_val_t *e) {
    py_val_t epoch = lookup_epoch(vm);
    py_val_t v = mro_lookup(vm, type, name, owner);
    // The lookup may have run a collection or changed a class: the epoch
    // read before it is still the right one to record only if unchanged.
    if (epoch != lookup_epoch(vm)) return v;
    e[0] = py_from_obj(type);
    e[1] = name;
    e[2] = v;
    e[3] = *owner ? py_from_obj(*owner) : PY_NULL;
    e[4] = epoch;
    return v;
}

// The cached lookup: names are interned, so (type, name) identifies it;
// the entries keep both alive, so neither address can be reused meanwhile.
static inline py_val_t cached_lookup(py_vm_t *vm, py_type_t *type, py_val_t name, py_type_t **owner) {
    if (!vm->lookup_cache || !py_is_istr(name)) return mro_lookup(vm, type, name, owner);
    uintptr_t h = ((uintptr_t)type >> 4) * 31 + ((uintptr_t)name >> 4);
    py_val_t *e = vm->lookup_cache + (h & (LOOKUP_CACHE_SIZE - 1)) * LOOKUP_WORDS;
    if (e[0] == py_from_obj(type) && e[1] == name && e[4] == lookup_epoch(vm)) {
        *owner = e[3] != PY_NULL ? (py_type_t *)py_obj(e[3]) : NULL;
        return e[2];
    }
    return fill_lookup(vm, type, name, owner, e);
}

size_t py_type_lookup_cache_bytes(void) { return LOOKUP_CACHE_SIZE * LOOKUP_WORDS * sizeof(py_val_t); }

void py_type_lookup_cache_init(py_vm_t *vm) {
    if (!vm->lookup_cache) vm->lookup_cache = py_gc_new_values(vm, LOOKUP_CACHE_SIZE * LOOKUP_WORDS);
}

// A lookup during start-up, before the MRO tuple is made: along the bases.
NO_INLINE static py_val_t base_lookup(py_vm_t *vm, py_type_t *type, py_val_t name) {
    for (py_type_t *t = type; t; t = t->base_type) {
        py_val_t v = t->dict ? py_dict_get_name(vm, t->dict, name) : PY_NULL;
        if (v != PY_NULL) return v;
    }
    return PY_NULL;
}

py_val_t py_type_lookup(py_vm_t *vm, py_type_t *type, py_val_t name) {
    if (type->mro == PY_NULL) return base_lookup(vm, type, name);
    py_type_t *owner;
    return cached_lookup(vm, type, name, &owner);
}

py_val_t py_type_lookup_owner(py_vm_t *vm, py_type_t *type, py_val_t name, py_type_t **owner) {
    return cached_lookup(vm, type, name, owner);
}

// ---- the hook flags -------------------------------------------------------------------------

static bool defines(py_vm_t *vm, py_type_t *t, py_name_id_t id) {
    return py_type_lookup(vm, t, vm->names[id]) != PY_NULL;
}

// True when the first definition of [id] along the MRO is a Python class's.
static bool overrides(py_vm_t *vm, py_type_t *t, py_name_id_t id) {
    return py_class_lookup_user(vm, t, vm->names[id]) != PY_NULL;
}

uint32_t py_type_attr_flags_slow(py_vm_t *vm, py_type_t *t) {
    uint32_t f = 0;
    if (t->mro == PY_NULL || t->dict == PY_NULL) return 0;   // start-up: nothing to find yet
    if (overrides(vm, t, PY_NAME___getattribute__)) f |= PY_TA_GETATTRIBUTE;
    if (defines(vm, t, PY_NAME___getattr__)) f |= PY_TA_GETATTR;
    if (overrides(vm, t, PY_NAME___setattr__) || overrides(vm, t, PY_NAME___delattr__))
        f |= PY_TA_SETATTR;
    if (defines(vm, t, PY_NAME___get__)) f |= PY_TA_DESCR_GET;
    if (defines(vm, t, PY_NAME___set__) || defines(vm, t, PY_NAME___delete__)) f |= PY_TA_DESCR_SET;
    if (overrides(vm, t, PY_NAME___class__)) f |= PY_TA_CLASS_ATTR;
    if (defines(vm, t, PY_NAME___set_name__)) f |= PY_TA_SET_NAME;
    t->attr_flags = f;
    t->attr_epoch = vm->attr_epoch;
    return f;
}

void py_type_attr_changed(py_vm_t *vm, py_val_t name) {
    static const py_name_id_t hooks[] = {PY_NAME___getattribute__, PY_NAME___getattr__,
                                         PY_NAME___setattr__, PY_NAME___delattr__,
                                         PY_NAME___get__, PY_NAME___set__, PY_NAME___delete__,
                                         PY_NAME___class__, PY_NAME___set_name__};
    for (size_t i = 0; i < sizeof hooks / sizeof hooks[0]; i++)
        if (name == vm->names[hooks[i]]) {
            vm->attr_epoch++;
            vm->class_epoch++;   // a cached class attribute may have become a descriptor
            return;
        }
}

// ---- getting --------------------------------------------------------------------------------

static py_val_t as_name(py_vm_t *vm, py_val_t name) {
    if (py_is_istr(name)) return name;
    if (!py_is_str(vm, name))
        py_raise_type_error(vm, "attribute name must be string, not '%T'", name);
    return py_str_intern_val(vm, name);
}

// The AttributeError of a failed lookup, with its name and obj set.
_Noreturn static void attr_error(py_vm_t *vm, py_val_t obj, py_val_t name) {
    py_val_t msg;
    if (py_is_a(vm, obj, PY_T_type))
        msg = py_str_format_c(vm, "type object '%N' has no attribute '%N'",
                              ((py_type_t *)py_obj(obj))->name, name);
    else if (py_is_a(vm, obj, PY_T_module))
        msg = py_str_format_c(vm, "module '%S' has no attribute '%N'",
                              ((py_module_t *)py_obj(obj))->name, name);
    else
        msg = py_str_format_c(vm, "'%T' object has no attribute '%N'", obj, name);
    py_raise(vm, py_exc_attribute_error(vm, msg, name, obj));
}

// One step of a hooked lookup, run under py_pcall so an AttributeError can
// lead to __getattr__: [hook] is the method to call, or PY_NULL for object's
// generic lookup (which reports absence as PY_NULL: raising and catching an
// AttributeError per miss would make hasattr() slow).
// Raises what the step raises; may allocate.
typedef struct attr_try {
    py_val_t hook, obj, name, result;
} attr_try_t;

static void run_try(py_vm_t *vm, void *ud) {
    attr_try_t *c = ud;
    if (c->hook == PY_NULL) c->result = py_object_getattr_generic(vm, c->obj, c->name);
    else c->result = py_class_call_with_self(vm, c->hook, c->obj, 1, &c->name, PY_NULL);
}

// Runs one step; returns PY_NULL when the attribute is absent or the step
// raised AttributeError (cleared), re-raises anything else. May allocate.
static py_val_t try_step(py_vm_t *vm, py_val_t hook, py_val_t obj, py_val_t name) {
    attr_try_t c = {hook, obj, name, PY_NULL};
    if (py_pcall(vm, run_try, &c) == 0) return c.result;
    if (!py_exc_is(vm, vm->exc, PY_EXC_AttributeError)) py_raise(vm, vm->exc);
    vm->exc = PY_NULL;
    return PY_NULL;
}

// The lookup of a type with __getattribute__ or __getattr__ hooks: the first
// (or object's algorithm), then, on AttributeError, the second. With [opt]
// absence gives PY_NULL instead of AttributeError. May raise; may allocate.
static py_val_t getattr_hooked(py_vm_t *vm, py_type_t *t, py_val_t obj, py_val_t name,
                               uint32_t fl, bool opt) {
    py_val_t first = (fl & PY_TA_GETATTRIBUTE)
                         ? py_type_lookup(vm, t, vm->names[PY_NAME___getattribute__]) : PY_NULL;
    py_val_t last = (fl & PY_TA_GETATTR) ? py_type_lookup(vm, t, vm->names[PY_NAME___getattr__])
                                         : PY_NULL;
    py_val_t v;
    if (last == PY_NULL && !opt) {   // errors propagate as they are: no py_pcall needed
        attr_try_t c = {first, obj, name, PY_NULL};
        run_try(vm, &c);
        v = c.result;
    } else {
        v = try_step(vm, first, obj, name);
    }
    if (v != PY_NULL) return v;
    if (last != PY_NULL) {
        if (!opt) return py_class_call_with_self(vm, last, obj, 1, &name, PY_NULL);
        return try_step(vm, last, obj, name);
    }
    if (opt) return PY_NULL;
    attr_error(vm, obj, name);
}

typedef struct hooked_get {
    py_type_t *type;
    py_val_t obj, name, result;
    uint32_t flags;
} hooked_get_t;

static void run_hooked(py_vm_t *vm, void *ud) {
    hooked_get_t *g = ud;
    g->result = getattr_hooked(vm, g->type, g->obj, g->name, g->flags, false);
}

// A hooked lookup whose AttributeError, wherever raised, names the attribute
// and object, as CPython's PyObject_GetAttr does. May raise; may allocate.
static py_val_t getattr_hooked_context(py_vm_t *vm, py_type_t *t, py_val_t obj, py_val_t name,
                                       uint32_t fl) {
    hooked_get_t g = {t, obj, name, PY_NULL, fl};
    if (py_pcall(vm, run_hooked, &g) == 0) return g.result;
    py_val_t exc = vm->exc;
    py_exc_attribute_error_context(vm, exc, name, obj);
    py_raise(vm, exc);
}

py_val_t py_getattr(py_vm_t *vm, py_val_t obj, py_val_t name) {
    name = as_name(vm, name);
    py_type_t *t = py_type_of(vm, obj);
    uint32_t fl = py_type_attr_flags(vm, t);
    if (fl & (PY_TA_GETATTRIBUTE | PY_TA_GETATTR)) return getattr_hooked_context(vm, t, obj, name, fl);
    py_val_t v = py_object_getattr_generic(vm, obj, name);
    if (v != PY_NULL) return v;
    attr_error(vm, obj, name);
}

py_val_t py_getattr_opt(py_vm_t *vm, py_val_t obj, py_val_t name) {
    name = as_name(vm, name);
    py_type_t *t = py_type_of(vm, obj);
    uint32_t fl = py_type_attr_flags(vm, t);
    // Only Python code (a class's descriptors and hooks, reached through an
    // instance or a class) raises AttributeError for a missing attribute;
    // built-in objects report absence as PY_NULL, so they need no py_pcall.
    if ((t->flags & PY_TF_HEAPTYPE) || t == vm->types[PY_T_type] || fl)
        return getattr_hooked(vm, t, obj, name, fl, true);
    return py_object_getattr_generic(vm, obj, name);
}

// ---- setting --------------------------------------------------------------------------------

void py_setattr(py_vm_t *vm, py_val_t obj, py_val_t name, py_val_t value) {
    name = as_name(vm, name);
    py_type_t *t = py_type_of(vm, obj);
    if (py_type_attr_flags(vm, t) & PY_TA_SETATTR) {
        py_name_id_t id = value != PY_NULL ? PY_NAME___setattr__ : PY_NAME___delattr__;
        py_val_t hook = py_class_lookup_user(vm, t, vm->names[id]);
        py_val_t args[2] = {name, value};
        if (hook != PY_NULL) {
            py_class_call_with_self(vm, hook, obj, value != PY_NULL ? 2 : 1, args, PY_NULL);
            return;
        }
    }
    py_object_setattr_generic(vm, obj, name, value);
}

// ---- methods --------------------------------------------------------------------------------

// True for what obj.name(...) may call with obj prepended instead of binding:
// Python functions, and unbound methods of built-in types.
static bool is_plain_method(py_vm_t *vm, py_val_t f) {
    if (!py_is_obj(f)) return false;
    py_type_t *ft = py_obj(f)->type;
    if (ft == vm->types[PY_T_function] || ft == vm->types[PY_T_wrapper_descriptor]) return true;
    return ft == vm->types[PY_T_builtin_function] && ((py_builtin_t *)py_obj(f))->self == PY_NULL &&
           !(((py_builtin_t *)py_obj(f))->def->flags & (PY_METH_CLASS | PY_METH_STATIC));
}

py_val_t py_getmethod(py_vm_t *vm, py_val_t obj, py_val_t name, py_val_t *self_out) {
    name = as_name(vm, name);
    *self_out = PY_NULL;
    py_type_t *t = py_type_of(vm, obj);
    if (py_type_attr_flags(vm, t) & PY_TA_GETATTRIBUTE) return py_getattr(vm, obj, name);
    py_type_t *owner;
    py_val_t f = py_type_lookup_owner(vm, t, name, &owner);
    if (f == PY_NULL || !is_plain_method(vm, f)) return py_getattr(vm, obj, name);
    if (!py_is_a(vm, f, PY_T_function)) {
        // A builtin stored in a class body (f = len) is a plain attribute, not a method.
        if (owner->flags & PY_TF_HEAPTYPE) return py_getattr(vm, obj, name);
    }
    py_val_t *field = py_instance_dict_field(vm, obj);
    py_val_t v = field && *field != PY_NULL ? py_dict_get_name(vm, *field, name) : PY_NULL;
    if (v == PY_NULL && t->slots.getattr) v = t->slots.getattr(vm, obj, name);
    if (v != PY_NULL) return v;
    *self_out = obj;
    return f;
}
