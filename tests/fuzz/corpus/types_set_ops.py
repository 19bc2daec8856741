# types: set union, intersection, difference, symmetric difference and subsets
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
print(sorted(a.symmetric_difference(b)))
print(sorted(a.union([7, 8], (9,))))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 4} <= {1, 2})
print({1, 2, 3} >= {1}, {1, 2, 3} > {1, 2, 3})
print({1}.issubset([1, 2]), {1, 2}.issuperset({2}), {1}.isdisjoint({2}), {1}.isdisjoint({1}))
c = set(a)
c |= {10}
print(sorted(c))
c &= {1, 2, 10, 99}
print(sorted(c))
c -= {1}
print(sorted(c))
c ^= {2, 3}
print(sorted(c))
d = {1, 2, 3}
d.update([4, 5])
print(sorted(d))
d.intersection_update({1, 2, 5})
print(sorted(d))
d.difference_update({2})
print(sorted(d))
d.symmetric_difference_update({5, 6})
print(sorted(d))
print(sorted(set("abc") & set("bcd")))
try:
    {1} | [2]
except TypeError:
    print("TypeError set | list")
words1 = "the cat sat on the mat".split()
words2 = "the dog sat on the log".split()
print(sorted(set(words1) & set(words2)), sorted(set(words1) - set(words2)))
f = frozenset([1, 2, 2])
print(sorted(f), type(f).__name__, f == {1, 2}, len({f, frozenset([2, 1])}))
