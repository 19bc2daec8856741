// vm/obj_slotwrap.c: slot wrappers: int.__add__, str.__len__, float.__neg__ as Python methods.
// Layer: vm core (types). Made on first lookup, so start-up and idle types cost nothing.
// SPDX-License-Identifier: MIT
//
// A built-in type implements its operators as C slots (obj.h), not as dict
// entries. Python code still reaches them by name: `float.__neg__(self)` in
// a subclass, `super().__len__()`, `(1).__add__(2)`. When such a lookup
// misses, py_slot_wrapper_find makes a built-in method that calls the slot
// and stores it in the dict of the built-in type that defines the slot, so
// the next lookup finds it the ordinary way.

#include <string.h>
#include "except.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

// Which slot a wrapper calls; binary and comparison wrappers carry their operator.
typedef enum {
    W_REPR, W_STR, W_COMPARE, W_BINARY, W_RBINARY, W_UNARY, W_BOOL, W_LEN, W_GETITEM,
    W_SETITEM, W_DELITEM, W_CONTAINS, W_ITER, W_NEXT, W_CALL
} wrap_kind_t;

// ---- the wrappers: one small C function per dunder ------------------------------------------

// The built-in's own C code, not a subclass's dispatcher: the wrapper
// belongs to the built-in (str.__len__(s) ignores a subclass's __len__).
static const py_type_slots_t *base_slots(py_vm_t *vm, py_val_t self) {
    return &py_class_solid_base(py_type_of(vm, self))->slots;
}

static py_val_t call_binary(py_vm_t *vm, const py_val_t *args, py_binary_op_t op, bool reflected) {
    const py_type_slots_t *s = base_slots(vm, args[0]);
    if (!s->binary) return PY_NOTIMPLEMENTED;
    return reflected ? s->binary(vm, op, args[1], args[0]) : s->binary(vm, op, args[0], args[1]);
}

static py_val_t call_compare(py_vm_t *vm, const py_val_t *args, py_compare_op_t op) {
    const py_type_slots_t *s = base_slots(vm, args[0]);
    return s->compare ? s->compare(vm, op, args[0], args[1]) : PY_NOTIMPLEMENTED;
}

static py_val_t call_unary(py_vm_t *vm, const py_val_t *args, py_unary_op_t op) {
    const py_type_slots_t *s = base_slots(vm, args[0]);
    py_val_t r = s->unary ? s->unary(vm, op, args[0]) : PY_NOTIMPLEMENTED;
    if (r == PY_NOTIMPLEMENTED)
        py_raise_type_error(vm, "bad operand type for unary op: '%T'", args[0]);
    return r;
}

#define BINARY_WRAPPERS(X) \
    X(add, PY_OP_ADD) X(sub, PY_OP_SUB) X(mul, PY_OP_MUL) X(matmul, PY_OP_MATMUL) \
    X(truediv, PY_OP_TRUEDIV) X(mod, PY_OP_MOD) X(pow, PY_OP_POW) X(lshift, PY_OP_LSHIFT) \
    X(rshift, PY_OP_RSHIFT) X(or, PY_OP_OR) X(xor, PY_OP_XOR) X(and, PY_OP_AND) \
    X(floordiv, PY_OP_FLOORDIV)

#define DEF_BINARY(name, op) \
    static py_val_t w_##name(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) { \
        (void)n, (void)k; \
        return call_binary(vm, a, op, false); \
    } \
    static py_val_t w_r##name(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) { \
        (void)n, (void)k; \
        return call_binary(vm, a, op, true); \
    }
BINARY_WRAPPERS(DEF_BINARY)

#define COMPARE_WRAPPERS(X) \
    X(eq, PY_CMP_OP_EQ) X(ne, PY_CMP_OP_NE) X(lt, PY_CMP_OP_LT) X(le, PY_CMP_OP_LE) \
    X(gt, PY_CMP_OP_GT) X(ge, PY_CMP_OP_GE)

#define DEF_COMPARE(name, op) \
    static py_val_t w_##name(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) { \
        (void)n, (void)k; \
        return call_compare(vm, a, op); \
    }
COMPARE_WRAPPERS(DEF_COMPARE)

#define UNARY_WRAPPERS(X) X(neg, PY_UOP_NEG) X(pos, PY_UOP_POS) X(invert, PY_UOP_INVERT)

#define DEF_UNARY(name, op) \
    static py_val_t w_##name(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) { \
        (void)n, (void)k; \
        return call_unary(vm, a, op); \
    }
UNARY_WRAPPERS(DEF_UNARY)

static py_val_t w_repr(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    (void)n, (void)k;
    return base_slots(vm, a[0])->repr(vm, a[0]);
}

static py_val_t w_str(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    (void)n, (void)k;
    return base_slots(vm, a[0])->str(vm, a[0]);
}

static py_val_t w_bool(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    (void)n, (void)k;
    return py_bool(base_slots(vm, a[0])->truth(vm, a[0]) != 0);
}

static py_val_t w_len(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    (void)n, (void)k;
    return py_int_from_u64(vm, base_slots(vm, a[0])->len(vm, a[0]));
}

static py_val_t w_getitem(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    (void)n, (void)k;
    return base_slots(vm, a[0])->getitem(vm, a[0], a[1]);
}

static py_val_t w_setitem(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    (void)n, (void)k;
    base_slots(vm, a[0])->setitem(vm, a[0], a[1], a[2]);
    return PY_NONE;
}

static py_val_t w_delitem(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    (void)n, (void)k;
    base_slots(vm, a[0])->setitem(vm, a[0], a[1], PY_NULL);
    return PY_NONE;
}

static py_val_t w_contains(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    (void)n, (void)k;
    return py_bool(base_slots(vm, a[0])->contains(vm, a[0], a[1]) != 0);
}

static py_val_t w_iter(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    (void)n, (void)k;
    return base_slots(vm, a[0])->iter(vm, a[0]);
}

static py_val_t w_next(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    (void)n, (void)k;
    py_val_t v = base_slots(vm, a[0])->next(vm, a[0]);
    if (v == PY_NULL) py_raise_fmt(vm, PY_EXC_StopIteration, "");
    return v;
}

static py_val_t w_call(py_vm_t *vm, size_t n, const py_val_t *a, py_val_t k) {
    return base_slots(vm, a[0])->call(vm, a[0], n - 1, a + 1, k);
}

// ---- the table: dunder name, method def, slot it needs ---------------------------------------

typedef struct wrapper_def {
    py_method_def_t def;
    wrap_kind_t kind;
} wrapper_def_t;

#define ENTRY_BINARY(name, op) \
    {{"__" #name "__", w_##name, 2, 2, 0}, W_BINARY}, {{"__r" #name "__", w_r##name, 2, 2, 0}, W_RBINARY},
#define ENTRY_COMPARE(name, op) {{"__" #name "__", w_##name, 2, 2, 0}, W_COMPARE},
#define ENTRY_UNARY(name, op) {{"__" #name "__", w_##name, 1, 1, 0}, W_UNARY},

static const wrapper_def_t wrappers[] = {
    BINARY_WRAPPERS(ENTRY_BINARY)
    COMPARE_WRAPPERS(ENTRY_COMPARE)
    UNARY_WRAPPERS(ENTRY_UNARY)
    {{"__repr__", w_repr, 1, 1, 0}, W_REPR},
    {{"__str__", w_str, 1, 1, 0}, W_STR},
    {{"__bool__", w_bool, 1, 1, 0}, W_BOOL},
    {{"__len__", w_len, 1, 1, 0}, W_LEN},
    {{"__getitem__", w_getitem, 2, 2, 0}, W_GETITEM},
    {{"__setitem__", w_setitem, 3, 3, 0}, W_SETITEM},
    {{"__delitem__", w_delitem, 2, 2, 0}, W_DELITEM},
    {{"__contains__", w_contains, 2, 2, 0}, W_CONTAINS},
    {{"__iter__", w_iter, 1, 1, 0}, W_ITER},
    {{"__next__", w_next, 1, 1, 0}, W_NEXT},
    {{"__call__", w_call, 1, PY_VARARGS, PY_METH_KEYWORDS}, W_CALL},
};

// The C function [t] runs for [kind], NULL when it has none (as a generic pointer, to compare).
static void (*slot_fn(const py_type_t *t, wrap_kind_t kind))(void) {
    const py_type_slots_t *s = &t->slots;
    switch (kind) {
    case W_REPR: return (void (*)(void))s->repr;
    case W_STR: return (void (*)(void))s->str;
    case W_COMPARE: return (void (*)(void))s->compare;
    case W_BINARY: case W_RBINARY: return (void (*)(void))s->binary;
    case W_UNARY: return (void (*)(void))s->unary;
    case W_BOOL: return (void (*)(void))s->truth;
    case W_LEN: return (void (*)(void))s->len;
    case W_GETITEM: return (void (*)(void))s->getitem;
    case W_SETITEM: case W_DELITEM: return (void (*)(void))s->setitem;
    case W_CONTAINS: return (void (*)(void))s->contains;
    case W_ITER: return (void (*)(void))s->iter;
    case W_NEXT: return (void (*)(void))s->next;
    default: return (void (*)(void))s->call;
    }
}

static const wrapper_def_t *wrapper_for(py_val_t name) {
    const char *n = py_str_data(name);
    size_t len = py_str_len(name);
    if (len < 5 || n[0] != '_' || n[1] != '_' || n[len - 1] != '_' || n[len - 2] != '_') return NULL;
    for (size_t i = 0; i < sizeof wrappers / sizeof wrappers[0]; i++)
        if (!strcmp(n, wrappers[i].def.name)) return &wrappers[i];
    return NULL;
}

py_val_t py_slot_wrapper_find(py_vm_t *vm, py_type_t *type, size_t start, py_val_t name,
                              py_type_t *stop) {
    const wrapper_def_t *w = wrapper_for(name);
    if (!w || type->mro == PY_NULL) return PY_NULL;
    py_tuple_t *mro = py_tuple_ptr(type->mro);
    for (size_t i = start; i < mro->len; i++) {
        py_type_t *b = (py_type_t *)py_obj(mro->items[i]);
        if (b == stop) return PY_NULL;
        if (b->flags & PY_TF_HEAPTYPE) continue;
        void (*fn)(void) = slot_fn(b, w->kind);
        if (!fn) continue;
        // The slot belongs to the highest ancestor with the same C function.
        while (b->base_type && slot_fn(b->base_type, w->kind) == fn) b = b->base_type;
        if (b == stop) return PY_NULL;
        py_val_t f = py_dict_get_name(vm, b->dict, name);   // never replace a method it has
        if (f != PY_NULL) return f;
        f = py_builtin_new(vm, &w->def, PY_NULL);
        ((py_builtin_t *)py_obj(f))->owner = b;
        py_dict_set_name(vm, b->dict, name, f);
        py_type_modified(vm, b);
        return f;
    }
    return PY_NULL;
}

py_val_t py_slot_wrapper_shadow(py_vm_t *vm, py_type_t *type, py_type_t *owner, py_val_t name,
                                py_val_t found) {
    if ((owner->flags & PY_TF_HEAPTYPE) || owner == py_class_solid_base(type)) return found;
    py_val_t w = py_slot_wrapper_find(vm, type, 0, name, owner);
    return w != PY_NULL ? w : found;
}
