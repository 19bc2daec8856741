// tests/unit/test_window_state.c: the board window's change detection
// (sim/window_state.c): the fingerprint moves with what the picture shows and only
// then. Layer: tests; no VM, no SDL.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "unit_sim.h"
#include "window.h"

TestSuite(window_state, .fini = unit_sim_close);

#define H py_hal_sim
#define B unit_sim_board

Test(window_state, same_board_same_print) {
    unit_sim_open(NULL);
    uint64_t a = sim_window_fingerprint(B);
    cr_assert_eq(H.run_until(unit_sim_b, 5000000), 0);
    cr_assert_eq(sim_window_fingerprint(B), a, "the clock alone is no change");
}

Test(window_state, pins_parts_and_values_change_it) {
    unit_sim_open(NULL);
    uint64_t a = sim_window_fingerprint(B);
    cr_assert_eq(H.pin_open(unit_sim_b, 4, PY_HAL_PIN_OUT, PY_HAL_PULL_NONE), 0);
    cr_assert_eq(H.pin_write(unit_sim_b, 4, 1), 0);
    uint64_t lit = sim_window_fingerprint(B);
    cr_assert_neq(lit, a, "the LED lit");
    cr_assert_eq(sim_part_set(B, sim_part_find(B, "btn"), 1, 0), 0);
    cr_assert_eq(H.run_until(unit_sim_b, 10000), 0);
    uint64_t pressed = sim_window_fingerprint(B);
    cr_assert_neq(pressed, lit, "a button pressed");
    cr_assert_eq(sim_part_set(B, sim_part_find(B, "pot"), 0.75, 0), 0);
    cr_assert_eq(H.run_until(unit_sim_b, 20000), 0);
    cr_assert_neq(sim_window_fingerprint(B), pressed, "a pot moved");
}
