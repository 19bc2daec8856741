// hal_sim/dev_spiflash.h: a Winbond W25Q-style 25-series SPI NOR flash model.
// hal_sim layer, no VM.
// SPDX-License-Identifier: MIT

#ifndef DEV_SPIFLASH_H
#define DEV_SPIFLASH_H

#include "sim_dev.h"

typedef struct sim_spiflash {
    sim_spi_dev_t spi;
    uint8_t *mem;         // size bytes, malloc'd; erased (0xFF) at start
    uint32_t size;
    uint8_t jedec[3];     // manufacturer, memory type, capacity (log2 of the size)
    uint8_t device_id;    // what 0xAB and 0x90 report
    uint8_t uid[8];       // 0x4B's unique id
    // the command in progress (CS active)
    bool selected;
    uint8_t cmd;
    uint32_t nbytes;      // bytes exchanged in this selection, command included
    uint32_t addr;
    bool ignored;         // the command is ignored (busy, or powered down)
    uint8_t pbuf[256];    // page program: the bytes loaded and where
    bool ploaded[256];
    uint32_t page_base;
    // status
    bool wel, powered_down, reset_enabled;
    bool clear_wel_when_done;
    uint64_t busy_until_ns;
    uint64_t page_ns, sector_ns, block32_ns, block64_ns, chip_ns; // typical W25Q32JV times
} sim_spiflash_t;

// A flash of `size` bytes (a power of two, 64 KiB to 16 MiB), erased, with Winbond's JEDEC
// id EF 40 nn. Returns 0, -EINVAL or -ENOMEM.
int sim_spiflash_init(sim_spiflash_t *f, uint32_t size, sim_devclock_t clock);

// Frees the memory; the struct may be initialised again.
void sim_spiflash_free(sim_spiflash_t *f);

// Status register 1 now: bit 0 BUSY (WIP), bit 1 WEL.
uint8_t sim_spiflash_status(sim_spiflash_t *f);

#endif
