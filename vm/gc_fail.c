// vm/gc_fail.c: the failing-allocator test mode (PY_CFG_GC_FAIL): makes chosen GC
// allocations raise MemoryError, so tests can show that every path copes with it.
// Layer: vm core, ISO C (getenv, atexit). SPDX-License-Identifier below.
// SPDX-License-Identifier: MIT
//
// The environment variable PY_GC_FAIL says which allocations fail:
//   PY_GC_FAIL=N        the Nth allocation since start-up (1-based), once;
//   PY_GC_FAIL=N+       the Nth and every later one (the heap is "full" for good);
//   PY_GC_FAIL=rSEED/M[@S]  each allocation after the Sth (0 by default) with
//                       probability 1/M, from a fixed pseudo-random sequence
//                       seeded with SEED (reproducible); S skips start-up;
//   PY_GC_FAIL=count    none; at exit, prints "gc-fail: N allocations" to stderr,
//                       so a test runner can aim N at a script's own allocations.
// Unset or unparsable: no allocation fails.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gc_fail.h"

typedef enum { FAIL_OFF, FAIL_AT, FAIL_FROM, FAIL_RANDOM, FAIL_COUNT } fail_mode_t;

static struct {
    bool configured;
    fail_mode_t mode;
    unsigned long long count;   // allocations seen so far
    unsigned long long at;      // FAIL_AT/FAIL_FROM: the allocation number; FAIL_RANDOM: S
    unsigned long long rng;     // FAIL_RANDOM: xorshift64 state (never 0)
    unsigned long long one_in;  // FAIL_RANDOM: fail with probability 1/one_in
} fail;

static void report_count(void) {
    fprintf(stderr, "gc-fail: %llu allocations\n", fail.count);
}

// Reads PY_GC_FAIL once; a malformed value turns the mode off rather than
// failing at a surprising point.
static void configure(void) {
    fail.configured = true;
    const char *s = getenv("PY_GC_FAIL");
    if (!s || !*s) return;
    char *end;
    if (strcmp(s, "count") == 0) {
        fail.mode = FAIL_COUNT;
        atexit(report_count);
    } else if (s[0] == 'r') {
        unsigned long long seed = strtoull(s + 1, &end, 10);
        if (*end != '/') return;
        unsigned long long m = strtoull(end + 1, &end, 10);
        unsigned long long skip = 0;
        if (*end == '@') skip = strtoull(end + 1, &end, 10);
        if (*end || m == 0) return;
        fail.at = skip;
        fail.rng = seed * 2654435761u + 0x9E3779B97F4A7C15ull;   // spread small seeds, never 0
        if (fail.rng == 0) fail.rng = 1;
        fail.one_in = m;
        fail.mode = FAIL_RANDOM;
    } else {
        unsigned long long n = strtoull(s, &end, 10);
        if (n == 0 || (*end && strcmp(end, "+") != 0)) return;
        fail.at = n;
        fail.mode = *end ? FAIL_FROM : FAIL_AT;
    }
}

static unsigned long long next_random(void) {
    unsigned long long x = fail.rng;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return fail.rng = x;
}

const void *py_gc_fail_state(size_t *size) {
    *size = sizeof fail;
    return &fail;
}

bool py_gc_fail_now(void) {
    if (!fail.configured) configure();
    fail.count++;
    switch (fail.mode) {
    case FAIL_AT: return fail.count == fail.at;
    case FAIL_FROM: return fail.count >= fail.at;
    case FAIL_RANDOM: return fail.count > fail.at && next_random() % fail.one_in == 0;
    default: return false;
    }
}
