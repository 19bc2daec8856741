# types: set creation, add, remove, discard, pop, membership (printed sorted)
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s))
print(sorted(set()), len(set()), sorted(set([1, 1, 2])), sorted(set("hello")))
s.add(10)
s.add(1)
print(sorted(s))
s.remove(10)
print(sorted(s))
try:
    s.remove(10)
except KeyError:
    print("KeyError remove")
s.discard(10)
s.discard(2)
print(sorted(s))
print(1 in s, 2 in s, 2 not in s)
p = s.pop()
print(p in [1, 3], len(s))
s.clear()
print(len(s), bool(s))
try:
    set().pop()
except KeyError:
    print("KeyError pop empty")
try:
    {[1]}
except TypeError:
    print("TypeError unhashable")
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == set())
print(type({1}).__name__, type(set()).__name__)
c = {1, 2}
d = c.copy()
d.add(3)
print(sorted(c), sorted(d))
print(sorted({1, 1.0, True}), len({1, 1.0, True}))
print(sorted({(1, 2), (1, 2), (2, 1)}))
print(repr(set()), repr({5}))
