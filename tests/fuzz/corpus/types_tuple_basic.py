# types: tuple creation, indexing, slicing, unpacking, immutability and methods
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t[::-1])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"))
print(len(t), len(()), 2 in t, 5 in t)
print(t.index(2), (1, 1, 2).count(1))
try:
    t[0] = 9
except TypeError:
    print("TypeError immutable")
try:
    t[3]
except IndexError as e:
    print("IndexError", e)
a, b, c = t
print(a, b, c)
single = 5,
print(single, type(single).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
inner = [1]
tl = (inner, 2)
inner.append(3)
print(tl)
print(t + (4,), t * 2, (0,) * 3, () * 5)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), (2,) > (1, 9))
print(max(t), min(t), sum(t), sorted((3, 1, 2)))
print(repr(("a",)), str((None, True)))
try:
    (1, 2).index(9)
except ValueError:
    print("ValueError")
d = {(1, 2): "tuple key"}
print(d[(1, 2)], d[1, 2])
print(hash((1, 2)) == hash((1, 2)))
print(tuple([x * 2 for x in [1, 2]]))
