// mods/socket.c: the socket module (also `usocket`): the socket type over POSIX
// sockets, with CPython's methods and MicroPython's stream methods (read, write...).
// Layer: library modules. Addresses and name lookup live in mods/socket_addr.c.
// SPDX-License-Identifier: MIT
//
// Every descriptor is put in O_NONBLOCK mode; blocking and timed calls wait in
// poll(), which returns on SIGINT (the port installs it without SA_RESTART),
// so Ctrl-C interrupts any wait. A timeout raises TimeoutError (CPython's
// socket.timeout) whose errno is ETIMEDOUT (what MicroPython code tests).

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "hal_front.h"
#include "import.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_float.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_module.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "port.h"
#include "runtime.h"
#include "socket.h"

typedef struct sock {
    py_obj_t base;
    int fd;                 // -1 once closed or detached
    int family, type, proto;
    double timeout;         // < 0: blocking; 0: non-blocking; else seconds
} sock_t;

static void sock_finalise(py_vm_t *vm, py_obj_t *o);

static sock_t *sk(py_val_t v) { return (sock_t *)py_obj(v); }

int py_socket_fd(py_vm_t *vm, py_val_t v) {
    if (!py_is_obj(v)) return -2;
    py_type_t *t = py_type_of(vm, v);
    if (t->slots.finalise != sock_finalise) return -2;
    return sk(v)->fd;
}

// ---- waiting ------------------------------------------------------------------------------

static _Noreturn void raise_timeout(py_vm_t *vm) {
    py_val_t args[2] = {py_small(ETIMEDOUT), py_str_intern_c(vm, "timed out")};
    py_raise(vm, py_call(vm, py_from_obj(vm->exc_types[PY_EXC_TimeoutError]), 2, args, PY_NULL));
}

// The monotonic deadline in µs for one call on [s], or 0 when it has none.
static uint64_t deadline_of(sock_t *s) {
    if (s->timeout <= 0) return 0;
    return py_port_ticks_us() + (uint64_t)(s->timeout * 1e6) + 1;
}

// Waits until [fd] is ready for [events] or [deadline] (0: none) passes,
// which raises TimeoutError. Ctrl-C raises KeyboardInterrupt. Slices of at
// most 200 ms close the window where SIGINT lands just before poll().
static void wait_fd(py_vm_t *vm, int fd, short events, uint64_t deadline) {
    for (;;) {
        if (vm->pending) py_vm_poll(vm);
        int ms = 200;
        if (deadline) {
            uint64_t now = py_port_ticks_us();
            if (now >= deadline) raise_timeout(vm);
            uint64_t left = (deadline - now + 999) / 1000;
            if (left < (uint64_t)ms) ms = (int)left;
        }
        struct pollfd p = {fd, events, 0};
        uint64_t before = py_port_ticks_us();
        int r = poll(&p, 1, ms);
        int err = errno;
        py_hal_host_waited_ns(vm, (py_port_ticks_us() - before) * 1000);
        if (r > 0) return;
        if (r < 0 && err != EINTR) py_raise_os_error(vm, err, PY_NULL);
    }
}

static void check_open(py_vm_t *vm, sock_t *s) {
    if (s->fd < 0) py_raise_os_error(vm, EBADF, PY_NULL);
}

// True when the call failed only because it would block and [s] may wait:
// then it has waited for [events]. Otherwise raises the OSError, except
// for EINTR (polls for Ctrl-C, returns true to retry).
static bool retry_after(py_vm_t *vm, sock_t *s, int err, short events, uint64_t deadline) {
    if (err == EINTR) {
        py_vm_poll(vm);
        return true;
    }
    if ((err == EAGAIN || err == EWOULDBLOCK) && s->timeout != 0) {
        wait_fd(vm, s->fd, events, deadline);
        return true;
    }
    py_raise_os_error(vm, err, PY_NULL);
}

// ---- construction ----------------------------------------------------------------------------

static void set_nonblock(int fd) {
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0) fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

static py_val_t sock_wrap(py_vm_t *vm, py_type_t *type, int fd, int family, int stype,
                          int proto) {
    sock_t *s = py_gc_new(vm, type, sizeof(sock_t));
    s->fd = fd;
    s->family = family;
    s->type = stype;
    s->proto = proto;
    s->timeout = -1;
    set_nonblock(fd);
    return py_from_obj(s);
}

// A socket object for a descriptor made outside py_gc_new: closes [fd] if the
// allocation raises, so no descriptor leaks.
static py_val_t sock_adopt(py_vm_t *vm, py_type_t *type, int fd, int family, int stype,
                           int proto);

struct adopt_ctx {
    py_type_t *type;
    int fd, family, stype, proto;
    py_val_t result;
};

static void adopt_body(py_vm_t *vm, void *ud) {
    struct adopt_ctx *c = ud;
    c->result = sock_wrap(vm, c->type, c->fd, c->family, c->stype, c->proto);
}

static py_val_t sock_adopt(py_vm_t *vm, py_type_t *type, int fd, int family, int stype,
                           int proto) {
    struct adopt_ctx c = {type, fd, family, stype, proto, PY_NULL};
    if (py_pcall(vm, adopt_body, &c)) {
        close(fd);
        py_raise(vm, vm->exc);
    }
    return c.result;
}

static const char *const socket_kw[] = {"family", "type", "proto", "fileno", NULL};

static int int_arg(py_vm_t *vm, py_val_t v, int dflt) {
    if (v == PY_NULL || v == PY_NONE) return dflt;
    int64_t i = py_to_int64(vm, v);
    if (i < INT32_MIN || i > INT32_MAX)
        py_raise_fmt(vm, PY_EXC_OverflowError, "signed integer is greater than maximum");
    return (int)i;
}

static py_val_t sock_make_new(py_vm_t *vm, py_type_t *type, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    py_val_t a[4] = {PY_NULL, PY_NULL, PY_NULL, PY_NULL};
    if (nargs > 4)
        py_raise_type_error(vm, "socket() takes at most 4 arguments (%zu given)", nargs);
    py_builtins_kwargs(vm, "socket", nargs, args, kwnames, socket_kw, a);
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    int family = int_arg(vm, a[0], AF_INET), stype = int_arg(vm, a[1], SOCK_STREAM);
    int proto = int_arg(vm, a[2], 0);
    if (a[3] != PY_NULL && a[3] != PY_NONE) {
        int fd = int_arg(vm, a[3], -1);
        if (fd < 0) py_raise_value_error(vm, "negative file descriptor");
        return sock_wrap(vm, type, fd, family, stype, proto);
    }
    int fd = socket(family, stype | SOCK_CLOEXEC, proto);
    if (fd < 0) py_raise_os_error(vm, errno, PY_NULL);
    return sock_adopt(vm, type, fd, family, stype, proto);
}

static void sock_finalise(py_vm_t *vm, py_obj_t *o) {
    (void)vm;
    sock_t *s = (sock_t *)o;
    if (s->fd >= 0) close(s->fd);
    s->fd = -1;
}

// ---- connection methods -------------------------------------------------------------------------

static py_val_t sock_bind(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sock_t *s = sk(args[0]);
    struct sockaddr_storage ss;
    socklen_t len;
    py_socket_addr_parse(vm, s->family, args[1], "bind", &ss, &len);
    check_open(vm, s);
    if (bind(s->fd, (struct sockaddr *)&ss, len) < 0) py_raise_os_error(vm, errno, PY_NULL);
    return PY_NONE;
}

static py_val_t sock_listen(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    sock_t *s = sk(args[0]);
    int backlog = nargs > 1 ? int_arg(vm, args[1], 0) : 128;
    if (backlog < 0) backlog = 0;
    check_open(vm, s);
    if (listen(s->fd, backlog) < 0) py_raise_os_error(vm, errno, PY_NULL);
    return PY_NONE;
}

static py_val_t sock_accept(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sock_t *s = sk(args[0]);
    check_open(vm, s);
    uint64_t deadline = deadline_of(s);
    struct sockaddr_storage ss;
    socklen_t len;
    int fd;
    do {
        len = sizeof ss;
        fd = accept4(s->fd, (struct sockaddr *)&ss, &len, SOCK_CLOEXEC);
    } while (fd < 0 && retry_after(vm, s, errno, POLLIN, deadline));
    // The new socket blocks, whatever the listening one does (as CPython
    // with no default timeout, and MicroPython).
    py_val_t conn = sock_adopt(vm, py_type_of(vm, args[0]), fd, s->family, s->type, s->proto);
    py_val_t items[2] = {conn, py_socket_addr_value(vm, (struct sockaddr *)&ss, len)};
    return py_tuple_new(vm, 2, items);
}

// Connects, waiting for completion unless non-blocking; returns 0 or an errno.
static int do_connect(py_vm_t *vm, sock_t *s, py_val_t addr, const char *fn) {
    struct sockaddr_storage ss;
    socklen_t len;
    py_socket_addr_parse(vm, s->family, addr, fn, &ss, &len);
    check_open(vm, s);
    if (connect(s->fd, (struct sockaddr *)&ss, len) == 0) return 0;
    int err = errno;
    if (err == EINTR) py_vm_poll(vm);
    if ((err != EINPROGRESS && err != EINTR) || s->timeout == 0) return err;
    wait_fd(vm, s->fd, POLLOUT, deadline_of(s));
    socklen_t elen = sizeof err;
    if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &elen) < 0) return errno;
    return err;
}

static py_val_t sock_connect(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    int err = do_connect(vm, sk(args[0]), args[1], "connect");
    if (err) py_raise_os_error(vm, err, PY_NULL);
    return PY_NONE;
}

static py_val_t sock_connect_ex(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return py_small(do_connect(vm, sk(args[0]), args[1], "connect_ex"));
}

// ---- sending -------------------------------------------------------------------------------------

// One send (or sendto when [sa]) of [data] honouring the timeout; returns the
// count, or -1 when a non-blocking socket would block and [soft] asks for that
// rather than BlockingIOError.
static ssize_t send_some(py_vm_t *vm, sock_t *s, py_val_t data, size_t off, int flags,
                         const struct sockaddr_storage *sa, socklen_t salen, uint64_t deadline,
                         bool soft) {
    for (;;) {
        check_open(vm, s);
        py_buffer_t view;
        py_buffer_require(vm, data, &view, false);
        size_t n = off < view.len ? view.len - off : 0;
        ssize_t r = sa ? sendto(s->fd, view.data + off, n, flags | MSG_NOSIGNAL,
                                (const struct sockaddr *)sa, salen)
                       : send(s->fd, view.data + off, n, flags | MSG_NOSIGNAL);
        if (r >= 0) return r;
        int err = errno;
        if (soft && s->timeout == 0 && (err == EAGAIN || err == EWOULDBLOCK)) return -1;
        retry_after(vm, s, err, POLLOUT, deadline);
    }
}

static int flags_arg(py_vm_t *vm, size_t nargs, const py_val_t *args, size_t i) {
    return nargs > i ? int_arg(vm, args[i], 0) : 0;
}

static py_val_t sock_send(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_buffer_t view;
    py_buffer_require(vm, args[1], &view, false);
    int flags = flags_arg(vm, nargs, args, 2);
    sock_t *s = sk(args[0]);
    return py_small(send_some(vm, s, args[1], 0, flags, NULL, 0, deadline_of(s), false));
}

static py_val_t sock_sendall(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    py_buffer_t view;
    py_buffer_require(vm, args[1], &view, false);
    int flags = flags_arg(vm, nargs, args, 2);
    sock_t *s = sk(args[0]);
    uint64_t deadline = deadline_of(s);
    size_t off = 0;
    for (;;) {
        py_buffer_require(vm, args[1], &view, false);
        if (off >= view.len) break;
        off += (size_t)send_some(vm, s, args[1], off, flags, NULL, 0, deadline, false);
    }
    return PY_NONE;
}

// sendto(data[, flags], address)
static py_val_t sock_sendto(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    sock_t *s = sk(args[0]);
    py_buffer_t view;
    py_buffer_require(vm, args[1], &view, false);
    int flags = nargs == 4 ? int_arg(vm, args[2], 0) : 0;
    struct sockaddr_storage ss;
    socklen_t len;
    py_socket_addr_parse(vm, s->family, args[nargs - 1], "sendto", &ss, &len);
    return py_small(send_some(vm, s, args[1], 0, flags, &ss, len, deadline_of(s), false));
}

// ---- receiving -----------------------------------------------------------------------------------

// One recv into [buf] (GC or caller memory of [n] bytes), honouring the
// timeout; fills [from] when given. Returns the count, or -1 when [soft] and
// a non-blocking socket has nothing yet.
static ssize_t recv_some(py_vm_t *vm, sock_t *s, py_val_t bufobj, uint8_t *buf, size_t n,
                         int flags, struct sockaddr_storage *from, socklen_t *fromlen,
                         bool soft) {
    uint64_t deadline = deadline_of(s);
    for (;;) {
        check_open(vm, s);
        uint8_t *p = buf;
        if (bufobj != PY_NULL) {   // re-get the view: waiting may have run the GC
            py_buffer_t view;
            py_buffer_require(vm, bufobj, &view, true);
            if (view.len < n) n = view.len;
            p = view.data;
        }
        ssize_t r;
        if (from) {
            *fromlen = sizeof *from;
            r = recvfrom(s->fd, p, n, flags, (struct sockaddr *)from, fromlen);
        } else {
            r = recv(s->fd, p, n, flags);
        }
        if (r >= 0) return r;
        int err = errno;
        if (soft && s->timeout == 0 && (err == EAGAIN || err == EWOULDBLOCK)) return -1;
        retry_after(vm, s, err, POLLIN, deadline);
    }
}

static size_t bufsize_arg(py_vm_t *vm, py_val_t v, const char *fn) {
    int64_t n = py_to_int64(vm, v);
    if (n < 0) py_raise_value_error(vm, "negative buffersize in %s", fn);
    return (size_t)n;
}

static py_val_t sock_recv(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    size_t n = bufsize_arg(vm, args[1], "recv");
    int flags = flags_arg(vm, nargs, args, 2);
    uint8_t *buf = py_gc_new_bytes(vm, n ? n : 1);
    ssize_t r = recv_some(vm, sk(args[0]), PY_NULL, buf, n, flags, NULL, NULL, false);
    return py_bytes_new(vm, buf, (size_t)r);
}

static py_val_t sock_recvfrom(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)kwnames;
    size_t n = bufsize_arg(vm, args[1], "recvfrom");
    int flags = flags_arg(vm, nargs, args, 2);
    uint8_t *buf = py_gc_new_bytes(vm, n ? n : 1);
    struct sockaddr_storage from;
    socklen_t fromlen;
    ssize_t r = recv_some(vm, sk(args[0]), PY_NULL, buf, n, flags, &from, &fromlen, false);
    py_val_t items[2] = {py_bytes_new(vm, buf, (size_t)r), PY_NONE};
    items[1] = py_socket_addr_value(vm, (struct sockaddr *)&from, fromlen);
    return py_tuple_new(vm, 2, items);
}

// recv_into(buffer[, nbytes[, flags]]): CPython's; 0 bytes means the whole buffer.
static py_val_t sock_recv_into(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    (void)kwnames;
    py_buffer_t view;
    if (!py_buffer_get(vm, args[1], &view, true))
        py_raise_type_error(vm, "recv_into() argument 'buffer' must be read-write bytes-like "
                                "object, not %T", args[1]);
    size_t n = nargs > 2 ? bufsize_arg(vm, args[2], "recv_into") : 0;
    if (n > view.len) py_raise_value_error(vm, "buffer too small for requested bytes");
    if (n == 0) n = view.len;
    int flags = flags_arg(vm, nargs, args, 3);
    return py_small(recv_some(vm, sk(args[0]), args[1], NULL, n, flags, NULL, NULL, false));
}

// ---- MicroPython's stream methods: read, readinto, readline, write -----------------------------

// read([n]): one recv of up to n bytes; with no n (or n < 0), everything up to
// EOF. A non-blocking socket with nothing to give returns None.
static py_val_t sock_read(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)kwnames;
    sock_t *s = sk(args[0]);
    int64_t want = nargs > 1 && args[1] != PY_NONE ? py_to_int64(vm, args[1]) : -1;
    if (want >= 0) {
        uint8_t *buf = py_gc_new_bytes(vm, want ? (size_t)want : 1);
        ssize_t r = recv_some(vm, s, PY_NULL, buf, (size_t)want, 0, NULL, NULL, true);
        return r < 0 ? PY_NONE : py_bytes_new(vm, buf, (size_t)r);
    }
    size_t cap = 256, len = 0;
    uint8_t *buf = py_gc_new_bytes(vm, cap);
    for (;;) {
        if (len == cap) buf = py_gc_resize(vm, buf, cap *= 2);
        ssize_t r = recv_some(vm, s, PY_NULL, buf + len, cap - len, 0, NULL, NULL, true);
        if (r < 0 && len == 0) return PY_NONE;
        if (r <= 0) break;
        len += (size_t)r;
    }
    return py_bytes_new(vm, buf, len);
}

// readinto(buf[, n]): one recv into buf; None when non-blocking and empty.
static py_val_t sock_readinto(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)kwnames;
    py_buffer_t view;
    py_buffer_require(vm, args[1], &view, true);
    size_t n = view.len;
    if (nargs > 2) {
        int64_t m = py_to_int64(vm, args[2]);
        if (m >= 0 && (size_t)m < n) n = (size_t)m;
    }
    ssize_t r = recv_some(vm, sk(args[0]), args[1], NULL, n, 0, NULL, NULL, true);
    return r < 0 ? PY_NONE : py_small(r);
}

// readline(): bytes up to and including b'\n', or to EOF. Reads a byte at a
// time, as MicroPython's sockets do, so nothing past the line is consumed.
static py_val_t sock_readline(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)kwnames;
    sock_t *s = sk(args[0]);
    int64_t limit = nargs > 1 && args[1] != PY_NONE ? py_to_int64(vm, args[1]) : -1;
    size_t cap = 64, len = 0;
    uint8_t *buf = py_gc_new_bytes(vm, cap);
    while (limit < 0 || (int64_t)len < limit) {
        if (len == cap) buf = py_gc_resize(vm, buf, cap *= 2);
        ssize_t r = recv_some(vm, s, PY_NULL, buf + len, 1, 0, NULL, NULL, true);
        if (r < 0 && len == 0) return PY_NONE;
        if (r <= 0) break;
        if (buf[len++] == '\n') break;
    }
    return py_bytes_new(vm, buf, len);
}

// write(buf): all of it on a blocking socket; one send on a non-blocking one,
// which returns None when nothing could be written.
static py_val_t sock_write(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sock_t *s = sk(args[0]);
    py_buffer_t view;
    py_buffer_require(vm, args[1], &view, false);
    if (s->timeout == 0) {
        ssize_t r = send_some(vm, s, args[1], 0, 0, NULL, 0, 0, true);
        return r < 0 ? PY_NONE : py_small(r);
    }
    sock_sendall(vm, 2, args, PY_NULL);
    py_buffer_require(vm, args[1], &view, false);
    return py_small((py_int_t)view.len);
}

// ---- options, state, names ----------------------------------------------------------------------

static py_val_t sock_settimeout(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sock_t *s = sk(args[0]);
    if (args[1] == PY_NONE) {
        s->timeout = -1;
        return PY_NONE;
    }
    if (!py_is_int(vm, args[1]) && !py_is_float(vm, args[1]) && !py_is_bool(args[1]))
        py_raise_type_error(vm, "'%s' object cannot be interpreted as an integer",
                            py_type_name(vm, args[1]));
    double t = py_to_double(vm, args[1]);
    if (isnan(t)) py_raise_value_error(vm, "Invalid value NaN (not a number)");
    if (t < 0) py_raise_value_error(vm, "Timeout value out of range");
    s->timeout = t;
    return PY_NONE;
}

static py_val_t sock_gettimeout(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sock_t *s = sk(args[0]);
    return s->timeout < 0 ? PY_NONE : py_float_new(vm, s->timeout);
}

static py_val_t sock_setblocking(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sk(args[0])->timeout = py_truthy(vm, args[1]) ? -1 : 0;
    return PY_NONE;
}

static py_val_t sock_getblocking(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    return py_bool(sk(args[0])->timeout != 0);
}

// setsockopt(level, option, value): an int, or a bytes-like value passed as is.
static py_val_t sock_setsockopt(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sock_t *s = sk(args[0]);
    int level = int_arg(vm, args[1], 0), opt = int_arg(vm, args[2], 0);
    int r;
    if (py_is_int(vm, args[3]) || py_is_bool(args[3])) {
        int v = int_arg(vm, args[3], 0);
        check_open(vm, s);
        r = setsockopt(s->fd, level, opt, &v, sizeof v);
    } else {
        py_buffer_t view;
        py_buffer_require(vm, args[3], &view, false);
        check_open(vm, s);
        r = setsockopt(s->fd, level, opt, view.data, (socklen_t)view.len);
    }
    if (r < 0) py_raise_os_error(vm, errno, PY_NULL);
    return PY_NONE;
}

static py_val_t sock_getsockopt(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                py_val_t kwnames) {
    (void)kwnames;
    sock_t *s = sk(args[0]);
    int level = int_arg(vm, args[1], 0), opt = int_arg(vm, args[2], 0);
    check_open(vm, s);
    if (nargs < 4) {
        int v = 0;
        socklen_t len = sizeof v;
        if (getsockopt(s->fd, level, opt, &v, &len) < 0) py_raise_os_error(vm, errno, PY_NULL);
        return py_small(v);
    }
    int64_t n = py_to_int64(vm, args[3]);
    if (n <= 0 || n > 1024) py_raise_fmt(vm, PY_EXC_OSError, "getsockopt buflen out of range");
    uint8_t buf[1024];
    socklen_t len = (socklen_t)n;
    if (getsockopt(s->fd, level, opt, buf, &len) < 0) py_raise_os_error(vm, errno, PY_NULL);
    return py_bytes_new(vm, buf, len);
}

static py_val_t sock_name(py_vm_t *vm, py_val_t self, bool peer) {
    sock_t *s = sk(self);
    check_open(vm, s);
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    memset(&ss, 0, sizeof ss);
    int r = peer ? getpeername(s->fd, (struct sockaddr *)&ss, &len)
                 : getsockname(s->fd, (struct sockaddr *)&ss, &len);
    if (r < 0) py_raise_os_error(vm, errno, PY_NULL);
    return py_socket_addr_value(vm, (struct sockaddr *)&ss, len);
}

static py_val_t sock_getsockname(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return sock_name(vm, args[0], false);
}

static py_val_t sock_getpeername(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                 py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    return sock_name(vm, args[0], true);
}

static py_val_t sock_shutdown(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sock_t *s = sk(args[0]);
    int how = int_arg(vm, args[1], 0);
    check_open(vm, s);
    if (shutdown(s->fd, how) < 0) py_raise_os_error(vm, errno, PY_NULL);
    return PY_NONE;
}

static py_val_t sock_close(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    sock_t *s = sk(args[0]);
    if (s->fd >= 0) {
        int fd = s->fd;
        s->fd = -1;
        // ECONNRESET from close() is not an error worth raising (CPython ignores it).
        if (close(fd) < 0 && errno != ECONNRESET && errno != EINTR)
            py_raise_os_error(vm, errno, PY_NULL);
    }
    return PY_NONE;
}

static py_val_t sock_detach(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    sock_t *s = sk(args[0]);
    int fd = s->fd;
    s->fd = -1;
    return py_small(fd);
}

static py_val_t sock_fileno(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    return py_small(sk(args[0])->fd);
}

// makefile(): MicroPython's; the socket is its own stream (read, readline, write).
static py_val_t sock_makefile(py_vm_t *vm, size_t nargs, const py_val_t *args,
                              py_val_t kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    return args[0];
}

static py_val_t sock_enter(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    return args[0];
}

static py_val_t sock_exit(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs;
    sock_close(vm, 1, args, kwnames);
    return PY_NONE;
}

static py_val_t sock_getattr(py_vm_t *vm, py_val_t self, py_val_t name) {
    (void)vm;
    sock_t *s = sk(self);
    if (py_str_eq_c(name, "family")) return py_small(s->family);
    if (py_str_eq_c(name, "type")) return py_small(s->type);
    if (py_str_eq_c(name, "proto")) return py_small(s->proto);
    if (py_str_eq_c(name, "timeout")) return sock_gettimeout(vm, 1, &self, PY_NULL);
    return PY_NULL;
}

static py_val_t sock_repr(py_vm_t *vm, py_val_t self) {
    sock_t *s = sk(self);
    if (s->fd < 0) return py_str_format_c(vm, "<socket.socket [closed] fd=-1, family=%d, type=%d, "
                                              "proto=%d>", s->family, s->type, s->proto);
    return py_str_format_c(vm, "<socket.socket fd=%d, family=%d, type=%d, proto=%d>", s->fd,
                           s->family, s->type, s->proto);
}

static const py_method_def_t sock_methods[] = {
    {"bind", sock_bind, 2, 2, 0},
    {"listen", sock_listen, 1, 2, 0},
    {"accept", sock_accept, 1, 1, 0},
    {"connect", sock_connect, 2, 2, 0},
    {"connect_ex", sock_connect_ex, 2, 2, 0},
    {"send", sock_send, 2, 3, 0},
    {"sendall", sock_sendall, 2, 3, 0},
    {"sendto", sock_sendto, 3, 4, 0},
    {"recv", sock_recv, 2, 3, 0},
    {"recvfrom", sock_recvfrom, 2, 3, 0},
    {"recv_into", sock_recv_into, 2, 4, 0},
    {"read", sock_read, 1, 2, 0},
    {"readinto", sock_readinto, 2, 3, 0},
    {"readline", sock_readline, 1, 2, 0},
    {"write", sock_write, 2, 2, 0},
    {"settimeout", sock_settimeout, 2, 2, 0},
    {"gettimeout", sock_gettimeout, 1, 1, 0},
    {"setblocking", sock_setblocking, 2, 2, 0},
    {"getblocking", sock_getblocking, 1, 1, 0},
    {"setsockopt", sock_setsockopt, 4, 4, 0},
    {"getsockopt", sock_getsockopt, 3, 4, 0},
    {"getsockname", sock_getsockname, 1, 1, 0},
    {"getpeername", sock_getpeername, 1, 1, 0},
    {"shutdown", sock_shutdown, 2, 2, 0},
    {"close", sock_close, 1, 1, 0},
    {"detach", sock_detach, 1, 1, 0},
    {"fileno", sock_fileno, 1, 1, 0},
    {"makefile", sock_makefile, 1, 3, PY_METH_KEYWORDS},
    {"__enter__", sock_enter, 1, 1, 0},
    {"__exit__", sock_exit, 1, 4, 0},
    {NULL, NULL, 0, 0, 0},
};

static const py_type_spec_t sock_spec = {
    .name = "socket",
    .base = PY_T_object,
    .basicsize = sizeof(sock_t),
    .slots = {
        .finalise = sock_finalise,
        .make_new = sock_make_new,
        .repr = sock_repr,
        .getattr = sock_getattr,
    },
    .methods = sock_methods,
};

// ---- module functions -------------------------------------------------------------------------

static py_type_t *module_sock_type(py_vm_t *vm) {
    py_val_t mod = py_import_builtin(vm, "socket");
    return (py_type_t *)py_obj(py_getattr(vm, mod, py_str_intern_c(vm, "socket")));
}

// socketpair([family[, type[, proto]]]): two connected sockets (AF_UNIX by default).
static py_val_t socket_socketpair(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                  py_val_t kwnames) {
    (void)kwnames;
    int family = nargs > 0 ? int_arg(vm, args[0], AF_UNIX) : AF_UNIX;
    int stype = nargs > 1 ? int_arg(vm, args[1], SOCK_STREAM) : SOCK_STREAM;
    int proto = nargs > 2 ? int_arg(vm, args[2], 0) : 0;
    py_type_t *type = module_sock_type(vm);
    int fds[2];
    if (socketpair(family, stype | SOCK_CLOEXEC, proto, fds) < 0)
        py_raise_os_error(vm, errno, PY_NULL);
    py_val_t items[2];
    struct adopt_ctx c = {type, fds[0], family, stype, proto, PY_NULL};
    if (py_pcall(vm, adopt_body, &c)) {
        close(fds[0]);
        close(fds[1]);
        py_raise(vm, vm->exc);
    }
    items[0] = c.result;
    items[1] = sock_adopt(vm, type, fds[1], family, stype, proto);
    return py_tuple_new(vm, 2, items);
}

static py_val_t socket_gethostname(py_vm_t *vm, size_t nargs, const py_val_t *args,
                                   py_val_t kwnames) {
    (void)nargs, (void)args, (void)kwnames;
    char name[256];
    if (gethostname(name, sizeof name) < 0) py_raise_os_error(vm, errno, PY_NULL);
    name[sizeof name - 1] = 0;
    return py_str_from_c(vm, name);
}

static const py_method_def_t socket_functions[] = {
    {"getaddrinfo", py_socket_getaddrinfo, 2, 6, PY_METH_KEYWORDS},
    {"inet_pton", py_socket_inet_pton, 2, 2, 0},
    {"inet_ntop", py_socket_inet_ntop, 2, 2, 0},
    {"socketpair", socket_socketpair, 0, 3, 0},
    {"gethostname", socket_gethostname, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

static const struct {
    const char *name;
    int value;
} socket_consts[] = {
    {"AF_INET", AF_INET}, {"AF_INET6", AF_INET6}, {"AF_UNIX", AF_UNIX},
    {"AF_UNSPEC", AF_UNSPEC}, {"SOCK_STREAM", SOCK_STREAM}, {"SOCK_DGRAM", SOCK_DGRAM},
    {"SOCK_RAW", SOCK_RAW}, {"IPPROTO_IP", IPPROTO_IP}, {"IPPROTO_TCP", IPPROTO_TCP},
    {"IPPROTO_UDP", IPPROTO_UDP}, {"IPPROTO_IPV6", IPPROTO_IPV6}, {"SOL_SOCKET", SOL_SOCKET},
    {"SO_REUSEADDR", SO_REUSEADDR}, {"SO_REUSEPORT", SO_REUSEPORT},
    {"SO_KEEPALIVE", SO_KEEPALIVE}, {"SO_BROADCAST", SO_BROADCAST}, {"SO_ERROR", SO_ERROR},
    {"SO_RCVBUF", SO_RCVBUF}, {"SO_SNDBUF", SO_SNDBUF}, {"SO_TYPE", SO_TYPE},
    {"SO_LINGER", SO_LINGER}, {"SO_RCVTIMEO", SO_RCVTIMEO}, {"SO_SNDTIMEO", SO_SNDTIMEO},
    {"TCP_NODELAY", TCP_NODELAY}, {"IP_MULTICAST_TTL", IP_MULTICAST_TTL},
    {"IP_MULTICAST_LOOP", IP_MULTICAST_LOOP}, {"IP_ADD_MEMBERSHIP", IP_ADD_MEMBERSHIP},
    {"IP_DROP_MEMBERSHIP", IP_DROP_MEMBERSHIP}, {"IPV6_V6ONLY", IPV6_V6ONLY},
    {"SHUT_RD", SHUT_RD}, {"SHUT_WR", SHUT_WR}, {"SHUT_RDWR", SHUT_RDWR},
    {"MSG_PEEK", MSG_PEEK}, {"MSG_DONTWAIT", MSG_DONTWAIT}, {"MSG_WAITALL", MSG_WAITALL},
    {"AI_PASSIVE", AI_PASSIVE}, {"AI_CANONNAME", AI_CANONNAME},
    {"AI_NUMERICHOST", AI_NUMERICHOST}, {"AI_NUMERICSERV", AI_NUMERICSERV},
    {"INADDR_ANY", INADDR_ANY}, {"SOMAXCONN", SOMAXCONN},
};

static void socket_init(py_vm_t *vm, py_val_t module) {
    py_type_t *type = py_type_from_spec(vm, &sock_spec, vm->types[PY_T_object]);
    py_module_set(vm, module, "socket", py_from_obj(type));
    for (size_t i = 0; i < sizeof socket_consts / sizeof socket_consts[0]; i++)
        py_module_set(vm, module, socket_consts[i].name, py_small(socket_consts[i].value));
    py_val_t oserror = py_from_obj(vm->exc_types[PY_EXC_OSError]);
    py_module_set(vm, module, "error", oserror);
    py_module_set(vm, module, "timeout", py_from_obj(vm->exc_types[PY_EXC_TimeoutError]));
    // gaierror: an OSError subclass, made as a class statement would make it.
    py_val_t ns = py_dict_new(vm);
    py_dict_set(vm, ns, py_str_intern_c(vm, "__module__"), py_str_intern_c(vm, "socket"));
    py_val_t bases = py_tuple_new(vm, 1, &oserror);
    py_module_set(vm, module, "gaierror",
                  py_type_new_class(vm, py_str_intern_c(vm, "gaierror"), bases, ns));
}

const py_module_def_t py_mod_socket = {"socket", socket_functions, socket_init, NULL};
