# socket: MicroPython's stream methods (read, readinto, readline, write, makefile) and its ETIMEDOUT errno; .exp because CPython sockets have no such methods
import socket

a, b = socket.socketpair()
print(a.write(b'line one\nline two\nrest'))
print(b.readline())
print(b.readline())
buf = bytearray(3)
print(b.readinto(buf), buf)
print(b.read(100))
f = b.makefile('rb')
print(f is b)
# non-blocking: read, readline and readinto give None when nothing is there
b.setblocking(False)
print(b.read(10), b.readline(), b.readinto(buf))
a.write(b'tail')
a.close()
print(b.read())
b.close()

# a timeout raises TimeoutError, an OSError whose errno is ETIMEDOUT
a, b = socket.socketpair()
b.settimeout(0.01)
try:
    b.read(1)
except OSError as e:
    print(type(e).__name__, e.errno, e.errno == 110)
a.close()
b.close()
import usocket
print(usocket is socket)
