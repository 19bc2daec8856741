// tests/unit/unit_sim.h: a small simulated board for the hal_sim unit tests,
// opened through the backend table (py_hal_sim). Layer: tests; no VM.
// SPDX-License-Identifier: MIT

#ifndef UNIT_SIM_H
#define UNIT_SIM_H

#include "hal.h"
#include "sim_board.h"

// The board of unit_sim.c's file: pins 0-5 ("GP0".."GP5"; GP3 has ADC 0,
// GP5 is reserved), alias "LED" = GP4, parts led (GP4), btn (GP1, to gnd),
// bouncy (GP2, 900 us bounce), sw (GP0), pot (GP3, 0.25). Every event the
// board reports is appended to unit_sim_events as "tag:events@t_ns;".
extern void *unit_sim_b;
extern sim_board_t *unit_sim_board;
extern char unit_sim_events[4096];

// Opens the board (tracing to [trace] unless NULL) at clock 1000 ns; fails the test on error.
void unit_sim_open(const char *trace);
// Opens a board file with the given [text]; returns open()'s result, message in [err].
int unit_sim_open_text(const char *text, char *err, size_t err_len);
void unit_sim_close(void);

#endif
