// unix/main.c: the `micropython` command line: options, sys.argv/sys.path, what to run.
// Layer: unix port. Options, messages and exit statuses follow MicroPython's unix port
// (shared/reference/cli-and-conventions.md §1-4).
// SPDX-License-Identifier: MIT

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "board_boot.h"
#include "hal_front.h"
#include "machine_analog.h"
#include "image_store.h"
#include "port_unix.h"
#include "render_shot.h"
#include "sim_board.h"
#include "run.h"
#include "finalise.h"
#include "sys.h"
#include "builtins.h"
#include "except.h"
#include "import.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "runtime.h"
#include "sim_board.h"
#include "window.h"

// The smallest -X heapsize accepted, as MicroPython: below it not even the
// option parser's own allocations would fit.
#define MIN_HEAP 700
// Board resets (WDT, machine.reset, deepsleep) rerun the program at most
// this many times per process, so a program that always resets still ends.
#define MAX_RESETS 100

typedef struct options {
    const char *command;   // -c
    const char *module;    // -m
    const char *file;      // FILE
    int first_arg;         // argv index of the first argument for sys.argv after the above
    bool inspect;          // -i or MICROPYINSPECT
    bool compile_only;     // -X compile-only
    int opt_level;         // -O count
    size_t heap_bytes;     // -X heapsize, 0 for a growing heap
    const char *build_image;   // -X build-image=FILE: the build's step (unix/image_build.c)
    bool board;            // -X board=NAME: bring the board up before the program runs
    const char *scenario;  // -X scenario=FILE: drive the board from a scenario file
    bool scenario_bad;     // its names do not fit the board: exit 2 before the program runs
    const char *screenshot;    // -X screenshot=FILE.png: the board's picture at exit
    bool window;           // -X window: the board in an SDL window (sim/window.c)
    bool window_bad;       // it cannot open: exit 1 before the program runs
    bool serial;           // -X serial[=PATH]: the board's console on a PTY (unix/board_boot.c)
    const char *serial_link;   // its symlink (NULL: ./board.tty)
    const char *fs_dir;    // -X fs=DIR: the board's filesystem folder (NULL: ./board_fs)
    bool safeboot;         // -X safeboot: the board skips boot.py and main.py
} options_t;

static const char *prog;   // argv[0], for messages

static int usage(void) {
    printf("usage: %s [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]\n"
           "Options:\n"
           "-h : print this help message\n"
           "-i : enable inspection via REPL after running command/module/file\n"
           "-O[N] : apply bytecode optimizations of level N\n"
           "--version : print the version and exit\n"
           "\n"
           "Implementation specific options (-X):\n"
           "  compile-only                 -- parse and compile only\n"
           "  emit=bytecode                -- set the default code emitter\n"
           "  board=<name|file.json>       -- bring up a simulated board (boards/NAME.json)\n"
           "  hal=sim|linux                -- the machine module's backend (default sim)\n"
           "  trace=<file.vcd>             -- write the board's pin changes as a VCD file\n"
           "  realtime                     -- the board clock follows wall time\n"
           "  scenario=<file.scn>          -- drive and check the board by a scenario file\n"
           "  screenshot=<file.png>        -- write the board's picture at exit\n"
           "  window                       -- show the board in a window (real time)\n"
           "  serial[=<link>]              -- the board's console on a pseudo-terminal\n"
           "                                  (symlink ./board.tty), its REPL for tools\n"
           "  fs=<dir>                     -- the board's filesystem folder (./board_fs)\n"
           "  safeboot                     -- the board skips boot.py and main.py\n"
           "  heapsize=<n>[w][K|M] -- set the heap size for the GC (default %zu)\n",
           prog, (size_t)PY_CFG_DEFAULT_HEAP);
    return 0;
}

_Noreturn static void bad_args(void) {
    fputs("Invalid command line arguments. Use -h option for help.\n", stderr);
    exit(1);
}

// <n>[w][K|M]: w scales by the word size / 4 and must come before the suffix.
static size_t parse_heapsize(const char *s) {
    char *end;
    errno = 0;
    unsigned long long n = strtoull(s, &end, 10);
    if (end == s || errno || !isdigit((unsigned char)s[0])) bad_args();
    if (*end == 'w') {
        n *= sizeof(void *) / 4;
        end++;
    }
    if (*end == 'k' || *end == 'K') n *= 1024, end++;
    else if (*end == 'm' || *end == 'M') n *= 1024 * 1024, end++;
    if (*end || n < MIN_HEAP || n > SIZE_MAX / 2) bad_args();
    return (size_t)n;
}

static void parse_implopt(options_t *o, const char *opt) {
    if (strcmp(opt, "compile-only") == 0) o->compile_only = true;
    else if (strcmp(opt, "emit=bytecode") == 0) {}  // the only emitter we have
    else if (strncmp(opt, "heapsize=", 9) == 0) o->heap_bytes = parse_heapsize(opt + 9);
    else if (strncmp(opt, "build-image=", 12) == 0) o->build_image = opt + 12;
    else if (strncmp(opt, "board=", 6) == 0) o->board = py_hal_option("board", opt + 6) == 0;
    else if (strncmp(opt, "hal=", 4) == 0 && py_hal_option("hal", opt + 4) == 0) {}
    else if (strncmp(opt, "trace=", 6) == 0) py_hal_option("trace", opt + 6);
    else if (strcmp(opt, "realtime") == 0) py_hal_option("realtime", "");
    else if (strncmp(opt, "scenario=", 9) == 0) o->scenario = opt + 9, o->board = true;
    else if (strncmp(opt, "screenshot=", 11) == 0 && opt[11])
        o->screenshot = opt + 11, o->board = true;
    else if (strcmp(opt, "window") == 0) {
        o->window = o->board = true;
        py_hal_option("realtime", "");   // a window shows the board at the pace it runs
    }
    else if (strcmp(opt, "serial") == 0 || strncmp(opt, "serial=", 7) == 0) {
        o->serial = o->board = true;
        o->serial_link = opt[6] ? opt + 7 : NULL;
        py_hal_option("realtime", "");   // a tool on the link lives in wall time
    } else if (strncmp(opt, "fs=", 3) == 0 && opt[3]) o->fs_dir = opt + 3;
    else if (strcmp(opt, "safeboot") == 0) o->safeboot = true;
    else bad_args();
}

// -O, -OO, -O3: the level is the count of O's or the number given.
static int parse_opt_level(const char *arg) {
    const char *p = arg + 2;
    if (isdigit((unsigned char)*p)) return atoi(p);
    int n = 1;
    while (*p == 'O') n++, p++;
    if (*p) bad_args();
    return n;
}

// Options end at the first non-option (the script), or with -c/-m, whose
// operand is followed by the script's own arguments.
static void parse_options(int argc, char **argv, options_t *o) {
    int a = 1;
    for (; a < argc && argv[a][0] == '-' && argv[a][1]; a++) {
        const char *arg = argv[a];
        if (strcmp(arg, "-h") == 0) exit(usage());
        if (strcmp(arg, "--version") == 0) {
            puts(PY_SYS_BANNER);
            exit(0);
        }
        if (strcmp(arg, "-i") == 0) o->inspect = true;
        else if (strcmp(arg, "-c") == 0 || strcmp(arg, "-m") == 0) {
            if (a + 1 >= argc) bad_args();
            *(arg[1] == 'c' ? &o->command : &o->module) = argv[a + 1];
            o->first_arg = a + 2;
            return;
        } else if (strcmp(arg, "-X") == 0) {
            if (a + 1 >= argc) bad_args();
            parse_implopt(o, argv[++a]);
        } else if (strncmp(arg, "-O", 2) == 0) o->opt_level = parse_opt_level(arg);
        else if (strcmp(arg, "-v") == 0) {}  // verbose statistics: nothing to show yet
        else bad_args();
    }
    if (a < argc) {
        o->file = argv[a];
        o->first_arg = a + 1;
    } else {
        o->first_arg = argc;
    }
}

// ---- sys.argv and sys.path -------------------------------------------------------------

static py_val_t expand_home(py_vm_t *vm, const char *dir, size_t len) {
    const char *home = getenv("HOME");
    char buf[PATH_MAX];
    if (len >= 1 && dir[0] == '~' && (len == 1 || dir[1] == '/') && home &&
        snprintf(buf, sizeof buf, "%s%.*s", home, (int)(len - 1), dir + 1) < (int)sizeof buf)
        return py_str_from_c(vm, buf);
    return py_str_new(vm, dir, len);
}

// MICROPYPATH (':'-separated) replaces the default path.
static void add_search_path(py_vm_t *vm) {
    const char *env = getenv("MICROPYPATH");
    const char *path = env ? env : ".frozen:~/.micropython/lib:/usr/lib/micropython";
    while (*path) {
        const char *colon = strchr(path, ':');
        size_t len = colon ? (size_t)(colon - path) : strlen(path);
        py_list_append(vm, vm->sys_path, expand_home(vm, path, len));
        path += len + (colon != NULL);
    }
}

// A script's directory (made absolute, as MicroPython does) replaces ''.
static py_val_t first_path_entry(py_vm_t *vm, const char *file) {
    char real[PATH_MAX];
    if (!file || !realpath(file, real)) return py_name(vm, PY_NAME_empty);
    char *slash = strrchr(real, '/');
    size_t len = slash == real ? 1 : (size_t)(slash - real);
    return py_str_new(vm, real, len);
}

// The user closed the board window: the KeyboardInterrupt it raises ends the
// program with this line rather than a traceback.
static void window_closed(void) {
    py_run_set_interrupt_note("micropython: the board window was closed");
}

// -X window: opens the window on the board that is up; the program's output
// goes to its console pane too.
static void open_window(py_vm_t *vm, options_t *o) {
    void *b;
    char err[300];
    if (py_hal_up(vm, &b) != &py_hal_sim) {
        fprintf(stderr, "%s: the window shows the simulated board only (-X hal=sim)\n", prog);
        o->window_bad = true;
        return;
    }
    if (sim_window_open(sim_hal_board(b), window_closed, err, sizeof err) < 0) {
        fprintf(stderr, "%s: -X window: %s\n", prog, err);
        o->window_bad = true;
        return;
    }
    py_port_add_stdout_observer(sim_window_console, NULL);
    py_hal_set_view(sim_window_poll, NULL);
}

typedef struct setup_ctx {
    options_t *o;
    int argc;
    char **argv;
} setup_ctx_t;

static void setup_sys(py_vm_t *vm, void *ud) {
    setup_ctx_t *c = ud;
    options_t *o = c->o;
    const char *argv0 = o->command ? "-c" : o->module ? o->module : o->file ? o->file : "";
    py_list_append(vm, vm->sys_argv, py_str_from_c(vm, argv0));
    for (int i = o->first_arg; i < c->argc; i++)
        py_list_append(vm, vm->sys_argv, py_str_from_c(vm, c->argv[i]));
    py_list_append(vm, vm->sys_path, first_path_entry(vm, o->file));
    add_search_path(vm);
    // the builtins module was made before the options were known
    py_dict_set_name(vm, vm->builtins_dict, py_str_intern_c(vm, "__debug__"),
                     py_bool(o->opt_level == 0));
    py_val_t g = py_run_main_globals(vm);
    if (o->file) py_dict_set_name(vm, g, py_name(vm, PY_NAME___file__), py_str_from_c(vm, o->file));
    bool rerun = py_hal_kept();   // after a board reset: the board and its scenario go on
    if (o->board || rerun) py_hal_up(vm, &(void *){0});
    if (o->window && !rerun) open_window(vm, o);
    char err[600];
    if (o->scenario && !rerun && py_hal_scenario_start(vm, err, sizeof err) < 0) {
        fprintf(stderr, "%s\n", err);
        o->scenario_bad = true;
    }
}

// -X scenario=FILE: the file is read and checked before anything runs; a
// bad one exits with status 2, as the scenario's other errors of form.
static void load_scenario(const options_t *o) {
    if (!o->scenario) return;
    char err[600];
    if (!o->file && !o->command && !o->module) {
        fprintf(stderr, "%s: -X scenario needs a program (a file, -c or -m)\n", prog);
        exit(2);
    }
    if (py_hal_scenario_load(o->scenario, err, sizeof err) < 0) {
        fprintf(stderr, "%s\n", err);
        exit(2);
    }
}

// ---- what to run -------------------------------------------------------------------------

static int read_stdin(char **data, size_t *len) {
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (ssize_t r; buf; n += (size_t)r) {
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) break;
            buf = nb;
        }
        r = read(0, buf + n, cap - n - 1);
        if (r < 0 && errno == EINTR) r = 0;
        else if (r <= 0) {
            buf[n] = 0;
            *data = buf;
            *len = n;
            return r < 0 ? -errno : 0;
        }
    }
    free(buf);
    return -ENOMEM;
}

static py_run_result_t run_file(py_vm_t *vm, const options_t *o, int *status) {
    char *src;
    size_t len;
    int r = py_port_read_file(o->file, &src, &len);
    if (r < 0) {
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", prog, o->file, -r,
                strerror(-r));
        *status = 2;
        return PY_RUN_EXIT;
    }
    py_run_result_t res = py_run_source(vm, src, len, o->file, PY_PARSE_FILE, o->compile_only,
                                        status);
    free(src);
    return res;
}

static void run_module(py_vm_t *vm, void *ud) {
    const options_t *o = ud;
    py_import_run_main(vm, py_str_from_c(vm, o->module), vm->main_module);
}

static py_run_result_t run_stdin(py_vm_t *vm, const options_t *o, int *status) {
    char *src;
    size_t len;
    if (read_stdin(&src, &len) < 0) {
        fprintf(stderr, "%s: cannot read stdin\n", prog);
        *status = 1;
        return PY_RUN_EXIT;
    }
    py_run_result_t res = py_run_source(vm, src, len, "<stdin>", PY_PARSE_FILE, o->compile_only,
                                        status);
    free(src);
    return res;
}

static int run(py_vm_t *vm, const options_t *o) {
    int status = 0;
    py_run_result_t res = PY_RUN_DONE;
    bool repl = false;
    if (o->command)
        res = py_run_source(vm, o->command, strlen(o->command), "<stdin>", PY_PARSE_FILE,
                            o->compile_only, &status);
    else if (o->module) res = py_run_protected(vm, run_module, (void *)o, &status);
    else if (o->file) res = run_file(vm, o, &status);
    else if (py_port_stdin_is_tty()) repl = true;
    else res = run_stdin(vm, o, &status);
    if (res == PY_RUN_EXIT) return status;
    if (repl || o->inspect) return py_repl_run(vm);
    return res == PY_RUN_ERROR ? 1 : 0;
}

static py_vm_t *new_vm(const options_t *o) {
    py_vm_t *vm = py_vm_new_image(o->heap_bytes, &py_startup_image, false);
    if (!vm) {
        fprintf(stderr, "%s: cannot allocate the heap\n", prog);
        return NULL;
    }
    py_port_bind_vm(vm);
    vm->opt_level = o->opt_level;
    return vm;
}

// -X screenshot=FILE: the board as the program left it. A failure is reported
// and makes the exit status 1 (the picture was asked for).
static int write_screenshot(py_vm_t *vm, const options_t *o, int status) {
    void *b;
    if (!o->screenshot || !vm->hal_state || py_hal_up(vm, &b) != &py_hal_sim) return status;
    int r = sim_render_shot_write(sim_hal_board(b), o->screenshot);
    if (r == 0) return status;
    fprintf(stderr, "%s: cannot write screenshot %s: %s\n", prog, o->screenshot, strerror(-r));
    return status ? status : 1;
}

// -X serial: a VM for each of the board's lives, set up as for a program.
static py_vm_t *serial_vm(void *ud) {
    setup_ctx_t *setup = ud;
    py_vm_t *vm = new_vm(setup->o);
    int status;
    if (vm && py_run_protected(vm, setup_sys, setup, &status) != PY_RUN_DONE) {
        py_port_bind_vm(NULL);
        py_vm_free(vm);
        return NULL;
    }
    return vm;
}

static int run_serial(options_t *o, int argc, char **argv) {
    if (o->command || o->module || o->scenario || o->window || o->inspect) {
        fprintf(stderr, "%s: -X serial runs a board: a program file at most "
                        "(it runs in place of main.py)\n", prog);
        return 2;
    }
    setup_ctx_t setup = {o, argc, argv};
    py_board_boot_t cfg = {o->serial_link, o->fs_dir, o->file, o->safeboot, serial_vm, &setup};
    return py_board_boot_run(&cfg);
}

int main(int argc, char **argv) {
    py_port_init(__builtin_frame_address(0));
    prog = argv[0];
    options_t o = {0};
    parse_options(argc, argv, &o);
    const char *inspect = getenv("MICROPYINSPECT");
    if (inspect && *inspect) o.inspect = true;
    if (o.build_image) return py_image_build(o.build_image);
    if (o.serial) return run_serial(&o, argc, argv);
    if (o.fs_dir) {
        fprintf(stderr, "%s: -X fs=DIR is the board's folder in serial mode: add -X serial\n",
                prog);
        return 2;
    }
    if (o.safeboot) {
        fprintf(stderr, "%s: -X safeboot is the board's safe boot in serial mode: add -X serial\n",
                prog);
        return 2;
    }
    load_scenario(&o);
    py_vm_t *vm = new_vm(&o);
    if (!vm) return 1;
    setup_ctx_t setup = {&o, argc, argv};
    int status = 1;
    if (o.scenario) py_port_add_stdout_observer(py_hal_scenario_console, NULL);
    if (o.screenshot) py_port_add_stdout_observer(sim_render_shot_console, NULL);
    for (int resets = 0;; resets++) {
        if (o.scenario) py_port_set_stdin_wait(py_hal_scenario_stdin_wait, vm);
        if (py_run_protected(vm, setup_sys, &setup, &status) == PY_RUN_DONE)
            status = o.scenario_bad ? 2 : o.window_bad ? 1 : run(vm, &o);
        if (!py_machine_reset_pending()) break;
        if (resets == MAX_RESETS) {
            fprintf(stderr, "%s: the board was reset %d times; stopping\n", prog, MAX_RESETS);
            status = 1;
            break;
        }
        // A board reset: the program's VM goes (no finalisers, as on a
        // board), the board stays, and the program runs again from the start.
        py_run_flush(vm);
        py_machine_reset_apply(vm);
        py_port_bind_vm(NULL);
        py_vm_free(vm);
        if (!(vm = new_vm(&o))) return 1;
    }
    if (o.scenario && !o.scenario_bad) status = py_hal_scenario_finish(vm, status);
    py_finalise_at_exit(vm);   // __del__ of what the program left alive, as CPython at exit
    py_run_flush(vm);
    status = write_screenshot(vm, &o, status);
    if (o.window) {   // before the board goes: the window reads it
        py_hal_set_view(NULL, NULL);
        py_port_remove_stdout_observer(sim_window_console, NULL);
        sim_window_close();
    }
    if (vm->hal_state) py_hal_down(vm);   // finishes the board's trace (not called at start-up)
    if (o.screenshot) py_port_remove_stdout_observer(sim_render_shot_console, NULL);
    if (o.scenario) {   // (only then: start-up and exit touch no scenario code)
        py_port_remove_stdout_observer(py_hal_scenario_console, NULL);
        py_port_set_stdin_wait(NULL, NULL);
        py_hal_scenario_free();
    }
    py_port_bind_vm(NULL);
    py_vm_free(vm);
    return status;
}
