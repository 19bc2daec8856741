// mods/modexc.c: exception classes defined by library modules, and raising them.
// Layer: library modules (on vm/obj_type.h's class creation).
// SPDX-License-Identifier: MIT

#include "modexc.h"

#include "except.h"
#include "import.h"
#include "obj_dict.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

py_val_t py_modexc_new(py_vm_t *vm, py_val_t module, const char *name, py_exc_id_t base) {
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
_Noreturn void py_modexc_raise(py_vm_t *vm, const char *modname, const char *name,
                               const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    py_val_t msg = py_str_vformat_c(vm, fmt, ap);
    va_end(ap);
    py_val_t module = py_import_builtin(vm, modname);
    py_val_t cls = py_getattr(vm, module, py_str_intern_c(vm, name));
    py_raise(vm, py_call1(vm, cls, msg));
}
