// unix/repl_raw.c: the raw REPL (Ctrl-A) and its raw-paste mode, the protocol host tools
// (mpremote, Thonny, rshell, ampy, mu) drive a board with. Layer: unix port.
// SPDX-License-Identifier: MIT
//
// The reference's §10-§12. Nothing is echoed. A program ends with \x04; the reply is "OK",
// its output, \x04, its error text (empty when none), \x04, then the prompt ">". Raw-paste
// (\x05A\x01 at the prompt) adds flow control: the host may send a window of bytes, and
// each time that many have been taken the device grants another with \x01.

#include <stdlib.h>
#include <string.h>

#include "repl_int.h"
#include "except.h"
#include "port.h"

// Half of MicroPython's default MICROPY_REPL_STDIN_BUFFER_MAX (256), as a board grants.
#define RAW_PASTE_WINDOW 128

typedef struct buf {
    char *data;
    size_t len, cap;
} buf_t;

static void buf_add(buf_t *b, char c) {
    if (b->len + 2 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        char *d = realloc(b->data, cap);
        if (!d) py_port_fatal("out of memory in the raw REPL");
        b->data = d;
        b->cap = cap;
    }
    b->data[b->len++] = c;
    b->data[b->len] = 0;
}

// Raw-paste data after "R\x01": the window size, then bytes until \x04 (run them) or \x03
// (KeyboardInterrupt, reported in the error field). Returns false at end of input.
static bool raw_paste(py_vm_t *vm, py_console_t *con, buf_t *b, int *status, bool *exit) {
    static const char grant[] = {RAW_PASTE_WINDOW & 0xff, RAW_PASTE_WINDOW >> 8, 1};
    con->write(con, grant, sizeof grant);
    b->len = 0;
    int remain = RAW_PASTE_WINDOW;
    for (;;) {
        int c = con->getc(con);
        if (c < 0) return false;
        if (c == 3 || c == 4) {
            py_repl_say(con, "\x04");   // the device saw the end of the data
            if (c == 4) break;
            // As a board: the interrupt ends the command with a KeyboardInterrupt report.
            py_repl_say(con, "\x04");
            py_repl_print_interrupt(vm);
            *status = 1;
            py_repl_say(con, "\x04");
            return true;
        }
        buf_add(b, (char)c);
        if (--remain == 0) {
            con->write(con, "\x01", 1);
            remain = RAW_PASTE_WINDOW;
        }
    }
    *exit = py_repl_exec(vm, con, b->data ? b->data : "", b->len, PY_PARSE_FILE, true,
                         status) == PY_RUN_EXIT;
    return true;
}

repl_step_t py_repl_raw(py_vm_t *vm, py_console_t *con, int *status, bool *eof) {
    buf_t b = {NULL, 0, 0};
    repl_step_t step = REPL_LEAVE;
    *eof = false;
    py_repl_say(con, "raw REPL; CTRL-B to exit\r\n>");
    for (;;) {
        int c = con->getc(con);
        if (c < 0) {
            *eof = true;
            break;
        }
        if (c == 1) {
            if (b.len == 2 && b.data[0] == 5) {   // \x05 <command> \x01: raw-paste
                bool exit = false;
                if (b.data[1] != 'A') {
                    con->write(con, "R\x00", 2);
                } else {
                    con->write(con, "R\x01", 2);
                    if (!raw_paste(vm, con, &b, status, &exit)) {
                        *eof = true;
                        break;
                    }
                    if (exit) break;
                }
                b.len = 0;
                py_repl_say(con, ">");
                continue;
            }
            b.len = 0;
            py_repl_say(con, "raw REPL; CTRL-B to exit\r\n>");
        } else if (c == 2) {
            py_repl_say(con, "\r\n");
            step = REPL_SWITCH;
            break;
        } else if (c == 3) {
            b.len = 0;
        } else if (c == 4) {
            py_repl_say(con, "OK");
            if (b.len == 0) {   // an empty program: soft reset (a board) or exit (the PC)
                py_repl_say(con, "\r\n");
                *status = 0;
                break;
            }
            if (py_repl_exec(vm, con, b.data, b.len, PY_PARSE_FILE, true, status) == PY_RUN_EXIT)
                break;
            b.len = 0;
            py_repl_say(con, ">");
        } else {
            buf_add(&b, (char)c);
        }
    }
    free(b.data);
    return step;
}
