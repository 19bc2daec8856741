# hashing containers hashes their items through __hash__
calls = []
class K:
    def __init__(self, k): self.k = k
    def __hash__(self):
        calls.append(self.k)
        return self.k
    def __eq__(self, o): return isinstance(o, K) and self.k == o.k
t1 = (K(1), K(2))
t2 = (K(1), K(2))
print(hash(t1) == hash(t2), calls); calls.clear()
print(hash((K(3),)) == hash((3,)), calls); calls.clear()
d = {(K(1), 'x'): 'tuple key'}
print(d[(K(1), 'x')], calls); calls.clear()
f1 = frozenset([K(5), K(6)])
print(hash(f1) == hash(frozenset([5, 6])), sorted(calls)); calls.clear()
class Unhashable:
    __hash__ = None
for v in ((1, Unhashable()), frozenset if False else (Unhashable(),)):
    try:
        hash(v)
    except TypeError as e:
        print(e)
try:
    {(1, [2]): 3}
except TypeError as e:
    print(e)
try:
    frozenset([[1]])
except TypeError as e:
    print(e)
# a set of user objects with hash collisions stays correct
class Same:
    def __init__(self, n): self.n = n
    def __hash__(self): return 0
    def __eq__(self, o): return self.n == o.n
s = {Same(i % 5) for i in range(20)}
print(len(s), sorted(x.n for x in s), Same(3) in s, Same(7) in s)
s.discard(Same(3))
print(len(s), Same(3) in s)
# hash() of user objects inside tuples must be an int
class BadH:
    def __hash__(self): return 'x'
try:
    hash((BadH(),))
except TypeError as e:
    print(e)
# hash of a large __hash__ result is reduced like an int's
class Big:
    def __hash__(self): return 10**30
print(hash(Big()) == hash(10**30), hash((Big(),)) == hash((10**30,)))
