// mods/help.h: the help() builtin, with help('modules') listing every module linked in.
// Layer: library modules; sys's start-up installs it in builtins (vm/ has no help).
// SPDX-License-Identifier: MIT

#ifndef PY_MODS_HELP_H
#define PY_MODS_HELP_H

#include "obj.h"
#include "vm.h"

// Adds `help` to the builtins module. May allocate.
void py_help_install(py_vm_t *vm);

#endif
