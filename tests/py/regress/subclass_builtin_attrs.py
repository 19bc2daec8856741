# Guards: instances of Python subclasses of built-in types keep attributes apart from their data (a tuple subclass's dict field once overlapped items[0] and crashed).
class T(tuple):
    pass

t = T((1, 2))
t.x = 5
print(t, t.x, t[0], t[1], len(t), t + (3,), type(t).__name__)
t.x = [t[0], t[1]]
print(t, t.x, vars(t))

t = T()
t.z = 'empty'
print(t, t.z, len(t))

big = T(range(200))
big.total = sum(big)
junk = [T((i, str(i))) for i in range(300)]
for j in junk:
    j.tag = j[1] * 2
print(big.total, big[0], big[199], junk[123].tag, junk[299], junk[7].tag)


class TT(T):
    def first(self):
        return self[0]


tt = TT((7, 8, 9))
tt.q = 'q'
print(tt, tt.q, tt.first(), tt == (7, 8, 9), hash(tt) == hash((7, 8, 9)), tt[1:])


class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = P(3, 4)
p.label = 'pt'
print(p, p.x, p.label, type(p).__name__, isinstance(p, tuple))


class L(list):
    pass


lst = L([1, 2])
lst.x = 5
lst.append(3)
lst.extend(range(50))
print(len(lst), lst[:4], lst.x, type(lst).__name__)


class D(dict):
    pass


d = D(a=1)
d.x = 5
d['b'] = 2
print(sorted(d.items()), d.x)


class I(int):
    pass


i = I(5)
i.x = 7
print(i, i.x, i + 1, type(i + 1).__name__)
b = I(10 ** 30)
b.x = 8
print(b, b.x, b + 1, b * 2, b == 10 ** 30, hash(b) == hash(10 ** 30))
n = I(-(2 ** 100))
n.y = 'neg'
print(n, n.y, n // 3, -n)


class I2(int):
    def __new__(cls, v):
        return int.__new__(cls, v + 1)


print(I2(4), type(I2(4)).__name__)


class F(float):
    pass


f = F(1.5)
f.x = 9
print(f, f.x, f * 2)


class E(Exception):
    pass


e = E(1, 2)
e.x = 3
print(e, e.args, e.x)


class S(set):
    pass


s = S([1])
s.x = 1
s.add(2)
print(sorted(s), s.x)


class FS(frozenset):
    pass


fs = FS([1, 2])
fs.x = 'f'
print(sorted(fs), fs.x)
