// sim/window_none.c: the board window in a build without SDL2 (no headers at build
// time, or the 32-bit build): -X window says so. Layer: the board's view (sim/).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdio.h>

#include "window.h"

int sim_window_open(struct sim_board *b, void (*on_close)(void), char *err, size_t err_len) {
    (void)b, (void)on_close;
    snprintf(err, err_len, "this build has no window (built without SDL2)");
    return -ENOTSUP;
}

bool sim_window_poll(void *ctx) {
    (void)ctx;
    return false;
}

void sim_window_console(void *ctx, const char *data, size_t n) { (void)ctx, (void)data, (void)n; }

void sim_window_close(void) {}
