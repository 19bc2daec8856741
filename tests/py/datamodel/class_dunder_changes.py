# dunders added to, replaced on and deleted from a class after it is made
class C:
    pass
c = C()
try:
    len(c)
except TypeError as e:
    print(e)
C.__len__ = lambda self: 3
print(len(c), bool(c))
C.__len__ = lambda self: 0
print(len(c), bool(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print(e)
print(bool(c))
C.__eq__ = lambda self, o: True
print(c == 1, c != 1)
C.__hash__ = lambda self: 42
print(hash(c))
del C.__eq__
print(c == 1, hash(c))
C.__add__ = lambda self, o: 'added'
C.__radd__ = lambda self, o: 'radded'
print(c + 1, 1 + c)
C.__iter__ = lambda self: iter('xy')
print(list(c), 'x' in c)
C.__contains__ = lambda self, v: False
print('x' in c)
C.__getitem__ = lambda self, k: k
print(c[5], c[1:2])
C.__call__ = lambda self, *a: a
print(c(1, 2), callable(c))
C.__repr__ = lambda self: 'C!'
print(repr(c), str(c), [c])
C.__str__ = lambda self: 'str C'
print(str(c), repr(c))
C.__bool__ = lambda self: False
print(bool(c), not c)
C.__neg__ = lambda self: 'neg'
print(-c)
C.__lt__ = lambda self, o: 'lt'
print(c < 1, 1 > c)
# replacing with a non-function callable
class Fixed:
    def __init__(self, v): self.v = v
    def __call__(self, *a): return self.v
C.__len__ = Fixed(9)
print(len(c))
# a subclass made afterwards sees the base's current dunders
class D(C):
    pass
print(len(D()), repr(D()), D() + 1)
