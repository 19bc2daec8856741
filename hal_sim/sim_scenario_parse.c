// hal_sim/sim_scenario_parse.c: the scenario file reader: one step per line, words
// and quoted strings, durations like 500ms. Layer: simulated board (hal_sim); no VM.
// SPDX-License-Identifier: MIT
//
// The format is documented in docs/scenarios.md. Every error names the file
// and line, so a bad file is refused before the program runs.

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim_scenario.h"

#define MAX_WORDS 5

typedef struct word {
    char *s;            // malloc'd, NUL-terminated (a string may also hold NULs: len)
    size_t len;
    bool quoted;
} word_t;

typedef struct parser {
    const char *path;
    int line;
    char *err;
    size_t err_len;
} parser_t;

static int fail(parser_t *p, const char *fmt, ...) {
    int n = snprintf(p->err, p->err_len, "scenario %s:%d: ", p->path, p->line);
    if (n < 0 || (size_t)n >= p->err_len) return -EINVAL;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->err + n, p->err_len - (size_t)n, fmt, ap);
    va_end(ap);
    return -EINVAL;
}

static int hex(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// A quoted string from *pp (at the opening quote) to the closing one, with
// the escapes \n \r \t \\ \" \0 \xHH.
static int read_string(parser_t *p, const char **pp, const char *end, word_t *w) {
    const char *s = *pp + 1;
    char *out = malloc((size_t)(end - s) + 1);
    if (!out) return -ENOMEM;
    size_t n = 0;
    for (;;) {
        if (s >= end) {
            free(out);
            return fail(p, "unterminated string");
        }
        char c = *s++;
        if (c == '"') break;
        if (c != '\\') {
            out[n++] = c;
            continue;
        }
        char e = s < end ? *s++ : 0;
        int h1, h2;
        switch (e) {
        case 'n': out[n++] = '\n'; break;
        case 'r': out[n++] = '\r'; break;
        case 't': out[n++] = '\t'; break;
        case '0': out[n++] = 0; break;
        case '\\': case '"': out[n++] = e; break;
        case 'x':
            if (end - s < 2 || (h1 = hex(s[0])) < 0 || (h2 = hex(s[1])) < 0) {
                free(out);
                return fail(p, "\\x needs two hex digits");
            }
            out[n++] = (char)(h1 * 16 + h2);
            s += 2;
            break;
        default:
            free(out);
            return fail(p, "unknown escape '\\%c' in a string", e ? e : ' ');
        }
    }
    out[n] = 0;
    *w = (word_t){out, n, true};
    *pp = s;
    return 0;
}

// Splits the line [s, end) into words; '#' outside a string starts a comment.
static int split(parser_t *p, const char *s, const char *end, word_t *words, int *nwords) {
    *nwords = 0;
    for (;;) {
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\r')) s++;
        if (s >= end || *s == '#') return 0;
        if (*nwords == MAX_WORDS) return fail(p, "too many words");
        word_t *w = &words[*nwords];
        if (*s == '"') {
            int r = read_string(p, &s, end, w);
            if (r < 0) return r;
            (*nwords)++;
            if (s < end && *s != ' ' && *s != '\t' && *s != '\r' && *s != '#')
                return fail(p, "expected a space after the string");
            continue;
        }
        const char *b = s;
        while (s < end && *s != ' ' && *s != '\t' && *s != '\r' && *s != '#' && *s != '"') s++;
        size_t n = (size_t)(s - b);
        if (!(w->s = malloc(n + 1))) return -ENOMEM;
        memcpy(w->s, b, n);
        w->s[n] = 0;
        w->len = n;
        w->quoted = false;
        (*nwords)++;
    }
}

// "500ms", "2s", "1.5s", "250us", "100ns": a duration in ns.
static int duration(parser_t *p, const word_t *w, uint64_t *ns) {
    char *unit;
    double v = strtod(w->s, &unit);
    static const struct { const char *name; double scale; } units[] = {
        {"ns", 1}, {"us", 1e3}, {"ms", 1e6}, {"s", 1e9}};
    if (!w->quoted && unit != w->s && v >= 0 && isfinite(v))
        for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
            if (strcmp(unit, units[i].name) == 0 && v * units[i].scale < 1.8e19) {
                *ns = (uint64_t)(v * units[i].scale + 0.5);
                return 0;
            }
    return fail(p, "expected a duration like 500ms, 2s, 1.5s or 250us, got '%s'", w->s);
}

static int number(parser_t *p, const word_t *w, double *v) {
    char *end;
    *v = strtod(w->s, &end);
    if (w->quoted || end == w->s || *end || !isfinite(*v))
        return fail(p, "expected a number, got '%s'", w->s);
    return 0;
}

// A level: 0/1, low/high (pins), off/on (LEDs).
static int level(parser_t *p, const word_t *w, double *v) {
    static const char *const zero[] = {"0", "low", "off"}, *const one[] = {"1", "high", "on"};
    for (int i = 0; i < 3; i++) {
        if (strcmp(w->s, zero[i]) == 0) return *v = 0, 0;
        if (strcmp(w->s, one[i]) == 0) return *v = 1, 0;
    }
    return fail(p, "expected 0/1, low/high or off/on, got '%s'", w->s);
}

// "uart0" or "0".
static int uart_number(parser_t *p, const word_t *w, int *uart) {
    const char *s = strncmp(w->s, "uart", 4) == 0 ? w->s + 4 : w->s;
    if (s[0] >= '0' && s[0] <= '7' && !s[1]) return *uart = s[0] - '0', 0;
    return fail(p, "expected a UART like uart0 (0-7), got '%s'", w->s);
}

static char *take(word_t *w) {
    char *s = w->s;
    w->s = NULL;
    return s;
}

typedef struct step_syntax {
    const char *name;
    sim_step_kind_t kind;
    int nargs;          // words after the step's name (set: 2 or 3; expect: 3)
    const char *usage;
} step_syntax_t;

static const step_syntax_t syntax[] = {
    {"wait", SIM_STEP_WAIT, 1, "wait DURATION"},
    {"delay", SIM_STEP_WAIT, 1, "delay DURATION"},
    {"press", SIM_STEP_PRESS, 1, "press PART"},
    {"release", SIM_STEP_RELEASE, 1, "release PART"},
    {"set", SIM_STEP_SET, 2, "set PART [PROPERTY] VALUE"},
    {"expect", SIM_STEP_EXPECT_PIN, 3, "expect pin PIN LEVEL / expect led PART on|off"},
    {"wait-console", SIM_STEP_WAIT_CONSOLE, 1, "wait-console \"TEXT\""},
    {"write-console", SIM_STEP_WRITE_CONSOLE, 1, "write-console \"TEXT\""},
    {"send-uart", SIM_STEP_SEND_UART, 2, "send-uart UART \"TEXT\""},
    {"wait-uart", SIM_STEP_WAIT_UART, 2, "wait-uart UART \"TEXT\""},
    {"screenshot", SIM_STEP_SCREENSHOT, 1, "screenshot FILE.png"},
    {"exit", SIM_STEP_EXIT, 0, "exit"},
};

// The words after the step's name, [w], into [st].
static int fill_step(parser_t *p, sim_step_t *st, word_t *w, int n) {
    int r = 0;
    switch (st->kind) {
    case SIM_STEP_WAIT: return duration(p, &w[0], &st->ns);
    case SIM_STEP_PRESS: case SIM_STEP_RELEASE: st->name = take(&w[0]); return 0;
    case SIM_STEP_SET:
        st->name = take(&w[0]);
        if (n == 3 && strcmp(w[1].s, "value") != 0) st->prop = take(&w[1]);
        return number(p, &w[n - 1], &st->value);
    case SIM_STEP_EXPECT_PIN:
        if (strcmp(w[0].s, "led") == 0) st->kind = SIM_STEP_EXPECT_LED;
        else if (strcmp(w[0].s, "pin") != 0)
            return fail(p, "expect what? 'expect pin PIN LEVEL' or 'expect led PART on|off'");
        st->name = take(&w[1]);
        return level(p, &w[2], &st->value);
    case SIM_STEP_SEND_UART: case SIM_STEP_WAIT_UART:
        if ((r = uart_number(p, &w[0], &st->uart)) < 0) return r;
        w++;
        /* fall through */
    case SIM_STEP_WAIT_CONSOLE: case SIM_STEP_WRITE_CONSOLE:
        if (!w[0].quoted) return fail(p, "the text must be quoted: \"%s\"", w[0].s);
        if (!w[0].len && st->kind != SIM_STEP_WRITE_CONSOLE && st->kind != SIM_STEP_SEND_UART)
            return fail(p, "waiting for empty text");
        st->len = w[0].len;
        st->text = take(&w[0]);
        return 0;
    case SIM_STEP_SCREENSHOT:
        st->len = w[0].len;
        st->text = take(&w[0]);
        return 0;
    case SIM_STEP_EXIT: case SIM_STEP_EXPECT_LED: return 0;
    }
    return 0;
}

// One line's words: a step appended to [s], or the timeout. 0 or -errno.
static int parse_words(parser_t *p, sim_scenario_t *s, word_t *w, int n, bool *have_timeout) {
    if (w[0].quoted) return fail(p, "a line starts with a step name, not a string");
    if (strcmp(w[0].s, "timeout") == 0) {
        if (n != 2) return fail(p, "usage: timeout DURATION");
        if (*have_timeout) return fail(p, "a second timeout");
        *have_timeout = true;
        return duration(p, &w[1], &s->timeout_ns);
    }
    const step_syntax_t *sx = NULL;
    for (size_t i = 0; i < sizeof syntax / sizeof syntax[0]; i++)
        if (strcmp(w[0].s, syntax[i].name) == 0) sx = &syntax[i];
    if (!sx) return fail(p, "unknown step '%s'", w[0].s);
    int nargs = n - 1;
    bool ok = nargs == sx->nargs || (sx->kind == SIM_STEP_SET && nargs == 3);
    if (!ok) return fail(p, "usage: %s", sx->usage);
    sim_step_t *st = realloc(s->steps, ((size_t)s->nsteps + 1) * sizeof *st);
    if (!st) return -ENOMEM;
    s->steps = st;
    st = &s->steps[s->nsteps++];
    *st = (sim_step_t){.kind = sx->kind, .line = p->line, .index = -1};
    return fill_step(p, st, w + 1, nargs);
}

int sim_scenario_parse(sim_scenario_t **out, const char *path, const char *text, char *err,
                       size_t err_len) {
    sim_scenario_t *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        free(s);
        return -ENOMEM;
    }
    s->timeout_ns = SIM_SCN_DEFAULT_TIMEOUT_NS;
    parser_t p = {path, 0, err, err_len};
    bool have_timeout = false;
    int r = 0;
    for (const char *line = text; *line && r == 0;) {
        const char *nl = strchr(line, '\n'), *end = nl ? nl : line + strlen(line);
        p.line++;
        word_t w[MAX_WORDS];
        int n = 0;
        r = split(&p, line, end, w, &n);
        if (r == 0 && n > 0) r = parse_words(&p, s, w, n, &have_timeout);
        for (int i = 0; i < n; i++) free(w[i].s);
        line = nl ? nl + 1 : end;
    }
    if (r < 0) {
        sim_scenario_free(s);
        return r;
    }
    *out = s;
    return 0;
}

int sim_scenario_load(sim_scenario_t **out, const char *path, char *err, size_t err_len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        snprintf(err, err_len, "scenario %s: %s", path, strerror(e));
        return -e;
    }
    size_t cap = 4096, n = 0;
    char *text = malloc(cap);
    for (size_t got; text; n += got) {
        if (cap - n < 2) {
            char *t = realloc(text, cap *= 2);
            if (!t) free(text);
            text = t;
            if (!t) break;
        }
        if ((got = fread(text + n, 1, cap - n - 1, f)) == 0) break;
    }
    fclose(f);
    if (!text) return -ENOMEM;
    text[n] = 0;
    if (strlen(text) != n) {
        free(text);
        snprintf(err, err_len, "scenario %s: a NUL byte in the file", path);
        return -EINVAL;
    }
    int r = sim_scenario_parse(out, path, text, err, err_len);
    free(text);
    return r;
}

void sim_scenario_free(sim_scenario_t *s) {
    if (!s) return;
    for (int i = 0; i < s->nsteps; i++) {
        free(s->steps[i].name);
        free(s->steps[i].prop);
        free(s->steps[i].text);
    }
    free(s->steps);
    free(s->console.buf);
    for (size_t i = 0; i < sizeof s->uart / sizeof s->uart[0]; i++) free(s->uart[i].buf);
    free(s->path);
    free(s);
}
