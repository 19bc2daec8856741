// unix/repl_history.c: the REPL's history ring and its file (reference §8).
// Layer: unix port. Never raises; no Python objects.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repl_history.h"

void py_repl_history_init(py_repl_history_t *h, size_t max) {
    h->items = NULL;
    h->count = 0;
    h->max = max;
}

void py_repl_history_clear(py_repl_history_t *h) {
    for (size_t i = 0; i < h->count; i++) free(h->items[i]);
    free(h->items);
    h->items = NULL;
    h->count = 0;
}

bool py_repl_history_add(py_repl_history_t *h, const char *line, size_t len) {
    if (len == 0 || h->max == 0) return true;
    if (h->count > 0 && strlen(h->items[0]) == len && memcmp(h->items[0], line, len) == 0)
        return true;
    if (!h->items) {
        h->items = calloc(h->max, sizeof *h->items);
        if (!h->items) return false;
    }
    char *copy = malloc(len + 1);
    if (!copy) return false;
    memcpy(copy, line, len);
    copy[len] = 0;
    if (h->count == h->max) free(h->items[--h->count]);
    memmove(h->items + 1, h->items, h->count * sizeof *h->items);
    h->items[0] = copy;
    h->count++;
    return true;
}

const char *py_repl_history_get(const py_repl_history_t *h, size_t i) {
    return i < h->count ? h->items[i] : NULL;
}

int py_repl_history_load(py_repl_history_t *h, const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) return -errno;
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&buf, &cap, f)) >= 0) {
        while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r')) n--;
        py_repl_history_add(h, buf, (size_t)n);
    }
    free(buf);
    fclose(f);
    return 0;
}

int py_repl_history_save(const py_repl_history_t *h, const char *path) {
    size_t n = strlen(path) + sizeof ".tmp";
    char *tmp = malloc(n);
    if (!tmp) return -ENOMEM;
    snprintf(tmp, n, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f) {
        int err = errno;
        free(tmp);
        return -err;
    }
    for (size_t i = h->count; i-- > 0;) fprintf(f, "%s\n", h->items[i]);
    int err = ferror(f) ? EIO : 0;
    if (fclose(f) != 0 && !err) err = errno;
    if (!err && rename(tmp, path) != 0) err = errno;
    if (err) remove(tmp);
    free(tmp);
    return -err;
}

char *py_repl_history_default_path(void) {
    const char *home = getenv("HOME");
    if (!home || !*home) return NULL;
    size_t n = strlen(home) + sizeof "/.micropython.history";
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/.micropython.history", home);
    return p;
}
