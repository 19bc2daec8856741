// hal_sim/sim_load.c: reads a board file (boards/NAME.json, docs/board.md) into a
// sim_board_t: pins and their capabilities, aliases, parts. Layer: simulated board.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sim_analog.h"
#include "sim_board.h"
#include "sim_i2c.h"

// Board files are small (pico.json is ~10 KB); a larger one is a mistake.
#define MAX_FILE (1 << 20)

static int read_text(const char *path, char **out) {
    FILE *f = fopen(path, "rb");
    if (!f) return -errno;
    char *buf = malloc(MAX_FILE + 1);
    size_t n = buf ? fread(buf, 1, MAX_FILE + 1, f) : 0;
    fclose(f);
    if (!buf) return -ENOMEM;
    if (n > MAX_FILE) { free(buf); return -EFBIG; }
    buf[n] = 0;
    *out = buf;
    return 0;
}

// Where a board name is looked for: $MICROPY_BOARDS, then boards/ beside the
// executable's folder or its parent (build/micropython and build/stress/micropython
// -> boards/), then ./boards.
static int find_file(const char *name, char *path, size_t len) {
    size_t n = strlen(name);
    if (strchr(name, '/') || (n > 5 && strcmp(name + n - 5, ".json") == 0)) {
        snprintf(path, len, "%s", name);
        return access(path, R_OK) == 0 ? 0 : -ENOENT;
    }
    char exe[PATH_MAX];
    ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[k > 0 ? k : 0] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) *slash = 0;
    const char *env = getenv("MICROPY_BOARDS");
    const char *dirs[5] = {env, exe, exe, exe, "boards"};
    const char *fmt[5] = {"%s/%s.json", "%s/../boards/%s.json", "%s/../../boards/%s.json",
                          "%s/boards/%s.json", "%s/%s.json"};
    for (int i = 0; i < 5; i++) {
        if (!dirs[i] || (i > 0 && i < 4 && !slash)) continue;
        snprintf(path, len, fmt[i], dirs[i], name);
        if (access(path, R_OK) == 0) return 0;
    }
    return -ENOENT;
}

static int bad(char *err, size_t len, const char *what, const char *name) {
    snprintf(err, len, "%s%s%s", what, name ? ": " : "", name ? name : "");
    return -EINVAL;
}

static uint32_t caps_of(const sim_json_t *pin) {
    uint32_t caps = sim_json_get(pin, "adc") ? PY_HAL_CAP_ADC : 0;
    const sim_json_t *fn = sim_json_get(pin, "functions");
    static const char *const prefix[4] = {"pwm", "i2c", "spi", "uart"};
    static const uint32_t bit[4] = {PY_HAL_CAP_PWM, PY_HAL_CAP_I2C, PY_HAL_CAP_SPI,
                                    PY_HAL_CAP_UART};
    for (size_t i = 0; fn && fn->kind == SIM_JSON_OBJ && i < fn->len; i++)
        for (int k = 0; k < 4; k++)
            if (strncmp(fn->keys[i], prefix[k], strlen(prefix[k])) == 0) caps |= bit[k];
    return caps;
}

static int load_pin(sim_board_t *b, int i, const sim_json_t *j, char *err, size_t len) {
    sim_pin_t *p = &b->pins[i];
    p->info.cpu_name = sim_json_str(sim_json_get(j, "cpu"), NULL);
    double num = sim_json_num(sim_json_get(j, "number"), -1);
    if (!p->info.cpu_name || num < 0 || num > 4095) return bad(err, len, "pin without cpu name or number", p->info.cpu_name);
    p->info.number = (int)num;
    p->info.caps = caps_of(j);
    p->info.adc_channel = (int)sim_json_num(sim_json_get(j, "adc"), -1);
    p->info.reserved = sim_json_str(sim_json_get(j, "reserved"), NULL);
    p->input_only = sim_json_num(sim_json_get(j, "input_only"), 0) != 0;
    p->no_pull = p->input_only;
    p->mode = -1;
    if (p->info.number > b->max_number) b->max_number = p->info.number;
    return 0;
}

// Board-level names: each pin's "board" list, plus the "aliases" object.
static int count_aliases(const sim_json_t *pins, const sim_json_t *aliases) {
    int n = aliases && aliases->kind == SIM_JSON_OBJ ? (int)aliases->len : 0;
    for (size_t i = 0; i < pins->len; i++) {
        const sim_json_t *names = sim_json_get(pins->items[i], "board");
        if (names && names->kind == SIM_JSON_ARR) n += (int)names->len;
    }
    return n;
}

static int pin_by_name(const sim_board_t *b, const char *name) {
    for (int i = 0; i < b->npins; i++)
        if (strcmp(b->pins[i].info.cpu_name, name) == 0) return i;
    for (int i = 0; i < b->naliases; i++)
        if (strcmp(b->alias_names[i], name) == 0) return b->alias_pins[i];
    return -ENOENT;
}

static int load_aliases(sim_board_t *b, const sim_json_t *pins, const sim_json_t *aliases,
                        char *err, size_t len) {
    int n = count_aliases(pins, aliases);
    b->alias_names = calloc((size_t)n + 1, sizeof *b->alias_names);
    b->alias_pins = calloc((size_t)n + 1, sizeof *b->alias_pins);
    if (!b->alias_names || !b->alias_pins) return -ENOMEM;
    for (size_t i = 0; i < pins->len; i++) {
        const sim_json_t *names = sim_json_get(pins->items[i], "board");
        for (size_t k = 0; names && names->kind == SIM_JSON_ARR && k < names->len; k++) {
            b->alias_names[b->naliases] = sim_json_str(names->items[k], "?");
            b->alias_pins[b->naliases++] = (int)i;
        }
    }
    for (size_t i = 0; aliases && aliases->kind == SIM_JSON_OBJ && i < aliases->len; i++) {
        int pin = pin_by_name(b, sim_json_str(aliases->items[i], ""));
        if (pin < 0) return bad(err, len, "alias of an unknown pin", aliases->keys[i]);
        b->alias_names[b->naliases] = aliases->keys[i];
        b->alias_pins[b->naliases++] = pin;
    }
    return 0;
}

static sim_part_kind_t kind_of(const char *type) {
    if (strcmp(type, "led") == 0) return SIM_PART_LED;
    if (strcmp(type, "button") == 0) return SIM_PART_BUTTON;
    if (strcmp(type, "slide_switch") == 0) return SIM_PART_SWITCH;
    if (strcmp(type, "pot") == 0) return SIM_PART_POT;
    return SIM_PART_DEVICE;
}

// "to": "gnd" (the default) or "vcc"/"3v3": the rail a button connects its pin to.
static int rail(const sim_json_t *attrs, const char *key, int dflt) {
    const char *s = sim_json_str(sim_json_get(attrs, key), NULL);
    if (!s) return dflt;
    return strcmp(s, "gnd") == 0 || strcmp(s, "low") == 0 ? 0 : 1;
}

static int load_part(sim_board_t *b, sim_part_t *p, const sim_json_t *j, char *err, size_t len) {
    p->json = j;
    p->id = sim_json_str(sim_json_get(j, "id"), NULL);
    p->type = sim_json_str(sim_json_get(j, "type"), NULL);
    if (!p->id || !p->type) return bad(err, len, "part without id or type", p->id);
    p->kind = kind_of(p->type);
    p->drive = -1;
    p->pin = -1;
    const char *pin = sim_json_str(sim_json_get(j, "pin"), NULL);
    if (pin && (p->pin = pin_by_name(b, pin)) < 0) return bad(err, len, "part on an unknown pin", p->id);
    if (p->kind != SIM_PART_DEVICE && p->pin < 0) return bad(err, len, "part needs a pin", p->id);
    const sim_json_t *attrs = sim_json_get(j, "attrs");
    p->active = p->kind == SIM_PART_LED ? rail(attrs, "active", 1) : rail(attrs, "to", 0);
    p->bounce_ns = (uint64_t)(sim_json_num(sim_json_get(attrs, "bounce_us"), 0) * 1000);
    p->value = sim_json_num(sim_json_get(attrs, "value"), 0);
    if (p->kind == SIM_PART_SWITCH) p->state = p->value != 0, p->drive = p->state;
    return 0;
}

// Hands a bus device to the file that wires its kind of bus.
static int wire_bus_part(sim_board_t *b, int k, char *err, size_t len) {
    const char *bus = sim_json_str(sim_json_get(b->parts[k].json, "bus"), "");
    if (b->parts[k].kind == SIM_PART_DEVICE && strncmp(bus, "i2c", 3) == 0)
        return sim_i2c_load_part(b, k, err, len);
    return 0;
}

// "memory": [{"name", "base", "size"}]: regions of RAM for mem8/16/32.
static int load_memory(sim_board_t *b, const sim_json_t *mem, char *err, size_t len) {
    if (!mem || mem->kind != SIM_JSON_ARR || !mem->len) return 0;
    if (!(b->mems = calloc(mem->len, sizeof *b->mems))) return -ENOMEM;
    for (size_t i = 0; i < mem->len; i++) {
        sim_mem_t *m = &b->mems[b->nmems];
        double base = sim_json_num(sim_json_get(mem->items[i], "base"), -1);
        double size = sim_json_num(sim_json_get(mem->items[i], "size"), 0);
        m->name = sim_json_str(sim_json_get(mem->items[i], "name"), "memory");
        if (base < 0 || size <= 0 || size > (1 << 24) || base + size > 4294967296.0)
            return bad(err, len, "memory region without a base and size (at most 16 MiB)", m->name);
        m->base = (uint32_t)base, m->size = (uint32_t)size;
        b->nmems++;   // counted before the allocation, so sim_load_free frees it
        if (!(m->data = calloc(1, m->size))) return -ENOMEM;
    }
    return 0;
}

// "unique_id": hex digits.
static void load_uid(sim_board_t *b, const char *hex) {
    for (; hex && hex[0] && hex[1] && b->uid_len < (int)sizeof b->uid; hex += 2) {
        unsigned v;
        if (sscanf(hex, "%2x", &v) != 1) break;
        b->uid[b->uid_len++] = (uint8_t)v;
    }
}

// True when [s] holds a name Thonny (and other tools) take for a particular board
// (reference §15) and change behaviour for: the banner must never show one.
static bool thonny_name(const char *s) {
    static const char *const names[] = {"pyb", "PYBv", "PYBLITE", "PYBOARD", "micro:bit",
                                        "CircuitPython", "Pycom", "LoBo", "WiPy with ESP32"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strstr(s, names[i])) return true;
    return false;
}

static int load_tree(sim_board_t *b, char *err, size_t len) {
    const sim_json_t *j = b->json, *pins = sim_json_get(j, "pins"), *parts = sim_json_get(j, "parts");
    if (!pins || pins->kind != SIM_JSON_ARR || !pins->len) return bad(err, len, "no \"pins\" list", NULL);
    b->name = sim_json_str(sim_json_get(j, "name"), "board");
    b->mcu = sim_json_str(sim_json_get(j, "mcu"), "mcu");
    b->title = sim_json_str(sim_json_get(j, "title"), b->name);
    char machine[256];
    sim_load_machine(b, machine, sizeof machine);
    if (thonny_name(machine))
        return bad(err, len, "a \"title\" or \"mcu\" that tools mistake for another board", b->title);
    b->freq = (int64_t)sim_json_num(sim_json_get(j, "freq"), 125e6);
    b->vref = sim_json_num(sim_json_get(j, "vref"), 3.3);
    load_uid(b, sim_json_str(sim_json_get(j, "unique_id"), NULL));
    b->npins = (int)pins->len;
    if (!(b->pins = calloc(pins->len, sizeof *b->pins))) return -ENOMEM;
    for (int i = 0, r; i < b->npins; i++)
        if ((r = load_pin(b, i, pins->items[i], err, len)) < 0) return r;
    if (!(b->by_number = malloc(((size_t)b->max_number + 1) * sizeof(int)))) return -ENOMEM;
    for (int i = 0; i <= b->max_number; i++) b->by_number[i] = -1;
    for (int i = 0; i < b->npins; i++) {
        if (b->by_number[b->pins[i].info.number] >= 0) return bad(err, len, "two pins with one number", b->pins[i].info.cpu_name);
        b->by_number[b->pins[i].info.number] = i;
    }
    int r = load_aliases(b, pins, sim_json_get(j, "aliases"), err, len);
    if (r < 0 || (r = load_memory(b, sim_json_get(j, "memory"), err, len)) < 0) return r;
    b->nparts = parts && parts->kind == SIM_JSON_ARR ? (int)parts->len : 0;
    if (b->nparts && !(b->parts = calloc((size_t)b->nparts, sizeof *b->parts))) return -ENOMEM;
    for (int k = 0; k < b->nparts; k++)
        if ((r = load_part(b, &b->parts[k], parts->items[k], err, len)) < 0 ||
            (r = wire_bus_part(b, k, err, len)) < 0)
            return r;
    return sim_analog_load(b, err, len);
}

int sim_load_board(sim_board_t **out, const char *name, char *err, size_t err_len) {
    char path[PATH_MAX], *text = NULL;
    if (find_file(name, path, sizeof path) < 0) {
        snprintf(err, err_len, "no board '%s'", name);
        return -ENOENT;
    }
    int r = read_text(path, &text);
    if (r < 0) {
        snprintf(err, err_len, "%s: %s", path, strerror(-r));
        return r;
    }
    sim_board_t *b = calloc(1, sizeof *b);
    char msg[200] = "";
    if (b) b->json = sim_json_parse(text, msg, sizeof msg);
    free(text);
    if (!b || !b->json) {
        r = b ? -EINVAL : -ENOMEM;
        snprintf(err, err_len, "%s: %s", path, b ? msg : "out of memory");
        free(b);
        return r;
    }
    r = load_tree(b, msg, sizeof msg);
    if (r < 0) {
        snprintf(err, err_len, "%s: %s", path, r == -ENOMEM ? "out of memory" : msg);
        sim_load_free(b);
        return r;
    }
    b->reset_cause = PY_HAL_PWRON_RESET;
    *out = b;
    return 0;
}

void sim_load_machine(const sim_board_t *b, char *buf, size_t len) {
    snprintf(buf, len, "%s with %s", b->title ? b->title : b->name, b->mcu);
}

void sim_load_free(sim_board_t *b) {
    if (!b) return;
    sim_i2c_free(b);
    sim_part_free_props(b);
    sim_analog_free(b);
    sim_json_free(b->json);
    free(b->pins);
    free(b->by_number);
    free(b->alias_names);
    free(b->alias_pins);
    free(b->parts);
    free(b->timers);
    for (int i = 0; i < b->nmems; i++) free(b->mems[i].data);
    free(b->mems);
    sim_clock_free(&b->clock);
    free(b);
}
