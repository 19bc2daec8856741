// tests/unit/test_except.c: protected calls and the raise helpers (vm/except.c).
// Layer: tests (Criterion). Catching, nesting, messages, OSError subclasses, the C-stack limit.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "except.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(except, .init = unit_vm_setup, .fini = unit_vm_teardown);

static void raise_value_error(py_vm_t *v, void *ud) {
    (void)ud;
    py_raise_value_error(v, "bad value %d", 42);
}

static void no_raise(py_vm_t *v, void *ud) {
    (void)v;
    *(int *)ud = 7;
}

static py_val_t arg0(py_val_t exc) {
    py_tuple_t *a = py_tuple_ptr(py_exc_ptr(exc)->args);
    cr_assert_eq(a->len, 1);
    return a->items[0];
}

Test(except, pcall_returns_zero_without_raise) {
    int out = 0;
    cr_assert_eq(py_pcall(vm, no_raise, &out), 0);
    cr_assert_eq(out, 7);
    cr_assert_null(vm->jmp);
}

Test(except, pcall_catches_and_leaves_exc_set) {
    cr_assert_eq(py_pcall(vm, raise_value_error, NULL), 1);
    cr_assert(py_exc_is(vm, vm->exc, PY_EXC_ValueError));
    cr_assert_str_eq(py_str_cstr(vm, arg0(vm->exc)), "bad value 42");
    cr_assert_null(vm->jmp, "the handler chain was not restored");
}

typedef struct nested {
    int inner_status;
    bool inner_was_type_error;
    bool after_inner;
} nested_t;

static void raise_type_error(py_vm_t *v, void *ud) {
    (void)ud;
    py_raise_type_error(v, "inner");
}

// Catches an inner error, then raises its own: the outer pcall sees only the second.
static void outer(py_vm_t *v, void *ud) {
    nested_t *n = ud;
    n->inner_status = py_pcall(v, raise_type_error, NULL);
    n->inner_was_type_error = py_exc_is(v, v->exc, PY_EXC_TypeError);
    n->after_inner = true;
    py_raise_index_error(v, "outer %s", "error");
}

Test(except, nested_pcalls_catch_innermost_first) {
    nested_t n = {0};
    cr_assert_eq(py_pcall(vm, outer, &n), 1);
    cr_assert_eq(n.inner_status, 1);
    cr_assert(n.inner_was_type_error);
    cr_assert(n.after_inner);
    cr_assert(py_exc_is(vm, vm->exc, PY_EXC_IndexError));
    cr_assert_str_eq(py_str_cstr(vm, arg0(vm->exc)), "outer error");
}

static void raise_fmt_directives(py_vm_t *v, void *ud) {
    (void)ud;
    py_val_t s = py_str_from_c(v, "x'y");
    py_raise_fmt(v, PY_EXC_RuntimeError, "%s|%d|%zu|%c|%R|%S|%T|%N|%%", "c", -3, (size_t)9, 'q',
                 s, s, py_small(1), py_str_intern_c(v, "nm"));
}

Test(except, raise_fmt_formats_every_directive) {
    py_val_t e = unit_raises(raise_fmt_directives, NULL, PY_EXC_RuntimeError);
    cr_assert_str_eq(py_str_cstr(vm, arg0(e)), "c|-3|9|q|\"x'y\"|x'y|int|nm|%");
}

static void raise_key(py_vm_t *v, void *ud) {
    (void)ud;
    py_raise_key_error(v, py_str_from_c(v, "missing"));
}

Test(except, key_error_keeps_the_key_as_its_arg) {
    py_val_t e = unit_raises(raise_key, NULL, PY_EXC_KeyError);
    cr_assert(py_exc_is(vm, e, PY_EXC_LookupError));
    cr_assert_str_eq(py_str_cstr(vm, arg0(e)), "missing");
    cr_assert_str_eq(unit_str(e), "'missing'");
}

static void raise_index(py_vm_t *v, void *ud) {
    (void)ud;
    py_raise_index_error(v, "list index out of range");
}

Test(except, shorthand_helpers_pick_their_types) {
    unit_raises_msg(raise_value_error, NULL, PY_EXC_ValueError, "bad value 42");
    unit_raises_msg(raise_type_error, NULL, PY_EXC_TypeError, "inner");
    unit_raises_msg(raise_index, NULL, PY_EXC_IndexError, "list index out of range");
}

static void raise_memory(py_vm_t *v, void *ud) {
    (void)ud;
    py_raise_memory_error(v);
}

Test(except, memory_error_is_the_preallocated_instance) {
    py_val_t e = unit_raises(raise_memory, NULL, PY_EXC_MemoryError);
    cr_assert_eq(e, vm->memory_error);
    cr_assert_eq(py_exc_ptr(e)->traceback, PY_NULL);
}

static void raise_type_object(py_vm_t *v, void *ud) {
    (void)ud;
    py_raise(v, py_from_obj(v->exc_types[PY_EXC_StopIteration]));
}

Test(except, raising_a_type_instantiates_it) {
    py_val_t e = unit_raises(raise_type_object, NULL, PY_EXC_StopIteration);
    cr_assert_eq(py_type_of(vm, e), vm->exc_types[PY_EXC_StopIteration]);
    cr_assert_eq(py_tuple_ptr(py_exc_ptr(e)->args)->len, 0);
}

static void raise_non_exception(py_vm_t *v, void *ud) {
    (void)ud;
    py_raise(v, py_small(3));
}

Test(except, raising_a_non_exception_is_a_type_error) {
    unit_raises_msg(raise_non_exception, NULL, PY_EXC_TypeError,
                    "exceptions must derive from BaseException");
}

static void raise_while_handling(py_vm_t *v, void *ud) {
    v->handled_exc = *(py_val_t *)ud;
    py_raise_value_error(v, "second");
}

Test(except, raise_links_the_handled_exception_as_context) {
    py_val_t first = py_exc_new_msg(vm, PY_EXC_KeyError, "first");
    py_val_t e = unit_raises(raise_while_handling, &first, PY_EXC_ValueError);
    vm->handled_exc = PY_NULL;
    cr_assert_eq(py_exc_ptr(e)->context, first);
    cr_assert_eq(py_exc_ptr(first)->context, PY_NULL, "no cycle back");
}

// ---- OSError ---------------------------------------------------------------------------

typedef struct os_job {
    int err;
    const char *filename;
} os_job_t;

static void raise_os(py_vm_t *v, void *ud) {
    os_job_t *j = ud;
    py_raise_os_error(v, j->err, j->filename ? py_str_from_c(v, j->filename) : PY_NULL);
}

static py_val_t os_error(int err, const char *filename, py_exc_id_t want) {
    os_job_t j = {err, filename};
    py_val_t e = unit_raises(raise_os, &j, want);
    cr_assert_eq(py_type_of(vm, e), vm->exc_types[want], "%s is not exactly %s",
                 py_type_name(vm, e), py_str_cstr(vm, vm->exc_types[want]->name));
    return e;
}

Test(except, os_error_picks_the_errno_subclass) {
    os_error(ENOENT, NULL, PY_EXC_FileNotFoundError);
    os_error(EEXIST, NULL, PY_EXC_FileExistsError);
    os_error(EACCES, NULL, PY_EXC_PermissionError);
    os_error(EPERM, NULL, PY_EXC_PermissionError);
    os_error(EISDIR, NULL, PY_EXC_IsADirectoryError);
    os_error(ENOTDIR, NULL, PY_EXC_NotADirectoryError);
    os_error(EPIPE, NULL, PY_EXC_BrokenPipeError);
    os_error(EINTR, NULL, PY_EXC_InterruptedError);
    os_error(EAGAIN, NULL, PY_EXC_BlockingIOError);
    os_error(EIO, NULL, PY_EXC_OSError);   // no subclass of its own
}

Test(except, os_error_args_and_message) {
    py_val_t e = os_error(ENOENT, "nofile.txt", PY_EXC_FileNotFoundError);
    py_tuple_t *a = py_tuple_ptr(py_exc_ptr(e)->args);
    cr_assert_eq(a->len, 2, "the filename is an attribute, not an arg");
    cr_assert_eq(a->items[0], py_small(ENOENT));
    cr_assert_str_eq(py_str_cstr(vm, a->items[1]), strerror(ENOENT));
    char want[128];
    snprintf(want, sizeof want, "[Errno %d] %s: 'nofile.txt'", ENOENT, strerror(ENOENT));
    cr_assert_str_eq(unit_str(e), want);
    py_val_t fn = py_getattr(vm, e, py_str_intern_c(vm, "filename"));
    cr_assert_str_eq(py_str_cstr(vm, fn), "nofile.txt");
    cr_assert_eq(py_getattr(vm, e, vm->names[PY_NAME_errno]), py_small(ENOENT));
}

Test(except, os_error_without_filename) {
    py_val_t e = os_error(EIO, NULL, PY_EXC_OSError);
    char want[128];
    snprintf(want, sizeof want, "[Errno %d] %s", EIO, strerror(EIO));
    cr_assert_str_eq(unit_str(e), want);
    cr_assert_eq(py_getattr(vm, e, py_str_intern_c(vm, "filename")), PY_NONE);
}

// ---- the C stack ------------------------------------------------------------------------

// Recurses in C, each level holding a kilobyte of stack, until py_check_c_stack raises.
// The bound only keeps the compiler from calling it infinite: 1 MiB levels is far past the limit.
static __attribute__((noinline)) int deep(py_vm_t *v, int n) {
    volatile char pad[1024];
    pad[0] = (char)n;
    py_check_c_stack(v);
    return n > (1 << 20) ? n : deep(v, n + 1) + pad[0];
}

static void recurse_in_c(py_vm_t *v, void *ud) {
    (void)ud;
    deep(v, 0);
}

Test(except, deep_c_recursion_raises_recursion_error) {
    cr_assert_not_null(vm->c_stack_base);
    unit_raises_msg(recurse_in_c, NULL, PY_EXC_RecursionError, "maximum recursion depth exceeded");
    cr_assert(py_exc_is(vm, py_exc_new(vm, PY_EXC_RecursionError, PY_NULL), PY_EXC_RuntimeError));
}

static void shallow(py_vm_t *v, void *ud) {
    py_check_c_stack(v);
    *(int *)ud = 1;
}

Test(except, shallow_stack_passes_the_check) {
    int ok = 0;
    unit_ok(shallow, &ok);
    cr_assert_eq(ok, 1);
}

Test(except, vm_is_usable_after_deep_recursion) {
    unit_raises(recurse_in_c, NULL, PY_EXC_RecursionError);
    cr_assert_eq(vm->c_depth, 0);
    py_val_t g = unit_run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nx = f(50)\n");
    cr_assert_eq(unit_get_int(g, "x"), 50);
}

Test(except, pcall_restores_frame_state) {
    py_frame_t *frame = vm->frame;
    py_val_t *top = vm->stack_top;
    int depth = vm->depth;
    unit_run_raises("def f():\n    raise ValueError('x')\ndef g():\n    f()\ng()\n", PY_EXC_ValueError);
    cr_assert_eq(vm->frame, frame);
    cr_assert_eq(vm->stack_top, top);
    cr_assert_eq(vm->depth, depth);
}
