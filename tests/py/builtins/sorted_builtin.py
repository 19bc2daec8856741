# builtins: sorted on various iterables with key and reverse; original unchanged
data = [5, 3, 8, 1]
print(sorted(data), data)
print(sorted("python"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted({9, 7, 8}))
print(sorted(range(5), reverse=True), sorted([]), sorted("a"))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=lambda s: s.lower()))
people = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted([3, 1, 2], key=lambda x: -x))
print(sorted([[3, "c"], [1, "a"], [2, "b"]]))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print(sorted([1.5, -2, 0, 2 ** 65, -1e20]))
try:
    sorted([1, None])
except TypeError:
    print("TypeError")
d = {"apple": 3, "kiwi": 1, "fig": 2}
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1]))
s = sorted([x % 5 for x in range(12)])
print(s)
print(sorted(["bb", "a", "ccc", "dd"], key=len))
print(sorted([True, False, True]))
