// hal_linux/linux_busutil.c: what the Linux bus files share: the last error message,
// opening a device with an error that names it, sysfs reads and writes, the test root.
// Layer: HAL backend (hal_linux/; POSIX only).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "linux_bus.h"

static char message[240];
static char root[256];
static int message_err;   // the (positive) errno message belongs to

const char *linux_bus_error(void) { return message; }

const char *linux_bus_error_text(int err) {
    return message[0] && err == -message_err ? message : NULL;
}

// The symbolic name of the errnos the bus files return (as MicroPython prints them).
static const char *errno_name(int e) {
    static const struct { int e; const char *name; } names[] = {
        {ENOENT, "ENOENT"}, {ENODEV, "ENODEV"}, {EACCES, "EACCES"}, {EBUSY, "EBUSY"},
        {EINVAL, "EINVAL"}, {EOPNOTSUPP, "EOPNOTSUPP"}, {ETIMEDOUT, "ETIMEDOUT"},
        {EMSGSIZE, "EMSGSIZE"}, {ENOTTY, "ENOTTY"}, {EIO, "EIO"}, {ENOMEM, "ENOMEM"},
        {EPERM, "EPERM"}, {EISDIR, "EISDIR"}, {ENXIO, "ENXIO"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i].e == e) return names[i].name;
    return NULL;
}

int linux_bus_fail(int err, const char *fmt, ...) {
    const char *name = errno_name(err);
    int n = name ? snprintf(message, sizeof message, "%s: ", name)
                 : snprintf(message, sizeof message, "[Errno %d] ", err);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message + n, sizeof message - (size_t)n, fmt, ap);
    va_end(ap);
    message_err = err;
    return -err;
}

void linux_bus_set_root(const char *r) { snprintf(root, sizeof root, "%s", r ? r : ""); }

char *linux_bus_path(char *buf, size_t len, const char *fmt, ...) {
    size_t n = (size_t)snprintf(buf, len, "%s", root);
    if (n >= len) n = len - 1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf + n, len - n, fmt, ap);
    va_end(ap);
    return buf;
}

int linux_bus_open(const char *path, int flags, const char *what, const char *group) {
    int fd = open(path, flags | O_CLOEXEC);
    if (fd >= 0) return fd;
    int e = errno;
    if (e == ENOENT || e == ENODEV || e == ENXIO)
        return linux_bus_fail(ENODEV, "no %s (%s)", what, path);
    if (e == EACCES || e == EPERM)
        return linux_bus_fail(EACCES, "%s: permission denied (add the user to group %s)",
                              path, group);
    if (e == EBUSY) return linux_bus_fail(EBUSY, "%s is in use", path);
    return linux_bus_fail(e, "%s: %s", path, strerror(e));
}

int linux_bus_read_int(const char *path, long long *v) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -errno;
    char buf[64];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    int e = errno;
    close(fd);
    if (n < 0) return -e;
    buf[n] = 0;
    char *end;
    errno = 0;
    long long x = strtoll(buf, &end, 10);
    if (end == buf || errno) return -EINVAL;
    *v = x;
    return 0;
}

int linux_bus_write(const char *path, const char *s, long long v) {
    char buf[32];
    if (!s) snprintf(buf, sizeof buf, "%lld", v), s = buf;
    int fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) return -errno;
    size_t len = strlen(s);
    ssize_t n = write(fd, s, len);
    int e = errno;
    close(fd);
    return n == (ssize_t)len ? 0 : n < 0 ? -e : -EIO;
}

// Whether the device behind a bus name exists, found as the bus files find it.
static bool bus_exists(const char *bus) {
    char path[300];
    int n;
    if (sscanf(bus, "i2c%d", &n) == 1)
        return access(linux_bus_path(path, sizeof path, "/dev/i2c-%d", n), F_OK) == 0;
    if (sscanf(bus, "spi%d", &n) == 1)
        return access(linux_spi_path(n, path, sizeof path), F_OK) == 0;
    if (sscanf(bus, "uart%d", &n) == 1) return linux_uart_path(n, path, sizeof path) == 0;
    return false;
}

int linux_bus_pin(void *b, const char *bus, const char *role) {
    (void)b;
    if (role || !bus_exists(bus)) return -ENOENT;
    return 0;
}

void linux_bus_close_all(void) {
    for (int i = 0; i < LINUX_BUS_MAX; i++) {
        linux_i2c_close(NULL, i);
        linux_spi_close(NULL, i);
        linux_uart_close(NULL, i);
    }
    linux_pwm_stop_all();
}
