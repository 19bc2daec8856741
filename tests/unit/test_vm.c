// tests/unit/test_vm.c: making and freeing interpreters (vm/vm.c).
// Layer: tests (Criterion). Fixed and growing heaps, independent VMs, names, built-in types.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "compile.h"
#include "except.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "unit_py.h"

// Runs [src] in [v] with fresh globals and returns globals[name] (fails the test on a raise).
typedef struct job {
    const char *src;
    py_val_t globals;
} job_t;

static void run_job(py_vm_t *v, void *ud) {
    job_t *j = ud;
    py_val_t code = py_compile(v, j->src, strlen(j->src), py_str_from_c(v, "<t>"), PY_PARSE_FILE);
    j->globals = py_dict_new(v);
    py_vm_exec(v, code, j->globals);
}

static py_val_t run_in(py_vm_t *v, const char *src, const char *name) {
    job_t j = {src, PY_NULL};
    cr_assert_eq(py_pcall(v, run_job, &j), 0, "%s raised", src);
    return py_dict_get_name(v, j.globals, py_str_intern_c(v, name));
}

Test(vm, fixed_heap_runs_code) {
    py_vm_t *v = py_vm_new(1024 * 1024);
    cr_assert_not_null(v);
    cr_assert_leq(py_gc_bytes_used(v) + py_gc_bytes_free(v), 1024 * 1024);
    cr_assert_eq(run_in(v, "x = sum(range(100))", "x"), py_small(4950));
    py_vm_free(v);
}

static void fill_heap(py_vm_t *v, void *ud) {
    py_val_t l = py_list_new(v, 0, NULL);
    *(py_val_t *)ud = l;
    for (;;) py_list_append(v, l, py_str_from_c(v, "a string that takes some heap space"));
}

Test(vm, fixed_heap_exhaustion_raises_memory_error) {
    py_vm_t *v = py_vm_new(512 * 1024);
    cr_assert_not_null(v);
    py_val_t l = PY_NULL;
    cr_assert_eq(py_pcall(v, fill_heap, &l), 1);
    cr_assert(py_exc_is(v, v->exc, PY_EXC_MemoryError));
    v->exc = PY_NULL;
    l = PY_NULL;
    py_gc_collect(v);
    cr_assert_eq(run_in(v, "x = 6 * 7", "x"), py_small(42), "the VM is usable after MemoryError");
    py_vm_free(v);
}

// The start-up image is sealed apart: a fixed heap far smaller than it
// starts, is exactly the size asked for, and runs code.
Test(vm, fixed_heap_smaller_than_start_up_image_runs_code) {
    py_vm_t *v = py_vm_new(8 * 1024);
    cr_assert_not_null(v);
    cr_assert_eq(py_gc_bytes_used(v) + py_gc_bytes_free(v), 8 * 1024);
    cr_assert_gt(py_gc_bytes_sealed(v), 8 * 1024, "the built-ins are in the sealed image");
    cr_assert_eq(run_in(v, "x = sum(range(100))", "x"), py_small(4950));
    py_vm_free(v);
}

Test(vm, growing_heap_grows_past_its_first_arena) {
    py_vm_t *v = py_vm_new(0);
    cr_assert_not_null(v);
    size_t first = py_gc_bytes_used(v) + py_gc_bytes_free(v);
    cr_assert_eq(run_in(v, "l = [str(i) * 10 for i in range(100000)]\nn = len(l)", "n"),
                 py_small(100000));
    cr_assert_gt(py_gc_bytes_used(v) + py_gc_bytes_free(v), first);
    py_vm_free(v);
}

Test(vm, two_vms_are_independent) {
    py_vm_t *a = py_vm_new(0), *b = py_vm_new(0);
    cr_assert_not_null(a);
    cr_assert_not_null(b);
    cr_assert_neq(a->types[PY_T_int], b->types[PY_T_int]);
    cr_assert_neq(a->names[PY_NAME___init__], b->names[PY_NAME___init__]);
    cr_assert_eq(run_in(a, "import sys\nsys.shared = 1\nx = 1", "x"), py_small(1));
    cr_assert_eq(run_in(b, "import sys\nx = hasattr(sys, 'shared')", "x"), PY_FALSE);
    py_vm_free(a);
    cr_assert_eq(run_in(b, "x = [i * i for i in range(5)][-1]", "x"), py_small(16));
    py_vm_free(b);
    py_vm_free(NULL);   // harmless, as free(NULL)
}

static const char *const name_texts[PY_NAME__COUNT] = {
#define X(id, text) text,
    PY_NAMES(X)
#undef X
};

Test(vm, names_are_interned, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    for (int i = 0; i < PY_NAME__COUNT; i++) {
        py_val_t n = vm->names[i];
        cr_assert(py_is_istr(n), "name %d is not interned", i);
        cr_assert_str_eq(py_str_cstr(vm, n), name_texts[i]);
        cr_assert_eq(py_str_intern_c(vm, name_texts[i]), n);
    }
    cr_assert_eq(py_name(vm, PY_NAME___init__), py_str_intern_c(vm, "__init__"));
}

static const struct { py_type_id_t id; const char *name; } builtin_types[] = {
#define X(id, name) {PY_T_##id, name},
    PY_BUILTIN_TYPES(X)
#undef X
};

Test(vm, every_builtin_type_is_present_with_its_name, .init = unit_vm_setup,
     .fini = unit_vm_teardown) {
    cr_assert_eq(sizeof builtin_types / sizeof builtin_types[0], PY_T__COUNT);
    for (size_t i = 0; i < PY_T__COUNT; i++) {
        py_type_t *t = vm->types[builtin_types[i].id];
        cr_assert_not_null(t, "%s missing", builtin_types[i].name);
        cr_assert_str_eq(py_str_cstr(vm, t->name), builtin_types[i].name);
        cr_assert_eq(t->id, builtin_types[i].id);
        cr_assert_eq(py_type_of(vm, py_from_obj(t)), vm->types[PY_T_type]);
        cr_assert(py_is_subtype(t, vm->types[PY_T_object]));
        py_tuple_t *mro = py_tuple_ptr(t->mro);
        cr_assert_eq(mro->items[0], py_from_obj(t));
        cr_assert_eq(mro->items[mro->len - 1], py_from_obj(vm->types[PY_T_object]));
    }
    cr_assert(py_is_subtype(vm->types[PY_T_bool], vm->types[PY_T_int]));
}

static const struct { const char *name; py_exc_id_t base; } exc_types[] = {
#define X(id, base) {#id, PY_EXC_##base},
    PY_EXC_TYPES(X)
#undef X
};

Test(vm, every_exception_type_is_present_with_its_base, .init = unit_vm_setup,
     .fini = unit_vm_teardown) {
    for (int i = 0; i < PY_EXC__COUNT; i++) {
        py_type_t *t = vm->exc_types[i];
        cr_assert_not_null(t);
        cr_assert_str_eq(py_str_cstr(vm, t->name), exc_types[i].name);
        cr_assert(t->flags & PY_TF_EXCEPTION);
        if (i != PY_EXC_BaseException) cr_assert_eq(t->base_type, vm->exc_types[exc_types[i].base]);
        cr_assert(py_is_subtype(t, vm->exc_types[PY_EXC_BaseException]));
    }
    cr_assert(py_exc_is(vm, vm->memory_error, PY_EXC_MemoryError));
}

Test(vm, starts_with_no_frame_and_empty_stack, .init = unit_vm_setup, .fini = unit_vm_teardown) {
    cr_assert_null(vm->frame);
    cr_assert_eq(vm->depth, 0);
    cr_assert_eq(vm->stack_top, vm->stack);
    cr_assert_null(vm->jmp);
    cr_assert_eq(vm->exc, PY_NULL);
    cr_assert_not_null(vm->c_stack_base);
    cr_assert_neq(py_dict_get_name(vm, vm->builtins_dict, py_str_intern_c(vm, "len")), PY_NULL);
}
