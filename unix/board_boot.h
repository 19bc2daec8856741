// unix/board_boot.h: the simulated board's life on its serial link (-X serial): boot.py,
// main.py, the REPL on the PTY, soft resets. Layer: unix port.
// SPDX-License-Identifier: MIT

#ifndef PY_UNIX_BOARD_BOOT_H
#define PY_UNIX_BOARD_BOOT_H

#include <stdbool.h>

#include "vm.h"

typedef struct py_board_boot {
    const char *link;     // -X serial=PATH: the symlink to the PTY (NULL: ./board.tty)
    const char *fs_dir;   // -X fs=DIR: the board's filesystem (NULL: ./board_fs)
    const char *script;   // a program given on the command line: runs in place of main.py
    bool safeboot;        // -X safeboot: no boot.py, main.py or script at any boot of this run
    // A fresh VM with sys and the board set up as the command line does (unix/main.c),
    // or NULL when it cannot be made (a message has been printed).
    py_vm_t *(*new_vm)(void *ctx);
    void *ctx;
} py_board_boot_t;

// Runs the board until its console's input ends: a new VM per soft reset, printing
// "MPY: soft reboot\r\n" before each but the first, boot.py, then main.py (or [script])
// only when the REPL is in friendly mode (none of them with [safeboot]), then the REPL on
// the PTY console. Returns the
// process exit status (1 when the PTY, the folder or a VM cannot be had). Never raises.
int py_board_boot_run(const py_board_boot_t *cfg);

#endif
