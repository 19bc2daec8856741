// tests/unit/test_linux_i2c.c: hal_linux/linux_i2c.c on the host: how SMBus-only adapters
// carry each transfer shape, and the errors for a missing bus or a non-adapter file.
// SPDX-License-Identifier: MIT
//
// The transfers themselves run against real kernel adapters in tests/linux (the VM).

#include <criterion/criterion.h>
#include <errno.h>
#include <linux/i2c.h>
#include <unistd.h>
#include "linux_fake.h"

// What i2c-stub offers (no I2C_FUNC_I2C, no block data).
#define STUB (I2C_FUNC_SMBUS_QUICK | I2C_FUNC_SMBUS_BYTE | I2C_FUNC_SMBUS_BYTE_DATA | \
              I2C_FUNC_SMBUS_WORD_DATA | I2C_FUNC_SMBUS_I2C_BLOCK)

Test(linux_i2c, smbus_shapes) {
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 0, 0), LINUX_SMBUS_QUICK_W);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x50, 0, 0), LINUX_SMBUS_READ_BYTE);   // EEPROMs
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x30, 0, 0), LINUX_SMBUS_READ_BYTE);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 0, 1), LINUX_SMBUS_READ_BYTE);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 0, 2), LINUX_SMBUS_NONE);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 1, 0), LINUX_SMBUS_WRITE_BYTE);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 2, 0), LINUX_SMBUS_BYTE_DATA_W);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 3, 0), LINUX_SMBUS_I2C_BLOCK_W);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 4, 0), LINUX_SMBUS_I2C_BLOCK_W);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 33, 0), LINUX_SMBUS_I2C_BLOCK_W);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 34, 0), LINUX_SMBUS_NONE);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 1, 1), LINUX_SMBUS_BYTE_DATA_R);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 1, 2), LINUX_SMBUS_I2C_BLOCK_R);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 1, 3), LINUX_SMBUS_I2C_BLOCK_R);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 1, 32), LINUX_SMBUS_I2C_BLOCK_R);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 1, 33), LINUX_SMBUS_NONE);
    cr_assert_eq(linux_i2c_smbus_pick(STUB, 0x48, 2, 1), LINUX_SMBUS_NONE);   // 16-bit address
}

Test(linux_i2c, smbus_shapes_follow_the_functionality) {
    unsigned long bytes_only = I2C_FUNC_SMBUS_BYTE | I2C_FUNC_SMBUS_BYTE_DATA;
    cr_assert_eq(linux_i2c_smbus_pick(bytes_only, 0x48, 0, 0), LINUX_SMBUS_READ_BYTE);
    cr_assert_eq(linux_i2c_smbus_pick(bytes_only, 0x48, 3, 0), LINUX_SMBUS_NONE);
    cr_assert_eq(linux_i2c_smbus_pick(bytes_only, 0x48, 1, 2), LINUX_SMBUS_NONE);
    unsigned long quick_only = I2C_FUNC_SMBUS_QUICK;
    cr_assert_eq(linux_i2c_smbus_pick(quick_only, 0x50, 0, 0), LINUX_SMBUS_QUICK_W);
    cr_assert_eq(linux_i2c_smbus_pick(quick_only, 0x50, 1, 0), LINUX_SMBUS_NONE);
    unsigned long block = I2C_FUNC_SMBUS_I2C_BLOCK;
    cr_assert_eq(linux_i2c_smbus_pick(block, 0x48, 1, 2), LINUX_SMBUS_I2C_BLOCK_R);
    cr_assert_eq(linux_i2c_smbus_pick(block, 0x48, 3, 0), LINUX_SMBUS_I2C_BLOCK_W);
    cr_assert_eq(linux_i2c_smbus_pick(0, 0x48, 0, 0), LINUX_SMBUS_NONE);
    unsigned long words = I2C_FUNC_SMBUS_WORD_DATA | I2C_FUNC_SMBUS_BYTE_DATA;
    cr_assert_eq(linux_i2c_smbus_pick(words, 0x48, 1, 2), LINUX_SMBUS_WORD_DATA_R);
    cr_assert_eq(linux_i2c_smbus_pick(words, 0x48, 3, 0), LINUX_SMBUS_WORD_DATA_W);
    cr_assert_eq(linux_i2c_smbus_pick(words, 0x48, 4, 0), LINUX_SMBUS_NONE);
}

Test(linux_i2c, missing_bus_and_non_adapter) {
    fake_root_make();
    cr_assert_eq(linux_i2c_open(NULL, 7, -1, -1, 400000), -ENODEV);
    cr_assert(strstr(linux_bus_error(), "ENODEV: no I2C bus 7 ("), "%s", linux_bus_error());
    cr_assert(strstr(linux_bus_error(), "/dev/i2c-7)"), "%s", linux_bus_error());
    cr_assert_eq(linux_bus_pin(NULL, "i2c7", NULL), -ENOENT);
    fake_file("/dev/i2c-7", "");
    cr_assert_eq(linux_bus_pin(NULL, "i2c7", NULL), 0);
    cr_assert_eq(linux_i2c_open(NULL, 7, -1, -1, 400000), -ENOTTY);
    cr_assert(strstr(linux_bus_error(), "not an I2C adapter"), "%s", linux_bus_error());
    cr_assert_eq(linux_i2c_transfer(NULL, 7, 0x48, NULL, 0, true), -ENODEV);
    cr_assert(strstr(linux_bus_error(), "I2C bus 7 is not open"), "%s", linux_bus_error());
    cr_assert_eq(linux_i2c_open(NULL, 99, -1, -1, 400000), -ENOENT);
    fake_root_remove();
}

Test(linux_i2c, permission_denied_names_the_group) {
    if (geteuid() == 0) cr_skip_test("root reads any file");
    fake_root_make();
    fake_file("/dev/i2c-1", "");
    char path[300];
    snprintf(path, sizeof path, "%s/dev/i2c-1", fake_root);
    chmod(path, 0);
    cr_assert_eq(linux_i2c_open(NULL, 1, -1, -1, 400000), -EACCES);
    cr_assert(strstr(linux_bus_error(), "add the user to group i2c"), "%s", linux_bus_error());
    fake_root_remove();
}
