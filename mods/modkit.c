// mods/modkit.c: exception classes and types defined by library modules.
// Layer: library modules (on vm/obj_type.h's class creation).
// SPDX-License-Identifier: MIT

#include "modkit.h"

#include "except.h"
#include "import.h"
#include "obj_dict.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

py_val_t py_modkit_exc_new(py_vm_t *vm, py_val_t module, const char *name, py_exc_id_t base) {
    py_val_t ns = py_dict_new(vm);
    py_val_t modname = ((py_module_t *)py_obj(module))->name;
    py_dict_set(vm, ns, py_str_intern_c(vm, "__module__"), modname);
    py_val_t bases = py_tuple_new(vm, 1, &(py_val_t){py_from_obj(vm->exc_types[base])});
    py_val_t cls = py_type_new_class(vm, py_str_intern_c(vm, name), bases, ns);
    py_module_set(vm, module, name, cls);
    return cls;
}

// The class is looked up on the module each time rather than cached, since a
// VM keeps no per-module C state; errors are rare enough for that to be cheap.
_Noreturn void py_modkit_raise(py_vm_t *vm, const char *modname, const char *name,
                               const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    py_val_t msg = py_str_vformat_c(vm, fmt, ap);
    va_end(ap);
    py_raise(vm, py_call1(vm, py_modkit_attr(vm, modname, name), msg));
}

py_type_t *py_modkit_type_new(py_vm_t *vm, py_val_t module, const char *attr,
                              const py_type_spec_t *spec, const char *modname) {
    py_type_t *t = py_type_from_spec(vm, spec, vm->types[PY_T_object]);
    py_dict_set(vm, t->dict, py_str_intern_c(vm, "__module__"), py_str_intern_c(vm, modname));
    if (attr) py_module_set(vm, module, attr, py_from_obj(t));
    return t;
}

py_val_t py_modkit_attr(py_vm_t *vm, const char *modname, const char *name) {
    py_val_t module = py_import_builtin(vm, modname);
    return py_getattr(vm, module, py_str_intern_c(vm, name));
}
