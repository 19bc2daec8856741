// vm/builtins_seq.c: built-in functions over sizes, iterables and iterators:
// len, sorted, any, all, iter, next. Layer: vm core (library).
// SPDX-License-Identifier: MIT

#include "builtins.h"
#include "obj_gen.h"
#include "except.h"
#include "interrupt.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_type.h"
#include "runtime.h"

static py_val_t builtin_len(py_vm_t *vm, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_int_from_u64(vm, py_len(vm, args[0]));
}

static const char *const sorted_kw[] = {"key", "reverse", NULL};

// sorted(iterable, /, *, key=None, reverse=False)
static py_val_t builtin_sorted(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    py_val_t kw[2] = {PY_NULL, PY_NULL};
    // CPython names list.sort here too: "'k' is an invalid keyword argument for sort()"
    py_builtins_kwargs(vm, "sort", nargs, args, kwnames, sorted_kw, kw);
    if (nargs != 1) py_raise_type_error(vm, "sorted expected 1 argument, got %zu", nargs);
    py_val_t list = py_list_from_iter(vm, args[0]);
    py_list_sort_kw(vm, list, kw[0], kw[1]);
    return list;
}

// any() stops at the first true item, all() at the first false one.
static py_val_t find_truth(py_vm_t *vm, py_val_t iterable, bool wanted) {
    py_val_t it = py_iter(vm, iterable);
    unsigned poll = PY_INTERRUPT_EVERY;
    for (py_val_t v; (v = py_next(vm, it)) != PY_NULL;) {
        if (py_truthy(vm, v) == wanted) return py_bool(wanted);
        py_interrupt_step(vm, &poll);   // an iterator in C may never end
    }
    return py_bool(!wanted);
}

static py_val_t builtin_any(py_vm_t *vm, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return find_truth(vm, args[0], true);
}

static py_val_t builtin_all(py_vm_t *vm, size_t nargs, const py_val_t *args,
                            py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return find_truth(vm, args[0], false);
}

// iter(object) or iter(callable, sentinel)
static py_val_t builtin_iter(py_vm_t *vm, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)kwnames;
    if (nargs == 1) return py_iter(vm, args[0]);
    if (!py_callable(vm, args[0])) py_raise_type_error(vm, "iter(v, w): v must be callable");
    return py_callable_iter_new(vm, args[0], args[1]);
}

// next(iterator[, default]): StopIteration (or the default) when exhausted.
static py_val_t builtin_next(py_vm_t *vm, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)kwnames;
    py_type_t *t = py_type_of(vm, args[0]);
    if (!t->slots.next && py_type_lookup(vm, t, py_name(vm, PY_NAME___next__)) == PY_NULL)
        py_raise_type_error(vm, "'%s' object is not an iterator", py_type_name(vm, args[0]));
    // Their StopIteration carries the return value.
    if (nargs == 1 && (py_is_generator(vm, args[0]) || py_is_exact(vm, args[0], PY_T_coroutine_wrapper)))
        return py_gen_next(vm, args[0]);
    // Without a default, a class's own __next__ is called directly, so the
    // StopIteration it raises (with its value) is the one next() raises.
    py_val_t own = nargs == 1 && (t->flags & PY_TF_HEAPTYPE)
                       ? py_class_lookup_user(vm, t, py_name(vm, PY_NAME___next__)) : PY_NULL;
    if (own != PY_NULL) return py_class_call_dunder(vm, own, args[0], 0, NULL);
    py_val_t v = py_next(vm, args[0]);
    if (v != PY_NULL) return v;
    if (nargs > 1) return args[1];
    py_raise(vm, py_from_obj(vm->exc_types[PY_EXC_StopIteration]));
}

const py_method_def_t py_builtins_seq_functions[] = {
    {"len", builtin_len, 1, 1, 0},
    {"sorted", builtin_sorted, 0, PY_VARARGS, PY_METH_KEYWORDS},
    {"any", builtin_any, 1, 1, 0},
    {"all", builtin_all, 1, 1, 0},
    {"iter", builtin_iter, 1, 2, 0},
    {"next", builtin_next, 1, 2, 0},
    {NULL, NULL, 0, 0, 0},
};
