// hal_sim/dev_loopback.c: the loopback UART peer: a queue of received bytes, each due back
// at its arrival time plus a fixed delay. hal_sim layer, no VM.
// SPDX-License-Identifier: MIT

#include <string.h>
#include "dev_loopback.h"

static sim_loopback_t *self(sim_uart_dev_t *dev) {
    return (sim_loopback_t *)dev;
}

static void op_receive(sim_uart_dev_t *dev, const uint8_t *data, size_t n, uint64_t now_ns) {
    sim_loopback_t *l = self(dev);
    for (size_t i = 0; i < n; i++) {
        if (l->len == SIM_LOOPBACK_CAP) {
            l->dropped += n - i;
            return;
        }
        size_t at = (l->head + l->len++) % SIM_LOOPBACK_CAP;
        l->buf[at] = data[i];
        l->due[at] = now_ns + l->delay_ns;
    }
}

static uint64_t op_next_event(sim_uart_dev_t *dev) {
    sim_loopback_t *l = self(dev);
    return l->len ? l->due[l->head] : SIM_NEVER;
}

static size_t op_emit(sim_uart_dev_t *dev, uint64_t now_ns, uint8_t *out, size_t max) {
    sim_loopback_t *l = self(dev);
    size_t n = 0;
    while (n < max && l->len && l->due[l->head] <= now_ns) {
        out[n++] = l->buf[l->head];
        l->head = (l->head + 1) % SIM_LOOPBACK_CAP;
        l->len--;
    }
    return n;
}

static const struct sim_uart_ops loopback_ops = {op_receive, op_next_event, op_emit};

void sim_loopback_init(sim_loopback_t *l, uint64_t delay_ns) {
    memset(l, 0, sizeof *l);
    l->uart.ops = &loopback_ops;
    l->delay_ns = delay_ns;
}
