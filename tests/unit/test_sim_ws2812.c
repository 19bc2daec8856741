// tests/unit/test_sim_ws2812.c: bitstream and the WS2812 strip (hal_sim/sim_ws2812.c):
// the waveform's time on the clock, GRB decoding, latching after the reset low,
// short frames, bit-banged edges. Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>

#include "sim_analog.h"
#include "unit_sim.h"

#define H py_hal_sim
#define B unit_sim_b

TestSuite(sim_ws2812, .fini = unit_sim_close);

static const char board[] =
    "{\"name\": \"ws\", \"pins\": [{\"cpu\": \"D\", \"number\": 0}, {\"cpu\": \"E\", \"number\": 1}],\n"
    " \"parts\": [{\"id\": \"s\", \"type\": \"ws2812\", \"pin\": \"D\", \"attrs\": {\"pixels\": 2}}]}\n";

static const uint32_t T800[4] = {400, 850, 800, 450};

static void open_board(void) {
    char err[200];
    cr_assert_eq(unit_sim_open_text(board, err, sizeof err), 0, "%s", err);
    cr_assert_eq(H.pin_open(B, 0, PY_HAL_PIN_OUT, PY_HAL_PULL_NONE), 0);
}

static void pixels(uint8_t out[6]) {
    cr_assert_eq(sim_ws2812_pixels(unit_sim_board, 0, out, 2), 2);
}

Test(sim_ws2812, a_frame_latches_after_the_reset_low) {
    open_board();
    const uint8_t grb[6] = {0x10, 0xff, 0x01, 0x80, 0x00, 0x7f};
    uint64_t t0 = H.now(B);
    cr_assert_eq(H.bitstream(B, 0, T800, grb, 6), 0);
    cr_assert_eq(H.now(B) - t0, 48 * 1250, "1.25 us a bit");
    uint8_t px[6];
    pixels(px);
    cr_assert_eq(px[0], 0, "not latched before 50 us of low");
    cr_assert_eq(H.run_until(B, H.now(B) + 50000), 0);
    pixels(px);
    cr_assert(px[0] == 0xff && px[1] == 0x10 && px[2] == 0x01, "RGB from GRB");
    cr_assert(px[3] == 0x00 && px[4] == 0x80 && px[5] == 0x7f);
}

Test(sim_ws2812, a_short_frame_updates_the_first_pixels_and_extra_bits_are_lost) {
    open_board();
    const uint8_t six[9] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    cr_assert_eq(H.bitstream(B, 0, T800, six, 9), 0);
    H.run_until(B, H.now(B) + 60000);
    const uint8_t one[3] = {0xaa, 0xbb, 0xcc};
    cr_assert_eq(H.bitstream(B, 0, T800, one, 3), 0);
    H.run_until(B, H.now(B) + 60000);
    uint8_t px[6];
    pixels(px);
    cr_assert(px[0] == 0xbb && px[1] == 0xaa && px[2] == 0xcc);
    cr_assert(px[3] == 5 && px[4] == 4 && px[5] == 6, "pixel 1 keeps the first frame's");
}

Test(sim_ws2812, bit_banged_edges_decode_too) {
    open_board();
    // one pixel of 0x80 0x00 0x00 written as pin edges: a 1 then 23 zeros
    for (int bit = 0; bit < 24; bit++) {
        H.pin_write(B, 0, 1);
        H.run_until(B, H.now(B) + (bit == 0 ? 900 : 300));
        H.pin_write(B, 0, 0);
        H.run_until(B, H.now(B) + 900);
    }
    H.run_until(B, H.now(B) + 60000);
    uint8_t px[6];
    pixels(px);
    cr_assert(px[0] == 0 && px[1] == 0x80 && px[2] == 0);
}

Test(sim_ws2812, errors) {
    open_board();
    const uint8_t x = 0;
    cr_assert_eq(H.bitstream(B, 1, T800, &x, 1), -EINVAL, "pin E is not an output");
    cr_assert_eq(H.bitstream(B, 7, T800, &x, 1), -ENOENT);
    cr_assert_eq(sim_ws2812_pixels(unit_sim_board, 0, NULL, 0), 2);
}
