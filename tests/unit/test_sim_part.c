// tests/unit/test_sim_part.c: the parts (hal_sim/sim_part.c): a bouncing button's
// chatter at fixed virtual times, changes queued for later, pots on the ADC.
// Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>

#include "unit_sim.h"

#define H py_hal_sim
#define B unit_sim_b

TestSuite(sim_part, .fini = unit_sim_close);

Test(sim_part, a_bouncing_press_chatters_then_settles) {
    unit_sim_open(NULL);
    cr_assert_eq(H.pin_open(B, 2, PY_HAL_PIN_IN, PY_HAL_PULL_UP), 0);
    cr_assert_eq(H.pin_irq(B, 2, PY_HAL_IRQ_FALLING | PY_HAL_IRQ_RISING, 3), 0);
    int k = sim_part_find(unit_sim_board, "bouncy");
    cr_assert_eq(sim_part_set(unit_sim_board, k, 1, 0), 0);
    while (H.run_until(B, 2000000) == 1) {}
    // closes at 1000 ns, then opens/closes every 900 us / 5, settles closed at 901000
    cr_assert_str_eq(unit_sim_events, "3:4@1000;3:8@181000;3:4@361000;3:8@541000;3:4@721000;");
    cr_assert_eq(H.pin_read(B, 2), 0);
    cr_assert_eq(sim_part_state(unit_sim_board, k), 1);
}

Test(sim_part, changes_queued_for_later_happen_at_their_time) {
    unit_sim_open(NULL);
    cr_assert_eq(H.pin_open(B, 1, PY_HAL_PIN_IN, PY_HAL_PULL_UP), 0);
    cr_assert_eq(H.pin_irq(B, 1, PY_HAL_IRQ_FALLING, 1), 0);
    int k = sim_part_find(unit_sim_board, "btn");
    cr_assert_eq(sim_part_set(unit_sim_board, k, 1, 50000), 0);
    cr_assert_eq(sim_part_set(unit_sim_board, k, 0, 80000), 0);
    cr_assert_eq(H.run_until(B, 40000), 0);
    cr_assert_eq(H.pin_read(B, 1), 1);
    cr_assert_eq(H.run_until(B, 100000), 1, "stops at the reported edge");
    cr_assert_eq(H.now(B), 50000);
    cr_assert_eq(H.pin_read(B, 1), 0);
    cr_assert_eq(H.run_until(B, 100000), 0);
    cr_assert_eq(H.pin_read(B, 1), 1);
    cr_assert_eq(H.now(B), 100000);
}

Test(sim_part, pots_set_the_adc_and_leds_take_no_input) {
    unit_sim_open(NULL);
    // 0.25 of full scale through a 12-bit converter: raw 1024 (of 4095)
    cr_assert_eq(H.adc_read_u16(B, 0), 16388);
    cr_assert_eq(H.adc_read_uv(B, 0), 825201);
    int k = sim_part_find(unit_sim_board, "pot");
    cr_assert_eq(sim_part_set(unit_sim_board, k, 1.5, 0), 0);
    cr_assert_eq(H.adc_read_u16(B, 0), 65535);
    cr_assert_eq(sim_part_state(unit_sim_board, k), 65535);
    cr_assert_eq(H.adc_read_u16(B, 5), -ENOENT);
    cr_assert_eq(sim_part_set(unit_sim_board, sim_part_find(unit_sim_board, "led"), 1, 0), -EINVAL);
    cr_assert_eq(sim_part_find(unit_sim_board, "nobody"), -ENOENT);
}
