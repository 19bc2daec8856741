// mods/machine_uart.c: machine.UART on the board's UARTs (hal uart_*): read, readinto and
// readline returning None on timeout (timeout and timeout_char in ms of the board clock),
// write, any, flush, txdone, sendbreak, irq(IRQ_RX). Layer: library modules (hal front end).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "machine_spi.h"
#include "modkit.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

// rp2's interrupt and option values (its UART's register bits).
#define IRQ_RX 16
#define IRQ_TXIDLE 32
#define IRQ_RXIDLE 64
#define IRQ_BREAK 512
#define INV_TX 1
#define INV_RX 2
#define CTS 1
#define RTS 2

typedef struct machine_uart {
    py_obj_t base;
    int id;
    bool open;
    uint32_t baud;
    int bits, parity, stop;       // parity -1 none, 0 even, 1 odd
    int tx, rx;                   // pin numbers
    int64_t timeout, timeout_char; // ms
    int txbuf, rxbuf, invert, flow;
    uint32_t irq_tag, irq_trigger;
} machine_uart_t;

static machine_uart_t *uart_ptr(py_val_t v) { return (machine_uart_t *)py_obj(v); }

static const py_hal_t *board(py_vm_t *vm, void **b) { return py_machine_board(vm, b); }

static _Noreturn void uart_error(py_vm_t *vm, machine_uart_t *u, int r) {
    char what[16];
    snprintf(what, sizeof what, "UART(%d)", u->id);
    if (r == -EBUSY) py_raise_value_error(vm, "%s: a pin is in use by another peripheral", what);
    if (r == -EINVAL) py_raise_value_error(vm, "%s: bad pin or setting for this UART", what);
    py_hal_raise(vm, r, what);
}

static machine_uart_t *ready(py_vm_t *vm, py_val_t self) {
    machine_uart_t *u = uart_ptr(self);
    if (!u->open) py_raise_value_error(vm, "UART(%d) is deinitialised", u->id);
    return u;
}

static uint64_t frame_ns(const machine_uart_t *u) {
    return (uint64_t)(1 + u->bits + (u->parity >= 0) + u->stop) * 1000000000u / u->baud;
}

// ---- init -----------------------------------------------------------------------------------

static const char *const init_kw[] = {"baudrate", "bits", "parity", "stop", "tx", "rx", "rts",
                                      "cts", "txbuf", "rxbuf", "timeout", "timeout_char",
                                      "invert", "flow", "pins", NULL};

static int64_t opt(py_vm_t *vm, py_val_t v, int64_t dflt) {
    return v == PY_NULL ? dflt : py_to_int64(vm, v);
}

static void uart_setup(py_vm_t *vm, machine_uart_t *u, py_val_t *a) {
    if (a[14] != PY_NULL) { // pins=(TX, RX)
        if (!py_is_obj(a[14]) || py_len(vm, a[14]) < 2) py_raise_value_error(vm, "pins must be (tx, rx)");
        a[4] = py_getitem(vm, a[14], py_small(0)), a[5] = py_getitem(vm, a[14], py_small(1));
    }
    int64_t baud = opt(vm, a[0], u->baud), bits = opt(vm, a[1], u->bits);
    int64_t stop = opt(vm, a[3], u->stop);
    int parity = u->parity;
    if (a[2] != PY_NULL) parity = a[2] == PY_NONE ? -1 : (int)(py_to_int64(vm, a[2]) & 1);
    if (baud <= 0 || baud > 0x7fffffff) py_raise_value_error(vm, "invalid baudrate %R", a[0]);
    if (bits < 5 || bits > 8) py_raise_value_error(vm, "invalid bits %R", a[1]);
    if (stop != 1 && stop != 2) py_raise_value_error(vm, "invalid stop bits %R", a[3]);
    int tx = a[4] == PY_NULL ? -1 : py_machine_spi_pin(vm, a[4], "tx");
    int rx = a[5] == PY_NULL ? -1 : py_machine_spi_pin(vm, a[5], "rx");
    void *b;
    const py_hal_t *hal = board(vm, &b);
    if (!hal->uart_open) py_hal_raise(vm, -EOPNOTSUPP, "UART");
    py_hal_access(vm);
    int r = hal->uart_open(b, u->id, tx, rx, (uint32_t)baud, (int)bits, parity, (int)stop);
    if (r < 0) uart_error(vm, u, r);
    char bus[16];
    snprintf(bus, sizeof bus, "uart%d", u->id);
    u->open = true;
    u->baud = (uint32_t)baud, u->bits = (int)bits, u->parity = parity, u->stop = (int)stop;
    u->tx = tx >= 0 ? tx : hal->bus_pin(b, bus, "tx");
    u->rx = rx >= 0 ? rx : hal->bus_pin(b, bus, "rx");
    u->txbuf = (int)opt(vm, a[8], u->txbuf), u->rxbuf = (int)opt(vm, a[9], u->rxbuf);
    u->timeout = opt(vm, a[10], u->timeout);
    u->timeout_char = opt(vm, a[11], u->timeout_char);
    // As rp2: at least the time of a character or so, so that read(n) gets a burst whole.
    int64_t min_char = 13000 / (int64_t)baud + 1;
    if (u->timeout_char < min_char) u->timeout_char = min_char;
    u->invert = (int)opt(vm, a[12], u->invert), u->flow = (int)opt(vm, a[13], u->flow);
    if (u->irq_tag) hal->uart_irq(b, u->id, u->irq_trigger ? PY_HAL_UART_RX : 0, u->irq_tag);
}

// UART(id, baudrate=115200, bits=8, parity=None, stop=1, *, tx, rx, ...): a UART of the
// board, opened at once (rp2's default settings where not given).
static py_val_t uart_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    if (nargs < 1 || nargs > 5) py_raise_type_error(vm, "UART() takes an id and up to 4 settings");
    int64_t id = py_to_int64(vm, args[0]);
    void *b;
    const py_hal_t *hal = board(vm, &b);
    char bus[24];
    snprintf(bus, sizeof bus, "uart%lld", (long long)id);
    if (id < 0 || id > 7 || !hal->bus_pin || hal->bus_pin(b, bus, NULL) < 0)
        py_raise_value_error(vm, "UART(%d) doesn't exist", (int)id);
    machine_uart_t *u = py_gc_new(vm, type, py_type_instance_size(vm, type, 0));
    *u = (machine_uart_t){u->base, (int)id, false, 115200, 8, -1, 1, -1, -1, 0, 0, 256, 256, 0,
                          0, 0, 0};
    py_val_t self = py_from_obj(u), a[15] = {0};
    py_builtins_kwargs(vm, "UART", nargs - 1, args + 1, kwnames, init_kw, a);
    for (size_t i = 1; i < nargs; i++) a[i - 1] = args[i];
    uart_setup(vm, u, a);
    return self;
}

static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    if (nargs > 5) py_raise_type_error(vm, "init() takes up to 4 positional arguments");
    py_val_t a[15] = {0};
    py_builtins_kwargs(vm, "init", nargs - 1, args + 1, kwnames, init_kw, a);
    for (size_t i = 1; i < nargs; i++) a[i - 1] = args[i];
    uart_setup(vm, uart_ptr(args[0]), a);
    return PY_NONE;
}

static py_val_t m_deinit(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    machine_uart_t *u = uart_ptr(args[0]);
    if (!u->open) return PY_NONE;
    void *b;
    const py_hal_t *hal = board(vm, &b);
    hal->uart_close(b, u->id);
    py_hal_source_clear(vm, u->irq_tag);
    u->irq_tag = 0, u->irq_trigger = 0, u->open = false;
    return PY_NONE;
}

// ---- reading --------------------------------------------------------------------------------

// Waits on the board clock until a byte is there or [ms] have passed: true when one is.
// Waking at each board event (a byte arriving is one) keeps the wait exact.
static bool wait_rx(py_vm_t *vm, machine_uart_t *u, int64_t ms) {
    void *b;
    const py_hal_t *hal = board(vm, &b);
    uint64_t deadline = py_hal_now_ns(vm) + (uint64_t)(ms > 0 ? ms : 0) * 1000000u;
    for (;;) {
        int n = hal->uart_any(b, u->id);
        if (n < 0) uart_error(vm, u, n);
        if (n > 0) return true;
        uint64_t now = hal->now(b);
        if (now >= deadline) return false;
        uint64_t t = hal->next_event(b);
        if (t > deadline) t = deadline;
        py_hal_sleep_ns(vm, t > now ? t - now : 0);
    }
}

// Reads up to [max] bytes into a new bytes object (stopping after [stop] when it is >= 0):
// the first waits `timeout`, each next one `timeout_char`. PY_NONE when none came.
static py_val_t read_some(py_vm_t *vm, machine_uart_t *u, size_t max, int stop) {
    void *b;
    const py_hal_t *hal = board(vm, &b);
    if (!wait_rx(vm, u, u->timeout)) return PY_NONE;
    size_t cap = max < 256 ? max : 256, len = 0;
    py_bytes_t *buf = py_bytes_alloc(vm, cap);
    while (len < max) {
        if (len == cap) {
            cap = cap * 2 < max ? cap * 2 : max;
            py_bytes_t *bigger = py_bytes_alloc(vm, cap);
            memcpy(bigger->data, buf->data, len);
            buf = bigger;
        }
        size_t want = stop >= 0 ? 1 : cap - len;
        int n = hal->uart_read(b, u->id, buf->data + len, want);
        if (n < 0) uart_error(vm, u, n);
        len += (size_t)n;
        if (stop >= 0 && n && buf->data[len - 1] == stop) break;
        if (len < max && !n && !wait_rx(vm, u, u->timeout_char)) break;
    }
    return py_bytes_new(vm, buf->data, len);
}

// read([nbytes]) -> bytes or None on timeout
static py_val_t m_read(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    machine_uart_t *u = ready(vm, args[0]);
    int64_t n = nargs > 1 && args[1] != PY_NONE ? py_to_int64(vm, args[1]) : -1;
    if (n == 0) return py_bytes_new(vm, "", 0);
    return read_some(vm, u, n < 0 ? (size_t)1 << 30 : (size_t)n, -1);
}

static py_val_t m_readline(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return read_some(vm, ready(vm, args[0]), (size_t)1 << 30, '\n');
}

// readinto(buf[, nbytes]) -> count or None on timeout
static py_val_t m_readinto(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    machine_uart_t *u = ready(vm, args[0]);
    py_buffer_t v;
    py_buffer_require(vm, args[1], &v, true);
    size_t n = v.len * (v.itemsize ? v.itemsize : 1);
    if (nargs > 2) {
        int64_t k = py_to_int64(vm, args[2]);
        if (k >= 0 && (size_t)k < n) n = (size_t)k;
    }
    if (n == 0) return py_small(0);
    py_val_t got = read_some(vm, u, n, -1);
    if (got == PY_NONE) return PY_NONE;
    py_buffer_require(vm, args[1], &v, true);
    size_t len = py_bytes_ptr(got)->len;
    memcpy(v.data, py_bytes_ptr(got)->data, len);
    return py_small((py_int_t)len);
}

static py_val_t m_any(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    machine_uart_t *u = ready(vm, args[0]);
    void *b;
    const py_hal_t *hal = board(vm, &b);
    py_hal_access(vm);
    int n = hal->uart_any(b, u->id);
    if (n < 0) uart_error(vm, u, n);
    return py_small(n);
}

// ---- writing --------------------------------------------------------------------------------

// write(buf) -> count: bytes go into the TX buffer; a full buffer waits for room.
static py_val_t m_write(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    machine_uart_t *u = ready(vm, args[0]);
    py_buffer_t v;
    py_buffer_require(vm, args[1], &v, false);
    size_t n = v.len * (v.itemsize ? v.itemsize : 1);
    py_val_t copy = py_bytes_new(vm, v.data, n);
    void *b;
    const py_hal_t *hal = board(vm, &b);
    py_hal_access(vm);
    for (size_t done = 0; done < n;) {
        int k = hal->uart_write(b, u->id, py_bytes_ptr(copy)->data + done, n - done);
        if (k < 0) uart_error(vm, u, k);
        done += (size_t)k;
        if (done < n) py_hal_sleep_ns(vm, frame_ns(u));
    }
    return py_small((py_int_t)n);
}

static py_val_t m_txdone(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    machine_uart_t *u = ready(vm, args[0]);
    void *b;
    const py_hal_t *hal = board(vm, &b);
    py_hal_access(vm);
    int r = hal->uart_txdone(b, u->id);
    if (r < 0) uart_error(vm, u, r);
    return py_bool(r);
}

// flush(): waits until the last byte has left the TX line.
static py_val_t m_flush(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    machine_uart_t *u = ready(vm, args[0]);
    void *b;
    const py_hal_t *hal = board(vm, &b);
    py_hal_access(vm);
    int r;
    while ((r = hal->uart_txdone(b, u->id)) == 0) py_hal_sleep_ns(vm, frame_ns(u) / 2 + 1);
    if (r < 0) uart_error(vm, u, r);
    return PY_NONE;
}

static py_val_t m_sendbreak(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    machine_uart_t *u = ready(vm, args[0]);
    void *b;
    const py_hal_t *hal = board(vm, &b);
    py_hal_access(vm);
    int r = hal->uart_sendbreak(b, u->id);
    if (r < 0) uart_error(vm, u, r);
    return PY_NONE;
}

// ---- irq ------------------------------------------------------------------------------------

static const char *const irq_kw[] = {"handler", "trigger", "hard", NULL};

// Configures the irq from irq()'s arguments [a] (handler, trigger, hard).
static void irq_setup(py_vm_t *vm, machine_uart_t *u, py_val_t self, const py_val_t *a) {
    py_val_t handler = a[0] == PY_NULL ? PY_NONE : a[0];
    uint32_t trig = a[1] == PY_NULL ? IRQ_RX : (uint32_t)py_to_int64(vm, a[1]);
    if (trig & ~(uint32_t)IRQ_RX) py_raise_value_error(vm, "UART(%d): only IRQ_RX is supported", u->id);
    if (handler != PY_NONE && !py_callable(vm, handler))
        py_raise_type_error(vm, "'%T' object isn't callable", handler);
    void *b;
    const py_hal_t *hal = board(vm, &b);
    if (handler == PY_NONE || !trig) {
        hal->uart_irq(b, u->id, 0, 0);
        py_hal_source_clear(vm, u->irq_tag);
        u->irq_tag = 0, u->irq_trigger = 0;
        return;
    }
    bool hard = a[2] != PY_NULL && py_truthy(vm, a[2]);
    u->irq_tag = py_hal_source_set(vm, u->irq_tag, handler, self, hard);
    u->irq_trigger = trig;
    int r = hal->uart_irq(b, u->id, PY_HAL_UART_RX, u->irq_tag);
    if (r < 0) uart_error(vm, u, r);
}

// The HAL's UART events as UART.IRQ_* values, for irq().flags().
static const uint32_t irq_map[] = {PY_HAL_UART_RX, IRQ_RX, 0};

// irq(handler=None, trigger=IRQ_RX, hard=False): the handler gets the UART, at the time each
// byte arrives. Only IRQ_RX is simulated; other triggers raise ValueError. With arguments it
// (re)configures (a None handler or trigger 0 turns it off); either way it returns the irq
// object, with trigger() and flags() as Pin.irq's.
static py_val_t m_irq(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    machine_uart_t *u = ready(vm, args[0]);
    py_val_t self = args[0], a[3] = {0};
    py_builtins_kwargs(vm, "irq", nargs - 1, args + 1, kwnames, irq_kw, a);
    if (nargs > 4) py_raise_type_error(vm, "irq() takes at most 3 positional arguments");
    for (size_t i = 1; i < nargs; i++) a[i - 1] = args[i];
    bool configure = nargs > 1 || (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len);
    if (configure) irq_setup(vm, u, self, a);
    return py_machine_irq_new(vm, u->irq_tag, u->irq_trigger, irq_map);
}

// ---- the type -------------------------------------------------------------------------------

static py_val_t uart_repr(py_vm_t *vm, py_val_t self) {
    machine_uart_t *u = uart_ptr(self);
    char buf[240], parity[16] = "None";
    if (u->parity >= 0) snprintf(parity, sizeof parity, "%d", u->parity);
    snprintf(buf, sizeof buf, "UART(%d, baudrate=%u, bits=%d, parity=%s, stop=%d, tx=%d, rx=%d, "
             "txbuf=%d, rxbuf=%d, timeout=%lld, timeout_char=%lld, invert=%d)", u->id,
             (unsigned)u->baud, u->bits, parity, u->stop, u->tx, u->rx, u->txbuf, u->rxbuf,
             (long long)u->timeout, (long long)u->timeout_char, u->invert);
    return py_str_from_c(vm, buf);
}

static const py_method_def_t uart_methods[] = {
    {"init", m_init, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"deinit", m_deinit, 1, 1, 0},
    {"read", m_read, 1, 2, 0},
    {"readline", m_readline, 1, 1, 0},
    {"readinto", m_readinto, 2, 3, 0},
    {"write", m_write, 2, 2, 0},
    {"any", m_any, 1, 1, 0},
    {"txdone", m_txdone, 1, 1, 0},
    {"flush", m_flush, 1, 1, 0},
    {"sendbreak", m_sendbreak, 1, 1, 0},
    {"irq", m_irq, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t uart_spec = {
    .name = "UART",
    .base = PY_T_object,
    .basicsize = sizeof(machine_uart_t),
    .flags = PY_TF_BASETYPE,
    .slots = {.make_new = uart_make_new, .repr = uart_repr},
    .methods = uart_methods,
};

void py_machine_uart_init(py_vm_t *vm, py_val_t module) {
    py_type_t *t = py_modkit_type_new(vm, module, "UART", &uart_spec, "machine");
    static const struct {
        const char *name;
        int value;
    } consts[] = {
        {"IRQ_RX", IRQ_RX}, {"IRQ_RXIDLE", IRQ_RXIDLE}, {"IRQ_TXIDLE", IRQ_TXIDLE},
        {"IRQ_BREAK", IRQ_BREAK}, {"INV_TX", INV_TX}, {"INV_RX", INV_RX}, {"CTS", CTS},
        {"RTS", RTS},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        py_dict_set(vm, t->dict, py_str_intern_c(vm, consts[i].name), py_small(consts[i].value));
}
