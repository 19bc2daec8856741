// tests/unit/test_namespace.c: a frame's locals namespace (vm/namespace.c): exact dicts
// on the fast path, and any mapping through __getitem__/__setitem__/__delitem__.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "namespace.h"
#include "obj_list.h"
#include "obj_str.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(namespace, .init = unit_vm_setup, .fini = unit_vm_teardown);

typedef struct ns_op {
    py_val_t ns;
    const char *name;
    py_val_t value;   // for set
    bool del;
    py_val_t result;  // for get
} ns_op_t;

static void do_op(py_vm_t *v, void *ud) {
    ns_op_t *o = ud;
    py_val_t name = py_str_intern_c(v, o->name);
    if (o->del) py_namespace_delete(v, o->ns, name);
    else if (o->value != PY_NULL) py_namespace_set(v, o->ns, name, o->value);
    else o->result = py_namespace_get(v, o->ns, name);
}

static py_val_t get(py_val_t ns, const char *name) {
    ns_op_t o = {ns, name, PY_NULL, false, PY_NULL};
    unit_ok(do_op, &o);
    return o.result;
}

static void set(py_val_t ns, const char *name, py_val_t value) {
    ns_op_t o = {ns, name, value, false, PY_NULL};
    unit_ok(do_op, &o);
}

Test(namespace, dict_fast_path) {
    py_val_t d = py_dict_new(vm);
    cr_assert_eq(get(d, "a"), PY_NULL);
    set(d, "a", py_small(1));
    cr_assert_eq(get(d, "a"), py_small(1));
    ns_op_t del = {d, "a", PY_NULL, true, PY_NULL};
    unit_ok(do_op, &del);
    cr_assert_eq(get(d, "a"), PY_NULL);
    unit_raises_msg(do_op, &del, PY_EXC_NameError, "name 'a' is not defined");
}

Test(namespace, mapping_protocol) {
    py_val_t g = unit_run("class M:\n"
                          "    def __init__(self): self.d = {}; self.log = []\n"
                          "    def __getitem__(self, k): self.log.append('g' + k); return self.d[k]\n"
                          "    def __setitem__(self, k, v): self.log.append('s' + k); self.d[k] = v\n"
                          "    def __delitem__(self, k): self.log.append('d' + k); del self.d[k]\n"
                          "m = M()\n");
    py_val_t m = unit_get(g, "m");
    cr_assert_eq(get(m, "x"), PY_NULL);   // KeyError means absent
    set(m, "x", py_small(7));
    cr_assert_eq(get(m, "x"), py_small(7));
    ns_op_t del = {m, "x", PY_NULL, true, PY_NULL};
    unit_ok(do_op, &del);
    unit_raises_msg(do_op, &del, PY_EXC_NameError, "name 'x' is not defined");
    unit_run_in("r = m.log", g);
    cr_assert_str_eq(unit_get_repr(g, "r"), "['gx', 'sx', 'gx', 'dx', 'dx']");
}

Test(namespace, other_errors_propagate) {
    py_val_t g = unit_run("class Bad:\n    def __getitem__(self, k): raise ValueError(k)\nb = Bad()\n"
                          "class D(dict):\n    def __missing__(self, k): return k * 2\nd = D()\n");
    ns_op_t o = {unit_get(g, "b"), "key", PY_NULL, false, PY_NULL};
    unit_raises_msg(do_op, &o, PY_EXC_ValueError, "key");
    cr_assert_str_eq(unit_repr(get(unit_get(g, "d"), "ab")), "'abab'");  // a dict subclass
    ns_op_t l = {py_list_new(vm, 0, NULL), "k", PY_NULL, false, PY_NULL};
    unit_raises(do_op, &l, PY_EXC_TypeError);
}
