// hal_sim/sim_scenario.c: runs a parsed scenario on the board clock: steps in order,
// waits as clock events, text waits fed by the console and UART observers, the
// timeout. Layer: simulated board (hal_sim); no VM headers.
// SPDX-License-Identifier: MIT
//
// The scenario never calls into the program: it changes parts through
// sim_part_set_prop and, when it ends, reports tag 0 to the board's sink so
// that run_until stops at that moment and the front end (mods/hal_scenario.c)
// can stop the program with the scenario's status.

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim_scenario.h"

// What a watched stream keeps of text nobody matched yet: enough for any
// line a test waits for, bounded for programs that print for hours.
#define STREAM_KEEP 65536

// Clock event arguments: go on from the current step, or finish a wait first.
enum { GO_ON = 0, WAIT_DONE = 1, TIMEOUT = 2 };

static double secs(const sim_scenario_t *s) {
    return (double)(s->b->clock.now - s->b->start) / 1e9;
}

// Ends the scenario with [status] and, unless [fmt] is NULL, the message
// "scenario FILE:LINE: ..." for the current step.
static void end(sim_scenario_t *s, int status, const char *fmt, ...) {
    if (s->ended) return;
    s->ended = true;
    s->status = status;
    if (fmt) {
        int line = s->cur < s->nsteps ? s->steps[s->cur].line : 0;
        int n = snprintf(s->msg, sizeof s->msg, "scenario %s:%d: ", s->path, line);
        va_list ap;
        va_start(ap, fmt);
        if (n > 0 && (size_t)n < sizeof s->msg) vsnprintf(s->msg + n, sizeof s->msg - (size_t)n, fmt, ap);
        va_end(ap);
    }
    sim_board_report(s->b, 0, 0);
}

static void event(void *ctx, uint64_t arg);

static void queue(sim_scenario_t *s, uint64_t t, uint64_t arg) {
    if (sim_clock_at(&s->b->clock, t, event, s, arg) < 0) end(s, SIM_SCN_FAILED, "out of memory");
}

// ---- watched text ---------------------------------------------------------------------------

static void append(sim_scn_stream_t *st, const char *data, size_t n) {
    if (n >= STREAM_KEEP) {
        data += n - STREAM_KEEP;
        n = STREAM_KEEP;
    }
    if (st->len + n > STREAM_KEEP) {
        size_t drop = st->len + n - STREAM_KEEP;
        memmove(st->buf, st->buf + drop, st->len - drop);
        st->len -= drop;
    }
    if (st->len + n > st->cap) {
        size_t cap = st->cap ? st->cap : 256;
        while (cap < st->len + n) cap *= 2;
        char *b = realloc(st->buf, cap);
        if (!b) return;   // the text is lost; a wait for it times out, which says what it waited for
        st->buf = b, st->cap = cap;
    }
    memcpy(st->buf + st->len, data, n);
    st->len += n;
}

// Finds [text] in the stream; on a match drops everything up to its end,
// so the next wait looks only at what came after.
static bool match(sim_scn_stream_t *st, const char *text, size_t len) {
    for (size_t i = 0; len <= st->len && i <= st->len - len; i++)
        if (memcmp(st->buf + i, text, len) == 0) {
            st->len -= i + len;
            memmove(st->buf, st->buf + i + len, st->len);
            return true;
        }
    return false;
}

static sim_scn_stream_t *stream_of(sim_scenario_t *s, const sim_step_t *st) {
    return st->kind == SIM_STEP_WAIT_UART ? &s->uart[st->uart] : &s->console;
}

// ---- the steps ------------------------------------------------------------------------------

// A text for a message: printable ASCII as is, the rest escaped.
static const char *shown(const sim_step_t *st, char *buf, size_t size) {
    size_t n = 0;
    for (size_t i = 0; i < st->len && n + 5 < size; i++) {
        unsigned char c = (unsigned char)st->text[i];
        if (c == '\n') n += (size_t)snprintf(buf + n, size - n, "\\n");
        else if (c == '"' || c == '\\') n += (size_t)snprintf(buf + n, size - n, "\\%c", c);
        else if (c < 32 || c > 126) n += (size_t)snprintf(buf + n, size - n, "\\x%02x", c);
        else buf[n++] = (char)c;
    }
    buf[n] = 0;
    return buf;
}

static void set_part(sim_scenario_t *s, const sim_step_t *st, double value) {
    int r = sim_part_set_prop(s->b, st->index, st->prop, value, s->b->clock.now);
    if (r == -EINVAL && st->prop)
        end(s, SIM_SCN_FAILED, "part '%s' has no property '%s'", st->name, st->prop);
    else if (r == -EINVAL) end(s, SIM_SCN_FAILED, "part '%s' takes no input", st->name);
    else if (r < 0) end(s, SIM_SCN_FAILED, "cannot set part '%s': %s", st->name, strerror(-r));
}

static void expect_pin(sim_scenario_t *s, const sim_step_t *st) {
    int got = s->b->pins[st->index].level;
    if (got != (int)st->value)
        end(s, SIM_SCN_FAILED, "expected pin %s = %d at %.3f s, got %d", st->name, (int)st->value,
            secs(s), got);
}

static void expect_led(sim_scenario_t *s, const sim_step_t *st) {
    int got = sim_part_state(s->b, st->index);
    if (got != (int)st->value)
        end(s, SIM_SCN_FAILED, "expected led %s %s at %.3f s, got %s", st->name,
            st->value ? "on" : "off", secs(s), got ? "on" : "off");
}

// Runs one step that completes at once (not a wait). False when it ended the scenario.
static void run_step(sim_scenario_t *s, const sim_step_t *st) {
    uint64_t now = s->b->clock.now;
    int r;
    switch (st->kind) {
    case SIM_STEP_PRESS: set_part(s, st, 1); break;
    case SIM_STEP_RELEASE: set_part(s, st, 0); break;
    case SIM_STEP_SET: set_part(s, st, st->value); break;
    case SIM_STEP_EXPECT_PIN: expect_pin(s, st); break;
    case SIM_STEP_EXPECT_LED: expect_led(s, st); break;
    case SIM_STEP_WRITE_CONSOLE:
        if (!s->console_in || s->console_in(s->console_ctx, st->text, st->len) < 0)
            end(s, SIM_SCN_FAILED, "cannot write to the program's console input");
        break;
    case SIM_STEP_SEND_UART:
        r = sim_scenario_uart_send(s->b, st->uart, (const uint8_t *)st->text, st->len, now);
        if (r < 0) end(s, SIM_SCN_FAILED, "cannot send to uart%d: %s", st->uart, strerror(-r));
        break;
    case SIM_STEP_SCREENSHOT:
        if (!s->screenshot) end(s, SIM_SCN_FAILED, "this program cannot take screenshots");
        else if ((r = s->screenshot(s->screenshot_ctx, s->b, st->text)) < 0)
            end(s, SIM_SCN_FAILED, "cannot write screenshot %s: %s", st->text, strerror(-r));
        break;
    case SIM_STEP_EXIT: end(s, SIM_SCN_OK, NULL); break;
    default: break;
    }
}

// Runs steps from the current one until one has to wait; all done ends the
// scenario with success.
static void go_on(sim_scenario_t *s) {
    while (!s->ended && s->cur < s->nsteps) {
        sim_step_t *st = &s->steps[s->cur];
        if (st->kind == SIM_STEP_WAIT) {
            queue(s, s->b->clock.now + st->ns, WAIT_DONE);
            return;
        }
        if (st->kind == SIM_STEP_WAIT_CONSOLE || st->kind == SIM_STEP_WAIT_UART) {
            if (!match(stream_of(s, st), st->text, st->len)) {
                s->waiting = true;
                return;
            }
        } else {
            run_step(s, st);
        }
        if (!s->ended) s->cur++;
    }
    if (!s->ended) end(s, SIM_SCN_OK, NULL);
}

// What the scenario was doing when the timeout came, for its message.
static void timeout(sim_scenario_t *s) {
    char buf[200];
    const sim_step_t *st = s->cur < s->nsteps ? &s->steps[s->cur] : NULL;
    double t = (double)s->timeout_ns / 1e9;
    if (st && st->kind == SIM_STEP_WAIT_CONSOLE)
        end(s, SIM_SCN_TIMEOUT, "timeout after %.3f s waiting for console text \"%s\"", t,
            shown(st, buf, sizeof buf));
    else if (st && st->kind == SIM_STEP_WAIT_UART)
        end(s, SIM_SCN_TIMEOUT, "timeout after %.3f s waiting for uart%d text \"%s\"", t,
            st->uart, shown(st, buf, sizeof buf));
    else
        end(s, SIM_SCN_TIMEOUT, "timeout after %.3f s in a wait", t);
}

static void event(void *ctx, uint64_t arg) {
    sim_scenario_t *s = ctx;
    if (s->ended) return;
    if (arg == TIMEOUT) {
        timeout(s);
        return;
    }
    if (arg == GO_ON) s->continue_queued = false;
    if (arg == WAIT_DONE) s->cur++;
    go_on(s);
}

// New text on a watched stream: a text wait that it satisfies goes on at
// the board's current time, from the clock (not from inside the observer,
// which may run in the middle of the program's output).
static void text_arrived(sim_scenario_t *s, sim_scn_stream_t *stream) {
    if (s->ended || !s->waiting || s->continue_queued) return;
    sim_step_t *st = &s->steps[s->cur];
    if (stream_of(s, st) != stream || !match(stream, st->text, st->len)) return;
    s->waiting = false;
    s->cur++;
    s->continue_queued = true;
    queue(s, s->b->clock.now, GO_ON);
}

void sim_scenario_console_out(sim_scenario_t *s, const char *data, size_t n) {
    append(&s->console, data, n);
    text_arrived(s, &s->console);
}

void sim_scenario_uart_out(sim_scenario_t *s, int uart, const uint8_t *data, size_t n) {
    if (uart < 0 || uart >= (int)(sizeof s->uart / sizeof s->uart[0])) return;
    append(&s->uart[uart], (const char *)data, n);
    text_arrived(s, &s->uart[uart]);
}

bool sim_scenario_wants_input(const sim_scenario_t *s) {
    if (s->ended) return false;
    for (int i = s->cur; i < s->nsteps; i++)
        if (s->steps[i].kind == SIM_STEP_WRITE_CONSOLE) return true;
    return false;
}

// ---- start: names resolved on the board --------------------------------------------------

static int bad(char *err, size_t len, const sim_scenario_t *s, const sim_step_t *st,
               const char *fmt, const char *name, const char *board) {
    int n = snprintf(err, len, "scenario %s:%d: ", s->path, st->line);
    if (n > 0 && (size_t)n < len) snprintf(err + n, len - (size_t)n, fmt, name, board);
    return -EINVAL;
}

// A pin by board name, CPU name or number; -ENOENT.
static int find_pin(const sim_board_t *b, const char *name) {
    for (int i = 0; i < b->naliases; i++)
        if (strcmp(b->alias_names[i], name) == 0) return b->alias_pins[i];
    for (int i = 0; i < b->npins; i++)
        if (strcmp(b->pins[i].info.cpu_name, name) == 0) return i;
    char *end;
    long n = strtol(name, &end, 10);
    return *name && !*end && n >= 0 && n <= 0x7fff ? sim_pin_index(b, (int)n) : -ENOENT;
}

// Whether some pin of the board file has a "uartN" function.
static bool board_has_uart(const sim_board_t *b, int uart) {
    char key[16];
    snprintf(key, sizeof key, "uart%d", uart);
    const sim_json_t *pins = sim_json_get(b->json, "pins");
    for (size_t i = 0; pins && pins->kind == SIM_JSON_ARR && i < pins->len; i++)
        if (sim_json_get(sim_json_get(pins->items[i], "functions"), key)) return true;
    return false;
}

static int resolve(sim_scenario_t *s, sim_step_t *st, char *err, size_t len) {
    sim_board_t *b = s->b;
    const char *name = st->name;
    switch (st->kind) {
    case SIM_STEP_PRESS: case SIM_STEP_RELEASE: case SIM_STEP_SET: case SIM_STEP_EXPECT_LED:
        if ((st->index = sim_part_find(b, name)) < 0)
            return bad(err, len, s, st, "no part '%s' on board '%s'", name, b->name);
        sim_part_kind_t kind = b->parts[st->index].kind;
        if ((st->kind == SIM_STEP_PRESS || st->kind == SIM_STEP_RELEASE) && kind != SIM_PART_BUTTON)
            return bad(err, len, s, st, "part '%s' is not a button", name, NULL);
        if (st->kind == SIM_STEP_EXPECT_LED && kind != SIM_PART_LED)
            return bad(err, len, s, st, "part '%s' is not an LED", name, NULL);
        if (st->kind == SIM_STEP_SET && kind == SIM_PART_LED)
            return bad(err, len, s, st, "part '%s' takes no input", name, NULL);
        return 0;
    case SIM_STEP_EXPECT_PIN:
        if ((st->index = find_pin(b, name)) < 0)
            return bad(err, len, s, st, "no pin '%s' on board '%s'", name, b->name);
        return 0;
    case SIM_STEP_SEND_UART: case SIM_STEP_WAIT_UART:
        if (!board_has_uart(b, st->uart)) {
            char u[16];
            snprintf(u, sizeof u, "uart%d", st->uart);
            return bad(err, len, s, st, "no %s on board '%s'", u, b->name);
        }
        return 0;
    default: return 0;
    }
}

int sim_scenario_start(sim_scenario_t *s, sim_board_t *b, char *err, size_t err_len) {
    s->b = b;
    bool uart = false;
    for (int i = 0; i < s->nsteps; i++) {
        int r = resolve(s, &s->steps[i], err, err_len);
        if (r < 0) return r;
        uart |= s->steps[i].kind == SIM_STEP_SEND_UART || s->steps[i].kind == SIM_STEP_WAIT_UART;
    }
    if (uart) sim_scenario_uart_watch(b, s);
    if (sim_clock_at(&b->clock, b->start + s->timeout_ns, event, s, TIMEOUT) < 0) return -ENOMEM;
    go_on(s);
    return 0;
}
