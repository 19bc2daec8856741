// tests/unit/test_sim_hal.c: the sim backend table (hal_sim/sim_hal.c): timers on
// the virtual clock, run_until stopping at reports, names, system facts.
// Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>

#include "unit_sim.h"

#define H py_hal_sim
#define B unit_sim_b

TestSuite(sim_hal, .fini = unit_sim_close);

Test(sim_hal, periodic_timers_do_not_drift_and_interleave_in_order) {
    unit_sim_open(NULL);
    int a = H.timer_start(B, 300, true, 1), b = H.timer_start(B, 500, false, 2);
    cr_assert_geq(a, 0);
    cr_assert_geq(b, 0);
    cr_assert_neq(a, b);
    int stops = 0;
    while (H.run_until(B, 2000) == 1) stops++;
    cr_assert_eq(stops, 4);
    cr_assert_str_eq(unit_sim_events, "1:1@1300;2:1@1500;1:1@1600;1:1@1900;");
    cr_assert_eq(H.now(B), 2000);
    cr_assert_eq(H.timer_stop(B, a), 0);
    cr_assert_eq(H.timer_stop(B, a), -ENOENT);
    cr_assert_eq(H.timer_stop(B, b), 0, "a fired one-shot's handle is held until stopped");
    cr_assert_eq(H.run_until(B, 5000), 0);
    cr_assert_eq(H.timer_start(B, 0, true, 1), -EINVAL);
}

Test(sim_hal, names_resolve_aliases_first) {
    unit_sim_open(NULL);
    cr_assert_eq(H.pin_find(B, "LED"), 4);
    cr_assert_eq(H.pin_find(B, "GP3"), 3);
    cr_assert_eq(H.pin_find(B, "GPIO3"), 3);
    cr_assert_eq(H.pin_find(B, "GPIO9"), -ENOENT);
    py_hal_pin_info_t info;
    cr_assert_eq(H.pin_info(B, 4, &info), 0);
    cr_assert_str_eq(info.cpu_name, "GPIO4");
    cr_assert_eq(info.caps, PY_HAL_CAP_PWM);
    cr_assert_eq(H.pin_info(B, 3, &info), 0);
    cr_assert_eq(info.adc_channel, 0);
    cr_assert_eq(H.pin_next(B, -1), 0);
    cr_assert_eq(H.pin_next(B, 4), 5);
    cr_assert_eq(H.pin_next(B, 5), -ENOENT);
    const char *alias;
    int pin, n = 0;
    while (H.pin_alias(B, n, &alias, &pin) == 0) n++;
    cr_assert_eq(n, 7);
    cr_assert_eq(H.pin_alias(B, 6, &alias, &pin), 0);
    cr_assert_str_eq(alias, "LED");
}

Test(sim_hal, system_facts_come_from_the_board_file) {
    unit_sim_open(NULL);
    uint8_t id[8];
    cr_assert_eq(H.unique_id(B, id, sizeof id), 3);
    cr_assert_eq(memcmp(id, "\x01\x02\xab", 3), 0);
    cr_assert_eq(H.cpu_freq(B), 1000000);
    cr_assert_eq(H.reset_cause(B), PY_HAL_PWRON_RESET);
    cr_assert_eq(H.access_ns(B), SIM_ACCESS_NS);
}

static void bad_board(const char *text, const char *msg) {
    char err[300] = "";
    cr_assert_eq(unit_sim_open_text(text, err, sizeof err), -EINVAL, "accepted %s", text);
    cr_assert_not_null(strstr(err, msg), "%s: got '%s'", text, err);
}

Test(sim_hal, bad_board_files_say_what_is_wrong) {
    bad_board("{\"pins\": [}", "line 1: unexpected character '}'");
    bad_board("{}", "no \"pins\" list");
    bad_board("{\"pins\": [{\"number\": 1}]}", "pin without cpu name or number");
    bad_board("{\"pins\": [{\"cpu\": \"A\", \"number\": 1}, {\"cpu\": \"B\", \"number\": 1}]}",
              "two pins with one number: B");
    bad_board("{\"pins\": [{\"cpu\": \"A\", \"number\": 1}], \"aliases\": {\"X\": \"Q\"}}",
              "alias of an unknown pin: X");
    bad_board("{\"pins\": [{\"cpu\": \"A\", \"number\": 1}], \"parts\": [{\"id\": \"l\", \"type\": \"led\", \"pin\": \"Z\"}]}",
              "part on an unknown pin: l");
    bad_board("{\"pins\": [{\"cpu\": \"A\", \"number\": 1}], \"parts\": [{\"id\": \"l\", \"type\": \"led\"}]}",
              "part needs a pin: l");
    char err[100];
    py_hal_config_t cfg = {"no_such_board", NULL, false, 0, err, sizeof err};
    void *b;
    cr_assert_eq(H.open(&b, &cfg), -ENOENT);
    cr_assert_str_eq(err, "no board 'no_such_board'");
}
