// vm/import.h: the import system: sys.modules, built-in C modules, .py files on sys.path.
// Layer: vm core (library). CVM's IMPORT_NAME/IMPORT_FROM/IMPORT_STAR call these.
// SPDX-License-Identifier: MIT
//
// Search order for a top-level name: sys.modules, then the C modules linked
// in (py_builtin_modules[], also under a 'u' prefix: `import utime` gives
// the time module), then each sys.path entry for NAME/__init__.py (a
// package) and NAME.py (the entry ".frozen" searches the frozen modules,
// which a 'u' prefix also finds), and last a directory NAME without __init__.py (a
// namespace package). Submodules search their package's __path__. A module
// is in sys.modules while its code runs and is removed again if it raises;
// while it runs it is "partially initialized" (from-imports of missing names
// say so). A None in sys.modules blocks the import of that name. Errors are
// CPython's: ModuleNotFoundError/ImportError with .name (and .path).

#ifndef PY_IMPORT_H
#define PY_IMPORT_H

#include "obj.h"
#include "vm.h"

// `import name` / `from name import fromlist` with [level] leading dots,
// relative to the package that [globals] (__package__ or __name__) belongs
// to. Returns the top package for `import a.b` when [fromlist] is None or
// empty, else the module `a.b` itself. Raises ModuleNotFoundError "No module
// named 'x'", ImportError for bad relative imports, and whatever the module's
// code raises. [globals] matters only when [level] > 0: PY_NULL (none given)
// raises KeyError and a non-dict TypeError, as CPython. May allocate.
py_val_t py_import(py_vm_t *vm, py_val_t name, py_val_t fromlist, int level, py_val_t globals);

// `from module import *`: copies the names in module.__all__, or else every
// name not starting with '_', into [globals]. May raise; may allocate.
void py_import_star(py_vm_t *vm, py_val_t module, py_val_t globals);

// `from module import name`: the attribute, or the submodule module.name;
// raises ImportError "cannot import name 'x' from 'm' (path)". May allocate.
py_val_t py_import_from(py_vm_t *vm, py_val_t module, py_val_t name);

// A Python module frozen into the executable: build/gen/frozen.c, made by
// tools/freeze.c from the .py files under mods/. [path] is the file's path
// under mods/ without ".py" ("heapq", "asyncio/__init__", "asyncio/core").
// The sys.path entry ".frozen" is where these are searched: the module
// "asyncio.core" has __file__ ".frozen/asyncio/core.py".
typedef struct py_frozen_module {
    const char *path;
    const char *source;
    size_t len;
} py_frozen_module_t;

extern const py_frozen_module_t py_frozen_modules[];   // ends with a NULL path

// The linked-in C module called [name] (a C string, 'u' prefix allowed),
// loaded and put in sys.modules if it was not there; PY_NULL when no such
// module is linked. May raise (the module's init); may allocate.
py_val_t py_import_builtin(py_vm_t *vm, const char *name);
// Runs the start_process hook of every imported built-in module that has one
// (vm/obj_module.h). May allocate; may raise.
void py_import_start_process(py_vm_t *vm);

// Finds module [name] (a dotted str) on sys.path and runs its code in the
// module [main] (the __main__ module), as `-m name` does; a package runs its
// __main__ submodule. Raises ModuleNotFoundError when it cannot be found,
// and whatever its code raises. May allocate.
void py_import_run_main(py_vm_t *vm, py_val_t name, py_val_t main);

#endif
