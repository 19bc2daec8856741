// mods/hal_scenario.c: the front end of scenario files (-X scenario=FILE): loads the
// file, starts it on the board, carries the console both ways, and stops the program
// with the scenario's status. Layer: library modules, reaching into hal_sim/.
// SPDX-License-Identifier: MIT
//
// The scenario itself (hal_sim/sim_scenario.c) runs on the board clock and
// knows nothing of the VM. This file is the glue: the program's stdout
// reaches it through the port's write observer, write-console text goes into
// a pipe that replaces the program's stdin, and when the scenario ends the
// program is stopped with SystemExit(status) at its next board access.

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "except.h"
#include "gc.h"
#include "hal_front.h"
#include "io.h"
#include "obj_exc.h"
#include "obj_int.h"
#include "obj_tuple.h"
#include "render_shot.h"
#include "sim_scenario.h"
#include "vm.h"

// One scenario per process, as one board: loaded at option time, before any VM.
static struct {
    sim_scenario_t *scn;
    const py_hal_t *hal;
    void *b;
    int stdin_w;        // write end of the pipe that is the program's stdin, -1 for none
    bool reported;      // the end message was printed
    bool raised;        // the program was sent its SystemExit
} sc = {.stdin_w = -1};

int py_hal_scenario_load(const char *path, char *err, size_t err_len) {
    return sim_scenario_load(&sc.scn, path, err, err_len);
}

bool py_hal_scenario_on(void) { return sc.scn != NULL && sc.b != NULL; }

// write-console: bytes for the program's stdin. The pipe never blocks the
// board: text beyond the pipe's room (64 KiB unread) is refused.
static int console_in(void *ctx, const char *data, size_t n) {
    (void)ctx;
    while (n > 0) {
        ssize_t w = write(sc.stdin_w, data, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return -EAGAIN;
        data += w, n -= (size_t)w;
    }
    return 0;
}

// The screenshot step: the board's picture now, with what the program printed
// (flushed first, so the console pane is current).
static int screenshot(void *ctx, const sim_board_t *b, const char *path) {
    (void)ctx;
    return sim_render_shot_write(b, path);
}

// The program's stdin becomes a pipe the scenario writes into; it ends
// (EOF) once no write-console step is left.
static int make_stdin(void) {
    int fds[2];
    if (pipe(fds) < 0) return -errno;
    if (dup2(fds[0], 0) < 0) {
        int e = errno;
        close(fds[0]), close(fds[1]);
        return -e;
    }
    close(fds[0]);
    fcntl(fds[1], F_SETFL, O_NONBLOCK);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    sc.stdin_w = fds[1];
    return 0;
}

static void end_stdin(void) {
    if (sc.stdin_w >= 0) close(sc.stdin_w);
    sc.stdin_w = -1;
}

int py_hal_scenario_start(py_vm_t *vm, char *err, size_t err_len) {
    if (!sc.scn) return 0;
    void *b;
    const py_hal_t *hal = py_hal_up(vm, &b);
    if (hal != &py_hal_sim) {
        snprintf(err, err_len, "scenario %s: scenarios need the simulated board (-X hal=sim)",
                 sc.scn->path);
        return -EINVAL;
    }
    sc.hal = hal, sc.b = b;
    int r = make_stdin();
    if (r < 0) {
        snprintf(err, err_len, "scenario %s: cannot make the console input: %s", sc.scn->path,
                 strerror(-r));
        return r;
    }
    sc.scn->console_in = console_in;
    sc.scn->screenshot = screenshot;
    if (!sim_scenario_wants_input(sc.scn)) end_stdin();
    r = sim_scenario_start(sc.scn, sim_hal_board(sc.b), err, err_len);
    if (r < 0) sc.b = NULL;   // not running: the program will not run either
    return r;
}

void py_hal_scenario_console(void *ctx, const char *data, size_t n) {
    (void)ctx;
    if (py_hal_scenario_on()) sim_scenario_console_out(sc.scn, data, n);
}

// Prints the scenario's message once, after what the program printed.
static void report(py_vm_t *vm) {
    if (sc.reported) return;
    sc.reported = true;
    if (vm->stdout_obj != PY_NULL) py_io_flush_quiet(vm, vm->stdout_obj);
    if (sc.scn->msg[0]) fprintf(stderr, "%s\n", sc.scn->msg);
    fflush(stderr);
}

void py_hal_scenario_poll(py_vm_t *vm) {
    if (!py_hal_scenario_on()) return;
    if (!sc.scn->ended) {
        // What the program printed reaches the scenario at the time it was
        // printed, before the clock moves on.
        if (vm->stdout_obj != PY_NULL) py_io_flush_quiet(vm, vm->stdout_obj);
        if (!sim_scenario_wants_input(sc.scn)) end_stdin();
        return;
    }
    report(vm);
    if (sc.raised) {
        // The program caught its SystemExit and went on: it is ended here,
        // its output and trace finished, without unwinding further.
        py_io_flush_quiet(vm, vm->stdout_obj);
        py_hal_down(vm);
        exit(sc.scn->status);
    }
    // In a hard handler the heap is locked: the next access raises instead.
    if (py_gc_lock_depth(vm) > 0) return;
    sc.raised = true;
    py_val_t code = py_small(sc.scn->status);
    py_raise(vm, py_exc_new(vm, PY_EXC_SystemExit, py_tuple_new(vm, 1, &code)));
}

// Runs the board to its next event (a scenario step, a timer...).
static void next_event(py_vm_t *vm) {
    uint64_t now = sc.hal->now(sc.b), t = sc.hal->next_event(sc.b);
    py_hal_sleep_ns(vm, t > now ? t - now : 0);
}

void py_hal_scenario_stdin_wait(void *ctx) {
    py_vm_t *vm = ctx;
    if (!py_hal_scenario_on()) return;
    for (;;) {
        py_hal_scenario_poll(vm);
        struct pollfd p = {0, POLLIN, 0};
        if (sc.stdin_w < 0 || poll(&p, 1, 0) > 0) return;
        next_event(vm);
    }
}

static void run_rest(py_vm_t *vm, void *ud) {
    (void)ud;
    while (!sc.scn->ended) next_event(vm);
}

int py_hal_scenario_finish(py_vm_t *vm, int status) {
    if (!py_hal_scenario_on()) return status;
    // The program ended first: the board runs on (timers, the scenario's
    // steps) until the scenario ends, as a board idles after main.py. The
    // timeout is always queued, so this ends. Errors of handlers that run
    // meanwhile do not stop it.
    while (!sc.scn->ended)
        if (py_pcall(vm, run_rest, NULL)) vm->exc = PY_NULL;
    report(vm);
    return sc.scn->status != SIM_SCN_OK ? sc.scn->status : status;
}

void py_hal_scenario_free(void) {
    end_stdin();
    sim_scenario_free(sc.scn);
    sc.scn = NULL;
    sc.b = NULL;
}
