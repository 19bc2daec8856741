# a complete user-defined sequence: the built-ins and statements use only its dunders
class Seq:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __repr__(self): return 'Seq%r' % (tuple(self.items),)
s = Seq(1, 2, 3, 4)
print(len(s), s[0], s[-1], s[1:3], s[::-1], list(s), 3 in s, 9 in s, bool(s), bool(Seq()))
s[0] = 'a'
del s[1]
print(s, list(reversed(s)), sorted(Seq(3, 1, 2)), sum(Seq(1, 2, 3)), max(Seq(4, 8, 2)))
print([x for x in s], list(enumerate(s)), list(zip(s, s)), dict(zip(s, range(3))))
a, b, c = s
print(a, b, c, *s, [*s], (*s,))
print(' '.join(Seq('x', 'y')), tuple(Seq()), set(Seq(1, 1, 2)) == {1, 2})
# negative indexes are passed as they are: no automatic adjustment
class Raw:
    def __getitem__(self, i): return i
    def __len__(self): return 10
r = Raw()
print(r[-1], r[-100], r[5])
# the iteration protocol starts at 0 and ignores __len__
class Gen:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i
print(list(Gen()), len(Gen()))
# sequence operations the class does not define fail cleanly
try:
    s + s
except TypeError as e:
    print(e)
try:
    s * 2
except TypeError as e:
    print(e)
try:
    hash(s) == hash(s)
    print('hashable')
except TypeError as e:
    print(e)
