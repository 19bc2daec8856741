// tests/unit/test_sim_pwm.c: PWM outputs (hal_sim/sim_pwm.c): levels and LED
// brightness, slices sharing a frequency, ranges and errors, the duty in the trace.
// Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sim_analog.h"
#include "unit_sim.h"

#define H py_hal_sim
#define B unit_sim_b

TestSuite(sim_pwm, .fini = unit_sim_close);

static double led_brightness(void) {
    return sim_analog_brightness(unit_sim_board, sim_part_find(unit_sim_board, "led"), 0);
}

Test(sim_pwm, duty_sets_level_and_brightness) {
    unit_sim_open(NULL);
    cr_assert_eq(H.pwm_start(B, 4, 1000, 16384, false), 0);
    cr_assert_eq(H.pin_read(B, 4), 1, "a PWM'd pin reads as active");
    cr_assert_float_eq(led_brightness(), 0.25, 1e-4);
    cr_assert_eq(H.pwm_start(B, 4, 1000, 16384, true), 0);
    cr_assert_float_eq(led_brightness(), 0.75, 1e-4);
    uint32_t f;
    uint16_t d;
    bool inv;
    cr_assert_eq(H.pwm_get(B, 4, &f, &d, &inv), 0);
    cr_assert(f == 1000 && d == 16384 && inv);
    cr_assert_eq(H.pwm_start(B, 4, 1000, 0, false), 0);
    cr_assert_eq(H.pin_read(B, 4), 0);
    cr_assert_eq(sim_part_state(unit_sim_board, sim_part_find(unit_sim_board, "led")), 0);
    cr_assert_eq(H.pwm_stop(B, 4), 0);
    cr_assert_eq(H.pwm_get(B, 4, &f, &d, &inv), -ENOENT);
    cr_assert_float_eq(led_brightness(), 0.0, 1e-9);
}

Test(sim_pwm, errors_and_range) {
    unit_sim_open(NULL);
    cr_assert_eq(H.pwm_start(B, 0, 1000, 0, false), -EINVAL, "no PWM on GP0");
    cr_assert_eq(H.pwm_start(B, 4, 600000, 0, false), -EINVAL, "above freq / 2");
    cr_assert_eq(H.pwm_start(B, 9, 1000, 0, false), -ENOENT);
    cr_assert_eq(H.pwm_start(B, 4, 0, 100, false), 0, "0 keeps the default");
    uint32_t f;
    uint16_t d;
    bool inv;
    cr_assert_eq(H.pwm_get(B, 4, &f, &d, &inv), 0);
    cr_assert_eq(f, 15, "1 MHz / 65536, rounded");
}

static const char two_slices[] =
    "{\"name\": \"pw\", \"freq\": 125000000, \"pins\": [\n"
    " {\"cpu\": \"A\", \"number\": 0, \"functions\": {\"pwm0\": \"A\"}},\n"
    " {\"cpu\": \"B\", \"number\": 1, \"functions\": {\"pwm0\": \"B\"}},\n"
    " {\"cpu\": \"A2\", \"number\": 2, \"functions\": {\"pwm0\": \"A\"}},\n"
    " {\"cpu\": \"C\", \"number\": 3, \"functions\": {\"pwm1\": \"A\"}}]}\n";

Test(sim_pwm, a_slice_shares_its_frequency_and_a_channel_its_duty) {
    char err[200];
    cr_assert_eq(unit_sim_open_text(two_slices, err, sizeof err), 0, "%s", err);
    cr_assert_eq(H.pwm_start(B, 0, 1000, 100, false), 0);
    cr_assert_eq(H.pwm_start(B, 1, 2000, 200, false), 0);
    cr_assert_eq(H.pwm_start(B, 2, 2000, 300, false), 0);
    cr_assert_eq(H.pwm_start(B, 3, 50, 400, false), 0);
    uint32_t f[4];
    uint16_t d[4];
    bool inv;
    for (int i = 0; i < 4; i++) cr_assert_eq(H.pwm_get(B, i, &f[i], &d[i], &inv), 0);
    cr_assert(f[0] == 2000 && f[1] == 2000 && f[2] == 2000 && f[3] == 50);
    cr_assert(d[0] == 300 && d[1] == 200 && d[2] == 300 && d[3] == 400);
    cr_assert_eq(H.pwm_start(B, 0, 8, 0, false), 0, "8 Hz: the slowest a 125 MHz slice makes");
    cr_assert_eq(H.pwm_start(B, 0, 7, 0, false), -EINVAL);
}

Test(sim_pwm, the_trace_has_one_duty_per_setting) {
    char path[] = "/tmp/unit_pwm_XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    unit_sim_open(path);
    H.pwm_start(B, 4, 1000, 32768, false);
    H.pwm_start(B, 4, 2000, 32768, false);   // same duty: nothing new
    H.run_until(B, 5000);
    H.pwm_stop(B, 4);
    unit_sim_close();
    char text[4096] = "";
    FILE *f = fdopen(fd, "r");
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = 0;
    fclose(f);
    unlink(path);
    cr_assert(strstr(text, "$scope module pwm $end\n$var real 64 ' GPIO4 $end\n"), "%s", text);
    cr_assert(strstr(text, "$end\n1%\nr0.500008 '\n#4000\n0%\nr0 '\n"), "%s", text);
}
