// vm/gc_fail.h: the failing-allocator test mode (PY_CFG_GC_FAIL, vm/config.h).
// Layer: vm core. Only a build with PY_CFG_GC_FAIL=1 calls it.
// SPDX-License-Identifier: MIT

#ifndef PY_GC_FAIL_H
#define PY_GC_FAIL_H

#include <stdbool.h>
#include <stddef.h>

// Counts one GC allocation and says whether it must fail (raise MemoryError),
// as the PY_GC_FAIL environment variable chooses (see vm/gc_fail.c). Reads the
// variable on its first call. Does not raise or allocate on the GC heap.
bool py_gc_fail_now(void);

// The mode's own counters, for a check that start-up leaves every other
// static alone (unix/image_build.c): sets [*size] and returns their address.
const void *py_gc_fail_state(size_t *size);

#endif
