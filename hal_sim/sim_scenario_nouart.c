// hal_sim/sim_scenario_nouart.c: the scenario's UART steps on a board without a UART
// model: refused when the scenario starts. Replaced by sim_scenario_uart.c (in the
// Makefile's HAL_SIM_SRC) once hal_sim/sim_uart.c exists. Layer: simulated board.
// SPDX-License-Identifier: MIT

#include <errno.h>

#include "sim_scenario.h"

int sim_scenario_uart_check(sim_board_t *b, int uart) {
    (void)b, (void)uart;
    return -EOPNOTSUPP;
}

int sim_scenario_uart_send(sim_board_t *b, int uart, const uint8_t *data, size_t n,
                           uint64_t at_ns) {
    (void)b, (void)uart, (void)data, (void)n, (void)at_ns;
    return -EOPNOTSUPP;
}

void sim_scenario_uart_watch(sim_board_t *b, sim_scenario_t *s) { (void)b, (void)s; }
