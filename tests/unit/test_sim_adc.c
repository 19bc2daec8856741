// tests/unit/test_sim_adc.c: the ADC (hal_sim/sim_adc.c): a 12-bit converter, the
// voltages of an LDR divider, a TMP36 and the RP2040 core sensor, props set now and
// later through sim_part_set_prop. Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <math.h>
#include <string.h>

#include "sim_analog.h"
#include "unit_sim.h"

#define H py_hal_sim
#define B unit_sim_b

TestSuite(sim_adc, .fini = unit_sim_close);

static const char board[] =
    "{\"name\": \"adc\", \"vref\": 3.3, \"adc_bits\": 12, \"pins\": [\n"
    " {\"cpu\": \"P0\", \"number\": 0, \"adc\": 0},\n"
    " {\"cpu\": \"P1\", \"number\": 1, \"adc\": 1},\n"
    " {\"cpu\": \"P2\", \"number\": 2, \"adc\": 2}],\n"
    " \"parts\": [\n"
    "  {\"id\": \"ldr\", \"type\": \"ldr\", \"pin\": \"P0\", \"attrs\": {\"lux\": 10}},\n"
    "  {\"id\": \"t\", \"type\": \"tmp36\", \"pin\": \"P1\", \"attrs\": {\"temperature\": 25}},\n"
    "  {\"id\": \"core\", \"type\": \"rp2040_temp\", \"attrs\": {\"channel\": 4, \"temperature\": 27}}]}\n";

static void open_board(void) {
    char err[200];
    cr_assert_eq(unit_sim_open_text(board, err, sizeof err), 0, "%s", err);
}

static int part(const char *id) { return sim_part_find(unit_sim_board, id); }

Test(sim_adc, sensors_give_their_datasheet_voltages) {
    open_board();
    // LDR at 10 lux: 50 kΩ against 10 kΩ -> 3.3 * 10 / 60 = 0.55 V -> raw 683
    cr_assert_eq(H.adc_read_uv(B, 0), 550403);
    // TMP36 at 25 °C: 0.75 V -> raw 931
    cr_assert_eq(H.adc_read_u16(B, 1), (931 * 65535 + 2047) / 4095);
    // the core sensor at 27 °C: 0.706 V -> raw 876
    cr_assert_eq(H.adc_read_uv(B, 4), 705934);
    cr_assert_eq(H.adc_read_u16(B, 2), 0, "a bare pin reads its digital level");
    cr_assert_eq(H.adc_read_u16(B, 3), -ENOENT);
}

Test(sim_adc, props_change_now_or_later) {
    open_board();
    cr_assert_eq(sim_part_set_prop(unit_sim_board, part("t"), "temperature", 100, 0), 0);
    cr_assert_eq(H.adc_read_uv(B, 1), 1499707, "1.5 V, quantised");
    cr_assert_eq(sim_part_set_prop(unit_sim_board, part("t"), NULL, -100, 0), 0);
    cr_assert_eq(H.adc_read_u16(B, 1), 0, "below 0 V clamps");
    cr_assert_eq(sim_part_set_prop(unit_sim_board, part("ldr"), "lux", 0, 50000), 0);
    cr_assert_gt(H.adc_read_u16(B, 0), 0);
    cr_assert_eq(H.run_until(B, 60000), 0);
    cr_assert_eq(H.adc_read_u16(B, 0), 0, "darkness at 50 us");
    cr_assert_eq(sim_part_set_prop(unit_sim_board, part("ldr"), "temperature", 1, 0), -EINVAL);
    cr_assert_eq(sim_part_set_prop(unit_sim_board, part("core"), "temperature", INFINITY, 0), -EINVAL);
}

Test(sim_adc, a_bad_sensor_part_is_refused) {
    char err[200] = "";
    const char *text = "{\"pins\": [{\"cpu\": \"P0\", \"number\": 0}],"
                       " \"parts\": [{\"id\": \"x\", \"type\": \"tmp36\"}]}";
    cr_assert_eq(unit_sim_open_text(text, err, sizeof err), -EINVAL);
    cr_assert(strstr(err, "part needs a pin: x"), "%s", err);
}
