// tests/unit/test_sim_vcd.c: the VCD writer (hal_sim/sim_vcd.c): header, initial
// values, times relative to the start, identifiers past one character.
// Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

#include "sim_vcd.h"

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f);
    static char buf[8192];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    return buf;
}

Test(sim_vcd, writes_header_and_changes) {
    char path[] = "/tmp/test_sim_vcd_XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    close(fd);
    sim_vcd_t v;
    cr_assert_eq(sim_vcd_open(&v, path, 7000), 0);
    const char *names[2] = {"GP0", "LED"};
    int levels[2] = {1, 0};
    cr_assert_eq(sim_vcd_header(&v, "pico", 2, names, levels), 0);
    cr_assert_eq(sim_vcd_change(&v, 7000 + 250, 1, 1), 0);
    cr_assert_eq(sim_vcd_change(&v, 7000 + 250, 0, 0), 0);
    cr_assert_eq(sim_vcd_change(&v, 7000 + 500, 1, -1), 0);
    cr_assert_eq(sim_vcd_close(&v, 9000), 0);
    cr_assert_str_eq(slurp(path),
                     "$version micropython hal_sim $end\n$timescale 1ns $end\n"
                     "$scope module pico $end\n"
                     "$var wire 1 ! GP0 $end\n$var wire 1 \" LED $end\n"
                     "$upscope $end\n$enddefinitions $end\n#0\n$dumpvars\n1!\n0\"\n$end\n"
                     "#250\n1\"\n0!\n#500\nz\"\n#2000\n");
    unlink(path);
}

Test(sim_vcd, identifiers_grow_past_94_signals) {
    char path[] = "/tmp/test_sim_vcd_XXXXXX";
    int fd = mkstemp(path);
    close(fd);
    sim_vcd_t v;
    cr_assert_eq(sim_vcd_open(&v, path, 0), 0);
    const char *names[100];
    int levels[100] = {0};
    for (int i = 0; i < 100; i++) names[i] = "p";
    cr_assert_eq(sim_vcd_header(&v, "b", 100, names, levels), 0);
    cr_assert_eq(sim_vcd_change(&v, 1, 95, 1), 0);
    sim_vcd_close(&v, 1);
    cr_assert_not_null(strstr(slurp(path), "#1\n1\"\"\n"));   // 95 = 1 + 1 * 94: "\"\""
    unlink(path);
}

Test(sim_vcd, open_fails_with_errno) {
    sim_vcd_t v;
    cr_assert_lt(sim_vcd_open(&v, "/nonexistent/dir/x.vcd", 0), 0);
    cr_assert_eq(sim_vcd_change(&v, 1, 0, 1), -EIO);
    cr_assert_eq(sim_vcd_close(&v, 1), 0);
}
