// hal_sim/sim_clock.h: the board's virtual clock and its queue of timed events.
// Layer: simulated board (hal_sim); plain C, no VM.
// SPDX-License-Identifier: MIT

#ifndef SIM_CLOCK_H
#define SIM_CLOCK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// What an event does when it comes due: [arg] was given when it was queued.
typedef void (*sim_event_fn_t)(void *ctx, uint64_t arg);

typedef struct sim_event {
    uint64_t t;     // due time, ns
    uint64_t seq;   // queueing order: events due at the same time run in it
    sim_event_fn_t fn;
    void *ctx;
    uint64_t arg;
    int id;
} sim_event_t;

// The clock: [now] in ns, and a binary min-heap of events ordered by (t, seq).
typedef struct sim_clock {
    uint64_t now;
    uint64_t seq;
    sim_event_t *heap;
    size_t len, cap;
    int next_id;
} sim_clock_t;

// Starts [c] at time [start_ns] with no events. Never fails.
void sim_clock_init(sim_clock_t *c, uint64_t start_ns);
// Frees the queue.
void sim_clock_free(sim_clock_t *c);
// Queues fn(ctx, arg) at time [t] (a time already past runs at the next
// step). Returns the event's id (> 0) or -ENOMEM.
int sim_clock_at(sim_clock_t *c, uint64_t t, sim_event_fn_t fn, void *ctx, uint64_t arg);
// Removes the event [id]; false when it is not queued (already run).
bool sim_clock_cancel(sim_clock_t *c, int id);
// The due time of the earliest event, UINT64_MAX when none.
uint64_t sim_clock_next(const sim_clock_t *c);
// Runs the earliest event if it is due at or before [t]: the clock moves to
// its time first (never backwards). Returns false when none is due.
bool sim_clock_step(sim_clock_t *c, uint64_t t);

#endif
