// tests/unit/test_sim_scenario_parse.c: the scenario file reader
// (hal_sim/sim_scenario_parse.c): steps, durations, strings, and errors naming
// the file and line. Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>

#include "sim_scenario.h"

static sim_scenario_t *parse_ok(const char *text) {
    sim_scenario_t *s = NULL;
    char err[300] = "";
    cr_assert_eq(sim_scenario_parse(&s, "t.scn", text, err, sizeof err), 0, "%s", err);
    return s;
}

static void parse_bad(const char *text, const char *msg) {
    sim_scenario_t *s = NULL;
    char err[300] = "";
    cr_assert_eq(sim_scenario_parse(&s, "t.scn", text, err, sizeof err), -EINVAL, "%s", text);
    cr_assert_str_eq(err, msg);
    cr_assert_null(s);
}

Test(sim_scenario_parse, steps_and_their_arguments) {
    sim_scenario_t *s = parse_ok("# a comment\n\n  timeout 10s\n"
                                 "wait 500ms   # trailing comment\n"
                                 "delay 250us\npress btn1\nrelease btn1\n"
                                 "set pot1 0.75\nset env temperature -12.5\nset pot1 value 1\n"
                                 "expect pin GP25 high\nexpect led led1 off\n"
                                 "wait-console \"ready # not a comment\"\n"
                                 "write-console \"a\\tb\\n\\x41\\0\"\n"
                                 "send-uart uart1 \"hi\\r\\n\"\nwait-uart 0 \"\\\"q\\\\\"\n"
                                 "screenshot out.png\nexit\nexit\n");
    cr_assert_eq(s->timeout_ns, 10000000000ull);
    cr_assert_eq(s->nsteps, 16);
    sim_step_t *st = s->steps;
    cr_assert_eq(st[0].kind, SIM_STEP_WAIT);
    cr_assert_eq(st[0].ns, 500000000ull);
    cr_assert_eq(st[0].line, 4);
    cr_assert_eq(st[1].ns, 250000ull);
    cr_assert_eq(st[2].kind, SIM_STEP_PRESS);
    cr_assert_str_eq(st[2].name, "btn1");
    cr_assert_eq(st[3].kind, SIM_STEP_RELEASE);
    cr_assert_eq(st[4].kind, SIM_STEP_SET);
    cr_assert_null(st[4].prop);
    cr_assert_float_eq(st[4].value, 0.75, 1e-12);
    cr_assert_str_eq(st[5].prop, "temperature");
    cr_assert_float_eq(st[5].value, -12.5, 1e-12);
    cr_assert_null(st[6].prop, "'value' is the main value");
    cr_assert_eq(st[7].kind, SIM_STEP_EXPECT_PIN);
    cr_assert_str_eq(st[7].name, "GP25");
    cr_assert_eq(st[7].value, 1);
    cr_assert_eq(st[8].kind, SIM_STEP_EXPECT_LED);
    cr_assert_eq(st[8].value, 0);
    cr_assert_eq(st[9].kind, SIM_STEP_WAIT_CONSOLE);
    cr_assert_str_eq(st[9].text, "ready # not a comment");
    cr_assert_eq(st[10].len, 6);
    cr_assert_eq(memcmp(st[10].text, "a\tb\nA\0", 6), 0);
    cr_assert_eq(st[11].kind, SIM_STEP_SEND_UART);
    cr_assert_eq(st[11].uart, 1);
    cr_assert_str_eq(st[11].text, "hi\r\n");
    cr_assert_eq(st[12].uart, 0);
    cr_assert_str_eq(st[12].text, "\"q\\");
    cr_assert_eq(st[13].kind, SIM_STEP_SCREENSHOT);
    cr_assert_str_eq(st[13].text, "out.png");
    cr_assert_eq(st[14].kind, SIM_STEP_EXIT);
    cr_assert_eq(st[15].kind, SIM_STEP_EXIT, "the last line needs no newline either way");
    sim_scenario_free(s);
}

Test(sim_scenario_parse, durations_and_the_default_timeout) {
    sim_scenario_t *s = parse_ok("wait 1.5s\nwait 2s\nwait 100ns\nwait 0.001ms\n");
    cr_assert_eq(s->timeout_ns, SIM_SCN_DEFAULT_TIMEOUT_NS);
    cr_assert_eq(s->steps[0].ns, 1500000000ull);
    cr_assert_eq(s->steps[1].ns, 2000000000ull);
    cr_assert_eq(s->steps[2].ns, 100ull);
    cr_assert_eq(s->steps[3].ns, 1000ull);
    sim_scenario_free(s);
}

Test(sim_scenario_parse, errors_name_the_file_and_line) {
    parse_bad("wait 1s\n\npresss btn1\n", "scenario t.scn:3: unknown step 'presss'");
    parse_bad("wait 10\n", "scenario t.scn:1: expected a duration like 500ms, 2s, 1.5s or 250us, got '10'");
    parse_bad("wait -1s\n", "scenario t.scn:1: expected a duration like 500ms, 2s, 1.5s or 250us, got '-1s'");
    parse_bad("wait 1h\n", "scenario t.scn:1: expected a duration like 500ms, 2s, 1.5s or 250us, got '1h'");
    parse_bad("wait-console \"ready\n", "scenario t.scn:1: unterminated string");
    parse_bad("wait-console ready\n", "scenario t.scn:1: the text must be quoted: \"ready\"");
    parse_bad("wait-console \"\"\n", "scenario t.scn:1: waiting for empty text");
    parse_bad("write-console \"\\q\"\n", "scenario t.scn:1: unknown escape '\\q' in a string");
    parse_bad("write-console \"\\x4\"\n", "scenario t.scn:1: \\x needs two hex digits");
    parse_bad("press\n", "scenario t.scn:1: usage: press PART");
    parse_bad("set pot1 lots\n", "scenario t.scn:1: expected a number, got 'lots'");
    parse_bad("expect pin GP1 2\n", "scenario t.scn:1: expected 0/1, low/high or off/on, got '2'");
    parse_bad("expect pot pot1 1\n",
              "scenario t.scn:1: expect what? 'expect pin PIN LEVEL' or 'expect led PART on|off'");
    parse_bad("send-uart uart9 \"x\"\n", "scenario t.scn:1: expected a UART like uart0 (0-7), got 'uart9'");
    parse_bad("timeout 1s\ntimeout 2s\n", "scenario t.scn:2: a second timeout");
    parse_bad("\"exit\"\n", "scenario t.scn:1: a line starts with a step name, not a string");
    parse_bad("wait-console \"a\"b\n", "scenario t.scn:1: expected a space after the string");
}

Test(sim_scenario_parse, unreadable_files) {
    sim_scenario_t *s = NULL;
    char err[300];
    cr_assert_eq(sim_scenario_load(&s, "/nonexistent/x.scn", err, sizeof err), -ENOENT);
    cr_assert_str_eq(err, "scenario /nonexistent/x.scn: No such file or directory");
}
