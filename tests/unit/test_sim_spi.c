// tests/unit/test_sim_spi.c: SPI on the simulated board (hal_sim/sim_spi.c): a W25Q flash
// selected by its CS pin, reached by hardware transfers and by bit-banged pins through the
// pin-level decoder. Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>

#include "unit_sim.h"

#define H py_hal_sim
#define B unit_sim_b

TestSuite(sim_spi, .fini = unit_sim_close);

// SPI0: SCK GPIO0, MOSI GPIO1, MISO GPIO2; the flash's CS on GPIO3.
static const char board[] =
    "{\"name\": \"s\", \"freq\": 100000000, \"pins\": [\n"
    " {\"cpu\": \"GPIO0\", \"number\": 0, \"functions\": {\"spi0\": \"sck\"}},\n"
    " {\"cpu\": \"GPIO1\", \"number\": 1, \"functions\": {\"spi0\": \"tx\"}},\n"
    " {\"cpu\": \"GPIO2\", \"number\": 2, \"functions\": {\"spi0\": \"rx\"}},\n"
    " {\"cpu\": \"GPIO3\", \"number\": 3}],\n"
    " \"parts\": [{\"id\": \"flash\", \"type\": \"w25q\", \"bus\": \"spi0\",\n"
    "   \"pins\": {\"sck\": \"GPIO0\", \"mosi\": \"GPIO1\", \"miso\": \"GPIO2\", \"cs\": \"GPIO3\"},\n"
    "   \"attrs\": {\"size\": 1048576}}]}\n";

static void open_board(void) {
    char err[200] = "";
    int r = unit_sim_open_text(board, err, sizeof err);
    cr_assert_eq(r, 0, "open: %d %s", r, err);
    cr_assert_eq(H.pin_read(B, 3), 1, "the flash's CS idles high");
    cr_assert_eq(H.pin_open(B, 3, PY_HAL_PIN_OUT, -1), 0);
    H.pin_write(B, 3, 1);
}

Test(sim_spi, hardware_transfer_reaches_the_selected_flash_only) {
    open_board();
    int baud = H.spi_open(B, 0, -1, -1, -1, 3000000, 0, 8, 0);
    cr_assert_eq(baud, 2941176, "100 MHz / 34: rounded down");
    uint8_t tx[4] = {0x9F, 0, 0, 0}, rx[4];
    cr_assert_eq(H.spi_transfer(B, 0, tx, rx, 4, 0), 4);
    cr_assert_eq(rx[1], 0xFF, "not selected: MISO floats high");
    uint64_t t0 = H.now(B);
    H.pin_write(B, 3, 0);
    cr_assert_eq(H.spi_transfer(B, 0, tx, rx, 4, 0), 4);
    H.pin_write(B, 3, 1);
    cr_assert_eq(rx[1], 0xEF);
    cr_assert_eq(rx[2], 0x40);
    cr_assert_eq(rx[3], 0x14, "1 MiB: capacity byte 20");
    cr_assert_eq(H.now(B) - t0, 32 * 2 * 170, "32 bits of two 170 ns halves");
}

Test(sim_spi, lsb_first_reverses_bits_on_the_wire) {
    open_board();
    cr_assert_gt(H.spi_open(B, 0, -1, -1, -1, 1000000, 3, 8, 1), 0);
    uint8_t tx[2] = {0xF9, 0}, rx[2]; // 0x9F reversed
    H.pin_write(B, 3, 0);
    H.spi_transfer(B, 0, tx, rx, 2, 0);
    H.pin_write(B, 3, 1);
    cr_assert_eq(rx[1], 0xF7, "0xEF reversed");
}

// Bit-bangs one byte in mode 0, MSB first, as SoftSPI does.
static uint8_t bang(uint8_t out) {
    uint8_t in = 0;
    for (int bit = 7; bit >= 0; bit--) {
        H.pin_write(B, 1, out >> bit & 1);
        H.pin_write(B, 0, 1);
        in = (uint8_t)(in << 1 | H.pin_read(B, 2));
        H.pin_write(B, 0, 0);
    }
    return in;
}

Test(sim_spi, decoder_lets_bit_banged_pins_reach_the_flash) {
    open_board();
    H.pin_open(B, 0, PY_HAL_PIN_OUT, -1);
    H.pin_open(B, 1, PY_HAL_PIN_OUT, -1);
    H.pin_open(B, 2, PY_HAL_PIN_IN, -1);
    H.pin_write(B, 3, 0);
    cr_assert_eq(bang(0x9F), 0xFF);
    cr_assert_eq(bang(0), 0xEF);
    cr_assert_eq(bang(0), 0x40);
    cr_assert_eq(bang(0), 0x14);
    H.pin_write(B, 3, 1);
    // Write enable, then the status register shows WEL.
    H.pin_write(B, 3, 0);
    bang(0x06);
    H.pin_write(B, 3, 1);
    H.pin_write(B, 3, 0);
    bang(0x05);
    cr_assert_eq(bang(0), 0x02);
    H.pin_write(B, 3, 1);
}

Test(sim_spi, bad_requests) {
    open_board();
    cr_assert_eq(H.spi_open(B, 1, -1, -1, -1, 1000000, 0, 8, 0), -ENOENT);
    cr_assert_eq(H.spi_open(B, 0, -1, -1, -1, 1000000, 0, 16, 0), -EINVAL);
    cr_assert_eq(H.spi_open(B, 0, 3, -1, -1, 1000000, 0, 8, 0), -EINVAL, "GPIO3 has no SPI");
    cr_assert_eq(H.spi_transfer(B, 0, NULL, NULL, 1, 0), -EBADF);
}
