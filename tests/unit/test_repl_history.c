// tests/unit/test_repl_history.c: the REPL's history ring and ~/.micropython.history
// file (unix/repl_history.c, reference §8). Layer: tests. No VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "repl_history.h"

static char dir[] = "/tmp/histXXXXXX";
static char path[64];

static void setup(void) {
    cr_assert(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/h", dir);
}

static void teardown(void) {
    remove(path);
    rmdir(dir);
}

TestSuite(repl_history, .init = setup, .fini = teardown);

static void write_file(const char *text) {
    FILE *f = fopen(path, "w");
    cr_assert(f);
    fputs(text, f);
    fclose(f);
}

Test(repl_history, history_keeps_the_newest) {
    py_repl_history_t h;
    py_repl_history_init(&h, 3);
    for (int i = 0; i < 5; i++) {
        char s[8];
        snprintf(s, sizeof s, "l%d", i);
        cr_assert(py_repl_history_add(&h, s, strlen(s)));
    }
    cr_assert_eq(h.count, 3);
    cr_assert_str_eq(py_repl_history_get(&h, 0), "l4");
    cr_assert_str_eq(py_repl_history_get(&h, 2), "l2");
    cr_assert_null(py_repl_history_get(&h, 3));
    py_repl_history_clear(&h);
}

Test(repl_history, history_file_round_trip) {
    py_repl_history_t h;
    py_repl_history_init(&h, PY_REPL_HISTORY_MAX);
    cr_assert_eq(py_repl_history_load(&h, path), -ENOENT);
    for (int i = 0; i < 60; i++) {
        char s[8];
        snprintf(s, sizeof s, "x%d", i);
        py_repl_history_add(&h, s, strlen(s));
    }
    cr_assert_eq(py_repl_history_save(&h, path), 0);
    FILE *f = fopen(path, "r");
    char first[16];
    cr_assert(fgets(first, sizeof first, f));
    fclose(f);
    cr_assert_str_eq(first, "x10\n");   // oldest first, 50 kept
    py_repl_history_t g;
    py_repl_history_init(&g, PY_REPL_HISTORY_MAX);
    cr_assert_eq(py_repl_history_load(&g, path), 0);
    cr_assert_eq(g.count, 50);
    cr_assert_str_eq(py_repl_history_get(&g, 0), "x59");
    cr_assert_str_eq(py_repl_history_get(&g, 49), "x10");
    py_repl_history_clear(&g);
    py_repl_history_clear(&h);
}

Test(repl_history, load_applies_the_skip_rules) {
    write_file("a\n\na\nb\r\n    \nb\nc");   // blank, repeats, CRLF, no final newline
    py_repl_history_t h;
    py_repl_history_init(&h, 10);
    cr_assert_eq(py_repl_history_load(&h, path), 0);
    cr_assert_eq(h.count, 5);
    cr_assert_str_eq(py_repl_history_get(&h, 0), "c");
    cr_assert_str_eq(py_repl_history_get(&h, 1), "b");
    cr_assert_str_eq(py_repl_history_get(&h, 2), "    ");
    cr_assert_str_eq(py_repl_history_get(&h, 3), "b");
    cr_assert_str_eq(py_repl_history_get(&h, 4), "a");
    py_repl_history_clear(&h);
    cr_assert_eq(h.count, 0);
    cr_assert(py_repl_history_add(&h, "again", 5));   // usable after clear
    cr_assert_str_eq(py_repl_history_get(&h, 0), "again");
    py_repl_history_clear(&h);
}

Test(repl_history, save_failure_is_reported) {
    py_repl_history_t h;
    py_repl_history_init(&h, 10);
    py_repl_history_add(&h, "x", 1);
    char bad[96];
    snprintf(bad, sizeof bad, "%s/no/such/dir/h", dir);
    cr_assert_eq(py_repl_history_save(&h, bad), -ENOENT);
    py_repl_history_clear(&h);
}

Test(repl_history, zero_entries_keeps_nothing) {
    py_repl_history_t h;
    py_repl_history_init(&h, 0);
    cr_assert(py_repl_history_add(&h, "x", 1));
    cr_assert_eq(h.count, 0);
    cr_assert_null(py_repl_history_get(&h, 0));
}

Test(repl_history, default_path_from_home) {
    setenv("HOME", "/home/someone", 1);
    char *p = py_repl_history_default_path();
    cr_assert_str_eq(p, "/home/someone/.micropython.history");
    free(p);
    unsetenv("HOME");
    cr_assert_null(py_repl_history_default_path());
}
