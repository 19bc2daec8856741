# collections.namedtuple: fields, defaults, _make/_asdict/_replace, repr, errors
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p))
print(P._fields, P(x=3, y=4), P(5, y=6))
print(p == (1, 2), isinstance(p, tuple), type(p).__name__)
print(P._make([7, 8]), p._asdict(), p._replace(y=9))
a, b = p
print(a, b, p + (3,), p * 2)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[10, 20])
print(Q(1), Q(1, 2), Q(1, 2, 3), Q._field_defaults)
R = namedtuple('R', 'a, b, c')
print(R(1, 2, 3), R._fields)
S = namedtuple('S', 'abc def _x abc', rename=True)
print(S._fields)
One = namedtuple('One', 'v')
print(One(5), One._fields)
print(P.__doc__)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')
for args in [(1,), (1, 2, 3)]:
    try:
        P(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    P(1, 2, z=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P._make([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1)
except ValueError as e:
    print(type(e).__name__, e)
for spec in ['a 1b', 'a def', 'a _b', 'a b a']:
    try:
        namedtuple('T', spec)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    namedtuple('T', 'a', defaults=(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
match p:
    case P(x, y):
        print('match', x, y)
class P3(P):
    def norm(self):
        return self.x * self.x + self.y * self.y
print(P3(3, 4).norm(), P3(3, 4))
