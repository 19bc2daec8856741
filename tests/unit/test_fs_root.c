// tests/unit/test_fs_root.c: the board's filesystem mapping (mods/fs_root.c): board paths
// under the folder, '..' stopping at its root, the cwd mapped back, off by default.
// Layer: tests (Criterion). Each test runs in a process of its own (Criterion's default).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs_root.h"

static char root[PATH_MAX];

// A fresh folder made the board's root; its real path in root[].
static void board_folder(void) {
    char tmpl[] = "/tmp/fs_root_XXXXXX";
    cr_assert_not_null(mkdtemp(tmpl));
    cr_assert_eq(py_fs_root_set(tmpl), 0);
    cr_assert_not_null(realpath(tmpl, root));
}

static void expect_map(const char *board, const char *rel) {
    char want[PATH_MAX * 2];
    snprintf(want, sizeof want, "%s%s", root, rel);
    cr_assert_str_eq(py_fs_root_map(board), want, "board path %s", board);
}

Test(fs_root, off_passes_paths_through) {
    cr_assert(!py_fs_root_on());
    cr_assert_str_eq(py_fs_root_map("/etc/passwd"), "/etc/passwd");
    char out[64];
    cr_assert_str_eq(py_fs_root_unmap("/home/x", out, sizeof out), "/home/x");
}

Test(fs_root, absolute_paths_go_under_the_root) {
    board_folder();
    cr_assert(py_fs_root_on());
    expect_map("/", "");
    expect_map("/lib/x.py", "/lib/x.py");
    expect_map("//a///b/", "/a/b");
    expect_map("/a/./b/.", "/a/b");
}

Test(fs_root, dotdot_stops_at_the_root) {
    board_folder();
    expect_map("/..", "");
    expect_map("/../../etc/passwd", "/etc/passwd");
    expect_map("/a/b/../../../c", "/c");
    expect_map("..", "");
}

Test(fs_root, relative_paths_follow_the_board_cwd) {
    board_folder();
    cr_assert_eq(mkdir(py_fs_root_map("/sub"), 0777), 0);
    cr_assert_eq(chdir(py_fs_root_map("/sub")), 0);
    expect_map("f.txt", "/sub/f.txt");
    expect_map("../g", "/g");
    expect_map("../../../g", "/g");
    char cwd[PATH_MAX], board[PATH_MAX];
    cr_assert_not_null(getcwd(cwd, sizeof cwd));
    cr_assert_str_eq(py_fs_root_unmap(cwd, board, sizeof board), "/sub");
    cr_assert_eq(py_fs_root_reset_cwd(), 0);
    cr_assert_not_null(getcwd(cwd, sizeof cwd));
    cr_assert_str_eq(py_fs_root_unmap(cwd, board, sizeof board), "/");
}

Test(fs_root, unmap_leaves_outside_paths_and_prefix_lookalikes) {
    board_folder();
    char other[PATH_MAX + 8], out[PATH_MAX + 8];
    snprintf(other, sizeof other, "%sx/y", root);   // same prefix, another folder
    cr_assert_str_eq(py_fs_root_unmap(other, out, sizeof out), other);
    cr_assert_str_eq(py_fs_root_unmap("/usr", out, sizeof out), "/usr");
}

Test(fs_root, identity_is_copied_and_cleared) {
    const char *s, *m, *v;
    cr_assert(!py_fs_root_identity(&s, &m, &v));
    char name[] = "pico";
    py_fs_root_set_identity(name, "pico with RP2040", "v0.1.0 on 2026-11-21");
    name[0] = 'X';
    cr_assert(py_fs_root_identity(&s, &m, &v));
    cr_assert_str_eq(s, "pico");
    cr_assert_str_eq(m, "pico with RP2040");
    py_fs_root_set_identity(NULL, NULL, NULL);
    cr_assert(!py_fs_root_identity(&s, &m, &v));
}
