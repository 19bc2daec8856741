// mods/machine_pin.c: machine.Pin on the HAL's pins: modes, pulls, levels, irq,
// and the Pin.board / Pin.cpu names. Layer: library modules (front end of mods/hal.h).
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "machine.h"
#include "modkit.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

static const char *const mode_names[] = {"IN", "OUT", "OPEN_DRAIN", "ALT", "ALT_OPEN_DRAIN", "ANALOG"};
static const char *const pull_names[] = {NULL, "PULL_UP", "PULL_DOWN"};

static machine_pin_t *pin_ptr(py_val_t v) { return (machine_pin_t *)py_obj(v); }

static const char *cpu_name(py_vm_t *vm, int number) {
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    py_hal_pin_info_t info;
    return hal->pin_info(b, number, &info) < 0 ? "?" : info.cpu_name;
}

// Raises the error of a failed pin call, naming the pin as its repr starts.
_Noreturn static void pin_error(py_vm_t *vm, int number, int err) {
    py_hal_raise_detail(vm, err);   // real hardware's message names the line and the cause
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    py_hal_pin_info_t info;
    if (hal->pin_info(b, number, &info) < 0) py_raise_value_error(vm, "invalid pin %d", number);
    if (err == -EBUSY && info.reserved)
        py_raise_value_error(vm, "Pin(%s) is in use by %s", info.cpu_name, info.reserved);
    if (err == -EBUSY) py_raise_value_error(vm, "Pin(%s) is in use", info.cpu_name);
    if (err == -EINVAL) py_raise_value_error(vm, "Pin(%s) can't take that mode or pull", info.cpu_name);
    char what[48];
    snprintf(what, sizeof what, "Pin(%s)", info.cpu_name);
    py_hal_raise(vm, err, what);
}

// ---- the pin objects --------------------------------------------------------------------------

static py_val_t pin_repr(py_vm_t *vm, py_val_t self) {
    machine_pin_t *p = pin_ptr(self);
    char buf[96];
    int n = snprintf(buf, sizeof buf, "Pin(%s", cpu_name(vm, p->number));
    if (p->mode >= 0 && p->mode <= PY_HAL_PIN_ANALOG)
        n += snprintf(buf + n, sizeof buf - (size_t)n, ", mode=%s", mode_names[p->mode]);
    if (p->pull > 0 && p->pull <= PY_HAL_PULL_DOWN)
        n += snprintf(buf + n, sizeof buf - (size_t)n, ", pull=%s", pull_names[p->pull]);
    snprintf(buf + n, sizeof buf - (size_t)n, ")");
    return py_str_from_c(vm, buf);
}

bool py_machine_pin_check(py_vm_t *vm, py_val_t v) {
    if (!py_is_obj(v)) return false;
    for (py_type_t *t = py_type_of(vm, v); t; t = t->base_type)
        if (t->slots.repr == pin_repr) return true;
    return false;
}

// The Pin type's class attribute [name] (Pin.cpu, Pin.board).
static py_val_t class_attr(py_vm_t *vm, const char *name) {
    py_val_t pin_type = py_modkit_attr(vm, "machine", "Pin");
    return py_getattr(vm, pin_type, py_str_intern_c(vm, name));
}

// ---- the weak pin table -----------------------------------------------------------------------
//
// On a simulated board the Pin objects live in Pin.cpu for the program's life, as a
// board's pins do. On Linux a pin is a line request that other programs may want, so
// a Pin nobody holds is collected and its finaliser releases the line. Pin(n) is
// still Pin(n) while anyone holds one: the table below maps pin numbers to the live
// Pin objects without keeping them alive (it is C memory, not a GC root), and each
// Pin's finaliser removes its entry before the sweep frees it, so the table never
// holds a freed object. The table is counted: the holder object the machine module
// keeps (_pins) and every Pin in it hold a count, so whichever dies last frees it.
typedef struct pin_table {
    size_t refs, len, cap;
    struct pin_obj **items;
} pin_table_t;

// A Pin as allocated here: the part the other files see, then its table (NULL: a
// pin kept for the program's life, in Pin.cpu).
typedef struct pin_obj {
    machine_pin_t pub;
    pin_table_t *table;
} pin_obj_t;

typedef struct pin_holder {
    py_obj_t base;
    pin_table_t *table;
    py_type_t *pin_type;   // the Pin type the table's Pins are made of
} pin_holder_t;

static void table_drop(pin_table_t *t) {
    if (--t->refs) return;
    free(t->items);
    free(t);
}

static void holder_finalise(py_vm_t *vm, py_obj_t *o) {
    (void)vm;
    pin_holder_t *h = (pin_holder_t *)o;
    if (h->table) table_drop(h->table);
    h->table = NULL;
}

static void holder_mark(py_vm_t *vm, py_obj_t *o) {
    py_gc_mark_ptr(vm, ((pin_holder_t *)o)->pin_type);
}

static const py_type_spec_t holder_spec = {
    .name = "pins",
    .base = PY_T_object,
    .basicsize = sizeof(pin_holder_t),
    .slots = {.mark = holder_mark, .finalise = holder_finalise},
};

// The holder of this VM's weak table, NULL when pins live in Pin.cpu (or when
// machine._pins was replaced by something else).
static pin_holder_t *weak_holder(py_vm_t *vm) {
    py_val_t h = py_modkit_attr(vm, "machine", "_pins");
    if (!py_is_obj(h) || py_type_of(vm, h)->slots.finalise != holder_finalise) return NULL;
    pin_holder_t *holder = (pin_holder_t *)py_obj(h);
    return holder->table ? holder : NULL;
}

// The finaliser of a Pin in the weak table: leaves the table and releases the line
// (only while the board is up: at exit the board releases every line itself, and a
// board kept across a soft reset is the next VM's). A Pin with an irq is reachable
// from its event source, so never gets here with one. Must not allocate.
static void pin_finalise(py_vm_t *vm, py_obj_t *o) {
    pin_obj_t *p = (pin_obj_t *)o;
    pin_table_t *t = p->table;
    if (!t) return;
    for (size_t i = 0; i < t->len; i++)
        if (t->items[i] == p) {
            t->items[i] = t->items[--t->len];
            break;
        }
    p->table = NULL;
    table_drop(t);
    if (!vm->hal_state) return;
    void *b;
    const py_hal_t *hal = py_hal_up(vm, &b);   // up: returns it, allocates nothing
    hal->pin_close(b, p->pub.number);
}

// The live Pin of [number] in [h]'s table, or a new one entered there. May raise
// MemoryError.
static py_val_t weak_pin(py_vm_t *vm, pin_holder_t *h, int number) {
    pin_table_t *t = h->table;
    for (size_t i = 0; i < t->len; i++)
        if (t->items[i]->pub.number == number) return py_from_obj(t->items[i]);
    pin_obj_t *p = py_gc_new(vm, h->pin_type, sizeof *p);   // may collect (h is held by machine)
    p->pub.number = number, p->pub.mode = p->pub.pull = -1;
    if (t->len == t->cap) {
        size_t cap = t->cap ? 2 * t->cap : 16;
        pin_obj_t **items = realloc(t->items, cap * sizeof *items);
        if (!items) py_raise_memory_error(vm);   // p is garbage without a table: fine
        t->items = items, t->cap = cap;
    }
    t->items[t->len++] = p;
    p->table = t;
    t->refs++;
    return py_from_obj(p);
}

// Pins that are shared resources (Linux lines) are held weakly: see the weak table.
static bool weak_pins(py_vm_t *vm) {
    void *b;
    const char *name = py_machine_board(vm, &b)->name;
    return name && strcmp(name, "linux") == 0;
}

// The one Pin object of pin [number]: the live one from the weak table, else from Pin.cpu.
py_val_t py_machine_pin_object(py_vm_t *vm, int number) {
    pin_holder_t *h = weak_holder(vm);
    if (h) return weak_pin(vm, h, number);
    if (weak_pins(vm))   // Pin.cpu would ask here again
        py_raise_fmt(vm, PY_EXC_RuntimeError, "machine._pins was replaced: no Pin can be made");
    return py_getattr(vm, class_attr(vm, "cpu"), py_str_intern_c(vm, cpu_name(vm, number)));
}

// A (chip, offset) Pin id, as Linux boards take (chip: its name or label):
// the pin the backend names "chip:offset". Raises for a bad id or a missing chip.
static int chip_offset_number(py_vm_t *vm, py_val_t id) {
    py_tuple_t *t = py_tuple_ptr(id);
    if (t->len != 2 || !py_is_str(vm, t->items[0]) || !py_is_int(vm, t->items[1]))
        py_raise_type_error(vm, "pin id tuple must be (chip name or label, line offset)");
    char name[128];
    int64_t off = py_to_int64(vm, t->items[1]);
    snprintf(name, sizeof name, "%s:%lld", py_str_cstr(vm, t->items[0]), (long long)off);
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    if (off < 0) py_raise_value_error(vm, "invalid pin %R", id);
    int n = hal->pin_find(b, name);
    if (n < 0) py_hal_raise_detail(vm, n);
    if (n < 0) py_raise_value_error(vm, "invalid pin %R", id);
    return n;
}

// The MCU number of a Pin id: an int, or a name (Pin.board's, then Pin.cpu's).
static int pin_number(py_vm_t *vm, py_val_t id) {
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    if (py_machine_pin_check(vm, id)) return pin_ptr(id)->number;
    if (py_is_a(vm, id, PY_T_tuple)) return chip_offset_number(vm, id);
    if (py_is_str(vm, id)) {
        int n = hal->pin_find(b, py_str_cstr(vm, id));
        if (n < 0) py_hal_raise_detail(vm, n);
        if (n < 0) py_raise_value_error(vm, "unknown named pin \"%S\"", id);
        return n;
    }
    if (!py_is_int(vm, id)) py_raise_type_error(vm, "pin id must be int or str, not %T", id);
    int64_t n = py_to_int64(vm, id);
    py_hal_pin_info_t info;
    int r = n < 0 || n > 0x7fffffff ? -ENOENT : hal->pin_info(b, (int)n, &info);
    if (r < 0 && n >= 0 && n <= 0x7fffffff) py_hal_raise_detail(vm, r);
    if (r < 0) py_raise_value_error(vm, "invalid pin %R", id);
    return (int)n;
}

// ---- init ---------------------------------------------------------------------------------

static const char *const init_kw[] = {"mode", "pull", "value", "drive", "alt", NULL};

static int mode_arg(py_vm_t *vm, py_val_t v) {
    if (v == PY_NULL) return -1;
    int64_t m = py_to_int64(vm, v);
    if (m < -1 || m > PY_HAL_PIN_ANALOG) py_raise_value_error(vm, "invalid pin mode %R", v);
    return (int)m;
}

static int pull_arg(py_vm_t *vm, py_val_t v) {
    if (v == PY_NULL) return -1;
    if (v == PY_NONE) return PY_HAL_PULL_NONE;
    int64_t p = py_to_int64(vm, v);
    if (p < -1 || p > PY_HAL_PULL_DOWN) py_raise_value_error(vm, "invalid pin pull %R", v);
    return (int)p;
}

// init(mode=-1, pull=-1, *, value=None, drive=0, alt=-1): what is not given stays.
static void pin_setup(py_vm_t *vm, machine_pin_t *p, size_t nargs, const py_val_t *args,
                      py_val_t kwnames) {
    py_val_t a[5] = {0};
    py_builtins_kwargs(vm, "init", nargs, args, kwnames, init_kw, a);
    if (nargs > 2) py_raise_type_error(vm, "function takes at most 3 positional arguments");
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    int mode = mode_arg(vm, a[0]), pull = pull_arg(vm, a[1]);
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    py_hal_access(vm);
    int r = 0;
    if (a[2] != PY_NULL && a[2] != PY_NONE) r = hal->pin_write(b, p->number, py_truthy(vm, a[2]));
    if (r == 0) r = hal->pin_open(b, p->number, mode, pull);
    if (r < 0) pin_error(vm, p->number, r);
    py_hal_pin_info_t info;
    if (mode >= 0) p->mode = mode;
    else if (hal->pin_info(b, p->number, &info) == 0 && info.reserved) p->mode = PY_HAL_PIN_ALT;
    else if (p->mode < 0) p->mode = PY_HAL_PIN_IN;
    if (pull >= 0) p->pull = pull;
}

py_val_t py_machine_pin_make(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    if (nargs < 1) py_raise_type_error(vm, "Pin() missing required argument 'id'");
    py_val_t pin = py_machine_pin_object(vm, pin_number(vm, args[0]));
    pin_setup(vm, pin_ptr(pin), nargs - 1, args + 1, kwnames);
    return pin;
}

static py_val_t pin_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                             py_val_t kwnames) {
    (void)type;
    return py_machine_pin_make(vm, nargs, args, kwnames);
}

static py_val_t m_init(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    pin_setup(vm, pin_ptr(args[0]), nargs - 1, args + 1, kwnames);
    return PY_NONE;
}

// ---- levels ---------------------------------------------------------------------------------

static int read_level(py_vm_t *vm, machine_pin_t *p) {
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    py_hal_access(vm);
    int r = hal->pin_read(b, p->number);
    if (r < 0) pin_error(vm, p->number, r);
    return r;
}

static void write_level(py_vm_t *vm, machine_pin_t *p, int level) {
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    py_hal_access(vm);
    int r = hal->pin_write(b, p->number, level);
    if (r < 0) pin_error(vm, p->number, r);
}

int py_machine_pin_get(py_vm_t *vm, py_val_t pin) {
    if (py_machine_pin_check(vm, pin)) return read_level(vm, pin_ptr(pin));
    py_val_t v = py_call_method(vm, pin, py_str_intern_c(vm, "value"), 0, NULL);
    return py_truthy(vm, v);
}

void py_machine_pin_set(py_vm_t *vm, py_val_t pin, int level) {
    if (py_machine_pin_check(vm, pin)) {
        write_level(vm, pin_ptr(pin), level);
        return;
    }
    py_val_t arg = py_bool(level);
    py_call_method(vm, pin, py_str_intern_c(vm, "value"), 1, &arg);
}

// value([x]): reads the level, or sets the output buffer to bool(x).
static py_val_t m_value(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    machine_pin_t *p = pin_ptr(args[0]);
    if (nargs == 1) return py_small(read_level(vm, p));
    write_level(vm, p, py_truthy(vm, args[1]));
    return PY_NONE;
}

static py_val_t pin_call(py_vm_t *vm, py_val_t self, size_t nargs, const py_val_t *args,
                         py_val_t kwnames) {
    if (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len)
        py_raise_type_error(vm, "Pin() takes no keyword arguments");
    if (nargs > 1) py_raise_type_error(vm, "Pin() takes at most 1 argument (%zu given)", nargs);
    py_val_t a[2] = {self, nargs ? args[0] : PY_NULL};
    return m_value(vm, nargs + 1, a, PY_NULL);
}

static py_val_t m_on(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    write_level(vm, pin_ptr(args[0]), 1);
    return PY_NONE;
}

static py_val_t m_off(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    write_level(vm, pin_ptr(args[0]), 0);
    return PY_NONE;
}

// toggle(): inverts the output buffer, which in OUT mode is the level.
static py_val_t m_toggle(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    machine_pin_t *p = pin_ptr(args[0]);
    write_level(vm, p, !read_level(vm, p));
    return PY_NONE;
}

// deinit(): releases the pin (on Linux, the line goes back to the kernel);
// its irq is turned off. The Pin object stays and init() opens it again.
static py_val_t m_deinit(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    machine_pin_t *p = pin_ptr(args[0]);
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    if (p->irq_tag) {
        hal->pin_irq(b, p->number, 0, 0);
        py_hal_source_clear(vm, p->irq_tag);
        p->irq_tag = 0, p->irq_trigger = 0;
    }
    int r = hal->pin_close(b, p->number);
    if (r < 0) pin_error(vm, p->number, r);
    p->mode = p->pull = -1;
    return PY_NONE;
}

// mode([m]) and pull([p]): read or change one setting.
static py_val_t m_mode(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    machine_pin_t *p = pin_ptr(args[0]);
    if (nargs == 1) return py_small(p->mode);
    pin_setup(vm, p, 1, args + 1, PY_NULL);
    return PY_NONE;
}

static py_val_t m_pull(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    machine_pin_t *p = pin_ptr(args[0]);
    if (nargs == 1) return p->pull > 0 ? py_small(p->pull) : PY_NONE;
    py_val_t a[2] = {py_small(-1), args[1]};
    pin_setup(vm, p, 2, a, PY_NULL);
    return PY_NONE;
}

// ---- irq ------------------------------------------------------------------------------------

// What Pin.irq() and UART.irq() return: the event source, for trigger() and
// flags(). [map] (static, NULL for none) translates the HAL's event bits to
// the class's IRQ_* values, as {hal bit, value} pairs ending in 0.
typedef struct machine_irq {
    py_obj_t base;
    uint32_t tag, trigger;
    const uint32_t *map;
} machine_irq_t;

static py_val_t irq_trigger(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    return py_small(((machine_irq_t *)py_obj(args[0]))->trigger);
}

// flags(): the events of the last report.
static py_val_t irq_flags(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    machine_irq_t *irq = (machine_irq_t *)py_obj(args[0]);
    uint32_t raw = py_hal_source_flags(vm, irq->tag), flags = raw;
    if (irq->map) {
        flags = 0;
        for (const uint32_t *m = irq->map; m[0]; m += 2)
            if (raw & m[0]) flags |= m[1];
    }
    return py_small(flags);
}

static const py_method_def_t irq_methods[] = {
    {"trigger", irq_trigger, 1, 2, 0},
    {"flags", irq_flags, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t irq_spec = {
    .name = "irq",
    .base = PY_T_object,
    .basicsize = sizeof(machine_irq_t),
    .methods = irq_methods,
};

py_val_t py_machine_irq_new(py_vm_t *vm, uint32_t tag, uint32_t trigger, const uint32_t *map) {
    machine_irq_t *irq = py_gc_new(vm, py_type_of(vm, py_modkit_attr(vm, "machine", "_irq")), sizeof *irq);
    irq->tag = tag, irq->trigger = trigger, irq->map = map;
    return py_from_obj(irq);
}

// ---- level-triggered irqs ---------------------------------------------------------------
//
// IRQ_LOW_LEVEL and IRQ_HIGH_LEVEL fire as hardware's do: when the pin
// enters the level (the backend reports that), when the irq is enabled with
// the pin already there, and again each time the handler returns while the
// level holds and the irq is still set up the same way. Each re-check costs
// one board access (1 us, the time an interrupt entry takes), so a held
// level fires once a microsecond of board time: parts and timers due
// meanwhile run, and the storm ends when the level changes or the handler
// turns the irq off or changes its trigger. As on hardware, the main
// program does not run while it lasts.

#define LEVELS (PY_HAL_IRQ_LOW_LEVEL | PY_HAL_IRQ_HIGH_LEVEL)

// The level events of [p]'s trigger that its pin's level now matches; 0 when none.
static uint32_t level_events(py_vm_t *vm, machine_pin_t *p) {
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    int level = hal->pin_read(b, p->number);
    if (level < 0) return 0;
    return p->irq_trigger & (level ? PY_HAL_IRQ_HIGH_LEVEL : PY_HAL_IRQ_LOW_LEVEL);
}

// The handler registered for a level irq: arg is (user handler, pin). Calls
// the user's handler, then queues itself again if the level still holds.
static py_val_t level_irq(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t arg = args[0];
    py_val_t pin = py_tuple_ptr(arg)->items[1];
    py_call1(vm, py_tuple_ptr(arg)->items[0], pin);
    machine_pin_t *p = pin_ptr(pin);
    if (py_hal_source_arg(vm, p->irq_tag) != arg) return PY_NONE;   // turned off or changed
    py_hal_access(vm);
    if (py_hal_source_arg(vm, p->irq_tag) != arg) return PY_NONE;   // changed by what ran meanwhile
    uint32_t e = level_events(vm, p);
    if (e) py_hal_source_fire(vm, p->irq_tag, e);
    return PY_NONE;
}

static const py_method_def_t level_irq_def = {"level_irq", level_irq, 1, 1, 0};

static const char *const irq_kw[] = {"handler", "trigger", "priority", "wake", "hard", NULL};

// irq(handler=None, trigger=IRQ_FALLING|IRQ_RISING, *, priority=1, wake=None,
// hard=False): with any argument, (re)configures; a None handler turns it off.
static py_val_t m_irq(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    machine_pin_t *p = pin_ptr(args[0]);
    py_val_t self = args[0], a[5] = {0};
    py_builtins_kwargs(vm, "irq", nargs - 1, args + 1, kwnames, irq_kw, a);
    if (nargs > 3) py_raise_type_error(vm, "irq() takes at most 2 positional arguments");
    for (size_t i = 1; i < nargs; i++) a[i - 1] = args[i];
    bool configure = nargs > 1 || (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len);
    if (configure) {
        void *b;
        const py_hal_t *hal = py_machine_board(vm, &b);
        py_val_t handler = a[0] == PY_NULL ? PY_NONE : a[0];
        uint32_t trig = a[1] == PY_NULL ? PY_HAL_IRQ_FALLING | PY_HAL_IRQ_RISING
                                        : (uint32_t)py_to_int64(vm, a[1]);
        if (handler != PY_NONE && !py_callable(vm, handler))
            py_raise_type_error(vm, "'%T' object isn't callable", handler);
        if (handler == PY_NONE) {
            hal->pin_irq(b, p->number, 0, 0);
            py_hal_source_clear(vm, p->irq_tag);
            p->irq_tag = 0;
            trig = 0;
        } else {
            bool hard = a[4] != PY_NULL && py_truthy(vm, a[4]);
            py_val_t fn = handler, arg = self;
            if (trig & LEVELS) {   // see level_irq
                py_val_t items[2] = {handler, self};
                arg = py_tuple_new(vm, 2, items);
                fn = py_builtin_new(vm, &level_irq_def, PY_NULL);
            }
            p->irq_tag = py_hal_source_set(vm, p->irq_tag, fn, arg, hard);
            int r = hal->pin_irq(b, p->number, trig, p->irq_tag);
            if (r < 0) pin_error(vm, p->number, r);
        }
        p->irq_trigger = trig;
        // A level irq enabled while the pin is at its level fires at once.
        uint32_t e = p->irq_tag ? level_events(vm, p) : 0;
        if (e) py_hal_source_fire(vm, p->irq_tag, e);
    }
    return py_machine_irq_new(vm, p->irq_tag, p->irq_trigger, NULL);
}

// ---- the type -------------------------------------------------------------------------------

static const py_method_def_t pin_methods[] = {
    {"init", m_init, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"value", m_value, 1, 2, 0},
    {"on", m_on, 1, 1, 0},
    {"off", m_off, 1, 1, 0},
    {"high", m_on, 1, 1, 0},
    {"low", m_off, 1, 1, 0},
    {"toggle", m_toggle, 1, 1, 0},
    {"mode", m_mode, 1, 2, 0},
    {"pull", m_pull, 1, 2, 0},
    {"irq", m_irq, 1, PY_VARARGS, PY_METH_KEYWORDS},
    {"deinit", m_deinit, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t pin_spec = {
    .name = "Pin",
    .base = PY_T_object,
    .basicsize = sizeof(pin_obj_t),
    .slots = {.make_new = pin_make_new, .repr = pin_repr, .call = pin_call,
              .finalise = pin_finalise},
    .methods = pin_methods,
};

// Pin.board and Pin.cpu: classes used as namespaces of Pin objects, as on
// MicroPython's ports (repr "<class 'board'>").
static const py_type_spec_t board_spec = {.name = "board", .base = PY_T_object};
static const py_type_spec_t cpu_spec = {.name = "cpu", .base = PY_T_object};

static void set_const(py_vm_t *vm, py_type_t *t, const char *name, int64_t v) {
    py_dict_set(vm, t->dict, py_str_intern_c(vm, name), py_small(v));
}

static void pin_constants(py_vm_t *vm, py_type_t *t) {
    for (int m = 0; m <= PY_HAL_PIN_ANALOG; m++) set_const(vm, t, mode_names[m], m);
    set_const(vm, t, "PULL_UP", PY_HAL_PULL_UP);
    set_const(vm, t, "PULL_DOWN", PY_HAL_PULL_DOWN);
    set_const(vm, t, "IRQ_FALLING", PY_HAL_IRQ_FALLING);
    set_const(vm, t, "IRQ_RISING", PY_HAL_IRQ_RISING);
    set_const(vm, t, "IRQ_LOW_LEVEL", PY_HAL_IRQ_LOW_LEVEL);
    set_const(vm, t, "IRQ_HIGH_LEVEL", PY_HAL_IRQ_HIGH_LEVEL);
    static const char *const drives[] = {"DRIVE_0", "DRIVE_1", "DRIVE_2", "DRIVE_3"};
    for (int d = 0; d < 4; d++) set_const(vm, t, drives[d], d);
}

// One Pin object per MCU pin, in Pin.cpu; Pin.board names the same objects.
static void make_pins(py_vm_t *vm, py_type_t *pin_type, py_type_t *cpu, py_type_t *board) {
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    for (int n = hal->pin_next(b, -1); n >= 0; n = hal->pin_next(b, n)) {
        pin_obj_t *o = py_gc_new(vm, pin_type, sizeof *o);
        machine_pin_t *p = &o->pub;
        p->number = n, p->mode = p->pull = -1;
        py_dict_set(vm, cpu->dict, py_str_intern_c(vm, cpu_name(vm, n)), py_from_obj(o));
    }
    const char *alias;
    int pin;
    for (int i = 0; hal->pin_alias(b, i, &alias, &pin) == 0; i++) {
        py_val_t obj = py_getattr(vm, py_from_obj(cpu), py_str_intern_c(vm, cpu_name(vm, pin)));
        py_dict_set(vm, board->dict, py_str_intern_c(vm, alias), obj);
    }
}

// Pin.cpu on Linux: a namespace whose attributes are the lines' names, each giving
// the line's live Pin (made on demand, see the weak table): a module object, so that
// its own __getattr__ and __dir__ answer. __getattr__(name) raises AttributeError for
// a name that is not a line's.
static py_val_t cpu_getattr(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    int n = py_is_str(vm, args[0]) ? hal->pin_find(b, py_str_cstr(vm, args[0])) : -1;
    if (n < 0 || strcmp(cpu_name(vm, n), py_str_cstr(vm, args[0])) != 0)
        py_raise_fmt(vm, PY_EXC_AttributeError, "type object 'cpu' has no attribute '%S'", args[0]);
    return py_machine_pin_object(vm, n);
}

// __dir__(): the names of every line.
static py_val_t cpu_dir(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    void *b;
    const py_hal_t *hal = py_machine_board(vm, &b);
    py_val_t names = py_list_new(vm, 0, NULL);
    for (int n = hal->pin_next(b, -1); n >= 0; n = hal->pin_next(b, n))
        py_list_append(vm, names, py_str_from_c(vm, cpu_name(vm, n)));
    return names;
}

static const py_method_def_t cpu_getattr_def = {"__getattr__", cpu_getattr, 1, 1, 0};
static const py_method_def_t cpu_dir_def = {"__dir__", cpu_dir, 0, 0, 0};

static void make_weak_pins(py_vm_t *vm, py_val_t module, py_type_t *t) {
    py_type_t *ht = py_modkit_type_new(vm, PY_NULL, NULL, &holder_spec, "machine");
    pin_holder_t *h = py_gc_new(vm, ht, sizeof *h);
    if (!(h->table = calloc(1, sizeof *h->table))) py_raise_memory_error(vm);
    h->table->refs = 1;
    h->pin_type = t;
    py_module_set(vm, module, "_pins", py_from_obj(h));
    py_val_t cpu = py_module_new(vm, py_str_from_c(vm, "cpu"));
    py_module_set(vm, cpu, "__getattr__", py_builtin_new(vm, &cpu_getattr_def, PY_NULL));
    py_module_set(vm, cpu, "__dir__", py_builtin_new(vm, &cpu_dir_def, PY_NULL));
    py_dict_set(vm, t->dict, py_str_intern_c(vm, "cpu"), cpu);
}

void py_machine_pin_init(py_vm_t *vm, py_val_t module) {
    py_type_t *t = py_modkit_type_new(vm, module, "Pin", &pin_spec, "machine");
    pin_constants(vm, t);
    py_type_t *board = py_modkit_type_new(vm, PY_NULL, NULL, &board_spec, "machine");
    py_dict_set(vm, t->dict, py_str_intern_c(vm, "board"), py_from_obj(board));
    if (weak_pins(vm)) {
        make_weak_pins(vm, module, t);   // Linux has no board aliases: Pin.board stays empty
    } else {
        py_module_set(vm, module, "_pins", PY_NONE);
        py_type_t *cpu = py_modkit_type_new(vm, PY_NULL, NULL, &cpu_spec, "machine");
        py_dict_set(vm, t->dict, py_str_intern_c(vm, "cpu"), py_from_obj(cpu));
        make_pins(vm, t, cpu, board);
    }
    // The irq type is reached through an instance kept in the module: C code
    // finds types through their module (mods/modkit.h), never a C global.
    py_type_t *irq = py_modkit_type_new(vm, PY_NULL, NULL, &irq_spec, "machine");
    machine_irq_t *proto = py_gc_new(vm, irq, sizeof *proto);
    py_module_set(vm, module, "_irq", py_from_obj(proto));
}
