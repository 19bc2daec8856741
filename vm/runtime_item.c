// vm/runtime_item.c: the container protocols: items, len, `in`, iteration.
// Layer: vm core (runtime). Iteration ends with PY_NULL, never a raised StopIteration.
// SPDX-License-Identifier: MIT

#include "except.h"
#include "obj_list.h"
#include "runtime.h"

py_val_t py_getitem(py_vm_t *vm, py_val_t obj, py_val_t key) {
    py_type_t *t = py_type_of(vm, obj);
    if (!t->slots.getitem) {
        if (py_is_a(vm, obj, PY_T_type))
            py_raise_type_error(vm, "type '%N' is not subscriptable", ((py_type_t *)py_obj(obj))->name);
        py_raise_type_error(vm, "'%T' object is not subscriptable", obj);
    }
    return t->slots.getitem(vm, obj, key);
}

void py_setitem(py_vm_t *vm, py_val_t obj, py_val_t key, py_val_t value) {
    py_type_t *t = py_type_of(vm, obj);
    if (!t->slots.setitem) py_raise_type_error(vm, "'%T' object does not support item assignment", obj);
    t->slots.setitem(vm, obj, key, value);
}

void py_delitem(py_vm_t *vm, py_val_t obj, py_val_t key) {
    py_type_t *t = py_type_of(vm, obj);
    // CPython words it "doesn't" only when deleting an index from a sequence-like type.
    bool seq = t->slots.getitem || t->slots.contains || (t->flags & PY_TF_HEAPTYPE);
    if (!t->slots.setitem && py_is_int(vm, key) && seq)
        py_raise_type_error(vm, "'%T' object doesn't support item deletion", obj);
    if (!t->slots.setitem) py_raise_type_error(vm, "'%T' object does not support item deletion", obj);
    t->slots.setitem(vm, obj, key, PY_NULL);
}

size_t py_len(py_vm_t *vm, py_val_t v) {
    py_type_t *t = py_type_of(vm, v);
    if (!t->slots.len) py_raise_type_error(vm, "object of type '%T' has no len()", v);
    return t->slots.len(vm, v);
}

bool py_buffer_get(py_vm_t *vm, py_val_t v, py_buffer_t *view, bool writable) {
    py_type_t *t = py_type_of(vm, v);
    return t->slots.get_buffer && t->slots.get_buffer(vm, v, view, writable);
}

void py_buffer_require(py_vm_t *vm, py_val_t v, py_buffer_t *view, bool writable) {
    if (py_buffer_get(vm, v, view, writable)) return;
    if (writable && py_buffer_get(vm, v, view, false))
        py_raise_type_error(vm, "argument must be read-write bytes-like object, not %T", v);
    py_raise_type_error(vm, "a bytes-like object is required, not '%T'", v);
}

bool py_contains(py_vm_t *vm, py_val_t container, py_val_t item) {
    py_type_t *t = py_type_of(vm, container);
    if (t->slots.contains) return t->slots.contains(vm, container, item) != 0;
    if (!t->slots.iter && !t->slots.getitem)
        py_raise_type_error(vm, "argument of type '%T' is not iterable", container);
    py_val_t it = py_iter(vm, container);
    for (py_val_t x; (x = py_next(vm, it)) != PY_NULL;)
        if (py_equal(vm, x, item)) return true;
    return false;
}

py_val_t py_iter(py_vm_t *vm, py_val_t v) {
    py_type_t *t = py_type_of(vm, v);
    if (t->slots.iter) {
        py_val_t it = t->slots.iter(vm, v);
        if (!py_type_of(vm, it)->slots.next)
            py_raise_type_error(vm, "iter() returned non-iterator of type '%T'", it);
        return it;
    }
    // Old-style sequences: anything with __getitem__ iterates by index.
    if (t->slots.getitem && !py_is_a(vm, v, PY_T_dict)) return py_seq_iter_new(vm, v);
    py_raise_type_error(vm, "'%T' object is not iterable", v);
}

py_val_t py_next(py_vm_t *vm, py_val_t it) {
    py_type_t *t = py_type_of(vm, it);
    if (!t->slots.next) py_raise_type_error(vm, "'%T' object is not an iterator", it);
    return t->slots.next(vm, it);
}
