// hal_sim/dev_i2c_bus.c: an I2C bus of simulated devices (address dispatch, NACK where no
// device answers) and the device clock helpers. hal_sim layer, no VM.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include "sim_dev.h"

uint64_t sim_devclock_now(const sim_devclock_t *clk) {
    return clk->now_ns ? clk->now_ns(clk->ctx) : 0;
}

bool sim_devclock_busy(const sim_devclock_t *clk, uint64_t until_ns) {
    return clk->now_ns && clk->now_ns(clk->ctx) < until_ns;
}

void sim_i2c_bus_init(sim_i2c_bus_t *bus) {
    bus->n = 0;
    bus->active = NULL;
}

int sim_i2c_bus_add(sim_i2c_bus_t *bus, sim_i2c_dev_t *dev) {
    if (sim_i2c_bus_find(bus, dev->addr)) return -EEXIST;
    if (bus->n == SIM_I2C_BUS_MAX) return -ENOSPC;
    bus->devs[bus->n++] = dev;
    return 0;
}

sim_i2c_dev_t *sim_i2c_bus_find(const sim_i2c_bus_t *bus, uint8_t addr) {
    for (size_t i = 0; i < bus->n; i++)
        if (bus->devs[i]->addr == addr) return bus->devs[i];
    return NULL;
}

bool sim_i2c_bus_start(sim_i2c_bus_t *bus, uint8_t addr, bool read) {
    sim_i2c_dev_t *dev = sim_i2c_bus_find(bus, addr);
    bus->active = dev && dev->ops->start(dev, read) ? dev : NULL;
    return bus->active != NULL;
}

bool sim_i2c_bus_write(sim_i2c_bus_t *bus, uint8_t byte) {
    return bus->active && bus->active->ops->write(bus->active, byte);
}

uint8_t sim_i2c_bus_read(sim_i2c_bus_t *bus, bool ack) {
    return bus->active ? bus->active->ops->read(bus->active, ack) : 0xFF;
}

void sim_i2c_bus_stop(sim_i2c_bus_t *bus) {
    if (bus->active) bus->active->ops->stop(bus->active);
    bus->active = NULL;
}

int sim_i2c_bus_writeto(sim_i2c_bus_t *bus, uint8_t addr, const uint8_t *data, size_t n,
                        bool stop) {
    if (!sim_i2c_bus_start(bus, addr, false)) {
        sim_i2c_bus_stop(bus);
        return -ENODEV;
    }
    size_t acked = 0;
    while (acked < n && sim_i2c_bus_write(bus, data[acked])) acked++;
    if (stop) sim_i2c_bus_stop(bus);
    return (int)acked;
}

int sim_i2c_bus_readfrom(sim_i2c_bus_t *bus, uint8_t addr, uint8_t *buf, size_t n, bool stop) {
    if (!sim_i2c_bus_start(bus, addr, true)) {
        sim_i2c_bus_stop(bus);
        return -ENODEV;
    }
    for (size_t i = 0; i < n; i++) buf[i] = sim_i2c_bus_read(bus, i + 1 < n);
    if (stop) sim_i2c_bus_stop(bus);
    return (int)n;
}
