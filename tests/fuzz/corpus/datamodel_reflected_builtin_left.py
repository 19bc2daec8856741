# built-in left operands defer to a user right operand's reflected methods
class R:
    def __radd__(self, o): return ('radd', type(o).__name__)
    def __rmul__(self, o): return ('rmul', type(o).__name__)
    def __ror__(self, o): return ('ror', type(o).__name__)
    def __rsub__(self, o): return ('rsub', type(o).__name__)
    def __rand__(self, o): return ('rand', type(o).__name__)
    def __rmod__(self, o): return ('rmod', type(o).__name__)
    def __rpow__(self, o): return ('rpow', type(o).__name__)
    def __rtruediv__(self, o): return ('rtruediv', type(o).__name__)
    def __rlshift__(self, o): return ('rlshift', type(o).__name__)
r = R()
print(1 + r, 1.5 + r, 'a' + r, [1] + r, (1,) + r, b'x' + r, True + r)
print([1] * r, 'a' * r, (1,) * r, 3 * r, 2.0 * r)
print({} | r, {1} | r, frozenset() | r, 1 | r, True | r)
print({1} - r, {1} & r, 1 - r, 5 % r)
print(2 ** r, 2.0 ** r, 1 / r, 1 << r)
# in-place with a built-in left operand also reaches the reflected method
x = [1]
x += r
print(x)
y = {1}
y |= r
print(y)
z = 5
z -= r
print(z)
s = 'a'
s *= r
print(s)
# a user class whose reflected method declines gets the built-in's error
class No:
    def __radd__(self, o): return NotImplemented
for left in (1, 'a', [1]):
    try:
        left + No()
    except TypeError as e:
        print(e)
try:
    'fmt' % r
except TypeError as e:
    print(e)
