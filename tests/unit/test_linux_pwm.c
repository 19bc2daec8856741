// tests/unit/test_linux_pwm.c: hal_linux/linux_pwm.c against a fake /sys/class/pwm:
// period and duty in ns, polarity, enable, the pin map, read-back and errors.
// SPDX-License-Identifier: MIT
//
// The test VM has no PWM chip, so this is where PWM is checked.

#include <criterion/criterion.h>
#include <errno.h>
#include "linux_fake.h"

#define CH "/sys/class/pwm/pwmchip0/pwm1/"

static void setup(void) {
    fake_root_make();
    unsetenv("MICROPY_PWM");
    fake_file("/sys/class/pwm/pwmchip0/export", "");
    fake_file("/sys/class/pwm/pwmchip0/unexport", "");
    fake_file(CH "period", "0\n");
    fake_file(CH "duty_cycle", "0\n");
    fake_file(CH "enable", "0\n");
    fake_file(CH "polarity", "normal\n");
}

static void teardown(void) { fake_root_remove(); }

TestSuite(linux_pwm, .init = setup, .fini = teardown);

Test(linux_pwm, start_writes_ns_and_enables) {
    cr_assert_eq(linux_pwm_start(NULL, 19, 1000, 16384, false), 0);   // GPIO19: channel 1
    cr_assert_str_eq(fake_read(CH "period"), "1000000");
    cr_assert_str_eq(fake_read(CH "duty_cycle"), "250004");
    cr_assert_str_eq(fake_read(CH "enable"), "1");
    uint32_t f;
    uint16_t d;
    bool inv;
    cr_assert_eq(linux_pwm_get(NULL, 19, &f, &d, &inv), 0);
    cr_assert_eq(f, 1000u);
    cr_assert_eq(d, 16384);
    cr_assert(!inv);
    cr_assert_eq(linux_pwm_start(NULL, 19, 0, 65535, true), 0);   // 0 Hz keeps the period
    cr_assert_str_eq(fake_read(CH "period"), "1000000");
    cr_assert_str_eq(fake_read(CH "duty_cycle"), "1000000");
    cr_assert_str_eq(fake_read(CH "polarity"), "inversed");
    cr_assert_eq(linux_pwm_get(NULL, 19, &f, &d, &inv), 0);
    cr_assert_eq(d, 65535);
    cr_assert(inv);
    cr_assert_eq(linux_pwm_stop(NULL, 19), 0);
    cr_assert_str_eq(fake_read(CH "enable"), "0");
    cr_assert_eq(linux_pwm_get(NULL, 19, &f, &d, &inv), -ENOENT);
}

Test(linux_pwm, the_map_comes_from_the_environment) {
    setenv("MICROPY_PWM", "5=pwmchip0/1,6=pwmchip2/0", 1);
    cr_assert_eq(linux_pwm_start(NULL, 19, 1000, 0, false), -EINVAL);
    cr_assert(strstr(linux_bus_error(), "GPIO19 has no PWM channel"), "%s", linux_bus_error());
    cr_assert_eq(linux_pwm_start(NULL, 5, 50, 0, false), 0);
    cr_assert_str_eq(fake_read(CH "period"), "20000000");
    cr_assert_eq(linux_pwm_start(NULL, 6, 50, 0, false), -ENODEV);
    cr_assert(strstr(linux_bus_error(), "no PWM chip pwmchip2"), "%s", linux_bus_error());
}

Test(linux_pwm, export_when_the_channel_is_missing) {
    cr_assert_eq(linux_pwm_start(NULL, 18, 1000, 0, false), -ENOENT);   // pwm0 never appears
    cr_assert_str_eq(fake_read("/sys/class/pwm/pwmchip0/export"), "0");
}
