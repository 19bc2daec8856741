# List slices with small-int or None bounds, which the loop serves without a slice object: every bound combination, other bounds, subclasses, errors and their lines.
L = list(range(7))
vals = [None, -9, -7, -3, -1, 0, 1, 3, 6, 7, 9]
steps = [None, -3, -2, -1, 1, 2, 5]
total = []
for a in vals:
    for b in vals:
        total.append(L[a:b])
        for c in steps:
            total.append(L[a:b:c])
print(len(total), sum(len(x) for x in total), sum(sum(x) for x in total))
print(L[::-1], L[-1:-8:-1], L[5:1:-2], L[:0], L[7:], [][::-1], [][:5], [1][-5:5])

out = []
for a in vals:
    for b in vals:
        m = L[:]
        m[a:b] = ['x', 'y']
        out.append(m)
        m = L[:]
        del m[a:b]
        out.append(m)
        for c in steps:
            m = L[:]
            del m[a:b:c]
            out.append(m)
            m = L[:]
            try:
                m[a:b:c] = 'abc'
            except ValueError as e:
                out.append(e.args)
            out.append(m)
print(len(out), out[:6], out[-6:])
print(sum(len(x) for x in out), sum(1 for x in out if isinstance(x, tuple)))


class Idx:
    def __index__(self):
        return 2


class MyList(list):
    def __getitem__(self, k):
        return ("get", type(k).__name__, k.start if not isinstance(k.start, Idx) else "Idx", k.stop, k.step)

    def __setitem__(self, k, v):
        print('set', k, v)

    def __delitem__(self, k):
        print('del', k)


m = MyList([1, 2, 3])
print(m[1:2], m[::-1], m[Idx():])
m[0:1] = [9]
del m[::2]
print(L[Idx():], L[True:5], L[:2 ** 70], L[-2 ** 70::1], L[::2 ** 70], L[Idx():Idx()])
t = tuple(L)
print(t[1:4], t[::-1], 'abcdef'[1:4], 'abcdef'[::-2], b'xyz'[1:])

m = L[:]
m[::-1] = m
print(m)
m[1:3] = m
print(m)
m = L[:]
m[2:4] = (i * 10 for i in range(3))
print(m)
m = [0, 1, 2, 3]


def grow():
    yield 5
    m.extend([7, 8, 9])
    yield 6


m[1:3] = grow()
print(m)

for bad in ('m[1:2:0]', 'm[1:2:0] = []', 'del m[::0]', 'm[1:3] = 5', 'm[::2] = [1]', 'm[1.5:2]',
            'm[:2] = None', 'm["a":]'):
    try:
        exec(bad)
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e.args)


def lines():
    x = [1, 2, 3]
    try:
        x[
            1:2:0
        ]
    except ValueError as e:
        print('line', e.__traceback__.tb_lineno - lines.__code__.co_firstlineno)
    try:
        x[1:
          2:2] = 7
    except TypeError as e:
        print('line', e.__traceback__.tb_lineno - lines.__code__.co_firstlineno)


lines()
