// vm/namespace.c: a frame's locals namespace when it is not an exact dict (exec with a mapping).
// Layer: vm core (VM). The dict fast paths are inline in vm/namespace.h.
// SPDX-License-Identifier: MIT

#include "namespace.h"
#include "except.h"
#include "obj_exc.h"
#include "runtime.h"
#include "vm_loop.h"

typedef struct item_ctx {
    py_val_t ns, name, value;
} item_ctx_t;

static void getitem_fn(py_vm_t *vm, void *ud) {
    item_ctx_t *c = ud;
    c->value = py_getitem(vm, c->ns, c->name);
}

static void delitem_fn(py_vm_t *vm, void *ud) {
    item_ctx_t *c = ud;
    py_delitem(vm, c->ns, c->name);
}

// Runs [fn] protected: false when it raised KeyError (then cleared), true
// when it succeeded; any other exception goes on.
static bool unless_key_error(py_vm_t *vm, void (*fn)(py_vm_t *, void *), item_ctx_t *c) {
    if (!py_pcall(vm, fn, c)) return true;
    if (!py_exc_is(vm, vm->exc, PY_EXC_KeyError)) py_raise(vm, vm->exc);
    vm->exc = PY_NULL;
    return false;
}

py_val_t py_namespace_get_mapping(py_vm_t *vm, py_val_t ns, py_val_t name) {
    item_ctx_t c = {ns, name, PY_NULL};
    return unless_key_error(vm, getitem_fn, &c) ? c.value : PY_NULL;
}

void py_namespace_set_mapping(py_vm_t *vm, py_val_t ns, py_val_t name, py_val_t value) {
    if (value != PY_NULL) {
        py_setitem(vm, ns, name, value);
        return;
    }
    item_ctx_t c = {ns, name, PY_NULL};
    if (!unless_key_error(vm, delitem_fn, &c)) py_vm_ops_name_error(vm, name);
}

void py_namespace_delete(py_vm_t *vm, py_val_t ns, py_val_t name) {
    if (!py_is_exact(vm, ns, PY_T_dict)) {
        py_namespace_set_mapping(vm, ns, name, PY_NULL);
        return;
    }
    if (py_dict_remove(vm, ns, name) == PY_NULL) py_vm_ops_name_error(vm, name);
}
