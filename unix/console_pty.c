// unix/console_pty.c: the board's console over a pseudo-terminal: a reader thread turns the
// interrupt character into SIGINT while code runs and queues all other bytes in a pipe.
// Layer: unix port (POSIX, pthreads).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "console_pty.h"
#include "port_unix.h"

// How long output waits for a tool to read before it is dropped: a board's USB
// CDC drops what a closed host port does not take rather than stopping the program.
#define WRITE_WAIT_MS 200

struct py_console_pty {
    py_console_t con;
    int master, slave;          // the slave stays open: no hang-up when a tool closes it
    int queue[2];               // pipe: input bytes for the REPL and sys.stdin
    char slave_path[64];
    char link[PATH_MAX];
    pthread_t reader, main_thread;
    atomic_bool running;        // user code runs: the interrupt character raises
    atomic_bool stop;
    bool dropping;              // the last write was dropped: do not wait again
};

static void write_fd_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        p += w, n -= (size_t)w;
    }
}

// The reader: master -> queue, except the interrupt character while code runs.
static void *reader(void *arg) {
    py_console_pty_t *p = arg;
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, NULL);   // signals are the main thread's
    char in[256], out[256];
    while (!atomic_load(&p->stop)) {
        struct pollfd pf = {p->master, POLLIN, 0};
        if (poll(&pf, 1, 100) <= 0) continue;   // 100 ms: to notice stop
        ssize_t n = read(p->master, in, sizeof in);
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (n <= 0) {   // cannot happen while we hold the slave; end of input if it does
            struct timespec ts = {0, 50 * 1000000L};
            nanosleep(&ts, NULL);
            continue;
        }
        size_t k = 0;
        int intr = py_port_interrupt_char();
        for (ssize_t i = 0; i < n; i++) {
            if (intr >= 0 && (unsigned char)in[i] == intr && atomic_load(&p->running)) {
                // The bytes before it go to the queue first, so a getc that sees the
                // interrupt has had them (input() echoes "xy" of "xy^C" before it ends).
                write_fd_all(p->queue[1], out, k);
                k = 0;
                // as a terminal's Ctrl-C; SIGUSR1 (a no-op handler) only breaks a
                // blocking sleep or read: SIGINT itself stays the host's way to quit
                py_port_raise_interrupt();
                pthread_kill(p->main_thread, SIGUSR1);
            } else out[k++] = in[i];
        }
        write_fd_all(p->queue[1], out, k);   // blocks when full: the board's RX backs up
    }
    return NULL;
}

// Bytes queued before an interrupt are read first (a board's input() has taken them by
// the time its Ctrl-C comes); with the queue empty, a pending interrupt reads as 3.
// SIGUSR1 (the reader's wake-up) is let through only inside ppoll, so an interrupt can
// never come between the check and the wait and leave the wait blocked.
static int pty_getc(py_console_t *con) {
    py_console_pty_t *p = con->ctx;
    sigset_t usr1, old;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &usr1, &old);
    int c = -1;
    for (;;) {
        struct pollfd pf = {p->queue[0], POLLIN, 0};
        int ready = poll(&pf, 1, 0);
        if (ready == 0 && py_port_take_interrupt()) {
            c = 3;
            break;
        }
        if (ready == 0) ready = ppoll(&pf, 1, NULL, &old);
        if (ready < 0 && errno == EINTR) continue;   // the interrupt: checked above
        if (ready < 0) break;
        unsigned char ch;
        ssize_t r = read(p->queue[0], &ch, 1);
        if (r == 1) {
            c = ch;
            break;
        }
        if (r < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        break;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return c;
}

// Milliseconds left of [budget] since [t0].
static int ms_left(const struct timespec *t0, int budget) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long used = (now.tv_sec - t0->tv_sec) * 1000 + (now.tv_nsec - t0->tv_nsec) / 1000000;
    return used >= budget ? 0 : (int)(budget - used);
}

static void pty_write(py_console_t *con, const char *data, size_t len) {
    py_console_pty_t *p = con->ctx;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    while (len > 0) {
        ssize_t w = write(p->master, data, len);
        if (w > 0) {
            data += w, len -= (size_t)w;
            p->dropping = false;
            continue;
        }
        if (w < 0 && errno == EINTR) continue;
        if (w < 0 && errno != EAGAIN) return;
        int left = p->dropping ? 0 : ms_left(&t0, WRITE_WAIT_MS);
        struct pollfd pf = {p->master, POLLOUT, 0};
        if (left == 0 || poll(&pf, 1, left) == 0) {
            p->dropping = true;   // nobody reads: drop, and do not wait for the next write
            return;
        }
    }
}

static void pty_running(py_console_t *con, bool running) {
    py_console_pty_t *p = con->ctx;
    atomic_store(&p->running, running);
}

static int open_master(py_console_pty_t *p, char *err, size_t err_len) {
    p->master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (p->master < 0 || grantpt(p->master) < 0 || unlockpt(p->master) < 0 ||
        ptsname_r(p->master, p->slave_path, sizeof p->slave_path) != 0) {
        snprintf(err, err_len, "cannot open a pseudo-terminal: %s", strerror(errno));
        return -1;
    }
    p->slave = open(p->slave_path, O_RDWR | O_NOCTTY | O_CLOEXEC);
    struct termios t;
    if (p->slave < 0 || tcgetattr(p->slave, &t) < 0) {
        snprintf(err, err_len, "cannot open %s: %s", p->slave_path, strerror(errno));
        return -1;
    }
    cfmakeraw(&t);   // exact bytes both ways: no echo, no onlcr, no signals
    cfsetispeed(&t, B115200);
    cfsetospeed(&t, B115200);
    tcsetattr(p->slave, TCSANOW, &t);
    fcntl(p->master, F_SETFL, fcntl(p->master, F_GETFL) | O_NONBLOCK);
    return 0;
}

// The link: replaced when it is a symlink (a previous run's), refused otherwise.
static int make_link(py_console_pty_t *p, const char *link, char *err, size_t err_len) {
    struct stat st;
    if (lstat(link, &st) == 0 && !S_ISLNK(st.st_mode)) {
        snprintf(err, err_len, "%s exists and is not a symlink; give -X serial=PATH", link);
        return -1;
    }
    unlink(link);
    if (symlink(p->slave_path, link) < 0) {
        snprintf(err, err_len, "cannot make the link %s: %s", link, strerror(errno));
        return -1;
    }
    // ours now: removed at close, by its absolute path (the board chdirs into its folder)
    char cwd[PATH_MAX];
    if (link[0] != '/' && getcwd(cwd, sizeof cwd) &&
        (size_t)snprintf(p->link, sizeof p->link, "%s/%s", cwd, link) < sizeof p->link)
        return 0;
    snprintf(p->link, sizeof p->link, "%s", link);
    return 0;
}

// The link goes with the process also when it is stopped by a signal (a tool's
// user, a test): the handler removes it and lets the signal do what it does.
static char link_at_exit[PATH_MAX];

static void on_stop_signal(int sig) {
    if (link_at_exit[0]) unlink(link_at_exit);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void wake(int sig) { (void)sig; }

// Ctrl-C in the terminal that started the board quits it (the board's own Ctrl-C
// comes over the link); SIGUSR1 wakes the main thread without SA_RESTART.
static void remove_link_on_signals(const char *link) {
    snprintf(link_at_exit, sizeof link_at_exit, "%s", link);
    signal(SIGTERM, on_stop_signal);
    signal(SIGHUP, on_stop_signal);
    signal(SIGINT, on_stop_signal);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = wake;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, NULL);
}

static void announce(const py_console_pty_t *p) {
    const char *l = p->link;
    fprintf(stderr,
            "micropython: the board's serial console is %s (link: %s)\n"
            "  mpremote:  mpremote connect %s repl\n"
            "  picocom:   picocom -b 115200 %s   (quit: Ctrl-A Ctrl-X)\n"
            "  tio:       tio %s   (quit: Ctrl-T q)\n"
            "  rshell:    rshell -p %s\n",
            p->slave_path, l, l, l, l, l);
    fflush(stderr);
}

py_console_pty_t *py_console_pty_open(const char *link, char *err, size_t err_len) {
    py_console_pty_t *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(err, err_len, "out of memory");
        return NULL;
    }
    p->master = p->slave = p->queue[0] = p->queue[1] = -1;
    if (open_master(p, err, err_len) < 0 || make_link(p, link ? link : "board.tty", err,
                                                       err_len) < 0) {
        py_console_pty_close(p);
        return NULL;
    }
    if (pipe2(p->queue, O_CLOEXEC) < 0) {
        snprintf(err, err_len, "cannot make a pipe: %s", strerror(errno));
        py_console_pty_close(p);
        return NULL;
    }
    p->main_thread = pthread_self();
    if (pthread_create(&p->reader, NULL, reader, p) != 0) {
        snprintf(err, err_len, "cannot start the console thread");
        py_console_pty_close(p);
        return NULL;
    }
    p->con = (py_console_t){pty_getc, pty_write, pty_running, true, p};   // (thread up)
    remove_link_on_signals(p->link);
    announce(p);
    return p;
}

py_console_t *py_console_pty_console(py_console_pty_t *p) { return &p->con; }

int py_console_pty_input_fd(py_console_pty_t *p) { return p->queue[0]; }

const char *py_console_pty_slave(py_console_pty_t *p) { return p->slave_path; }

void py_console_pty_close(py_console_pty_t *p) {
    if (!p) return;
    if (p->con.ctx) {   // the thread was started
        atomic_store(&p->stop, true);
        close(p->queue[0]);   // a reader blocked on a full queue gets EPIPE
        p->queue[0] = -1;
        pthread_join(p->reader, NULL);
    }
    if (p->link[0]) unlink(p->link);
    link_at_exit[0] = 0;
    int fds[] = {p->master, p->slave, p->queue[0], p->queue[1]};
    for (int i = 0; i < 4; i++)
        if (fds[i] >= 0) close(fds[i]);
    free(p);
}
