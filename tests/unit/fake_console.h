// tests/unit/fake_console.h: a py_console_t (unix/console.h) for unit tests: it feeds a
// fixed string of keys, then end of input, and records every byte written.
// SPDX-License-Identifier: MIT

#ifndef FAKE_CONSOLE_H
#define FAKE_CONSOLE_H

#include <criterion/criterion.h>
#include <string.h>

#include "console.h"

typedef struct fake_console {
    py_console_t con;
    const char *in;
    size_t in_len, pos;
    char out[8192];   // NUL-terminated, but the output itself may hold NULs
    size_t out_len;
    int running_calls;   // how many times user code was started
} fake_console_t;

static inline int fake_console_getc(py_console_t *con) {
    fake_console_t *f = con->ctx;
    return f->pos < f->in_len ? (unsigned char)f->in[f->pos++] : -1;
}

static inline void fake_console_write(py_console_t *con, const char *data, size_t len) {
    fake_console_t *f = con->ctx;
    cr_assert_lt(f->out_len + len, sizeof f->out);
    memcpy(f->out + f->out_len, data, len);
    f->out_len += len;
    f->out[f->out_len] = 0;
}

static inline void fake_console_running(py_console_t *con, bool running) {
    fake_console_t *f = con->ctx;
    if (running) f->running_calls++;
}

// Empties [f] and makes it a console (a board's when [board]) that will read [in].
static inline void fake_console_init(fake_console_t *f, bool board, const char *in, size_t len) {
    memset(f, 0, sizeof *f);
    f->con = (py_console_t){fake_console_getc, fake_console_write, fake_console_running, board, f};
    f->in = in;
    f->in_len = len;
}

#endif
