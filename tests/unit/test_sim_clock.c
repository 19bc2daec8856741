// tests/unit/test_sim_clock.c: the virtual clock's event queue (hal_sim/sim_clock.c):
// time order, queueing order at equal times, cancelling, never going backwards.
// Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <stdint.h>

#include "sim_clock.h"

static char log_buf[64];
static int log_len;
static sim_clock_t *running;

static void note(void *ctx, uint64_t arg) {
    (void)ctx;
    log_buf[log_len++] = (char)arg;
    log_buf[log_len] = 0;
}

// An event that queues another at the same time: it must run after those
// already due then (queueing order), not before.
static void chain(void *ctx, uint64_t arg) {
    note(ctx, arg);
    sim_clock_at(running, running->now, note, NULL, 'z');
}

static void run_all(sim_clock_t *c, uint64_t until) {
    while (sim_clock_step(c, until)) {}
}

Test(sim_clock, runs_events_in_time_order) {
    sim_clock_t c;
    sim_clock_init(&c, 1000);
    log_len = 0;
    sim_clock_at(&c, 5000, note, NULL, 'c');
    sim_clock_at(&c, 2000, note, NULL, 'a');
    sim_clock_at(&c, 3000, note, NULL, 'b');
    cr_assert_eq(sim_clock_next(&c), 2000);
    run_all(&c, 4000);
    cr_assert_str_eq(log_buf, "ab");
    cr_assert_eq(c.now, 3000);
    run_all(&c, 10000);
    cr_assert_str_eq(log_buf, "abc");
    cr_assert_eq(sim_clock_next(&c), UINT64_MAX);
    sim_clock_free(&c);
}

Test(sim_clock, equal_times_run_in_queueing_order) {
    sim_clock_t c;
    sim_clock_init(&c, 0);
    running = &c;
    log_len = 0;
    const char *order = "pqrstuvwxy";
    for (int i = 0; order[i]; i++)
        sim_clock_at(&c, 100, i == 2 ? chain : note, NULL, (uint64_t)order[i]);
    run_all(&c, 100);
    cr_assert_str_eq(log_buf, "pqrstuvwxyz");
    sim_clock_free(&c);
}

Test(sim_clock, cancel_removes_only_that_event) {
    sim_clock_t c;
    sim_clock_init(&c, 0);
    log_len = 0;
    int ids[40];
    for (int i = 0; i < 40; i++) ids[i] = sim_clock_at(&c, (uint64_t)(40 - i) * 10, note, NULL, (uint64_t)('0' + i % 10));
    for (int i = 0; i < 40; i++)
        if (i % 10 != 3) cr_assert(sim_clock_cancel(&c, ids[i]));
    cr_assert_not(sim_clock_cancel(&c, ids[0]));
    run_all(&c, 1000);
    cr_assert_str_eq(log_buf, "3333");
    sim_clock_free(&c);
}

Test(sim_clock, a_past_event_runs_now_without_moving_the_clock_back) {
    sim_clock_t c;
    sim_clock_init(&c, 5000);
    log_len = 0;
    sim_clock_at(&c, 10, note, NULL, 'p');
    cr_assert(sim_clock_step(&c, 5000));
    cr_assert_eq(c.now, 5000);
    cr_assert_not(sim_clock_step(&c, 1u << 30));
    sim_clock_free(&c);
}
