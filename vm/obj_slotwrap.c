// vm/obj_slotwrap.c: slot wrappers: a built-in type's C slots seen as dunder methods.
// Layer: vm core (types). int.__add__, [].__len__, object.__lt__ come from here.
// SPDX-License-Identifier: MIT
//
// Every C slot a built-in type's spec sets that differs from its base's
// becomes one or more entries of its dict: a `wrapper_descriptor` that
// remembers the type that owns the slot and which dunder it stands for. They
// are made on first need (py_slotwrap_materialise, from the type's
// pending_slots), so types a program never asks about cost no heap. Looked up on an instance it binds as a
// `method-wrapper`. Calling either runs the owner's slot itself, never the
// instance's type's: int.__add__(self, o) inside an int subclass's own
// __add__ must not dispatch back to it.
//
// A binary slot serves many operators, and which ones a type supports is not
// visible from the slot, so the operator sets are listed here, per type
// (operator_sets). A type with a binary or unary slot that is not listed
// gets no operator dunders.

#include <stdio.h>
#include "except.h"
#include "gc.h"
#include "obj_complex.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_slotwrap.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

// What a wrapper does with its owner's slots.
typedef enum {
    W_REPR, W_STR, W_HASH, W_CALL, W_COMPARE, W_BINARY, W_RBINARY, W_IBINARY, W_DIVMOD,
    W_RDIVMOD, W_UNARY, W_BOOL, W_LEN, W_GETITEM, W_SETITEM, W_DELITEM, W_CONTAINS, W_ITER,
    W_NEXT
} wrap_kind_t;

typedef struct wrap_def {
    const char *name;
    uint8_t kind;      // wrap_kind_t
    uint8_t op;        // the operator of W_COMPARE, W_*BINARY and W_UNARY
    uint8_t min, max;  // arguments after self
} wrap_def_t;

// The arguments of self and "o" (and a modulus for pow), by operator.
#define BIN_OPS(X) \
    X(ADD, "add") X(SUB, "sub") X(MUL, "mul") X(MATMUL, "matmul") X(TRUEDIV, "truediv") \
    X(MOD, "mod") X(POW, "pow") X(LSHIFT, "lshift") X(RSHIFT, "rshift") X(OR, "or") \
    X(XOR, "xor") X(AND, "and") X(FLOORDIV, "floordiv")

#define POW_MAX(id) (PY_OP_##id == PY_OP_POW ? 2 : 1)
static const wrap_def_t binary_defs[PY_OP__BINARY_COUNT] = {
#define X(id, n) {"__" n "__", W_BINARY, PY_OP_##id, 1, POW_MAX(id)},
    BIN_OPS(X)
#undef X
};
static const wrap_def_t rbinary_defs[PY_OP__BINARY_COUNT] = {
#define X(id, n) {"__r" n "__", W_RBINARY, PY_OP_##id, 1, POW_MAX(id)},
    BIN_OPS(X)
#undef X
};
static const wrap_def_t ibinary_defs[PY_OP__BINARY_COUNT] = {
#define X(id, n) {"__i" n "__", W_IBINARY, PY_OP_##id, 1, 1},
    BIN_OPS(X)
#undef X
};
static const wrap_def_t divmod_defs[2] = {
    {"__divmod__", W_DIVMOD, 0, 1, 1}, {"__rdivmod__", W_RDIVMOD, 0, 1, 1}};

static const wrap_def_t compare_defs[] = {
    {"__eq__", W_COMPARE, PY_CMP_OP_EQ, 1, 1}, {"__ne__", W_COMPARE, PY_CMP_OP_NE, 1, 1},
    {"__lt__", W_COMPARE, PY_CMP_OP_LT, 1, 1}, {"__le__", W_COMPARE, PY_CMP_OP_LE, 1, 1},
    {"__gt__", W_COMPARE, PY_CMP_OP_GT, 1, 1}, {"__ge__", W_COMPARE, PY_CMP_OP_GE, 1, 1}};

// Indexed by py_unary_op_t; `not` has no dunder of its own.
static const wrap_def_t unary_defs[] = {
    {"__invert__", W_UNARY, PY_UOP_INVERT, 0, 0}, {NULL, W_UNARY, PY_UOP_NOT, 0, 0},
    {"__pos__", W_UNARY, PY_UOP_POS, 0, 0}, {"__neg__", W_UNARY, PY_UOP_NEG, 0, 0}};

static const wrap_def_t def_repr = {"__repr__", W_REPR, 0, 0, 0};
static const wrap_def_t def_str = {"__str__", W_STR, 0, 0, 0};
static const wrap_def_t def_hash = {"__hash__", W_HASH, 0, 0, 0};
static const wrap_def_t def_call = {"__call__", W_CALL, 0, 0, PY_VARARGS};
static const wrap_def_t def_bool = {"__bool__", W_BOOL, 0, 0, 0};
static const wrap_def_t def_len = {"__len__", W_LEN, 0, 0, 0};
static const wrap_def_t def_getitem = {"__getitem__", W_GETITEM, 0, 1, 1};
static const wrap_def_t def_setitem = {"__setitem__", W_SETITEM, 0, 2, 2};
static const wrap_def_t def_delitem = {"__delitem__", W_DELITEM, 0, 1, 1};
static const wrap_def_t def_contains = {"__contains__", W_CONTAINS, 0, 1, 1};
static const wrap_def_t def_iter = {"__iter__", W_ITER, 0, 0, 0};
static const wrap_def_t def_next = {"__next__", W_NEXT, 0, 0, 0};

// ---- which operators each built-in type's slots implement -----------------------------------

#define OP(id) (1u << PY_OP_##id)
#define ARITH (OP(ADD) | OP(SUB) | OP(MUL) | OP(TRUEDIV) | OP(FLOORDIV) | OP(MOD) | OP(POW))
#define CARITH (OP(ADD) | OP(SUB) | OP(MUL) | OP(TRUEDIV) | OP(POW))   // complex: no // nor %
#define BITS (OP(LSHIFT) | OP(RSHIFT) | OP(AND) | OP(OR) | OP(XOR))
#define SETOPS (OP(SUB) | OP(AND) | OP(OR) | OP(XOR))
#define UOP(id) (1u << PY_UOP_##id)

typedef struct operator_set {
    py_type_id_t id;
    py_operator_set_t ops;
} operator_set_t;

// As CPython's types define them (str has __mul__ and __rmul__ but no __radd__).
static const operator_set_t operator_sets[] = {
    {PY_T_int, {ARITH | BITS, ARITH | BITS, 0, UOP(NEG) | UOP(POS) | UOP(INVERT), true, false}},
    {PY_T_bool, {OP(AND) | OP(OR) | OP(XOR), OP(AND) | OP(OR) | OP(XOR), 0, 0, false, false}},
    {PY_T_float, {ARITH, ARITH, 0, UOP(NEG) | UOP(POS), true, false}},
    {PY_T_complex, {CARITH, CARITH, 0, UOP(NEG) | UOP(POS), false, false}},
    {PY_T_str, {OP(ADD) | OP(MUL) | OP(MOD), OP(MUL) | OP(MOD), 0, 0, false, true}},
    {PY_T_bytes, {OP(ADD) | OP(MUL) | OP(MOD), OP(MUL) | OP(MOD), 0, 0, false, true}},
    {PY_T_bytearray, {OP(ADD) | OP(MUL) | OP(MOD), OP(MUL) | OP(MOD), OP(ADD) | OP(MUL), 0, false, true}},
    {PY_T_list, {OP(ADD) | OP(MUL), OP(MUL), OP(ADD) | OP(MUL), 0, false, true}},
    {PY_T_tuple, {OP(ADD) | OP(MUL), OP(MUL), 0, 0, false, true}},
    {PY_T_dict, {OP(OR), OP(OR), OP(OR), 0, false, false}},
    {PY_T_set, {SETOPS, SETOPS, SETOPS, 0, false, false}},
    {PY_T_frozenset, {SETOPS, SETOPS, 0, 0, false, false}},
    {PY_T_dict_keys, {SETOPS, SETOPS, 0, 0, false, false}},
    {PY_T_dict_items, {SETOPS, SETOPS, 0, 0, false, false}},
};

const py_operator_set_t *py_slotwrap_builtin_operators(py_type_id_t id) {
    for (size_t i = 0; i < sizeof operator_sets / sizeof operator_sets[0]; i++)
        if (operator_sets[i].id == id) return &operator_sets[i].ops;
    return NULL;
}

// ---- the objects ----------------------------------------------------------------------------

typedef struct slotwrap {
    py_obj_t base;
    py_type_t *owner;        // the type whose slot this is
    const wrap_def_t *def;
} slotwrap_t;

typedef struct method_wrapper {
    py_obj_t base;
    py_val_t descr;          // a slotwrap_t
    py_val_t self;
} method_wrapper_t;

static slotwrap_t *wrap_ptr(py_val_t v) { return (slotwrap_t *)py_obj(v); }
static method_wrapper_t *mw_ptr(py_val_t v) { return (method_wrapper_t *)py_obj(v); }

// ---- running a slot ---------------------------------------------------------------------------

// Binary slot [s] on a <op> b (op may carry PY_OP_INPLACE). May raise; may allocate.
static py_val_t run_binary(py_vm_t *vm, const py_type_slots_t *s, int op, py_val_t a, py_val_t b) {
    return s->binary(vm, (py_binary_op_t)op, a, b);
}

// a ** b % m for a three-argument __pow__ / __rpow__ on ints; other types
// refuse a modulus as CPython's float does. May raise; may allocate.
static py_val_t pow_mod(py_vm_t *vm, py_type_t *owner, py_val_t a, py_val_t b, py_val_t m) {
    if (owner->id == PY_T_int) {
        py_val_t v[3] = {a, b, m};
        for (int i = 0; i < 3; i++) {
            if (py_is_bool(v[i])) v[i] = py_small(v[i] == PY_TRUE);
            if (!py_is_int(vm, v[i])) return PY_NOTIMPLEMENTED;
        }
        return py_int_pow_mod(vm, v[0], v[1], v[2]);
    }
    if (owner->id == PY_T_complex) return py_complex_pow3(vm, a, b, m);
    py_raise_type_error(vm, "pow() 3rd argument not allowed unless all arguments are integers");
}

// (a // b, a % b) through [owner]'s binary slot, NotImplemented if it declines.
static py_val_t divmod_of(py_vm_t *vm, py_type_t *owner, py_val_t a, py_val_t b) {
    const py_type_slots_t *s = &owner->slots;
    bool numbers = (py_is_int(vm, a) || py_is_bool(a) || py_is_float(vm, a)) &&
                   (py_is_int(vm, b) || py_is_bool(b) || py_is_float(vm, b));
    if (owner->id == PY_T_float && numbers && py_to_double(vm, b) == 0.0)
        py_raise_fmt(vm, PY_EXC_ZeroDivisionError, "float divmod()");
    py_val_t q = run_binary(vm, s, PY_OP_FLOORDIV, a, b);
    if (q == PY_NOTIMPLEMENTED) return q;
    py_val_t items[2] = {q, run_binary(vm, s, PY_OP_MOD, a, b)};
    return py_tuple_new(vm, 2, items);
}

// __next__: the slot's PY_NULL (exhausted) becomes a raised StopIteration.
// May raise; may allocate.
static py_val_t run_next(py_vm_t *vm, const py_type_slots_t *s, py_val_t self) {
    py_val_t v = s->next(vm, self);
    if (v == PY_NULL) py_raise(vm, py_from_obj(vm->exc_types[PY_EXC_StopIteration]));
    return v;
}

// True when [d] is the * of a sequence type, whose argument CPython takes as
// an index ("'str' object cannot be interpreted as an integer").
static bool is_repeat(py_type_t *owner, const wrap_def_t *d) {
    if (d->op != PY_OP_MUL || (d->kind != W_BINARY && d->kind != W_RBINARY && d->kind != W_IBINARY))
        return false;
    return owner->operators && owner->operators->repeat;
}

// Runs wrapper [d] of [owner] on [self] with the arguments after self (counts
// checked). May raise; may allocate.
static py_val_t run(py_vm_t *vm, py_type_t *owner, const wrap_def_t *d, py_val_t self,
                    size_t nargs, const py_val_t *args, py_val_t kwnames) {
    const py_type_slots_t *s = &owner->slots;
    py_val_t index;
    if (is_repeat(owner, d)) {
        index = py_index(vm, args[0]);
        args = &index;
    }
    switch ((wrap_kind_t)d->kind) {
    case W_REPR: return s->repr(vm, self);
    case W_STR: return s->str(vm, self);
    case W_HASH: return py_int_from_i64(vm, s->hash(vm, self));
    case W_CALL: return s->call(vm, self, nargs, args, kwnames);
    case W_COMPARE: return s->compare(vm, (py_compare_op_t)d->op, self, args[0]);
    case W_BINARY:
        if (nargs == 2 && args[1] != PY_NONE) return pow_mod(vm, owner, self, args[0], args[1]);
        return run_binary(vm, s, d->op, self, args[0]);
    case W_RBINARY:
        if (nargs == 2 && args[1] != PY_NONE) return pow_mod(vm, owner, args[0], self, args[1]);
        return run_binary(vm, s, d->op, args[0], self);
    case W_IBINARY: return run_binary(vm, s, d->op | PY_OP_INPLACE, self, args[0]);
    case W_DIVMOD: return divmod_of(vm, owner, self, args[0]);
    case W_RDIVMOD: return divmod_of(vm, owner, args[0], self);
    case W_UNARY: return s->unary(vm, (py_unary_op_t)d->op, self);
    case W_BOOL: return py_bool(s->truth(vm, self) != 0);
    case W_LEN: return py_int_from_u64(vm, s->len(vm, self));
    case W_GETITEM: return s->getitem(vm, self, args[0]);
    case W_SETITEM: s->setitem(vm, self, args[0], args[1]); return PY_NONE;
    case W_DELITEM: s->setitem(vm, self, args[0], PY_NULL); return PY_NONE;
    case W_CONTAINS: return py_bool(s->contains(vm, self, args[0]) != 0);
    case W_ITER: return s->iter(vm, self);
    case W_NEXT: return run_next(vm, s, self);
    }
    return PY_NONE;
}

// CPython's wording differs by wrapper shape: one fixed count says "expected
// 1 argument, got 0"; the others come from an argument unpacker that leaves
// an empty function name and so a leading space. Raises TypeError; does not allocate
// otherwise.
static void check_count(py_vm_t *vm, const wrap_def_t *d, size_t nargs) {
    if (d->max == PY_VARARGS || (nargs >= d->min && nargs <= d->max)) return;
    if (d->min == d->max && d->min <= 1)
        py_raise_type_error(vm, "expected %d argument%s, got %zu", d->min, d->min == 1 ? "" : "s", nargs);
    if (d->min == d->max)
        py_raise_type_error(vm, " expected %d arguments, got %zu", d->min, nargs);
    bool few = nargs < d->min;
    size_t want = few ? d->min : d->max;
    py_raise_type_error(vm, " expected %s %zu argument%s, got %zu", few ? "at least" : "at most",
                        want, want == 1 ? "" : "s", nargs);
}

// Calls [descr] bound to [self] with the arguments after self. May raise; may allocate.
static py_val_t call_bound(py_vm_t *vm, py_val_t descr, py_val_t self, size_t nargs,
                           const py_val_t *args, py_val_t kwnames) {
    slotwrap_t *w = wrap_ptr(descr);
    if (w->def->kind != W_CALL && kwnames != PY_NULL && py_tuple_ptr(kwnames)->len > 0)
        py_raise_type_error(vm, "wrapper %s() takes no keyword arguments", w->def->name);
    check_count(vm, w->def, nargs);
    return run(vm, w->owner, w->def, self, nargs, args, kwnames);
}

// int.__add__(self, o): self must be an instance of the owner. May raise; may allocate.
static py_val_t slotwrap_call(py_vm_t *vm, py_val_t descr, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    slotwrap_t *w = wrap_ptr(descr);
    if (nargs == 0)
        py_raise_type_error(vm, "descriptor '%s' of '%N' object needs an argument", w->def->name,
                            w->owner->name);
    if (!py_isinstance(vm, args[0], w->owner))
        py_raise_type_error(vm, "descriptor '%s' requires a '%N' object but received a '%T'",
                            w->def->name, w->owner->name, args[0]);
    return call_bound(vm, descr, args[0], nargs - 1, args + 1, kwnames);
}

static py_val_t method_wrapper_call(py_vm_t *vm, py_val_t self, size_t nargs, const py_val_t *args,
                                    py_val_t kwnames) {
    method_wrapper_t *m = mw_ptr(self);
    return call_bound(vm, m->descr, m->self, nargs, args, kwnames);
}

// ---- making wrappers --------------------------------------------------------------------------

py_val_t py_slotwrap_bind(py_vm_t *vm, py_val_t descr, py_val_t self) {
    method_wrapper_t *m = py_gc_new(vm, vm->types[PY_T_method_wrapper], sizeof *m);
    m->descr = descr;
    m->self = self;
    return py_from_obj(m);
}

// Puts wrapper [d] in [t]'s dict unless a method of that name is there
// already. May allocate (and raise MemoryError).
static void add(py_vm_t *vm, py_type_t *t, const wrap_def_t *d) {
    py_val_t name = py_str_intern_c(vm, d->name);
    if (py_dict_get_name(vm, t->dict, name) != PY_NULL) return;
    slotwrap_t *w = py_gc_new(vm, vm->types[PY_T_wrapper_descriptor], sizeof *w);
    w->owner = t;
    w->def = d;
    py_dict_set_name(vm, t->dict, name, py_from_obj(w));
}

// The operator dunders of [t]: its binary slot's when [binary] (the slot is
// its own), its unary slot's when [unary]. May allocate.
static void add_operators(py_vm_t *vm, py_type_t *t, const py_type_slots_t *s, bool binary,
                          bool unary) {
    const py_operator_set_t *ops = t->operators;
    if (!ops) return;
    for (int op = 0; binary && op < PY_OP__BINARY_COUNT; op++) {
        if (ops->forward & (1u << op)) add(vm, t, &binary_defs[op]);
        if (ops->reflected & (1u << op)) add(vm, t, &rbinary_defs[op]);
        if (ops->inplace & (1u << op)) add(vm, t, &ibinary_defs[op]);
    }
    if (binary && ops->divmod) {
        add(vm, t, &divmod_defs[0]);
        add(vm, t, &divmod_defs[1]);
    }
    for (int op = 0; unary && op < 4; op++)
        if ((ops->unary & (1u << op)) && s->unary) add(vm, t, &unary_defs[op]);
}

void py_slotwrap_materialise(py_vm_t *vm, py_type_t *t) {
    const py_type_slots_t *s = t->pending_slots, *b = t->base_type ? &t->base_type->slots : NULL;
    if (!s) return;
    t->pending_slots = NULL;   // first: adding to the dict may collect or raise
#define OWN(f) (s->f && (!b || s->f != b->f))
    if (OWN(repr)) add(vm, t, &def_repr);
    if (OWN(str)) add(vm, t, &def_str);
    if (OWN(hash)) add(vm, t, &def_hash);
    if (OWN(call)) add(vm, t, &def_call);
    if (OWN(compare))
        for (int op = 0; op < 6; op++) add(vm, t, &compare_defs[op]);
    // Equal objects must hash equal: a type with its own == and no hash is unhashable.
    if (OWN(compare) && !s->hash &&
        py_dict_get_name(vm, t->dict, vm->names[PY_NAME___hash__]) == PY_NULL)
        py_dict_set_name(vm, t->dict, vm->names[PY_NAME___hash__], PY_NONE);
    add_operators(vm, t, s, OWN(binary), OWN(unary));
    if (OWN(truth) && !s->len) add(vm, t, &def_bool);
    if (OWN(len)) add(vm, t, &def_len);
    if (OWN(getitem)) add(vm, t, &def_getitem);
    if (OWN(setitem)) {
        add(vm, t, &def_setitem);
        add(vm, t, &def_delitem);
    }
    if (OWN(contains)) add(vm, t, &def_contains);
    if (OWN(iter)) add(vm, t, &def_iter);
    if (OWN(next)) add(vm, t, &def_next);
#undef OWN
}

bool py_slotwrap_materialise_mro(py_vm_t *vm, py_type_t *t) {
    bool any = false;
    if (t->mro == PY_NULL) return false;   // start-up
    py_tuple_t *mro = py_tuple_ptr(t->mro);
    for (size_t i = 0; i < mro->len; i++) {
        py_type_t *m = (py_type_t *)py_obj(mro->items[i]);
        if (!m->pending_slots) continue;
        py_slotwrap_materialise(vm, m);
        any = true;
    }
    return any;
}

void py_slotwrap_before_lookup(py_vm_t *vm, py_type_t *t, py_val_t name) {
    const char *n = py_str_bytes(name);
    if (py_str_len(name) >= 2 && n[0] == '_' && n[1] == '_') py_slotwrap_materialise_mro(vm, t);
}


// ---- the two types' other slots ---------------------------------------------------------------

static void slotwrap_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark_ptr(vm, ((slotwrap_t *)o)->owner);
}

static void method_wrapper_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark(vm, ((method_wrapper_t *)o)->descr);
    py_gc_mark(vm, ((method_wrapper_t *)o)->self);
}

static py_val_t slotwrap_repr(py_vm_t *vm, py_val_t self) {
    slotwrap_t *w = wrap_ptr(self);
    return py_str_format_c(vm, "<slot wrapper '%s' of '%N' objects>", w->def->name, w->owner->name);
}

static py_val_t method_wrapper_repr(py_vm_t *vm, py_val_t self) {
    method_wrapper_t *m = mw_ptr(self);
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)m->self);
    return py_str_format_c(vm, "<method-wrapper '%s' of %s object at %s>", wrap_ptr(m->descr)->def->name,
                           py_type_name(vm, m->self), addr);
}

static py_val_t slotwrap_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    slotwrap_t *w = wrap_ptr(self);
    if (name == vm->names[PY_NAME___name__]) return py_str_intern_c(vm, w->def->name);
    if (name == vm->names[PY_NAME___qualname__])
        return py_str_format_c(vm, "%N.%s", w->owner->name, w->def->name);
    if (py_str_equal(name, py_str_intern_c(vm, "__objclass__"))) return py_from_obj(w->owner);
    return PY_NULL;
}

static py_val_t method_wrapper_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    method_wrapper_t *m = mw_ptr(self);
    if (py_str_equal(name, py_str_intern_c(vm, "__self__"))) return m->self;
    return slotwrap_getattr(vm, m->descr, name);
}

// Two method-wrappers are equal when they wrap the same slot of the same object.
static py_val_t method_wrapper_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if ((op != PY_CMP_OP_EQ && op != PY_CMP_OP_NE) || !py_is_exact(vm, b, PY_T_method_wrapper))
        return PY_NOTIMPLEMENTED;
    bool eq = mw_ptr(a)->self == mw_ptr(b)->self && mw_ptr(a)->descr == mw_ptr(b)->descr;
    return py_bool(op == PY_CMP_OP_EQ ? eq : !eq);
}

static py_hash_t method_wrapper_hash(py_vm_t *vm, py_val_t self) {
    (void)vm;
    return (py_hash_t)((mw_ptr(self)->self >> 4) ^ (mw_ptr(self)->descr >> 4));
}

// wrapper_descriptor.__get__(obj, type=None): the descriptor itself for None,
// else bound to obj (which must be an instance of the owner). May raise; may allocate.
static py_val_t m_get(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    slotwrap_t *w = wrap_ptr(args[0]);
    if (args[1] == PY_NONE) {
        if (nargs < 3 || args[2] == PY_NONE) py_raise_type_error(vm, "__get__(None, None) is invalid");
        return args[0];
    }
    if (!py_isinstance(vm, args[1], w->owner))
        py_raise_type_error(vm, "descriptor '%s' for '%N' objects doesn't apply to a '%T' object",
                            w->def->name, w->owner->name, args[1]);
    return py_slotwrap_bind(vm, args[0], args[1]);
}

static const py_method_def_t slotwrap_methods[] = {
    {"__get__", m_get, 2, 3, 0},
    {NULL, NULL, 0, 0, 0},
};

const py_type_spec_t py_wrapper_descriptor_spec = {
    .name = "wrapper_descriptor",
    .base = PY_T_object,
    .basicsize = sizeof(slotwrap_t),
    .slots = {.mark = slotwrap_mark, .call = slotwrap_call, .repr = slotwrap_repr,
              .getattr = slotwrap_getattr},
    .methods = slotwrap_methods,
};

const py_type_spec_t py_method_wrapper_spec = {
    .name = "method-wrapper",
    .base = PY_T_object,
    .basicsize = sizeof(method_wrapper_t),
    .slots = {.mark = method_wrapper_mark, .call = method_wrapper_call, .repr = method_wrapper_repr,
              .getattr = method_wrapper_getattr, .compare = method_wrapper_compare,
              .hash = method_wrapper_hash},
};
