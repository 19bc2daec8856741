# reflected dunders (__radd__ ...) are tried when the left operand declines
class R:
    def __init__(self, n): self.n = n
    def __radd__(self, o): return ('radd', o, self.n)
    def __rsub__(self, o): return ('rsub', o, self.n)
    def __rmul__(self, o): return ('rmul', o, self.n)
    def __rmatmul__(self, o): return ('rmatmul', o, self.n)
    def __rtruediv__(self, o): return ('rtruediv', o, self.n)
    def __rfloordiv__(self, o): return ('rfloordiv', o, self.n)
    def __rmod__(self, o): return ('rmod', o, self.n)
    def __rdivmod__(self, o): return ('rdivmod', o, self.n)
    def __rpow__(self, o, m=None): return ('rpow', o, self.n, m)
    def __rlshift__(self, o): return ('rlshift', o, self.n)
    def __rrshift__(self, o): return ('rrshift', o, self.n)
    def __rand__(self, o): return ('rand', o, self.n)
    def __ror__(self, o): return ('ror', o, self.n)
    def __rxor__(self, o): return ('rxor', o, self.n)

r = R(9)
for left in (1, 2.5, 'ab', [1], (1,), None):
    print(repr(left), left + r, left - r)
print(3 * r, 3 @ r, 3 / r, 3 // r, 3 % r)
print(divmod(3, r))
print(3 ** r, pow(3, r))
print(3 << r, 3 >> r, 3 & r, 3 | r, 3 ^ r)
# a forward method returning NotImplemented hands over to the reflected one
class F:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return 'F.radd'
    def __repr__(self): return 'F()'
print(F() + r)
print(r.__radd__('direct'))
# same type: no reflected try
class S:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return 'never'
try:
    S() + S()
except TypeError as e:
    print(e)
# only a reflected method: the left operand of its own type fails
try:
    R(1) + R(2)
except TypeError as e:
    print(e)
# both decline
class N:
    def __radd__(self, o): return NotImplemented
try:
    1 + N()
except TypeError as e:
    print(e)
try:
    divmod(1, N())
except TypeError as e:
    print(e)
