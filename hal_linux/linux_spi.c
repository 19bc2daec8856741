// hal_linux/linux_spi.c: machine.SPI on Linux through spidev (/dev/spidevB.C): mode, bits,
// speed, bit order, and transfers split at the kernel's buffer size (spidev's bufsiz).
// Layer: HAL backend (hal_linux/; POSIX and Linux headers).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <fcntl.h>
#include <linux/spi/spidev.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "linux_bus.h"

typedef struct {
    int fd1;            // fd + 1, 0 when closed
    uint32_t speed;     // Hz
    bool soft_lsb;      // the controller cannot send LSB first: reverse bits here
    size_t chunk;       // spidev's bufsiz, read at open
} spi_bus_t;

static spi_bus_t buses[LINUX_BUS_MAX];

static int real_ioctl(int fd, unsigned long req, void *arg) { return ioctl(fd, req, arg); }
static int (*do_ioctl)(int, unsigned long, void *) = real_ioctl;

void linux_spi_set_ioctl(int (*fn)(int fd, unsigned long req, void *arg)) {
    do_ioctl = fn ? fn : real_ioctl;
}

char *linux_spi_path(int bus, char *buf, size_t len) {
    char key[24];
    snprintf(key, sizeof key, "MICROPY_SPI%d", bus);
    const char *env = getenv(key);
    if (env && *env) return snprintf(buf, len, "%s", env), buf;
    return linux_bus_path(buf, len, "/dev/spidev%d.0", bus);
}

size_t linux_spi_bufsiz(void) {
    char path[300];
    long long v;
    linux_bus_path(path, sizeof path, "/sys/module/spidev/parameters/bufsiz");
    return linux_bus_read_int(path, &v) == 0 && v > 0 ? (size_t)v : 4096;
}

int linux_spi_close(void *b, int bus) {
    (void)b;
    if (bus < 0 || bus >= LINUX_BUS_MAX || !buses[bus].fd1) return 0;
    close(buses[bus].fd1 - 1);
    buses[bus].fd1 = 0;
    return 0;
}

// One setting by ioctl; -errno with a message naming it on failure.
static int set(int fd, unsigned long req, void *arg, const char *path, const char *what) {
    if (do_ioctl(fd, req, arg) == 0) return 0;
    int e = errno;
    return linux_bus_fail(e, "%s: cannot set %s: %s", path, what, strerror(e));
}

// Pins are the kernel's (sck/mosi/miso ignored). Mode numbering (polarity << 1 |
// phase) is the kernel's SPI_MODE_n. Returns the speed the driver reports.
int linux_spi_open(void *b, int bus, int sck, int mosi, int miso, uint32_t baud, int mode,
                   int bits, int firstbit) {
    (void)sck, (void)mosi, (void)miso;
    if (bus < 0 || bus >= LINUX_BUS_MAX) return -ENOENT;
    if (bits != 8) return linux_bus_fail(EINVAL, "SPI(%d): only bits=8 is supported", bus);
    linux_spi_close(b, bus);
    char path[300], what[32];
    linux_spi_path(bus, path, sizeof path);
    snprintf(what, sizeof what, "SPI bus %d", bus);
    int fd = linux_bus_open(path, O_RDWR, what, "spi");
    if (fd < 0) return fd;
    uint8_t m = (uint8_t)(mode & 3), nbits = 8, lsb = firstbit ? 1 : 0;
    uint32_t speed = baud;
    int r = set(fd, SPI_IOC_WR_MODE, &m, path, "the mode");
    if (!r) r = set(fd, SPI_IOC_WR_BITS_PER_WORD, &nbits, path, "bits per word");
    if (!r) r = set(fd, SPI_IOC_WR_MAX_SPEED_HZ, &speed, path, "the speed");
    bool soft = false;
    // Many controllers (the Pi's among them) reject LSB first: do it in software.
    if (!r && do_ioctl(fd, SPI_IOC_WR_LSB_FIRST, &lsb) != 0) soft = lsb;
    if (!r && do_ioctl(fd, SPI_IOC_RD_MAX_SPEED_HZ, &speed) != 0) speed = baud;
    if (r) {
        close(fd);
        return r;
    }
    buses[bus] = (spi_bus_t){fd + 1, speed, soft, linux_spi_bufsiz()};
    return speed > 0x7fffffff ? 0x7fffffff : (int)speed;
}

static uint8_t reverse(uint8_t x) {
    x = (uint8_t)((x & 0xf0) >> 4 | (x & 0x0f) << 4);
    x = (uint8_t)((x & 0xcc) >> 2 | (x & 0x33) << 2);
    return (uint8_t)((x & 0xaa) >> 1 | (x & 0x55) << 1);
}

// Full duplex, [len] bytes in chunks of at most bufsiz (larger messages fail with
// EMSGSIZE). Chip select stays asserted between chunks (cs_change on all but the
// last), so a long write looks like one transfer to the device.
int linux_spi_transfer(void *b, int bus, const uint8_t *tx, uint8_t *rx, size_t len,
                       uint8_t fill) {
    (void)b;
    if (bus < 0 || bus >= LINUX_BUS_MAX || !buses[bus].fd1)
        return linux_bus_fail(ENODEV, "SPI bus %d is not open", bus);
    spi_bus_t *s = &buses[bus];
    size_t chunk = s->chunk;
    if (len > 0x7fffffff) return -EINVAL;
    uint8_t *out = malloc(chunk), *in = malloc(chunk);
    if (!out || !in) return free(out), free(in), -ENOMEM;
    int r = (int)len;
    for (size_t done = 0; done < len; done += chunk) {
        size_t n = len - done < chunk ? len - done : chunk;
        for (size_t i = 0; i < n; i++) {
            uint8_t v = tx ? tx[done + i] : fill;
            out[i] = s->soft_lsb ? reverse(v) : v;
        }
        struct spi_ioc_transfer t;
        memset(&t, 0, sizeof t);
        t.tx_buf = (uintptr_t)out, t.rx_buf = (uintptr_t)in, t.len = (uint32_t)n;
        t.speed_hz = s->speed, t.bits_per_word = 8;
        t.cs_change = done + n < len;
        if (do_ioctl(s->fd1 - 1, SPI_IOC_MESSAGE(1), &t) < 0) {
            int e = errno;
            r = linux_bus_fail(e, "SPI bus %d: transfer of %zu bytes failed: %s", bus, n,
                               strerror(e));
            break;
        }
        if (rx)
            for (size_t i = 0; i < n; i++) rx[done + i] = s->soft_lsb ? reverse(in[i]) : in[i];
    }
    free(out);
    free(in);
    return r;
}
