// tests/unit/test_compile_error.c: SyntaxError construction (vm/compile_error.c): offsets
// in characters, the text CPython shows per mode, end-of-input positions, compiler errors.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compile.h"
#include "obj_str.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(compile_error, .init = unit_vm_setup, .fini = unit_vm_teardown);

typedef struct job {
    const char *src, *filename;
    py_parse_mode_t mode;
} job_t;

static void do_compile(py_vm_t *v, void *ud) {
    job_t *j = ud;
    py_compile(v, j->src, strlen(j->src), py_str_from_c(v, j->filename), j->mode);
}

static const char *attr(py_val_t exc, const char *name) {
    return unit_repr(py_getattr(vm, exc, py_str_intern_c(vm, name)));
}

// Compiling [src] in [mode] must raise SyntaxError at [line], [offset] with repr(text) [text].
static void expect(const char *src, py_parse_mode_t mode, int line, int offset, const char *text) {
    job_t j = {src, "<s>", mode};
    py_val_t e = unit_raises(do_compile, &j, PY_EXC_SyntaxError);
    char want[32];
    snprintf(want, sizeof want, "%d", line);
    cr_expect_str_eq(attr(e, "lineno"), want, "lineno of %s", src);
    snprintf(want, sizeof want, "%d", offset);
    cr_expect_str_eq(attr(e, "offset"), want, "offset of %s", src);
    cr_expect_str_eq(attr(e, "text"), text, "text of %s", src);
}

Test(compile_error, exec_mode_text_ends_in_newline) {
    expect("a b", PY_PARSE_FILE, 1, 3, "'a b\\n'");
    expect("x = 1\ny = = 2", PY_PARSE_FILE, 2, 5, "'y = = 2\\n'");
    expect("a b", PY_PARSE_EVAL, 1, 3, "'a b'");
}

Test(compile_error, tokenizer_errors_drop_the_newline) {
    expect("x = 1abc\n", PY_PARSE_FILE, 1, 5, "'x = 1abc'");
    expect("x = )\n", PY_PARSE_FILE, 1, 5, "'x = )'");
    expect("x = (1,\n 2", PY_PARSE_FILE, 1, 5, "'x = (1,'");
    expect("x = [1, 2", PY_PARSE_FILE, 1, 5, "'x = [1, 2\\n'");
}

Test(compile_error, offsets_count_characters) {
    expect("x = '\xc3\xa9' +", PY_PARSE_FILE, 1, 10, "\"x = '\xc3\xa9' +\\n\"");
}

Test(compile_error, end_of_eval_and_single_input) {
    expect("", PY_PARSE_EVAL, 0, 0, "''");
    expect("\n", PY_PARSE_EVAL, 1, 0, "'\\n'");
    expect("1 +", PY_PARSE_EVAL, 1, 0, "'1 +'");
    expect("1 +\n", PY_PARSE_EVAL, 1, 4, "'1 +\\n'");
    expect("x =", PY_PARSE_SINGLE, 1, 0, "'x ='");
    expect("1 +", PY_PARSE_FILE, 1, 4, "'1 +\\n'");
}

Test(compile_error, comment_at_the_error) {
    expect("1 + # c", PY_PARSE_FILE, 1, 5, "'1 + # c\\n'");
    expect("s = '#' +", PY_PARSE_FILE, 1, 10, "\"s = '#' +\\n\"");
}

Test(compile_error, compiler_errors_take_text_from_disk) {
    expect("return 1", PY_PARSE_FILE, 1, 1, "None");
    expect("def f(a, a): pass", PY_PARSE_FILE, 1, 10, "None");
    char path[] = "/tmp/test_compile_error_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    const char src[] = "x = 1\nreturn x\n";
    cr_assert_eq(write(fd, src, sizeof src - 1), (ssize_t)(sizeof src - 1));
    close(fd);
    job_t j = {"# different text in memory\nreturn x\n", path, PY_PARSE_FILE};
    py_val_t e = unit_raises(do_compile, &j, PY_EXC_SyntaxError);
    cr_assert_str_eq(attr(e, "text"), "'return x\\n'");
    unlink(path);
}

Test(compile_error, line_from_disk_of_nothing) {
    cr_assert_eq(py_compile_line_from_disk(vm, py_str_from_c(vm, "/no/such/file.py"), 1), PY_NONE);
    cr_assert_eq(py_compile_line_from_disk(vm, py_str_from_c(vm, "/tmp"), 1), PY_NONE);
}
