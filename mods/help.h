// mods/help.h: the help() builtin, with help('modules') listing every module linked in.
// Layer: library modules; sys's start-up installs it in builtins (vm/ has no help).
// SPDX-License-Identifier: MIT

#ifndef PY_MODS_HELP_H
#define PY_MODS_HELP_H

#include <stdbool.h>
#include "obj.h"
#include "vm.h"

// Adds `help` to the builtins module. May allocate.
void py_help_install(py_vm_t *vm);

// Which control table help() prints: a board's (Ctrl-D soft-resets) or the PC's (Ctrl-D
// exits). The REPL engine sets it for the console it runs on. Never fails.
void py_help_set_board(bool board);

#endif
