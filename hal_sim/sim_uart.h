// hal_sim/sim_uart.h: UARTs on the simulated board: TX and RX paced at the frame time of
// the baud rate, the peers of the board file (uart_loopback, nmea_gps, uart_host: the
// terminal), and the hooks scenarios use to talk to a UART. Layer: simulated board (hal_sim).
// SPDX-License-Identifier: MIT

#ifndef SIM_UART_H
#define SIM_UART_H

#include "sim_board.h"

// Makes the UART peers of the board file's parts (call once the clock is set). 0, -EINVAL
// (message in [err]), -ENOMEM; on failure nothing is left to free.
int sim_uart_init(sim_board_t *b, char *err, size_t err_len);
// Frees what sim_uart_init made. Never fails; NULL state is fine.
void sim_uart_free(sim_board_t *b);

// Bytes arriving on the MCU's RX of UART [uart] from board time [at_ns] on (now when in
// the past), paced at the UART's frame time; a UART not open when they arrive loses them,
// as a real one would. 0, -ENOENT (no such UART on the board), -ENOMEM. Copies [data].
int sim_uart_inject(sim_board_t *b, int uart, const uint8_t *data, size_t n, uint64_t at_ns);

// The py_hal_t entries (mods/hal.h).
int sim_uart_open(void *h, int uart, int tx, int rx, uint32_t baud, int bits, int parity,
                  int stop);
int sim_uart_write(void *h, int uart, const uint8_t *data, size_t len);
int sim_uart_read(void *h, int uart, uint8_t *data, size_t len);
int sim_uart_any(void *h, int uart);
int sim_uart_irq(void *h, int uart, uint32_t triggers, uint32_t tag);
int sim_uart_close(void *h, int uart);
int sim_uart_txdone(void *h, int uart);
int sim_uart_sendbreak(void *h, int uart);

#endif
