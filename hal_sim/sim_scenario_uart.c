// hal_sim/sim_scenario_uart.c: the scenario's UART steps (send-uart, wait-uart) on the
// board's UART model: bytes injected on the MCU's RX, the TX observer feeding
// wait-uart. Layer: simulated board (hal_sim); no VM.
// SPDX-License-Identifier: MIT
//
// It uses only sim_uart_inject and the board's uart_tx_observer (hal_sim/sim_uart.h).

#include "sim_scenario.h"
#include "sim_uart.h"

int sim_scenario_uart_send(sim_board_t *b, int uart, const uint8_t *data, size_t n,
                           uint64_t at_ns) {
    int r = sim_uart_inject(b, uart, data, n, at_ns);
    return r < 0 ? r : 0;
}

static void tx_seen(void *ctx, int uart, const uint8_t *data, size_t n) {
    sim_scenario_uart_out(ctx, uart, data, n);
}

void sim_scenario_uart_watch(sim_board_t *b, sim_scenario_t *s) {
    b->uart_tx_observer = tx_seen;
    b->uart_tx_ctx = s;
}
