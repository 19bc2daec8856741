// mods/select.c: the select module (also `uselect`): select.select and poll objects
// (register, modify, unregister, poll, MicroPython's ipoll) over POSIX poll().
// Layer: library modules. Waits return on SIGINT, so Ctrl-C interrupts them.
// SPDX-License-Identifier: MIT
//
// An object is watched through its file descriptor: an int, a socket of
// mods/socket.c (read directly), or anything with a fileno() method. poll()
// reports the object that was registered (MicroPython's behaviour; CPython
// reports the descriptor, which is the same value when an int was registered).

#include <errno.h>
#include <math.h>
#include <poll.h>

#include "except.h"
#include "gc.h"
#include "hal_front.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "port.h"
#include "runtime.h"
#include "socket.h"

// The descriptor of [obj]: raises TypeError for objects without one and
// ValueError for negative ones, as CPython's.
static int fd_of(py_vm_t *vm, py_val_t obj) {
    int fd = py_socket_fd(vm, obj);
    if (fd == -2) {
        py_val_t v = obj;
        if (!py_is_int(vm, v)) {
            py_val_t m = py_getattr_opt(vm, obj, py_str_intern_c(vm, "fileno"));
            if (m == PY_NULL)
                py_raise_type_error(vm, "argument must be an int, or have a fileno() method.");
            v = py_call0(vm, m);
            if (!py_is_int(vm, v))
                py_raise_type_error(vm, "fileno() returned a non-integer");
        }
        int64_t i = py_to_int64(vm, v);
        if (i > INT32_MAX) py_raise_fmt(vm, PY_EXC_OverflowError, "fd is greater than maximum");
        fd = i < INT32_MIN ? -1 : (int)i;
    }
    if (fd < 0)
        py_raise_value_error(vm, "file descriptor cannot be a negative integer (%d)", fd);
    return fd;
}

// poll() on [fds] for at most [timeout_ms] (< 0: forever); returns the count
// ready. Ctrl-C raises KeyboardInterrupt; other failures raise OSError.
static int wait_poll(py_vm_t *vm, struct pollfd *fds, size_t n, int64_t timeout_ms) {
    uint64_t deadline = timeout_ms >= 0 ? py_port_ticks_us() + (uint64_t)timeout_ms * 1000 : 0;
    for (;;) {
        if (vm->pending) py_vm_poll(vm);
        // Slices of 200 ms close the window where SIGINT lands just before poll().
        int ms = 200;
        if (timeout_ms >= 0) {
            uint64_t now = py_port_ticks_us();
            uint64_t left = now >= deadline ? 0 : (deadline - now + 999) / 1000;
            if (left < (uint64_t)ms) ms = (int)left;
        }
        uint64_t before = py_port_ticks_us();
        int r = poll(fds, (nfds_t)n, ms);
        int err = errno;
        py_hal_host_waited_ns(vm, (py_port_ticks_us() - before) * 1000);
        if (r < 0 && err != EINTR) py_raise_os_error(vm, err, PY_NULL);
        if (r > 0) return r;
        if (r == 0 && timeout_ms >= 0 && py_port_ticks_us() >= deadline) return 0;
    }
}

// A timeout in milliseconds from a poll() argument: None or negative waits forever.
static int64_t timeout_ms_arg(py_vm_t *vm, py_val_t v) {
    if (v == PY_NONE) return -1;
    if (py_is_float(vm, v)) {
        double d = py_float_val(v);
        if (isnan(d)) py_raise_value_error(vm, "Invalid value NaN (not a number)");
        if (d < 0) return -1;
        if (d > 1e12) py_raise_fmt(vm, PY_EXC_OverflowError, "timeout is too large");
        return (int64_t)ceil(d);
    }
    if (!py_is_int(vm, v) && !py_is_bool(v))
        py_raise_type_error(vm, "timeout must be an integer or None");
    int64_t ms = py_to_int64(vm, v);
    return ms < 0 ? -1 : ms;
}

// ---- poll objects ---------------------------------------------------------------------------

typedef struct pollobj {
    py_obj_t base;
    size_t n, cap;
    py_val_t *objs;        // GC value array: the registered objects
    struct pollfd *fds;    // GC byte array: their descriptors and event masks
} pollobj_t;

static pollobj_t *po(py_val_t v) { return (pollobj_t *)py_obj(v); }

static void poll_mark(py_vm_t *vm, py_obj_t *o) {
    pollobj_t *p = (pollobj_t *)o;
    py_gc_mark_ptr(vm, p->objs);
    py_gc_mark_ptr(vm, p->fds);
}

static py_val_t poll_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)args;
    if (nargs || (kwnames != PY_NULL && py_tuple_ptr(kwnames)->len))
        py_raise_type_error(vm, "poll expected 0 arguments, got %zu", nargs);
    return py_from_obj(py_gc_new(vm, type, sizeof(pollobj_t)));
}

static ssize_t find_fd(pollobj_t *p, int fd) {
    for (size_t i = 0; i < p->n; i++)
        if (p->fds[i].fd == fd) return (ssize_t)i;
    return -1;
}

static short mask_arg(py_vm_t *vm, py_val_t v) {
    int64_t m = py_to_int64(vm, v);
    if (m < 0 || m > 0xffff)
        py_raise_fmt(vm, PY_EXC_OverflowError, "Python int too large for C unsigned short");
    return (short)m;
}

// register(obj[, eventmask]): watches obj; registering its descriptor again
// replaces the mask (and the object), as CPython's.
static py_val_t poll_register(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)kwnames;
    pollobj_t *p = po(args[0]);
    int fd = fd_of(vm, args[1]);
    short events = nargs > 2 ? mask_arg(vm, args[2]) : (POLLIN | POLLPRI | POLLOUT);
    ssize_t i = find_fd(p, fd);
    if (i < 0) {
        if (p->n == p->cap) {
            size_t cap = p->cap ? p->cap * 2 : 4;
            // Grow both arrays before touching n, so a MemoryError leaves p consistent.
            py_val_t *objs = py_gc_resize(vm, p->objs, cap * sizeof *objs);
            p->objs = objs;
            struct pollfd *fds = py_gc_resize(vm, p->fds, cap * sizeof *fds);
            p->fds = fds;
            p->cap = cap;
        }
        i = (ssize_t)p->n++;
    }
    p->objs[i] = args[1];
    p->fds[i] = (struct pollfd){fd, events, 0};
    return PY_NONE;
}

static py_val_t poll_modify(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    pollobj_t *p = po(args[0]);
    int fd = fd_of(vm, args[1]);
    short events = mask_arg(vm, args[2]);
    ssize_t i = find_fd(p, fd);
    if (i < 0) py_raise_os_error(vm, ENOENT, PY_NULL);
    p->objs[i] = args[1];
    p->fds[i].events = events;
    return PY_NONE;
}

static py_val_t poll_unregister(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    pollobj_t *p = po(args[0]);
    int fd = fd_of(vm, args[1]);
    ssize_t i = find_fd(p, fd);
    if (i < 0) py_raise_key_error(vm, py_small(fd));
    p->n--;
    p->objs[i] = p->objs[p->n];
    p->fds[i] = p->fds[p->n];
    p->objs[p->n] = PY_NULL;
    return PY_NONE;
}

// Polls and lists (obj, revents) pairs; [oneshot] clears the mask of each
// object reported (MicroPython's ipoll flag 1).
static py_val_t poll_run(py_vm_t *vm, py_val_t self, int64_t timeout_ms, bool oneshot) {
    pollobj_t *p = po(self);
    int r = p->n ? wait_poll(vm, p->fds, p->n, timeout_ms) : 0;
    if (!p->n && timeout_ms != 0) {
        // Nothing to watch: sleep the timeout (forever is refused rather than hang).
        if (timeout_ms < 0) py_raise_value_error(vm, "poll() with nothing registered");
        struct pollfd none;
        wait_poll(vm, &none, 0, timeout_ms);
    }
    py_val_t list = py_list_new(vm, 0, NULL);
    for (size_t i = 0; r > 0 && i < p->n; i++) {
        short rev = p->fds[i].revents;
        if (!rev) continue;
        py_val_t items[2] = {p->objs[i], py_small(rev)};
        py_list_append(vm, list, py_tuple_new(vm, 2, items));
        if (oneshot) p->fds[i].events = 0;
        p->fds[i].revents = 0;
    }
    return list;
}

static py_val_t poll_poll(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    int64_t ms = nargs > 1 ? timeout_ms_arg(vm, args[1]) : -1;
    return poll_run(vm, args[0], ms, false);
}

// ipoll(timeout=-1, flags=0): MicroPython's; an iterator over the same pairs.
static py_val_t poll_ipoll(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    int64_t ms = nargs > 1 ? timeout_ms_arg(vm, args[1]) : -1;
    bool oneshot = nargs > 2 && (py_to_int64(vm, args[2]) & 1);
    return py_iter(vm, poll_run(vm, args[0], ms, oneshot));
}

static const py_method_def_t poll_methods[] = {
    {"register", poll_register, 2, 3, 0},
    {"modify", poll_modify, 3, 3, 0},
    {"unregister", poll_unregister, 2, 2, 0},
    {"poll", poll_poll, 1, 2, 0},
    {"ipoll", poll_ipoll, 1, 3, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t poll_spec = {
    .name = "poll",
    .base = PY_T_object,
    .basicsize = sizeof(pollobj_t),
    .slots = {.mark = poll_mark, .make_new = poll_make_new},
    .methods = poll_methods,
};

// ---- select.select --------------------------------------------------------------------------

// select(rlist, wlist, xlist[, timeout]): the three lists of objects that are
// ready; the timeout is in seconds (None: forever).
static py_val_t select_select(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)kwnames;
    int64_t ms = -1;
    if (nargs > 3 && args[3] != PY_NONE) {
        if (!py_is_int(vm, args[3]) && !py_is_float(vm, args[3]) && !py_is_bool(args[3]))
            py_raise_type_error(vm, "timeout must be a float or None");
        double t = py_to_double(vm, args[3]);
        if (isnan(t)) py_raise_value_error(vm, "Invalid value NaN (not a number)");
        if (t < 0) py_raise_value_error(vm, "timeout must be non-negative");
        if (t > 1e9) py_raise_fmt(vm, PY_EXC_OverflowError, "timeout doesn't fit into C timeval");
        ms = (int64_t)ceil(t * 1000);
    }
    static const short kinds[3] = {POLLIN, POLLOUT, POLLPRI};
    py_val_t lists[3];
    size_t total = 0;
    for (int k = 0; k < 3; k++) {
        if (py_getattr_opt(vm, args[k], py_str_intern_c(vm, "__iter__")) == PY_NULL)
            py_raise_type_error(vm, "arguments 1-3 must be sequences");
        lists[k] = py_list_from_iter(vm, args[k]);
        total += py_list_ptr(lists[k])->len;
    }
    struct pollfd *fds = py_gc_new_bytes(vm, (total ? total : 1) * sizeof *fds);
    size_t n = 0;
    for (int k = 0; k < 3; k++)
        for (size_t i = 0; i < py_list_ptr(lists[k])->len; i++) {
            int fd = fd_of(vm, py_list_ptr(lists[k])->items[i]);
            fds[n++] = (struct pollfd){fd, kinds[k], 0};
        }
    if (n) {
        wait_poll(vm, fds, n, ms);
    } else if (ms != 0) {
        if (ms < 0) py_raise_value_error(vm, "select() with nothing to wait for");
        wait_poll(vm, fds, 0, ms);
    }
    py_val_t out[3];
    n = 0;
    for (int k = 0; k < 3; k++) {
        out[k] = py_list_new(vm, 0, NULL);
        for (size_t i = 0; i < py_list_ptr(lists[k])->len; i++, n++) {
            short rev = fds[n].revents;
            if (rev & POLLNVAL) py_raise_os_error(vm, EBADF, PY_NULL);
            short want = k == 0 ? (POLLIN | POLLHUP | POLLERR)
                         : k == 1 ? (POLLOUT | POLLERR) : POLLPRI;
            if (rev & want) py_list_append(vm, out[k], py_list_ptr(lists[k])->items[i]);
        }
    }
    return py_tuple_new(vm, 3, out);
}

static const py_method_def_t select_functions[] = {
    {"select", select_select, 3, 4, 0},
    {NULL, NULL, 0, 0, 0},
};

static void select_init(py_vm_t *vm, py_val_t module) {
    py_type_t *type = py_type_from_spec(vm, &poll_spec, vm->types[PY_T_object]);
    py_module_set(vm, module, "poll", py_from_obj(type));
    static const struct {
        const char *name;
        int value;
    } consts[] = {
        {"POLLIN", POLLIN},     {"POLLPRI", POLLPRI},   {"POLLOUT", POLLOUT},
        {"POLLERR", POLLERR},   {"POLLHUP", POLLHUP},   {"POLLNVAL", POLLNVAL},
        {"POLLRDNORM", POLLRDNORM}, {"POLLWRNORM", POLLWRNORM},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        py_module_set(vm, module, consts[i].name, py_small(consts[i].value));
    py_module_set(vm, module, "error", py_from_obj(vm->exc_types[PY_EXC_OSError]));
}

const py_module_def_t py_mod_select = {"select", select_functions, select_init, NULL};
