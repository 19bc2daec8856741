// hal_linux/linux_adc.c: machine.ADC on Linux through IIO sysfs: in_voltageN_raw, its
// scale and offset, under /sys/bus/iio/devices/$MICROPY_ADC_DEVICE (default iio:device0).
// Layer: HAL backend (hal_linux/; POSIX).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linux_bus.h"

static char *attr(char *buf, size_t len, int ch, const char *what) {
    const char *dev = getenv("MICROPY_ADC_DEVICE");
    if (!dev || !*dev) dev = "iio:device0";
    return linux_bus_path(buf, len, "/sys/bus/iio/devices/%s/in_voltage%d_%s", dev, ch, what);
}

// A floating-point attribute (IIO scales are like "0.805664062"); [dflt] when absent.
static double read_double(int ch, const char *what, double dflt) {
    char path[300], buf[64];
    FILE *f = fopen(attr(path, sizeof path, ch, what), "r");
    if (!f) {   // a scale shared by all channels: in_voltage_scale
        const char *dev = getenv("MICROPY_ADC_DEVICE");
        linux_bus_path(path, sizeof path, "/sys/bus/iio/devices/%s/in_voltage_%s",
                       dev && *dev ? dev : "iio:device0", what);
        f = fopen(path, "r");
    }
    if (!f) return dflt;
    double v = fgets(buf, sizeof buf, f) ? strtod(buf, NULL) : dflt;
    fclose(f);
    return v;
}

static int read_raw(int ch, long long *raw) {
    char path[300];
    int r = linux_bus_read_int(attr(path, sizeof path, ch, "raw"), raw);
    if (r == -ENOENT)
        return linux_bus_fail(ENODEV, "no ADC channel %d (%s)", ch, path);
    if (r == -EACCES)
        return linux_bus_fail(EACCES, "%s: permission denied", path);
    return r < 0 ? linux_bus_fail(-r, "%s: %s", path, strerror(-r)) : 0;
}

// The converter's resolution: MICROPY_ADC_BITS, else 12 (the common SoC and
// MCP3x08 width; IIO reports it only for buffered capture).
static int bits(void) {
    const char *env = getenv("MICROPY_ADC_BITS");
    int n = env ? atoi(env) : 0;
    return n >= 1 && n <= 16 ? n : 12;
}

// 0..65535, scaled up as MicroPython does (the top bits repeated into the low ones).
int linux_adc_read_u16(void *b, int ch) {
    (void)b;
    long long raw;
    int r = read_raw(ch, &raw);
    if (r < 0) return r;
    int n = bits();
    if (raw < 0) raw = 0;
    if (raw >= 1LL << n) raw = (1LL << n) - 1;
    if (n == 16) return (int)raw;
    return (int)(raw << (16 - n) | raw >> (2 * n - 16 > 0 ? 2 * n - 16 : 0)) & 0xffff;
}

// (raw + offset) * scale is in mV (the IIO ABI).
int64_t linux_adc_read_uv(void *b, int ch) {
    (void)b;
    long long raw;
    int r = read_raw(ch, &raw);
    if (r < 0) return r;
    double mv = ((double)raw + read_double(ch, "offset", 0)) * read_double(ch, "scale", 1);
    return (int64_t)(mv * 1000.0 + (mv >= 0 ? 0.5 : -0.5));
}
