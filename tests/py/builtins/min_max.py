# builtins: min and max with several args, iterables, key= and default=
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max((4, 5, 0)))
print(min("hello"), max("hello"), min(["b", "a", "c"]), max("a", "bb", key=len))
print(min(range(5, 10)), max({3: "a", 7: "b"}), min({5, 2, 8}))
print(max(1, 2.5), min(-1, -1.5), max(2 ** 70, 3), min(2 ** 70, -(2 ** 70)))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min([], default="empty"), max([], default=None), min([3], default=0))
print(max([], key=len, default="d"))
try:
    min([])
except ValueError:
    print("ValueError min of empty")
try:
    max()
except TypeError:
    print("TypeError max()")
try:
    min(1, "a")
except TypeError:
    print("TypeError mixed")
print(max([1, 3, 3, 2]), min([(1, "b"), (1, "a")]))
pairs = [("a", 3), ("b", 1), ("c", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max([True, False]), min([0, False]))
print(max("apple", "apricot"), min([[1, 2], [1, 1, 5]]))
print(max(-3, -7, key=abs), min(-3, -7, key=abs))
print(max([1.5, float("-inf"), 0]))
d = {"x": 10, "y": 30, "z": 20}
print(max(d, key=d.get), min(d, key=lambda k: d[k]))
