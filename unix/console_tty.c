// unix/console_tty.c: the terminal console of the REPL (unix/console.h): raw mode while the
// line editor reads, the user's mode while code runs. Layer: unix port (POSIX termios).
// SPDX-License-Identifier: MIT
//
// Raw mode here is MicroPython's unix port's: echo, canonical input, signal keys and input
// translation off, output processing (onlcr) left on. So the engine's own "\r\n" reaches
// the screen as "\r\r\n" and a program's "\n" as "\r\n", the bytes the reference's
// transcripts show. While code runs the terminal is in the mode it was found in, so Ctrl-C
// is a SIGINT that the port turns into KeyboardInterrupt.

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "console_tty.h"
#include "port_unix.h"

static struct termios saved;        // the terminal as found
// Keys that came in raw mode but were not read before code started (see tty_running).
static unsigned char ahead[256];
static size_t ahead_len, ahead_pos;
static volatile sig_atomic_t have_saved, in_raw;
static py_console_t tty_console;

static void set_cooked(void) {
    if (have_saved && in_raw) tcsetattr(0, TCSANOW, &saved);
    in_raw = 0;
}

static void set_raw(void) {
    if (!have_saved || in_raw) return;
    struct termios t = saved;
    t.c_lflag &= ~(tcflag_t)(ECHO | ICANON | IEXTEN | ISIG);
    t.c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    if (tcsetattr(0, TCSANOW, &t) == 0) in_raw = 1;
}

// SIGTERM and SIGHUP end the process: the terminal is given back first
// (tcsetattr is async-signal-safe), then the signal's default action runs.
static void on_fatal_signal(int sig) {
    set_cooked();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void restore_at_exit(void) { set_cooked(); }

// One byte from fd 0. SIGINT is blocked except inside ppoll, so a Ctrl-C sent
// as a signal (kill -INT, or a terminal in cooked mode) is never lost between
// the check and the wait; it comes back as the key Ctrl-C.
static int tty_getc(py_console_t *con) {
    (void)con;
    set_raw();
    if (ahead_pos < ahead_len) return ahead[ahead_pos++];
    sigset_t block, waiting;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigprocmask(SIG_BLOCK, &block, &waiting);
    int c = -1;
    for (;;) {
        if (py_port_take_interrupt()) {
            c = 3;
            break;
        }
        struct pollfd p = {0, POLLIN, 0};
        if (ppoll(&p, 1, NULL, &waiting) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        unsigned char b;
        ssize_t r = read(0, &b, 1);
        if (r == 1) {
            c = b;
            break;
        }
        if (r == 0 || (errno != EINTR && errno != EAGAIN)) break;
    }
    sigprocmask(SIG_SETMASK, &waiting, NULL);
    return c;
}

static void tty_write(py_console_t *con, const char *data, size_t len) {
    (void)con;
    py_port_write(1, data, len);
}

// Code is about to run: a Ctrl-C typed between Enter and now came in raw mode, as a byte,
// and the terminal will not turn it into a SIGINT any more. So what is waiting is taken
// now: a Ctrl-C among it interrupts the code as the signal would have, the rest is kept
// for the next prompt.
static void take_keys_ahead(void) {
    int n = 0;
    if (ioctl(0, FIONREAD, &n) < 0 || n <= 0) return;
    if (ahead_pos == ahead_len) ahead_pos = ahead_len = 0;
    bool ctrl_c = false;
    while (n-- > 0 && ahead_len < sizeof ahead) {
        unsigned char b;
        if (read(0, &b, 1) != 1) break;
        if (b == 3) ctrl_c = true;
        else ahead[ahead_len++] = b;
    }
    if (ctrl_c) raise(SIGINT);
}

static void tty_running(py_console_t *con, bool running) {
    (void)con;
    if (running && in_raw) {
        set_cooked();
        take_keys_ahead();
    } else if (!running) {
        set_raw();
    }
}

py_console_t *py_console_tty_open(bool keys) {
    static bool hooked;
    if (keys && !have_saved && isatty(0) && tcgetattr(0, &saved) == 0) have_saved = 1;
    if (!hooked) {
        hooked = true;
        atexit(restore_at_exit);
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_fatal_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGTERM, &sa, NULL);
        sigaction(SIGHUP, &sa, NULL);
    }
    tty_console.getc = tty_getc;
    tty_console.write = tty_write;
    tty_console.running = tty_running;
    tty_console.board = false;
    tty_console.ctx = NULL;
    // Raw from the start, not from the first read: a key typed as soon as the banner is
    // out must not be echoed or line-buffered by the terminal.
    set_raw();
    return &tty_console;
}

void py_console_tty_close(py_console_t *con) {
    (void)con;
    set_cooked();
}
