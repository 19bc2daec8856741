// tests/unit/unit_py.h: running Python source and catching exceptions in Criterion tests.
// Layer: tests. Builds on unit_vm.h's per-test VM; every helper fails the test on surprises.
// SPDX-License-Identifier: MIT

#ifndef UNIT_PY_H
#define UNIT_PY_H

#include "except.h"
#include "unit_vm.h"

// Compiles and runs [src] as a module in a fresh globals dict (with only
// __name__ == '__main__' in it) and returns
// the dict; fails the test (with the exception's repr) if anything raises.
py_val_t unit_run(const char *src);
// Evaluates the expression [src] with fresh globals and returns its value.
py_val_t unit_eval(const char *src);
// The same with an existing [globals] dict.
py_val_t unit_eval_in(const char *src, py_val_t globals);
// Runs [src] (a module), expecting it to raise an instance of [id]; returns
// the exception, with vm->exc cleared.
py_val_t unit_run_raises(const char *src, py_exc_id_t id);
// The same in an existing [globals] dict (PY_NULL: a fresh one).
py_val_t unit_run_raises_in(const char *src, py_val_t globals, py_exc_id_t id);
// Runs [src] in an existing [globals] dict; fails the test if it raises.
void unit_run_in(const char *src, py_val_t globals);

// globals[name], failing the test when it is absent.
py_val_t unit_get(py_val_t globals, const char *name);
// globals[name] as a C integer (it must be a small int).
int64_t unit_get_int(py_val_t globals, const char *name);
// repr(globals[name]) as a C string.
const char *unit_get_repr(py_val_t globals, const char *name);

// repr(v) and str(v) as C strings (GC-owned: use before the next collection).
const char *unit_repr(py_val_t v);
const char *unit_str(py_val_t v);

// Calls fn(vm, ud) under py_pcall expecting an exception of [id]; returns it
// with vm->exc cleared. Fails the test when nothing (or something else) is raised.
py_val_t unit_raises(void (*fn)(py_vm_t *vm, void *ud), void *ud, py_exc_id_t id);
// Like unit_raises, and also checks str(exception) is [msg].
void unit_raises_msg(void (*fn)(py_vm_t *vm, void *ud), void *ud, py_exc_id_t id, const char *msg);
// Calls fn(vm, ud) under py_pcall, failing the test if it raises.
void unit_ok(void (*fn)(py_vm_t *vm, void *ud), void *ud);

// Checks that repr(eval(expr)) is [repr], and that running [src] raises [id]
// with str(exception) [msg]. Mismatches fail the test but let it go on
// (cr_expect), so one run reports every wrong line of a table.
void unit_expect(const char *expr, const char *repr);
void unit_expect_error(const char *src, py_exc_id_t id, const char *msg);

#endif
