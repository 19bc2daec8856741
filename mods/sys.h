// mods/sys.h: the interpreter's identity (version, build date, machine) shared by sys and the banner.
// Layer: library modules. unix/main.c and unix/repl.c print the same strings.
// SPDX-License-Identifier: MIT

#ifndef PY_MODS_SYS_H
#define PY_MODS_SYS_H

// Our release; sys.implementation.version is the same numbers.
#define PY_SYS_VERSION "0.1.0"
#define PY_SYS_VERSION_TUPLE 0, 1, 0
// The build date the banner shows. Fixed rather than __DATE__ so that builds
// are reproducible and tests can match the banner.
#define PY_SYS_BUILD_DATE "2026-11-21"
// The language level we implement (sys.version_info).
#define PY_SYS_LANGUAGE "3.11.0"

#if defined(__clang__)
#define PY_SYS_COMPILER "Clang " __clang_version__
#elif defined(__GNUC__)
#define PY_SYS_COMPILER "GCC " __VERSION__
#else
#define PY_SYS_COMPILER "unknown compiler"
#include "obj.h"
#include "vm.h"

// A tuple-like value whose [n] items [values] are also attributes named
// [names] (sys.implementation, os.stat results): indexes, iterates, compares
// and hashes as the tuple of its values. Its repr is "(name=value, ...)" with
// [named_repr], else the tuple's. May allocate.
py_val_t py_sys_attrtuple_new(py_vm_t *vm, size_t n, const char *const *names,
                              const py_val_t *values, bool named_repr);

#endif

// The banner's machine part, as MicroPython's unix port: "linux [GCC 12.2.0] version".
#define PY_SYS_MACHINE "linux [" PY_SYS_COMPILER "] version"
// "MicroPython v0.1.0 on 2026-11-21; linux [GCC 12.2.0] version"
#define PY_SYS_BANNER \
    "MicroPython v" PY_SYS_VERSION " on " PY_SYS_BUILD_DATE "; " PY_SYS_MACHINE

#include "obj.h"
#include "vm.h"

// A tuple-like value whose [n] items [values] are also attributes named
// [names] (sys.implementation, os.stat results): indexes, iterates, compares
// and hashes as the tuple of its values. Its repr is "(name=value, ...)" with
// [named_repr], else the tuple's. May allocate.
py_val_t py_sys_attrtuple_new(py_vm_t *vm, size_t n, const char *const *names,
                              const py_val_t *values, bool named_repr);

#endif
