// unix/line_edit.c: the REPL's line editor (GNU readline or libedit), loaded on first use.
// Layer: unix port. Never raises; without the library, callers read plain lines.
// SPDX-License-Identifier: MIT
//
// The library is opened with dlopen the first time a terminal line is read,
// not linked: loading and relocating readline and its terminfo library costs
// more than the whole interpreter's start-up (about 470,000 instructions and
// 800 KiB of resident memory), and `micropython script.py` never needs it.
// Only the dozen functions and variables used here are looked up; both
// libraries export them under readline's names.

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "line_edit.h"

#ifndef PY_LINE_EDIT_LIB
#define PY_LINE_EDIT_LIB "libreadline.so.8"
#endif

// The first field of readline's and libedit's HIST_ENTRY: all we read.
typedef struct {
    char *line;
} hist_entry_t;

static struct {
    int tried;   // dlopen attempted (once: a missing library stays missing)
    void *lib;
    char *(*readline)(const char *prompt);
    void (*replace_line)(const char *text, int clear_undo);
    void (*add_history)(const char *line);
    hist_entry_t *(*history_get)(int offset);
    void (*stifle_history)(int max);
    int (*read_history)(const char *path);
    int (*write_history)(const char *path);
    int (*history_truncate_file)(const char *path, int lines);
    line_edit_getc_t **getc_function;
    int *catch_signals;
    int *history_length, *history_base;
} lib;

static void *sym(const char *name) { return dlsym(lib.lib, name); }

// Looks every symbol up; false (and the library closed) if any is missing.
static int bind_all(void) {
    *(void **)&lib.readline = sym("readline");
    *(void **)&lib.replace_line = sym("rl_replace_line");
    *(void **)&lib.add_history = sym("add_history");
    *(void **)&lib.history_get = sym("history_get");
    *(void **)&lib.stifle_history = sym("stifle_history");
    *(void **)&lib.read_history = sym("read_history");
    *(void **)&lib.write_history = sym("write_history");
    *(void **)&lib.history_truncate_file = sym("history_truncate_file");
    lib.getc_function = sym("rl_getc_function");
    lib.catch_signals = sym("rl_catch_signals");
    lib.history_length = sym("history_length");
    lib.history_base = sym("history_base");
    void *all[] = {(void *)lib.readline, (void *)lib.replace_line, (void *)lib.add_history,
                   (void *)lib.history_get, (void *)lib.stifle_history,
                   (void *)lib.read_history, (void *)lib.write_history,
                   (void *)lib.history_truncate_file, lib.getc_function, lib.catch_signals,
                   lib.history_length, lib.history_base};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (!all[i]) return 0;
    return 1;
}

int line_edit_load(line_edit_getc_t *getc_fn) {
    if (!lib.tried) {
        lib.tried = 1;
        lib.lib = dlopen(PY_LINE_EDIT_LIB, RTLD_NOW | RTLD_LOCAL);
        if (lib.lib && !bind_all()) {
            dlclose(lib.lib);
            lib.lib = NULL;
        }
        // Before any other call: libedit reads rl_getc_function once, when its
        // first function (even a history one) initialises it.
        if (lib.lib) {
            *lib.getc_function = getc_fn;
            *lib.catch_signals = 0;
        }
    }
    return lib.lib != NULL;
}

char *line_edit_read(const char *prompt) { return lib.readline(prompt); }

void line_edit_clear_line(void) { lib.replace_line("", 0); }

// ---- history ------------------------------------------------------------------

static int history_max = 50;

void line_edit_history_load(const char *path, int max_lines) {
    history_max = max_lines;
    lib.stifle_history(max_lines);
    lib.read_history(path);
}

// An entry equal to the one before it is not stored twice.
void line_edit_history_add(const char *line) {
    if (!*line) return;
    int n = *lib.history_length;
    hist_entry_t *last = n > 0 ? lib.history_get(*lib.history_base + n - 1) : NULL;
    if (last && last->line && strcmp(last->line, line) == 0) return;
    lib.add_history(line);
}

void line_edit_history_save(const char *path) {
    lib.write_history(path);
    lib.history_truncate_file(path, history_max);
}
