// unix/board_boot.c: the simulated board's life on its serial link (-X serial): a fresh VM
// per soft reset, boot.py, main.py in friendly mode, then the REPL engine on the PTY.
// Layer: unix port. The board's parts, clock and RTC carry on across soft resets.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "board_boot.h"
#include "console_pty.h"
#include "fs_root.h"
#include "hal.h"
#include "hal_front.h"
#include "io.h"
#include "machine_analog.h"
#include "obj_list.h"
#include "obj_str.h"
#include "port_unix.h"
#include "run.h"
#include "sim_board.h"
#include "sys.h"

#define SOFT_REBOOT "MPY: soft reboot\r\n"

// A board's sys.path, which tools probe for '/lib' (mpremote mip).
static void board_path(py_vm_t *vm) {
    py_list_t *l = py_list_ptr(vm->sys_path);
    l->len = 0;
    static const char *const dirs[] = {"", ".frozen", "/lib"};
    for (int i = 0; i < 3; i++) py_list_append(vm, vm->sys_path, py_str_from_c(vm, dirs[i]));
}

// os.uname()'s identity from the board file: sysname its "name", machine "<title> with
// <MCU>" as in the banner.
static void board_identity(py_vm_t *vm) {
    void *b;
    if (!vm->hal_state || py_hal_up(vm, &b) != &py_hal_sim) return;
    const sim_board_t *sb = sim_hal_board(b);
    char machine[256];
    sim_load_machine(sb, machine, sizeof machine);
    py_fs_root_set_identity(sb->name, machine, "v" PY_SYS_VERSION " on " PY_SYS_BUILD_DATE);
}

typedef struct source {
    char *src;
    size_t len;
    const char *name;
} source_t;

// Runs a boot file as a board's pyexec_file does, with the console watching for
// Ctrl-C. True when the board must reset (SystemExit, machine.soft_reset()).
static bool run_source(py_vm_t *vm, py_console_t *con, const source_t *s) {
    int status = 0;
    con->running(con, true);
    py_run_result_t r = py_run_source(vm, s->src, s->len, s->name, PY_PARSE_FILE, false,
                                      &status);
    py_run_flush(vm);
    con->running(con, false);
    py_port_take_interrupt();   // a Ctrl-C that came as the file ended is spent
    return r == PY_RUN_EXIT || py_machine_reset_pending();
}

static bool run_file(py_vm_t *vm, py_console_t *con, const char *name) {
    source_t s = {NULL, 0, name};
    if (py_port_read_file(name, &s.src, &s.len) < 0) return false;   // absent: skipped
    bool reset = run_source(vm, con, &s);
    free(s.src);
    return reset;
}

// The board resets in place: the message, the MCU's reset; the board is kept for
// the next VM. machine.soft_reset()/reset() have already asked for theirs.
static void soft_reset(py_vm_t *vm, py_console_t *con) {
    const py_hal_t *hal;
    void *b;
    py_run_flush(vm);
    if (py_machine_reset_pending()) {
        py_machine_reset_apply(vm);   // prints the message through the redirect
    } else {
        con->write(con, SOFT_REBOOT, strlen(SOFT_REBOOT));
        if (py_hal_keep(vm, &hal, &b) && hal->reset) hal->reset(b, PY_HAL_SOFT_RESET);
    }
    py_port_take_interrupt();
    py_port_bind_vm(NULL);
    py_vm_free(vm);
    py_port_link_editor_free();   // a board's line history starts empty after a reset
}

// One life of the board, from a fresh VM to its reset or end. Returns true to go on.
static bool board_life(const py_board_boot_t *cfg, py_console_t *con, const source_t *script,
                       py_repl_mode_t *mode, int *status) {
    py_vm_t *vm = cfg->new_vm(cfg->ctx);
    if (!vm) {
        *status = 1;
        return false;
    }
    py_fs_root_reset_cwd();
    board_path(vm);
    board_identity(vm);
    // Safe boot: straight to the REPL, so a tool can mend a main.py that never gives the
    // console back (a loop that catches KeyboardInterrupt or turned kbd_intr off).
    bool reset = !cfg->safeboot && run_file(vm, con, "boot.py");
    if (!reset && !cfg->safeboot && *mode == PY_REPL_FRIENDLY)
        reset = script ? run_source(vm, con, script) : run_file(vm, con, "main.py");
    if (!reset && py_repl_run_console(vm, con, mode, status) == PY_REPL_EXIT) {
        py_run_flush(vm);
        if (vm->hal_state) py_hal_down(vm);
        py_port_bind_vm(NULL);
        py_vm_free(vm);
        return false;
    }
    soft_reset(vm, con);
    return true;
}

// The script is read before the process moves into the board's folder.
static bool read_script(const char *path, source_t *s) {
    s->name = path;
    int r = py_port_read_file(path, &s->src, &s->len);
    if (r == 0) return true;
    fprintf(stderr, "micropython: can't open file '%s': [Errno %d] %s\n", path, -r,
            strerror(-r));
    return false;
}

int py_board_boot_run(const py_board_boot_t *cfg) {
    source_t script = {NULL, 0, NULL};
    if (cfg->script && !read_script(cfg->script, &script)) return 2;
    char err[PATH_MAX + 100];
    py_console_pty_t *pty = py_console_pty_open(cfg->link, err, sizeof err);
    if (!pty) {
        fprintf(stderr, "micropython: -X serial: %s\n", err);
        free(script.src);
        return 1;
    }
    const char *dir = cfg->fs_dir ? cfg->fs_dir : "board_fs";
    int r = py_fs_root_set(dir);
    if (r < 0) {
        fprintf(stderr, "micropython: the board's folder %s: %s\n", dir, strerror(-r));
        py_console_pty_close(pty);
        free(script.src);
        return 1;
    }
    fprintf(stderr, "micropython: the board's filesystem is the folder %s\n", dir);
    if (cfg->safeboot)
        fprintf(stderr, "micropython: safe boot: boot.py and main.py do not run (until restarted "
                        "without -X safeboot)\n");
    py_console_t *con = py_console_pty_console(pty);
    dup2(py_console_pty_input_fd(pty), 0);   // sys.stdin reads the board's console
    py_io_set_console_link(true);
    py_port_redirect_console(con);
    py_repl_mode_t mode = PY_REPL_FRIENDLY;
    int status = 0;
    while (board_life(cfg, con, script.src ? &script : NULL, &mode, &status)) {}
    py_port_redirect_console(NULL);
    py_port_link_editor_free();
    py_console_pty_close(pty);
    free(script.src);
    return status;
}
