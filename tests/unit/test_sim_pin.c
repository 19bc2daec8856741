// tests/unit/test_sim_pin.c: the pin model (hal_sim/sim_pin.c): levels from the
// MCU's drive, pulls, open drain, parts driving inputs, irq edges, the trace.
// Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "unit_sim.h"

#define H py_hal_sim
#define B unit_sim_b

TestSuite(sim_pin, .fini = unit_sim_close);

static void press(const char *id, int v) {
    cr_assert_eq(sim_part_set(unit_sim_board, sim_part_find(unit_sim_board, id), v, 0), 0);
}

Test(sim_pin, pulls_decide_an_undriven_input) {
    unit_sim_open(NULL);
    cr_assert_eq(H.pin_open(B, 1, PY_HAL_PIN_IN, PY_HAL_PULL_UP), 0);
    cr_assert_eq(H.pin_read(B, 1), 1);
    cr_assert_eq(H.pin_open(B, 1, -1, PY_HAL_PULL_DOWN), 0);
    cr_assert_eq(H.pin_read(B, 1), 0);
    cr_assert_eq(H.pin_open(B, 1, -1, PY_HAL_PULL_UP), 0);
    cr_assert_eq(H.pin_open(B, 1, -1, PY_HAL_PULL_NONE), 0);
    cr_assert_eq(H.pin_read(B, 1), 1, "a floating pin keeps its level");
}

Test(sim_pin, a_button_to_ground_beats_the_pull_up) {
    unit_sim_open(NULL);
    cr_assert_eq(H.pin_open(B, 1, PY_HAL_PIN_IN, PY_HAL_PULL_UP), 0);
    press("btn", 1);
    cr_assert_eq(H.pin_read(B, 1), 0);
    press("btn", 0);
    cr_assert_eq(H.pin_read(B, 1), 1);
}

Test(sim_pin, outputs_drive_and_in_mode_stores_the_value) {
    unit_sim_open(NULL);
    cr_assert_eq(H.pin_open(B, 4, PY_HAL_PIN_IN, PY_HAL_PULL_DOWN), 0);
    cr_assert_eq(H.pin_write(B, 4, 1), 0);
    cr_assert_eq(H.pin_read(B, 4), 0, "IN mode: the value waits");
    cr_assert_eq(H.pin_open(B, 4, PY_HAL_PIN_OUT, -1), 0);
    cr_assert_eq(H.pin_read(B, 4), 1);
    cr_assert_eq(sim_part_state(unit_sim_board, sim_part_find(unit_sim_board, "led")), 1);
    cr_assert_eq(H.pin_write(B, 4, 0), 0);
    cr_assert_eq(sim_part_state(unit_sim_board, sim_part_find(unit_sim_board, "led")), 0);
}

Test(sim_pin, open_drain_only_pulls_low) {
    unit_sim_open(NULL);
    cr_assert_eq(H.pin_write(B, 1, 1), 0);
    cr_assert_eq(H.pin_open(B, 1, PY_HAL_PIN_OPEN_DRAIN, PY_HAL_PULL_UP), 0);
    cr_assert_eq(H.pin_read(B, 1), 1);
    cr_assert_eq(H.pin_write(B, 1, 0), 0);
    cr_assert_eq(H.pin_read(B, 1), 0);
    cr_assert_eq(H.pin_write(B, 1, 1), 0);
    press("btn", 1);
    cr_assert_eq(H.pin_read(B, 1), 0, "released line: the button pulls it low");
    cr_assert_eq(unit_sim_board->shorts, 0);
    cr_assert_eq(H.pin_open(B, 1, PY_HAL_PIN_OUT, -1), 0);
    cr_assert_eq(H.pin_read(B, 1), 1, "push-pull output wins");
    cr_assert_eq(unit_sim_board->shorts, 1, "and is counted as a short");
}

Test(sim_pin, switches_drive_from_the_start) {
    unit_sim_open(NULL);
    cr_assert_eq(H.pin_read(B, 0), 1);
    cr_assert_eq(sim_part_set(unit_sim_board, sim_part_find(unit_sim_board, "sw"), 0, 0), 0);
    cr_assert_eq(H.pin_read(B, 0), 0);
}

Test(sim_pin, irq_reports_the_edges_it_was_asked_for) {
    unit_sim_open(NULL);
    cr_assert_eq(H.pin_open(B, 1, PY_HAL_PIN_IN, PY_HAL_PULL_UP), 0);
    cr_assert_eq(H.pin_irq(B, 1, PY_HAL_IRQ_FALLING, 7), 0);
    press("btn", 1);
    press("btn", 0);
    cr_assert_str_eq(unit_sim_events, "7:4@1000;");
    cr_assert_eq(H.pin_irq(B, 1, PY_HAL_IRQ_FALLING | PY_HAL_IRQ_RISING, 9), 0);
    press("btn", 1);
    press("btn", 0);
    cr_assert_str_eq(unit_sim_events, "7:4@1000;9:4@1000;9:8@1000;");
    cr_assert_eq(H.pin_irq(B, 1, 0, 0), 0);
    press("btn", 1);
    cr_assert_str_eq(unit_sim_events, "7:4@1000;9:4@1000;9:8@1000;");
}

Test(sim_pin, output_changes_are_traced) {
    char path[] = "/tmp/test_sim_pin_XXXXXX";
    close(mkstemp(path));
    unit_sim_open(path);
    cr_assert_eq(H.pin_open(B, 4, PY_HAL_PIN_OUT, -1), 0);
    cr_assert_eq(H.run_until(B, 251000), 0);
    cr_assert_eq(H.pin_write(B, 4, 1), 0);
    cr_assert_eq(H.pin_write(B, 4, 1), 0);   // no change, no line
    cr_assert_eq(H.run_until(B, 501000), 0);
    cr_assert_eq(H.pin_write(B, 4, 0), 0);
    unit_sim_close();
    FILE *f = fopen(path, "r");
    char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    unlink(path);
    cr_assert_not_null(strstr(buf, "$var wire 1 % GPIO4 $end\n"));
    cr_assert_not_null(strstr(buf, "$end\n#250000\n1%\n#500000\n0%\n"), "%s", buf);
}

Test(sim_pin, unknown_reserved_and_unsupported) {
    unit_sim_open(NULL);
    cr_assert_eq(H.pin_open(B, 9, PY_HAL_PIN_IN, -1), -ENOENT);
    cr_assert_eq(H.pin_read(B, -1), -ENOENT);
    cr_assert_eq(H.pin_open(B, 5, PY_HAL_PIN_IN, -1), -EBUSY);
    cr_assert_eq(H.pin_open(B, 1, PY_HAL_PIN_ANALOG, -1), -EINVAL);
    cr_assert_eq(H.pin_open(B, 3, PY_HAL_PIN_ANALOG, -1), 0);
    cr_assert_eq(H.pin_open(B, 1, 9, -1), -EINVAL);
}
