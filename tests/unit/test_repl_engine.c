// tests/unit/test_repl_engine.c: the REPL engine's mode machine (unix/repl.c, repl_raw.c) on
// a fake console: what a board does on Ctrl-D, an empty raw \x04 and SystemExit (soft reset,
// and in which mode), what the PC does (exit), and the engine's own bytes. Layer: unit tests.
// SPDX-License-Identifier: MIT
//
// The program's own output goes through py_port_write (the process's stdout here), so only
// the engine's bytes (prompts, banners, framing) reach the fake console.

#include <criterion/criterion.h>
#include <string.h>

#include "fake_console.h"
#include "unit_vm.h"

TestSuite(repl_engine, .init = unit_vm_setup, .fini = unit_vm_teardown);

typedef fake_console_t fake_t;

static fake_t *fake(bool board, const char *in, size_t len) {
    static fake_t f;
    fake_console_init(&f, board, in, len);
    return &f;
}

#define FAKE(board, lit) fake(board, lit, sizeof lit - 1)

// The output after the friendly banner (its machine part varies with the compiler).
static const char *after_banner(const fake_t *f) {
    static const char type[] = "Type \"help()\" for more information.\r\n";
    const char *p = memmem(f->out, f->out_len, type, sizeof type - 1);   // out may hold NULs
    cr_assert(p, "no banner in %s", f->out);
    return p + sizeof type - 1;
}

Test(repl_engine, board_ctrl_d_soft_resets_in_friendly_mode) {
    fake_t *f = FAKE(true, "\x04");
    py_repl_mode_t mode = PY_REPL_FRIENDLY;
    int status = -1;
    cr_assert_eq(py_repl_run_console(vm, &f->con, &mode, &status), PY_REPL_SOFT_RESET);
    cr_assert_eq(mode, PY_REPL_FRIENDLY);
    cr_assert_str_eq(after_banner(f), ">>> \r\n");
}

Test(repl_engine, pc_ctrl_d_exits_with_status_0) {
    fake_t *f = FAKE(false, "\x04");
    py_repl_mode_t mode = PY_REPL_FRIENDLY;
    int status = -1;
    cr_assert_eq(py_repl_run_console(vm, &f->con, &mode, &status), PY_REPL_EXIT);
    cr_assert_eq(status, 0);
}

Test(repl_engine, board_empty_raw_ctrl_d_soft_resets_in_raw_mode) {
    fake_t *f = FAKE(true, "\x04");
    py_repl_mode_t mode = PY_REPL_RAW;
    int status = -1;
    cr_assert_eq(py_repl_run_console(vm, &f->con, &mode, &status), PY_REPL_SOFT_RESET);
    cr_assert_eq(mode, PY_REPL_RAW);
    cr_assert_str_eq(f->out, "raw REPL; CTRL-B to exit\r\n>OK\r\n");
}

Test(repl_engine, board_ctrl_a_then_empty_ctrl_d_resumes_raw) {
    fake_t *f = FAKE(true, "\x01\x04");
    py_repl_mode_t mode = PY_REPL_FRIENDLY;
    int status = -1;
    cr_assert_eq(py_repl_run_console(vm, &f->con, &mode, &status), PY_REPL_SOFT_RESET);
    cr_assert_eq(mode, PY_REPL_RAW);
    cr_assert_str_eq(after_banner(f), ">>> \r\nraw REPL; CTRL-B to exit\r\n>OK\r\n");
}

Test(repl_engine, board_system_exit_in_raw_mode_soft_resets) {
    fake_t *f = FAKE(true, "x = 1\x04raise SystemExit\x04");
    py_repl_mode_t mode = PY_REPL_RAW;
    int status = -1;
    cr_assert_eq(py_repl_run_console(vm, &f->con, &mode, &status), PY_REPL_SOFT_RESET);
    cr_assert_eq(mode, PY_REPL_RAW);
    cr_assert_str_eq(f->out, "raw REPL; CTRL-B to exit\r\n>OK\x04\x04>OK\x04\x04");
    cr_assert_eq(f->running_calls, 2);
}

Test(repl_engine, board_system_exit_in_friendly_mode_soft_resets) {
    fake_t *f = FAKE(true, "raise SystemExit\r");
    py_repl_mode_t mode = PY_REPL_FRIENDLY;
    int status = -1;
    cr_assert_eq(py_repl_run_console(vm, &f->con, &mode, &status), PY_REPL_SOFT_RESET);
    cr_assert_eq(mode, PY_REPL_FRIENDLY);
}

Test(repl_engine, pc_system_exit_gives_its_status) {
    fake_t *f = FAKE(false, "import sys\rsys.exit(5)\r");
    py_repl_mode_t mode = PY_REPL_FRIENDLY;
    int status = -1;
    cr_assert_eq(py_repl_run_console(vm, &f->con, &mode, &status), PY_REPL_EXIT);
    cr_assert_eq(status, 5);
}

Test(repl_engine, end_of_input_exits_even_on_a_board) {
    fake_t *f = FAKE(true, "x = 1\r");
    py_repl_mode_t mode = PY_REPL_FRIENDLY;
    int status = -1;
    cr_assert_eq(py_repl_run_console(vm, &f->con, &mode, &status), PY_REPL_EXIT);
    cr_assert_str_eq(after_banner(f), ">>> x = 1\r\n>>> \r\n");
    fake_t *g = FAKE(true, "x = 1");
    mode = PY_REPL_RAW;
    cr_assert_eq(py_repl_run_console(vm, &g->con, &mode, &status), PY_REPL_EXIT);
}

Test(repl_engine, raw_ctrl_b_goes_friendly_and_raw_paste_frames) {
    fake_t *f = FAKE(true, "\x05" "A\x01y = 2\x04\x05Z\x01\x02\x04");
    py_repl_mode_t mode = PY_REPL_RAW;
    int status = -1;
    cr_assert_eq(py_repl_run_console(vm, &f->con, &mode, &status), PY_REPL_SOFT_RESET);
    cr_assert_eq(mode, PY_REPL_FRIENDLY);
    const char want[] = "raw REPL; CTRL-B to exit\r\n>R\x01\x80\x00\x01\x04\x04\x04>R\x00>\r\n";
    cr_assert_eq(memcmp(f->out, want, sizeof want - 1), 0, "got %s", f->out);
    cr_assert_str_eq(after_banner(f), ">>> \r\n");
}

Test(repl_engine, raw_paste_grants_a_window_per_128_bytes) {
    static char in[300];
    size_t n = 0;
    memcpy(in, "\x05" "A\x01", 3);
    n = 3;
    while (n < 3 + 256) in[n++] = '\n';   // 256 bytes of blank lines: two windows
    in[n++] = 4;
    fake_t *f = fake(true, in, n);
    py_repl_mode_t mode = PY_REPL_RAW;
    int status = -1;
    py_repl_run_console(vm, &f->con, &mode, &status);
    const char want[] = "raw REPL; CTRL-B to exit\r\n>R\x01\x80\x00\x01\x01\x01\x04\x04\x04>";
    cr_assert_eq(f->out_len, sizeof want - 1);
    cr_assert_eq(memcmp(f->out, want, sizeof want - 1), 0);
}

Test(repl_engine, paste_mode_echo_and_cancel) {
    fake_t *f = FAKE(false, "\x05" "a = 1\rb\x03\x04");
    py_repl_mode_t mode = PY_REPL_FRIENDLY;
    int status = -1;
    py_repl_run_console(vm, &f->con, &mode, &status);
    cr_assert_str_eq(after_banner(f),
                     ">>> \r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== a = 1\r\n=== b"
                     "\r\n>>> \r\n");
}
