// hal_sim/dev_eeprom.c: the 24LC-series EEPROM model: random/sequential reads, page writes
// that wrap within their page and are committed at STOP, and the write cycle with ACK
// polling. hal_sim layer, no VM.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "dev_eeprom.h"

static sim_eeprom_t *self(sim_i2c_dev_t *dev) {
    return (sim_eeprom_t *)dev;
}

// While a write cycle runs the part does not answer its address at all: drivers poll with
// an empty write until it ACKs.
static bool op_start(sim_i2c_dev_t *dev, bool read) {
    sim_eeprom_t *e = self(dev);
    if (sim_devclock_busy(&dev->clock, e->busy_until_ns)) return false;
    e->writing = !read;
    if (!read) {
        e->addr_bytes = 0;
        e->loaded_count = 0;
        memset(e->loaded, 0, sizeof e->loaded);
    }
    return true;
}

static bool op_write(sim_i2c_dev_t *dev, uint8_t b) {
    sim_eeprom_t *e = self(dev);
    if (e->addr_bytes == 0) {
        e->ptr = (uint32_t)b << 8;
        e->addr_bytes = 1;
    } else if (e->addr_bytes == 1) {
        e->ptr = (e->ptr | b) & (e->size - 1); // high address bits beyond the size: ignored
        e->page_base = e->ptr & ~(e->page - 1);
        e->addr_bytes = 2;
    } else {
        uint32_t off = e->ptr & (e->page - 1);
        e->buf[off] = b;
        if (!e->loaded[off]) e->loaded_count++;
        e->loaded[off] = true;
        // The counter's low bits roll over within the page; the page bits stay.
        e->ptr = e->page_base | ((e->ptr + 1) & (e->page - 1));
    }
    return true;
}

// Sequential reads run through the whole array and wrap from the last byte to the first.
static uint8_t op_read(sim_i2c_dev_t *dev, bool ack) {
    (void)ack;
    sim_eeprom_t *e = self(dev);
    uint8_t b = e->mem[e->ptr];
    e->ptr = (e->ptr + 1) & (e->size - 1);
    return b;
}

// A STOP after data bytes starts the write cycle: the loaded bytes of the page change,
// others keep their contents. A STOP after only the address just sets the counter.
static void op_stop(sim_i2c_dev_t *dev) {
    sim_eeprom_t *e = self(dev);
    if (!e->writing || e->addr_bytes < 2 || e->loaded_count == 0 || e->wp) return;
    for (uint32_t i = 0; i < e->page; i++)
        if (e->loaded[i]) e->mem[e->page_base + i] = e->buf[i];
    e->busy_until_ns = sim_devclock_now(&dev->clock) + e->write_ns;
    e->writing = false;
}

static const struct sim_i2c_ops eeprom_ops = {op_start, op_write, op_read, op_stop};

static bool pow2(uint32_t v) {
    return v && !(v & (v - 1));
}

int sim_eeprom_init(sim_eeprom_t *e, uint32_t size, uint32_t page, unsigned a_pins,
                    sim_devclock_t clock) {
    if (!pow2(size) || !pow2(page) || size < 4096 || size > 65536 || page < 8 ||
        page > SIM_EEPROM_PAGE_MAX || a_pins > 7)
        return -EINVAL;
    memset(e, 0, sizeof *e);
    e->mem = malloc(size);
    if (!e->mem) return -ENOMEM;
    memset(e->mem, 0xFF, size);
    e->i2c.ops = &eeprom_ops;
    e->i2c.addr = (uint8_t)(0x50 | a_pins);
    e->i2c.clock = clock;
    e->size = size;
    e->page = page;
    e->write_ns = 5000000;
    return 0;
}

void sim_eeprom_free(sim_eeprom_t *e) {
    free(e->mem);
    e->mem = NULL;
}
