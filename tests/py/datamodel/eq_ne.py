# __eq__ and __ne__: != inverts a defined __eq__, and the built-ins use __eq__
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o):
        print('eq called')
        return isinstance(o, P) and self.x == o.x
    __hash__ = None
print(P(1) == P(1), P(1) == P(2))
print(P(1) != P(1), P(1) != P(2))
# __eq__ returning a non-bool: != takes its truth and inverts
class Q:
    def __eq__(self, o): return [1]
print(Q() != 1, Q() == 1)
class Z:
    def __eq__(self, o): return 0
print(Z() != 1, Z() == 1)
# __eq__ returning NotImplemented: != falls back to identity too
class N:
    def __eq__(self, o): return NotImplemented
n = N()
print(n != n, n != N())
# an explicit __ne__ is used as is
class Both:
    def __eq__(self, o): return True
    def __ne__(self, o): return True
print(Both() == 1, Both() != 1)
# containers use == on items (after identity)
class Always:
    def __eq__(self, o): return True
    __hash__ = None
print([1, 2].count(Always()), Always() in [5], [Always()] == [3], (Always(),) == (4,))
print([1, 2, 3].index(Always()))
lst = [5, 6]
lst.remove(Always())
print(lst)
class Never:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
nv = Never()
print(nv in [nv], [nv] == [nv], nv == nv, [nv].count(nv))
# dict lookup uses hash then ==
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
d = {Key(1): 'one'}
print(d[Key(1)], Key(2) in d, Key(1) in d)
# inherited __ne__ from a base that defines __eq__ only
class Base:
    def __eq__(self, o): return self is o or 'same' == o
class Sub(Base):
    pass
s = Sub()
print(s == 'same', s != 'same', s != 'other')
# object.__ne__ and object.__eq__ directly
print(object.__eq__(s, s), object.__eq__(s, 1), object.__ne__(s, 1))
print(Base.__ne__(s, 'same'))
