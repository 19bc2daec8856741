// tests/unit/test_runtime.c: the generic protocols of vm/runtime*.c: operators with their
// reflected tries and errors, comparison, hashing, attributes, items, iteration, calls,
// conversions, and the dunder dispatch of classes (runtime_class.c).
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "except.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_float.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(runtime, .init = unit_vm_setup, .fini = unit_vm_teardown);

static py_val_t I(int64_t i) { return py_int_from_i64(vm, i); }
static py_val_t S(const char *s) { return py_str_from_c(vm, s); }
static py_val_t N(const char *s) { return py_str_intern_c(vm, s); }
static py_val_t list3(int a, int b, int c) {
    return py_list_new(vm, 3, (py_val_t[]){py_small(a), py_small(b), py_small(c)});
}

// One C call under py_pcall, by kind, with its operands and result.
typedef enum { K_BINARY, K_UNARY, K_COMPARE, K_HASH, K_LEN, K_ITER, K_NEXT, K_GETITEM,
               K_SETITEM, K_DELITEM, K_GETATTR, K_SETATTR, K_CALL, K_INT64, K_INDEX, K_DOUBLE,
               K_CONTAINS, K_TRUTH, K_REPR } kind_t;

typedef struct op {
    kind_t kind;
    int op;
    py_val_t a, b, c;
    const char *what;
    py_val_t result;
    int64_t i;
    double d;
} op_t;

static void run_op(py_vm_t *v, void *ud) {
    op_t *o = ud;
    switch (o->kind) {
    case K_BINARY: o->result = py_binary(v, (py_binary_op_t)o->op, o->a, o->b); break;
    case K_UNARY: o->result = py_unary(v, (py_unary_op_t)o->op, o->a); break;
    case K_COMPARE: o->result = py_compare(v, (py_compare_op_t)o->op, o->a, o->b); break;
    case K_HASH: o->i = py_hash(v, o->a); break;
    case K_LEN: o->i = (int64_t)py_len(v, o->a); break;
    case K_ITER: o->result = py_iter(v, o->a); break;
    case K_NEXT: o->result = py_next(v, o->a); break;
    case K_GETITEM: o->result = py_getitem(v, o->a, o->b); break;
    case K_SETITEM: py_setitem(v, o->a, o->b, o->c); break;
    case K_DELITEM: py_delitem(v, o->a, o->b); break;
    case K_GETATTR: o->result = py_getattr(v, o->a, o->b); break;
    case K_SETATTR: py_setattr(v, o->a, o->b, o->c); break;
    case K_CALL: o->result = py_call(v, o->a, 0, NULL, PY_NULL); break;
    case K_INT64: o->i = py_to_int64(v, o->a); break;
    case K_INDEX: o->i = (int64_t)py_to_index(v, o->a, (size_t)o->op, o->what); break;
    case K_DOUBLE: o->d = py_to_double(v, o->a); break;
    case K_CONTAINS: o->i = py_contains(v, o->a, o->b); break;
    case K_TRUTH: o->i = py_truthy(v, o->a); break;
    case K_REPR: o->result = py_repr(v, o->a); break;
    }
}

static op_t ok(op_t o) {
    unit_ok(run_op, &o);
    return o;
}

static void fails(op_t o, py_exc_id_t id, const char *msg) { unit_raises_msg(run_op, &o, id, msg); }

#define BIN(opv, x, y) ((op_t){.kind = K_BINARY, .op = (opv), .a = (x), .b = (y)})

// ---- binary and unary operators ------------------------------------------------------------

Test(runtime, binary_on_builtins) {
    cr_assert_eq(ok(BIN(PY_OP_ADD, I(2), I(3))).result, I(5));
    cr_assert_str_eq(unit_repr(ok(BIN(PY_OP_MUL, S("ab"), I(2))).result), "'abab'");
    cr_assert_str_eq(unit_repr(ok(BIN(PY_OP_MUL, I(2), list3(1, 2, 3))).result),
                     "[1, 2, 3, 1, 2, 3]");
    cr_assert_str_eq(unit_repr(ok(BIN(PY_OP_TRUEDIV, I(1), I(2))).result), "0.5");
    cr_assert_eq(ok(BIN(PY_OP_ADD, PY_TRUE, PY_TRUE)).result, I(2));
}

Test(runtime, inplace_mutates_lists_only) {
    py_val_t l = list3(1, 2, 3);
    py_val_t r = ok(BIN(PY_OP_ADD + PY_OP_INPLACE, l, list3(4, 5, 6))).result;
    cr_assert_eq(r, l, "list += extends in place");
    cr_assert_eq(py_list_ptr(l)->len, 6);
    py_val_t t = py_tuple_new(vm, 1, (py_val_t[]){I(1)});
    py_val_t t2 = ok(BIN(PY_OP_ADD + PY_OP_INPLACE, t, t)).result;
    cr_assert_neq(t2, t, "tuple += makes a new tuple");
    cr_assert_str_eq(unit_repr(t2), "(1, 1)");
}

Test(runtime, binary_error_messages) {
    fails(BIN(PY_OP_ADD, I(1), S("x")), PY_EXC_TypeError,
          "unsupported operand type(s) for +: 'int' and 'str'");
    fails(BIN(PY_OP_ADD, S("a"), I(1)), PY_EXC_TypeError, "can only concatenate str (not \"int\") to str");
    fails(BIN(PY_OP_ADD, list3(1, 2, 3), py_tuple_new(vm, 0, NULL)), PY_EXC_TypeError,
          "can only concatenate list (not \"tuple\") to list");
    fails(BIN(PY_OP_MUL, list3(1, 2, 3), py_float_new(vm, 1.5)), PY_EXC_TypeError,
          "can't multiply sequence by non-int of type 'float'");
    fails(BIN(PY_OP_POW, S("x"), I(2)), PY_EXC_TypeError,
          "unsupported operand type(s) for ** or pow(): 'str' and 'int'");
    fails(BIN(PY_OP_ADD + PY_OP_INPLACE, I(1), S("x")), PY_EXC_TypeError,
          "unsupported operand type(s) for +=: 'int' and 'str'");
    fails(BIN(PY_OP_FLOORDIV, I(1), I(0)), PY_EXC_ZeroDivisionError,
          "integer division or modulo by zero");
}

Test(runtime, unary_operators_and_errors) {
    cr_assert_eq(ok((op_t){.kind = K_UNARY, .op = PY_UOP_NEG, .a = I(4)}).result, I(-4));
    cr_assert_eq(ok((op_t){.kind = K_UNARY, .op = PY_UOP_INVERT, .a = I(0)}).result, I(-1));
    cr_assert_eq(ok((op_t){.kind = K_UNARY, .op = PY_UOP_NOT, .a = S("")}).result, PY_TRUE);
    fails((op_t){.kind = K_UNARY, .op = PY_UOP_NEG, .a = S("x")}, PY_EXC_TypeError,
          "bad operand type for unary -: 'str'");
    fails((op_t){.kind = K_UNARY, .op = PY_UOP_INVERT, .a = list3(1, 2, 3)}, PY_EXC_TypeError,
          "bad operand type for unary ~: 'list'");
}

Test(runtime, class_operators_and_reflection) {
    py_val_t g = unit_run("class V:\n    def __init__(self, x):\n        self.x = x\n"
                          "    def __add__(self, o):\n        return ('add', o)\n"
                          "    def __radd__(self, o):\n        return ('radd', o)\n"
                          "    def __neg__(self):\n        return 'neg'\n"
                          "class W(V):\n    def __radd__(self, o):\n        return ('W.radd', o)\n"
                          "v = V(1)\n"
                          "r = (v + 1, 1 + v, V(0) + W(0) == ('W.radd', V(0)), -v)\n"
                          "class I:\n    def __iadd__(self, o):\n        self.n = o\n        return self\n"
                          "i = I()\nj = i\ni += 5\nsame = (i is j, i.n)\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(('add', 1), ('radd', 1), False, 'neg')");
    cr_assert_str_eq(unit_get_repr(g, "same"), "(True, 5)");
}

Test(runtime, subclass_reflected_operator_goes_first) {
    py_val_t g = unit_run("class A:\n    def __add__(self, o):\n        return 'A.add'\n"
                          "class B(A):\n    def __radd__(self, o):\n        return 'B.radd'\n"
                          "class C(int):\n    def __radd__(self, o):\n        return 'C.radd'\n"
                          "r = (A() + B(), 1 + C(2), C(2) + 1)\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "('B.radd', 'C.radd', 3)");
}

Test(runtime, not_implemented_from_both_sides_is_a_type_error) {
    py_val_t e = unit_run_raises("class A:\n    def __add__(self, o):\n        return NotImplemented\n"
                                 "A() + 1\n", PY_EXC_TypeError);
    cr_assert_str_eq(unit_str(e), "unsupported operand type(s) for +: 'A' and 'int'");
}

// ---- comparison, equality, hash, truth ---------------------------------------------------------

#define CMP(opv, x, y) ((op_t){.kind = K_COMPARE, .op = (opv), .a = (x), .b = (y)})

Test(runtime, compare_builtins_and_errors) {
    cr_assert_eq(ok(CMP(PY_CMP_OP_LT, I(1), I(2))).result, PY_TRUE);
    cr_assert_eq(ok(CMP(PY_CMP_OP_GE, py_float_new(vm, 2.5), I(2))).result, PY_TRUE);
    cr_assert_eq(ok(CMP(PY_CMP_OP_EQ, I(1), S("1"))).result, PY_FALSE);
    cr_assert_eq(ok(CMP(PY_CMP_OP_NE, I(1), S("1"))).result, PY_TRUE);
    cr_assert_eq(ok(CMP(PY_CMP_OP_LT, list3(1, 2, 3), list3(1, 2, 4))).result, PY_TRUE);
    fails(CMP(PY_CMP_OP_LT, I(1), S("a")), PY_EXC_TypeError,
          "'<' not supported between instances of 'int' and 'str'");
    fails(CMP(PY_CMP_OP_GE, PY_NONE, PY_NONE), PY_EXC_TypeError,
          "'>=' not supported between instances of 'NoneType' and 'NoneType'");
}

Test(runtime, compare_reflects_to_the_other_side) {
    py_val_t g = unit_run("class A:\n    def __gt__(self, o):\n        return 'A.gt'\n"
                          "    def __eq__(self, o):\n        return 'A.eq'\n"
                          "r = (1 < A(), 1 == A(), A() > 1)\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "('A.gt', 'A.eq', 'A.gt')");
}

Test(runtime, compare_tries_a_subclass_first) {
    py_val_t g = unit_run("class A:\n    def __lt__(self, o):\n        return 'A.lt'\n"
                          "class B(A):\n    def __gt__(self, o):\n        return 'B.gt'\n"
                          "class C(A): pass\n"
                          "r = (A() < B(), A() < C())\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "('B.gt', 'A.lt')");
}

Test(runtime, equal_across_numbers_and_strings) {
    cr_assert(py_equal(vm, I(1), py_float_new(vm, 1.0)));
    cr_assert(py_equal(vm, PY_TRUE, I(1)));
    cr_assert(py_equal(vm, S("abc"), N("abc")));
    cr_assert_not(py_equal(vm, S("abc"), S("abd")));
    cr_assert(py_less(vm, I(-5), I(3)));
    cr_assert(py_less(vm, S("a"), S("b")));
}

static py_hash_t hash_of(py_val_t v) { return ok((op_t){.kind = K_HASH, .a = v}).i; }

Test(runtime, hash_agrees_across_int_float_bool) {
    cr_assert_eq(hash_of(I(1)), hash_of(py_float_new(vm, 1.0)));
    cr_assert_eq(hash_of(I(1)), hash_of(PY_TRUE));
    cr_assert_eq(hash_of(I(0)), hash_of(PY_FALSE));
    cr_assert_eq(hash_of(I(-7)), hash_of(py_float_new(vm, -7.0)));
    py_val_t big = py_int_from_double(vm, 1e20);
    cr_assert_eq(hash_of(big), hash_of(py_float_new(vm, 1e20)));
    cr_assert_eq(hash_of(S("name")), hash_of(N("name")));
    cr_assert_eq(hash_of(I(-1)), -2, "CPython never hashes to -1");
}

Test(runtime, unhashable_values) {
    fails((op_t){.kind = K_HASH, .a = list3(1, 2, 3)}, PY_EXC_TypeError, "unhashable type: 'list'");
    fails((op_t){.kind = K_HASH, .a = py_dict_new(vm)}, PY_EXC_TypeError, "unhashable type: 'dict'");
    py_val_t e = unit_run_raises("class A:\n    def __eq__(self, o):\n        return True\nhash(A())\n",
                                 PY_EXC_TypeError);
    cr_assert_str_eq(unit_str(e), "unhashable type: 'A'");
}

Test(runtime, class_hash_and_truth_dunders) {
    py_val_t g = unit_run("class H:\n    def __hash__(self):\n        return 7\n"
                          "class Z:\n    def __len__(self):\n        return 0\n"
                          "class B:\n    def __bool__(self):\n        return False\n"
                          "r = (hash(H()), bool(Z()), bool(B()), bool(H()))\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(7, False, False, True)");
    py_val_t e = unit_run_raises("class A:\n    def __bool__(self):\n        return 1\nbool(A())\n",
                                 PY_EXC_TypeError);
    cr_assert_str_eq(unit_str(e), "__bool__ should return bool, returned int");
    e = unit_run_raises("class A:\n    def __len__(self):\n        return -1\nlen(A())\n",
                        PY_EXC_ValueError);
    cr_assert_str_eq(unit_str(e), "__len__() should return >= 0");
}

Test(runtime, truthiness_of_builtins) {
    cr_assert_not(py_truthy(vm, I(0)));
    cr_assert(py_truthy(vm, I(-1)));
    cr_assert_not(py_truthy(vm, S("")));
    cr_assert(py_truthy(vm, S("x")));
    cr_assert_not(py_truthy(vm, py_list_new(vm, 0, NULL)));
    cr_assert(py_truthy(vm, list3(0, 0, 0)));
    cr_assert_not(py_truthy(vm, py_float_new(vm, 0.0)));
    cr_assert(py_truthy(vm, py_from_obj(vm->types[PY_T_int])));
}

Test(runtime, repr_must_return_str) {
    py_val_t e = unit_run_raises("class A:\n    def __repr__(self):\n        return 1\nrepr(A())\n",
                                 PY_EXC_TypeError);
    cr_assert_str_eq(unit_str(e), "__repr__ returned non-string (type int)");
    e = unit_run_raises("class A:\n    def __str__(self):\n        return 1\nstr(A())\n",
                        PY_EXC_TypeError);
    cr_assert_str_eq(unit_str(e), "__str__ returned non-string (type int)");
    cr_assert_str_eq(py_type_name(vm, list3(1, 2, 3)), "list");
}

// ---- attributes ------------------------------------------------------------------------

Test(runtime, getattr_errors_name_the_object) {
    fails((op_t){.kind = K_GETATTR, .a = I(1), .b = N("foo")}, PY_EXC_AttributeError,
          "'int' object has no attribute 'foo'");
    fails((op_t){.kind = K_GETATTR, .a = py_from_obj(vm->types[PY_T_int]), .b = N("foo")},
          PY_EXC_AttributeError, "type object 'int' has no attribute 'foo'");
    fails((op_t){.kind = K_GETATTR, .a = vm->sys, .b = N("nope")}, PY_EXC_AttributeError,
          "module 'sys' has no attribute 'nope'");
    fails((op_t){.kind = K_GETATTR, .a = I(1), .b = I(2)}, PY_EXC_TypeError,
          "attribute name must be string, not 'int'");
    cr_assert_eq(py_getattr_opt(vm, I(1), N("foo")), PY_NULL);
}

Test(runtime, getattr_accepts_non_interned_names) {
    py_val_t l = list3(1, 2, 3);
    py_val_t m = ok((op_t){.kind = K_GETATTR, .a = l, .b = S("append")}).result;
    cr_assert(py_is_a(vm, m, PY_T_builtin_function));
    cr_assert_eq(((py_builtin_t *)py_obj(m))->self, l, "bound to the list");
}

Test(runtime, setattr_and_delete) {
    py_val_t g = unit_run("class A: pass\na = A()\n");
    py_val_t a = unit_get(g, "a");
    ok((op_t){.kind = K_SETATTR, .a = a, .b = S("z"), .c = I(9)});
    cr_assert_eq(py_getattr(vm, a, N("z")), I(9));
    ok((op_t){.kind = K_SETATTR, .a = a, .b = N("z"), .c = PY_NULL});
    fails((op_t){.kind = K_SETATTR, .a = a, .b = N("z"), .c = PY_NULL}, PY_EXC_AttributeError,
          "'A' object has no attribute 'z'");
    fails((op_t){.kind = K_SETATTR, .a = list3(1, 2, 3), .b = N("z"), .c = I(1)},
          PY_EXC_AttributeError, "'list' object has no attribute 'z'");
}

Test(runtime, getmethod_defers_binding) {
    py_val_t g = unit_run("class A:\n    def m(self):\n        return 1\n"
                          "a = A()\nb = A()\nb.m = len\n");
    py_val_t a = unit_get(g, "a"), self = PY_NULL;
    py_val_t f = py_getmethod(vm, a, N("m"), &self);
    cr_assert_eq(self, a);
    cr_assert(py_is_a(vm, f, PY_T_function));
    // An instance attribute shadows the method and comes back already usable.
    py_val_t b = unit_get(g, "b");
    f = py_getmethod(vm, b, N("m"), &self);
    cr_assert_eq(self, PY_NULL);
    cr_assert(py_is_a(vm, f, PY_T_builtin_function));
    // A built-in type's method: the unbound C function plus self.
    py_val_t l = list3(1, 2, 3);
    f = py_getmethod(vm, l, N("append"), &self);
    cr_assert_eq(self, l);
    cr_assert_eq(((py_builtin_t *)py_obj(f))->self, PY_NULL);
    py_call_method(vm, l, N("append"), 1, (py_val_t[]){I(4)});
    cr_assert_eq(py_list_ptr(l)->len, 4);
}

// ---- items, len, contains, iteration -------------------------------------------------------

Test(runtime, items_of_lists_and_dicts) {
    py_val_t l = list3(1, 2, 3), d = py_dict_new(vm);
    cr_assert_eq(ok((op_t){.kind = K_GETITEM, .a = l, .b = I(-1)}).result, I(3));
    ok((op_t){.kind = K_SETITEM, .a = d, .b = S("k"), .c = I(1)});
    cr_assert_eq(ok((op_t){.kind = K_GETITEM, .a = d, .b = S("k")}).result, I(1));
    ok((op_t){.kind = K_DELITEM, .a = d, .b = S("k")});
    fails((op_t){.kind = K_GETITEM, .a = d, .b = S("k")}, PY_EXC_KeyError, "'k'");
    ok((op_t){.kind = K_DELITEM, .a = l, .b = I(0)});
    cr_assert_str_eq(unit_repr(l), "[2, 3]");
}

Test(runtime, item_errors) {
    py_val_t t = py_tuple_new(vm, 1, (py_val_t[]){I(1)});
    fails((op_t){.kind = K_GETITEM, .a = I(1), .b = I(0)}, PY_EXC_TypeError,
          "'int' object is not subscriptable");
    fails((op_t){.kind = K_GETITEM, .a = py_from_obj(vm->types[PY_T_int]), .b = I(0)},
          PY_EXC_TypeError, "type 'int' is not subscriptable");
    fails((op_t){.kind = K_SETITEM, .a = t, .b = I(0), .c = I(1)}, PY_EXC_TypeError,
          "'tuple' object does not support item assignment");
    fails((op_t){.kind = K_DELITEM, .a = t, .b = I(0)}, PY_EXC_TypeError,
          "'tuple' object doesn't support item deletion");
    fails((op_t){.kind = K_GETITEM, .a = list3(1, 2, 3), .b = I(3)}, PY_EXC_IndexError,
          "list index out of range");
}

Test(runtime, len_of_builtins_and_errors) {
    cr_assert_eq(ok((op_t){.kind = K_LEN, .a = S("héllo")}).i, 5);
    cr_assert_eq(ok((op_t){.kind = K_LEN, .a = list3(1, 2, 3)}).i, 3);
    fails((op_t){.kind = K_LEN, .a = I(1)}, PY_EXC_TypeError, "object of type 'int' has no len()");
}

Test(runtime, contains_by_slot_or_iteration) {
    cr_assert_eq(ok((op_t){.kind = K_CONTAINS, .a = list3(1, 2, 3), .b = py_float_new(vm, 2.0)}).i, 1);
    cr_assert_eq(ok((op_t){.kind = K_CONTAINS, .a = S("hello"), .b = S("ell")}).i, 1);
    py_val_t g = unit_run("class It:\n    def __iter__(self):\n        return iter([1, 2])\n"
                          "r = (2 in It(), 3 in It())\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(True, False)");
    fails((op_t){.kind = K_CONTAINS, .a = I(3), .b = I(1)}, PY_EXC_TypeError,
          "argument of type 'int' is not iterable");
}

Test(runtime, iteration_ends_with_the_null_sentinel) {
    py_val_t it = ok((op_t){.kind = K_ITER, .a = list3(7, 8, 9)}).result;
    cr_assert_eq(py_next(vm, it), I(7));
    cr_assert_eq(py_next(vm, it), I(8));
    cr_assert_eq(py_next(vm, it), I(9));
    cr_assert_eq(py_next(vm, it), PY_NULL);
    cr_assert_eq(py_next(vm, it), PY_NULL, "stays exhausted");
    cr_assert_eq(py_iter(vm, it), it, "an iterator is its own iterator");
}

Test(runtime, iteration_errors) {
    fails((op_t){.kind = K_ITER, .a = I(1)}, PY_EXC_TypeError, "'int' object is not iterable");
    fails((op_t){.kind = K_NEXT, .a = list3(1, 2, 3)}, PY_EXC_TypeError,
          "'list' object is not an iterator");
    py_val_t e = unit_run_raises("class A:\n    def __iter__(self):\n        return 1\niter(A())\n",
                                 PY_EXC_TypeError);
    cr_assert_str_eq(unit_str(e), "iter() returned non-iterator of type 'int'");
}

Test(runtime, class_iterators_and_old_style_sequences) {
    py_val_t g = unit_run("class C:\n    def __init__(self):\n        self.n = 0\n"
                          "    def __iter__(self):\n        return self\n"
                          "    def __next__(self):\n        self.n += 1\n"
                          "        if self.n > 3:\n            raise StopIteration\n        return self.n\n"
                          "class S:\n    def __getitem__(self, i):\n"
                          "        if i >= 2:\n            raise IndexError\n        return i * 10\n"
                          "r = (list(C()), list(S()))\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "([1, 2, 3], [0, 10])");
    py_val_t s = py_call0(vm, unit_get(g, "S"));
    py_val_t it = py_iter(vm, s);
    cr_assert_eq(py_next(vm, it), I(0));
    cr_assert_eq(py_next(vm, it), I(10));
    cr_assert_eq(py_next(vm, it), PY_NULL);
}

// ---- calls ------------------------------------------------------------------------------

typedef struct call_job {
    py_val_t f;
    size_t nargs;
    const py_val_t *args;
    py_val_t kwnames, result;
} call_job_t;

static void do_call(py_vm_t *v, void *ud) {
    call_job_t *c = ud;
    c->result = py_call(v, c->f, c->nargs, c->args, c->kwnames);
}

Test(runtime, call_with_kwnames) {
    py_val_t g = unit_run("def f(a, b=2, *, c=3, **kw):\n    return (a, b, c, kw)\n");
    py_val_t kw = py_tuple_new(vm, 2, (py_val_t[]){N("c"), N("z")});
    call_job_t c = {unit_get(g, "f"), 1, (py_val_t[]){I(1), I(30), I(99)}, kw, PY_NULL};
    unit_ok(do_call, &c);
    cr_assert_str_eq(unit_repr(c.result), "(1, 2, 30, {'z': 99})");
    call_job_t c2 = {unit_get(g, "f"), 2, (py_val_t[]){I(1), I(5)}, PY_NULL, PY_NULL};
    unit_ok(do_call, &c2);
    cr_assert_str_eq(unit_repr(c2.result), "(1, 5, 3, {})");
}

Test(runtime, calling_a_non_callable) {
    cr_assert_not(py_callable(vm, I(1)));
    cr_assert(py_callable(vm, py_from_obj(vm->types[PY_T_int])));
    fails((op_t){.kind = K_CALL, .a = I(1)}, PY_EXC_TypeError, "'int' object is not callable");
    py_val_t g = unit_run("class A:\n    def __call__(self, x=4):\n        return x * 2\n"
                          "r = A()() + A()(1)\nc = callable(A())\n");
    cr_assert_eq(unit_get_int(g, "r"), 10);
    cr_assert_eq(unit_get(g, "c"), PY_TRUE);
}

Test(runtime, call_method_by_name) {
    py_val_t s = S("a,b");
    py_val_t parts = py_call_method(vm, s, N("split"), 1, (py_val_t[]){S(",")});
    cr_assert_str_eq(unit_repr(parts), "['a', 'b']");
}

// ---- conversions ---------------------------------------------------------------------------

static int64_t to_i64(py_val_t v) { return ok((op_t){.kind = K_INT64, .a = v}).i; }

Test(runtime, to_int64_of_ints_bools_and_index) {
    cr_assert_eq(to_i64(I(-5)), -5);
    cr_assert_eq(to_i64(PY_TRUE), 1);
    cr_assert_eq(to_i64(I(INT64_MAX)), INT64_MAX);
    cr_assert_eq(to_i64(I(INT64_MIN)), INT64_MIN);
    py_val_t g = unit_run("class X:\n    def __index__(self):\n        return 12\nx = X()\n");
    cr_assert_eq(to_i64(unit_get(g, "x")), 12);
}

Test(runtime, to_int64_errors) {
    py_val_t big = unit_eval("2 ** 63");
    fails((op_t){.kind = K_INT64, .a = big}, PY_EXC_OverflowError,
          "Python int too large to convert to C long");
    fails((op_t){.kind = K_INT64, .a = py_float_new(vm, 1.5)}, PY_EXC_TypeError,
          "'float' object cannot be interpreted as an integer");
    py_val_t g = unit_run("class X:\n    def __index__(self):\n        return 1.0\nx = X()\n");
    fails((op_t){.kind = K_INT64, .a = unit_get(g, "x")}, PY_EXC_TypeError,
          "__index__ returned non-int (type float)");
}

#define IDX(v, n, w) ((op_t){.kind = K_INDEX, .a = (v), .op = (n), .what = (w)})

Test(runtime, to_index_wraps_and_checks) {
    cr_assert_eq(ok(IDX(I(2), 5, "list")).i, 2);
    cr_assert_eq(ok(IDX(I(-1), 5, "list")).i, 4);
    cr_assert_eq(ok(IDX(I(-5), 5, "list")).i, 0);
    cr_assert_eq(ok(IDX(PY_TRUE, 5, "list")).i, 1);
    fails(IDX(I(5), 5, "list"), PY_EXC_IndexError, "list index out of range");
    fails(IDX(I(-6), 5, "tuple"), PY_EXC_IndexError, "tuple index out of range");
    fails(IDX(I(0), 0, "list"), PY_EXC_IndexError, "list index out of range");
    fails(IDX(unit_eval("10 ** 30"), 5, "list"), PY_EXC_IndexError,
          "cannot fit 'int' into an index-sized integer");
}

Test(runtime, to_index_type_errors) {
    fails(IDX(py_float_new(vm, 1.5), 5, "list"), PY_EXC_TypeError,
          "list indices must be integers or slices, not float");
    fails(IDX(py_float_new(vm, 1.5), 5, "string"), PY_EXC_TypeError,
          "string indices must be integers, not 'float'");
}

static double to_d(py_val_t v) { return ok((op_t){.kind = K_DOUBLE, .a = v}).d; }

Test(runtime, to_double_of_numbers) {
    cr_assert_eq(to_d(I(3)), 3.0);
    cr_assert_eq(to_d(PY_TRUE), 1.0);
    cr_assert_eq(to_d(py_float_new(vm, -0.25)), -0.25);
    cr_assert_eq(to_d(unit_eval("2 ** 100")), 1267650600228229401496703205376.0);
    py_val_t g = unit_run("class F:\n    def __float__(self):\n        return 2.5\n"
                          "class X:\n    def __index__(self):\n        return 7\nf = F()\nx = X()\n");
    cr_assert_eq(to_d(unit_get(g, "f")), 2.5);
    cr_assert_eq(to_d(unit_get(g, "x")), 7.0);
}

Test(runtime, to_double_errors) {
    fails((op_t){.kind = K_DOUBLE, .a = S("1")}, PY_EXC_TypeError, "must be real number, not str");
    py_val_t g = unit_run("class F:\n    def __float__(self):\n        return 1\nf = F()\n");
    fails((op_t){.kind = K_DOUBLE, .a = unit_get(g, "f")}, PY_EXC_TypeError,
          "F.__float__ returned non-float (type int)");
    fails((op_t){.kind = K_DOUBLE, .a = unit_eval("10 ** 400")}, PY_EXC_OverflowError,
          "int too large to convert to float");
}
