# builtins: list(), tuple(), dict(), set() constructors from various iterables
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(list({"a": 1}.items()), list(b"hi"), list([1, [2]]))
print(tuple(), tuple("ab"), tuple([1, 2]), tuple(range(2)), tuple({"k": 0}))
print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"z": 0}, w=1))
print(dict([[1, 2], (3, 4)]), dict(zip("ab", [1, 2])), dict(dict(a=1)))
print(sorted(set()), sorted(set("banana")), sorted(set([3, 1, 3])), sorted(set(range(3))))
print(sorted(set({"k1": 1, "k2": 2})))
orig = [1, 2, 3]
copy = list(orig)
copy.append(4)
print(orig, copy, copy is orig)
t = (1, 2)
print(tuple(t) == t)
try:
    list(5)
except TypeError:
    print("TypeError list(int)")
try:
    dict([1, 2])
except TypeError:
    print("TypeError dict from ints")
try:
    dict([(1, 2, 3)])
except ValueError:
    print("ValueError dict from triple")
try:
    set([[1]])
except TypeError:
    print("TypeError set of lists")
print(list(map(str, range(3))), tuple(""))
print(dict.fromkeys("abc", 0))
