// hal_sim/dev_loopback.h: a UART peer that sends back every byte it receives (a wire from
// TX to RX). hal_sim layer, no VM.
// SPDX-License-Identifier: MIT

#ifndef DEV_LOOPBACK_H
#define DEV_LOOPBACK_H

#include "sim_dev.h"

#define SIM_LOOPBACK_CAP 1024

typedef struct sim_loopback {
    sim_uart_dev_t uart;
    uint8_t buf[SIM_LOOPBACK_CAP];
    uint64_t due[SIM_LOOPBACK_CAP]; // when each byte comes back
    size_t head, len;
    size_t dropped;    // bytes lost because the MCU did not take them (buffer full)
    uint64_t delay_ns; // from a byte's arrival to its return (0: at once)
} sim_loopback_t;

// An empty loopback that returns bytes after `delay_ns`. Never fails.
void sim_loopback_init(sim_loopback_t *l, uint64_t delay_ns);

#endif
