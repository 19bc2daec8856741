// tests/unit/test_classes.c: the class machinery: attribute-hook flags (vm/runtime_attr.c),
// __slots__ layouts (vm/obj_slots.c), slot wrappers (vm/obj_slotwrap.c), metaclasses.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(classes, .init = unit_vm_setup, .fini = unit_vm_teardown);

static py_type_t *T(py_val_t v) { return (py_type_t *)py_obj(v); }

// ---- attribute-hook flags ----------------------------------------------------------------

Test(classes, hook_flags_follow_the_mro) {
    py_val_t g = unit_run("class A:\n    def __getattr__(self, n): return n\n"
                          "class B(A):\n    def __setattr__(self, n, v): pass\n"
                          "class D:\n    def __get__(self, o, t): return 1\n"
                          "    def __set__(self, o, v): pass\n"
                          "class P: pass\n");
    cr_assert_eq(py_type_attr_flags(vm, T(unit_get(g, "A"))), PY_TA_GETATTR);
    cr_assert_eq(py_type_attr_flags(vm, T(unit_get(g, "B"))), PY_TA_GETATTR | PY_TA_SETATTR);
    cr_assert_eq(py_type_attr_flags(vm, T(unit_get(g, "D"))), PY_TA_DESCR_GET | PY_TA_DESCR_SET);
    cr_assert_eq(py_type_attr_flags(vm, T(unit_get(g, "P"))), 0);
    // Built-in descriptors are found through their __get__/__set__ methods too.
    cr_assert_eq(py_type_attr_flags(vm, vm->types[PY_T_property]),
                 PY_TA_DESCR_GET | PY_TA_DESCR_SET | PY_TA_SET_NAME);
    cr_assert_eq(py_type_attr_flags(vm, vm->types[PY_T_function]), PY_TA_DESCR_GET);
    cr_assert_eq(py_type_attr_flags(vm, vm->types[PY_T_int]), 0);
}

Test(classes, assigning_a_hook_invalidates_every_cached_flag) {
    py_val_t g = unit_run("class A: pass\nclass B(A): pass\n");
    py_type_t *b = T(unit_get(g, "B"));
    cr_assert_eq(py_type_attr_flags(vm, b), 0);
    uint32_t epoch = vm->attr_epoch;
    unit_run_in("A.__getattribute__ = lambda self, n: 1\n", g);
    cr_assert_neq(vm->attr_epoch, epoch);
    cr_assert_eq(py_type_attr_flags(vm, b), PY_TA_GETATTRIBUTE);
    epoch = vm->attr_epoch;
    unit_run_in("A.other = 1\n", g);   // not a hook: the flags stay valid
    cr_assert_eq(vm->attr_epoch, epoch);
    unit_run_in("del A.__getattribute__\n", g);
    cr_assert_eq(py_type_attr_flags(vm, b), 0);
}

// ---- slots ---------------------------------------------------------------------------------

Test(classes, slots_add_fields_and_drop_the_dict) {
    py_val_t g = unit_run("class P:\n    __slots__ = ('x', 'y')\n"
                          "class Q(P):\n    pass\n"
                          "class R(P):\n    __slots__ = ('z', '__dict__')\n");
    py_type_t *p = T(unit_get(g, "P")), *q = T(unit_get(g, "Q")), *r = T(unit_get(g, "R"));
    size_t word = sizeof(py_val_t);
    cr_assert_eq(p->nslots, 2);
    cr_assert_eq(p->dictoffset, 0);
    cr_assert_eq(p->basicsize, sizeof(py_obj_t) + 2 * word);
    cr_assert_eq(q->nslots, 0);   // a plain subclass gets a dict after the slots
    cr_assert_eq(q->dictoffset, p->basicsize);
    cr_assert_eq(r->nslots, 1);
    cr_assert_eq(r->dictoffset, p->basicsize + word);
    cr_assert_eq(py_slots_solid(q), p);
    cr_assert_eq(py_slots_solid(r), r);
    cr_assert_str_eq(unit_repr(py_dict_get_name(vm, p->dict, py_str_intern_c(vm, "x"))),
                     "<member 'x' of 'P' objects>");
}

Test(classes, slot_values_survive_collection) {
    py_val_t g = unit_run("class P:\n    __slots__ = ('a', 'b')\n"
                          "p = P()\np.a = [1, 2]\np.b = 'x' * 50\n");
    py_gc_collect(vm);
    cr_assert_str_eq(unit_repr(unit_eval_in("(p.a, len(p.b))", g)), "([1, 2], 50)");
}

Test(classes, bad_slots_raise) {
    unit_expect_error("class A:\n    __slots__ = (1,)\n", PY_EXC_TypeError,
                      "__slots__ items must be strings, not 'int'");
    unit_expect_error("class A:\n    __slots__ = ('a b',)\n", PY_EXC_TypeError,
                      "__slots__ must be identifiers");
    unit_expect_error("class A(int):\n    __slots__ = ('a',)\n", PY_EXC_TypeError,
                      "nonempty __slots__ not supported for subtype of 'int'");
    unit_expect_error("class A:\n    __slots__ = ('a',)\n    a = 1\n", PY_EXC_ValueError,
                      "'a' in __slots__ conflicts with class variable");
    unit_expect_error("class A:\n    __slots__ = ('a',)\nclass B:\n    __slots__ = ('b',)\n"
                      "class C(A, B): pass\n", PY_EXC_TypeError,
                      "multiple bases have instance lay-out conflict");
}

// ---- metaclasses and slot wrappers ---------------------------------------------------------------

Test(classes, calc_meta_picks_the_most_derived) {
    py_val_t g = unit_run("class M(type): pass\nclass N(M): pass\n"
                          "class A(metaclass=M): pass\nclass B(metaclass=N): pass\n"
                          "class O(type): pass\nclass C(metaclass=O): pass\n");
    py_val_t ab = py_tuple_new(vm, 2, (py_val_t[]){unit_get(g, "A"), unit_get(g, "B")});
    cr_assert_eq(py_type_calc_meta(vm, vm->types[PY_T_type], ab), T(unit_get(g, "N")));
    py_val_t e = unit_run_raises_in("class D(A, C): pass\n", g, PY_EXC_TypeError);
    cr_assert_str_eq(unit_str(e), "metaclass conflict: the metaclass of a derived class must be a "
                                  "(non-strict) subclass of the metaclasses of all its bases");
}

Test(classes, slot_wrappers_are_made_once_in_the_defining_type) {
    py_val_t name = py_str_intern_c(vm, "__neg__");
    cr_assert_eq(py_dict_get_name(vm, vm->types[PY_T_float]->dict, name), PY_NULL);
    py_val_t w = py_type_lookup(vm, vm->types[PY_T_float], name);
    cr_assert_neq(w, PY_NULL);
    cr_assert_eq(py_dict_get_name(vm, vm->types[PY_T_float]->dict, name), w);
    cr_assert_eq(py_type_lookup(vm, vm->types[PY_T_float], name), w);
    cr_assert_str_eq(unit_repr(unit_eval("float.__neg__(2.5)")), "-2.5");
    // bool inherits int's __neg__: found in int's dict, made there once.
    py_val_t w2 = py_type_lookup(vm, vm->types[PY_T_bool], name);
    cr_assert_neq(w2, PY_NULL);
    cr_assert_eq(py_dict_get_name(vm, vm->types[PY_T_int]->dict, name), w2);
    cr_assert_str_eq(unit_repr(unit_eval("(True).__neg__()")), "-1");
    cr_assert_eq(py_type_lookup(vm, vm->types[PY_T_int], py_str_intern_c(vm, "__nothing__")), PY_NULL);
}

Test(classes, mappingproxy_is_read_only_and_live) {
    py_val_t g = unit_run("class A:\n    x = 1\nd = A.__dict__\nA.y = 2\n");
    cr_assert_str_eq(unit_repr(unit_eval_in("(type(d).__name__, d['x'], d['y'], 'z' in d)", g)),
                     "('mappingproxy', 1, 2, False)");
    unit_run_raises_in("d['x'] = 3\n", g, PY_EXC_TypeError);
}

Test(classes, subclasses_are_found_in_creation_order) {
    py_val_t g = unit_run("class A: pass\nclass C(A): pass\nclass B(A): pass\nclass D(C): pass\n");
    cr_assert_str_eq(unit_repr(unit_eval_in("[c.__name__ for c in A.__subclasses__()]", g)),
                     "['C', 'B']");
}
