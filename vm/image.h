// vm/image.h: the start-up image: the built-in types, names and builtins as one block of memory.
// Layer: vm core. A port supplies the image's storage; vm/vm.c builds or adopts it.
// SPDX-License-Identifier: MIT
//
// Making the built-in types, their method dicts, the interned names, the
// exception classes and the builtins module costs about a million
// instructions, and its result is the same in every process. A port can keep
// that result as static data in its executable, the way MicroPython keeps its
// built-ins in ROM: a build step runs start-up once with the start-up arena
// placed in the image's own (fixed-address) storage, and writes what it made
// into the storage's initialisers; every later run adopts the storage as its
// sealed arena and skips the work.
//
// This needs the storage at the same address in both runs and the code and
// static data too, so the port links a position-dependent executable and
// builds it twice with only the image's contents differing. What is
// environment-dependent (sys and its streams, argv, path) is not in the
// image: it is made in every process, after adoption.

#ifndef PY_IMAGE_H
#define PY_IMAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "vm.h"

#define PY_IMAGE_MAGIC 0x50594d47u   // "PYMG": the image was built and filled in

// What a build records about the image, beside the arrays it fills.
typedef struct py_image_info {
    uint32_t magic;          // PY_IMAGE_MAGIC once filled, 0 in the build that fills it
    uint32_t vm_size;        // sizeof(py_vm_t) then: a mismatch means a stale image
    uintptr_t anchor;        // the address of the storage then: the same now, or unusable
    size_t used_blocks;      // blocks of the arena start-up filled (a prefix)
    size_t blocks_in_use;    // of those, the ones not freed again
    size_t fin_count, fin_lo, fin_hi;   // finalisable objects among them
    size_t intern_cap, intern_count;    // the intern set (slots in [intern])
} py_image_info_t;

// The storage a port provides: all fixed-size arrays at fixed addresses.
typedef struct py_image {
    py_image_info_t *info;
    uintptr_t *blocks;       // the arena: 16-byte aligned, [blocks_bytes] long
    size_t blocks_bytes;
    uint8_t *table;          // the arena's side table: blocks_bytes / 32 bytes
    unsigned char *vm;       // the py_vm_t start-up left: sizeof(py_vm_t) bytes
    size_t vm_bytes;
    py_str_t **intern;       // the intern set's slots
    size_t intern_slots;
    // Called by a building run just before start-up, and right after the
    // image was captured, before the process's own start-up goes on and
    // changes it (the port saves it then). Either may be NULL.
    void (*on_start)(struct py_image *image);
    void (*on_capture)(struct py_image *image, py_vm_t *vm);
} py_image_t;

// True when [image] holds a start-up made by this very executable.
bool py_image_usable(const py_image_t *image);

// Creates a VM from [image] (see py_vm_new): adopted when usable and not yet
// adopted by another VM in this process (adoption hands its memory to that
// VM), else made by running start-up. With [build] set, start-up runs in the
// image's storage and fills it in (see on_capture). Returns NULL when memory
// runs out or a build does not fit. Does not raise.
py_vm_t *py_vm_new_image(size_t heap_bytes, py_image_t *image, bool build);

#endif
