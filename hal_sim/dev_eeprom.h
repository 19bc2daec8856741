// hal_sim/dev_eeprom.h: a 24LC256-style I2C EEPROM model (2-byte addresses, page writes,
// a write cycle during which the part NACKs). hal_sim layer, no VM.
// SPDX-License-Identifier: MIT

#ifndef DEV_EEPROM_H
#define DEV_EEPROM_H

#include "sim_dev.h"

#define SIM_EEPROM_PAGE_MAX 256

typedef struct sim_eeprom {
    sim_i2c_dev_t i2c;
    uint8_t *mem;        // size bytes, malloc'd; erased parts read 0xFF
    uint32_t size, page; // powers of two
    uint32_t ptr;        // the internal address counter
    uint32_t page_base;  // the page a write is loading
    int addr_bytes;      // address bytes received in this write (0-2)
    bool writing;        // this transaction is a write
    bool wp;             // the WP pin is high: writes are ACKed but not done
    uint8_t buf[SIM_EEPROM_PAGE_MAX];
    bool loaded[SIM_EEPROM_PAGE_MAX]; // which bytes of the page buffer a write loaded
    uint32_t loaded_count;
    uint64_t write_ns;   // the write cycle (5 ms, the 24LC256's maximum)
    uint64_t busy_until_ns;
} sim_eeprom_t;

// A part of `size` bytes with `page`-byte pages (both powers of two; size 4K-64K, page
// 8-256: 24LC256 is 32768/64, 24LC512 65536/128) at 0x50 | `a_pins` (A2 A1 A0, 0-7), erased.
// Returns 0, -EINVAL for bad sizes or pins, -ENOMEM.
int sim_eeprom_init(sim_eeprom_t *e, uint32_t size, uint32_t page, unsigned a_pins,
                    sim_devclock_t clock);

// Frees the memory; the struct may be initialised again.
void sim_eeprom_free(sim_eeprom_t *e);

#endif
