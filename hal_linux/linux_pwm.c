// hal_linux/linux_pwm.c: machine.PWM on Linux through /sys/class/pwm (export, period,
// duty_cycle, polarity, enable), with a pin -> (pwmchip, channel) map.
// Layer: HAL backend (hal_linux/; POSIX).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "linux_bus.h"

#define MAX_PWM 8

typedef struct {
    int pin;          // the GPIO number the program gave, -1 free
    int chip, ch;
    bool exported;    // this process exported it, so it unexports it
} pwm_t;

static pwm_t pwms[MAX_PWM] = {{-1, 0, 0, false}, {-1, 0, 0, false}, {-1, 0, 0, false},
                              {-1, 0, 0, false}, {-1, 0, 0, false}, {-1, 0, 0, false},
                              {-1, 0, 0, false}, {-1, 0, 0, false}};

// [pin]'s channel from $MICROPY_PWM ("18=pwmchip0/0,19=pwmchip0/1"), else the Pi's
// usual dtoverlay=pwm-2chan wiring. 0, or -EINVAL when the pin has none.
static int lookup(int pin, int *chip, int *ch) {
    const char *env = getenv("MICROPY_PWM");
    if (env && *env) {
        for (const char *p = env; p && *p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL) {
            int n, c, k;
            if (sscanf(p, "%d=pwmchip%d/%d", &n, &c, &k) == 3 && n == pin)
                return *chip = c, *ch = k, 0;
        }
        return -EINVAL;
    }
    if (pin == 12 || pin == 18) return *chip = 0, *ch = 0, 0;
    if (pin == 13 || pin == 19) return *chip = 0, *ch = 1, 0;
    return -EINVAL;
}

static char *attr(char *buf, size_t len, const pwm_t *p, const char *name) {
    return linux_bus_path(buf, len, "/sys/class/pwm/pwmchip%d/pwm%d/%s", p->chip, p->ch, name);
}

static pwm_t *find(int pin) {
    for (int i = 0; i < MAX_PWM; i++)
        if (pwms[i].pin == pin) return &pwms[i];
    return NULL;
}

// Exports the channel unless its directory is there, then waits (up to ~0.5 s)
// for udev to make its files writable.
static int export_channel(pwm_t *p) {
    char path[300];
    if (access(attr(path, sizeof path, p, "period"), F_OK) == 0) return 0;
    char chipdir[300];
    linux_bus_path(chipdir, sizeof chipdir, "/sys/class/pwm/pwmchip%d/export", p->chip);
    int r = linux_bus_write(chipdir, NULL, p->ch);
    if (r == -ENOENT)
        return linux_bus_fail(ENODEV, "no PWM chip pwmchip%d (enable it, e.g. "
                              "dtoverlay=pwm-2chan)", p->chip);
    if (r == -EACCES)
        return linux_bus_fail(EACCES, "%s: permission denied (add the user to group "
                              "gpio)", chipdir);
    if (r < 0 && r != -EBUSY) return linux_bus_fail(-r, "%s: %s", chipdir, strerror(-r));
    p->exported = r == 0;
    for (int i = 0; i < 50 && access(attr(path, sizeof path, p, "period"), W_OK) != 0; i++)
        nanosleep(&(struct timespec){0, 10000000}, NULL);
    return 0;
}

static int put(const pwm_t *p, const char *name, const char *s, long long v) {
    char path[300];
    int r = linux_bus_write(attr(path, sizeof path, p, name), s, v);
    return r < 0 ? linux_bus_fail(-r, "%s: %s", path, strerror(-r)) : 0;
}

static long long get_ll(const pwm_t *p, const char *name) {
    char path[300];
    long long v = 0;
    return linux_bus_read_int(attr(path, sizeof path, p, name), &v) == 0 ? v : 0;
}

static bool is_inversed(const pwm_t *p) {
    char path[300], buf[16] = "";
    FILE *f = fopen(attr(path, sizeof path, p, "polarity"), "r");
    if (!f) return false;
    bool inv = fgets(buf, sizeof buf, f) && strncmp(buf, "inversed", 8) == 0;
    fclose(f);
    return inv;
}

// Duty is in 1/65535ths of the period. The kernel refuses a duty longer than the
// period, so the order of the two writes depends on which way the period moves.
int linux_pwm_start(void *b, int pin, uint32_t freq_hz, uint16_t duty, bool invert) {
    (void)b;
    pwm_t *p = find(pin), fresh = {pin, 0, 0, false};
    if (!p) {
        if (lookup(pin, &fresh.chip, &fresh.ch) < 0)
            return linux_bus_fail(EINVAL, "GPIO%d has no PWM channel (map one with "
                                  "MICROPY_PWM=\"%d=pwmchipC/N\")", pin, pin);
        if (!(p = find(-1))) return -ENOMEM;
        int r = export_channel(&fresh);
        if (r < 0) return r;
        *p = fresh;
    }
    long long period = get_ll(p, "period");
    if (freq_hz) period = 1000000000LL / freq_hz;
    else if (period <= 0) period = 1000000;   // 1 kHz until told otherwise
    if (period <= 0) return linux_bus_fail(EINVAL, "PWM frequency %u Hz is too high",
                                           (unsigned)freq_hz);
    long long duty_ns = (period * duty + 32767) / 65535;
    int r = 0;
    if (invert != is_inversed(p)) {   // polarity changes only while disabled
        r = put(p, "enable", NULL, 0);
        if (!r) r = put(p, "polarity", invert ? "inversed" : "normal", 0);
    }
    if (!r && get_ll(p, "duty_cycle") > period) {
        r = put(p, "duty_cycle", NULL, duty_ns);
        if (!r) r = put(p, "period", NULL, period);
    } else if (!r) {
        r = put(p, "period", NULL, period);
        if (!r) r = put(p, "duty_cycle", NULL, duty_ns);
    }
    if (!r) r = put(p, "enable", NULL, 1);
    return r;
}

int linux_pwm_stop(void *b, int pin) {
    (void)b;
    pwm_t *p = find(pin);
    if (!p || pin < 0) return 0;
    put(p, "enable", NULL, 0);
    if (p->exported) {
        char path[300];
        linux_bus_path(path, sizeof path, "/sys/class/pwm/pwmchip%d/unexport", p->chip);
        linux_bus_write(path, NULL, p->ch);
    }
    p->pin = -1;
    return 0;
}

int linux_pwm_get(void *b, int pin, uint32_t *freq_hz, uint16_t *duty, bool *invert) {
    (void)b;
    pwm_t *p = find(pin);
    if (!p || pin < 0) return -ENOENT;
    long long period = get_ll(p, "period"), d = get_ll(p, "duty_cycle");
    if (period <= 0) return -ENOENT;
    *freq_hz = (uint32_t)(1000000000LL / period);
    *duty = (uint16_t)(d >= period ? 65535 : (d * 65535 + period / 2) / period);
    *invert = is_inversed(p);
    return 0;
}

void linux_pwm_stop_all(void) {
    for (int i = 0; i < MAX_PWM; i++)
        if (pwms[i].pin >= 0) linux_pwm_stop(NULL, pwms[i].pin);
}
