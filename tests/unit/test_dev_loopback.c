// tests/unit/test_dev_loopback.c: the loopback UART peer (hal_sim/dev_loopback.c): bytes
// come back in order at arrival + delay, partial emits, overflow counted.
// SPDX-License-Identifier: MIT
//
// No VM.

#include <criterion/criterion.h>
#include <string.h>
#include "dev_loopback.h"

Test(loopback, echoes_in_order_after_the_delay) {
    static sim_loopback_t l;
    sim_loopback_init(&l, 1000);
    sim_uart_dev_t *u = &l.uart;
    uint8_t out[16];
    cr_assert_eq(u->ops->next_event_ns(u), SIM_NEVER);
    u->ops->receive(u, (const uint8_t *)"abc", 3, 100);
    u->ops->receive(u, (const uint8_t *)"de", 2, 500);
    cr_assert_eq(u->ops->next_event_ns(u), 1100);
    cr_assert_eq(u->ops->emit(u, 1099, out, 16), 0);
    cr_assert_eq(u->ops->emit(u, 1100, out, 2), 2);
    cr_assert_eq(memcmp(out, "ab", 2), 0);
    cr_assert_eq(u->ops->emit(u, 1200, out, 16), 1, "d and e are not due yet");
    cr_assert_eq(out[0], 'c');
    cr_assert_eq(u->ops->next_event_ns(u), 1500);
    cr_assert_eq(u->ops->emit(u, 9999, out, 16), 2);
    cr_assert_eq(memcmp(out, "de", 2), 0);
    cr_assert_eq(u->ops->next_event_ns(u), SIM_NEVER);
}

Test(loopback, overflow_drops_and_counts) {
    static sim_loopback_t l;
    sim_loopback_init(&l, 0);
    sim_uart_dev_t *u = &l.uart;
    static uint8_t big[SIM_LOOPBACK_CAP + 10];
    for (size_t i = 0; i < sizeof big; i++) big[i] = (uint8_t)i;
    u->ops->receive(u, big, sizeof big, 0);
    cr_assert_eq(l.dropped, 10);
    static uint8_t out[SIM_LOOPBACK_CAP + 10];
    cr_assert_eq(u->ops->emit(u, 0, out, sizeof out), SIM_LOOPBACK_CAP);
    cr_assert_eq(memcmp(out, big, SIM_LOOPBACK_CAP), 0);
}
