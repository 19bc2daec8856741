// tests/unit/test_sim_uart.c: the simulated UARTs (hal_sim/sim_uart.c): frame-time pacing,
// the loopback peer, sim_uart_inject and the TX observer scenarios use, RX irq reports.
// Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>

#include "sim_uart.h"
#include "unit_sim.h"

#define H py_hal_sim
#define B unit_sim_b

TestSuite(sim_uart, .fini = unit_sim_close);

// UART0 on GP0/GP1 with a loopback; UART1 on GP2/GP3 with nothing wired.
static const char board[] =
    "{\"name\": \"u\", \"pins\": [\n"
    " {\"cpu\": \"GPIO0\", \"number\": 0, \"functions\": {\"uart0\": \"tx\"}},\n"
    " {\"cpu\": \"GPIO1\", \"number\": 1, \"functions\": {\"uart0\": \"rx\"}},\n"
    " {\"cpu\": \"GPIO2\", \"number\": 2, \"functions\": {\"uart1\": \"tx\"}},\n"
    " {\"cpu\": \"GPIO3\", \"number\": 3, \"functions\": {\"uart1\": \"rx\"}}],\n"
    " \"parts\": [{\"id\": \"loop\", \"type\": \"uart_loopback\", \"bus\": \"uart0\",\n"
    "   \"pins\": {\"tx\": \"GPIO0\", \"rx\": \"GPIO1\"}}]}\n";

static void open_board(void) {
    char err[200] = "";
    int r = unit_sim_open_text(board, err, sizeof err);
    cr_assert_eq(r, 0, "open: %d %s", r, err);
}

static char seen[256];
static uint64_t seen_at[256];
static size_t nseen;

static void observe(void *ctx, int uart, const uint8_t *data, size_t n) {
    cr_assert_eq(ctx, &nseen);
    for (size_t i = 0; i < n && nseen < sizeof seen; i++) {
        seen[nseen] = (char)(uart == 1 ? data[i] - 32 : data[i]);
        seen_at[nseen++] = unit_sim_board->clock.now;
    }
}

Test(sim_uart, injected_bytes_arrive_paced_at_the_frame_time) {
    open_board();
    // 10 bits at 100 kbaud: 100 us a byte.
    cr_assert_eq(H.uart_open(B, 1, -1, -1, 100000, 8, -1, 1), 0);
    cr_assert_eq(sim_uart_inject(unit_sim_board, 1, (const uint8_t *)"hey", 3, 500000), 0);
    cr_assert_eq(sim_uart_inject(unit_sim_board, 7, (const uint8_t *)"x", 1, 0), -ENOENT);
    H.run_until(B, 500000 + 100000 - 1);
    cr_assert_eq(H.uart_any(B, 1), 0, "the first byte is complete one frame after it starts");
    H.run_until(B, 500000 + 200000);
    cr_assert_eq(H.uart_any(B, 1), 2);
    H.run_until(B, 10000000);
    uint8_t buf[8];
    cr_assert_eq(H.uart_read(B, 1, buf, sizeof buf), 3);
    cr_assert_eq(memcmp(buf, "hey", 3), 0);
    cr_assert_eq(H.uart_read(B, 1, buf, sizeof buf), 0, "reads never wait");
}

Test(sim_uart, closed_uart_loses_what_arrives) {
    open_board();
    cr_assert_eq(sim_uart_inject(unit_sim_board, 1, (const uint8_t *)"lost", 4, 0), 0);
    H.run_until(B, 1000000);
    cr_assert_eq(H.uart_open(B, 1, -1, -1, 100000, 8, -1, 1), 0);
    cr_assert_eq(H.uart_any(B, 1), 0);
}

Test(sim_uart, observer_and_loopback_see_tx_at_its_time) {
    open_board();
    unit_sim_board->uart_tx_observer = observe;
    unit_sim_board->uart_tx_ctx = &nseen;
    nseen = 0;
    cr_assert_eq(H.uart_open(B, 0, -1, -1, 100000, 8, -1, 1), 0);
    cr_assert_eq(H.uart_irq(B, 0, PY_HAL_UART_RX, 9), 0);
    uint64_t t0 = H.now(B);
    cr_assert_eq(H.uart_write(B, 0, (const uint8_t *)"ab", 2), 2);
    cr_assert_eq(H.uart_txdone(B, 0), 0);
    while (H.run_until(B, t0 + 1000000) == 1) {}
    cr_assert_eq(nseen, 2);
    cr_assert_eq(memcmp(seen, "ab", 2), 0);
    cr_assert_eq(seen_at[0], t0 + 100000);
    cr_assert_eq(seen_at[1], t0 + 200000);
    cr_assert_eq(H.uart_txdone(B, 0), 1);
    // The loopback returns each byte as it arrives; it reaches RX one frame later.
    char want[64];
    snprintf(want, sizeof want, "9:1@%llu;9:1@%llu;", (unsigned long long)(t0 + 200000),
             (unsigned long long)(t0 + 300000));
    cr_assert_str_eq(unit_sim_events, want);
    uint8_t buf[4];
    cr_assert_eq(H.uart_read(B, 0, buf, 4), 2);
    cr_assert_eq(memcmp(buf, "ab", 2), 0);
}

Test(sim_uart, pins_and_settings_are_checked) {
    open_board();
    cr_assert_eq(H.uart_open(B, 3, -1, -1, 9600, 8, -1, 1), -ENOENT);
    cr_assert_eq(H.uart_open(B, 0, 2, -1, 9600, 8, -1, 1), -EINVAL, "GPIO2 is not a uart0 pin");
    cr_assert_eq(H.uart_open(B, 0, -1, -1, 9600, 4, -1, 1), -EINVAL);
    cr_assert_eq(H.uart_open(B, 0, -1, -1, 9600, 8, -1, 1), 0);
    cr_assert_eq(H.pin_open(B, 0, PY_HAL_PIN_OUT, -1), -EBUSY);
    cr_assert_eq(H.uart_close(B, 0), 0);
    cr_assert_eq(H.pin_open(B, 0, PY_HAL_PIN_OUT, -1), 0);
    cr_assert_eq(H.uart_write(B, 0, (const uint8_t *)"x", 1), -EBADF);
}
