# socket: argument errors, bad addresses and use after close, with CPython's types and messages
import socket

s = socket.socket()
for a in ['x', ('a',), ('127.0.0.1', 'x'), (1, 2), ('127.0.0.1', 70000), ('127.0.0.1', -1)]:
    try:
        s.connect(a)
    except Exception as e:
        print(repr(a), type(e).__name__, e.args)
try:
    s.bind(('127.0.0.1', 65536))
except OverflowError as e:
    print(type(e).__name__, e.args)
s6 = socket.socket(socket.AF_INET6)
for a in ['x', ('::1',), ('::1', 'x'), ('::1', 1, 2, 3, 4)]:
    try:
        s6.connect(a)
    except Exception as e:
        print(repr(a), type(e).__name__, e.args)
s6.close()
for v in ['x', -1, float('nan')]:
    try:
        s.settimeout(v)
    except Exception as e:
        print(type(e).__name__, e.args)
for f, args in [(s.recv, (-1,)), (s.recv, ('a',)), (s.send, ('a',)), (s.sendall, (1,)),
                (s.listen, ('a',)), (s.setsockopt, (1, 2, 'x')), (s.recv, (1,)),
                (s.getpeername, ())]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e.args)
try:
    socket.socket(99)
except OSError as e:
    print(type(e).__name__, e.args)
s.close()
for f, args in [(s.recv, (1,)), (s.send, (b'x',)), (s.bind, (('127.0.0.1', 0),)),
                (s.listen, ()), (s.accept, ()), (s.getsockname, ())]:
    try:
        f(*args)
    except OSError as e:
        print(type(e).__name__, e.args)
print(s.fileno())
print(issubclass(socket.gaierror, OSError), socket.error is OSError, socket.timeout is TimeoutError)
