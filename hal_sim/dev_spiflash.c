// hal_sim/dev_spiflash.c: the 25-series flash model: the command set drivers use (JEDEC id,
// reads, write enable, page program, erases, status, power-down, reset), each taking effect
// at CS's rising edge as on the part, and busy times on the virtual clock. hal_sim layer.
// SPDX-License-Identifier: MIT
//
// Program and erase need WEL (set by 0x06) and clear it when they finish; programming only
// clears bits (1 -> 0). While busy, every command but the status reads is ignored and the
// part leaves MISO released (0xFF). The 3 us power-down entry/exit times are not modelled.

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "dev_spiflash.h"

static sim_spiflash_t *self(sim_spi_dev_t *dev) {
    return (sim_spiflash_t *)dev;
}

static bool busy(sim_spiflash_t *f) {
    return sim_devclock_busy(&f->spi.clock, f->busy_until_ns);
}

// WEL drops when the program or erase that used it is over.
static void settle(sim_spiflash_t *f) {
    if (f->clear_wel_when_done && !busy(f)) {
        f->wel = false;
        f->clear_wel_when_done = false;
    }
}

uint8_t sim_spiflash_status(sim_spiflash_t *f) {
    settle(f);
    return (uint8_t)((busy(f) ? 0x01 : 0) | (f->wel ? 0x02 : 0));
}

static bool is_status_read(uint8_t c) {
    return c == 0x05 || c == 0x35 || c == 0x15;
}

// The first byte: the command, and whether the part will listen to it.
static void command(sim_spiflash_t *f, uint8_t c) {
    settle(f);
    f->cmd = c;
    f->addr = 0;
    f->ignored = (f->powered_down && c != 0xAB) || (busy(f) && !is_status_read(c));
    memset(f->ploaded, 0, sizeof f->ploaded);
}

// Address bytes (1-3 after the command) shift into addr, MSB first.
static bool addr_byte(sim_spiflash_t *f, uint32_t n, uint8_t b) {
    if (n > 3) return false;
    f->addr = ((f->addr << 8) | b) & (f->size - 1);
    if (n == 3) f->page_base = f->addr & ~255u;
    return true;
}

static uint8_t read_data(sim_spiflash_t *f) {
    uint8_t b = f->mem[f->addr];
    f->addr = (f->addr + 1) & (f->size - 1); // reads run on across the whole array
    return b;
}

static uint8_t op_transfer(sim_spi_dev_t *dev, uint8_t mosi) {
    sim_spiflash_t *f = self(dev);
    uint32_t n = f->nbytes++;
    if (n == 0) {
        command(f, mosi);
        return 0xFF;
    }
    if (f->ignored) return 0xFF;
    switch (f->cmd) {
    case 0x05: return sim_spiflash_status(f); // repeats: a poll may stay selected
    case 0x35: case 0x15: return 0x00;
    case 0x9F: return f->jedec[(n - 1) % 3];
    case 0x03:
        if (addr_byte(f, n, mosi)) return 0xFF;
        return read_data(f);
    case 0x0B:
        if (addr_byte(f, n, mosi) || n == 4) return 0xFF; // 4: the dummy byte
        return read_data(f);
    case 0x02:
        if (addr_byte(f, n, mosi)) return 0xFF;
        // Past the page's end the address wraps to the page's start (later bytes win).
        f->pbuf[f->addr & 255] = mosi;
        f->ploaded[f->addr & 255] = true;
        f->addr = f->page_base | ((f->addr + 1) & 255);
        return 0xFF;
    case 0x20: case 0x52: case 0xD8:
        addr_byte(f, n, mosi);
        return 0xFF;
    case 0xAB: return n <= 3 ? 0xFF : f->device_id;
    case 0x90:
        if (addr_byte(f, n, mosi)) return 0xFF;
        return ((n - 4 + (f->addr & 1)) % 2) ? f->device_id : f->jedec[0];
    case 0x4B: return n <= 4 ? 0xFF : f->uid[(n - 5) % 8];
    default: return 0xFF;
    }
}

static void start_busy(sim_spiflash_t *f, uint64_t ns) {
    f->busy_until_ns = sim_devclock_now(&f->spi.clock) + ns;
    f->clear_wel_when_done = true;
    settle(f); // without a clock the operation is over at once
}

static void erase(sim_spiflash_t *f, uint32_t len, uint64_t ns) {
    memset(f->mem + (f->addr & ~(len - 1)), 0xFF, len);
    start_busy(f, ns);
}

// CS went high: the command takes effect if it came complete (erases need exactly their
// three address bytes; program needs at least one data byte) and WEL allowed it.
static void execute(sim_spiflash_t *f) {
    uint32_t n = f->nbytes;
    uint8_t c = f->cmd;
    bool reset_enabled = f->reset_enabled; // only for the command right after 0x66
    f->reset_enabled = false;
    switch (c) {
    case 0x06: if (n == 1) f->wel = true; break;
    case 0x04: if (n == 1) f->wel = false; break;
    case 0x02:
        if (!f->wel || n < 5) break;
        for (uint32_t i = 0; i < 256; i++)
            if (f->ploaded[i]) f->mem[f->page_base + i] &= f->pbuf[i];
        start_busy(f, f->page_ns);
        break;
    case 0x20: if (f->wel && n == 4) erase(f, 4096, f->sector_ns); break;
    case 0x52: if (f->wel && n == 4) erase(f, 32768 < f->size ? 32768 : f->size, f->block32_ns); break;
    case 0xD8: if (f->wel && n == 4) erase(f, 65536 < f->size ? 65536 : f->size, f->block64_ns); break;
    case 0xC7: case 0x60:
        if (f->wel && n == 1) {
            f->addr = 0;
            erase(f, f->size, f->chip_ns);
        }
        break;
    case 0xB9: if (n == 1) f->powered_down = true; break;
    case 0xAB: f->powered_down = false; break;
    case 0x66: if (n == 1) f->reset_enabled = true; break;
    case 0x99:
        if (n == 1 && reset_enabled) {
            f->wel = false;
            f->clear_wel_when_done = false;
        }
        break;
    case 0x01: if (f->wel) f->wel = false; break; // status write: protection not modelled
    default: break;
    }
}

static void op_select(sim_spi_dev_t *dev, bool active) {
    sim_spiflash_t *f = self(dev);
    if (active == f->selected) return;
    f->selected = active;
    if (active) {
        f->nbytes = 0;
    } else if (f->nbytes > 0 && !f->ignored) {
        execute(f);
    }
}

static const struct sim_spi_ops spiflash_ops = {op_select, op_transfer};

int sim_spiflash_init(sim_spiflash_t *f, uint32_t size, sim_devclock_t clock) {
    if (size < 65536 || size > 16777216 || (size & (size - 1))) return -EINVAL;
    memset(f, 0, sizeof *f);
    f->mem = malloc(size);
    if (!f->mem) return -ENOMEM;
    memset(f->mem, 0xFF, size);
    f->spi.ops = &spiflash_ops;
    f->spi.clock = clock;
    f->size = size;
    int log2 = 0;
    while ((1u << log2) < size) log2++;
    f->jedec[0] = 0xEF;
    f->jedec[1] = 0x40;
    f->jedec[2] = (uint8_t)log2;
    f->device_id = (uint8_t)(log2 - 1);
    static const uint8_t uid[8] = {0xD2, 0x63, 0x48, 0x1C, 0x37, 0x0B, 0x29, 0x5E};
    memcpy(f->uid, uid, 8);
    f->page_ns = 400000;
    f->sector_ns = 45000000;
    f->block32_ns = 120000000;
    f->block64_ns = 150000000;
    f->chip_ns = (uint64_t)2500000000u * (size >> 20 ? size >> 20 : 1); // 10 s for 4 MiB
    return 0;
}

void sim_spiflash_free(sim_spiflash_t *f) {
    free(f->mem);
    f->mem = NULL;
}
