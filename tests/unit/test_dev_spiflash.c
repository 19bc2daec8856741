// tests/unit/test_dev_spiflash.c: the 25-series SPI flash model (hal_sim/dev_spiflash.c):
// ids, reads, WEL rules, page program wrap and 1->0 writes, erases with busy times,
// power-down.
// SPDX-License-Identifier: MIT
//
// No VM; a test clock stands in for the board's, and xfer() plays the SPI bus with CS.

#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>
#include "dev_spiflash.h"

static uint64_t now;
static uint64_t test_now(void *ctx) {
    (void)ctx;
    return now;
}

static sim_spiflash_t fl;

static void setup(void) {
    now = 0;
    cr_assert_eq(sim_spiflash_init(&fl, 4u << 20, (sim_devclock_t){test_now, NULL}), 0);
}

static void teardown(void) {
    sim_spiflash_free(&fl);
}

TestSuite(spiflash, .init = setup, .fini = teardown);

// One CS-framed transaction: out[] gets MISO for each byte of in[].
static void xfer(const uint8_t *in, uint8_t *out, size_t n) {
    fl.spi.ops->select(&fl.spi, true);
    for (size_t i = 0; i < n; i++) {
        uint8_t b = fl.spi.ops->transfer(&fl.spi, in[i]);
        if (out) out[i] = b;
    }
    fl.spi.ops->select(&fl.spi, false);
}

static void cmd1(uint8_t c) {
    xfer(&c, NULL, 1);
}

static uint8_t status(void) {
    uint8_t in[2] = {0x05, 0}, out[2];
    xfer(in, out, 2);
    return out[1];
}

static void read_at(uint32_t a, uint8_t *buf, size_t n) {
    uint8_t in[300] = {0x03, (uint8_t)(a >> 16), (uint8_t)(a >> 8), (uint8_t)a}, out[300];
    xfer(in, out, n + 4);
    memcpy(buf, out + 4, n);
}

static void program(uint32_t a, const uint8_t *d, size_t n) {
    uint8_t in[600] = {0x02, (uint8_t)(a >> 16), (uint8_t)(a >> 8), (uint8_t)a};
    memcpy(in + 4, d, n);
    xfer(in, NULL, n + 4);
}

static void wait_ready(void) {
    while (status() & 1) now += 100000;
}

Test(spiflash, ids) {
    uint8_t in[4] = {0x9F}, out[4];
    xfer(in, out, 4);
    cr_assert_eq(out[1], 0xEF);
    cr_assert_eq(out[2], 0x40);
    cr_assert_eq(out[3], 0x16);
    uint8_t in2[6] = {0x90, 0, 0, 0}, out2[6];
    xfer(in2, out2, 6);
    cr_assert_eq(out2[4], 0xEF);
    cr_assert_eq(out2[5], 0x15);
    sim_spiflash_t bad;
    cr_assert_eq(sim_spiflash_init(&bad, 3u << 20, (sim_devclock_t){0}), -EINVAL);
}

Test(spiflash, program_needs_wel_and_only_clears_bits) {
    uint8_t d[2] = {0x0F, 0xF0}, r[4];
    program(0x1000, d, 2);
    read_at(0x1000, r, 2);
    cr_assert_eq(r[0], 0xFF, "no WEL: ignored");
    cmd1(0x06);
    cr_assert_eq(status(), 0x02);
    program(0x1000, d, 2);
    cr_assert_eq(status(), 0x03, "busy, WEL still set");
    read_at(0x1000, r, 2);
    cr_assert_eq(r[0], 0xFF, "reads are ignored while busy");
    now += 400000;
    cr_assert_eq(status(), 0x00, "done, WEL cleared");
    read_at(0x1000, r, 2);
    cr_assert_eq(r[0], 0x0F);
    cr_assert_eq(r[1], 0xF0);
    uint8_t d2[2] = {0xF3, 0x3F};
    cmd1(0x06);
    program(0x1000, d2, 2);
    wait_ready();
    read_at(0x1000, r, 2);
    cr_assert_eq(r[0], 0x03, "AND of old and new");
    cr_assert_eq(r[1], 0x30);
}

Test(spiflash, page_program_wraps) {
    uint8_t d[260], r[256];
    for (int i = 0; i < 260; i++) d[i] = (uint8_t)i;
    cmd1(0x06);
    program(0x20F0, d, 20); // 16 bytes to the page's end, then 4 at its start
    wait_ready();
    read_at(0x2000, r, 256);
    cr_assert_eq(r[0xF0], 0);
    cr_assert_eq(r[0xFF], 15);
    cr_assert_eq(r[0x00], 16);
    cr_assert_eq(r[0x03], 19);
    cr_assert_eq(r[0x04], 0xFF);
    read_at(0x2100, r, 1);
    cr_assert_eq(r[0], 0xFF, "the next page is untouched");
}

Test(spiflash, erases_and_times) {
    uint8_t z[4] = {0, 0, 0, 0}, r[4];
    uint32_t at[] = {0x0000, 0x0FFC, 0x1000, 0x10000};
    for (int i = 0; i < 4; i++) {
        cmd1(0x06);
        program(at[i], z, 4);
        wait_ready();
    }
    cmd1(0x06);
    uint8_t se[4] = {0x20, 0x00, 0x05, 0x55}; // any address in the first sector
    xfer(se, NULL, 4);
    now += 44999999;
    cr_assert_eq(status() & 1, 1);
    now += 1;
    cr_assert_eq(status(), 0);
    read_at(0x0000, r, 1);
    cr_assert_eq(r[0], 0xFF);
    read_at(0x0FFC, r, 4);
    cr_assert_eq(r[3], 0xFF);
    read_at(0x1000, r, 1);
    cr_assert_eq(r[0], 0x00, "the next sector is kept");
    cmd1(0x06);
    uint8_t short_erase[3] = {0xD8, 0x00, 0x00};
    xfer(short_erase, NULL, 3);
    cr_assert_eq(status(), 0x02, "an erase with 2 address bytes is ignored");
    uint8_t be[4] = {0xD8, 0x01, 0x23, 0x45};
    xfer(be, NULL, 4);
    now += 150000000;
    read_at(0x10000, r, 1);
    cr_assert_eq(r[0], 0xFF);
    read_at(0x1000, r, 1);
    cr_assert_eq(r[0], 0x00);
    cmd1(0x06);
    cmd1(0xC7);
    now += 9000000000u;
    cr_assert_eq(status(), 0x03);
    now += 1000000000u;
    cr_assert_eq(status(), 0x00);
    read_at(0x1000, r, 1);
    cr_assert_eq(r[0], 0xFF);
}

Test(spiflash, reads_fast_and_wrapping) {
    uint8_t d[2] = {0x12, 0x34};
    cmd1(0x06);
    program(0x3FFFFF, d, 1);
    wait_ready();
    cmd1(0x06);
    program(0x000000, d + 1, 1);
    wait_ready();
    uint8_t in[7] = {0x0B, 0x3F, 0xFF, 0xFF, 0x00}, out[7];
    xfer(in, out, 7);
    cr_assert_eq(out[5], 0x12);
    cr_assert_eq(out[6], 0x34, "reads run on to address 0");
}

Test(spiflash, power_down_and_status_polling) {
    cmd1(0xB9);
    uint8_t in[4] = {0x9F}, out[4];
    xfer(in, out, 4);
    cr_assert_eq(out[1], 0xFF, "powered down: ignored");
    uint8_t rel[5] = {0xAB, 0, 0, 0, 0}, o[5];
    xfer(rel, o, 5);
    cr_assert_eq(o[4], 0x15);
    xfer(in, out, 4);
    cr_assert_eq(out[1], 0xEF);
    // One long status read sees BUSY drop.
    cmd1(0x06);
    uint8_t d = 0;
    program(0, &d, 1);
    fl.spi.ops->select(&fl.spi, true);
    fl.spi.ops->transfer(&fl.spi, 0x05);
    cr_assert_eq(fl.spi.ops->transfer(&fl.spi, 0) & 1, 1);
    now += 400000;
    cr_assert_eq(fl.spi.ops->transfer(&fl.spi, 0), 0);
    fl.spi.ops->select(&fl.spi, false);
    // Reset needs 0x66 right before 0x99.
    cmd1(0x06);
    cmd1(0x99);
    cr_assert_eq(status(), 0x02);
    cmd1(0x66);
    cmd1(0x99);
    cr_assert_eq(status(), 0x00);
}
