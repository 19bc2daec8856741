// hal_sim/sim_spi.h: SPI on the simulated board: hardware buses (py_hal_t spi_*), the SPI
// devices of the board file selected by their CS pins, and a pin-level decoder so SoftSPI
// reaches the same devices. Layer: simulated board (hal_sim).
// SPDX-License-Identifier: MIT

#ifndef SIM_SPI_H
#define SIM_SPI_H

#include "sim_board.h"

// Makes the board file's SPI devices (type "w25q": a 25-series flash; attrs size, jedec_id)
// on their buses and pins. 0, -EINVAL (cfg message in [err]), -ENOMEM; on failure nothing is
// left to free.
int sim_spi_init(sim_board_t *b, char *err, size_t err_len);
// Frees what sim_spi_init made. Never fails; NULL state is fine.
void sim_spi_free(sim_board_t *b);
// Pin index [i] changed level: devices whose CS it is are selected or released, and the
// decoder of a device wired there (SCK) shifts a bit when no hardware bus owns the pins.
void sim_spi_pin_changed(sim_board_t *b, int i);
// The level the SPI devices (or a hardware transfer in progress) drive on pin index [i]
// (MISO), or -1 when they drive nothing. Never fails.
int sim_spi_pin_drive(const sim_board_t *b, int i);

// The py_hal_t entries (mods/hal.h).
int sim_spi_open(void *h, int bus, int sck, int mosi, int miso, uint32_t baud, int mode,
                 int bits, int firstbit);
int sim_spi_transfer(void *h, int bus, const uint8_t *tx, uint8_t *rx, size_t len,
                     uint8_t fill);
int sim_spi_close(void *h, int bus);

#endif
