// tests/unit/unit_sim.c: the fixture board of the hal_sim unit tests (unit_sim.h).
// Layer: tests; no VM.
// SPDX-License-Identifier: MIT

#include "unit_sim.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

void *unit_sim_b;
sim_board_t *unit_sim_board;
char unit_sim_events[4096];

static const char board_json[] =
    "{\"name\": \"unit\", \"mcu\": \"TEST\", \"freq\": 1000000, \"unique_id\": \"0102ab\",\n"
    " \"pins\": [\n"
    "  {\"cpu\": \"GPIO0\", \"number\": 0, \"board\": [\"GP0\"]},\n"
    "  {\"cpu\": \"GPIO1\", \"number\": 1, \"board\": [\"GP1\"]},\n"
    "  {\"cpu\": \"GPIO2\", \"number\": 2, \"board\": [\"GP2\"]},\n"
    "  {\"cpu\": \"GPIO3\", \"number\": 3, \"board\": [\"GP3\"], \"adc\": 0},\n"
    "  {\"cpu\": \"GPIO4\", \"number\": 4, \"board\": [\"GP4\"], \"functions\": {\"pwm2\": \"A\"}},\n"
    "  {\"cpu\": \"GPIO5\", \"number\": 5, \"board\": [\"GP5\"], \"reserved\": \"flash\"}],\n"
    " \"aliases\": {\"LED\": \"GPIO4\"},\n"
    " \"parts\": [\n"
    "  {\"id\": \"led\", \"type\": \"led\", \"pin\": \"LED\"},\n"
    "  {\"id\": \"btn\", \"type\": \"button\", \"pin\": \"GP1\", \"attrs\": {\"to\": \"gnd\"}},\n"
    "  {\"id\": \"bouncy\", \"type\": \"button\", \"pin\": \"GP2\", \"attrs\": {\"bounce_us\": 900}},\n"
    "  {\"id\": \"sw\", \"type\": \"slide_switch\", \"pin\": \"GP0\", \"attrs\": {\"value\": 1}},\n"
    "  {\"id\": \"pot\", \"type\": \"pot\", \"pin\": \"GP3\", \"attrs\": {\"value\": 0.25}},\n"
    "  {\"id\": \"oled\", \"type\": \"ssd1306\", \"bus\": \"i2c0\"}]}\n";

static void record(void *ctx, uint32_t tag, uint32_t events) {
    (void)ctx;
    size_t n = strlen(unit_sim_events);
    snprintf(unit_sim_events + n, sizeof unit_sim_events - n, "%u:%u@%llu;", tag, events,
             (unsigned long long)unit_sim_board->clock.now);
}

static int open_file(const char *text, const char *trace, char *err, size_t err_len) {
    char path[] = "/tmp/unit_sim_XXXXXX.json";
    int fd = mkstemps(path, 5);
    cr_assert_geq(fd, 0);
    cr_assert_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    py_hal_config_t cfg = {path, trace, false, 1000, err, err_len};
    int r = py_hal_sim.open(&unit_sim_b, &cfg);
    unlink(path);
    if (r == 0) {
        unit_sim_board = sim_hal_board(unit_sim_b);
        unit_sim_events[0] = 0;
        py_hal_sim.set_sink(unit_sim_b, record, NULL);
    }
    return r;
}

void unit_sim_open(const char *trace) {
    char err[200] = "";
    int r = open_file(board_json, trace, err, sizeof err);
    cr_assert_eq(r, 0, "open: %d %s", r, err);
}

int unit_sim_open_text(const char *text, char *err, size_t err_len) {
    return open_file(text, NULL, err, err_len);
}

void unit_sim_close(void) {
    if (unit_sim_b) py_hal_sim.close(unit_sim_b);
    unit_sim_b = NULL;
}
