// tests/unit/test_linux_adc.c: hal_linux/linux_adc.c against fake IIO sysfs files: raw to
// u16 scaling, raw * scale (+ offset) to µV, shared scales, a missing channel.
// SPDX-License-Identifier: MIT
//
// The test VM has no IIO converter, so this is where ADC is checked.

#include <criterion/criterion.h>
#include <errno.h>
#include "linux_fake.h"

#define DEV "/sys/bus/iio/devices/iio:device0/"

static void setup(void) {
    fake_root_make();
    unsetenv("MICROPY_ADC_BITS");
    unsetenv("MICROPY_ADC_DEVICE");
    fake_file(DEV "in_voltage0_raw", "2048\n");
    fake_file(DEV "in_voltage0_scale", "0.805664062\n");
    fake_file(DEV "in_voltage1_raw", "4095\n");
    fake_file(DEV "in_voltage_scale", "0.5\n");
}

static void teardown(void) { fake_root_remove(); }

TestSuite(linux_adc, .init = setup, .fini = teardown);

Test(linux_adc, u16_and_uv) {
    cr_assert_eq(linux_adc_read_u16(NULL, 0), 0x8008);
    cr_assert_eq(linux_adc_read_u16(NULL, 1), 0xffff);
    cr_assert_eq(linux_adc_read_uv(NULL, 0), 1650000);
    cr_assert_eq(linux_adc_read_uv(NULL, 1), 2047500);   // the shared in_voltage_scale
    fake_file(DEV "in_voltage0_offset", "-48\n");
    cr_assert_eq(linux_adc_read_uv(NULL, 0), 1611328);
}

Test(linux_adc, bits_and_device_from_the_environment) {
    setenv("MICROPY_ADC_BITS", "10", 1);
    cr_assert_eq(linux_adc_read_u16(NULL, 0), 0xffff);   // 2048 clips at 10 bits
    fake_file("/sys/bus/iio/devices/iio:device2/in_voltage0_raw", "512");
    setenv("MICROPY_ADC_DEVICE", "iio:device2", 1);
    cr_assert_eq(linux_adc_read_u16(NULL, 0), 0x8020);
    cr_assert_eq(linux_adc_read_uv(NULL, 0), 512000);   // no scale: raw mV
}

Test(linux_adc, missing_channel) {
    cr_assert_eq(linux_adc_read_u16(NULL, 5), -ENODEV);
    cr_assert(strstr(linux_bus_error(), "no ADC channel 5"), "%s", linux_bus_error());
    cr_assert_eq(linux_adc_read_uv(NULL, 5), -ENODEV);
}
