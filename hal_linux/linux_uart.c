// hal_linux/linux_uart.c: machine.UART on Linux through a tty and termios: raw mode, baud,
// bits, parity, stop; non-blocking reads (the front end does the timeouts), RX readiness.
// Layer: HAL backend (hal_linux/; POSIX).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "linux_bus.h"

typedef struct {
    int fd1;          // fd + 1, 0 when closed
    uint32_t tag;     // irq tag, 0 when the irq is off
    int reported;     // bytes waiting at the last report (a report is due when more come)
} uart_t;

static uart_t uarts[LINUX_BUS_MAX];

int linux_uart_path(int uart, char *buf, size_t len) {
    char key[24];
    snprintf(key, sizeof key, "MICROPY_UART%d", uart);
    const char *env = getenv(key);
    if (env && *env) {
        snprintf(buf, len, "%s", env);
        return access(buf, F_OK) == 0 ? 0 : -ENODEV;
    }
    // /dev/serialN is the Pi's stable alias; ttyAMA (PL011) and ttyS otherwise.
    static const char *const forms[] = {"/dev/serial%d", "/dev/ttyAMA%d", "/dev/ttyS%d"};
    for (size_t i = 0; i < 3; i++)
        if (access(linux_bus_path(buf, len, forms[i], uart), F_OK) == 0) return 0;
    linux_bus_path(buf, len, forms[2], uart);
    return -ENODEV;
}

static speed_t baud_code(uint32_t baud) {
    static const struct { uint32_t baud; speed_t code; } rates[] = {
        {50, B50}, {75, B75}, {110, B110}, {134, B134}, {150, B150}, {200, B200},
        {300, B300}, {600, B600}, {1200, B1200}, {1800, B1800}, {2400, B2400},
        {4800, B4800}, {9600, B9600}, {19200, B19200}, {38400, B38400},
        {57600, B57600}, {115200, B115200}, {230400, B230400}, {460800, B460800},
        {500000, B500000}, {576000, B576000}, {921600, B921600}, {1000000, B1000000},
        {1152000, B1152000}, {1500000, B1500000}, {2000000, B2000000},
        {2500000, B2500000}, {3000000, B3000000}, {3500000, B3500000}, {4000000, B4000000},
    };
    for (size_t i = 0; i < sizeof rates / sizeof rates[0]; i++)
        if (rates[i].baud == baud) return rates[i].code;
    return B0;
}

void linux_uart_termios(struct termios *t, unsigned baud_code, int bits, int parity, int stop) {
    cfmakeraw(t);
    static const tcflag_t sizes[] = {CS5, CS6, CS7, CS8};
    t->c_cflag = (t->c_cflag & ~(tcflag_t)(CSIZE | PARENB | PARODD | CSTOPB | CRTSCTS)) |
                sizes[bits - 5] | CLOCAL | CREAD;
    if (parity >= 0) t->c_cflag |= PARENB | (parity ? PARODD : 0);
    if (stop == 2) t->c_cflag |= CSTOPB;
    t->c_iflag &= ~(tcflag_t)(IXON | IXOFF | IXANY);
    t->c_cc[VMIN] = 0, t->c_cc[VTIME] = 0;
    cfsetispeed(t, (speed_t)baud_code);
    cfsetospeed(t, (speed_t)baud_code);
}

static uart_t *get(int uart) {
    return uart >= 0 && uart < LINUX_BUS_MAX && uarts[uart].fd1 ? &uarts[uart] : NULL;
}

// tx/rx are the kernel's (ignored). Raw 8-bit mode, no flow control, reads that
// never wait (O_NONBLOCK, VMIN = VTIME = 0).
int linux_uart_open(void *b, int uart, int tx, int rx, uint32_t baud, int bits, int parity,
                    int stop) {
    (void)tx, (void)rx;
    if (uart < 0 || uart >= LINUX_BUS_MAX) return -ENOENT;
    speed_t code = baud_code(baud);
    if (code == B0) return linux_bus_fail(EINVAL, "UART(%d): baudrate %u is not a "
                                          "standard termios rate", uart, (unsigned)baud);
    if (bits < 5 || bits > 8 || (stop != 1 && stop != 2)) return -EINVAL;
    uint32_t tag = uarts[uart].tag;
    linux_uart_close(b, uart);
    char path[300], what[32];
    if (linux_uart_path(uart, path, sizeof path) < 0)
        return linux_bus_fail(ENODEV, "no UART %d (%s)", uart, path);
    snprintf(what, sizeof what, "UART %d", uart);
    int fd = linux_bus_open(path, O_RDWR | O_NOCTTY | O_NONBLOCK, what, "dialout");
    if (fd < 0) return fd;
    struct termios t;
    if (tcgetattr(fd, &t) < 0) {
        int e = errno;
        close(fd);
        return linux_bus_fail(e, "%s: not a tty (%s)", path, strerror(e));
    }
    linux_uart_termios(&t, code, bits, parity, stop);
    if (tcsetattr(fd, TCSANOW, &t) < 0) {
        int e = errno;
        close(fd);
        return linux_bus_fail(e, "%s: cannot set the line settings (%s)", path, strerror(e));
    }
    uarts[uart] = (uart_t){fd + 1, tag, 0};
    return 0;
}

int linux_uart_close(void *b, int uart) {
    (void)b;
    uart_t *u = get(uart);
    if (!u) return 0;
    close(u->fd1 - 1);
    *u = (uart_t){0, 0, 0};
    return 0;
}

static int closed(int uart) {
    return linux_bus_fail(ENODEV, "UART %d is not open", uart);
}

int linux_uart_write(void *b, int uart, const uint8_t *data, size_t len) {
    (void)b;
    uart_t *u = get(uart);
    if (!u) return closed(uart);
    if (len > 0x7fffffff) len = 0x7fffffff;
    ssize_t n = write(u->fd1 - 1, data, len);
    if (n >= 0) return (int)n;
    if (errno == EAGAIN || errno == EINTR) return 0;   // TX buffer full: the caller retries
    return linux_bus_fail(errno, "UART %d: write failed: %s", uart, strerror(errno));
}

int linux_uart_any(void *b, int uart) {
    (void)b;
    uart_t *u = get(uart);
    if (!u) return closed(uart);
    int n = 0;
    if (ioctl(u->fd1 - 1, FIONREAD, &n) < 0) return -errno;
    return n;
}

int linux_uart_read(void *b, int uart, uint8_t *data, size_t len) {
    uart_t *u = get(uart);
    if (!u) return closed(uart);
    if (len > 0x7fffffff) len = 0x7fffffff;
    ssize_t n = read(u->fd1 - 1, data, len);
    // EIO: the other end of a pseudo-terminal closed; nothing more will come now.
    if (n < 0 && errno != EAGAIN && errno != EINTR && errno != EIO)
        return linux_bus_fail(errno, "UART %d: read failed: %s", uart, strerror(errno));
    int left = linux_uart_any(b, uart);
    u->reported = left > 0 ? left : 0;
    return n > 0 ? (int)n : 0;
}

int linux_uart_txdone(void *b, int uart) {
    (void)b;
    uart_t *u = get(uart);
    if (!u) return closed(uart);
    int n = 0;
    if (ioctl(u->fd1 - 1, TIOCOUTQ, &n) < 0) return -errno;
    return n == 0;
}

int linux_uart_sendbreak(void *b, int uart) {
    (void)b;
    uart_t *u = get(uart);
    if (!u) return closed(uart);
    return tcsendbreak(u->fd1 - 1, 0) < 0 ? -errno : 0;
}

int linux_uart_irq(void *b, int uart, uint32_t triggers, uint32_t tag) {
    (void)b;
    uart_t *u = get(uart);
    if (!u) return closed(uart);
    u->tag = triggers & PY_HAL_UART_RX ? tag : 0;
    u->reported = 0;
    return 0;
}

int linux_uart_poll(py_hal_sink_t sink, void *ctx) {
    int count = 0;
    for (int i = 0; i < LINUX_BUS_MAX; i++) {
        uart_t *u = &uarts[i];
        if (!u->fd1 || !u->tag) continue;
        int n = linux_uart_any(NULL, i);
        if (n > u->reported) {
            u->reported = n;
            sink(ctx, u->tag, PY_HAL_UART_RX);
            count++;
        } else if (n >= 0 && n < u->reported) {
            u->reported = n;
        }
    }
    return count;
}

size_t linux_uart_fds(int *fds, size_t max) {
    size_t k = 0;
    for (int i = 0; i < LINUX_BUS_MAX && k < max; i++)
        if (uarts[i].fd1 && uarts[i].tag) fds[k++] = uarts[i].fd1 - 1;
    return k;
}

uint64_t linux_uart_next_ns(uint64_t now_ns) {
    for (int i = 0; i < LINUX_BUS_MAX; i++)
        if (uarts[i].fd1) return now_ns + 1000000u;
    return UINT64_MAX;
}
