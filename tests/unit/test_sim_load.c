// tests/unit/test_sim_load.c: the board file loader's display name (hal_sim/sim_load.c):
// "title" with its MCU for the banner and os.uname(), and the names tools must never see.
// Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "unit_sim.h"

TestSuite(sim_load, .fini = unit_sim_close);

#define PINS "\"pins\": [{\"cpu\": \"A\", \"number\": 1}]"

static void machine_of(const char *text, const char *want) {
    char err[300] = "", got[256];
    cr_assert_eq(unit_sim_open_text(text, err, sizeof err), 0, "%s: %s", text, err);
    sim_load_machine(sim_hal_board(unit_sim_b), got, sizeof got);
    cr_assert_str_eq(got, want);
    unit_sim_close();
}

Test(sim_load, the_machine_is_the_title_with_the_mcu) {
    machine_of("{\"name\": \"pico\", \"title\": \"Raspberry Pi Pico (simulated)\", "
               "\"mcu\": \"RP2040\", " PINS "}",
               "Raspberry Pi Pico (simulated) with RP2040");
    machine_of("{\"name\": \"b1\", \"mcu\": \"M0\", " PINS "}", "b1 with M0");   // no title
}

Test(sim_load, the_machine_truncates_to_the_buffer) {
    char err[300] = "", got[8];
    cr_assert_eq(unit_sim_open_text("{\"title\": \"Long title\", " PINS "}", err, sizeof err), 0);
    sim_load_machine(sim_hal_board(unit_sim_b), got, sizeof got);
    cr_assert_str_eq(got, "Long ti");
}

// Thonny switches to pyboard or micro:bit behaviour on these (reference §15).
Test(sim_load, names_tools_mistake_for_other_boards_are_refused) {
    static const char *const titles[] = {"My pyboard", "PYBv1.1", "PYBLITEv1.0", "PYBOARD",
                                         "BBC micro:bit", "CircuitPython", "Pycom", "LoBo"};
    for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++) {
        char text[300], err[300] = "";
        snprintf(text, sizeof text, "{\"title\": \"%s\", " PINS "}", titles[i]);
        cr_assert_eq(unit_sim_open_text(text, err, sizeof err), -EINVAL, "accepted %s", titles[i]);
        cr_assert_not_null(strstr(err, "tools mistake for another board"), "%s: '%s'", titles[i], err);
    }
    char err[300] = "";
    cr_assert_eq(unit_sim_open_text("{\"title\": \"WiPy\", \"mcu\": \"ESP32\", " PINS "}", err,
                                    sizeof err), -EINVAL);   // only together
    cr_assert_eq(unit_sim_open_text("{\"name\": \"PYBv1\", " PINS "}", err, sizeof err), -EINVAL);
}
