// tests/unit/test_gen.c: generator objects and their C API (vm/obj_gen.c, vm/obj_gen_ops.c,
// vm/obj_asyncgen.c): creation, resume, delegation, throw/close, the GC and the compiler's checks.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "except.h"
#include "gc.h"
#include "obj_gen.h"
#include "obj_str.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(gen, .init = unit_vm_setup, .fini = unit_vm_teardown);

// A generator made by calling globals()[name]().
static py_val_t make(py_val_t g, const char *name) {
    return py_call0(vm, unit_get(g, name));
}

Test(gen, calling_a_generator_function_runs_nothing) {
    py_val_t g = unit_run("log = []\ndef f():\n    log.append(1)\n    yield 2\n");
    py_val_t gen = make(g, "f");
    cr_assert(py_is_generator(vm, gen));
    cr_assert_eq(py_gen_ptr(gen)->state, PY_GEN_CREATED);
    cr_assert_str_eq(unit_get_repr(g, "log"), "[]");
}

Test(gen, send_resumes_and_reports_yield_then_return) {
    py_val_t g = unit_run("def f():\n    x = yield 1\n    return x * 2\n");
    py_val_t gen = make(g, "f"), out;
    cr_assert_eq(py_gen_send(vm, gen, PY_NONE, &out), PY_GEN_YIELDED);
    cr_assert_eq(out, py_small(1));
    cr_assert_eq(py_gen_ptr(gen)->state, PY_GEN_SUSPENDED);
    cr_assert_eq(py_gen_send(vm, gen, py_small(21), &out), PY_GEN_RETURNED);
    cr_assert_eq(out, py_small(42));
    cr_assert_eq(py_gen_ptr(gen)->state, PY_GEN_CLOSED);
    // A finished generator returns None again, as `yield from` of it would see.
    cr_assert_eq(py_gen_send(vm, gen, PY_NONE, &out), PY_GEN_RETURNED);
    cr_assert_eq(out, PY_NONE);
}

typedef struct send_args {
    py_val_t gen, value;
} send_args_t;

static void send_it(py_vm_t *v, void *ud) {
    send_args_t *a = ud;
    py_val_t out;
    py_gen_send(v, a->gen, a->value, &out);
}

Test(gen, just_started_generator_rejects_a_value) {
    py_val_t g = unit_run("def f():\n    yield\n");
    send_args_t a = {make(g, "f"), py_small(1)};
    unit_raises_msg(send_it, &a, PY_EXC_TypeError,
                    "can't send non-None value to a just-started generator");
}

Test(gen, finished_coroutine_cannot_be_reused) {
    py_val_t g = unit_run("async def f():\n    return 1\n");
    send_args_t a = {make(g, "f"), PY_NONE};
    py_val_t out;
    cr_assert_eq(py_gen_send(vm, a.gen, PY_NONE, &out), PY_GEN_RETURNED);
    unit_raises_msg(send_it, &a, PY_EXC_RuntimeError, "cannot reuse already awaited coroutine");
}

Test(gen, throw_is_caught_at_the_yield) {
    py_val_t g = unit_run("def f():\n    try:\n        yield 1\n    except KeyError:\n"
                          "        yield 'caught'\n");
    py_val_t gen = make(g, "f"), out;
    py_gen_send(vm, gen, PY_NONE, &out);
    py_val_t exc = py_call0(vm, py_from_obj(vm->exc_types[PY_EXC_KeyError]));
    cr_assert_eq(py_gen_throw(vm, gen, exc, &out), PY_GEN_YIELDED);
    cr_assert_str_eq(py_str_cstr(vm, out), "caught");
}

Test(gen, close_runs_finally_and_ends_it) {
    py_val_t g = unit_run("log = []\ndef f():\n    try:\n        yield 1\n    finally:\n"
                          "        log.append('fin')\n");
    py_val_t gen = make(g, "f"), out;
    py_gen_send(vm, gen, PY_NONE, &out);
    py_gen_close(vm, gen);
    cr_assert_eq(py_gen_ptr(gen)->state, PY_GEN_CLOSED);
    cr_assert_str_eq(unit_get_repr(g, "log"), "['fin']");
    py_gen_close(vm, gen);   // closing again does nothing
}

Test(gen, stop_iteration_inside_becomes_runtime_error) {
    unit_expect_error("def f():\n    yield 1\n    raise StopIteration\nlist(f())\n",
                      PY_EXC_RuntimeError, "generator raised StopIteration");
}

Test(gen, delegation_keeps_the_receiver_on_the_saved_stack) {
    py_val_t g = unit_run("def inner():\n    yield 1\n    return 'r'\n"
                          "def outer():\n    v = yield from inner()\n    yield v\n");
    py_val_t gen = make(g, "outer"), out;
    py_gen_send(vm, gen, PY_NONE, &out);
    py_gen_t *p = py_gen_ptr(gen);
    cr_assert(p->delegating);
    cr_assert(py_is_generator(vm, p->slots[p->sp - 1]));
    cr_assert_eq(py_gen_send(vm, gen, PY_NONE, &out), PY_GEN_YIELDED);
    cr_assert_str_eq(py_str_cstr(vm, out), "r");
    cr_assert(!p->delegating);
}

Test(gen, suspended_generators_survive_collections) {
    py_val_t g = unit_run("def f():\n    data = [str(i) for i in range(50)]\n    yield 0\n"
                          "    yield ''.join(data)\n");
    py_val_t gen = make(g, "f"), out;
    py_gen_send(vm, gen, PY_NONE, &out);
    for (int i = 0; i < 3; i++) py_gc_collect(vm);
    unit_run("junk = [[i] * 10 for i in range(200)]\n");
    py_gc_collect(vm);
    cr_assert_eq(py_gen_send(vm, gen, PY_NONE, &out), PY_GEN_YIELDED);
    cr_assert_eq(py_str_len(out), 90);
}

Test(gen, awaitable_checks_name_the_type) {
    unit_expect_error("async def f():\n    await 1\nf().send(None)\n", PY_EXC_TypeError,
                      "object int can't be used in 'await' expression");
    unit_expect_error("def g():\n    yield\nasync def f():\n    await g()\nf().send(None)\n",
                      PY_EXC_TypeError, "object generator can't be used in 'await' expression");
}

Test(gen, compiler_rejects_misplaced_async_and_yield) {
    unit_expect_error("def f():\n    async for x in y: pass\n", PY_EXC_SyntaxError,
                      "'async for' outside async function (<test>, line 2)");
    unit_expect_error("async def f():\n    yield from x\n", PY_EXC_SyntaxError,
                      "'yield from' inside async function (<test>, line 2)");
    unit_expect_error("async def f():\n    yield 1\n    return 2\n", PY_EXC_SyntaxError,
                      "'return' with value in async generator (<test>, line 3)");
    unit_expect_error("def f():\n    return [x async for x in y]\n", PY_EXC_SyntaxError,
                      "asynchronous comprehension outside of an asynchronous function "
                      "(<test>, line 2)");
}

Test(gen, async_generator_items_come_out_as_stop_iteration) {
    py_val_t g = unit_run("async def ag():\n    yield 5\n"
                          "aw = ag().__anext__()\n"
                          "try:\n    aw.send(None)\nexcept StopIteration as e:\n    r = e.value\n");
    cr_assert_eq(unit_get(g, "r"), py_small(5));
}
