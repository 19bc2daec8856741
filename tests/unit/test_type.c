// tests/unit/test_type.c: types and classes (vm/obj_type.c), object (vm/obj_object.c),
// super (vm/obj_super.c) and the singletons None, Ellipsis, NotImplemented (vm/obj_misc.c).
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "except.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(type, .init = unit_vm_setup, .fini = unit_vm_teardown);

static py_val_t S(const char *s) { return py_str_intern_c(vm, s); }
static py_type_t *T(py_val_t v) { return (py_type_t *)py_obj(v); }

typedef struct class_job {
    const char *name;
    py_val_t bases, ns, result;
} class_job_t;

static void make_class(py_vm_t *v, void *ud) {
    class_job_t *j = ud;
    j->result = py_type_new_class(v, py_str_from_c(v, j->name), j->bases, j->ns);
}

// A class [name] with [n] bases and an empty namespace but __module__ 'm'.
static py_val_t new_class(const char *name, size_t n, const py_val_t *bases) {
    py_val_t ns = py_dict_new(vm);
    py_dict_set_name(vm, ns, vm->names[PY_NAME___module__], S("m"));
    class_job_t j = {name, py_tuple_new(vm, n, bases), ns, PY_NULL};
    unit_ok(make_class, &j);
    return j.result;
}

static void new_class_fails(const char *name, size_t n, const py_val_t *bases, const char *msg) {
    class_job_t j = {name, py_tuple_new(vm, n, bases), py_dict_new(vm), PY_NULL};
    unit_raises_msg(make_class, &j, PY_EXC_TypeError, msg);
}

// The names of the MRO of [cls], joined by spaces.
static const char *mro_names(py_val_t cls) {
    static char buf[256];
    buf[0] = 0;
    py_tuple_t *mro = py_tuple_ptr(T(cls)->mro);
    for (size_t i = 0; i < mro->len; i++) {
        if (i) strcat(buf, " ");
        strcat(buf, py_str_cstr(vm, T(mro->items[i])->name));
    }
    return buf;
}

// ---- classes from C ------------------------------------------------------------------

Test(type, new_class_has_name_bases_and_repr) {
    py_val_t a = new_class("A", 0, NULL);
    cr_assert_eq(py_type_of(vm, a), vm->types[PY_T_type]);
    cr_assert(py_is_istr(T(a)->name));
    cr_assert_str_eq(py_str_cstr(vm, T(a)->name), "A");
    cr_assert(T(a)->flags & PY_TF_HEAPTYPE);
    cr_assert_eq(T(a)->base_type, vm->types[PY_T_object]);
    cr_assert_str_eq(mro_names(a), "A object");
    cr_assert_str_eq(unit_repr(a), "<class 'm.A'>");
}

Test(type, diamond_mro_is_c3) {
    py_val_t a = new_class("A", 0, NULL);
    py_val_t b = new_class("B", 1, &a), c = new_class("C", 1, &a);
    py_val_t d = new_class("D", 2, (py_val_t[]){b, c});
    cr_assert_str_eq(mro_names(d), "D B C A object");
    cr_assert(py_is_subtype(T(d), T(a)));
    cr_assert_not(py_is_subtype(T(b), T(c)));
}

Test(type, inconsistent_mro_is_a_type_error) {
    py_val_t a = new_class("A", 0, NULL);
    py_val_t b = new_class("B", 1, &a);
    new_class_fails("C", 2, (py_val_t[]){a, b},
                    "Cannot create a consistent method resolution\norder (MRO) for bases A, B");
}

Test(type, bad_bases_are_type_errors) {
    py_val_t a = new_class("A", 0, NULL);
    new_class_fails("C", 2, (py_val_t[]){a, a}, "duplicate base class A");
    py_val_t b = py_from_obj(vm->types[PY_T_bool]);
    new_class_fails("C", 1, &b, "type 'bool' is not an acceptable base type");
    py_val_t i = py_small(1);
    // As CPython: the int's type is taken as the metaclass, which conflicts with type.
    new_class_fails("C", 1, &i, "metaclass conflict: the metaclass of a derived class must be a "
                                "(non-strict) subclass of the metaclasses of all its bases");
}

Test(type, namespace_is_copied_and_looked_up_along_the_mro) {
    py_val_t ns = py_dict_new(vm);
    py_dict_set_name(vm, ns, S("x"), py_small(1));
    class_job_t j = {"A", py_tuple_new(vm, 0, NULL), ns, PY_NULL};
    unit_ok(make_class, &j);
    py_val_t a = j.result;
    py_dict_set_name(vm, ns, S("x"), py_small(2));   // the class has its own copy
    py_val_t b = new_class("B", 1, &a);
    cr_assert_eq(py_type_lookup(vm, T(b), S("x")), py_small(1));
    cr_assert_eq(py_type_lookup(vm, T(b), S("nope")), PY_NULL);
    cr_assert_neq(py_type_lookup(vm, T(b), vm->names[PY_NAME___init__]), PY_NULL, "from object");
    cr_assert_eq(py_getattr(vm, b, S("x")), py_small(1));
}

Test(type, instances_get_attributes_in_their_dict) {
    py_val_t a = new_class("A", 0, NULL);
    py_val_t obj = py_call0(vm, a);
    cr_assert_eq(py_type_of(vm, obj), T(a));
    cr_assert_not_null(py_instance_dict_field(vm, obj));
    py_setattr(vm, obj, S("y"), py_small(5));
    cr_assert_eq(py_getattr(vm, obj, S("y")), py_small(5));
    py_val_t d = py_getattr(vm, obj, vm->names[PY_NAME___dict__]);
    cr_assert_str_eq(unit_repr(d), "{'y': 5}");
    cr_assert_eq(py_getattr(vm, obj, vm->names[PY_NAME___class__]), a);
    py_setattr(vm, obj, S("y"), PY_NULL);
    cr_assert_eq(py_getattr_opt(vm, obj, S("y")), PY_NULL);
    cr_assert_null(py_instance_dict_field(vm, py_small(1)), "ints have no dict");
}

Test(type, default_repr_names_module_and_class) {
    py_val_t obj = py_call0(vm, new_class("A", 0, NULL));
    const char *r = unit_repr(obj);
    cr_assert(!strncmp(r, "<m.A object at 0x", 17), "got %s", r);
    cr_assert_eq(r[strlen(r) - 1], '>');
}

// ---- classes from source ---------------------------------------------------------------

Test(type, class_statement_attributes_and_errors) {
    py_val_t g = unit_run("class A:\n    k = 1\n    def __init__(self, v):\n        self.v = v\n"
                          "a = A(3)\nr = repr(A)\nv = a.v + a.k\n"
                          "try:\n    a.missing\nexcept AttributeError as e:\n    m = str(e)\n"
                          "try:\n    A.missing\nexcept AttributeError as e:\n    tm = str(e)\n");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "r")), "<class '__main__.A'>");
    cr_assert_eq(unit_get_int(g, "v"), 4);
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "m")), "'A' object has no attribute 'missing'");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "tm")), "type object 'A' has no attribute 'missing'");
}

Test(type, calling_with_arguments_needs_an_init) {
    py_val_t g = unit_run("class A: pass\n"
                          "try:\n    A(1)\nexcept TypeError as e:\n    m = str(e)\n"
                          "try:\n    object(1)\nexcept TypeError as e:\n    o = str(e)\n"
                          "class B:\n    def __init__(self):\n        return 1\n"
                          "try:\n    B()\nexcept TypeError as e:\n    b = str(e)\n");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "m")), "A() takes no arguments");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "o")), "object() takes no arguments");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "b")), "__init__() should return None, not 'int'");
}

Test(type, type_called_with_one_or_three_arguments) {
    py_val_t g = unit_run("t = type(1) is int\n"
                          "C = type('C', (), {'x': 5})\ncx = C().x\nn = C.__name__\n"
                          "try:\n    type('C', ())\nexcept TypeError as e:\n    m = str(e)\n");
    cr_assert_eq(unit_get(g, "t"), PY_TRUE);
    cr_assert_eq(unit_get_int(g, "cx"), 5);
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "n")), "C");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "m")), "type() takes 1 or 3 arguments");
}

Test(type, builtin_types_are_immutable) {
    py_val_t e = unit_run_raises("int.x = 1\n", PY_EXC_TypeError);
    cr_assert_str_eq(unit_str(e), "cannot set 'x' attribute of immutable type 'int'");
    e = unit_run_raises("(1).x = 1\n", PY_EXC_AttributeError);
    cr_assert_str_eq(unit_str(e), "'int' object has no attribute 'x'");
}

Test(type, dunder_assigned_after_creation_takes_effect) {
    py_val_t g = unit_run("class A: pass\nA.__add__ = lambda self, o: 40 + o\n"
                          "A.__len__ = lambda self: 3\nx = A() + 2\nn = len(A())\n");
    cr_assert_eq(unit_get_int(g, "x"), 42);
    cr_assert_eq(unit_get_int(g, "n"), 3);
}

Test(type, special_attributes_of_classes) {
    py_val_t g = unit_run("class A: pass\nclass B(A): pass\n"
                          "m = [c.__name__ for c in B.__mro__]\nb = B.__bases__ == (A,)\n"
                          "base = B.__base__ is A\nmod = int.__module__\nml = B.mro()\n"
                          "q = B.__qualname__\n");
    cr_assert_str_eq(unit_get_repr(g, "m"), "['B', 'A', 'object']");
    cr_assert_eq(unit_get(g, "b"), PY_TRUE);
    cr_assert_eq(unit_get(g, "base"), PY_TRUE);
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "mod")), "builtins");
    cr_assert_str_eq(unit_get_repr(g, "ml"), "[<class '__main__.B'>, <class '__main__.A'>, <class 'object'>]");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "q")), "B");
}

Test(type, object_identity_hash_and_equality) {
    py_val_t g = unit_run("a = object()\nb = object()\n"
                          "r = (a == a, a == b, a != b, hash(a) == hash(a), {a: 1}[a])\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(True, False, True, True, 1)");
}

Test(type, getattr_hook_and_setattr_hook) {
    py_val_t g = unit_run("class A:\n    def __getattr__(self, n):\n        return n * 2\n"
                          "class B:\n    def __setattr__(self, n, v):\n        object.__setattr__(self, n, v + 1)\n"
                          "x = A().ab\nb = B()\nb.v = 1\nbv = b.v\nh = hasattr(A(), 'zz')\n");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "x")), "abab");
    cr_assert_eq(unit_get_int(g, "bv"), 2);
    cr_assert_eq(unit_get(g, "h"), PY_TRUE);
}

// ---- super --------------------------------------------------------------------------------

Test(type, super_finds_the_next_class_in_the_mro) {
    py_val_t g = unit_run("class A:\n    def f(self):\n        return 'A'\n"
                          "class B(A):\n    def f(self):\n        return 'B' + super().f()\n"
                          "class C(A):\n    def f(self):\n        return 'C' + super().f()\n"
                          "class D(B, C):\n    def f(self):\n        return 'D' + super().f()\n"
                          "r = D().f()\nr2 = super(B, D()).f()\n");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "r")), "DBCA");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "r2")), "CA");
}

Test(type, super_repr_and_errors) {
    py_val_t g = unit_run("class A: pass\nclass B(A): pass\n"
                          "r = repr(super(B, B()))\nu = repr(super(B))\n"
                          "try:\n    super(B, 1)\nexcept TypeError as e:\n    m = str(e)\n"
                          "try:\n    super(1)\nexcept TypeError as e:\n    m1 = str(e)\n");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "r")), "<super: <class 'B'>, <B object>>");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "u")), "<super: <class 'B'>, NULL>");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "m")),
                     "super(type, obj): obj must be an instance or subtype of type");
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "m1")), "super() argument 1 must be a type, not int");
}

Test(type, super_without_arguments_outside_a_method) {
    py_val_t e = unit_run_raises("super()\n", PY_EXC_RuntimeError);
    cr_assert_str_eq(unit_str(e), "super(): no arguments");
}

Test(type, super_in_classmethod_and_init) {
    py_val_t g = unit_run("class A:\n    def __init__(self):\n        self.a = 1\n"
                          "    @classmethod\n    def make(cls):\n        return cls.__name__\n"
                          "class B(A):\n    def __init__(self):\n        super().__init__()\n        self.b = 2\n"
                          "    @classmethod\n    def make(cls):\n        return 'B' + super().make()\n"
                          "o = B()\nr = (o.a, o.b, B.make())\n");
    cr_assert_str_eq(unit_get_repr(g, "r"), "(1, 2, 'BB')");
}

// ---- None, Ellipsis, NotImplemented --------------------------------------------------------

Test(type, singletons_repr_and_type_names) {
    cr_assert_str_eq(unit_repr(PY_NONE), "None");
    cr_assert_str_eq(unit_repr(PY_ELLIPSIS), "Ellipsis");
    cr_assert_str_eq(unit_repr(PY_NOTIMPLEMENTED), "NotImplemented");
    cr_assert_str_eq(unit_str(PY_NONE), "None");
    cr_assert_str_eq(py_type_name(vm, PY_NONE), "NoneType");
    cr_assert_str_eq(py_type_name(vm, PY_ELLIPSIS), "ellipsis");
    cr_assert_str_eq(py_type_name(vm, PY_NOTIMPLEMENTED), "NotImplementedType");
}

Test(type, singletons_truth) {
    cr_assert_not(py_truthy(vm, PY_NONE));
    cr_assert(py_truthy(vm, PY_ELLIPSIS));
}

Test(type, singleton_types_return_the_singleton) {
    py_val_t g = unit_run("n = type(None)() is None\ne = type(...)() is ...\n"
                          "ni = type(NotImplemented)() is NotImplemented\n"
                          "try:\n    type(None)(1)\nexcept TypeError as x:\n    m = str(x)\n");
    cr_assert_eq(unit_get(g, "n"), PY_TRUE);
    cr_assert_eq(unit_get(g, "e"), PY_TRUE);
    cr_assert_eq(unit_get(g, "ni"), PY_TRUE);
    cr_assert_str_eq(py_str_cstr(vm, unit_get(g, "m")), "NoneType takes no arguments");
}

Test(type, singletons_are_hashable_and_equal_only_to_themselves) {
    cr_assert_eq(py_hash(vm, PY_NONE), py_hash(vm, PY_NONE));
    cr_assert(py_equal(vm, PY_ELLIPSIS, PY_ELLIPSIS));
    cr_assert_not(py_equal(vm, PY_NONE, PY_FALSE));
    cr_assert_not(py_equal(vm, PY_NONE, py_small(0)));
}
