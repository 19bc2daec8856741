// tests/fuzz/fuzz_parse.c: libFuzzer target: py_parse on arbitrary bytes in all three modes.
// Layer: tests (fuzzing). The parser never touches the VM, so no VM is made; ASan
// checks every byte read stays inside the input (it is not NUL-terminated).
// SPDX-License-Identifier: MIT

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

// A failed parse must leave a usable error: a NUL-terminated message and a
// position; aborting makes libFuzzer keep the input.
static void check_error(const py_syntax_error_t *err) {
    if (err->out_of_memory) return;
    if (memchr(err->msg, 0, sizeof err->msg) == NULL || err->msg[0] == 0) {
        fprintf(stderr, "py_parse failed without a message\n");
        abort();
    }
    if (err->line < 0 || err->col < 0) {
        fprintf(stderr, "py_parse error at line %d col %d\n", err->line, err->col);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const py_parse_mode_t modes[] = {PY_PARSE_FILE, PY_PARSE_SINGLE, PY_PARSE_EVAL};
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        py_arena_t arena;
        py_arena_init(&arena);
        py_syntax_error_t err;
        memset(&err, 0, sizeof err);
        py_ast_mod_t *mod = py_parse(&arena, (const char *)data, size, modes[i], &err);
        if (!mod) check_error(&err);
        py_arena_free(&arena);
    }
    return 0;
}
