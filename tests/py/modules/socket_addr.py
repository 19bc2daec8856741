# socket: getaddrinfo on numeric hosts, inet_pton/inet_ntop, socketpair and AF_UNIX addresses
import socket

for args in [('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM),
             ('127.0.0.1', '80', socket.AF_INET, socket.SOCK_DGRAM),
             (None, 8080, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE),
             ('::1', 443, socket.AF_INET6, socket.SOCK_STREAM)]:
    for fam, typ, proto, canon, addr in socket.getaddrinfo(*args):
        print(int(fam), int(typ), proto, repr(canon), addr)
print(socket.getaddrinfo('127.0.0.1', 1, type=socket.SOCK_STREAM)[0][4])
for args in [(1, 2), ('127.0.0.1', 1.5)]:
    try:
        socket.getaddrinfo(*args)
    except Exception as e:
        print(type(e).__name__, e.args)
try:
    socket.getaddrinfo('127.0.0.1', 'no-such-service-xyz', socket.AF_INET, socket.SOCK_STREAM)
except socket.gaierror as e:
    print(type(e).__name__, isinstance(e, OSError), e.errno < 0)

print(socket.inet_pton(socket.AF_INET, '10.1.2.3'))
print(socket.inet_pton(socket.AF_INET6, '::1'))
print(socket.inet_ntop(socket.AF_INET, b'\x7f\x00\x00\x01'))
print(socket.inet_ntop(socket.AF_INET6, bytes(15) + b'\x01'))
print(socket.inet_ntop(socket.AF_INET6, bytearray(b'\xfe\x80' + bytes(13) + b'\x05')))
for f, args in [(socket.inet_pton, (socket.AF_INET, '1.2.3')),
                (socket.inet_ntop, (socket.AF_INET, b'123')),
                (socket.inet_pton, (socket.AF_INET6, 'zz::'))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e.args)

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, repr(a.getsockname()))
a.sendall(b'over the pair')
print(b.recv(100))
b.close()
print(a.recv(10))
a.close()
u = socket.socket(socket.AF_UNIX)
print(repr(u.getsockname()))
u.close()
for name in ['AF_INET', 'AF_INET6', 'SOCK_STREAM', 'SOCK_DGRAM', 'SOL_SOCKET', 'SO_REUSEADDR',
             'IPPROTO_TCP', 'IPPROTO_UDP', 'TCP_NODELAY', 'SHUT_RDWR', 'MSG_PEEK']:
    print(name, int(getattr(socket, name)))
