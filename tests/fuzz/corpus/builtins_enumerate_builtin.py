# builtins: enumerate with default and custom start, over various iterables
print(list(enumerate("abc")))
print(list(enumerate(["x", "y"], 1)), list(enumerate(["x", "y"], start=10)))
print(list(enumerate([])), list(enumerate(range(3), -1)))
for i, c in enumerate("hi"):
    print(i, c)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
e = enumerate([5, 6, 7])
print(next(e), next(e))
print(list(e))
lines = ["first", "second", "third"]
for n, line in enumerate(lines, 1):
    print("%d: %s" % (n, line))
print(dict(enumerate("ab")))
idx = [i for i, v in enumerate([3, 0, 4, 0, 5]) if v == 0]
print(idx)
print([(i, v * i) for i, v in enumerate(range(2, 5))])
print(list(enumerate(enumerate("ab"))))
try:
    enumerate(5)
except TypeError:
    print("TypeError")
big = list(enumerate(range(1000), 2 ** 64))
print(big[0], big[-1])
