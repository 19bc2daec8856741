// mods/socket_addr.c: socket addresses between Python values and struct sockaddr,
// and name lookup (getaddrinfo, inet_pton, inet_ntop). Layer: library modules (POSIX).
// SPDX-License-Identifier: MIT

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <sys/un.h>

#include "builtins.h"
#include "except.h"
#include "gc.h"
#include "import.h"
#include "obj_bytes.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "socket.h"

_Noreturn void py_socket_raise_gai(py_vm_t *vm, int code) {
    if (code == EAI_SYSTEM) py_raise_os_error(vm, errno, PY_NULL);
    py_val_t mod = py_import_builtin(vm, "socket");
    py_val_t cls = py_getattr(vm, mod, py_str_intern_c(vm, "gaierror"));
    py_val_t args[2] = {py_small(code), py_str_from_c(vm, gai_strerror(code))};
    py_raise(vm, py_call(vm, cls, 2, args, PY_NULL));
}

// The C text of a host given as str, bytes or bytearray (NUL-terminated in
// [buf] when it had to be copied). Raises TypeError otherwise.
static const char *host_text(py_vm_t *vm, py_val_t host, char *buf, size_t cap) {
    if (py_is_str(vm, host)) return py_str_cstr_strict(vm, host);
    py_buffer_t view;
    if ((py_is_bytes(vm, host) || py_is_a(vm, host, PY_T_bytearray)) &&
        py_buffer_get(vm, host, &view, false)) {
        if (view.len >= cap) py_raise_value_error(vm, "host name too long");
        memcpy(buf, view.data, view.len);
        buf[view.len] = 0;
        return buf;
    }
    py_raise_type_error(vm, "str, bytes or bytearray expected, not %T", host);
}

// Resolves [host] for [family] into [out] (of [size] bytes): numeric forms
// directly, '' as the wildcard address, names through getaddrinfo.
static void resolve_host(py_vm_t *vm, int family, const char *host, void *out, size_t size) {
    if (!*host) {
        memset(out, 0, size);   // INADDR_ANY / in6addr_any
        return;
    }
    if (family == AF_INET && !strcmp(host, "<broadcast>")) {
        uint32_t b = htonl(INADDR_BROADCAST);
        memcpy(out, &b, 4);
        return;
    }
    if (inet_pton(family, host, out) == 1) return;
    struct addrinfo hints = {0}, *res;
    hints.ai_family = family;
    int code = getaddrinfo(host, NULL, &hints, &res);
    if (code) py_socket_raise_gai(vm, code);
    if (family == AF_INET)
        memcpy(out, &((struct sockaddr_in *)res->ai_addr)->sin_addr, size);
    else
        memcpy(out, &((struct sockaddr_in6 *)res->ai_addr)->sin6_addr, size);
    freeaddrinfo(res);
}

static uint16_t port_of(py_vm_t *vm, py_val_t v, const char *fn) {
    int64_t p = py_to_int64(vm, v);
    if (p < 0 || p > 65535) py_raise_fmt(vm, PY_EXC_OverflowError, "%s(): port must be 0-65535.", fn);
    return htons((uint16_t)p);
}

static void parse_unix(py_vm_t *vm, py_val_t addr, struct sockaddr_storage *ss, socklen_t *len) {
    py_buffer_t view;
    const char *path;
    size_t n;
    if (py_is_str(vm, addr)) {
        path = py_str_bytes(addr);
        n = py_str_len(addr);
    } else {
        py_buffer_require(vm, addr, &view, false);
        path = (const char *)view.data;
        n = view.len;
    }
    struct sockaddr_un *un = (struct sockaddr_un *)ss;
    if (n >= sizeof un->sun_path) py_raise_fmt(vm, PY_EXC_OSError, "AF_UNIX path too long");
    memset(un, 0, sizeof *un);
    un->sun_family = AF_UNIX;
    memcpy(un->sun_path, path, n);
    *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + (n && path[0] ? 1 : 0));
}

void py_socket_addr_parse(py_vm_t *vm, int family, py_val_t addr, const char *fn,
                          struct sockaddr_storage *ss, socklen_t *len) {
    memset(ss, 0, sizeof *ss);
    if (family == AF_UNIX) {
        parse_unix(vm, addr, ss, len);
        return;
    }
    const char *fam = family == AF_INET6 ? "AF_INET6" : "AF_INET";
    if (family != AF_INET && family != AF_INET6)
        py_raise_fmt(vm, PY_EXC_OSError, "%s(): bad family", fn);
    if (!py_is_a(vm, addr, PY_T_tuple))
        py_raise_type_error(vm, "%s(): %s address must be tuple, not %T", fn, fam, addr);
    py_tuple_t *t = py_tuple_ptr(addr);
    char buf[256];
    if (family == AF_INET) {
        if (t->len != 2) py_raise_type_error(vm, "AF_INET address must be a pair (host, port)");
        const char *host = host_text(vm, t->items[0], buf, sizeof buf);
        struct sockaddr_in *in = (struct sockaddr_in *)ss;
        in->sin_family = AF_INET;
        in->sin_port = port_of(vm, t->items[1], fn);
        resolve_host(vm, AF_INET, host, &in->sin_addr, sizeof in->sin_addr);
        *len = sizeof *in;
        return;
    }
    if (t->len < 2 || t->len > 4)
        py_raise_type_error(vm, "AF_INET6 address must be a tuple (host, port[, flowinfo[, "
                                "scopeid]])");
    const char *host = host_text(vm, t->items[0], buf, sizeof buf);
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;
    in6->sin6_family = AF_INET6;
    in6->sin6_port = port_of(vm, t->items[1], fn);
    if (t->len > 2) {
        int64_t flow = py_to_int64(vm, t->items[2]);
        if (flow < 0 || flow > 0xfffff)
            py_raise_fmt(vm, PY_EXC_OverflowError, "%s(): flowinfo must be 0-1048575.", fn);
        in6->sin6_flowinfo = htonl((uint32_t)flow);
    }
    if (t->len > 3) in6->sin6_scope_id = (uint32_t)py_to_int64(vm, t->items[3]);
    resolve_host(vm, AF_INET6, host, &in6->sin6_addr, sizeof in6->sin6_addr);
    *len = sizeof *in6;
}

py_val_t py_socket_addr_value(py_vm_t *vm, const struct sockaddr *sa, socklen_t len) {
    char text[INET6_ADDRSTRLEN];
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
        py_val_t items[2] = {py_str_from_c(vm, text), py_small(ntohs(in->sin_port))};
        return py_tuple_new(vm, 2, items);
    }
    case AF_INET6: {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
        py_val_t items[4] = {py_str_from_c(vm, text), py_small(ntohs(in6->sin6_port)),
                             py_small(ntohl(in6->sin6_flowinfo)), py_small(in6->sin6_scope_id)};
        return py_tuple_new(vm, 4, items);
    }
    case AF_UNIX: {
        const struct sockaddr_un *un = (const struct sockaddr_un *)sa;
        size_t off = offsetof(struct sockaddr_un, sun_path);
        size_t n = len > off ? len - off : 0;
        if (n && un->sun_path[0] == 0) return py_bytes_new(vm, un->sun_path, n);  // abstract
        return py_str_new(vm, un->sun_path, strnlen(un->sun_path, n));
    }
    default: {
        py_val_t items[2] = {py_small(sa->sa_family), py_bytes_new(vm, sa->sa_data,
                                                                 sizeof sa->sa_data)};
        return py_tuple_new(vm, 2, items);
    }
    }
}

// ---- module functions --------------------------------------------------------------------------

struct alloc_ctx {
    size_t n;
    void *p;
};

static void alloc_body(py_vm_t *vm, void *ud) {
    struct alloc_ctx *c = ud;
    c->p = py_gc_new_bytes(vm, c->n);
}

// [n] bytes of GC memory; frees the lookup result [res] before raising MemoryError.
static void *alloc_or_free(py_vm_t *vm, size_t n, struct addrinfo *res) {
    struct alloc_ctx c = {n, NULL};
    if (py_pcall(vm, alloc_body, &c)) {
        freeaddrinfo(res);
        py_raise(vm, vm->exc);
    }
    return c.p;
}

static const char *const gai_kw[] = {"host", "port", "family", "type", "proto", "flags", NULL};

// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0): a list of
// (family, type, proto, canonname, sockaddr), as CPython's.
py_val_t py_socket_getaddrinfo(py_vm_t *vm, size_t nargs, const py_val_t *args,
                               py_val_t kwnames) {
    py_val_t a[6] = {PY_NULL, PY_NULL, PY_NULL, PY_NULL, PY_NULL, PY_NULL};
    py_builtins_kwargs(vm, "getaddrinfo", nargs, args, kwnames, gai_kw, a);
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    char hbuf[256], pbuf[32];
    const char *host = NULL, *port = NULL;
    if (a[0] != PY_NONE) {
        if (!py_is_str(vm, a[0]) && !py_is_bytes(vm, a[0]))
            py_raise_type_error(vm, "getaddrinfo() argument 1 must be string or None");
        host = host_text(vm, a[0], hbuf, sizeof hbuf);
    }
    if (py_is_int(vm, a[1])) {
        snprintf(pbuf, sizeof pbuf, "%lld", (long long)py_to_int64(vm, a[1]));
        port = pbuf;
    } else if (py_is_str(vm, a[1]) || py_is_bytes(vm, a[1])) {
        port = host_text(vm, a[1], pbuf, sizeof pbuf);
    } else if (a[1] != PY_NONE) {
        py_raise_fmt(vm, PY_EXC_OSError, "Int or String expected");
    }
    struct addrinfo hints = {0}, *res;
    int *fields[4] = {&hints.ai_family, &hints.ai_socktype, &hints.ai_protocol, &hints.ai_flags};
    for (int i = 0; i < 4; i++)
        if (a[2 + i] != PY_NULL) *fields[i] = (int)py_to_int64(vm, a[2 + i]);
    int code = getaddrinfo(host, port, &hints, &res);
    if (code) py_socket_raise_gai(vm, code);
    // Copy the C list into GC memory first, so freeaddrinfo runs before any raise.
    size_t n = 0;
    for (struct addrinfo *p = res; p; p = p->ai_next) n++;
    struct entry {
        int family, type, proto;
        socklen_t len;
        struct sockaddr_storage ss;
        char canon[256];
    } *e = alloc_or_free(vm, n ? n * sizeof *e : 1, res);
    size_t i = 0;
    for (struct addrinfo *p = res; p; p = p->ai_next, i++) {
        e[i].family = p->ai_family;
        e[i].type = p->ai_socktype;
        e[i].proto = p->ai_protocol;
        e[i].len = p->ai_addrlen;
        memcpy(&e[i].ss, p->ai_addr, p->ai_addrlen);
        snprintf(e[i].canon, sizeof e[i].canon, "%s", p->ai_canonname ? p->ai_canonname : "");
    }
    freeaddrinfo(res);
    py_val_t list = py_list_new(vm, 0, NULL);
    for (i = 0; i < n; i++) {
        py_val_t items[5] = {py_small(e[i].family), py_small(e[i].type), py_small(e[i].proto),
                             py_str_from_c(vm, e[i].canon), PY_NONE};
        items[4] = py_socket_addr_value(vm, (struct sockaddr *)&e[i].ss, e[i].len);
        py_list_append(vm, list, py_tuple_new(vm, 5, items));
    }
    return list;
}

static size_t packed_size(py_vm_t *vm, py_val_t family) {
    int64_t f = py_to_int64(vm, family);
    if (f == AF_INET) return 4;
    if (f == AF_INET6) return 16;
    py_raise_os_error(vm, EAFNOSUPPORT, PY_NULL);
}

py_val_t py_socket_inet_pton(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    size_t size = packed_size(vm, args[0]);
    if (!py_is_str(vm, args[1]))
        py_raise_type_error(vm, "inet_pton() argument 2 must be str, not %T", args[1]);
    uint8_t out[16];
    if (memchr(py_str_bytes(args[1]), '\0', py_str_len(args[1])) ||
        inet_pton(size == 4 ? AF_INET : AF_INET6, py_str_cstr(vm, args[1]), out) != 1)
        py_raise_fmt(vm, PY_EXC_OSError, "illegal IP address string passed to inet_pton");
    return py_bytes_new(vm, out, size);
}

py_val_t py_socket_inet_ntop(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames) {
    (void)nargs, (void)kwnames;
    size_t size = packed_size(vm, args[0]);
    py_buffer_t view;
    py_buffer_require(vm, args[1], &view, false);
    if (view.len != size) py_raise_value_error(vm, "invalid length of packed IP address string");
    uint8_t in[16];
    memcpy(in, view.data, size);
    char text[INET6_ADDRSTRLEN];
    inet_ntop(size == 4 ? AF_INET : AF_INET6, in, text, sizeof text);
    return py_str_from_c(vm, text);
}
