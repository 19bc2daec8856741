// hal_sim/sim_uart.c: the simulated board's UARTs: bytes leave TX and arrive on RX one frame
// time apart, each at its virtual time, between the MCU and the peer wired to the UART
// (loopback, NMEA GPS, the host terminal) or a scenario. Layer: simulated board (hal_sim).
// SPDX-License-Identifier: MIT

#include "sim_uart.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sim_bus.h"

#include "dev_loopback.h"
#include "dev_nmea.h"

#define MAX_UARTS 8
#define FIFO 256       // the RP2040's RX FIFO plus MicroPython's ring buffer, roughly
#define WIRE 4096      // bytes on their way to RX, not arrived yet

enum { EV_TX, EV_RX, EV_PEER, EV_INJECT };
enum { PEER_NONE, PEER_LOOPBACK, PEER_NMEA, PEER_HOST };

typedef struct inject {
    struct inject *next;
    uint64_t t;
    size_t n;
    uint8_t data[];
} inject_t;

typedef struct uart {
    bool open;
    uint32_t gen;                     // opens so far: events of an older open are stale
    int tx, rx;                       // pin indices
    uint64_t frame_ns, bit_ns;
    uint8_t rxbuf[FIFO];
    size_t rxhead, rxlen, overruns;
    uint8_t wire[WIRE];               // arriving bytes, each due one frame after the last
    size_t whead, wlen;
    uint64_t wire_end;
    uint8_t txq[FIFO];                // bytes being sent, each leaving one frame after the last
    size_t thead, tlen;
    uint64_t tx_end;
    uint32_t irq_trig, irq_tag;
    int peer_kind, peer_tx, peer_rx;  // the peer and the pins it is wired to (-1: any)
    bool peer_on;                     // this open's pins reach the peer
    sim_uart_dev_t *peer;
    int peer_event;                   // its clock event, 0 when none
    bool host_eof;
    inject_t *injects;                // sorted by time
} uart_t;

struct sim_uart_state {
    uart_t u[MAX_UARTS];
};

static const char *const claim_names[MAX_UARTS] = {"UART0", "UART1", "UART2", "UART3",
                                                   "UART4", "UART5", "UART6", "UART7"};

static uint64_t board_now(void *ctx) { return ((sim_board_t *)ctx)->clock.now; }

static uint64_t pack(int n, int kind, uint32_t gen) {
    return (uint64_t)n | (uint64_t)kind << 8 | (uint64_t)gen << 16;
}

static void uart_event(void *ctx, uint64_t arg);

static int at(sim_board_t *b, uint64_t t, int n, int kind) {
    return sim_clock_at(&b->clock, t, uart_event, b, pack(n, kind, b->uart->u[n].gen));
}

// ---- RX: the wire, then the FIFO --------------------------------------------------------

// Bytes start arriving at [start]; each takes a frame time after the one before.
static void feed(sim_board_t *b, int n, const uint8_t *data, size_t len, uint64_t start) {
    uart_t *u = &b->uart->u[n];
    for (size_t i = 0; i < len && u->open; i++) {
        if (u->wlen == WIRE) {
            u->overruns += len - i;
            return;
        }
        uint64_t s = start > u->wire_end ? start : u->wire_end;
        u->wire_end = s + u->frame_ns;
        u->wire[(u->whead + u->wlen++) % WIRE] = data[i];
        at(b, u->wire_end, n, EV_RX);
    }
}

static void arrived(sim_board_t *b, int n) {
    uart_t *u = &b->uart->u[n];
    if (!u->wlen) return;
    uint8_t c = u->wire[u->whead];
    u->whead = (u->whead + 1) % WIRE, u->wlen--;
    if (u->rxlen == FIFO) {
        u->overruns++;
        return;
    }
    u->rxbuf[(u->rxhead + u->rxlen++) % FIFO] = c;
    if (u->irq_trig & PY_HAL_UART_RX) sim_board_report(b, u->irq_tag, PY_HAL_UART_RX);
}

// ---- peers -------------------------------------------------------------------------------

static void arm_peer(sim_board_t *b, int n) {
    uart_t *u = &b->uart->u[n];
    if (u->peer_event) sim_clock_cancel(&b->clock, u->peer_event);
    u->peer_event = 0;
    if (!u->open || !u->peer || !u->peer_on) return;
    uint64_t t = u->peer->ops->next_event_ns(u->peer);
    if (t == SIM_NEVER) return;
    int id = at(b, t > b->clock.now ? t : b->clock.now, n, EV_PEER);
    u->peer_event = id > 0 ? id : 0;
}

static void peer_sends(sim_board_t *b, int n) {
    uart_t *u = &b->uart->u[n];
    u->peer_event = 0;
    uint8_t buf[256];
    size_t k;
    while ((k = u->peer->ops->emit(u->peer, b->clock.now, buf, sizeof buf)) > 0)
        feed(b, n, buf, k, b->clock.now);
    arm_peer(b, n);
}

// The terminal: what stdin has ready arrives now (a virtual clock cannot wait for typing).
static void poll_host(sim_board_t *b, int n) {
    uart_t *u = &b->uart->u[n];
    if (u->peer_kind != PEER_HOST || !u->open || !u->peer_on || u->host_eof) return;
    struct pollfd pfd = {0, POLLIN, 0};
    uint8_t buf[256];
    while (poll(&pfd, 1, 0) == 1 && (pfd.revents & (POLLIN | POLLHUP))) {
        ssize_t k = read(0, buf, sizeof buf);
        if (k <= 0) {
            u->host_eof = true;
            return;
        }
        feed(b, n, buf, (size_t)k, b->clock.now);
    }
}

// ---- TX ------------------------------------------------------------------------------------

// A byte left the TX line: the peer, the terminal and the observer get it.
static void sent(sim_board_t *b, int n) {
    uart_t *u = &b->uart->u[n];
    if (!u->tlen) return;
    uint8_t c = u->txq[u->thead];
    u->thead = (u->thead + 1) % FIFO, u->tlen--;
    if (u->peer_on && u->peer) {
        u->peer->ops->receive(u->peer, &c, 1, b->clock.now);
        arm_peer(b, n);
    }
    if (u->peer_on && u->peer_kind == PEER_HOST) {
        fflush(stdout);
        if (write(1, &c, 1) < 0) {} // a closed stdout loses the byte, as a cut cable would
    }
    if (b->uart_tx_observer) b->uart_tx_observer(b->uart_tx_ctx, n, &c, 1);
}

static void fire_injects(sim_board_t *b, int n) {
    uart_t *u = &b->uart->u[n];
    while (u->injects && u->injects->t <= b->clock.now) {
        inject_t *in = u->injects;
        u->injects = in->next;
        feed(b, n, in->data, in->n, in->t);
        free(in);
    }
}

static void uart_event(void *ctx, uint64_t arg) {
    sim_board_t *b = ctx;
    int n = (int)(arg & 0xff), kind = (int)(arg >> 8 & 0xff);
    uart_t *u = &b->uart->u[n];
    if (kind == EV_INJECT) {
        fire_injects(b, n);
        return;
    }
    if ((uint32_t)(arg >> 16) != u->gen || !u->open) return;
    if (kind == EV_TX) sent(b, n);
    else if (kind == EV_RX) arrived(b, n);
    else peer_sends(b, n);
}

// ---- bring-up -------------------------------------------------------------------------------

static int make_peer(sim_board_t *b, int k, uart_t *u) {
    const char *type = b->parts[k].type;
    const sim_json_t *attrs = sim_json_get(b->parts[k].json, "attrs");
    if (strcmp(type, "uart_loopback") == 0) {
        sim_loopback_t *l = malloc(sizeof *l);
        if (!l) return -ENOMEM;
        sim_loopback_init(l, (uint64_t)(sim_json_num(sim_json_get(attrs, "delay_us"), 0) * 1000));
        u->peer = &l->uart, u->peer_kind = PEER_LOOPBACK;
    } else if (strcmp(type, "nmea_gps") == 0) {
        sim_nmea_t *g = malloc(sizeof *g);
        if (!g) return -ENOMEM;
        // 2024-01-01 12:00:00 UTC unless the board says otherwise: runs stay reproducible.
        double utc = sim_json_num(sim_json_get(attrs, "start_utc"), 1704110400);
        sim_nmea_init(g, sim_json_num(sim_json_get(attrs, "lat"), 51.4779),
                      sim_json_num(sim_json_get(attrs, "lon"), -0.0015), (int64_t)utc, b->start);
        u->peer = &g->uart, u->peer_kind = PEER_NMEA;
    } else {
        u->peer_kind = PEER_HOST;
        return 0;
    }
    u->peer->id = b->parts[k].id;
    u->peer->clock = (sim_devclock_t){board_now, b};
    return 0;
}

static bool is_peer(const char *type) {
    return strcmp(type, "uart_loopback") == 0 || strcmp(type, "nmea_gps") == 0 ||
           strcmp(type, "uart_host") == 0;
}

int sim_uart_init(sim_board_t *b, char *err, size_t err_len) {
    if (!(b->uart = calloc(1, sizeof *b->uart))) return -ENOMEM;
    for (int k = 0; k < b->nparts; k++) {
        if (!is_peer(b->parts[k].type)) continue;
        const char *bus = sim_json_str(sim_json_get(b->parts[k].json, "bus"), "");
        int n = -1;
        int r = sscanf(bus, "uart%d", &n) != 1 || n < 0 || n >= MAX_UARTS ||
                        b->uart->u[n].peer_kind ? -EINVAL : make_peer(b, k, &b->uart->u[n]);
        if (r < 0) {
            snprintf(err, err_len, "UART part %s: %s", b->parts[k].id,
                     r == -ENOMEM ? "out of memory" : "needs a free bus uartN");
            sim_uart_free(b);
            return r;
        }
        b->uart->u[n].peer_tx = sim_bus_part_pin(b, k, "tx");
        b->uart->u[n].peer_rx = sim_bus_part_pin(b, k, "rx");
    }
    return 0;
}

void sim_uart_free(sim_board_t *b) {
    if (!b->uart) return;
    for (int n = 0; n < MAX_UARTS; n++) {
        uart_t *u = &b->uart->u[n];
        free(u->peer);
        while (u->injects) {
            inject_t *next = u->injects->next;
            free(u->injects);
            u->injects = next;
        }
    }
    free(b->uart);
    b->uart = NULL;
}

int sim_uart_inject(sim_board_t *b, int n, const uint8_t *data, size_t len, uint64_t at_ns) {
    char bus[12];
    snprintf(bus, sizeof bus, "uart%d", n);
    if (n < 0 || n >= MAX_UARTS || !b->uart || sim_bus_pin(b, bus, NULL) < 0) return -ENOENT;
    inject_t *in = malloc(sizeof *in + len);
    if (!in) return -ENOMEM;
    in->t = at_ns > b->clock.now ? at_ns : b->clock.now;
    in->n = len;
    memcpy(in->data, data, len);
    inject_t **p = &b->uart->u[n].injects;
    while (*p && (*p)->t <= in->t) p = &(*p)->next;
    in->next = *p, *p = in;
    if (at(b, in->t, n, EV_INJECT) < 0) {
        *p = in->next;
        free(in);
        return -ENOMEM;
    }
    return 0;
}

// ---- the py_hal_t entries -------------------------------------------------------------------

static uart_t *get(sim_board_t *b, int n) {
    return n >= 0 && n < MAX_UARTS && b->uart && b->uart->u[n].open ? &b->uart->u[n] : NULL;
}

static void release(sim_board_t *b, int i) {
    if (i < 0) return;
    b->pins[i].claim = NULL;
    b->pins[i].mode = -1;
    sim_pin_update(b, i);
}

static int pick(sim_board_t *b, const char *bus, int number, const char *role, int n, int *out) {
    if (number == -1 && (number = sim_bus_pin(b, bus, role)) < 0) return -EINVAL;
    int i = sim_pin_index(b, number);
    if (i < 0 || !sim_bus_pin_can(b, i, bus, role)) return -EINVAL;
    const sim_pin_t *p = &b->pins[i];
    if (p->info.reserved || (p->claim && p->claim != claim_names[n])) return -EBUSY;
    *out = i;
    return 0;
}

int sim_uart_open(void *h, int n, int tx, int rx, uint32_t baud, int bits, int parity, int stop) {
    sim_board_t *b = h;
    char bus[12];
    snprintf(bus, sizeof bus, "uart%d", n);
    if (n < 0 || n >= MAX_UARTS || sim_bus_pin(b, bus, NULL) < 0) return -ENOENT;
    if (baud == 0 || bits < 5 || bits > 9 || parity < -1 || parity > 1 || stop < 1 || stop > 2)
        return -EINVAL;
    int ti, ri, r;
    if ((r = pick(b, bus, tx, "tx", n, &ti)) < 0 || (r = pick(b, bus, rx, "rx", n, &ri)) < 0)
        return r;
    uart_t *u = &b->uart->u[n];
    if (u->open) sim_uart_close(b, n);
    u->open = true;
    u->gen++;
    u->tx = ti, u->rx = ri;
    u->bit_ns = 1000000000u / baud;
    u->frame_ns = (uint64_t)(1 + bits + (parity >= 0) + stop) * 1000000000u / baud;
    u->rxhead = u->rxlen = u->whead = u->wlen = u->thead = u->tlen = 0;
    u->wire_end = u->tx_end = b->clock.now;
    u->peer_on = (u->peer_tx < 0 || u->peer_tx == ti) && (u->peer_rx < 0 || u->peer_rx == ri);
    // What the peer sent while nobody listened is gone (a GPS talks from power-up on).
    uint8_t junk[256];
    while (u->peer && u->peer_on && u->peer->ops->next_event_ns(u->peer) <= b->clock.now &&
           u->peer->ops->emit(u->peer, b->clock.now, junk, sizeof junk) > 0) {}
    b->pins[ti].claim = b->pins[ri].claim = claim_names[n];
    b->pins[ti].mode = PY_HAL_PIN_OUT, b->pins[ti].out = 1;   // TX idles high
    b->pins[ri].mode = PY_HAL_PIN_IN, b->pins[ri].pull = PY_HAL_PULL_UP;
    b->pins[ti].irq_trig = b->pins[ri].irq_trig = 0;
    sim_pin_update(b, ti), sim_pin_update(b, ri);
    arm_peer(b, n);
    return 0;
}

int sim_uart_close(void *h, int n) {
    sim_board_t *b = h;
    uart_t *u = get(b, n);
    if (!u) return n >= 0 && n < MAX_UARTS ? 0 : -ENOENT;
    u->open = false;
    if (u->peer_event) sim_clock_cancel(&b->clock, u->peer_event);
    u->peer_event = 0;
    u->irq_trig = 0;
    release(b, u->tx), release(b, u->rx);
    return 0;
}

int sim_uart_write(void *h, int n, const uint8_t *data, size_t len) {
    sim_board_t *b = h;
    uart_t *u = get(b, n);
    if (!u) return -EBADF;
    size_t k = 0;
    for (; k < len && u->tlen < FIFO; k++) {
        uint64_t s = u->tx_end > b->clock.now ? u->tx_end : b->clock.now;
        u->tx_end = s + u->frame_ns;
        u->txq[(u->thead + u->tlen++) % FIFO] = data[k];
        if (at(b, u->tx_end, n, EV_TX) < 0) {
            u->tlen--;
            return k ? (int)k : -ENOMEM;
        }
    }
    return (int)k;
}

int sim_uart_read(void *h, int n, uint8_t *data, size_t len) {
    sim_board_t *b = h;
    uart_t *u = get(b, n);
    if (!u) return -EBADF;
    poll_host(b, n);
    size_t k = 0;
    for (; k < len && u->rxlen; k++) {
        data[k] = u->rxbuf[u->rxhead];
        u->rxhead = (u->rxhead + 1) % FIFO, u->rxlen--;
    }
    return (int)k;
}

int sim_uart_any(void *h, int n) {
    sim_board_t *b = h;
    uart_t *u = get(b, n);
    if (!u) return -EBADF;
    poll_host(b, n);
    return (int)u->rxlen;
}

int sim_uart_irq(void *h, int n, uint32_t triggers, uint32_t tag) {
    uart_t *u = get(h, n);
    if (!u) return -EBADF;
    u->irq_trig = triggers, u->irq_tag = tag;
    return 0;
}

int sim_uart_txdone(void *h, int n) {
    sim_board_t *b = h;
    uart_t *u = get(b, n);
    if (!u) return -EBADF;
    return u->tlen == 0 && b->clock.now >= u->tx_end;
}

// A break holds TX low for longer than a frame: 13 bit times, after the queued bytes.
int sim_uart_sendbreak(void *h, int n) {
    sim_board_t *b = h;
    uart_t *u = get(b, n);
    if (!u) return -EBADF;
    uint64_t s = u->tx_end > b->clock.now ? u->tx_end : b->clock.now;
    u->tx_end = s + u->bit_ns * 13;
    return 0;
}
