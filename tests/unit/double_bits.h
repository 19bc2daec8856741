// tests/unit/double_bits.h: a double's IEEE bits and back, for the float units.
// Layer: tests.
// SPDX-License-Identifier: MIT

#ifndef DOUBLE_BITS_H
#define DOUBLE_BITS_H

#include <stdint.h>
#include <string.h>

static inline uint64_t bits_of(double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static inline double from_bits(uint64_t u) {
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

#endif
