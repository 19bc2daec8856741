// unix/port.c: vm/port.h for POSIX systems: console, files, clocks, Ctrl-C, stack.
// Layer: unix port. Never raises and never touches Python objects (vm/port.h).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <poll.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "console.h"
#include "fs_root.h"
#include "line_edit.h"
#include "port_unix.h"
#include "repl_complete.h"
#include "repl_edit.h"

// Under valgrind the conservative stack scan reads stack words nobody
// initialised; declaring them defined keeps memcheck's reports for real bugs.
#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#endif
#endif
#ifndef VALGRIND_MAKE_MEM_DEFINED
#define VALGRIND_MAKE_MEM_DEFINED(addr, len) ((void)(addr), (void)(len))
#endif

static void *stack_base;                      // from main, else asked of pthreads
static volatile sig_atomic_t interrupted;     // Ctrl-C seen, not yet taken by the VM
static py_vm_t *volatile bound_vm;            // whose `pending` a SIGINT sets
static int line_cancelled;                    // last read_line ended by Ctrl-C

// ---- signals ----------------------------------------------------------------

static void on_sigint(int sig) {
    (void)sig;
    interrupted = 1;
    py_vm_t *vm = bound_vm;
    if (vm) vm->pending = 1;
}

// No SA_RESTART: a blocking read or sleep must return EINTR so that Ctrl-C
// reaches the program instead of waiting for the next line.
void py_port_init(void *base) {
    stack_base = base;
    // The VM's big zeroed tables (frame stack, heap side tables, mark stack)
    // then come from mmap as untouched zero pages: calloc has nothing to
    // clear, and what a short program never uses never becomes resident.
    // (malloc only maps what the brk heap's spare top cannot hold: no spare.)
    mallopt(M_MMAP_THRESHOLD, 32 * 1024);
    mallopt(M_TOP_PAD, 0);
    py_port_set_interrupt_char(3);
}

static int interrupt_char = 3;   // for the board link's reader thread
static py_console_t *redirect;   // the board's serial link, or NULL

int py_port_interrupt_char(void) { return interrupt_char; }

void py_port_set_interrupt_char(int c) {
    interrupt_char = c;
    if (redirect) return;   // on the board's link the character is the link's, not SIGINT's
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = c == 3 ? on_sigint : SIG_DFL;   // no other character can raise SIGINT
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

void py_port_bind_vm(py_vm_t *vm) { bound_vm = vm; }

int py_port_take_interrupt(void) {
    if (!interrupted) return 0;
    interrupted = 0;
    return 1;
}

bool py_port_stdin_is_tty(void) { return isatty(0) == 1; }

// ---- console ------------------------------------------------------------------

// Console hooks (port_unix.h): what sees stdout (a scenario, the board
// window: a short list, as both may watch), and the stdin wait.
#define MAX_OBSERVERS 4
static struct {
    void (*fn)(void *ctx, const char *data, size_t n);
    void *ctx;
} observers[MAX_OBSERVERS];
static void (*stdin_wait)(void *ctx);
static void *stdin_wait_ctx;

int py_port_add_stdout_observer(void (*observer)(void *ctx, const char *data, size_t n),
                                void *ctx) {
    for (int i = 0; i < MAX_OBSERVERS; i++)
        if (!observers[i].fn) {
            observers[i].fn = observer, observers[i].ctx = ctx;
            return 0;
        }
    return -ENOSPC;
}

void py_port_remove_stdout_observer(void (*observer)(void *ctx, const char *data, size_t n),
                                    void *ctx) {
    for (int i = 0; i < MAX_OBSERVERS; i++)
        if (observers[i].fn == observer && observers[i].ctx == ctx) observers[i].fn = NULL;
}

void py_port_set_stdin_wait(void (*wait)(void *ctx), void *ctx) {
    stdin_wait = wait, stdin_wait_ctx = ctx;
}

static int write_console(const char *data, size_t len);

int py_port_write(int fd, const char *data, size_t len) {
    if (fd == 1)
        for (int i = 0; i < MAX_OBSERVERS; i++)
            if (observers[i].fn) observers[i].fn(observers[i].ctx, data, len);
    if (redirect && (fd == 1 || fd == 2)) return write_console(data, len);
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -errno;
        }
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

// Reads one byte at a time so that nothing past the line is consumed: the
// rest of stdin stays for sys.stdin and for a program piped on stdin.
static int read_line_plain(char **line, size_t *len) {
    size_t cap = 128, n = 0;
    char *buf = malloc(cap);
    if (!buf) return -ENOMEM;
    for (;;) {
        char c;
        ssize_t r = read(0, &c, 1);
        if (r < 0) {
            if (errno == EINTR && !interrupted) continue;
            int err = errno;
            free(buf);
            return -err;
        }
        if (r == 0) break;
        if (n + 2 > cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); return -ENOMEM; }
            buf = nb;
        }
        buf[n++] = c;
        if (c == '\n') break;
    }
    buf[n] = 0;
    if (n == 0) { free(buf); return 1; }
    *line = buf;
    *len = n;
    return 0;
}

// The signal mask to wait for a key with: SIGINT is blocked while readline
// works and let through only inside ppoll, so a Ctrl-C can never arrive
// between checking the flag and blocking in read.
static sigset_t waiting_mask;

#define CTRL_C 3

// The line with a newline added, as the plain reader returns it.
static int line_with_newline(char *s, size_t n, char **line, size_t *len) {
    char *b = realloc(s, n + 2);
    if (!b) {
        free(s);
        return -ENOMEM;
    }
    b[n] = '\n';
    b[n + 1] = 0;
    *line = b;
    *len = n + 1;
    return 0;
}

// What py_port_read_line returns for an editor's result [r] on [con] (the terminal's or
// the board link's): the line, end of input (Ctrl-D on an empty line), or -EINTR with the
// line cancelled for Ctrl-C (the caller raises KeyboardInterrupt). Ctrl-A, B and E on an
// empty line are no modes in input(): an empty line.
static int edit_outcome(py_console_t *con, py_edit_result_t r, char *s, size_t n, char **line,
                        size_t *len) {
    if (r == PY_EDIT_LINE) return line_with_newline(s, n, line, len);
    if (r == PY_EDIT_EOF) return 1;
    con->write(con, "\r\n", 2);
    if (r == PY_EDIT_CTRL_D) return 1;
    if (r == PY_EDIT_CTRL_C) {
        line_cancelled = 1;
        interrupted = 1;   // as a SIGINT would have left it
        return -EINTR;
    }
    return line_with_newline(malloc(1), 0, line, len);
}

#ifdef PY_LINE_EDIT_LIB
// ---- terminal lines through readline or libedit (make READLINE=...) ----------------

// readline's getc: a Ctrl-C empties the line and ends it, so the caller
// sees a cancelled line.
static int getc_interruptible(FILE *stream) {
    int fd = fileno(stream);
    for (;;) {
        if (interrupted) {
            interrupted = 0;
            line_cancelled = 1;
            line_edit_clear_line();
            return '\n';
        }
        struct pollfd p = {fd, POLLIN, 0};
        if (ppoll(&p, 1, NULL, &waiting_mask) < 0) {
            if (errno == EINTR) continue;
            return EOF;
        }
        unsigned char c;
        ssize_t r = read(fd, &c, 1);
        if (r == 1 && c == CTRL_C) interrupted = 1;  // libedit turns ISIG off: no signal
        else if (r == 1) return c;
        else if (r == 0 || (errno != EINTR && errno != EAGAIN)) return EOF;
    }
}

static int read_line_tty(const char *prompt, char **line, size_t *len) {
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigprocmask(SIG_BLOCK, &block, &waiting_mask);
    char *s = line_edit_read(prompt ? prompt : "");
    sigprocmask(SIG_SETMASK, &waiting_mask, NULL);
    if (!s) return 1;
    if (line_cancelled) {
        free(s);
        return -EINTR;
    }
    size_t n = strlen(s);
    char *buf = malloc(n + 2);
    if (!buf) { free(s); return -ENOMEM; }
    memcpy(buf, s, n);
    buf[n] = '\n';
    buf[n + 1] = 0;
    free(s);
    *line = buf;
    *len = n + 1;
    return 0;
}

void py_port_history_load(const char *path, int max_lines) {
    if (line_edit_load(getc_interruptible)) line_edit_history_load(path, max_lines);
}

void py_port_history_add(const char *line) {
    if (line_edit_load(getc_interruptible)) line_edit_history_add(line);
}

void py_port_history_save(const char *path) {
    if (line_edit_load(getc_interruptible)) line_edit_history_save(path);
}

static bool tty_editor(void) { return line_edit_load(getc_interruptible); }

#else
// ---- terminal lines through the REPL's own editor (the default build) -------------------
//
// input() on a terminal gets the REPL's keys, history and Tab completion (reference §4:
// "input() also gets history and completion"). The terminal is in raw mode only while
// the editor reads (no echo, no line discipline, Ctrl-C arrives as byte 3; output
// processing stays, as the REPL's own console keeps it), and is put back as it was found.

// The terminal as the editor's console. A SIGINT from elsewhere while waiting (kill -INT)
// reads as Ctrl-C; SIGINT is let through only inside ppoll (see waiting_mask).
static int tty_getc(py_console_t *con) {
    (void)con;
    for (;;) {
        if (interrupted) {
            interrupted = 0;
            return CTRL_C;
        }
        struct pollfd p = {0, POLLIN, 0};
        if (ppoll(&p, 1, NULL, &waiting_mask) < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        unsigned char c;
        ssize_t r = read(0, &c, 1);
        if (r == 1) return c;
        if (r == 0 || (errno != EINTR && errno != EAGAIN)) return -1;
    }
}

static void tty_write(py_console_t *con, const char *data, size_t len) {
    (void)con;
    py_port_write(1, data, len);
}

// Raw keys for the editor; false (the terminal untouched) when fd 0 is no terminal.
static bool tty_raw(struct termios *saved) {
    if (tcgetattr(0, saved) != 0) return false;
    struct termios t = *saved;
    t.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ISIG | IEXTEN);
    t.c_iflag &= ~(tcflag_t)(ICRNL | INLCR | IGNCR | IXON);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    return tcsetattr(0, TCSADRAIN, &t) == 0;
}

static int read_line_tty(const char *prompt, char **line, size_t *len) {
    py_repl_edit_t *ed = py_port_line_editor();
    if (!ed) return -ENOMEM;
    py_vm_t *vm = bound_vm;
    py_repl_edit_set_complete(ed, vm ? py_repl_complete_hook : NULL, vm);
    py_console_t con = {tty_getc, tty_write, NULL, false, NULL};
    struct termios saved;
    bool raw = tty_raw(&saved);
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigprocmask(SIG_BLOCK, &block, &waiting_mask);
    char *s = NULL;
    size_t n = 0;
    py_edit_result_t r = py_repl_edit_line(ed, &con, prompt ? prompt : "", NULL, &s, &n);
    sigprocmask(SIG_SETMASK, &waiting_mask, NULL);
    if (raw) tcsetattr(0, TCSADRAIN, &saved);
    return edit_outcome(&con, r, s, n, line, len);
}

void py_port_history_load(const char *path, int max_lines) {
    py_repl_edit_t *ed = py_port_line_editor();
    if (!ed) return;
    py_repl_history_t *h = py_repl_edit_history(ed);
    if (!h->items && max_lines >= 0) h->max = (size_t)max_lines;
    py_repl_history_load(h, path);
}

// The editor adds each line itself; adding it again is harmless (a repeat is skipped).
void py_port_history_add(const char *line) {
    py_repl_edit_t *ed = py_port_line_editor();
    if (ed) py_repl_history_add(py_repl_edit_history(ed), line, strlen(line));
}

void py_port_history_save(const char *path) {
    py_repl_edit_t *ed = py_port_line_editor();
    if (ed) py_repl_history_save(py_repl_edit_history(ed), path);
}

static bool tty_editor(void) { return true; }
#endif

static py_repl_edit_t *line_editor;

py_repl_edit_t *py_port_line_editor(void) {
    if (!line_editor) line_editor = py_repl_edit_new(PY_REPL_HISTORY_MAX);
    return line_editor;
}

static int read_line_console(const char *prompt, char **line, size_t *len);

// Off a terminal the prompt still goes to stdout, as CPython's input() does.
int py_port_read_line(const char *prompt, char **line, size_t *len) {
    line_cancelled = 0;
    if (redirect) return read_line_console(prompt, line, len);
    if (py_port_stdin_is_tty() && tty_editor()) return read_line_tty(prompt, line, len);
    if (prompt && *prompt) py_port_write(1, prompt, strlen(prompt));
    if (stdin_wait) stdin_wait(stdin_wait_ctx);
    int r = read_line_plain(line, len);
    if (r == -EINTR) line_cancelled = 1;
    return r;
}

int py_port_line_cancelled(void) { return line_cancelled; }

// ---- the board's serial link (port_unix.h) ------------------------------------------

void py_port_redirect_console(py_console_t *con) { redirect = con; }

// As a SIGINT from the terminal would: callable from another thread (the flags are
// what a signal handler sets; the VM polls them).
void py_port_raise_interrupt(void) { on_sigint(SIGINT); }

// \n goes out as \r\n, as a board's console sends it; a \r\n already there is left
// alone (tools matching "...\r\n>" break on \r\r\n). [last] carries across writes.
static int write_console(const char *data, size_t len) {
    static char last;
    char buf[512];
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (n + 2 > sizeof buf) redirect->write(redirect, buf, n), n = 0;
        if (data[i] == '\n' && last != '\r') buf[n++] = '\r';
        buf[n++] = last = data[i];
    }
    if (n) redirect->write(redirect, buf, n);
    return 0;
}

static py_repl_edit_t *link_editor;

py_repl_edit_t *py_port_link_editor(void) {
    if (!link_editor) link_editor = py_repl_edit_new(8);
    return link_editor;
}

void py_port_link_editor_free(void) {
    py_repl_edit_free(link_editor);
    link_editor = NULL;
}

// The link as the editor's console: its queued bytes; output through the \n -> \r\n
// conversion (the editor's own \r\n passes as it is). The link's getc reads a Ctrl-C the
// reader thread turned into an interrupt (code, this input(), runs) as 3.
static int link_getc(py_console_t *con) {
    (void)con;
    return redirect->getc(redirect);
}

static void link_write(py_console_t *con, const char *data, size_t len) {
    (void)con;
    write_console(data, len);
}

// input() on the board: the REPL's editor on the link (its keys, the board's history and
// completion), as a board's input() goes through its readline. Ctrl-C cancels the line
// (the caller raises KeyboardInterrupt); Ctrl-D on an empty line is end of input.
static int read_line_console(const char *prompt, char **line, size_t *len) {
    py_repl_edit_t *ed = py_port_link_editor();
    if (!ed) return -ENOMEM;
    py_vm_t *vm = bound_vm;
    py_repl_edit_set_complete(ed, vm ? py_repl_complete_hook : NULL, vm);
    py_console_t con = {link_getc, link_write, NULL, true, NULL};
    char *s = NULL;
    size_t n = 0;
    py_edit_result_t r = py_repl_edit_line(ed, &con, prompt ? prompt : "", NULL, &s, &n);
    return edit_outcome(&con, r, s, n, line, len);
}

// ---- files ----------------------------------------------------------------------

static int read_fd_all(int fd, char **data, size_t *len) {
    size_t cap = 4096, n = 0;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) cap = (size_t)st.st_size + 1;
    char *buf = malloc(cap);
    if (!buf) return -ENOMEM;
    for (;;) {
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); return -ENOMEM; }
            buf = nb;
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            free(buf);
            return -err;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    buf[n] = 0;
    *data = buf;
    *len = n;
    return 0;
}

// (paths are the board's when its filesystem is a host folder: imports from '/lib')
int py_port_read_file(const char *path, char **data, size_t *len) {
    int fd = open(py_fs_root_map(path), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -errno;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return -EISDIR;
    }
    int r = read_fd_all(fd, data, len);
    close(fd);
    return r;
}

int py_port_is_dir(const char *path) {
    struct stat st;
    if (stat(py_fs_root_map(path), &st) != 0) return -errno;
    return S_ISDIR(st.st_mode) ? 1 : 0;
}

// ---- time -------------------------------------------------------------------------

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

int py_port_sleep_us(uint64_t us) {
    struct timespec req = {(time_t)(us / 1000000u), (long)(us % 1000000u) * 1000};
    while (nanosleep(&req, &req) != 0) {
        if (errno != EINTR) return 0;
        if (interrupted) return 1;
    }
    return interrupted ? 1 : 0;
}

// ---- stack and registers --------------------------------------------------------------

void *py_port_stack_base(void) {
    if (stack_base) return stack_base;
    // Not started from our main (unit tests): ask for the thread's stack.
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

void py_port_assume_defined(const void *p, size_t n) { VALGRIND_MAKE_MEM_DEFINED(p, n); }

// __builtin_unwind_init makes GCC save every callee-saved register in this
// frame; setjmp alone is not enough on glibc, which mangles some registers.
// Calling through a volatile pointer keeps the call from being a tail call,
// which would pop this frame before fn scans it.
void py_port_with_registers_spilled(void (*fn)(void *ctx), void *ctx) {
    jmp_buf regs;
#if defined(__GNUC__)
    __builtin_unwind_init();
#endif
    setjmp(regs);
    void (*volatile call)(void *) = fn;
    call(ctx);
}

// Half of physical memory: a program past it is more likely runaway than
// real, and the other half keeps the machine usable. Never more than half the
// address space (a 32-bit build on a host with more than 4 GiB).
size_t py_port_heap_limit(void) {
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
    size_t cap = SIZE_MAX / 2;
    if (pages <= 0 || size <= 0) return (size_t)0xFFFFFFFFu < cap ? (size_t)0xFFFFFFFFu + 1 : cap;   // 4 GiB
    if ((size_t)pages / 2 > cap / (size_t)size) return cap;
    return (size_t)pages / 2 * (size_t)size;
}

_Noreturn void py_port_fatal(const char *msg) {
    fprintf(stderr, "FATAL: %s\n", msg);
    fflush(stderr);
    abort();
}
