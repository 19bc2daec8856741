# select: poll reports the registered object (MicroPython's behaviour; CPython reports the descriptor), ipoll and its one-shot flag; .exp for that reason
import select
import socket

a, b = socket.socketpair()
p = select.poll()
p.register(a, select.POLLIN)
p.register(b)
print([(o is a, o is b, ev) for o, ev in p.poll(0)])
b.send(b'z')
res = sorted([(o is a, ev) for o, ev in p.poll(0)])
print(res)
# one-shot: an object reported once is not reported again until modified
print([(o is a, ev & select.POLLIN) for o, ev in p.ipoll(0, 1) if o is a])
print([o is a for o, ev in p.ipoll(0, 1)])
p.modify(a, select.POLLIN)
print([(o is a, ev) for o, ev in p.ipoll(0)])
a.close()
b.close()
import uselect
print(uselect is select)
