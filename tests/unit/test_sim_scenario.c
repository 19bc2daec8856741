// tests/unit/test_sim_scenario.c: running scenarios on the board clock
// (hal_sim/sim_scenario.c): steps at their times, text waits, expectations,
// the timeout, property dispatch, names checked at start. Layer: tests; no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "sim_scenario.h"
#include "unit_sim.h"

#define H py_hal_sim
#define B unit_sim_b

static sim_scenario_t *scn;

static void fini(void) {
    unit_sim_close();
    sim_scenario_free(scn);
    scn = NULL;
}

TestSuite(sim_scenario, .fini = fini);

// Parses [text] and starts it on a fresh unit board (btn's pin pulled up).
static int start(const char *text, char *err, size_t len) {
    unit_sim_open(NULL);
    cr_assert_eq(H.pin_open(B, 1, PY_HAL_PIN_IN, PY_HAL_PULL_UP), 0);
    cr_assert_eq(sim_scenario_parse(&scn, "t.scn", text, err, len), 0, "%s", err);
    return sim_scenario_start(scn, unit_sim_board, err, len);
}

static void start_ok(const char *text) {
    char err[300] = "";
    cr_assert_eq(start(text, err, sizeof err), 0, "%s", err);
}

// Runs the board until the scenario ends or [t_ns] (since bring-up) passes.
static void run(uint64_t t_ns) {
    while (!scn->ended && H.run_until(B, 1000 + t_ns) == 1) {}
}

Test(sim_scenario, steps_run_at_their_board_times) {
    start_ok("press btn\nwait 1ms\nexpect pin GP1 0\nrelease btn\nwait 2ms\nexpect pin GP1 1\n");
    cr_assert_eq(H.pin_read(B, 1), 0, "the press is at once");
    cr_assert_not(scn->ended);
    run(10000000);
    cr_assert(scn->ended);
    cr_assert_eq(scn->status, SIM_SCN_OK);
    cr_assert_str_eq(scn->msg, "");
    cr_assert_eq(H.now(B), 1000 + 3000000, "stops where the scenario ended");
}

Test(sim_scenario, a_failed_expectation_says_what_and_when) {
    start_ok("wait 1.5s\nexpect led led on\nexit\n");
    run(5000000000ull);
    cr_assert_eq(scn->status, SIM_SCN_FAILED);
    cr_assert_str_eq(scn->msg, "scenario t.scn:2: expected led led on at 1.500 s, got off");
}

Test(sim_scenario, expect_pin_by_alias_and_number) {
    start_ok("expect pin LED 0\nexpect pin 1 1\nexpect pin GP1 0\n");
    cr_assert(scn->ended);
    cr_assert_str_eq(scn->msg, "scenario t.scn:3: expected pin GP1 = 0 at 0.000 s, got 1");
}

Test(sim_scenario, console_text_releases_a_wait_at_the_current_time) {
    start_ok("wait-console \"ready\\n\"\nset pot 1\nwait-console \"ready\\n\"\n");
    cr_assert(scn->waiting);
    sim_scenario_console_out(scn, "rea", 3);
    run(0);
    cr_assert(scn->waiting);
    cr_assert_eq(H.run_until(B, 5000), 0);
    sim_scenario_console_out(scn, "dy\nready", 8);
    cr_assert_eq(sim_part_state(unit_sim_board, sim_part_find(unit_sim_board, "pot")), 16384,
                 "not inside the observer");
    cr_assert_eq(H.run_until(B, 5000), 0, "the step runs at the time the text came");
    cr_assert_eq(sim_part_state(unit_sim_board, sim_part_find(unit_sim_board, "pot")), 65535);
    cr_assert_eq(H.now(B), 5000);
    cr_assert(scn->waiting, "a match consumes the text: the second wait needs new output");
    sim_scenario_console_out(scn, "\n", 1);
    run(6000);
    cr_assert(scn->ended);
    cr_assert_eq(scn->status, SIM_SCN_OK);
}

Test(sim_scenario, text_printed_before_the_wait_counts) {
    start_ok("wait 1ms\nwait-console \"go\"\nexit\n");
    sim_scenario_console_out(scn, "let's go", 8);
    run(2000000);
    cr_assert(scn->ended);
    cr_assert_eq(H.now(B), 1000 + 1000000);
}

Test(sim_scenario, the_timeout_says_what_it_waited_for) {
    start_ok("timeout 5ms\nwait-console \"x\\ty\"\n");
    run(10000000);
    cr_assert_eq(scn->status, SIM_SCN_TIMEOUT);
    cr_assert_eq(H.now(B), 1000 + 5000000);
    cr_assert_str_eq(scn->msg, "scenario t.scn:2: timeout after 0.005 s waiting for console text \"x\\x09y\"");
}

static double got_value;
static char got_prop[32];

static int fake_set_prop(sim_board_t *b, int part, const char *prop, double value, bool apply) {
    (void)b, (void)part;
    if (!prop || strcmp(prop, "temperature") != 0) return -EINVAL;
    if (!apply) return 0;
    snprintf(got_prop, sizeof got_prop, "%s", prop);
    got_value = value;
    return 0;
}

Test(sim_scenario, properties_go_through_the_parts_set_prop) {
    start_ok("wait 1ms\nset sw temperature 21.5\nset sw humidity 3\n");
    unit_sim_board->parts[sim_part_find(unit_sim_board, "sw")].set_prop = fake_set_prop;
    run(5000000);
    cr_assert_str_eq(got_prop, "temperature");
    cr_assert_float_eq(got_value, 21.5, 1e-12);
    cr_assert_eq(scn->status, SIM_SCN_FAILED);
    cr_assert_str_eq(scn->msg, "scenario t.scn:3: part 'sw' has no property 'humidity'");
}

static char written[64];

static int console_in(void *ctx, const char *data, size_t n) {
    (void)ctx;
    strncat(written, data, n);
    return 0;
}

Test(sim_scenario, write_console_and_screenshot) {
    unit_sim_open(NULL);
    char err[300] = "";
    cr_assert_eq(sim_scenario_parse(&scn, "t.scn", "write-console \"abc\\n\"\nscreenshot \"x.png\"\n",
                                     err, sizeof err), 0);
    scn->console_in = console_in;
    cr_assert(sim_scenario_wants_input(scn));
    cr_assert_eq(sim_scenario_start(scn, unit_sim_board, err, sizeof err), 0);
    cr_assert_str_eq(written, "abc\n");
    cr_assert_not(sim_scenario_wants_input(scn));
    cr_assert_eq(scn->status, SIM_SCN_FAILED);
    cr_assert_str_eq(scn->msg, "scenario t.scn:2: this program cannot take screenshots");
}

Test(sim_scenario, names_are_checked_at_start) {
    static const struct { const char *text, *msg; } cases[] = {
        {"wait 1s\npress nope\n", "scenario t.scn:2: no part 'nope' on board 'unit'"},
        {"press led\n", "scenario t.scn:1: part 'led' is not a button"},
        {"expect led btn on\n", "scenario t.scn:1: part 'btn' is not an LED"},
        {"set led 1\n", "scenario t.scn:1: part 'led' takes no input"},
        {"expect pin GP9 1\n", "scenario t.scn:1: no pin 'GP9' on board 'unit'"},
        {"send-uart uart0 \"x\"\n", "scenario t.scn:1: no uart0 on board 'unit'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char err[300] = "";
        cr_assert_eq(start(cases[i].text, err, sizeof err), -EINVAL, "%s", cases[i].text);
        cr_assert_str_eq(err, cases[i].msg);
        fini();
    }
}

static char shot_path[64];

static int fake_shot(void *ctx, const sim_board_t *b, const char *path) {
    cr_assert_eq(b, unit_sim_board);
    snprintf(shot_path, sizeof shot_path, "%s", path);
    return *(int *)ctx;
}

Test(sim_scenario, screenshot_step_calls_the_front_end) {
    unit_sim_open(NULL);
    char err[300] = "";
    cr_assert_eq(sim_scenario_parse(&scn, "t.scn", "screenshot \"a.png\"\nscreenshot b.png\n",
                                     err, sizeof err), 0);
    int ok = 0;
    scn->screenshot = fake_shot, scn->screenshot_ctx = &ok;
    cr_assert_eq(sim_scenario_start(scn, unit_sim_board, err, sizeof err), 0);
    cr_assert_eq(scn->status, SIM_SCN_OK);
    cr_assert_str_eq(shot_path, "b.png");
}

Test(sim_scenario, screenshot_step_reports_a_failure) {
    unit_sim_open(NULL);
    char err[300] = "";
    cr_assert_eq(sim_scenario_parse(&scn, "t.scn", "screenshot \"no/such/dir/a.png\"\n", err,
                                     sizeof err), 0);
    int fail = -ENOENT;
    scn->screenshot = fake_shot, scn->screenshot_ctx = &fail;
    cr_assert_eq(sim_scenario_start(scn, unit_sim_board, err, sizeof err), 0);
    cr_assert_eq(scn->status, SIM_SCN_FAILED);
    cr_assert_str_eq(scn->msg, "scenario t.scn:1: cannot write screenshot no/such/dir/a.png: "
                               "No such file or directory");
}
