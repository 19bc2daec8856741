# socket: a TCP server and client over loopback in one process (send, sendall, recv, recv_into, shutdown, names, timeouts)
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(('127.0.0.1', 0))
srv.listen(2)
host, port = srv.getsockname()
print(host, port > 0)
print(srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM, srv.proto)

cli = socket.socket()
print(cli.gettimeout(), cli.getblocking())
cli.connect(('127.0.0.1', port))
conn, addr = srv.accept()
print(addr[0], addr[1] == cli.getsockname()[1], conn.getpeername() == cli.getsockname())
print(cli.getpeername() == ('127.0.0.1', port))

print(cli.send(b'hello'))
print(conn.recv(100))
cli.sendall(b'x' * 100000)
got = 0
while got < 100000:
    got += len(conn.recv(65536))
print(got)

buf = bytearray(10)
cli.send(b'abcdef')
n = conn.recv_into(buf)
print(n, buf)
cli.send(b'123')
print(conn.recv_into(memoryview(buf)[2:], 2), buf)
print(conn.recv(10))

# timeouts: TimeoutError is socket.timeout, an OSError
conn.settimeout(0.01)
print(conn.gettimeout())
try:
    conn.recv(10)
except OSError as e:
    print(type(e).__name__, isinstance(e, socket.timeout), isinstance(e, TimeoutError))

# non-blocking: BlockingIOError
conn.setblocking(False)
print(conn.gettimeout(), conn.getblocking())
try:
    conn.recv(10)
except OSError as e:
    print(type(e).__name__, isinstance(e, BlockingIOError))
conn.setblocking(True)
print(conn.gettimeout())

# shutdown gives the peer end of stream
cli.shutdown(socket.SHUT_WR)
print(conn.recv(10))
conn.sendall(b'bye')
print(cli.recv(10))
conn.close()
print(cli.recv(10))

# context manager and closing
with socket.socket() as s:
    print(s.fileno() >= 0)
print(s.fileno())
try:
    s.send(b'x')
except OSError as e:
    print(type(e).__name__, e.args)
s.close()   # closing twice is fine
cli.close()

# a refused connection
c2 = socket.socket()
try:
    c2.connect(('127.0.0.1', port))
    c3, _ = srv.accept()
    print('accepted')
    c3.close()
except OSError as e:
    print(type(e).__name__)
c2.close()
srv.close()
c4 = socket.socket()
print(c4.connect_ex(('127.0.0.1', port)) != 0)
try:
    c4.connect(('127.0.0.1', port))
except OSError as e:
    print(isinstance(e, OSError))
c4.close()
