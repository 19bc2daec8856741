// hal_linux/linux_bus.h: the Linux backend's buses and converters (I2C over /dev/i2c-N,
// SPI over spidev, UART over termios, PWM and ADC over sysfs), for the py_hal_linux table.
// Layer: HAL backend (hal_linux/; POSIX and Linux headers, no VM headers).
// SPDX-License-Identifier: MIT
//
// Every function has the signature of its py_hal_t member (mods/hal.h) and keeps
// its state in the file that implements it, so the board pointer [b] is unused.
// They return 0 / a count, or a negative errno; on failure linux_bus_error()
// holds a message naming the device and the cause (e.g. "ENODEV: no I2C bus 7
// (/dev/i2c-7)", "EACCES: /dev/i2c-1: permission denied (add the user to group
// i2c)"), which the front end may put into its OSError.

#ifndef LINUX_BUS_H
#define LINUX_BUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "hal.h"

// Bus, SPI and UART numbers run 0..LINUX_BUS_MAX-1.
#define LINUX_BUS_MAX 16

// ---- shared (linux_busutil.c) ----
// The message of the last failed call (empty when none), the errno's name
// first. Never NULL.
const char *linux_bus_error(void);
// For py_hal_t.error_text: that message when the last failure returned [err]
// (negative), else NULL. Never fails.
const char *linux_bus_error_text(int err);
// Sets the message ("ENAME: " + the format) and returns -[err] (err > 0), so
// failures read `return linux_bus_fail(...)`.
int linux_bus_fail(int err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// Opens [path] with [flags]; on failure records a message naming [what] and, for
// EACCES, the group [group] the user should join; returns the fd or -errno
// (ENOENT becomes -ENODEV: "no such device").
int linux_bus_open(const char *path, int flags, const char *what, const char *group);
// A path under the file-system root the backend uses ("" normally; tests point it
// at a directory of fake /dev and /sys files). Returns [buf].
char *linux_bus_path(char *buf, size_t len, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// Replaces the root ("" or NULL: the real one). For tests.
void linux_bus_set_root(const char *root);
// Reads a decimal integer from the sysfs file [path]: 0 and *v, or -errno.
int linux_bus_read_int(const char *path, long long *v);
// Writes [v] (or the string [s] when not NULL) to the sysfs file [path]: 0 or -errno.
int linux_bus_write(const char *path, const char *s, long long v);
// bus_pin for Linux: [role] NULL: 0 when the device behind [bus] ("uart0",
// "spi1", "i2c1") exists, else -ENOENT. Buses have no pin numbers on Linux, so
// any role gives -ENOENT.
int linux_bus_pin(void *b, const char *bus, const char *role);
// Closes every bus, UART and PWM channel this process opened (at exit). Never fails.
void linux_bus_close_all(void);

// ---- I2C (linux_i2c.c): /dev/i2c-N; scl/sda are ignored (the kernel owns the pins).
int linux_i2c_open(void *b, int bus, int scl, int sda, uint32_t freq_hz);
int linux_i2c_transfer(void *b, int bus, uint16_t addr, py_hal_i2c_seg_t *segs, size_t n,
                       bool stop);
int linux_i2c_close(void *b, int bus);

// How an SMBus-only adapter carries a transfer of [wlen] written bytes then
// [rlen] read bytes (linux_i2c_smbus_pick). Exposed for the unit tests.
typedef enum {
    LINUX_SMBUS_NONE = 0,    // not expressible: -EOPNOTSUPP
    LINUX_SMBUS_QUICK_W,     // address + write bit only (scan probe)
    LINUX_SMBUS_READ_BYTE,   // read one byte, no command
    LINUX_SMBUS_WRITE_BYTE,  // write one byte (a command or register pointer)
    LINUX_SMBUS_BYTE_DATA_W, // reg, byte
    LINUX_SMBUS_WORD_DATA_W, // reg, lo, hi
    LINUX_SMBUS_I2C_BLOCK_W, // reg, up to 32 bytes
    LINUX_SMBUS_BYTE_DATA_R, // reg, then read one
    LINUX_SMBUS_WORD_DATA_R, // reg, then read lo, hi
    LINUX_SMBUS_I2C_BLOCK_R, // reg, then read up to 32
} linux_smbus_op_t;
// The op for [wlen]/[rlen] given the adapter's I2C_FUNCS bits [funcs] and the
// address [addr] (scan probes use read-byte where quick-write is unsafe, as
// i2cdetect does). Pure; never fails.
linux_smbus_op_t linux_i2c_smbus_pick(unsigned long funcs, uint16_t addr, size_t wlen,
                                      size_t rlen);

// ---- SPI (linux_spi.c): SPI(n) is /dev/spidevN.0, or $MICROPY_SPI<n> when set.
int linux_spi_open(void *b, int bus, int sck, int mosi, int miso, uint32_t baud, int mode,
                   int bits, int firstbit);
int linux_spi_transfer(void *b, int bus, const uint8_t *tx, uint8_t *rx, size_t len,
                       uint8_t fill);
int linux_spi_close(void *b, int bus);
// The device of SPI [bus] into [buf] ($MICROPY_SPI<bus> or /dev/spidev<bus>.0). Returns buf.
char *linux_spi_path(int bus, char *buf, size_t len);
// The ioctl the SPI code calls (ioctl(2) by default); tests swap in a fake. NULL restores.
void linux_spi_set_ioctl(int (*fn)(int fd, unsigned long req, void *arg));
// The kernel's spidev buffer size (bytes per transfer; 4096 when unreadable). Never fails.
size_t linux_spi_bufsiz(void);

// ---- UART (linux_uart.c): UART(n) is $MICROPY_UART<n>, else the first of
// /dev/serialN, /dev/ttyAMAN, /dev/ttySN that exists.
int linux_uart_open(void *b, int uart, int tx, int rx, uint32_t baud, int bits, int parity,
                    int stop);
int linux_uart_write(void *b, int uart, const uint8_t *data, size_t len);
int linux_uart_read(void *b, int uart, uint8_t *data, size_t len);
int linux_uart_any(void *b, int uart);
int linux_uart_irq(void *b, int uart, uint32_t triggers, uint32_t tag);
int linux_uart_close(void *b, int uart);
int linux_uart_txdone(void *b, int uart);
int linux_uart_sendbreak(void *b, int uart);
// Puts [t] in raw mode with the baud code (B9600...), bits, parity (-1 none, 0
// even, 1 odd) and stop bits, no flow control, reads that never wait. Never fails.
struct termios;
void linux_uart_termios(struct termios *t, unsigned baud_code, int bits, int parity, int stop);
// The tty of UART [uart] into [buf]: 0, or -ENODEV when none of the candidates exists.
int linux_uart_path(int uart, char *buf, size_t len);
// Reports PY_HAL_UART_RX to [sink] for every UART whose irq is on and that
// received bytes since the last report; returns how many it reported. For the
// backend's event polling (at safe points and after waits). Never fails.
int linux_uart_poll(py_hal_sink_t sink, void *ctx);
// The fds of the UARTs whose irq is on (at most [max]), to wake a sleep when
// data comes; returns the count. Never fails.
size_t linux_uart_fds(int *fds, size_t max);
// For the backend's next_event: now + 1 ms while a UART is open (so a read that
// waits for data polls for it at that pace), else UINT64_MAX. Never fails.
uint64_t linux_uart_next_ns(uint64_t now_ns);

// ---- PWM (linux_pwm.c): pin N is $MICROPY_PWM's "N=pwmchipC/K" entry, else the
// Raspberry Pi's GPIO12/18 -> pwmchip0/0 and GPIO13/19 -> pwmchip0/1.
int linux_pwm_start(void *b, int pin, uint32_t freq_hz, uint16_t duty, bool invert);
int linux_pwm_stop(void *b, int pin);
int linux_pwm_get(void *b, int pin, uint32_t *freq_hz, uint16_t *duty, bool *invert);
// Disables and unexports every channel this process started. Never fails.
void linux_pwm_stop_all(void);

// ---- ADC (linux_adc.c): channel N is in_voltageN_raw of $MICROPY_ADC_DEVICE
// (default iio:device0) under /sys/bus/iio/devices.
int linux_adc_read_u16(void *b, int ch);
int64_t linux_adc_read_uv(void *b, int ch);

#endif
