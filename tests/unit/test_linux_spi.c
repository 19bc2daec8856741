// tests/unit/test_linux_spi.c: hal_linux/linux_spi.c against a fake spidev (the ioctl
// swapped out): settings, chunking at bufsiz with CS held between chunks, fill, LSB first.
// SPDX-License-Identifier: MIT
//
// No SPI device exists in the test VM either, so this is where SPI is checked.

#include <criterion/criterion.h>
#include <errno.h>
#include <linux/spi/spidev.h>
#include "linux_fake.h"

static struct spi_ioc_transfer seen[16];
static uint8_t seen_tx[16][64];
static int nseen;
static uint8_t mode_set, lsb_set;
static uint32_t speed_set;
static bool refuse_lsb;

static int fake_ioctl(int fd, unsigned long req, void *arg) {
    (void)fd;
    if (req == SPI_IOC_WR_MODE) mode_set = *(uint8_t *)arg;
    else if (req == SPI_IOC_WR_MAX_SPEED_HZ) speed_set = *(uint32_t *)arg;
    else if (req == SPI_IOC_RD_MAX_SPEED_HZ) *(uint32_t *)arg = speed_set / 2 * 2;
    else if (req == SPI_IOC_WR_LSB_FIRST) {
        if (refuse_lsb) return errno = EINVAL, -1;
        lsb_set = *(uint8_t *)arg;
    } else if (req == SPI_IOC_MESSAGE(1)) {
        struct spi_ioc_transfer *t = arg;
        seen[nseen] = *t;
        memcpy(seen_tx[nseen++], (void *)(uintptr_t)t->tx_buf, t->len);
        uint8_t *rx = (uint8_t *)(uintptr_t)t->rx_buf;   // the device answers ~MOSI
        for (uint32_t i = 0; i < t->len; i++) rx[i] = (uint8_t)~((uint8_t *)(uintptr_t)t->tx_buf)[i];
    }
    return 0;
}

static void setup(void) {
    fake_root_make();
    fake_file("/dev/spidev0.0", "");
    fake_file("/sys/module/spidev/parameters/bufsiz", "16\n");
    linux_spi_set_ioctl(fake_ioctl);
    nseen = 0, refuse_lsb = false, mode_set = lsb_set = 0;
}

static void teardown(void) {
    linux_spi_close(NULL, 0);
    linux_spi_set_ioctl(NULL);
    fake_root_remove();
}

TestSuite(linux_spi, .init = setup, .fini = teardown);

Test(linux_spi, open_sets_mode_speed_and_reports_the_speed) {
    cr_assert_eq(linux_spi_open(NULL, 0, -1, -1, -1, 1000001, 3, 8, 0), 1000000);
    cr_assert_eq(mode_set, SPI_MODE_3);
    cr_assert_eq(speed_set, 1000001u);
    cr_assert_eq(lsb_set, 0);
}

Test(linux_spi, bufsiz_is_read_from_sysfs) {
    cr_assert_eq(linux_spi_bufsiz(), 16u);
    fake_file("/sys/module/spidev/parameters/bufsiz", "x");
    cr_assert_eq(linux_spi_bufsiz(), 4096u);
}

Test(linux_spi, long_transfer_is_chunked_with_cs_held) {
    cr_assert_eq(linux_spi_open(NULL, 0, -1, -1, -1, 500000, 0, 8, 0), 500000);
    uint8_t tx[40], rx[40];
    for (int i = 0; i < 40; i++) tx[i] = (uint8_t)i;
    cr_assert_eq(linux_spi_transfer(NULL, 0, tx, rx, 40, 0), 40);
    cr_assert_eq(nseen, 3);
    cr_assert_eq(seen[0].len, 16u);
    cr_assert_eq(seen[1].len, 16u);
    cr_assert_eq(seen[2].len, 8u);
    cr_assert_eq(seen[0].cs_change, 1);
    cr_assert_eq(seen[1].cs_change, 1);
    cr_assert_eq(seen[2].cs_change, 0);
    cr_assert_eq(seen[2].speed_hz, 500000u);
    cr_assert_eq(seen[1].bits_per_word, 8);
    cr_assert_eq(seen_tx[1][0], 16);
    cr_assert_eq(seen_tx[2][7], 39);
    for (int i = 0; i < 40; i++) cr_assert_eq(rx[i], (uint8_t)~i);
}

Test(linux_spi, exact_multiple_and_fill) {
    linux_spi_open(NULL, 0, -1, -1, -1, 500000, 0, 8, 0);
    uint8_t rx[32];
    cr_assert_eq(linux_spi_transfer(NULL, 0, NULL, rx, 32, 0xA5), 32);
    cr_assert_eq(nseen, 2);
    cr_assert_eq(seen[1].cs_change, 0);
    cr_assert_eq(seen_tx[1][15], 0xA5);
    cr_assert_eq(rx[31], 0x5A);
    cr_assert_eq(linux_spi_transfer(NULL, 0, NULL, NULL, 0, 0), 0);
    cr_assert_eq(nseen, 2);
}

Test(linux_spi, lsb_first_in_software_when_refused) {
    refuse_lsb = true;
    linux_spi_open(NULL, 0, -1, -1, -1, 500000, 0, 8, 1);
    uint8_t tx[1] = {0x01}, rx[1];
    linux_spi_transfer(NULL, 0, tx, rx, 1, 0);
    cr_assert_eq(seen_tx[0][0], 0x80);
    cr_assert_eq(rx[0], 0xFE);   // ~0x80 = 0x7F on the wire, read LSB first
}

Test(linux_spi, lsb_first_by_the_controller) {
    linux_spi_open(NULL, 0, -1, -1, -1, 500000, 0, 8, 1);
    cr_assert_eq(lsb_set, 1);
    uint8_t tx[1] = {0x01};
    linux_spi_transfer(NULL, 0, tx, NULL, 1, 0);
    cr_assert_eq(seen_tx[0][0], 0x01);
}

Test(linux_spi, errors_name_the_device) {
    cr_assert_eq(linux_spi_open(NULL, 0, -1, -1, -1, 500000, 0, 16, 0), -EINVAL);
    cr_assert_eq(linux_spi_open(NULL, 3, -1, -1, -1, 500000, 0, 8, 0), -ENODEV);
    cr_assert(strstr(linux_bus_error(), "no SPI bus 3"), "%s", linux_bus_error());
    cr_assert(strstr(linux_bus_error(), "/dev/spidev3.0"), "%s", linux_bus_error());
    cr_assert_eq(linux_spi_transfer(NULL, 3, NULL, NULL, 1, 0), -ENODEV);
    cr_assert_eq(linux_bus_pin(NULL, "spi0", NULL), 0);
    cr_assert_eq(linux_bus_pin(NULL, "spi3", NULL), -ENOENT);
    cr_assert_eq(linux_bus_pin(NULL, "spi0", "sck"), -ENOENT);
}
