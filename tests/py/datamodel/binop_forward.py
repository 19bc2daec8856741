# every binary operator dispatches to its forward dunder on a user class
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'V(%r)' % (self.n,)
    def __add__(self, o): return ('add', self.n, o)
    def __sub__(self, o): return ('sub', self.n, o)
    def __mul__(self, o): return ('mul', self.n, o)
    def __matmul__(self, o): return ('matmul', self.n, o)
    def __truediv__(self, o): return ('truediv', self.n, o)
    def __floordiv__(self, o): return ('floordiv', self.n, o)
    def __mod__(self, o): return ('mod', self.n, o)
    def __divmod__(self, o): return ('divmod', self.n, o)
    def __pow__(self, o, m=None): return ('pow', self.n, o, m)
    def __lshift__(self, o): return ('lshift', self.n, o)
    def __rshift__(self, o): return ('rshift', self.n, o)
    def __and__(self, o): return ('and', self.n, o)
    def __or__(self, o): return ('or', self.n, o)
    def __xor__(self, o): return ('xor', self.n, o)

v = V(1)
print(v + 2)
print(v - 2)
print(v * 2)
print(v @ 2)
print(v / 2)
print(v // 2)
print(v % 2)
print(divmod(v, 2))
print(v ** 2)
print(pow(v, 2))
print(pow(v, 2, 7))
print(v << 2)
print(v >> 2)
print(v & 2)
print(v | 2)
print(v ^ 2)
print(v + v)
print(v + 'x', v * [1])
# the dunder's result is returned as is, whatever it is
class R:
    def __add__(self, o): return None
    def __sub__(self, o): return o
print(R() + 1, R() - 5)
# dunders are looked up on the type, not the instance
w = V(3)
w.__add__ = lambda o: 'instance'
print(w + 1)
# a dunder set on the class after creation is used
class L:
    pass
L.__mul__ = lambda self, o: ('late', o)
print(L() * 4)
del L.__mul__
try:
    L() * 4
except TypeError as e:
    print(e)
