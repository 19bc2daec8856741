// tests/unit/test_disasm.c: the disassembler (vm/disasm.c): headers, opcode names,
// annotations of constants and names, nested code objects, exception handlers.
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <string.h>

#include "compile.h"
#include "except.h"
#include "obj_str.h"
#include "unit_py.h"

TestSuite(disasm, .init = unit_vm_setup, .fini = unit_vm_teardown);

typedef struct out {
    char text[16384];
    size_t len;
} out_t;

static void collect(void *ctx, const char *text, size_t len) {
    out_t *o = ctx;
    cr_assert_lt(o->len + len, sizeof o->text, "listing too long");
    memcpy(o->text + o->len, text, len);
    o->len += len;
    o->text[o->len] = 0;
}

typedef struct job {
    const char *src;
    out_t *out;
} job_t;

static void run(py_vm_t *v, void *ud) {
    job_t *j = ud;
    py_val_t code = py_compile(v, j->src, strlen(j->src), py_str_from_c(v, "<dis>"), PY_PARSE_FILE);
    py_disasm(v, code, collect, j->out);
}

static const char *listing(const char *src) {
    static out_t out;
    out.len = 0;
    out.text[0] = 0;
    job_t j = {src, &out};
    unit_ok(run, &j);
    return out.text;
}

static void has(const char *text, const char *needle) {
    cr_assert_not_null(strstr(text, needle), "no \"%s\" in:\n%s", needle, text);
}

Test(disasm, module_header_and_opcode_names) {
    const char *t = listing("x = 1\ny = x + 2\n");
    cr_assert_eq(strncmp(t, "code <module> (stack ", 21), 0, "got %s", t);
    has(t, "STORE_NAME");
    has(t, "LOAD_NAME");
    has(t, "BINARY_OP");
    has(t, "RETURN_VALUE");
    cr_assert_eq(t[strlen(t) - 1], '\n');
}

Test(disasm, annotations_name_constants_and_names) {
    const char *t = listing("greeting = 'hello'\n");
    has(t, "('hello')");
    has(t, "(greeting)");
}

Test(disasm, line_numbers_start_each_line) {
    const char *t = listing("a = 1\n\nb = 2\n");
    has(t, "\n   1 ");
    has(t, "\n   3 ");
    cr_assert_null(strstr(t, "\n   2 "), "no code on line 2:\n%s", t);
}

Test(disasm, nested_code_objects_follow) {
    const char *t = listing("def f(a):\n    return a * 2\n");
    has(t, "MAKE_FUNCTION");
    has(t, "\ncode f (stack ");
    has(t, "LOAD_FAST");
    has(t, "(a)");
    cr_assert_lt(strstr(t, "code <module>") - t, strstr(t, "code f") - t);
}

Test(disasm, cells_and_handlers_are_shown) {
    const char *t = listing("def f():\n    v = 1\n    def g():\n        return v\n    try:\n"
                            "        g()\n    except KeyError:\n        pass\n");
    has(t, "STORE_DEREF");
    has(t, "LOAD_DEREF");
    has(t, "(v)");
    has(t, "  handler: ");
    has(t, "CHECK_EXC_MATCH");
}

// The compiler's fused pairs (vm/opcodes.h, PY_OPCODES_FUSED) are listed by
// name, and the word each one steps over stays listed as its own instruction.
Test(disasm, fused_pairs_are_shown) {
    const char *t = listing("def f(a, b):\n    c = a\n    return b\n\ndef g(a, b):\n    return a + b\n");
    has(t, "STORE_FAST_LOAD_FAST");
    has(t, "LOAD_FAST_LOAD_FAST");
    const char *fused = strstr(t, "LOAD_FAST_LOAD_FAST");
    cr_assert_not_null(strstr(fused, "(a)"), "%s", t);
    const char *second = strstr(fused + strlen("LOAD_FAST_LOAD_FAST"), "LOAD_FAST");
    cr_assert_not_null(second, "no second word after the fused one:\n%s", t);
    cr_assert_not_null(strstr(second, "(b)"), "%s", t);
}
