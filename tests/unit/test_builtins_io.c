// tests/unit/test_builtins_io.c: the built-ins that talk to streams (vm/builtins_io.c):
// print to any object with write(), its keywords and errors, and open() round trips.
// input() reads the process's stdin and is left to tests/cli.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "except.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "unit_py.h"

TestSuite(builtins_io, .init = unit_vm_setup, .fini = unit_vm_teardown);

static const char writer_src[] = "class W:\n    def __init__(self):\n        self.out = ''\n"
                                 "        self.flushes = 0\n"
                                 "    def write(self, s):\n        self.out += s\n"
                                 "    def flush(self):\n        self.flushes += 1\n"
                                 "w = W()\n";

// What [src] prints into the writer `w` it can use.
static const char *printed(const char *src) {
    py_val_t g = unit_run(writer_src);
    unit_run_in(src, g);
    return unit_str(unit_eval_in("w.out", g));
}

Test(builtins_io, print_sep_end_and_file) {
    cr_assert_str_eq(printed("print(1, 'a', [2], file=w)"), "1 a [2]\n");
    cr_assert_str_eq(printed("print('a', 'b', sep='-', end='!', file=w)"), "a-b!");
    cr_assert_str_eq(printed("print(file=w)"), "\n");
    cr_assert_str_eq(printed("print('x', sep=None, end=None, file=w)"), "x\n");
    cr_assert_str_eq(printed("class S:\n    def __str__(self):\n        return 'S!'\nprint(S(), file=w)"), "S!\n");
}

Test(builtins_io, print_flush_calls_flush) {
    py_val_t g = unit_run(writer_src);
    unit_run_in("print('a', file=w)\nprint('b', file=w, flush=True)\nprint('c', file=w, flush=0)\n", g);
    cr_assert_eq(unit_get_int(unit_eval_in("{'n': w.flushes}", g), "n"), 1);
}

Test(builtins_io, print_errors) {
    unit_expect_error("print(1, sep=5)", PY_EXC_TypeError, "sep must be None or a string, not int");
    unit_expect_error("print(1, end=[])", PY_EXC_TypeError, "end must be None or a string, not list");
    unit_expect_error("print(1, bogus=1)", PY_EXC_TypeError, "'bogus' is an invalid keyword argument for print()");
    unit_expect_error("print(1, file=5)", PY_EXC_AttributeError, "'int' object has no attribute 'write'");
}

// A fresh temporary path, removed by the test at the end.
static char path[64];

static py_val_t globals_with_path(void) {
    snprintf(path, sizeof path, "/tmp/unit_io_%ld.txt", (long)getpid());
    unlink(path);
    py_val_t g = unit_run("");
    py_dict_set_name(vm, g, py_str_intern_c(vm, "path"), py_str_from_c(vm, path));
    return g;
}

Test(builtins_io, open_write_then_read) {
    py_val_t g = globals_with_path();
    unit_run_in("with open(path, 'w') as f:\n    n = f.write('héllo\\nworld\\n')\n"
                "with open(path) as f:\n    first = f.readline()\n    rest = f.read()\n"
                "a = open(path, 'a')\nprint('more', file=a)\na.close()\n"
                "with open(path, 'rb') as f:\n    raw = f.read()\n", g);
    cr_assert_eq(unit_get_int(g, "n"), 12);
    cr_assert_str_eq(unit_get_repr(g, "first"), "'héllo\\n'");
    cr_assert_str_eq(unit_get_repr(g, "rest"), "'world\\n'");
    cr_assert_str_eq(unit_get_repr(g, "raw"), "b'h\\xc3\\xa9llo\\nworld\\nmore\\n'");
    unlink(path);
}

Test(builtins_io, open_errors) {
    py_val_t g = globals_with_path();
    py_val_t e = unit_run_raises_in("open(path)", g, PY_EXC_FileNotFoundError);
    char want[160];
    snprintf(want, sizeof want, "[Errno %d] %s: '%s'", ENOENT, strerror(ENOENT), path);
    cr_assert_str_eq(unit_str(e), want);
    unit_expect_error("open('x', 'q')", PY_EXC_ValueError, "invalid mode: 'q'");
    unit_expect_error("open('x', 'rw')", PY_EXC_ValueError, "must have exactly one of create/read/write/append mode");
    unit_expect_error("open('x', 'tb')", PY_EXC_ValueError, "can't have text and binary mode at once");
    e = unit_run_raises_in("f = open(path, 'w')\nf.close()\nf.write('x')", g, PY_EXC_ValueError);
    cr_assert_str_eq(unit_str(e), "I/O operation on closed file.");
    unlink(path);
}
