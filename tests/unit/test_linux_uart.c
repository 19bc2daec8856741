// tests/unit/test_linux_uart.c: hal_linux/linux_uart.c over a pseudo-terminal pair (the
// program's end is the UART, the test holds the other): line settings, both directions,
// non-blocking reads, RX reports for irq, errors naming the device.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>
#include "linux_fake.h"

static int master = -1;

static void setup(void) {
    master = posix_openpt(O_RDWR | O_NOCTTY);
    cr_assert(master >= 0 && grantpt(master) == 0 && unlockpt(master) == 0);
    setenv("MICROPY_UART3", ptsname(master), 1);
    // The far end raw too, so bytes pass unchanged in both directions.
    struct termios t;
    tcgetattr(master, &t);
    cfmakeraw(&t);
    tcsetattr(master, TCSANOW, &t);
}

static void teardown(void) {
    linux_uart_close(NULL, 3);
    close(master);
    unsetenv("MICROPY_UART3");
}

TestSuite(linux_uart, .init = setup, .fini = teardown);

// Waits (up to 1 s) until the UART has [n] bytes waiting.
static int wait_any(int n) {
    int got = 0;
    for (int i = 0; i < 100 && (got = linux_uart_any(NULL, 3)) < n; i++) usleep(10000);
    return got;
}

// The pty driver forces CS8 without parity, so the flags are checked on the struct
// the open builds, and only speed and stop bits through the pty.
Test(linux_uart, termios_settings) {
    struct termios t;
    memset(&t, 0xff, sizeof t);
    linux_uart_termios(&t, B9600, 7, 1, 2);
    cr_assert_eq(cfgetospeed(&t), B9600);
    cr_assert_eq(cfgetispeed(&t), B9600);
    cr_assert_eq(t.c_cflag & CSIZE, CS7);
    cr_assert(t.c_cflag & PARENB);
    cr_assert(t.c_cflag & PARODD);
    cr_assert(t.c_cflag & CSTOPB);
    cr_assert(t.c_cflag & CLOCAL);
    cr_assert_eq(t.c_cflag & CRTSCTS, 0u);
    cr_assert_eq(t.c_lflag & (ICANON | ECHO), 0u);
    cr_assert_eq(t.c_iflag & (IXON | ICRNL), 0u);
    cr_assert_eq(t.c_cc[VMIN], 0);
    linux_uart_termios(&t, B115200, 8, 0, 1);
    cr_assert_eq(t.c_cflag & CSIZE, CS8);
    cr_assert(t.c_cflag & PARENB);
    cr_assert_eq(t.c_cflag & (PARODD | CSTOPB), 0u);
    linux_uart_termios(&t, B115200, 5, -1, 1);
    cr_assert_eq(t.c_cflag & (CSIZE | PARENB), CS5);
}

Test(linux_uart, settings_reach_the_pty) {
    cr_assert_eq(linux_uart_open(NULL, 3, -1, -1, 9600, 7, 1, 2), 0);
    struct termios t;
    int fd = open(ptsname(master), O_RDWR | O_NOCTTY);
    cr_assert(fd >= 0);
    tcgetattr(fd, &t);
    close(fd);
    cr_assert_eq(cfgetospeed(&t), B9600);
    cr_assert(t.c_cflag & CSTOPB);
    cr_assert_eq(t.c_lflag & ICANON, 0u);
    cr_assert_eq(linux_uart_open(NULL, 3, -1, -1, 115200, 8, -1, 1), 0);
    fd = open(ptsname(master), O_RDWR | O_NOCTTY);
    tcgetattr(fd, &t);
    close(fd);
    cr_assert_eq(cfgetospeed(&t), B115200);
    cr_assert_eq(t.c_cflag & CSTOPB, 0u);
}

Test(linux_uart, bytes_both_ways) {
    cr_assert_eq(linux_uart_open(NULL, 3, -1, -1, 115200, 8, -1, 1), 0);
    uint8_t buf[16];
    cr_assert_eq(linux_uart_read(NULL, 3, buf, sizeof buf), 0);   // nothing yet: no wait
    cr_assert_eq(write(master, "hel\nlo", 6), 6);
    cr_assert_eq(wait_any(6), 6);
    cr_assert_eq(linux_uart_read(NULL, 3, buf, 4), 4);
    cr_assert_eq(memcmp(buf, "hel\n", 4), 0);   // raw: no line discipline in between
    cr_assert_eq(linux_uart_any(NULL, 3), 2);
    cr_assert_eq(linux_uart_read(NULL, 3, buf, sizeof buf), 2);
    cr_assert_eq(linux_uart_write(NULL, 3, (const uint8_t *)"ok\r\n", 4), 4);
    struct pollfd p = {master, POLLIN, 0};
    cr_assert_eq(poll(&p, 1, 1000), 1);
    cr_assert_eq(read(master, buf, sizeof buf), 4);
    cr_assert_eq(memcmp(buf, "ok\r\n", 4), 0);
    cr_assert_eq(linux_uart_txdone(NULL, 3), 1);
}

static int reports;
static uint32_t last_tag;
static void sink(void *ctx, uint32_t tag, uint32_t events) {
    (void)ctx;
    cr_assert_eq(events, PY_HAL_UART_RX);
    reports++, last_tag = tag;
}

Test(linux_uart, rx_reported_once_per_arrival_while_irq_is_on) {
    cr_assert_eq(linux_uart_open(NULL, 3, -1, -1, 115200, 8, -1, 1), 0);
    int fds[4];
    cr_assert_eq(linux_uart_fds(fds, 4), 0u);
    cr_assert_eq(linux_uart_next_ns(1000), 1001000u);
    cr_assert_eq(write(master, "a", 1), 1);
    wait_any(1);
    cr_assert_eq(linux_uart_poll(sink, NULL), 0);   // irq off
    cr_assert_eq(linux_uart_irq(NULL, 3, PY_HAL_UART_RX, 42), 0);
    cr_assert_eq(linux_uart_fds(fds, 4), 1u);
    cr_assert_eq(linux_uart_poll(sink, NULL), 1);
    cr_assert_eq(last_tag, 42u);
    cr_assert_eq(linux_uart_poll(sink, NULL), 0);   // nothing new
    cr_assert_eq(write(master, "b", 1), 1);
    wait_any(2);
    cr_assert_eq(linux_uart_poll(sink, NULL), 1);
    uint8_t buf[4];
    cr_assert_eq(linux_uart_read(NULL, 3, buf, 4), 2);
    cr_assert_eq(linux_uart_poll(sink, NULL), 0);
    cr_assert_eq(write(master, "c", 1), 1);
    wait_any(1);
    cr_assert_eq(linux_uart_poll(sink, NULL), 1);
    cr_assert_eq(reports, 3);
    linux_uart_irq(NULL, 3, 0, 42);
    cr_assert_eq(linux_uart_fds(fds, 4), 0u);
}

Test(linux_uart, errors_name_the_device) {
    cr_assert_eq(linux_uart_open(NULL, 3, -1, -1, 12345, 8, -1, 1), -EINVAL);
    cr_assert(strstr(linux_bus_error(), "12345"), "%s", linux_bus_error());
    setenv("MICROPY_UART3", "/dev/nonexistent-tty", 1);
    cr_assert_eq(linux_uart_open(NULL, 3, -1, -1, 9600, 8, -1, 1), -ENODEV);
    cr_assert(strstr(linux_bus_error(), "/dev/nonexistent-tty"), "%s", linux_bus_error());
    cr_assert_eq(linux_bus_pin(NULL, "uart3", NULL), -ENOENT);
    setenv("MICROPY_UART3", "/dev/null", 1);   // exists, but is no tty
    cr_assert_eq(linux_uart_open(NULL, 3, -1, -1, 9600, 8, -1, 1), -ENOTTY);
    cr_assert(strstr(linux_bus_error(), "not a tty"), "%s", linux_bus_error());
    cr_assert_eq(linux_uart_read(NULL, 3, NULL, 0), -ENODEV);
    cr_assert(strstr(linux_bus_error(), "UART 3 is not open"), "%s", linux_bus_error());
}

Test(linux_uart, default_paths) {
    fake_root_make();
    char path[300];
    cr_assert_eq(linux_uart_path(5, path, sizeof path), -ENODEV);
    fake_file("/dev/ttyS5", "");
    cr_assert_eq(linux_uart_path(5, path, sizeof path), 0);
    cr_assert(strstr(path, "/dev/ttyS5"));
    fake_file("/dev/serial5", "");
    cr_assert_eq(linux_uart_path(5, path, sizeof path), 0);
    cr_assert(strstr(path, "/dev/serial5"));
    cr_assert_eq(linux_bus_pin(NULL, "uart5", NULL), 0);
    fake_root_remove();
}
