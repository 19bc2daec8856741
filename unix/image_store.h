// unix/image_store.h: where the unix port keeps its start-up image (vm/image.h).
// Layer: unix port. Build with -DPY_IMAGE_EMPTY for the executable that fills it.
// SPDX-License-Identifier: MIT

#ifndef PY_IMAGE_STORE_H
#define PY_IMAGE_STORE_H

#include "image.h"

// The storage, in the executable's `py_image` section: filled in by the
// build (make's second link), empty in the executable that fills it.
extern py_image_t py_startup_image;

// Builds the image in this process and writes the C initialisers that fill
// it to [path] (unix/image_build.c). Returns the process exit status, with a
// message on stderr when the image cannot be made. Does not raise.
int py_image_build(const char *path);

#endif
