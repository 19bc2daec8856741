// hal_sim/sim_bus.c: bus facts from the board file: the pins a role of an SPI or UART bus may
// use and its default pins (the parts' wiring, then "defaults", then the function table).
// Layer: simulated board (hal_sim).
// SPDX-License-Identifier: MIT

#include "sim_bus.h"

#include <errno.h>
#include <string.h>

int sim_bus_part_pin(const sim_board_t *b, int part, const char *wire) {
    const sim_json_t *pins = sim_json_get(b->parts[part].json, "pins");
    const char *name = sim_json_str(sim_json_get(pins, wire), NULL);
    if (!name) return -ENOENT;
    for (int i = 0; i < b->naliases; i++)
        if (strcmp(b->alias_names[i], name) == 0) return b->alias_pins[i];
    for (int i = 0; i < b->npins; i++)
        if (strcmp(b->pins[i].info.cpu_name, name) == 0) return i;
    return -ENOENT;
}

// The function table names SPI's data lines from the controller's side: tx is MOSI, rx MISO.
static const char *table_role(const char *bus, const char *role) {
    if (strncmp(bus, "spi", 3) == 0) {
        if (strcmp(role, "mosi") == 0) return "tx";
        if (strcmp(role, "miso") == 0) return "rx";
    }
    return role;
}

bool sim_bus_pin_can(const sim_board_t *b, int i, const char *bus, const char *role) {
    const sim_json_t *pin = sim_json_get(b->json, "pins")->items[i];
    const char *f = sim_json_str(sim_json_get(sim_json_get(pin, "functions"), bus), NULL);
    if (!f) return false;
    return !role || strcmp(f, "any") == 0 || strcmp(f, table_role(bus, role)) == 0;
}

static int number_of(const sim_board_t *b, const char *name) {
    for (int i = 0; i < b->naliases; i++)
        if (strcmp(b->alias_names[i], name) == 0) return b->pins[b->alias_pins[i]].info.number;
    for (int i = 0; i < b->npins; i++)
        if (strcmp(b->pins[i].info.cpu_name, name) == 0) return b->pins[i].info.number;
    return -ENOENT;
}

int sim_bus_pin(void *h, const char *bus, const char *role) {
    const sim_board_t *b = h;
    bool exists = false;
    for (int i = 0; i < b->npins && !exists; i++) exists = sim_bus_pin_can(b, i, bus, NULL);
    if (!exists) return -ENOENT;
    if (!role) return 0;
    for (int k = 0; k < b->nparts; k++) {
        const char *pb = sim_json_str(sim_json_get(b->parts[k].json, "bus"), "");
        int i = strcmp(pb, bus) == 0 ? sim_bus_part_pin(b, k, role) : -1;
        if (i >= 0) return b->pins[i].info.number;
    }
    const sim_json_t *d = sim_json_get(sim_json_get(b->json, "defaults"), bus);
    const char *name = sim_json_str(sim_json_get(d, role), NULL);
    if (name) return number_of(b, name);
    for (int i = 0; i < b->npins; i++) {
        const sim_json_t *pin = sim_json_get(b->json, "pins")->items[i];
        const char *f = sim_json_str(sim_json_get(sim_json_get(pin, "functions"), bus), "");
        if (strcmp(f, table_role(bus, role)) == 0) return b->pins[i].info.number;
    }
    return -ENOENT;
}
