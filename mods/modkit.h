// mods/modkit.h: what C library modules share: the exception classes they
// define (struct.error, binascii.Error), raising them from C, and their own
// types (array.array). Layer: library modules.
// SPDX-License-Identifier: MIT

#ifndef PY_MODKIT_H
#define PY_MODKIT_H

#include "obj.h"
#include "vm.h"
#include "exc_list.h"

// Makes class [name] deriving from built-in exception [base], with
// __module__ set to [module]'s name, and stores it in [module]. Returns the
// class. For a module's init. May raise; may allocate.
py_val_t py_modkit_exc_new(py_vm_t *vm, py_val_t module, const char *name, py_exc_id_t base);

// Raises the exception class [name] of the C module [modname] (imported if
// needed) with a message formatted as by py_raise_fmt. Always raises; allocates.
_Noreturn void py_modkit_raise(py_vm_t *vm, const char *modname, const char *name,
                               const char *fmt, ...);

// Makes the type of [spec] (a subclass of object) with __module__ [modname],
// so that its repr is "<class 'modname.Name'>". Stores it in [module] under
// [attr] unless that is NULL. For a module's init. May raise; may allocate.
py_type_t *py_modkit_type_new(py_vm_t *vm, py_val_t module, const char *attr,
                              const py_type_spec_t *spec, const char *modname);

// The attribute [name] of the C module [modname] (imported if needed), for C
// functions that need a type or class their module's init made. Raises
// AttributeError when it is gone; may allocate.
py_val_t py_modkit_attr(py_vm_t *vm, const char *modname, const char *name);

#endif
