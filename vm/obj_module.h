// vm/obj_module.h: module objects and the table of modules written in C.
// Layer: vm core (types).
// SPDX-License-Identifier: MIT

#ifndef PY_OBJ_MODULE_H
#define PY_OBJ_MODULE_H

#include "obj.h"
#include "vm.h"

typedef struct py_module {
    py_obj_t base;
    py_val_t name;   // str
    py_val_t dict;   // the module's globals
} py_module_t;

// How a C module (mods/*.c, vm/builtins.c) describes itself.
typedef struct py_module_def {
    const char *name;                    // import name, e.g. "sys"
    const py_method_def_t *functions;    // NULL-name terminated; may be NULL
    // Adds non-function members (constants, types); may be NULL. May raise.
    void (*init)(py_vm_t *vm, py_val_t module);
    // Redoes what depends on the process (a terminal, the executable's path)
    // in a module the start-up image holds; may be NULL. May raise.
    void (*start_process)(py_vm_t *vm, py_val_t module);
} py_module_def_t;

// The modules linked into this executable, NULL-terminated. The Makefile
// generates the array from its module list (build/gen/modules.c).
extern const py_module_def_t *const py_builtin_modules[];

// A new module named [name] (str) whose dict has __name__, and __doc__, __package__,
// __loader__ and __spec__ set to None, as CPython's. May allocate.
py_val_t py_module_new(py_vm_t *vm, py_val_t name);
// Builds the module object for a C module definition. May raise.
py_val_t py_module_from_def(py_vm_t *vm, const py_module_def_t *def);
// Adds [value] to [module]'s dict under [name] (a C string, interned).
void py_module_set(py_vm_t *vm, py_val_t module, const char *name, py_val_t value);

extern const py_type_spec_t py_module_spec;

#endif
