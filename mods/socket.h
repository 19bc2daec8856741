// mods/socket.h: what the socket module's files share, and the hook select uses.
// Layer: library modules (POSIX sockets). Addresses: mods/socket_addr.c; objects: mods/socket.c.
// SPDX-License-Identifier: MIT

#ifndef PY_MODS_SOCKET_H
#define PY_MODS_SOCKET_H

#include <sys/socket.h>

#include "obj.h"
#include "vm.h"

// The file descriptor of [v] when it is a socket object of this module (-1
// once closed), or -2 when [v] is not one. Never raises; does not allocate.
int py_socket_fd(py_vm_t *vm, py_val_t v);

// Fills [ss]/[len] from the Python address [addr] of [family], as CPython
// takes them: (host, port) for AF_INET, (host, port[, flowinfo, scope_id])
// for AF_INET6, a str or bytes path for AF_UNIX. Hosts that are not numeric
// are resolved. [fn] names the calling method in errors. Raises TypeError,
// OverflowError, OSError or socket.gaierror; may allocate.
void py_socket_addr_parse(py_vm_t *vm, int family, py_val_t addr, const char *fn,
                          struct sockaddr_storage *ss, socklen_t *len);
// The Python value of the address [sa] of [len] bytes. May allocate.
py_val_t py_socket_addr_value(py_vm_t *vm, const struct sockaddr *sa, socklen_t len);
// Raises socket.gaierror(code, gai_strerror(code)) for a getaddrinfo result
// [code]; EAI_SYSTEM raises OSError with errno. Allocates.
_Noreturn void py_socket_raise_gai(py_vm_t *vm, int code);

// Module functions of socket_addr.c: getaddrinfo, inet_pton, inet_ntop.
py_val_t py_socket_getaddrinfo(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);
py_val_t py_socket_inet_pton(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);
py_val_t py_socket_inet_ntop(py_vm_t *vm, size_t nargs, const py_val_t *args, py_val_t kwnames);

#endif
