# containers: enumerate(start=), zip(strict=), map with several iterables, filter(None), reversed, iter(callable, sentinel), next
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1)), list(enumerate([], 3)))
print(list(enumerate(iterable="xy", start=10**20)), list(enumerate("a", True)))
class I:
    def __index__(self): return 7
print(list(enumerate("a", I())))
t("enum noargs", lambda: enumerate())
t("enum int", lambda: enumerate(5))
t("enum float start", lambda: enumerate("a", 1.5))
t("enum str start", lambda: enumerate("a", "x"))
t("enum 3", lambda: enumerate("a", 1, 2))
t("enum badkw", lambda: enumerate("a", stop=1))
t("enum dupkw", lambda: enumerate("a", iterable="b"))
e = enumerate("ab"); print(iter(e) is e, next(e), next(e), next(e, 'end'))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True, False, None))), list(zip("ab", range(10))))
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
t("zip int", lambda: zip(1))
t("zip 2nd int", lambda: zip("a", 1))
t("zip badkw", lambda: zip("a", foo=1))
t("strict 2 shorter", lambda: list(zip("abc", "ab", strict=True)))
t("strict 2 longer", lambda: list(zip("ab", "abc", strict=True)))
t("strict 3 shorter", lambda: list(zip("ab", "ab", "a", strict=True)))
t("strict 3 longer", lambda: list(zip("ab", "ab", "abc", strict=True)))
t("strict 1 short", lambda: list(zip("a", "ab", "ab", strict=True)))
t("strict 4", lambda: list(zip("ab", "ab", "ab", "a", strict=True)))
z = zip("ab", "abc", strict=True); print(next(z), next(z)); t("strict partial", lambda: next(z))
print(list(zip("ab", "abc", strict=False)), list(zip("ab", "abc", strict=0)))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "xyz", [1, 2, 3])))
print(list(map(str, [])), list(map(max, [1, 5], [4, 2], [3, 3])))
t("map 1", lambda: map(abs))
t("map 0", lambda: map())
t("map int", lambda: map(abs, 5))
t("map kw", lambda: map(abs, [1], x=1))
t("map call fails", lambda: list(map(len, [1])))
t("map not callable", lambda: list(map(5, [1])))
print(list(filter(None, [0, 1, '', 'a', [], [0], None, False, True])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(filter(str.isdigit, "a1b2")), list(filter(bool, ())))
t("filter 1", lambda: filter(None))
t("filter 3", lambda: filter(None, [], []))
t("filter int", lambda: filter(None, 5))
t("filter kw", lambda: filter(None, [], x=1))
t("filter not callable", lambda: list(filter(5, [1])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
print(list(reversed({1: 2}.values())), list(reversed([])))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t("rev none", lambda: reversed(NoRev()))
t("rev int", lambda: reversed(5))
t("rev set", lambda: reversed({1}))
t("rev gen", lambda: reversed(x for x in []))
t("rev 0", lambda: reversed())
t("rev 2", lambda: reversed([], []))
class OnlyGet:
    def __getitem__(self, i): return i
t("rev nolen", lambda: reversed(OnlyGet()))
r = reversed([1, 2]); print(iter(r) is r, next(r), next(r), next(r, 'end'))
l = [1, 2, 3]; r = reversed(l); next(r); l.clear(); print(list(r))
# iter(callable, sentinel)
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
it = iter(counter, 7); print(next(it), next(it), next(it, 'end'), next(it, 'end'))
t("iter not callable", lambda: iter(5, 1))
t("iter 0", lambda: iter())
t("iter 3", lambda: iter(1, 2, 3))
t("iter int", lambda: iter(5))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
def raiser():
    raise KeyError('k')
t("iter raises", lambda: list(iter(raiser, 1)))
t("next not iter", lambda: next([1]))
t("next 0", lambda: next())
t("next exhausted", lambda: next(iter([])))
print(next(iter([]), None), type(iter(counter, 1)).__name__, type(enumerate([])).__name__, type(zip()).__name__)
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(reversed((1,))).__name__)
t("enum start kw", lambda: enumerate(start=1))
t("enum both kw", lambda: list(enumerate(start=1, iterable="ab")))
t("enum both kw2", lambda: list(enumerate(iterable="ab", start=1)))
t("enum iterable kw", lambda: list(enumerate(iterable="ab")))
t("enum 3 kw", lambda: enumerate([], 1, start=1))
t("enum x kw", lambda: enumerate([], x=1))
t("enum x kw only", lambda: enumerate(x=1))
t("enum kw only 3", lambda: enumerate(x=1, y=2, z=3))
