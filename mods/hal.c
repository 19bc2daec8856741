// mods/hal.c: the HAL's front end: choosing the backend, bringing the board up,
// the event sink that turns backend reports into scheduled Python handlers, and
// the board clock `time` and `machine` use. Layer: library modules (DESIGN §8).
// SPDX-License-Identifier: MIT

#include "hal_front.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "except.h"
#include "gc.h"
#include "obj_func.h"
#include "obj_list.h"
#include "obj_slotwrap.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "port.h"
#include "runtime.h"
#include "schedule.h"
#include "vm.h"

// How often, in wall time, the hook (below) looks at a program that is not
// touching the board: short enough that a wait loop ends promptly, long
// enough to cost nothing.
#define TICK_NS 10000000L
// Ticks without a board access before the virtual clock moves on by itself
// (see hook): long enough that a program merely computing between accesses,
// or held up by a loaded machine, is not mistaken for one waiting. A wait
// loop (`while not flag: pass`) allocates nothing; a program that allocated
// during those ticks is taken for one at work (importing, building a frame)
// and gets IDLE_TICKS_ALLOCATING ticks, so a slow build (GC stress, a
// sanitizer) or a loaded machine does not move its clock.
#define IDLE_TICKS 3
#define IDLE_TICKS_ALLOCATING 300
// Fired one-shot timers whose backend handles wait to be freed (the sink may
// not call the backend). A run_until stops at the first report, so a few
// are plenty; when full, the source stays registered and Timer.deinit()
// frees it as before.
#define MAX_RELEASES 32

// Process options (the command line runs before any VM exists).
static struct {
    const char *hal, *board, *trace;
    bool realtime;
} opts;

typedef struct hal_state {
    const py_hal_t *hal;
    void *b;
    py_vm_t *vm;
    uint32_t *flags;         // events reported per tag, for irq.flags()
    int *oneshot;            // per tag: a one-shot timer's backend handle, else -1
    size_t nflags;           // the length of both
    int releases[MAX_RELEASES];   // fired one-shots' handles, freed outside the backend
    int nreleases;
    bool in_hook;
    bool realtime;           // the clock follows wall time (-X realtime, or real hardware)
    // The catch-up ticker: a thread that sets vm->pending every TICK_NS.
    pthread_t thread;
    bool thread_on;
    pthread_mutex_t lock;
    pthread_cond_t cond;
    bool stop;
    volatile sig_atomic_t ticked;
    unsigned accesses, accesses_seen;   // board accesses, and their count at the last tick
    unsigned idle_ticks;                // ticks in a row without an access
    bool allocated;                     // the heap changed during those ticks
    size_t heap_seen;                   // bytes in use at the last tick
} hal_state_t;

int py_hal_option(const char *key, const char *value) {
    if (strcmp(key, "hal") == 0) {
        if (strcmp(value, "sim") != 0 && strcmp(value, "linux") != 0) return -EINVAL;
        opts.hal = value;
    } else if (strcmp(key, "board") == 0) opts.board = value;
    else if (strcmp(key, "trace") == 0) opts.trace = value;
    else if (strcmp(key, "realtime") == 0) opts.realtime = true;
    else return -EINVAL;
    return 0;
}

static hal_state_t *state(py_vm_t *vm) { return vm->hal_state; }

// The board's view (the window, sim/window.c): polled at each tick and between
// the slices of real-time waits; process-wide, as the options.
static struct {
    bool (*poll)(void *ctx);
    void *ctx;
} view;

void py_hal_set_view(bool (*poll)(void *ctx), void *ctx) { view.poll = poll, view.ctx = ctx; }

// Polls the view; the user closing it stops the program as Ctrl-C does.
static void poll_view(py_vm_t *vm) {
    if (view.poll && view.poll(view.ctx))
        py_raise(vm, py_from_obj(vm->exc_types[PY_EXC_KeyboardInterrupt]));
}

// With a view, real-time waits go in slices of one tick, so that the view
// stays responsive through a long sleep: returns the end of the next slice.
static uint64_t slice_end(hal_state_t *s, uint64_t t) {
    if (!view.poll || !opts.realtime) return t;
    uint64_t now = s->hal->now(s->b);
    return t > now + TICK_NS ? now + TICK_NS : t;
}

// ---- sources and the sink -------------------------------------------------------------------

// Runs a hard handler: entry is the source's (handler, arg, hard) tuple.
// The heap is locked as in a board's interrupt context, and unlocked
// whatever the handler does.
static void call_entry(py_vm_t *vm, void *ud) {
    py_val_t entry = *(py_val_t *)ud;
    py_call1(vm, py_tuple_ptr(entry)->items[0], py_tuple_ptr(entry)->items[1]);
}

static py_val_t hard_trampoline(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    py_val_t entry = args[0];
    // A handler that cannot be called raises its TypeError with the heap
    // unlocked, so the error says what is wrong rather than MemoryError.
    if (!py_callable(vm, py_tuple_ptr(entry)->items[0])) call_entry(vm, &entry);
    // The first attribute lookup on a type fills lazy caches (its flags, its
    // slot wrappers), which allocates: done here for the handler's argument
    // (the Pin, the Timer), so `t.deinit()` in a hard handler does not
    // raise MemoryError just for being the first.
    py_val_t arg = py_tuple_ptr(entry)->items[1];
    if (py_is_obj(arg)) {
        py_type_t *t = py_obj(arg)->type;
        py_slotwrap_materialise_mro(vm, t);
        py_type_attr_flags(vm, t);
    }
    py_gc_lock(vm);
    int failed = py_pcall(vm, call_entry, &entry);
    py_gc_unlock(vm);
    if (failed) py_raise(vm, vm->exc);
    return PY_NONE;
}

static const py_method_def_t trampoline_def = {"hard_irq", hard_trampoline, 1, 1, 0};

// Queues the handler of source [tag]. Sources live in vm->sched_sources
// (index = tag; index 0 holds the trampoline), so the board holds only ints.
// A full queue drops the event, as a board's would overrun.
bool py_hal_source_fire(py_vm_t *vm, uint32_t tag, uint32_t events) {
    hal_state_t *s = state(vm);
    py_list_t *src = vm->sched_sources ? py_list_ptr(vm->sched_sources) : NULL;
    if (!s || !src || tag == 0 || tag >= src->len) return false;
    py_val_t entry = src->items[tag];
    if (entry == PY_NONE) return false;
    if (tag < s->nflags) s->flags[tag] = events;
    py_val_t *e = py_tuple_ptr(entry)->items;
    if (e[2] == PY_TRUE) return py_schedule_push(vm, src->items[0], entry);
    return py_schedule_push(vm, e[0], e[1]);
}

// The backend's reports. A one-shot timer's report is its last: its source
// is freed at once (the queued handler holds what it needs), its handle as
// soon as the backend call returns (release), so a program that starts a
// new one-shot per event does not grow.
static void sink(void *ctx, uint32_t tag, uint32_t events) {
    py_vm_t *vm = ctx;
    hal_state_t *s = state(vm);
    py_hal_source_fire(vm, tag, events);
    if (tag < s->nflags && s->oneshot[tag] >= 0 && s->nreleases < MAX_RELEASES) {
        s->releases[s->nreleases++] = s->oneshot[tag];
        s->oneshot[tag] = -1;
        py_list_ptr(vm->sched_sources)->items[tag] = PY_NONE;
    }
}

// Frees the handles of the one-shots that fired (see sink).
static void release(hal_state_t *s) {
    while (s->nreleases > 0) s->hal->timer_stop(s->b, s->releases[--s->nreleases]);
}

uint32_t py_hal_source_set(py_vm_t *vm, uint32_t tag, py_val_t handler, py_val_t arg, bool hard) {
    hal_state_t *s = state(vm);
    py_val_t items[3] = {handler, arg, py_bool(hard)};
    py_val_t entry = py_tuple_new(vm, 3, items);
    py_list_t *src = py_list_ptr(vm->sched_sources);
    if (tag == 0)
        for (tag = 1; tag < src->len && src->items[tag] != PY_NONE; tag++) {}
    if (tag >= s->nflags) {
        size_t n = tag + 16;
        uint32_t *f = realloc(s->flags, n * sizeof *f);
        if (!f) py_raise_memory_error(vm);
        s->flags = f;
        int *o = realloc(s->oneshot, n * sizeof *o);
        if (!o) py_raise_memory_error(vm);
        s->oneshot = o;
        for (size_t i = s->nflags; i < n; i++) f[i] = 0, o[i] = -1;
        s->nflags = n;
    }
    s->flags[tag] = 0;
    s->oneshot[tag] = -1;
    if (tag == src->len) py_list_append(vm, vm->sched_sources, entry);
    else src->items[tag] = entry;
    return tag;
}

void py_hal_source_clear(py_vm_t *vm, uint32_t tag) {
    py_list_t *src = vm->sched_sources ? py_list_ptr(vm->sched_sources) : NULL;
    if (src && tag > 0 && tag < src->len) src->items[tag] = PY_NONE;
    hal_state_t *s = state(vm);
    if (s && tag < s->nflags) s->oneshot[tag] = -1;
}

void py_hal_source_oneshot(py_vm_t *vm, uint32_t tag, int handle) {
    hal_state_t *s = state(vm);
    if (s && tag > 0 && tag < s->nflags) s->oneshot[tag] = handle;
}

py_val_t py_hal_source_arg(py_vm_t *vm, uint32_t tag) {
    py_list_t *src = vm->sched_sources ? py_list_ptr(vm->sched_sources) : NULL;
    if (!src || tag == 0 || tag >= src->len || src->items[tag] == PY_NONE) return PY_NULL;
    return py_tuple_ptr(src->items[tag])->items[1];
}

uint32_t py_hal_source_flags(py_vm_t *vm, uint32_t tag) {
    hal_state_t *s = state(vm);
    return s && tag < s->nflags ? s->flags[tag] : 0;
}

// ---- the clock ------------------------------------------------------------------------------

// Moves the board clock to [t], running the queued handlers at each event's
// time before going further. -EINTR (Ctrl-C in a real-time wait) polls,
// which raises KeyboardInterrupt.
static void run_to(py_vm_t *vm, hal_state_t *s, uint64_t t) {
    for (;;) {
        py_hal_scenario_poll(vm);
        uint64_t until = slice_end(s, t);
        int r = s->hal->run_until(s->b, until);
        release(s);
        if (r == 0 && until < t) {
            poll_view(vm);
            continue;
        }
        if (r == 0) {
            py_hal_scenario_poll(vm);
            return;
        }
        if (r < 0) py_vm_poll(vm);
        py_schedule_run(vm);
    }
}

void py_hal_access(py_vm_t *vm) {
    hal_state_t *s = state(vm);
    s->accesses++;
    run_to(vm, s, s->hal->now(s->b) + s->hal->access_ns(s->b));
}

uint64_t py_hal_now_ns(py_vm_t *vm) {
    py_hal_access(vm);
    hal_state_t *s = state(vm);
    return s->hal->now(s->b);
}

void py_hal_sleep_ns(py_vm_t *vm, uint64_t ns) {
    hal_state_t *s = state(vm);
    s->accesses++;
    run_to(vm, s, s->hal->now(s->b) + ns);
}

void py_hal_host_waited_ns(py_vm_t *vm, uint64_t ns) {
    hal_state_t *s = state(vm);
    if (!s || s->realtime || ns == 0) return;
    s->accesses++;
    run_to(vm, s, s->hal->now(s->b) + ns);
}

void py_hal_idle(py_vm_t *vm, uint64_t max_ns) {
    hal_state_t *s = state(vm);
    s->accesses++;
    py_hal_scenario_poll(vm);
    uint64_t t = s->hal->now(s->b) + max_ns;
    int r;
    while ((r = s->hal->run_until(s->b, slice_end(s, t))) == 0 && s->hal->now(s->b) < t) {
        release(s);
        poll_view(vm);
    }
    release(s);
    if (r < 0) py_vm_poll(vm);
    py_schedule_run(vm);
    py_hal_scenario_poll(vm);
}

static void catch_up(py_vm_t *vm, void *ud) { run_to(vm, state(vm), *(uint64_t *)ud); }

// The safe-point hook. A program that waits in a loop that never touches
// the board (`while not flag: pass`) would wait forever on a virtual clock:
// after IDLE_TICKS ticks of wall time without a board access (and without
// allocating: else IDLE_TICKS_ALLOCATING), the clock moves to the board's
// next event, which runs with its handlers at its exact time. A program that touches the board (or sleeps) at least once
// every IDLE_TICKS ticks keeps a clock only its own accesses and sleeps
// move, so its trace is the same on every run. In real-time mode the hook
// just lets the clock catch up with the wall clock.
static void hook(py_vm_t *vm) {
    hal_state_t *s = state(vm);
    if (!s || !s->ticked || s->in_hook) return;
    s->ticked = 0;
    poll_view(vm);
    py_hal_scenario_poll(vm);   // a program that swallowed the scenario's SystemExit
    uint64_t target;
    if (s->realtime) {
        // Real hardware: this also polls its event fds (GPIO edges).
        target = s->hal->now(s->b);
    } else {
        bool busy = s->accesses != s->accesses_seen;
        s->accesses_seen = s->accesses;
        size_t heap = py_gc_bytes_used(vm);
        bool allocated = heap != s->heap_seen;
        s->heap_seen = heap;
        if (busy) s->idle_ticks = 0, s->allocated = false;
        else s->idle_ticks++, s->allocated |= allocated;
        if (s->idle_ticks < (s->allocated ? IDLE_TICKS_ALLOCATING : IDLE_TICKS)) return;
        s->idle_ticks = 0, s->allocated = false;
        target = s->hal->next_event(s->b);
        if (target == UINT64_MAX) return;
    }
    s->in_hook = true;
    int failed = py_pcall(vm, catch_up, &target);
    s->in_hook = false;
    if (failed) py_raise(vm, vm->exc);
}

// ---- the ticker thread ----------------------------------------------------------------------

// Sets vm->pending every TICK_NS, so the loop's next poll runs the hook;
// writes nothing else the VM reads.
static void *ticker(void *ud) {
    hal_state_t *s = ud;
    pthread_mutex_lock(&s->lock);
    while (!s->stop) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += TICK_NS;
        if (ts.tv_nsec >= 1000000000L) ts.tv_sec++, ts.tv_nsec -= 1000000000L;
        pthread_cond_timedwait(&s->cond, &s->lock, &ts);
        if (s->stop) break;
        s->ticked = 1;
        s->vm->pending = 1;
    }
    pthread_mutex_unlock(&s->lock);
    return NULL;
}

static void start_ticker(hal_state_t *s) {
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->cond, NULL);
    s->thread_on = pthread_create(&s->thread, NULL, ticker, s) == 0;
}

static void stop_ticker(hal_state_t *s) {
    if (!s->thread_on) return;
    pthread_mutex_lock(&s->lock);
    s->stop = true;
    pthread_cond_signal(&s->cond);
    pthread_mutex_unlock(&s->lock);
    pthread_join(s->thread, NULL);
    s->thread_on = false;
}

// ---- bring-up -------------------------------------------------------------------------------

static const py_hal_t *backend(py_vm_t *vm) {
    const char *name = opts.hal ? opts.hal : getenv("MICROPY_HAL");
    if (!name || !*name || strcmp(name, "sim") == 0) return &py_hal_sim;
#ifdef PY_HAL_LINUX
    if (strcmp(name, "linux") == 0) return &py_hal_linux;
#else
    if (strcmp(name, "linux") == 0)
        py_raise_fmt(vm, PY_EXC_OSError, "the linux HAL backend is not built in (no libgpiod)");
#endif
    py_raise_fmt(vm, PY_EXC_ValueError, "unknown HAL backend '%s'", name);
}

// Opens the board the options name into *b; raises when it cannot (then
// nothing is left to free).
static void open_board(py_vm_t *vm, const py_hal_t *hal, void **b) {
    const char *board = opts.board ? opts.board : getenv("MICROPY_BOARD");
    char err[300] = "";
    py_hal_config_t cfg = {board && *board ? board : "pico", opts.trace, opts.realtime,
                           py_port_ticks_us() * 1000, err, sizeof err};
    int r = hal->open(b, &cfg);
    if (r == -EINVAL) py_raise_fmt(vm, PY_EXC_ValueError, "bad board file %s", err);
    if (r < 0) py_raise_fmt(vm, PY_EXC_OSError, "[Errno %d] cannot bring up the board: %s", -r, err);
}

// A board that a reset detached from its VM, for the next VM (py_hal_keep).
static struct {
    const py_hal_t *hal;
    void *b;
} kept;

bool py_hal_kept(void) { return kept.b != NULL; }

const py_hal_t *py_hal_up(py_vm_t *vm, void **b) {
    hal_state_t *s = state(vm);
    if (s) {
        *b = s->b;
        return s->hal;
    }
    const py_hal_t *hal = kept.b ? kept.hal : backend(vm);
    if (vm->sched_sources == PY_NULL) {
        py_val_t tramp = py_builtin_new(vm, &trampoline_def, PY_NULL);
        vm->sched_sources = py_list_new(vm, 1, &tramp);
    }
    void *board = kept.b;
    if (board) kept.b = NULL;
    else open_board(vm, hal, &board);
    if (!(s = calloc(1, sizeof *s))) {
        hal->close(board);
        py_raise_memory_error(vm);
    }
    s->hal = hal, s->b = board, s->vm = vm;
    s->realtime = opts.realtime || strcmp(hal->name, "sim") != 0;
    vm->hal_state = s;
    hal->set_sink(board, sink, vm);
    vm->sched_hook = hook;
    start_ticker(s);
    *b = board;
    return hal;
}

bool py_hal_keep(py_vm_t *vm, const py_hal_t **hal, void **b) {
    hal_state_t *s = state(vm);
    if (!s) return false;
    stop_ticker(s);
    vm->sched_hook = NULL;
    vm->hal_state = NULL;
    s->hal->set_sink(s->b, NULL, NULL);
    kept.hal = *hal = s->hal;
    kept.b = *b = s->b;
    release(s);
    free(s->flags);
    free(s->oneshot);
    free(s);
    return true;
}

void py_hal_down(py_vm_t *vm) {
    hal_state_t *s = state(vm);
    if (!s) return;
    stop_ticker(s);
    vm->sched_hook = NULL;
    vm->hal_state = NULL;
    s->hal->close(s->b);
    free(s->flags);
    free(s->oneshot);
    free(s);
}

void py_hal_raise_detail(py_vm_t *vm, int err) {
    hal_state_t *s = state(vm);
    const char *text = s && s->hal->error_text ? s->hal->error_text(s->b, err) : NULL;
    if (!text) return;
    py_val_t args[2] = {py_small(-err), py_str_from_c(vm, text)};
    py_raise(vm, py_call(vm, py_from_obj(vm->exc_types[PY_EXC_OSError]), 2, args, PY_NULL));
}

_Noreturn void py_hal_raise(py_vm_t *vm, int err, const char *what) {
    py_hal_raise_detail(vm, err);
    switch (err) {
    case -ENOENT: py_raise_fmt(vm, PY_EXC_ValueError, "%s doesn't exist", what);
    case -EBUSY: py_raise_fmt(vm, PY_EXC_ValueError, "%s is in use", what);
    case -EINVAL: py_raise_fmt(vm, PY_EXC_ValueError, "%s can't do that", what);
    case -EOPNOTSUPP: py_raise_fmt(vm, PY_EXC_OSError, "%s: not supported by this board", what);
    default: py_raise_os_error(vm, -err, PY_NULL);
    }
}
