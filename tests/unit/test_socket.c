// tests/unit/test_socket.c: socket addresses between Python values and struct sockaddr
// (mods/socket_addr.c) and the socket-object check select relies on (py_socket_fd).
// Layer: tests (Criterion).
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sys/un.h>

#include "runtime.h"
#include "socket.h"
#include "unit_py.h"

TestSuite(socket, .init = unit_vm_setup, .fini = unit_vm_teardown);

// Parses [src] (a Python expression) as an address of [family] and returns repr of it read back.
static const char *round_trip(int family, const char *src) {
    struct sockaddr_storage ss;
    socklen_t len;
    py_socket_addr_parse(vm, family, unit_eval(src), "connect", &ss, &len);
    return unit_repr(py_socket_addr_value(vm, (struct sockaddr *)&ss, len));
}

Test(socket, inet_round_trip) {
    cr_assert_str_eq(round_trip(AF_INET, "('127.0.0.1', 8080)"), "('127.0.0.1', 8080)");
    cr_assert_str_eq(round_trip(AF_INET, "('', 0)"), "('0.0.0.0', 0)");
    cr_assert_str_eq(round_trip(AF_INET, "(b'10.0.0.1', 1)"), "('10.0.0.1', 1)");
    cr_assert_str_eq(round_trip(AF_INET, "('<broadcast>', 9)"), "('255.255.255.255', 9)");
}

Test(socket, inet_wire_format) {
    struct sockaddr_storage ss;
    socklen_t len;
    py_socket_addr_parse(vm, AF_INET, unit_eval("('1.2.3.4', 258)"), "bind", &ss, &len);
    struct sockaddr_in *in = (struct sockaddr_in *)&ss;
    cr_assert_eq(len, sizeof *in);
    cr_assert_eq(in->sin_family, AF_INET);
    cr_assert_eq(ntohs(in->sin_port), 258);
    cr_assert_eq(ntohl(in->sin_addr.s_addr), 0x01020304u);
}

Test(socket, inet6_and_unix_round_trip) {
    cr_assert_str_eq(round_trip(AF_INET6, "('::1', 80)"), "('::1', 80, 0, 0)");
    cr_assert_str_eq(round_trip(AF_INET6, "('fe80::1', 80, 5, 2)"), "('fe80::1', 80, 5, 2)");
    cr_assert_str_eq(round_trip(AF_UNIX, "'/tmp/x.sock'"), "'/tmp/x.sock'");
    cr_assert_str_eq(round_trip(AF_UNIX, "b'\\x00abstract'"), "b'\\x00abstract'");
}

struct bad {
    int family;
    const char *src;
};

static void parse_bad(py_vm_t *v, void *ud) {
    struct bad *b = ud;
    struct sockaddr_storage ss;
    socklen_t len;
    py_socket_addr_parse(v, b->family, unit_eval(b->src), "connect", &ss, &len);
}

Test(socket, bad_addresses_raise) {
    struct bad cases[] = {{AF_INET, "'x'"}, {AF_INET, "('a',)"}, {AF_INET, "(1, 2)"},
                          {AF_INET, "('1.2.3.4', 'p')"}, {AF_INET6, "('::1',)"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        unit_raises(parse_bad, &cases[i], PY_EXC_TypeError);
    struct bad range = {AF_INET, "('1.2.3.4', 65536)"};
    py_val_t e = unit_raises(parse_bad, &range, PY_EXC_OverflowError);
    cr_assert_str_eq(unit_str(e), "connect(): port must be 0-65535.");
}

Test(socket, fd_of_socket_objects_only) {
    py_val_t g = unit_run("import socket\ns = socket.socket()\nfd = s.fileno()\n");
    cr_assert_eq(py_socket_fd(vm, unit_get(g, "s")), unit_get_int(g, "fd"));
    cr_assert_eq(py_socket_fd(vm, unit_get(g, "fd")), -2);
    cr_assert_eq(py_socket_fd(vm, PY_NONE), -2);
    unit_run_in("s.close()\n", g);
    cr_assert_eq(py_socket_fd(vm, unit_get(g, "s")), -1);
}
