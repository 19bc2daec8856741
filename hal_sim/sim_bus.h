// hal_sim/sim_bus.h: what the board file says about SPI and UART buses: which exist, the
// pins each role may use and their defaults. Layer: simulated board (hal_sim).
// SPDX-License-Identifier: MIT

#ifndef SIM_BUS_H
#define SIM_BUS_H

#include <stdbool.h>

#include "sim_board.h"

// The pin (index into b->pins) of part [part]'s wire [wire] ("cs", "tx"...), or -ENOENT.
int sim_bus_part_pin(const sim_board_t *b, int part, const char *wire);
// True when pin index [i] can take [role] of bus [bus] by the board file's functions
// ("spi1": "sck", or "any" on a routing matrix). Roles are the API's (sck, mosi, miso, tx,
// rx); the function table's names (tx/rx for SPI data) are mapped. Never fails.
bool sim_bus_pin_can(const sim_board_t *b, int i, const char *bus, const char *role);
// py_hal_t.bus_pin: the default pin NUMBER for [role] of [bus], 0 for an existing bus when
// [role] is NULL, or -ENOENT (see mods/hal.h for the order of the sources).
int sim_bus_pin(void *h, const char *bus, const char *role);

#endif
