# types2: set operations on frozensets and sets: result types, operators vs methods, errors
a = frozenset([1, 2, 3])
b = {2, 3, 4}
print(type(a | b).__name__, type(b | a).__name__, type(a & b).__name__, type(b - a).__name__)
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(a.union([9], (8,)), sorted(a.intersection('12', [1, 2])), a.difference(range(2)), a.symmetric_difference({1, 5}) == {2, 3, 5})
print(a <= {1, 2, 3}, a < {1, 2, 3}, a < {1, 2, 3, 4}, a >= frozenset(), a.issubset(range(5)), a.issuperset([1]))
print(a.isdisjoint({7}), a.isdisjoint(b), a == {1, 2, 3}, frozenset() == set(), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    a | [1]
except TypeError as e:
    print('TypeError', e)
try:
    a.add(5)
except AttributeError as e:
    print('AttributeError', e)
s = {frozenset([1]), frozenset([1]), frozenset()}
print(len(s), frozenset([frozenset([1])]))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 99}
print(sorted(c))
d = {1: 'x'}
print(sorted(b | d.keys()), sorted(d.keys() & {1, 2}), sorted(d.keys() - {1}))
x = frozenset('abc')
y = x
x |= {'d'}
print(sorted(x), sorted(y), x is y)
z = {1}
w = z
z |= {2}
print(z is w, sorted(w))
print(repr(frozenset()), repr(set()), repr(frozenset({1})), repr({frozenset()}))
print(frozenset([3, 1]).copy() == {1, 3}, len(frozenset(range(100)) - frozenset(range(50))))
try:
    set().remove(1)
except KeyError as e:
    print('KeyError', e)
try:
    {[]}
except TypeError as e:
    print('TypeError', e)
