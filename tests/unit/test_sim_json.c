// tests/unit/test_sim_json.c: the board files' JSON reader (hal_sim/sim_json.c):
// values, escapes, errors with line numbers. Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "sim_json.h"

Test(sim_json, reads_nested_values) {
    char err[100];
    sim_json_t *v = sim_json_parse(
        "{\"a\": [1, -2.5e1, true, null], \"s\": \"x\\\"\\u00e9\\ud83d\\ude00\", \"o\": {}}", err,
        sizeof err);
    cr_assert_not_null(v, "%s", err);
    const sim_json_t *a = sim_json_get(v, "a");
    cr_assert_eq(a->kind, SIM_JSON_ARR);
    cr_assert_eq(a->len, 4);
    cr_assert_eq(sim_json_num(a->items[1], 0), -25.0);
    cr_assert_eq(sim_json_num(a->items[2], 0), 1);
    cr_assert_eq(a->items[3]->kind, SIM_JSON_NULL);
    cr_assert_str_eq(sim_json_str(sim_json_get(v, "s"), ""), "x\"\xc3\xa9\xf0\x9f\x98\x80");
    cr_assert_eq(sim_json_get(v, "o")->kind, SIM_JSON_OBJ);
    cr_assert_null(sim_json_get(v, "missing"));
    cr_assert_str_eq(sim_json_str(NULL, "d"), "d");
    sim_json_free(v);
}

static void bad(const char *text, const char *msg) {
    char err[100] = "";
    sim_json_t *v = sim_json_parse(text, err, sizeof err);
    cr_assert_null(v, "accepted %s", text);
    cr_assert_str_eq(err, msg, "%s: got '%s'", text, err);
}

Test(sim_json, rejects_bad_text_with_its_line) {
    bad("{\"a\": 1,\n \"b\" 2}", "line 2: expected ':'");
    bad("[1, 2", "line 1: unexpected end of file");
    bad("[1 2]", "line 1: expected ',' or ']'");
    bad("\"abc", "line 1: unterminated string");
    bad("\"\\q\"", "line 1: bad escape in string");
    bad("\"\\u0000\"", "line 1: bad \\u escape in string");
    bad("{} x", "line 1: extra data after the value");
    bad("tru", "line 1: unexpected character 't'");
    bad("\n\n@", "line 3: unexpected character '@'");
}

Test(sim_json, refuses_deep_nesting) {
    char text[200];
    for (int i = 0; i < 100; i++) text[i] = '[';
    text[100] = 0;
    bad(text, "line 1: nested too deeply");
}
