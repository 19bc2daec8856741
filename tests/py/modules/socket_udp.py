# socket: UDP datagrams over loopback (sendto, recvfrom, connect + send/recv, timeouts)
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(('127.0.0.1', 0))
pa = a.getsockname()[1]
pb = b.getsockname()[1]
print(b.type == socket.SOCK_DGRAM)
print(b.sendto(b'ping', ('127.0.0.1', pa)))
data, addr = a.recvfrom(100)
print(data, addr == ('127.0.0.1', pb))
a.sendto(b'pong', 0, addr)
print(b.recvfrom(100)[0])
# datagrams keep their boundaries; a short buffer truncates one
b.sendto(b'one', ('127.0.0.1', pa))
b.sendto(b'two-two', ('127.0.0.1', pa))
print(a.recv(100), a.recv(3))
b.connect(('127.0.0.1', pa))
b.send(b'connected')
print(a.recv(100))
a.settimeout(0.01)
try:
    a.recvfrom(10)
except OSError as e:
    print(type(e).__name__)
try:
    a.sendto(b'x', 'nope')
except TypeError as e:
    print(type(e).__name__, e)
a.close()
b.close()
