// tests/unit/test_sim_analog.c: hal_sim/sim_analog.c: the RTC on the board clock,
// the watchdog's expiry and feeding, board resets (the MCU's state goes, the parts'
// stays), RGB brightness. Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>

#include "sim_analog.h"
#include "unit_sim.h"

#define H py_hal_sim
#define B unit_sim_b

TestSuite(sim_analog, .fini = unit_sim_close);

Test(sim_analog, the_rtc_runs_on_the_board_clock) {
    unit_sim_open(NULL);
    int64_t s;
    uint32_t us;
    cr_assert_eq(H.rtc_get(B, &s, &us), 0);
    cr_assert(s == 0 && us == 0, "2000-01-01 when the board file names no start");
    cr_assert_eq(H.rtc_set(B, 86400, 999999), 0);
    H.run_until(B, H.now(B) + 1500000000u);
    cr_assert_eq(H.rtc_get(B, &s, &us), 0);
    cr_assert(s == 86402 && us == 499999, "%lld %u", (long long)s, us);
    cr_assert_eq(H.rtc_set(B, 0, 1000000), -EINVAL);
}

Test(sim_analog, the_watchdog_reports_its_expiry_unless_fed) {
    unit_sim_open(NULL);
    cr_assert_eq(H.wdt_feed(B), -ENOENT);
    cr_assert_eq(H.wdt_start(B, 0, 7), -EINVAL);
    cr_assert_eq(H.wdt_start(B, 9000, 7), -EINVAL, "the RP2040's 8388 ms at most");
    cr_assert_eq(H.wdt_start(B, 10, 7), 0);           // at 1000 ns: due at 10001000
    cr_assert_eq(H.run_until(B, 8000000), 0);
    cr_assert_eq(H.wdt_feed(B), 0);                   // due at 18000000
    cr_assert_eq(H.run_until(B, 20000000), 1);
    cr_assert_str_eq(unit_sim_events, "7:1@18000000;");
}

Test(sim_analog, a_reset_stops_the_mcu_and_keeps_the_parts) {
    unit_sim_open(NULL);
    cr_assert_eq(H.pin_open(B, 4, PY_HAL_PIN_OUT, PY_HAL_PULL_NONE), 0);
    cr_assert_eq(H.pin_write(B, 4, 1), 0);
    cr_assert_eq(H.pin_irq(B, 1, PY_HAL_IRQ_FALLING, 3), 0);
    cr_assert_geq(H.timer_start(B, 1000, true, 5), 0);
    cr_assert_eq(H.wdt_start(B, 10, 7), 0);
    cr_assert_eq(H.pwm_start(B, 4, 100, 1000, false), 0);
    int sw = sim_part_find(unit_sim_board, "sw");
    cr_assert_eq(sim_part_set(unit_sim_board, sw, 0, 0), 0);
    H.reset(B, PY_HAL_WDT_RESET);
    cr_assert_eq(H.reset_cause(B), PY_HAL_WDT_RESET);
    cr_assert_eq(H.pin_read(B, 4), 0, "the LED pin is an input again, low");
    cr_assert_eq(sim_part_state(unit_sim_board, sim_part_find(unit_sim_board, "led")), 0);
    cr_assert_eq(H.pin_read(B, 0), 0, "the switch still drives its pin");
    cr_assert_eq(H.next_event(B), UINT64_MAX, "timers and the watchdog are gone");
    uint32_t f;
    uint16_t d;
    bool inv;
    cr_assert_eq(H.pwm_get(B, 4, &f, &d, &inv), -ENOENT);
    sim_part_set(unit_sim_board, sim_part_find(unit_sim_board, "btn"), 1, 0);
    cr_assert_str_eq(unit_sim_events, "", "pin irqs are off");
}

static const char rgb_board[] =
    "{\"pins\": [{\"cpu\": \"R\", \"number\": 0, \"functions\": {\"pwm0\": \"A\"}},"
    " {\"cpu\": \"G\", \"number\": 1}, {\"cpu\": \"B\", \"number\": 2}],"
    " \"parts\": [{\"id\": \"rgb\", \"type\": \"rgb_led\", \"pins\": {\"r\": \"R\", \"g\": \"G\", \"b\": \"B\"},"
    " \"attrs\": {\"common\": \"anode\"}}]}";

Test(sim_analog, an_rgb_led_shows_each_channel) {
    char err[200];
    cr_assert_eq(unit_sim_open_text(rgb_board, err, sizeof err), 0, "%s", err);
    cr_assert_eq(H.pwm_start(B, 0, 1000, 16384, false), 0);
    cr_assert_eq(H.pin_open(B, 1, PY_HAL_PIN_OUT, PY_HAL_PULL_NONE), 0);
    cr_assert_eq(H.pin_write(B, 1, 0), 0);
    cr_assert_eq(H.pin_open(B, 2, PY_HAL_PIN_OUT, PY_HAL_PULL_NONE), 0);
    cr_assert_eq(H.pin_write(B, 2, 1), 0);
    // common anode: a channel lights while its pin is low
    cr_assert_float_eq(sim_analog_brightness(unit_sim_board, 0, 0), 0.75, 1e-4);
    cr_assert_float_eq(sim_analog_brightness(unit_sim_board, 0, 1), 1.0, 1e-9);
    cr_assert_float_eq(sim_analog_brightness(unit_sim_board, 0, 2), 0.0, 1e-9);
    cr_assert_eq(sim_part_set_prop(unit_sim_board, 0, NULL, 1, 0), -EINVAL);
}
