# calls of built-in functions and methods that the loop makes straight on the VM stack: results, arg-count and self errors, and the cases that must take the general path
import sys
N = 100


def report(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


class MyList(list):
    pass


class MyStr(str):
    def lower(self):
        return "mine"


def calls(n):
    l, d, s, t = [], {}, "AbC", 0
    for i in range(n):
        l.append(i)                 # a method with self on the stack
        t += len(s) + abs(-i)      # functions of the builtins
        d[i % 7] = d.get(i % 7, 0) + 1
        s.lower()
    return len(l), sorted(d.items()), t, s.lower(), s.upper()


print(calls(N))

# Bound built-in methods (self in the builtin, not on the stack).
l = []
app = l.append
for i in range(N):
    app(i)
print(len(l), l[-1])
get = {1: 2}.get
print(get(1), get(3), get(3, 4))

# Instances of subclasses: the method of the base runs on them.
ml = MyList()
for i in range(N):
    ml.append(i)
print(type(ml).__name__, len(ml), list.__len__(ml))
ms = MyStr("XyZ")
print(ms.lower(), ms.upper(), str.lower(ms))

# Unbound methods called with self as an argument, of the right type and not.
print(list.append(l, 1), l[-1], str.upper("ab"), dict.get({1: 2}, 1))


def bad_self():
    return str.lower(1)


def bad_self_list():
    return list.append(1, 2)


def bad_self_dict():
    return dict.get([], 2)


def no_self():
    return str.lower()


def bad_count():
    return len()


def too_many():
    return l.append(1, 2)


def too_many_fn():
    return abs(1, 2)


for f in (bad_self, bad_self_list, bad_self_dict, no_self, bad_count, too_many, too_many_fn):
    for _ in range(3):   # the same site warm, after quickening
        report(f)

# Static and class methods of built-in types.
print(dict.fromkeys("ab", 0), str.maketrans("a", "b") == {97: 98}, int.from_bytes(b"\x01\x00", "big"))
print(sorted(dict.fromkeys(range(3))))

# Keywords take the general path.
print(sorted([3, 1, 2], reverse=True), int("10", base=2), "a,b".split(sep=","))
report(lambda: len(obj=1))

# Module functions.
print(sys.getrecursionlimit() > 0, max(1, 2, 3), min([4, 5]), isinstance(1, int))


# A built-in that calls back into Python, deeply: RecursionError, not a crash.
def deep(n):
    return max([n], key=lambda x: deep(x + 1))


try:
    deep(0)
except RecursionError:
    print("RecursionError")


def deep_next(it):
    return next(map(deep_next, [it]))


try:
    deep_next(0)
except RecursionError:
    print("RecursionError")


# Calls of built-in types (their maker runs straight from the loop), and of
# classes and metaclasses, which do not take that path.
class Meta(type):
    def __call__(cls, *args):
        return ("meta", args)


class WithMeta(metaclass=Meta):
    pass


class Sub(int):
    pass


def make(i):
    return (str(i), int(str(i)), float(i), list(range(i % 3)), tuple("ab"), type(i).__name__,
            bool(i), Sub(i) + 1, WithMeta(i), dict(a=i)["a"], object().__class__.__name__)


for i in range(N):
    r = make(i)
print(r)
report(lambda: int("x"))
report(lambda: type(len)())
report(lambda: type(1, 2))
report(lambda: str(1, 2, 3, 4))


# Python functions with free variables (closures, super()'s __class__) take
# the exact-arity call too: their cells follow the locals.
def make_adder(k):
    def add(x):
        return x + k
    return add


class Base:
    def f(self, x):
        return x * 2


class Derived(Base):
    def f(self, x):
        return super().f(x) + 1


add3, d = make_adder(3), Derived()
print(sum(add3(i) for i in range(N)), sum(d.f(i) for i in range(N)), [make_adder(i)(i) for i in range(4)])
