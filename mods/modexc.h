// mods/modexc.h: exception classes that library modules define (struct.error,
// binascii.Error) and raising them from C. Layer: library modules.
// SPDX-License-Identifier: MIT

#ifndef PY_MODEXC_H
#define PY_MODEXC_H

#include "obj.h"
#include "vm.h"
#include "exc_list.h"

// Makes class [name] deriving from built-in exception [base], with
// __module__ set to [module]'s name, and stores it in [module]. Returns the
// class. For a module's init. May raise; may allocate.
py_val_t py_modexc_new(py_vm_t *vm, py_val_t module, const char *name, py_exc_id_t base);

// Raises the exception class [name] of the C module [modname] (imported if
// needed) with a message formatted as by py_raise_fmt. Always raises; allocates.
_Noreturn void py_modexc_raise(py_vm_t *vm, const char *modname, const char *name,
                               const char *fmt, ...);

#endif
