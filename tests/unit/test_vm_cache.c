// tests/unit/test_vm_cache.c: the inline caches of vm/vm_cache.c: when code gets its
// cache array, what quickening rewrites, and that entries survive collections.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "frame.h"
#include "gc.h"
#include "opcodes.h"
#include "unit_py.h"
#include "vm_cache.h"

TestSuite(vm_cache, .init = unit_vm_setup, .fini = unit_vm_teardown);

static py_code_t *code_of(py_val_t g, const char *fn) {
    return py_function_ptr(unit_get(g, fn))->code;
}

// Instructions of [co] in quickened forms (opcodes after the generic list).
static int quickened(const py_code_t *co) {
    int n = 0;
    for (uint32_t i = 0; i < co->ncode; i++)
        if (py_instr_op(co->code[i]) >= PY_OPC_LOAD_GLOBAL_ADAPTIVE) n++;
    return n;
}

static const char *CLASSES =
    "class P:\n"
    "    def __init__(self, x):\n"
    "        self.x = x\n"
    "    def get(self):\n"
    "        return self.x\n"
    "def use(p):\n"
    "    return p.get() + p.x + len([p])\n";

Test(vm_cache, cold_code_has_no_cache) {
    py_val_t g = unit_run(CLASSES);
    unit_run_in("r = use(P(1))\n", g);
    cr_assert_eq(unit_get_int(g, "r"), 3);
    cr_assert_null(code_of(g, "use")->cache, "code run once costs no cache memory");
    cr_assert_eq(quickened(code_of(g, "use")), 0);
}

Test(vm_cache, hot_code_is_quickened_and_specialised) {
    py_val_t g = unit_run(CLASSES);
    unit_run_in("p = P(2)\nr = 0\nfor i in range(100):\n    r += use(p)\n", g);
    cr_assert_eq(unit_get_int(g, "r"), 500);
    py_code_t *co = code_of(g, "use");
    cr_assert_not_null(co->cache);
    cr_assert_eq(co->ncache, 3, "one entry each: LOAD_METHOD get, LOAD_ATTR x, LOAD_GLOBAL len");
    cr_assert_eq(quickened(co), 3);
    int specialised = 0;
    for (uint32_t i = 0; i < co->ncode; i++) {
        py_opcode_t op = py_instr_op(co->code[i]);
        if (op == PY_OPC_LOAD_METHOD_CACHED || op == PY_OPC_LOAD_ATTR_INSTANCE ||
            op == PY_OPC_LOAD_GLOBAL_BUILTIN)
            specialised++;
    }
    cr_assert_eq(specialised, 3);
}

Test(vm_cache, entries_keep_what_they_cache_alive) {
    py_val_t g = unit_run(CLASSES);
    unit_run_in("p = P(3)\nfor i in range(100):\n    use(p)\n", g);
    // The class goes from the namespace; the entries still hold it, so a new
    // class cannot take its address while an entry could match it.
    unit_run_in("del P, p\n", g);
    py_gc_collect(vm);
    unit_run_in("class P:\n    def __init__(self, x):\n        self.x = x * 10\n"
                "    def get(self):\n        return -self.x\n"
                "r = use(P(4))\n", g);
    cr_assert_eq(unit_get_int(g, "r"), -40 + 40 + 1);
}

Test(vm_cache, class_epoch_moves_when_a_base_changes) {
    py_val_t g = unit_run("class A:\n    pass\nclass B(A):\n    pass\n");
    uint32_t e = vm->class_epoch;
    unit_run_in("B.x = 1\n", g);   // B has no subclasses: only its version moves
    cr_assert_eq(vm->class_epoch, e);
    unit_run_in("A.x = 1\n", g);
    cr_assert_neq(vm->class_epoch, e);
}
