# select: select.select and poll objects over socket pairs, with descriptors registered as ints, and their errors
import select
import socket

a, b = socket.socketpair()
print(select.select([a, b], [], [], 0) == ([], [], []))
r, w, x = select.select([a], [a, b], [], 0.5)
print(r == [], w == [a, b], x)
b.send(b'x')
r, w, x = select.select([a, b], [], [], 0.5)
print(r == [a], w, x)
print(select.select((), (), (), 0.001))
fa, fb = a.fileno(), b.fileno()
print(select.select([fa], [], [], 0) == ([fa], [], []))

p = select.poll()
p.register(fa, select.POLLIN)
p.register(fb, select.POLLIN)
print(p.poll(0) == [(fa, select.POLLIN)])
a.recv(1)
print(p.poll(0))
print(p.poll(10))
p.modify(fb, select.POLLOUT)
print(p.poll(0) == [(fb, select.POLLOUT)])
p.unregister(fb)
print(p.poll(0))
a.close()
ev = p.poll(100)
print(ev == [(fa, select.POLLNVAL)])
b.close()
p.unregister(fa)

class F:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd

c, d = socket.socketpair()
d.send(b'y')
obj = F(c.fileno())
print(select.select([obj], [], [], 0)[0] == [obj])

for f, args in [(select.select, ([1.5], [], [])), (select.select, (1, [], [])),
                (select.select, ([-1], [], [])), (select.select, ([], [], [], -1)),
                (select.select, ([], [], [], 'x')), (p.register, ('x',)),
                (p.modify, (c.fileno(), 1)), (p.unregister, (c.fileno(),)),
                (p.poll, ('x',))]:
    try:
        f(*args)
    except KeyError as e:
        print(type(e).__name__, e.args == (c.fileno(),))
    except Exception as e:
        print(type(e).__name__, e.args)
for name in ['POLLIN', 'POLLOUT', 'POLLERR', 'POLLHUP', 'POLLPRI', 'POLLNVAL']:
    print(name, getattr(select, name))
c.close()
d.close()
