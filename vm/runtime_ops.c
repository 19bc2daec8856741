// vm/runtime_ops.c: operators, comparison, truth, hashing and subtype tests.
// Layer: vm core (runtime). Dispatches on C slots; classes made in Python
// reach their dunders through the dispatchers of vm/runtime_class.c.
// SPDX-License-Identifier: MIT

#include "except.h"
#include "obj_float.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

// Keeps a slow path out of line, so that the fast path before it needs no
// stack frame (the callee-saved registers the slow path uses).
#if defined(__GNUC__)
#define NO_INLINE __attribute__((noinline))
#else
#define NO_INLINE
#endif

// ---- subtypes -----------------------------------------------------------------------------

bool py_is_subtype(py_type_t *sub, py_type_t *type) {
    if (sub == type) return true;
    if (sub->mro == PY_NULL) {   // start-up, before MRO tuples exist
        for (py_type_t *t = sub->base_type; t; t = t->base_type)
            if (t == type) return true;
        return false;
    }
    py_tuple_t *mro = py_tuple_ptr(sub->mro);
    for (size_t i = 1; i < mro->len; i++)
        if (mro->items[i] == py_from_obj(type)) return true;
    return false;
}

bool py_isinstance(py_vm_t *vm, py_val_t v, py_type_t *type) {
    return py_is_subtype(py_type_of(vm, v), type);
}

// ---- truth and hash ------------------------------------------------------------------------

bool py_truthy(py_vm_t *vm, py_val_t v) {
    if (v == PY_TRUE) return true;
    if (v == PY_FALSE || v == PY_NONE) return false;
    if (py_is_small(v)) return py_small_val(v) != 0;
    if (py_is_istr(v)) return py_str_len(v) != 0;
    if (py_is_tagged_float(v)) return py_tagged_float_val(v) != 0.0;
    py_type_t *t = py_type_of(vm, v);
    if (t->slots.truth) return t->slots.truth(vm, v) != 0;
    if (t->slots.len) return t->slots.len(vm, v) != 0;
    return true;
}

py_hash_t py_hash(py_vm_t *vm, py_val_t v) {
    if (py_is_small(v)) return py_int_hash(v);
    if (py_is_istr(v)) return py_str_hash(v);
    if (py_is_tagged_float(v)) return py_float_hash(py_tagged_float_val(v));
    py_type_t *t = py_type_of(vm, v);
    if (!t->slots.hash) py_raise_type_error(vm, "unhashable type: '%T'", v);
    return t->slots.hash(vm, v);
}

// ---- comparison -------------------------------------------------------------------------------

static const char *const compare_symbols[] = {"==", "!=", "<", "<=", ">", ">="};
// a < b is b > a: the operator the reflected try uses.
static const py_compare_op_t swapped[] = {PY_CMP_OP_EQ, PY_CMP_OP_NE, PY_CMP_OP_GT,
                                          PY_CMP_OP_GE, PY_CMP_OP_LT, PY_CMP_OP_LE};

static py_val_t try_compare(py_vm_t *vm, py_type_t *t, py_compare_op_t op, py_val_t a, py_val_t b) {
    return t->slots.compare ? t->slots.compare(vm, op, a, b) : PY_NOTIMPLEMENTED;
}

NO_INLINE static py_val_t compare_generic(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    py_val_t r;
    py_type_t *ta = py_type_of(vm, a), *tb = py_type_of(vm, b);
    py_check_c_stack(vm);   // lists and tuples compare their items recursively
    // A subclass's reflected method goes first even when it overrides nothing,
    // as CPython's do_richcompare: its inherited one then declines.
    bool reflect_first = ta != tb && tb->slots.compare && py_is_subtype(tb, ta);
    if (reflect_first && (r = try_compare(vm, tb, swapped[op], b, a)) != PY_NOTIMPLEMENTED) return r;
    if ((r = try_compare(vm, ta, op, a, b)) != PY_NOTIMPLEMENTED) return r;
    if (!reflect_first && (r = try_compare(vm, tb, swapped[op], b, a)) != PY_NOTIMPLEMENTED) return r;
    if (op == PY_CMP_OP_EQ) return py_bool(a == b);
    if (op == PY_CMP_OP_NE) return py_bool(a != b);
    py_raise_type_error(vm, "'%s' not supported between instances of '%T' and '%T'",
                        compare_symbols[op], a, b);
}

py_val_t py_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    py_val_t r = py_float_compare_quick(op, a, b);
    return r != PY_NULL ? r : compare_generic(vm, op, a, b);
}

bool py_equal(py_vm_t *vm, py_val_t a, py_val_t b) {
    if (a == b) return true;
    if (py_is_small(a) && py_is_small(b)) return false;
    if (py_is_istr(a) && py_is_istr(b)) return false;
    if (py_is_str(vm, a) && py_is_str(vm, b) && py_is_exact(vm, a, PY_T_str) &&
        py_is_exact(vm, b, PY_T_str))
        return py_str_equal(a, b);
    return py_truthy(vm, py_compare(vm, PY_CMP_OP_EQ, a, b));
}

bool py_less(py_vm_t *vm, py_val_t a, py_val_t b) {
    if (py_is_small(a) && py_is_small(b)) return py_small_val(a) < py_small_val(b);
    py_val_t r = py_float_compare_quick(PY_CMP_OP_LT, a, b);
    if (r != PY_NULL) return r == PY_TRUE;
    return py_truthy(vm, py_compare(vm, PY_CMP_OP_LT, a, b));
}

// ---- binary operators ---------------------------------------------------------------------------

static const char *const binary_symbols[PY_OP__BINARY_COUNT] = {
    "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};

static const char *const reflected_names[PY_OP__BINARY_COUNT] = {
    "__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rmod__", "__rpow__",
    "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__", "__rfloordiv__"};

// Whether subclass [tb] of [ta] has a reflected method for [op] of its own,
// which CPython's method_is_overloaded asks before trying it first: two
// classes made in Python share the one dispatching slot, so the slots
// alone cannot tell.
static bool reflected_overridden(py_vm_t *vm, py_type_t *ta, py_type_t *tb, py_binary_op_t op) {
    if (ta->slots.binary != tb->slots.binary) return true;
    if (tb->slots.binary != py_class_binary_slot) return false;
    py_val_t name = py_str_intern_c(vm, reflected_names[op]);
    py_val_t fb = py_type_lookup(vm, tb, name);
    return fb != PY_NULL && fb != py_type_lookup(vm, ta, name);
}

// One side's try: the class dispatcher (told whether it is the reflected
// side) or the built-in slot, which sees both operands as they are.
static py_val_t try_side(py_vm_t *vm, py_type_t *t, py_binary_op_t op, py_val_t a, py_val_t b,
                         bool reflected) {
    if (t->slots.binary == py_class_binary_slot) return py_class_binary(vm, op, a, b, reflected);
    return t->slots.binary ? t->slots.binary(vm, op, a, b) : PY_NOTIMPLEMENTED;
}

// a op= b in place: __iop__ of a class, or the slot of a built-in whose
// operator set lists the operator as in-place (list +=, set |=, array +=).
// Other built-in slots only see plain operators.
static py_val_t try_inplace(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    py_type_t *ta = py_type_of(vm, a);
    if (ta->slots.binary == py_class_binary_slot) return py_class_binary(vm, op, a, b, false);
    const py_operator_set_t *ops = ta->operators;
    bool in_place = ops && (ops->inplace & (1u << (op & ~PY_OP_INPLACE)));
    return in_place && ta->slots.binary ? ta->slots.binary(vm, op, a, b) : PY_NOTIMPLEMENTED;
}

static bool is_sequence(py_vm_t *vm, py_val_t v) {
    py_type_id_t id = py_type_of(vm, v)->id;
    return id == PY_T_str || id == PY_T_list || id == PY_T_tuple || id == PY_T_bytes;
}

_Noreturn static void binary_error(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    py_binary_op_t base = op & ~PY_OP_INPLACE;
    if (base == PY_OP_ADD && is_sequence(vm, a) && py_type_of(vm, a)->id != py_type_of(vm, b)->id)
        py_raise_type_error(vm, "can only concatenate %s (not \"%T\") to %s", py_type_name(vm, a), b,
                            py_type_name(vm, a));
    if (base == PY_OP_MUL && (is_sequence(vm, a) || is_sequence(vm, b))) {
        py_val_t other = is_sequence(vm, a) ? b : a;
        if (!py_is_int(vm, other) && !py_is_bool(other))
            py_raise_type_error(vm, "can't multiply sequence by non-int of type '%T'", other);
    }
    py_raise_type_error(vm, "unsupported operand type(s) for %s%s%s: '%T' and '%T'",
                        binary_symbols[base], base == PY_OP_POW && !(op & PY_OP_INPLACE) ? " or pow()" : "",
                        (op & PY_OP_INPLACE) ? "=" : "", a, b);
}

// True when [v] is not an int but converts to one through __index__. Never
// raises; does not allocate.
static bool has_index(py_vm_t *vm, py_val_t v) {
    py_type_t *t = py_type_of(vm, v);
    return (t->flags & PY_TF_HEAPTYPE) && !py_is_int(vm, v) &&
           py_class_lookup_user(vm, t, vm->names[PY_NAME___index__]) != PY_NULL;
}

// seq * n where n has __index__: CPython's sequence repeat, tried after both
// operands' multiplication declined. PY_NOTIMPLEMENTED when it does not
// apply. May raise; may allocate.
static py_val_t try_repeat(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    if ((op & ~PY_OP_INPLACE) != PY_OP_MUL) return PY_NOTIMPLEMENTED;
    if (is_sequence(vm, a) && has_index(vm, b)) return py_binary(vm, op, a, py_index(vm, b));
    if (is_sequence(vm, b) && has_index(vm, a)) return py_binary(vm, op, py_index(vm, a), b);
    return PY_NOTIMPLEMENTED;
}

// True when a op= b is list's in-place concatenation or repetition, which
// CPython tries only after both operands' numeric methods: b's __radd__
// comes before list's +=. May allocate (an interned name).
static bool list_inplace_last(py_vm_t *vm, py_binary_op_t plain, py_type_t *ta) {
    if (ta->id != PY_T_list || (plain != PY_OP_ADD && plain != PY_OP_MUL)) return false;
    if (!(ta->flags & PY_TF_HEAPTYPE)) return true;
    py_val_t name = py_str_intern_c(vm, plain == PY_OP_ADD ? "__iadd__" : "__imul__");
    return py_class_lookup_user(vm, ta, name) == PY_NULL;
}

NO_INLINE static py_val_t binary_generic(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    py_val_t r;
    py_binary_op_t plain = op & ~PY_OP_INPLACE;
    py_type_t *ta = py_type_of(vm, a), *tb = py_type_of(vm, b);
    // A float with an int (or float) of the built-in types is float's to
    // compute; going straight to its slot spares int's declining first.
    py_type_t *tf = vm->types[PY_T_float];
    if ((ta == tf || tb == tf) && !((ta->flags | tb->flags) & PY_TF_HEAPTYPE) &&
        (r = tf->slots.binary(vm, plain, a, b)) != PY_NOTIMPLEMENTED)
        return r;
    // The same for complex, which every other built-in number declines.
    py_type_t *tc = vm->types[PY_T_complex];
    if ((ta == tc || tb == tc) && !((ta->flags | tb->flags) & PY_TF_HEAPTYPE) &&
        (r = tc->slots.binary(vm, plain, a, b)) != PY_NOTIMPLEMENTED)
        return r;
    if (op & PY_OP_INPLACE) {
        if (ta != tb && tb->id != PY_T_list && list_inplace_last(vm, plain, ta) &&
            (r = try_side(vm, tb, plain, a, b, true)) != PY_NOTIMPLEMENTED)
            return r;
        if ((r = try_inplace(vm, op, a, b)) != PY_NOTIMPLEMENTED) return r;
    }
    // A subclass operand that overrides the operator goes first (CPython's rule).
    bool reflect_first = ta != tb && tb->slots.binary && py_is_subtype(tb, ta) &&
                         reflected_overridden(vm, ta, tb, plain);
    if (reflect_first && (r = try_side(vm, tb, plain, a, b, true)) != PY_NOTIMPLEMENTED) return r;
    if ((r = try_side(vm, ta, plain, a, b, false)) != PY_NOTIMPLEMENTED) return r;
    if (ta != tb && !reflect_first && (r = try_side(vm, tb, plain, a, b, true)) != PY_NOTIMPLEMENTED)
        return r;
    if ((r = try_repeat(vm, op, a, b)) != PY_NOTIMPLEMENTED) return r;
    binary_error(vm, op, a, b);
}

py_val_t py_binary(py_vm_t *vm, py_binary_op_t op, py_val_t a, py_val_t b) {
    py_val_t r = py_float_binary_quick(vm, op, a, b);
    return r != PY_NULL ? r : binary_generic(vm, op, a, b);
}

// ---- unary operators ----------------------------------------------------------------------------

py_val_t py_unary(py_vm_t *vm, py_unary_op_t op, py_val_t a) {
    static const char *const symbols[] = {"~", "not", "+", "-"};
    if (op == PY_UOP_NOT) return py_bool(!py_truthy(vm, a));
    if (py_is_tagged_float(a) && op == PY_UOP_NEG) return py_float_new(vm, -py_tagged_float_val(a));
    py_type_t *t = py_type_of(vm, a);
    py_val_t r = PY_NULL;
    // A Python dunder's result is returned as is, even NotImplemented.
    if (t->flags & PY_TF_HEAPTYPE) r = py_class_unary_dunder(vm, op, a);
    if (r != PY_NULL) return r;
    r = t->slots.unary ? t->slots.unary(vm, op, a) : PY_NOTIMPLEMENTED;
    if (r == PY_NOTIMPLEMENTED)
        py_raise_type_error(vm, "bad operand type for unary %s: '%T'", symbols[op], a);
    return r;
}
