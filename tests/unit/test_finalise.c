// tests/unit/test_finalise.c: Python finalisers: the collector queues objects whose class
// has __del__ (vm/gc.c) and vm/finalise.c runs them, once, reporting their errors.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "finalise.h"
#include "gc.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(finalise, .init = unit_vm_setup, .fini = unit_vm_teardown);

Test(finalise, del_queued_once_and_kept_alive) {
    py_val_t g = unit_run("log = []\n"
                          "class C:\n"
                          "    def __del__(self): log.append(1)\n"
                          "def make():\n"
                          "    C()\n"
                          "make()\n");
    py_gc_collect(vm);
    // Queued, not yet run: the object is alive until the VM runs it.
    cr_assert_str_eq(unit_get_repr(g, "log"), "[]");
    py_finalise_pending(vm);
    cr_assert_str_eq(unit_get_repr(g, "log"), "[1]");
    py_gc_collect(vm);
    py_finalise_pending(vm);
    cr_assert_str_eq(unit_get_repr(g, "log"), "[1]");
    cr_assert_eq(py_gc_del_pending(vm), 0);
}

Test(finalise, del_errors_do_not_propagate) {
    py_val_t g = unit_run("import sys\n"
                          "class Cap:\n"
                          "    text = ''\n"
                          "    def write(self, s): Cap.text += s\n"
                          "sys.stderr = Cap()\n"
                          "class C:\n"
                          "    def __del__(self): raise ValueError('x')\n"
                          "def make():\n"
                          "    C()\n"
                          "make()\n");
    py_gc_collect(vm);
    py_finalise_pending(vm);
    cr_assert_null(vm->exc);
    py_val_t text = unit_eval_in("Cap.text.splitlines()[-1]", g);
    cr_assert_str_eq(unit_str(text), "ValueError: x");
}

Test(finalise, del_at_exit_runs_survivors) {
    py_val_t g = unit_run("log = []\n"
                          "class C:\n"
                          "    def __del__(self): log.append('exit')\n"
                          "keep = C()\n");
    py_val_t log = unit_get(g, "log");
    cr_assert_eq(py_gc_del_pending(vm), 1);
    py_gc_queue_all_del(vm);
    py_finalise_pending(vm);
    cr_assert_str_eq(unit_repr(log), "['exit']");
    cr_assert_eq(py_gc_del_pending(vm), 0);
}
