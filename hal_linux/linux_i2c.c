// hal_linux/linux_i2c.c: machine.I2C on Linux through /dev/i2c-N: I2C_RDWR for combined
// transfers with repeated START, the SMBus ioctls on SMBus-only adapters (i2c-stub, i801).
// Layer: HAL backend (hal_linux/; POSIX and Linux headers).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <fcntl.h>
#include <linux/i2c-dev.h>
#include <linux/i2c.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "linux_bus.h"

#define PEND_MAX 64

typedef struct {
    int fd1;              // fd + 1 (0: closed), so the zeroed array means "all closed"
    unsigned long funcs;  // I2C_FUNCS
    int slave;            // the address I2C_SLAVE last set, -1 none
    // A write ended without STOP (writeto(..., stop=False)) waits here to open the
    // next transfer to the same address, so that one goes out after a repeated START.
    uint8_t pend[PEND_MAX];
    size_t pend_len;
    uint16_t pend_addr;
} i2c_bus_t;

static i2c_bus_t buses[LINUX_BUS_MAX];

// A run of same-direction segments: one message on the wire (one (repeated) START).
typedef struct {
    bool read;
    size_t len, first, end;   // bytes; the segments [first, end)
} group_t;

static void flush(i2c_bus_t *s, int bus);

int linux_i2c_open(void *b, int bus, int scl, int sda, uint32_t freq_hz) {
    (void)scl, (void)sda, (void)freq_hz;   // the kernel owns the pins and the clock rate
    if (bus < 0 || bus >= LINUX_BUS_MAX)
        return linux_bus_fail(ENOENT, "I2C bus %d is out of range", bus);
    linux_i2c_close(b, bus);
    char path[300], what[32];
    linux_bus_path(path, sizeof path, "/dev/i2c-%d", bus);
    snprintf(what, sizeof what, "I2C bus %d", bus);
    int fd = linux_bus_open(path, O_RDWR, what, "i2c");
    if (fd < 0) return fd;
    unsigned long funcs = 0;
    if (ioctl(fd, I2C_FUNCS, &funcs) < 0) {
        int e = errno;
        close(fd);
        return linux_bus_fail(e, "%s: not an I2C adapter (I2C_FUNCS: %s)", path, strerror(e));
    }
    buses[bus] = (i2c_bus_t){.fd1 = fd + 1, .funcs = funcs, .slave = -1};
    return 0;
}

int linux_i2c_close(void *b, int bus) {
    (void)b;
    if (bus < 0 || bus >= LINUX_BUS_MAX || !buses[bus].fd1) return 0;
    flush(&buses[bus], bus);
    close(buses[bus].fd1 - 1);
    buses[bus].fd1 = 0;
    return 0;
}

// Merges [segs] into groups (empty segments vanish); returns the count (<= n).
// [alone]: segment 0 stays a message of its own (a pending write before a repeated START).
static size_t make_groups(const py_hal_i2c_seg_t *segs, size_t n, group_t *g, bool alone) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!segs[i].len) continue;
        if (k && g[k - 1].read == segs[i].read && !(alone && g[k - 1].first == 0)) {
            g[k - 1].len += segs[i].len, g[k - 1].end = i + 1;
        } else {
            g[k++] = (group_t){segs[i].read, segs[i].len, i, i + 1};
        }
    }
    return k;
}

// An ioctl failure as the HAL reports it: the NACK-like errnos (drivers differ:
// ENXIO per the fault-codes doc, EREMOTEIO, EIO; i2c-stub ENODEV) become -ENODEV.
static int xfer_error(int e, int bus, uint16_t addr) {
    if (e == ENXIO || e == EREMOTEIO || e == EIO || e == ENODEV)
        return linux_bus_fail(ENODEV, "no device at I2C address 0x%02x on /dev/i2c-%d",
                              addr, bus);
    if (e == ETIMEDOUT || e == EAGAIN)
        return linux_bus_fail(ETIMEDOUT, "/dev/i2c-%d timed out (bus held?)", bus);
    if (e == EOPNOTSUPP)
        return linux_bus_fail(EOPNOTSUPP, "/dev/i2c-%d cannot do this transfer", bus);
    return linux_bus_fail(e, "/dev/i2c-%d: %s", bus, strerror(e));
}

// One I2C_RDWR: a message per group, copied through one buffer. Returns the byte
// count or -errno (unmapped).
static int rdwr(int fd, uint16_t addr, py_hal_i2c_seg_t *segs, const group_t *g, size_t k) {
    size_t total = 0;
    for (size_t i = 0; i < k; i++) {
        if (g[i].len > 8192) return -EMSGSIZE;
        total += g[i].len;
    }
    uint8_t *buf = malloc(total ? total : 1);
    struct i2c_msg *msgs = malloc((k ? k : 1) * sizeof *msgs);
    if (!buf || !msgs) return free(buf), free(msgs), -ENOMEM;
    size_t at = 0;
    for (size_t i = 0; i < k; i++) {
        msgs[i] = (struct i2c_msg){addr, g[i].read ? I2C_M_RD : 0, (uint16_t)g[i].len, buf + at};
        for (size_t s = g[i].first; s < g[i].end; s++) {
            if (!g[i].read && segs[s].len) memcpy(buf + at, segs[s].buf, segs[s].len);
            at += segs[s].len;
        }
    }
    if (!k) msgs[0] = (struct i2c_msg){addr, 0, 0, buf};   // the address alone (a probe)
    struct i2c_rdwr_ioctl_data d = {msgs, (uint32_t)(k ? k : 1)};
    int r = ioctl(fd, I2C_RDWR, &d) < 0 ? -errno : (int)total;
    at = 0;
    for (size_t i = 0; r >= 0 && i < k; i++)
        for (size_t s = g[i].first; s < g[i].end; s++) {
            if (g[i].read && segs[s].len) memcpy(segs[s].buf, buf + at, segs[s].len);
            at += segs[s].len;
        }
    free(buf);
    free(msgs);
    return r;
}

linux_smbus_op_t linux_i2c_smbus_pick(unsigned long f, uint16_t addr, size_t wlen, size_t rlen) {
    if (!wlen && !rlen) {
        // As i2cdetect: a quick write can corrupt EEPROMs (0x50-0x5f) and
        // write-protect some chips (0x30-0x37), so read a byte there.
        bool careful = (addr >= 0x30 && addr <= 0x37) || (addr >= 0x50 && addr <= 0x5f);
        bool quick = f & I2C_FUNC_SMBUS_QUICK, rbyte = f & I2C_FUNC_SMBUS_READ_BYTE;
        if (rbyte && (careful || !quick)) return LINUX_SMBUS_READ_BYTE;
        return quick ? LINUX_SMBUS_QUICK_W : LINUX_SMBUS_NONE;
    }
    if (!wlen) return rlen == 1 && (f & I2C_FUNC_SMBUS_READ_BYTE) ? LINUX_SMBUS_READ_BYTE
                                                                 : LINUX_SMBUS_NONE;
    if (!rlen) {
        if (wlen == 1) return f & I2C_FUNC_SMBUS_WRITE_BYTE ? LINUX_SMBUS_WRITE_BYTE : 0;
        if (wlen == 2) return f & I2C_FUNC_SMBUS_WRITE_BYTE_DATA ? LINUX_SMBUS_BYTE_DATA_W : 0;
        // On the wire a word write and a 2-byte block write are the same; the block
        // form keeps i2c-stub's byte registers consistent with what a read returns.
        if (wlen - 1 <= I2C_SMBUS_BLOCK_MAX && (f & I2C_FUNC_SMBUS_WRITE_I2C_BLOCK))
            return LINUX_SMBUS_I2C_BLOCK_W;
        return wlen == 3 && (f & I2C_FUNC_SMBUS_WRITE_WORD_DATA) ? LINUX_SMBUS_WORD_DATA_W : 0;
    }
    if (wlen != 1) return LINUX_SMBUS_NONE;   // e.g. 16-bit memory addresses
    if (rlen == 1) return f & I2C_FUNC_SMBUS_READ_BYTE_DATA ? LINUX_SMBUS_BYTE_DATA_R : 0;
    if (rlen <= I2C_SMBUS_BLOCK_MAX && (f & I2C_FUNC_SMBUS_READ_I2C_BLOCK))
        return LINUX_SMBUS_I2C_BLOCK_R;
    return rlen == 2 && (f & I2C_FUNC_SMBUS_READ_WORD_DATA) ? LINUX_SMBUS_WORD_DATA_R : 0;
}

static int smbus(int fd, uint8_t rw, uint8_t cmd, uint32_t size, union i2c_smbus_data *d) {
    struct i2c_smbus_ioctl_data a = {rw, cmd, size, d};
    return ioctl(fd, I2C_SMBUS, &a) < 0 ? -errno : 0;
}

// Copies a group's bytes out of (or into) its segments.
static void gather(const py_hal_i2c_seg_t *segs, const group_t *g, uint8_t *out) {
    for (size_t s = g->first; s < g->end; s++) memcpy(out, segs[s].buf, segs[s].len), out += segs[s].len;
}
static void scatter(py_hal_i2c_seg_t *segs, const group_t *g, const uint8_t *in) {
    for (size_t s = g->first; s < g->end; s++) memcpy(segs[s].buf, in, segs[s].len), in += segs[s].len;
}

// The transfer as one SMBus call (shapes: probe, write, read, write-then-read).
static int smbus_xfer(i2c_bus_t *bus, int busno, uint16_t addr, py_hal_i2c_seg_t *segs,
                      const group_t *g, size_t k) {
    bool shape_ok = k <= 1 || (k == 2 && !g[0].read && g[1].read);
    size_t wlen = k && !g[0].read ? g[0].len : 0;
    size_t rlen = k && g[k - 1].read ? g[k - 1].len : 0;
    linux_smbus_op_t op = shape_ok ? linux_i2c_smbus_pick(bus->funcs, addr, wlen, rlen) : 0;
    if (!op)
        return linux_bus_fail(EOPNOTSUPP,
                              "/dev/i2c-%d is SMBus-only and cannot write %zu then "
                              "read %zu bytes in one transfer",
                              busno, wlen, rlen);
    int fd = bus->fd1 - 1;
    if (bus->slave != addr) {
        if (ioctl(fd, I2C_SLAVE, (unsigned long)addr) < 0) {
            // A kernel driver holds the address: there is a device (i2cdetect's "UU").
            if (errno == EBUSY && !k) return 0;
            if (errno == EBUSY)
                return linux_bus_fail(EBUSY, "I2C address 0x%02x on /dev/i2c-%d is "
                                      "claimed by a kernel driver", addr, busno);
            return xfer_error(errno, busno, addr);
        }
        bus->slave = addr;
    }
    uint8_t w[I2C_SMBUS_BLOCK_MAX + 1] = {0}, r[I2C_SMBUS_BLOCK_MAX] = {0};
    if (wlen) gather(segs, &g[0], w);
    union i2c_smbus_data d;
    int e = 0;
    switch (op) {
    case LINUX_SMBUS_QUICK_W: e = smbus(fd, I2C_SMBUS_WRITE, 0, I2C_SMBUS_QUICK, NULL); break;
    case LINUX_SMBUS_READ_BYTE:
        e = smbus(fd, I2C_SMBUS_READ, 0, I2C_SMBUS_BYTE, &d), r[0] = d.byte;
        break;
    case LINUX_SMBUS_WRITE_BYTE: e = smbus(fd, I2C_SMBUS_WRITE, w[0], I2C_SMBUS_BYTE, NULL); break;
    case LINUX_SMBUS_BYTE_DATA_W:
        d.byte = w[1], e = smbus(fd, I2C_SMBUS_WRITE, w[0], I2C_SMBUS_BYTE_DATA, &d);
        break;
    case LINUX_SMBUS_WORD_DATA_W:   // SMBus words go low byte first, as the bytes were
        d.word = (uint16_t)(w[1] | w[2] << 8);
        e = smbus(fd, I2C_SMBUS_WRITE, w[0], I2C_SMBUS_WORD_DATA, &d);
        break;
    case LINUX_SMBUS_I2C_BLOCK_W:
        d.block[0] = (uint8_t)(wlen - 1), memcpy(d.block + 1, w + 1, wlen - 1);
        e = smbus(fd, I2C_SMBUS_WRITE, w[0], I2C_SMBUS_I2C_BLOCK_DATA, &d);
        break;
    case LINUX_SMBUS_BYTE_DATA_R:
        e = smbus(fd, I2C_SMBUS_READ, w[0], I2C_SMBUS_BYTE_DATA, &d), r[0] = d.byte;
        break;
    case LINUX_SMBUS_WORD_DATA_R:
        e = smbus(fd, I2C_SMBUS_READ, w[0], I2C_SMBUS_WORD_DATA, &d);
        r[0] = (uint8_t)d.word, r[1] = (uint8_t)(d.word >> 8);
        break;
    case LINUX_SMBUS_I2C_BLOCK_R:
        d.block[0] = (uint8_t)rlen;
        e = smbus(fd, I2C_SMBUS_READ, w[0], I2C_SMBUS_I2C_BLOCK_DATA, &d);
        if (!e && d.block[0] < rlen) e = -EIO;
        memcpy(r, d.block + 1, rlen);
        break;
    case LINUX_SMBUS_NONE: break;
    }
    if (e < 0) return xfer_error(-e, busno, addr);
    if (rlen) scatter(segs, &g[k - 1], r);
    return (int)(wlen + rlen);
}

// One transfer of [segs] as one I2C_RDWR or one SMBus call.
static int xfer(i2c_bus_t *s, int bus, uint16_t addr, py_hal_i2c_seg_t *segs, size_t n,
                bool alone) {
    group_t stack[4], *g = n <= 4 ? stack : malloc(n * sizeof *g);
    if (!g) return -ENOMEM;
    size_t k = make_groups(segs, n, g, alone);
    int r = -EOPNOTSUPP;
    if (s->funcs & I2C_FUNC_I2C) {
        r = rdwr(s->fd1 - 1, addr, segs, g, k);
        if (r == -EMSGSIZE)
            r = linux_bus_fail(EMSGSIZE, "/dev/i2c-%d takes at most 8192 bytes per "
                               "message", bus);
        else if (r < 0 && r != -EOPNOTSUPP) r = xfer_error(-r, bus, addr);
    }
    if (r == -EOPNOTSUPP) r = smbus_xfer(s, bus, addr, segs, g, k);
    if (g != stack) free(g);
    return r;
}

// Sends a pending write on its own (the program went on to another address or
// closed the bus); its result has no caller left to take it.
static void flush(i2c_bus_t *s, int bus) {
    if (!s->pend_len) return;
    py_hal_i2c_seg_t seg = {s->pend, s->pend_len, false};
    s->pend_len = 0;
    xfer(s, bus, s->pend_addr, &seg, 1, false);
}

// hal.h's contract, within what i2c-dev can do. The kernel ends every transfer
// with a STOP, so a short write with [stop] false (at most PEND_MAX bytes) is held
// back and sent as the first message of the next transfer to the same address,
// after which a repeated START follows, as on a microcontroller; its count is
// returned at once (an absent device shows at that next transfer). A NACK after
// the address cannot be told from one on the address: both are -ENODEV.
int linux_i2c_transfer(void *b, int bus, uint16_t addr, py_hal_i2c_seg_t *segs, size_t n,
                       bool stop) {
    (void)b;
    if (bus < 0 || bus >= LINUX_BUS_MAX || !buses[bus].fd1)
        return linux_bus_fail(ENODEV, "I2C bus %d is not open", bus);
    i2c_bus_t *s = &buses[bus];
    size_t total = 0;
    bool writes = true;
    for (size_t i = 0; i < n; i++) total += segs[i].len, writes = writes && !segs[i].read;
    if (s->pend_len && (s->pend_addr != addr || (!stop && writes))) flush(s, bus);
    if (!stop && writes && total && total <= PEND_MAX) {
        for (size_t i = 0; i < n; i++)
            if (segs[i].len) memcpy(s->pend + s->pend_len, segs[i].buf, segs[i].len),
                    s->pend_len += segs[i].len;
        s->pend_addr = addr;
        return (int)total;
    }
    if (!s->pend_len) return xfer(s, bus, addr, segs, n, false);
    py_hal_i2c_seg_t *all = malloc((n + 1) * sizeof *all);
    if (!all) return -ENOMEM;
    size_t pending = s->pend_len;
    all[0] = (py_hal_i2c_seg_t){s->pend, pending, false};
    if (n) memcpy(all + 1, segs, n * sizeof *segs);
    int r = xfer(s, bus, addr, all, n + 1, true);
    s->pend_len = 0;
    free(all);
    return r < 0 ? r : r - (int)pending;
}
