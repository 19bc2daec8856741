// tests/unit/linux_fake.h: a throwaway directory standing in for / (fake /dev and /sys
// files) for the hal_linux unit tests, through linux_bus_set_root.
// SPDX-License-Identifier: MIT

#ifndef LINUX_FAKE_H
#define LINUX_FAKE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../../hal_linux/linux_bus.h"

static char fake_root[64];

// Makes a fresh root and points the backend at it.
static inline void fake_root_make(void) {
    snprintf(fake_root, sizeof fake_root, "/tmp/lbfakeXXXXXX");
    if (!mkdtemp(fake_root)) abort();
    linux_bus_set_root(fake_root);
}

// Creates [rel] (and its directories) under the root holding [text].
static inline void fake_file(const char *rel, const char *text) {
    char path[300];
    snprintf(path, sizeof path, "%s%s", fake_root, rel);
    for (char *p = path + strlen(fake_root) + 1; (p = strchr(p, '/')); p++) {
        *p = 0;
        mkdir(path, 0755);
        *p = '/';
    }
    FILE *f = fopen(path, "w");
    if (!f) abort();
    fputs(text, f);
    fclose(f);
}

// The contents of [rel] under the root (static buffer; "" when absent).
static inline const char *fake_read(const char *rel) {
    static char buf[256];
    char path[300];
    snprintf(path, sizeof path, "%s%s", fake_root, rel);
    buf[0] = 0;
    FILE *f = fopen(path, "r");
    if (!f) return buf;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    return buf;
}

static inline void fake_root_remove(void) {
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", fake_root);
    if (system(cmd) != 0) abort();
    linux_bus_set_root(NULL);
}

#endif
