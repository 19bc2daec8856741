# builtins: len of strings, lists, tuples, dicts, sets, ranges, bytes and classes
print(len(""), len("abc"), len("\u00e9"), len("a\nb"))
print(len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(set()), len({1, 2, 2}))
print(len(range(10)), len(range(0, 100, 7)), len(b"bytes"))
print(len(list(range(1000))), len("x" * 1000))
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(0)), len(Sized(42)))
for bad in [5, 1.5, None, True]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError:
    print("TypeError no __len__")
d = {i: i for i in range(50)}
print(len(d), len(d.keys()), len(d.values()), len(d.items()))
print(len(str(2 ** 100)))
s = set()
for i in range(20):
    s.add(i % 7)
print(len(s))
print(len([x for x in range(10) if x % 2]))
