// tests/unit/test_linux_hal.c: the Linux backend's table (hal_linux/linux_hal.c) on the
// host: the real clock and its start value, waits, timers in due order without drift,
// and error messages for lines and chips that are not there. Layer: tests (Criterion); no VM.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>

#include "hal.h"

#ifdef PY_HAL_LINUX

static const py_hal_t *hal = &py_hal_linux;

static uint32_t seen[64];
static int nseen;

static void sink(void *ctx, uint32_t tag, uint32_t events) {
    (void)ctx;
    cr_assert_eq(events, PY_HAL_TIMER_EXPIRED);
    if (nseen < 64) seen[nseen++] = tag;
}

static void *up(uint64_t start_ns) {
    char err[200] = "";
    py_hal_config_t cfg = {"ignored", NULL, false, start_ns, err, sizeof err};
    void *b = NULL;
    cr_assert_eq(hal->open(&b, &cfg), 0, "%s", err);
    hal->set_sink(b, sink, NULL);
    nseen = 0;
    return b;
}

Test(linux_hal, clock_starts_at_the_front_ends_value_and_waits_for_real) {
    void *b = up(7000000000ull);
    uint64_t t0 = hal->now(b);
    cr_assert(t0 >= 7000000000ull && t0 < 7100000000ull, "now %llu", (unsigned long long)t0);
    cr_assert_eq(hal->access_ns(b), 0);
    cr_assert_eq(hal->run_until(b, t0 + 20000000), 0);   // no event: reaches the time
    cr_assert_geq(hal->now(b), t0 + 20000000);
    cr_assert_eq(hal->run_until(b, t0), 0);              // already past: returns at once
    cr_assert_eq(hal->next_event(b), UINT64_MAX);
    hal->close(b);
}

Test(linux_hal, timers_fire_in_due_order_and_periodic_ones_do_not_drift) {
    void *b = up(1000);
    int tick = hal->timer_start(b, 10000000, true, 3);    // every 10 ms
    uint64_t t0 = hal->next_event(b) - 10000000;           // when it started
    int slow = hal->timer_start(b, 30000000, false, 7);   // one-shot, just after the 3rd tick
    cr_assert(slow >= 0 && tick >= 0 && slow != tick);
    cr_assert_eq(hal->next_event(b), t0 + 10000000, "the periodic one is due first");
    uint64_t end = t0 + 45000000;
    int r;
    while ((r = hal->run_until(b, end)) == 1) {}
    cr_assert_eq(r, 0);
    // Ticks at 10, 20, 30, the one-shot just after 30, the tick at 40; a
    // wake-up late by a period (a loaded machine) fires a tick once, not twice.
    cr_assert(nseen >= 3 && nseen <= 5, "reports %d", nseen);
    cr_assert_eq(seen[0], 3);
    int ones = 0;
    for (int i = 0; i < nseen; i++) ones += seen[i] == 7;
    cr_assert_eq(ones, 1);
    // Due times are counted from the start, not from when each was seen.
    uint64_t next = hal->next_event(b);
    cr_assert(next > end && (next - t0) % 10000000 == 0, "next %llu",
              (unsigned long long)(next - t0));
    cr_assert_eq(hal->timer_stop(b, tick), 0);
    cr_assert_eq(hal->timer_stop(b, slow), 0);   // a fired one-shot still holds its handle
    cr_assert_eq(hal->timer_stop(b, slow), -ENOENT);
    cr_assert_eq(hal->timer_start(b, 0, false, 1), -EINVAL);
    hal->close(b);
}

Test(linux_hal, missing_lines_and_chips_are_named_in_the_error) {
    void *b = up(0);
    int r = hal->pin_find(b, "NO_SUCH_LINE_X");
    cr_assert(r == -ENOENT || r == -EACCES);
    const char *text = hal->error_text(b, r);
    cr_assert_not_null(text);
    cr_assert(strstr(text, "no GPIO line named \"NO_SUCH_LINE_X\""), "%s", text);
    cr_assert_eq(strncmp(text, r == -ENOENT ? "ENOENT: " : "EACCES: ", 8), 0, "%s", text);
    cr_assert_null(hal->error_text(b, -EBUSY), "a message only for the error returned");

    r = hal->pin_find(b, "nochip-x:3");
    cr_assert(r == -ENOENT || r == -EACCES);
    cr_assert(strstr(hal->error_text(b, r), "no GPIO chip named or labelled \"nochip-x\""),
              "%s", hal->error_text(b, r));

    py_hal_pin_info_t info;
    r = hal->pin_info(b, 65535, &info);   // no line is named GPIO65535
    cr_assert(r < 0);
    cr_assert(strstr(hal->error_text(b, r), "\"GPIO65535\""), "%s", hal->error_text(b, r));
    cr_assert_eq(hal->pin_open(b, 65535, PY_HAL_PIN_OUT, 0), r);
    cr_assert_eq(hal->rtc_set(b, 0, 0), -EPERM);
    hal->close(b);
}

#else

Test(linux_hal, not_built) {}   // no libgpiod: the backend is left out

#endif
