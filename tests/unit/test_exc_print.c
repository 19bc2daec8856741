// tests/unit/test_exc_print.c: printed tracebacks (vm/exc_print.c): source lines read
// back from the file, carets under the failing expression, and their anchors.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compile.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "runtime.h"
#include "unit_py.h"

TestSuite(exc_print, .init = unit_vm_setup, .fini = unit_vm_teardown);

typedef struct file_job {
    const char *path, *src;
} file_job_t;

static void run_file(py_vm_t *v, void *ud) {
    file_job_t *j = ud;
    py_val_t code = py_compile(v, j->src, strlen(j->src), py_str_from_c(v, j->path), PY_PARSE_FILE);
    py_val_t g = py_dict_new(v);
    py_dict_set_name(v, g, v->names[PY_NAME___name__], v->names[PY_NAME___main__]);
    py_vm_exec(v, code, g);
}

typedef struct print_job {
    py_val_t exc, file;
} print_job_t;

static void do_print(py_vm_t *v, void *ud) {
    print_job_t *j = ud;
    py_exc_print(v, j->exc, j->file);
}

static const char writer_src[] = "class W:\n    def __init__(self):\n        self.out = ''\n"
                                 "    def write(self, s):\n        self.out += s\n"
                                 "w = W()\n";

static char path[64];

// Writes [src] to a temporary file, runs it from there expecting [id], and
// returns the printed traceback with the file's name replaced by "F".
static const char *printed(const char *src, py_exc_id_t id) {
    strcpy(path, "/tmp/test_exc_print_XXXXXX");
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    cr_assert_eq(write(fd, src, strlen(src)), (ssize_t)strlen(src));
    close(fd);
    file_job_t fj = {path, src};
    py_val_t e = unit_raises(run_file, &fj, id);
    py_val_t g = unit_run(writer_src);
    print_job_t j = {e, unit_get(g, "w")};
    unit_ok(do_print, &j);
    unlink(path);
    const char *out = py_str_cstr(vm, py_getattr(vm, j.file, py_str_intern_c(vm, "out")));
    static char buf[2048];
    size_t n = 0, plen = strlen(path);
    for (const char *p = out; *p && n + 2 < sizeof buf;) {
        if (!strncmp(p, path, plen)) {
            buf[n++] = 'F';
            p += plen;
        } else {
            buf[n++] = *p++;
        }
    }
    buf[n] = 0;
    return buf;
}

Test(exc_print, whole_line_has_no_carets) {
    cr_assert_str_eq(printed("def f():\n    raise KeyError('k')\nf()\n", PY_EXC_KeyError),
                     "Traceback (most recent call last):\n"
                     "  File \"F\", line 3, in <module>\n    f()\n"
                     "  File \"F\", line 2, in f\n    raise KeyError('k')\n"
                     "KeyError: 'k'\n");
}

Test(exc_print, binary_operator_is_anchored) {
    cr_assert_str_eq(printed("a = 1\nb = a  //  0\n", PY_EXC_ZeroDivisionError),
                     "Traceback (most recent call last):\n"
                     "  File \"F\", line 2, in <module>\n    b = a  //  0\n"
                     "        ~~~^^~~~\n"
                     "ZeroDivisionError: integer division or modulo by zero\n");
}

Test(exc_print, parenthesised_left_operand) {
    cr_assert_str_eq(printed("x = (1 + 2) / 0\n", PY_EXC_ZeroDivisionError),
                     "Traceback (most recent call last):\n"
                     "  File \"F\", line 1, in <module>\n    x = (1 + 2) / 0\n"
                     "        ~~~~~~~~^~~\n"
                     "ZeroDivisionError: division by zero\n");
}

Test(exc_print, subscript_brackets_are_anchored) {
    cr_assert_str_eq(printed("if True:\n    d = {}\n    v = d['key'] # note\n", PY_EXC_KeyError),
                     "Traceback (most recent call last):\n"
                     "  File \"F\", line 3, in <module>\n    v = d['key'] # note\n"
                     "        ~^^^^^^^\n"
                     "KeyError: 'key'\n");
}

Test(exc_print, plain_range_and_utf8_columns) {
    cr_assert_str_eq(printed("s = 'é'; n = None; print(s, n.attr)\n", PY_EXC_AttributeError),
                     "Traceback (most recent call last):\n"
                     "  File \"F\", line 1, in <module>\n    s = 'é'; n = None; print(s, n.attr)\n"
                     "                                ^^^^^^\n"
                     "AttributeError: 'NoneType' object has no attribute 'attr'\n");
}

Test(exc_print, multi_line_expression_underlines_its_first_line) {
    cr_assert_str_eq(printed("x = [1,\n     2][5]\n", PY_EXC_IndexError),
                     "Traceback (most recent call last):\n"
                     "  File \"F\", line 1, in <module>\n    x = [1,\n"
                     "        ^^^\n"
                     "IndexError: list index out of range\n");
}

Test(exc_print, missing_file_prints_no_source) {
    const char *src = "raise ValueError\n";
    file_job_t fj = {"/nonexistent/dir/x.py", src};
    py_val_t e = unit_raises(run_file, &fj, PY_EXC_ValueError);
    py_val_t g = unit_run(writer_src);
    print_job_t j = {e, unit_get(g, "w")};
    unit_ok(do_print, &j);
    cr_assert_str_eq(py_str_cstr(vm, py_getattr(vm, j.file, py_str_intern_c(vm, "out"))),
                     "Traceback (most recent call last):\n"
                     "  File \"/nonexistent/dir/x.py\", line 1, in <module>\n"
                     "ValueError\n");
}
