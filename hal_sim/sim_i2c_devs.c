// hal_sim/sim_i2c_devs.c: the device half of the board's I2C: models made from the board
// file's I2C parts, grouped in buses by the pins they sit on, driven by whole transfers
// (hardware I2C) or by line levels (SoftI2C). Layer: simulated board (hal_sim); no VM.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dev_bme280.h"
#include "dev_eeprom.h"
#include "dev_sht31.h"
#include "dev_ssd1306.h"
#include "sim_dev.h"
#include "sim_i2c.h"
#include "sim_json.h"

#define MAX_BUSES 8
#define MAX_DEVS 32

typedef enum { K_SSD1306, K_BME280, K_SHT31, K_EEPROM } kind_t;

typedef struct dev {
    const char *id;
    kind_t kind;
    sim_i2c_dev_t *model;   // the head of a malloc'd model struct
} slot_t;

typedef struct wbus {
    int scl, sda;           // pin indices, -1 when the parts name none
    bool pullups;
    sim_i2c_bus_t bus;
    sim_i2c_wire_t wire;
} wbus_t;

struct sim_i2c_devs {
    wbus_t buses[MAX_BUSES];
    int nbuses;
    slot_t devs[MAX_DEVS];
    int ndevs;
};

struct sim_i2c_devs *sim_i2c_devs_new(void) { return calloc(1, sizeof(struct sim_i2c_devs)); }

void sim_i2c_devs_free(struct sim_i2c_devs *s) {
    if (!s) return;
    for (int i = 0; i < s->ndevs; i++) {
        if (s->devs[i].kind == K_EEPROM) sim_eeprom_free((sim_eeprom_t *)s->devs[i].model);
        free(s->devs[i].model);
    }
    free(s);
}

int sim_i2c_devs_bus(const struct sim_i2c_devs *s, int scl, int sda) {
    for (int i = 0; i < s->nbuses; i++)
        if (s->buses[i].scl == scl && s->buses[i].sda == sda) return i;
    return -ENOENT;
}

int sim_i2c_devs_pins(const struct sim_i2c_devs *s, int bus, int *scl, int *sda, bool *pullups) {
    if (bus < 0 || bus >= s->nbuses) return -ENOENT;
    *scl = s->buses[bus].scl, *sda = s->buses[bus].sda, *pullups = s->buses[bus].pullups;
    return 0;
}

static int bad(char *err, size_t len, const char *what, const char *id) {
    snprintf(err, len, "%s: %s", what, id);
    return -EINVAL;
}

// The EEPROM geometry of a 24LC part name: 24lc32/64 have 32-byte pages, 128/256
// 64-byte, 512 128-byte.
static int eeprom_geometry(const char *type, uint32_t *size, uint32_t *page) {
    static const struct { const char *name; uint32_t kib, page; } parts[] = {
        {"24lc32", 4, 32}, {"24lc64", 8, 32}, {"24lc128", 16, 64}, {"24lc256", 32, 64},
        {"24lc512", 64, 128},
    };
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        if (strcmp(type, parts[i].name) == 0) {
            *size = parts[i].kib * 1024, *page = parts[i].page;
            return 0;
        }
    return -ENOENT;
}

// Makes the model for [type]; *kind and *model, or -EINVAL/-ENOMEM.
static int make_model(const char *type, const sim_json_t *attrs, sim_devclock_t clk,
                      kind_t *kind, sim_i2c_dev_t **model) {
    double addr = sim_json_num(sim_json_get(attrs, "address"), -1);
    uint32_t size, page;
    if (strcmp(type, "ssd1306") == 0) {
        sim_ssd1306_t *d = malloc(sizeof *d);
        if (!d) return -ENOMEM;
        int h = (int)sim_json_num(sim_json_get(attrs, "height"), 64);
        bool ext = sim_json_num(sim_json_get(attrs, "external_vcc"), 0) != 0;
        if (sim_ssd1306_init(d, (uint8_t)(addr < 0 ? 0x3C : addr), h, ext) < 0) {
            free(d);
            return -EINVAL;
        }
        d->i2c.clock = clk;
        *kind = K_SSD1306, *model = &d->i2c;
    } else if (strcmp(type, "bme280") == 0) {
        sim_bme280_t *d = malloc(sizeof *d);
        if (!d) return -ENOMEM;
        sim_bme280_init(d, (uint8_t)(addr < 0 ? 0x76 : addr), clk);
        sim_bme280_set(d, sim_json_num(sim_json_get(attrs, "temperature"), d->temp_c),
                       sim_json_num(sim_json_get(attrs, "pressure"), d->press_pa / 100) * 100,
                       sim_json_num(sim_json_get(attrs, "humidity"), d->hum_pct));
        *kind = K_BME280, *model = &d->i2c;
    } else if (strcmp(type, "sht31") == 0) {
        sim_sht31_t *d = malloc(sizeof *d);
        if (!d) return -ENOMEM;
        sim_sht31_init(d, (uint8_t)(addr < 0 ? 0x44 : addr), clk);
        sim_sht31_set(d, sim_json_num(sim_json_get(attrs, "temperature"), d->temp_c),
                      sim_json_num(sim_json_get(attrs, "humidity"), d->hum_pct));
        *kind = K_SHT31, *model = &d->i2c;
    } else if (eeprom_geometry(type, &size, &page) == 0) {
        // The A2..A0 pins: "a_pins" (0-7), else from "address" (0x50-0x57).
        double a = sim_json_num(sim_json_get(attrs, "a_pins"), addr < 0 ? 0 : addr - 0x50);
        if (a < 0 || a > 7) return -EINVAL;
        sim_eeprom_t *d = malloc(sizeof *d);
        if (!d) return -ENOMEM;
        int r = sim_eeprom_init(d, size, page, (unsigned)a, clk);
        if (r < 0) {
            free(d);
            return r;
        }
        d->wp = sim_json_num(sim_json_get(attrs, "wp"), 0) != 0;
        *kind = K_EEPROM, *model = &d->i2c;
    } else {
        return -ENOENT;
    }
    return 0;
}

static int bus_for(struct sim_i2c_devs *s, int scl, int sda) {
    int k = sim_i2c_devs_bus(s, scl, sda);
    if (k >= 0 || s->nbuses == MAX_BUSES) return k >= 0 ? k : -ENOSPC;
    wbus_t *w = &s->buses[k = s->nbuses++];
    w->scl = scl, w->sda = sda, w->pullups = false;
    sim_i2c_bus_init(&w->bus);
    sim_i2c_wire_init(&w->wire, &w->bus);
    return k;
}

int sim_i2c_devs_add(struct sim_i2c_devs *s, const struct sim_json *json, int scl, int sda,
                     uint64_t (*now)(void *ctx), void *ctx, char *err, size_t err_len) {
    const char *id = sim_json_str(sim_json_get(json, "id"), "?");
    const char *type = sim_json_str(sim_json_get(json, "type"), "?");
    const sim_json_t *attrs = sim_json_get(json, "attrs");
    if (s->ndevs == MAX_DEVS) return bad(err, err_len, "too many I2C parts", id);
    kind_t kind;
    sim_i2c_dev_t *model;
    int r = make_model(type, attrs, (sim_devclock_t){now, ctx}, &kind, &model);
    if (r == -ENOENT) return bad(err, err_len, "unknown I2C part type", type);
    if (r == -EINVAL) return bad(err, err_len, "bad attrs (address, height, a_pins) of part", id);
    if (r < 0) return r;
    model->id = id;
    slot_t *d = &s->devs[s->ndevs++];   // counted now, so free() frees the model
    d->id = id, d->kind = kind, d->model = model;
    int k = bus_for(s, scl, sda);
    if (k < 0) return bad(err, err_len, "too many I2C buses", id);
    if (sim_i2c_bus_add(&s->buses[k].bus, model) < 0)
        return bad(err, err_len, "I2C address taken twice on one bus, or bus full", id);
    // Breakout modules carry their own pull-ups (4.7k or 10k): a bus has them
    // when any of its parts does, which is the default.
    if (sim_json_num(sim_json_get(attrs, "pullups"), 1) != 0) s->buses[k].pullups = true;
    return k;
}

// ---- hardware transfers ----------------------------------------------------------------------

int sim_i2c_devs_transfer(struct sim_i2c_devs *s, int bus, uint16_t addr,
                          py_hal_i2c_seg_t *segs, size_t n, bool stop,
                          void (*tick)(void *ctx, unsigned bits), void *ctx) {
    static sim_i2c_bus_t nobody;   // no devices: every address NACKs
    sim_i2c_bus_t *b = bus >= 0 && bus < s->nbuses ? &s->buses[bus].bus : &nobody;
    int count = 0;
    for (size_t i = 0; i < n || i == 0; i++) {
        bool read = n && segs[i].read;
        // A START at the beginning and a repeated START where the direction changes.
        if (i == 0 || read != segs[i - 1].read) {
            tick(ctx, 10);
            if (!sim_i2c_bus_start(b, (uint8_t)addr, read)) {
                sim_i2c_bus_stop(b);
                tick(ctx, 1);
                return -ENODEV;
            }
        }
        if (!n) break;
        for (size_t j = 0; j < segs[i].len; j++) {
            tick(ctx, 9);
            if (read) {
                // The controller NACKs the last byte before a STOP or a direction change.
                bool last = j + 1 == segs[i].len && (i + 1 == n || !segs[i + 1].read);
                segs[i].buf[j] = sim_i2c_bus_read(b, !last);
            } else if (!sim_i2c_bus_write(b, segs[i].buf[j])) {
                // A data NACK ends the transfer (a STOP still goes out if asked).
                i = n;
                break;
            }
            count++;
        }
    }
    if (stop) {
        sim_i2c_bus_stop(b);
        tick(ctx, 1);
    }
    return count;
}

// ---- pin level -------------------------------------------------------------------------------

bool sim_i2c_devs_wire(struct sim_i2c_devs *s, int bus, bool scl, bool sda) {
    sim_i2c_wire_update(&s->buses[bus].wire, scl, sda);
    return sim_i2c_wire_sda_low(&s->buses[bus].wire);
}

bool sim_i2c_devs_sda_low(const struct sim_i2c_devs *s, int bus) {
    return sim_i2c_wire_sda_low(&s->buses[bus].wire);
}

// ---- properties and displays -----------------------------------------------------------------

static slot_t *find(const struct sim_i2c_devs *s, const char *id) {
    for (int i = 0; i < s->ndevs; i++)
        if (strcmp(s->devs[i].id, id) == 0) return (slot_t *)&s->devs[i];
    return NULL;
}

int sim_i2c_devs_set_prop(struct sim_i2c_devs *s, const char *id, const char *prop,
                          double value, bool apply) {
    slot_t *d = find(s, id);
    if (!d) return -ENOENT;
    if (d->kind == K_BME280) {
        sim_bme280_t *m = (sim_bme280_t *)d->model;
        double t = m->temp_c, p = m->press_pa, h = m->hum_pct;
        if (strcmp(prop, "temperature") == 0) t = value;
        else if (strcmp(prop, "pressure") == 0) p = value * 100;
        else if (strcmp(prop, "humidity") == 0) h = value;
        else return -EINVAL;
        if (apply) sim_bme280_set(m, t, p, h);
        return 0;
    }
    if (d->kind == K_SHT31) {
        sim_sht31_t *m = (sim_sht31_t *)d->model;
        double t = m->temp_c, h = m->hum_pct;
        if (strcmp(prop, "temperature") == 0) t = value;
        else if (strcmp(prop, "humidity") == 0) h = value;
        else return -EINVAL;
        if (apply) sim_sht31_set(m, t, h);
        return 0;
    }
    return -EINVAL;
}

int sim_i2c_devs_get_prop(const struct sim_i2c_devs *s, const char *id, const char *prop,
                          double *value) {
    slot_t *d = find(s, id);
    if (!d) return -ENOENT;
    double t, p = -1, h;
    if (d->kind == K_BME280) {
        const sim_bme280_t *m = (const sim_bme280_t *)d->model;
        t = m->temp_c, p = m->press_pa / 100, h = m->hum_pct;
    } else if (d->kind == K_SHT31) {
        const sim_sht31_t *m = (const sim_sht31_t *)d->model;
        t = m->temp_c, h = m->hum_pct;
    } else {
        return -EINVAL;
    }
    if (strcmp(prop, "temperature") == 0) *value = t;
    else if (strcmp(prop, "humidity") == 0) *value = h;
    else if (strcmp(prop, "pressure") == 0 && p >= 0) *value = p;
    else return -EINVAL;
    return 0;
}

int sim_i2c_devs_display(const struct sim_i2c_devs *s, const char *id, int *w, int *h) {
    slot_t *d = find(s, id);
    if (!d || d->kind != K_SSD1306) return -ENOENT;
    *w = 128, *h = ((sim_ssd1306_t *)d->model)->height;
    return 0;
}

int sim_i2c_devs_pixel(const struct sim_i2c_devs *s, const char *id, int x, int y) {
    slot_t *d = find(s, id);
    if (!d || d->kind != K_SSD1306) return -ENOENT;
    return sim_ssd1306_pixel((sim_ssd1306_t *)d->model, x, y);
}
