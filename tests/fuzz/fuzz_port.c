// tests/fuzz/fuzz_port.c: vm/port.h for the fuzz targets, a sandboxed VM, and the run budget.
// Layer: tests (fuzzing). Replaces unix/port.c so fuzzed code cannot touch files or the console.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

#include "fuzz.h"
#include "except.h"
#include "import.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "port.h"
#include "runtime.h"

// The conservative GC scans the C stack: ASan's fake stack frames would hide
// the pointers held in locals from it.
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_stack_use_after_return=0"; }
const char *__ubsan_default_options(void);
const char *__ubsan_default_options(void) { return "print_stacktrace=1"; }

// ---- the module registry ------------------------------------------------------------

// Replaces build/gen/modules.c: every module that only computes, so their
// argument parsing and their C loops get fuzzed too. Left out: os (files,
// processes), io (open, TextIOWrapper; mods/io.c is still linked because sys
// uses its streams), socket, select and ffi (the machine), and random (seeded
// from the system's entropy, so a finding would not replay).
extern const py_module_def_t py_mod_sys, py_mod_time, py_mod_gc, py_mod_micropython,
    py_mod_framebuf, py_mod_math, py_mod_cmath, py_mod_json, py_mod_re, py_mod_errno,
    py_mod_binascii, py_mod_hashlib, py_mod_struct, py_mod_array;
const py_module_def_t *const py_builtin_modules[] = {
    &py_mod_sys,  &py_mod_time,   &py_mod_gc,       &py_mod_micropython, &py_mod_framebuf,
    &py_mod_math, &py_mod_cmath,  &py_mod_json,     &py_mod_re,          &py_mod_errno,
    &py_mod_binascii, &py_mod_hashlib, &py_mod_struct, &py_mod_array,    NULL};

// ---- the port -------------------------------------------------------------------------

static void *stack_base;
static volatile sig_atomic_t over_budget;   // the input ran out of CPU time
static py_vm_t *volatile budget_vm;

// Output is discarded: it is not what is being tested, and it would drown
// libFuzzer's own reports.
int py_port_write(int fd, const char *data, size_t len) {
    (void)fd, (void)data, (void)len;
    return 0;
}

int py_port_read_line(const char *prompt, char **line, size_t *len) {
    (void)prompt, (void)line, (void)len;
    return 1;   // end of input
}

int py_port_read_file(const char *path, char **data, size_t *len) {
    (void)path, (void)data, (void)len;
    return -ENOENT;
}

int py_port_is_dir(const char *path) {
    (void)path;
    return -ENOENT;
}

uint64_t py_port_ticks_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

double py_port_time(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// time.sleep returns at once: sleeping only wastes fuzzing time.
int py_port_sleep_us(uint64_t us) {
    (void)us;
    return over_budget ? 1 : 0;
}

// Sticky: once over budget, every poll raises again, so `except:` in a
// loop cannot keep the input running.
int py_port_take_interrupt(void) { return over_budget ? 1 : 0; }
void py_port_set_interrupt_char(int c) { (void)c; }
void py_port_assume_defined(const void *p, size_t n) { (void)p, (void)n; }

void *py_port_stack_base(void) {
    if (stack_base) return stack_base;
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
    }
    if (!addr) py_port_fatal("cannot find the C stack");
    stack_base = (char *)addr + size;
    return stack_base;
}

// As unix/port.c: spill the callee-saved registers into this frame first.
void py_port_with_registers_spilled(void (*fn)(void *ctx), void *ctx) {
    jmp_buf regs;
    __builtin_unwind_init();
    setjmp(regs);
    void (*volatile call)(void *) = fn;
    call(ctx);
}

// Fuzzed programs get a small ceiling: anything bigger is a runaway input.
size_t py_port_heap_limit(void) { return (size_t)256 << 20; }

// A fatal error is a finding: abort so libFuzzer saves the input.
_Noreturn void py_port_fatal(const char *msg) {
    fprintf(stderr, "FATAL: %s\n", msg);
    abort();
}

// ---- the budget -------------------------------------------------------------------------

// SIGVTALRM and CPU time: libFuzzer's own -timeout uses SIGALRM.
static void on_tick(int sig) {
    (void)sig;
    over_budget = 1;
    py_vm_t *vm = budget_vm;
    if (vm) vm->pending = 1;
}

void fuzz_budget_start(py_vm_t *vm, unsigned ms) {
    static int installed;
    if (!installed) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_tick;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGVTALRM, &sa, NULL);
        installed = 1;
    }
    over_budget = 0;
    budget_vm = vm;
    struct itimerval it = {{0, 10000}, {ms / 1000, (ms % 1000) * 1000}};
    setitimer(ITIMER_VIRTUAL, &it, NULL);
}

void fuzz_budget_stop(void) {
    struct itimerval off = {{0, 0}, {0, 0}};
    setitimer(ITIMER_VIRTUAL, &off, NULL);
    budget_vm = NULL;
    over_budget = 0;
}

// ---- the sandboxed VM ---------------------------------------------------------------------

static py_val_t refuse_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                           py_val_t kwnames) {
    (void)type, (void)nargs, (void)args, (void)kwnames;
    py_raise_type_error(vm, "files are disabled while fuzzing");
}

static void sandbox(py_vm_t *vm, void *ud) {
    (void)ud;
    py_import_builtin(vm, "sys");   // makes vm->stdout_obj & co.
    py_val_t open = py_str_intern_c(vm, "open");
    if (py_dict_get(vm, vm->builtins_dict, open) != PY_NULL)
        py_dict_remove(vm, vm->builtins_dict, open);
    py_type_of(vm, vm->stdout_obj)->slots.make_new = refuse_new;
    // Made now, not by the first hot code: the targets check that the heap
    // in use does not grow from one input to the next.
    py_type_lookup_cache_init(vm);
}

py_vm_t *fuzz_vm_new(size_t heap_bytes) {
    py_vm_t *vm = py_vm_new(heap_bytes);
    if (!vm) py_port_fatal("cannot make a VM");
    if (py_pcall(vm, sandbox, NULL)) py_port_fatal("cannot sandbox the VM");
    return vm;
}
