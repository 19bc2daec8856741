// vm/finalise.c: running Python finalisers (__del__) the collector found due.
// Layer: vm core (runtime). The collector only queues them (vm/gc.c): they
// run here, at the VM's safe points (py_vm_poll), after gc.collect(), and at exit.
// SPDX-License-Identifier: MIT

#include "builtins.h"
#include "except.h"
#include "finalise.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_gen.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_type.h"
#include "runtime.h"

typedef struct del_call {
    py_val_t obj, del;
} del_call_t;

// Looks up and calls the object's __del__ (under py_pcall). May raise; may allocate.
static void run_del(py_vm_t *vm, void *ud) {
    del_call_t *c = ud;
    if (py_is_generator(vm, c->obj) || py_is_coroutine(vm, c->obj)) {
        c->del = c->obj;   // "Exception ignored in: <generator object ...>"
        py_gen_finalise(vm, c->obj);
        return;
    }
    c->del = py_type_lookup(vm, py_type_of(vm, c->obj), vm->names[PY_NAME___del__]);
    if (c->del != PY_NULL) py_class_call_dunder(vm, c->del, c->obj, 0, NULL);
}

// Prints the exception in flight as CPython's unraisable hook does, to
// sys.stderr, and clears it (under py_pcall). May raise; may allocate.
static void report(py_vm_t *vm, void *ud) {
    del_call_t *c = ud;
    py_val_t exc = vm->exc;
    vm->exc = PY_NULL;
    py_val_t err = py_builtins_std_stream(vm, PY_NAME_stderr);
    if (err == PY_NULL || err == PY_NONE) err = vm->stderr_obj;
    if (c->del != PY_NONE) {   // CPython's hook names no object for None
        py_val_t head = py_str_format_c(vm, "Exception ignored in: %R\n", c->del);
        py_call_method(vm, err, vm->names[PY_NAME_write], 1, &head);
    }
    py_exc_print(vm, exc, err);
    // CPython's stderr is unbuffered: the report comes before later output.
    py_val_t flush = py_getattr_opt(vm, err, vm->names[PY_NAME_flush]);
    if (flush != PY_NULL) py_call0(vm, flush);
}

// Runs [obj]'s __del__; an exception is reported, never propagated. Never
// raises; may allocate.
static void call_del(py_vm_t *vm, py_val_t obj) {
    del_call_t c = {obj, PY_NULL};
    if (py_pcall(vm, run_del, &c) == 0) return;
    if (c.del == PY_NULL) {   // raised before __del__ was found
        vm->exc = PY_NULL;
        return;
    }
    if (py_pcall(vm, report, &c)) vm->exc = PY_NULL;   // reporting failed too: drop it
}

void py_finalise_pending(py_vm_t *vm) {
    if (vm->in_finaliser) return;
    vm->in_finaliser = true;
    py_val_t saved = vm->exc;   // a poll may come while an exception is in flight
    for (py_val_t o; (o = py_gc_take_finalisable(vm)) != PY_NULL;) call_del(vm, o);
    vm->exc = saved;
    vm->in_finaliser = false;
}

// ---- exit ------------------------------------------------------------------------------------

// A collection, then the __del__ calls it found due. Never raises; may allocate.
static void collect_and_finalise(py_vm_t *vm) {
    py_gc_collect_explicit(vm);
    py_finalise_pending(vm);
}

// CPython's module teardown sets names with one leading underscore to None
// first, then every other name but __builtins__. Never raises; does not allocate.
static bool cleared_in_pass(py_vm_t *vm, py_val_t key, int pass) {
    if (!py_is_str(vm, key) || key == vm->names[PY_NAME___builtins__]) return false;
    const char *k = py_str_bytes(key);
    size_t n = py_str_len(key);
    return pass == 1 || (n >= 1 && k[0] == '_' && (n == 1 || k[1] != '_'));
}

// Sets __main__'s globals to None one by one, collecting after each object
// (under py_pcall), until no object with __del__ is left. May raise; may allocate.
static void clear_main(py_vm_t *vm, void *ud) {
    (void)ud;
    py_val_t g = ((py_module_t *)py_obj(vm->main_module))->dict;
    for (int pass = 0; pass < 2; pass++) {
        size_t pos = 0;
        for (py_dict_entry_t *e; (e = py_dict_next(g, &pos)) != NULL;) {
            if (py_gc_del_pending(vm) == 0) return;
            py_val_t key = e->key, old = e->value;
            if (!cleared_in_pass(vm, key, pass) || old == PY_NONE) continue;
            py_dict_set(vm, g, key, PY_NONE);
            if (py_is_obj(old)) collect_and_finalise(vm);
        }
    }
}

void py_finalise_at_exit(py_vm_t *vm) {
    if (py_gc_del_pending(vm) == 0) return;
    py_finalise_pending(vm);
    if (vm->main_module != PY_NULL && py_pcall(vm, clear_main, NULL)) vm->exc = PY_NULL;
    collect_and_finalise(vm);
    // What other modules still hold dies with them in CPython: finalise it too.
    py_gc_queue_all_del(vm);
    py_finalise_pending(vm);
}
