# builtins: zip with 0..3 iterables of equal and unequal lengths
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")), list(zip("a", [1, 2, 3])))
print(list(zip()), list(zip([])), list(zip([1, 2])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
names = ["ann", "bob"]
ages = [30, 25]
for n, a in zip(names, ages):
    print(n, a)
print(dict(zip(names, ages)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, chars = zip(*pairs)
print(nums, chars)
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)))
print([list(r) for r in zip(*m)])
z = zip("xy", "pq")
print(next(z), list(z), list(z))
print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
print(sum([a * b for a, b in zip(range(10), range(10))]))
a = [1, 2, 3, 4]
print(list(zip(a, a[1:])))
try:
    zip(1, 2)
except TypeError:
    print("TypeError")
