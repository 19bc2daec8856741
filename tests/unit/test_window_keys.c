// tests/unit/test_window_keys.c: the board window's keys (sim/window_keys.c): a part's
// "key" attr, the defaults by kind and order, lookups by key name. Layer: tests; no VM, no SDL.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>

#include "unit_sim.h"
#include "window.h"

TestSuite(window_keys, .fini = unit_sim_close);

#define B unit_sim_board

Test(window_keys, defaults_follow_kind_and_order) {
    unit_sim_open(NULL);
    int btn = sim_part_find(B, "btn"), bouncy = sim_part_find(B, "bouncy");
    cr_assert_str_eq(sim_window_part_key(B, btn), "1");
    cr_assert_str_eq(sim_window_part_key(B, bouncy), "2");
    cr_assert_str_eq(sim_window_part_key(B, sim_part_find(B, "sw")), "q");
    cr_assert_null(sim_window_part_key(B, sim_part_find(B, "led")), "an LED takes no key");
    cr_assert_null(sim_window_part_key(B, sim_part_find(B, "pot")));
    cr_assert_eq(sim_window_key_part(B, "2"), bouncy);
    cr_assert_eq(sim_window_key_part(B, "Q"), sim_part_find(B, "sw"), "case-insensitive");
    cr_assert_eq(sim_window_key_part(B, "z"), -1);
}

Test(window_keys, the_board_file_attr_wins) {
    char err[200] = "";
    int r = unit_sim_open_text(
        "{\"name\": \"k\", \"mcu\": \"T\", \"pins\": [{\"cpu\": \"GPIO0\", \"number\": 0},"
        " {\"cpu\": \"GPIO1\", \"number\": 1}],"
        " \"parts\": [{\"id\": \"a\", \"type\": \"button\", \"pin\": \"GPIO0\","
        "   \"attrs\": {\"key\": \"space\"}},"
        "  {\"id\": \"b\", \"type\": \"button\", \"pin\": \"GPIO1\"}]}",
        err, sizeof err);
    cr_assert_eq(r, 0, "%s", err);
    cr_assert_str_eq(sim_window_part_key(B, 0), "space");
    cr_assert_str_eq(sim_window_part_key(B, 1), "2", "the second button, keyed or not");
    cr_assert_eq(sim_window_key_part(B, "Space"), 0);
    cr_assert_eq(sim_window_key_part(B, "1"), -1, "a keyed part gives up its default");
}
