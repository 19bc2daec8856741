// hal_sim/sim_spi.c: SPI on the simulated board: hardware buses that clock bytes through the
// selected devices and draw SCK/MOSI/MISO in the trace at the bit rate, and a pin-level
// decoder (SoftSPI) feeding the same device ops. Layer: simulated board (hal_sim).
// SPDX-License-Identifier: MIT

#include "sim_spi.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim_bus.h"

#include "dev_spiflash.h"

#define MAX_BUSES 8
#define MAX_DEVS 8

typedef struct spi_dev {
    sim_spi_dev_t *dev;
    uint8_t (*peek)(sim_spi_dev_t *dev); // MISO of the next byte, without taking it
    int bus;                             // N of "spiN"
    int sck, mosi, miso, cs;             // pin indices, -1 when not wired
    bool selected;
    uint8_t shift, out;                  // decoder: MOSI bits in; the byte going out
    int bits;                            // bits sampled in the current byte
    int drive;                           // the level the decoder puts on MISO, -1 none
} spi_dev_t;

typedef struct spi_bus {
    bool open;
    int sck, mosi, miso;     // pin indices, -1 when not used
    uint32_t baud;
    int mode, firstbit;
    int miso_drive;          // while a transfer draws MISO: its level, else -1
} spi_bus_t;

struct sim_spi_state {
    spi_dev_t devs[MAX_DEVS];
    int ndevs;
    spi_bus_t buses[MAX_BUSES];
};

static const char *const claim_names[MAX_BUSES] = {"SPI0", "SPI1", "SPI2", "SPI3",
                                                   "SPI4", "SPI5", "SPI6", "SPI7"};

static uint64_t board_now(void *ctx) { return ((sim_board_t *)ctx)->clock.now; }

// The flash's answer to the next byte does not depend on that byte (no real part's can:
// its first bit leaves before the byte's first bit arrives), so a copy answers for it.
static uint8_t flash_peek(sim_spi_dev_t *dev) {
    sim_spiflash_t copy = *(sim_spiflash_t *)dev;
    return copy.spi.ops->transfer(&copy.spi, 0xFF);
}

static int hexbyte(const char *s) {
    unsigned v;
    return s && sscanf(s, "%2x", &v) == 1 ? (int)v : -1;
}

static int make_flash(sim_board_t *b, int part, spi_dev_t *d) {
    const sim_json_t *attrs = sim_json_get(b->parts[part].json, "attrs");
    sim_spiflash_t *f = malloc(sizeof *f);
    if (!f) return -ENOMEM;
    double size = sim_json_num(sim_json_get(attrs, "size"), 4194304);
    int r = sim_spiflash_init(f, (uint32_t)size, (sim_devclock_t){board_now, b});
    if (r < 0) {
        free(f);
        return r;
    }
    const char *jedec = sim_json_str(sim_json_get(attrs, "jedec_id"), NULL);
    for (int k = 0; jedec && k < 3 && (int)strlen(jedec) >= 2 * k + 2; k++)
        if (hexbyte(jedec + 2 * k) >= 0) f->jedec[k] = (uint8_t)hexbyte(jedec + 2 * k);
    f->spi.id = b->parts[part].id;
    d->dev = &f->spi;
    d->peek = flash_peek;
    return 0;
}

int sim_spi_init(sim_board_t *b, char *err, size_t err_len) {
    struct sim_spi_state *s = calloc(1, sizeof *s);
    if (!s) return -ENOMEM;
    b->spi = s;
    for (int k = 0; k < b->nparts; k++) {
        const char *type = b->parts[k].type;
        if (strncmp(type, "w25q", 4) != 0) continue;
        const char *bus = sim_json_str(sim_json_get(b->parts[k].json, "bus"), "");
        spi_dev_t *d = &s->devs[s->ndevs];
        int r = s->ndevs == MAX_DEVS || sscanf(bus, "spi%d", &d->bus) != 1 || d->bus < 0 ||
                        d->bus >= MAX_BUSES ? -EINVAL : make_flash(b, k, d);
        if (r < 0) {
            snprintf(err, err_len, "SPI part %s: %s", b->parts[k].id,
                     r == -ENOMEM ? "out of memory" : "needs a bus spiN and a power-of-two size");
            sim_spi_free(b);
            return r;
        }
        d->sck = sim_bus_part_pin(b, k, "sck"), d->mosi = sim_bus_part_pin(b, k, "mosi");
        d->miso = sim_bus_part_pin(b, k, "miso"), d->cs = sim_bus_part_pin(b, k, "cs");
        d->drive = -1;
        s->ndevs++;
        // A CS with no pull floats: the part's own pull-up keeps it released.
        if (d->cs >= 0) b->pins[d->cs].level = 1;
    }
    for (int n = 0; n < MAX_BUSES; n++) s->buses[n].miso_drive = -1;
    return 0;
}

void sim_spi_free(sim_board_t *b) {
    struct sim_spi_state *s = b->spi;
    if (!s) return;
    for (int k = 0; k < s->ndevs; k++) {
        sim_spiflash_free((sim_spiflash_t *)s->devs[k].dev);
        free(s->devs[k].dev);
    }
    free(s);
    b->spi = NULL;
}

// ---- the pin-level side ------------------------------------------------------------------

int sim_spi_pin_drive(const sim_board_t *b, int i) {
    const struct sim_spi_state *s = b->spi;
    int level = -1;
    if (!s) return -1;
    for (int k = 0; k < s->ndevs; k++)
        if (s->devs[k].miso == i && s->devs[k].drive >= 0) level = s->devs[k].drive;
    for (int n = 0; n < MAX_BUSES; n++)
        if (s->buses[n].open && s->buses[n].miso == i && s->buses[n].miso_drive >= 0)
            level = s->buses[n].miso_drive;
    return level;
}

static void set_drive(sim_board_t *b, spi_dev_t *d, int level) {
    if (d->drive == level) return;
    d->drive = level;
    if (d->miso >= 0) sim_pin_update(b, d->miso);
}

// A hardware bus owns the device's clock pin: it calls the device itself, so the decoder
// stays out of the way.
static bool soft(const sim_board_t *b, const spi_dev_t *d) {
    return d->sck >= 0 && !b->pins[d->sck].claim;
}

static void cs_changed(sim_board_t *b, spi_dev_t *d) {
    bool sel = b->pins[d->cs].level == 0;
    if (sel == d->selected) return;
    d->selected = sel;
    d->dev->ops->select(d->dev, sel);
    d->bits = 0;
    if (sel) d->out = d->peek(d->dev);
    set_drive(b, d, sel && soft(b, d) ? d->out >> 7 : -1);
}

// The devices sample MOSI on SCK's rising edge and shift MISO on its falling edge (modes 0
// and 3, what 25-series parts do); the byte's first bit is out from CS's falling edge.
static void sck_changed(sim_board_t *b, spi_dev_t *d) {
    if (!d->selected || !soft(b, d)) return;
    if (b->pins[d->sck].level) {
        int mosi = d->mosi >= 0 ? b->pins[d->mosi].level : 1;
        d->shift = (uint8_t)(d->shift << 1 | mosi);
        if (++d->bits == 8) {
            d->dev->ops->transfer(d->dev, d->shift);
            d->bits = 0;
            d->out = d->peek(d->dev);
        }
    } else {
        set_drive(b, d, d->out >> (7 - d->bits) & 1);
    }
}

void sim_spi_pin_changed(sim_board_t *b, int i) {
    struct sim_spi_state *s = b->spi;
    if (!s) return;
    for (int k = 0; k < s->ndevs; k++) {
        spi_dev_t *d = &s->devs[k];
        if (d->cs == i) cs_changed(b, d);
        else if (d->sck == i) sck_changed(b, d);
    }
}

// ---- hardware buses --------------------------------------------------------------------

static void release(sim_board_t *b, int i) {
    if (i < 0 || !b->pins[i].claim) return;
    b->pins[i].claim = NULL;
    b->pins[i].mode = -1;
    sim_pin_update(b, i);
}

static int claim(sim_board_t *b, int bus, int number, const char *role, int *out) {
    *out = -1;
    if (number == -2) return 0; // not used
    int i = sim_pin_index(b, number);
    if (i < 0) return -EINVAL;
    char name[8];
    snprintf(name, sizeof name, "spi%d", bus);
    if (!sim_bus_pin_can(b, i, name, role)) return -EINVAL;
    sim_pin_t *p = &b->pins[i];
    if (p->info.reserved || (p->claim && p->claim != claim_names[bus])) return -EBUSY;
    *out = i;
    return 0;
}

int sim_spi_open(void *h, int bus, int sck, int mosi, int miso, uint32_t baud, int mode,
                 int bits, int firstbit) {
    sim_board_t *b = h;
    char name[8];
    if (bus < 0 || bus >= MAX_BUSES) return -ENOENT;
    snprintf(name, sizeof name, "spi%d", bus);
    if (sim_bus_pin(b, name, NULL) < 0) return -ENOENT;
    if (bits != 8 || mode < 0 || mode > 3 || firstbit < 0 || firstbit > 1 || baud == 0)
        return -EINVAL;
    int num[3] = {sck, mosi, miso}, idx[3];
    static const char *const roles[3] = {"sck", "mosi", "miso"};
    for (int k = 0; k < 3; k++) {
        if (num[k] == -1 && (num[k] = sim_bus_pin(b, name, roles[k])) < 0) return -EINVAL;
        int r = claim(b, bus, num[k], roles[k], &idx[k]);
        if (r < 0) return r;
    }
    spi_bus_t *sb = &b->spi->buses[bus];
    for (int k = 0; sb->open && k < 3; k++) release(b, (&sb->sck)[k]);
    // The clock divides the CPU clock by an integer of at least 2.
    uint64_t div = ((uint64_t)b->freq + baud - 1) / baud;
    if (div < 2) div = 2;
    *sb = (spi_bus_t){true, idx[0], idx[1], idx[2], (uint32_t)((uint64_t)b->freq / div),
                      mode, firstbit, -1};
    const char *c = claim_names[bus];
    int levels[2] = {mode >> 1, 0};
    for (int k = 0; k < 3; k++) {
        if (idx[k] < 0) continue;
        sim_pin_t *p = &b->pins[idx[k]];
        p->claim = c;
        p->mode = k < 2 ? PY_HAL_PIN_OUT : PY_HAL_PIN_IN;
        p->pull = PY_HAL_PULL_NONE;
        p->irq_trig = 0;
        if (k < 2) p->out = levels[k];
        sim_pin_update(b, idx[k]);
    }
    return (int)sb->baud;
}

int sim_spi_close(void *h, int bus) {
    sim_board_t *b = h;
    if (bus < 0 || bus >= MAX_BUSES) return -ENOENT;
    spi_bus_t *sb = &b->spi->buses[bus];
    if (!sb->open) return 0;
    release(b, sb->sck), release(b, sb->mosi), release(b, sb->miso);
    sb->open = false;
    return 0;
}

static uint8_t reverse(uint8_t v) {
    uint8_t r = 0;
    for (int i = 0; i < 8; i++) r = (uint8_t)(r << 1 | (v >> i & 1));
    return r;
}

// Moves the clock to [t], running the board's events due on the way at their times.
static void advance(sim_board_t *b, uint64_t t) {
    while (sim_clock_step(&b->clock, t)) {}
    if (t > b->clock.now) b->clock.now = t;
}

static void level(sim_board_t *b, int i, int v) {
    if (i < 0) return;
    b->pins[i].out = v;
    sim_pin_update(b, i);
}

// One byte on the wire (MSB of [mosi]/[miso] first), each bit a full period: phase 0 puts
// data out half a period before the first clock edge, phase 1 on it.
static void draw_byte(sim_board_t *b, spi_bus_t *sb, uint8_t mosi, uint8_t miso, uint64_t half) {
    int pol = sb->mode >> 1, phase = sb->mode & 1;
    for (int bit = 7; bit >= 0; bit--) {
        uint64_t t = b->clock.now;
        if (phase) level(b, sb->sck, !pol);
        level(b, sb->mosi, mosi >> bit & 1);
        sb->miso_drive = miso >> bit & 1;
        if (sb->miso >= 0) sim_pin_update(b, sb->miso);
        advance(b, t + half);
        level(b, sb->sck, phase ? pol : !pol);
        advance(b, t + 2 * half);
        if (!phase) level(b, sb->sck, pol);
    }
}

int sim_spi_transfer(void *h, int bus, const uint8_t *tx, uint8_t *rx, size_t len, uint8_t fill) {
    sim_board_t *b = h;
    if (bus < 0 || bus >= MAX_BUSES || !b->spi->buses[bus].open) return -EBADF;
    spi_bus_t *sb = &b->spi->buses[bus];
    struct sim_spi_state *s = b->spi;
    uint64_t half = (500000000u + sb->baud / 2) / sb->baud; // nearest: the rate was rounded down
    bool lsb = sb->firstbit == 1;
    for (size_t k = 0; k < len; k++) {
        uint8_t out = tx ? tx[k] : fill, wire = lsb ? reverse(out) : out, in = 0xFF;
        for (int d = 0; d < s->ndevs; d++) {
            spi_dev_t *dv = &s->devs[d];
            if (dv->selected && dv->sck == sb->sck && dv->sck >= 0)
                in &= dv->dev->ops->transfer(dv->dev, wire);
        }
        draw_byte(b, sb, wire, in, half);
        if (rx) rx[k] = lsb ? reverse(in) : in;
    }
    sb->miso_drive = -1;
    if (sb->miso >= 0) sim_pin_update(b, sb->miso);
    return (int)len;
}
