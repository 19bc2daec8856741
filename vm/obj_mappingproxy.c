// vm/obj_mappingproxy.c: mappingproxy, the read-only live view a class's __dict__ returns.
// Layer: vm core (types). Reads go to the wrapped mapping; writes raise TypeError.
// SPDX-License-Identifier: MIT

#include <string.h>
#include "except.h"
#include "gc.h"
#include "obj_func.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

typedef struct py_mappingproxy {
    py_obj_t base;
    py_val_t mapping;
} py_mappingproxy_t;

static py_val_t target(py_val_t self) { return ((py_mappingproxy_t *)py_obj(self))->mapping; }

py_val_t py_mappingproxy_new(py_vm_t *vm, py_val_t mapping) {
    py_mappingproxy_t *p = py_gc_new(vm, vm->types[PY_T_mappingproxy], sizeof *p);
    p->mapping = mapping;
    return py_from_obj(p);
}

static void proxy_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark(vm, ((py_mappingproxy_t *)o)->mapping);
}

static py_val_t proxy_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)type;
    py_arg_no_kw(vm, "mappingproxy", kwnames);
    py_arg_check(vm, "mappingproxy", nargs, 1, 1);
    if (py_is_a(vm, args[0], PY_T_list) || py_is_a(vm, args[0], PY_T_tuple) ||
        py_type_lookup(vm, py_type_of(vm, args[0]), vm->names[PY_NAME___getitem__]) == PY_NULL)
        py_raise_type_error(vm, "mappingproxy() argument must be a mapping, not %T", args[0]);
    return py_mappingproxy_new(vm, args[0]);
}

static py_val_t proxy_repr(py_vm_t *vm, py_val_t self) {
    return py_str_format_c(vm, "mappingproxy(%R)", target(self));
}

// str() shows the mapping itself, as CPython's mappingproxy_str.
static py_val_t proxy_str(py_vm_t *vm, py_val_t self) { return py_str_of(vm, target(self)); }

static py_val_t proxy_getitem(py_vm_t *vm, py_val_t self, py_val_t key) {
    return py_getitem(vm, target(self), key);
}

static void proxy_setitem(py_vm_t *vm, py_val_t self, py_val_t key, py_val_t value) {
    (void)key;
    py_raise_type_error(vm, "'%T' object does not support item %s", self,
                        value == PY_NULL ? "deletion" : "assignment");
}

static size_t proxy_len(py_vm_t *vm, py_val_t self) { return py_len(vm, target(self)); }

static int proxy_contains(py_vm_t *vm, py_val_t self, py_val_t item) {
    return py_contains(vm, target(self), item);
}

static py_val_t proxy_iter(py_vm_t *vm, py_val_t self) { return py_iter(vm, target(self)); }

static py_val_t proxy_compare(py_vm_t *vm, py_compare_op_t op, py_val_t a, py_val_t b) {
    if (py_is_a(vm, b, PY_T_mappingproxy)) b = target(b);
    return py_compare(vm, op, target(a), b);
}

// The read-only methods are the mapping's own, bound to it.
static py_val_t proxy_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    static const char *const forwarded[] = {"keys", "values", "items", "get", "copy",
                                            "__reversed__"};
    for (size_t i = 0; i < sizeof forwarded / sizeof forwarded[0]; i++)
        if (py_str_eq_c(name, forwarded[i])) return py_getattr(vm, target(self), name);
    return PY_NULL;
}

const py_type_spec_t py_mappingproxy_spec = {
    .name = "mappingproxy",
    .base = PY_T_object,
    .basicsize = sizeof(py_mappingproxy_t),
    .slots = {
        .mark = proxy_mark,
        .make_new = proxy_make_new,
        .repr = proxy_repr,
        .str = proxy_str,
        .compare = proxy_compare,
        .len = proxy_len,
        .getattr = proxy_getattr,
        .getitem = proxy_getitem,
        .setitem = proxy_setitem,
        .contains = proxy_contains,
        .iter = proxy_iter,
    },
};
