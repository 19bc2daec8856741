// hal_sim/sim_clock.c: the virtual clock's event queue, a binary heap on (time, order).
// Layer: simulated board (hal_sim); plain C, no VM.
// SPDX-License-Identifier: MIT

#include "sim_clock.h"

#include <errno.h>
#include <stdlib.h>

void sim_clock_init(sim_clock_t *c, uint64_t start_ns) {
    *c = (sim_clock_t){.now = start_ns, .next_id = 1};
}

void sim_clock_free(sim_clock_t *c) {
    free(c->heap);
    c->heap = NULL;
    c->len = c->cap = 0;
}

static bool before(const sim_event_t *a, const sim_event_t *b) {
    return a->t < b->t || (a->t == b->t && a->seq < b->seq);
}

static void swap(sim_event_t *a, sim_event_t *b) {
    sim_event_t t = *a;
    *a = *b;
    *b = t;
}

static void sift_up(sim_clock_t *c, size_t i) {
    while (i > 0 && before(&c->heap[i], &c->heap[(i - 1) / 2])) {
        swap(&c->heap[i], &c->heap[(i - 1) / 2]);
        i = (i - 1) / 2;
    }
}

static void sift_down(sim_clock_t *c, size_t i) {
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < c->len && before(&c->heap[l], &c->heap[m])) m = l;
        if (r < c->len && before(&c->heap[r], &c->heap[m])) m = r;
        if (m == i) return;
        swap(&c->heap[i], &c->heap[m]);
        i = m;
    }
}

int sim_clock_at(sim_clock_t *c, uint64_t t, sim_event_fn_t fn, void *ctx, uint64_t arg) {
    if (c->len == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 16;
        sim_event_t *h = realloc(c->heap, cap * sizeof *h);
        if (!h) return -ENOMEM;
        c->heap = h, c->cap = cap;
    }
    int id = c->next_id++;
    if (c->next_id <= 0) c->next_id = 1;   // ids wrap after 2^31 events; old ones are long gone
    c->heap[c->len] = (sim_event_t){t, c->seq++, fn, ctx, arg, id};
    sift_up(c, c->len++);
    return id;
}

static void remove_at(sim_clock_t *c, size_t i) {
    c->heap[i] = c->heap[--c->len];
    if (i < c->len) {
        sift_down(c, i);
        sift_up(c, i);
    }
}

bool sim_clock_cancel(sim_clock_t *c, int id) {
    for (size_t i = 0; i < c->len; i++)
        if (c->heap[i].id == id) {
            remove_at(c, i);
            return true;
        }
    return false;
}

uint64_t sim_clock_next(const sim_clock_t *c) { return c->len ? c->heap[0].t : UINT64_MAX; }

bool sim_clock_step(sim_clock_t *c, uint64_t t) {
    if (!c->len || c->heap[0].t > t) return false;
    sim_event_t e = c->heap[0];
    remove_at(c, 0);
    if (e.t > c->now) c->now = e.t;
    e.fn(e.ctx, e.arg);
    return true;
}
