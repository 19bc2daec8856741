// vm/namespace.h: a frame's locals namespace (module, class and exec bodies): a dict or any mapping.
// Layer: vm core (VM). LOAD_NAME, STORE_NAME, DELETE_NAME and IMPORT_STAR go through these.
// SPDX-License-Identifier: MIT
//
// exec(code, globals, locals) accepts any mapping as locals, and a dict
// subclass's __getitem__/__setitem__/__missing__ apply, as in CPython; an
// exact dict takes the inline fast path, so module code pays one type test.

#ifndef PY_NAMESPACE_H
#define PY_NAMESPACE_H

#include "obj.h"
#include "vm.h"
#include "obj_dict.h"

// ns[name] through the mapping protocol, PY_NULL when it raises KeyError.
// May raise (anything else the mapping raises); may allocate.
py_val_t py_namespace_get_mapping(py_vm_t *vm, py_val_t ns, py_val_t name);
// ns[name] = value, or del ns[name] when [value] is PY_NULL, through the
// mapping protocol; a KeyError on deletion becomes NameError. May raise; may allocate.
void py_namespace_set_mapping(py_vm_t *vm, py_val_t ns, py_val_t name, py_val_t value);

// The value of [name] (an interned str) in namespace [ns], or PY_NULL when absent.
// May raise (a mapping's own errors); may allocate.
static inline py_val_t py_namespace_get(py_vm_t *vm, py_val_t ns, py_val_t name) {
    if (py_is_exact(vm, ns, PY_T_dict)) return py_dict_get_name(vm, ns, name);
    return py_namespace_get_mapping(vm, ns, name);
}

// Binds [name] to [value] in [ns]. May raise (a mapping's own errors); may allocate.
static inline void py_namespace_set(py_vm_t *vm, py_val_t ns, py_val_t name, py_val_t value) {
    if (py_is_exact(vm, ns, PY_T_dict)) py_dict_set_name(vm, ns, name, value);
    else py_namespace_set_mapping(vm, ns, name, value);
}

// Unbinds [name] in [ns]; raises NameError "name 'x' is not defined" when it
// is not bound. May allocate.
void py_namespace_delete(py_vm_t *vm, py_val_t ns, py_val_t name);

#endif
