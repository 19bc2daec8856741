# BINARY_OP rewrites itself into int and float forms for + - *: every site here runs often, then meets other operands (big ints, boxed floats, bools, subclasses, str, errors), and must give CPython's results
class MyInt(int):
    def __add__(self, other):
        return "MyInt.add"

    def __sub__(self, other):
        return "MyInt.sub"


class MyFloat(float):
    def __mul__(self, other):
        return "MyFloat.mul"

    def __radd__(self, other):
        return "MyFloat.radd"


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def iadd(a, b):
    a += b
    return a


def isub(a, b):
    a -= b
    return a


def imul(a, b):
    a *= b
    return a


def warm(fn, pairs):
    out = None
    for _ in range(100):
        for a, b in pairs:
            out = fn(a, b)
    return out


big = 2 ** 62
others = [
    (big, big), (-big, big), (big, -big), (2 ** 100, 1), (1, 2 ** 100),
    (True, 1), (1, True), (False, False), (1, 2.5), (2.5, 1),
    (1e300, 1e300), (-1e300, 1e300), (1e-300, 1e-300), (5e-324, 5e-324), (0.0, -0.0), (-0.0, -0.0),
    (float("inf"), 1.0), (1.0, float("inf")), (float("nan"), 1.0),
    (MyInt(3), 4), (4, MyInt(3)), (MyFloat(1.5), 2.0), (2.0, MyFloat(1.5)),
    (3, 4j), (1.5, 2j), ("ab", "cd"), ([1], [2]), ("ab", 3),
]
for fn in (add, sub, mul, iadd, isub, imul):
    for warm_pairs in ([(1, 2), (3, -7)], [(1.5, 2.25), (-0.5, 3.0)]):
        print(fn.__name__, warm(fn, warm_pairs))
        for a, b in others:
            try:
                r = fn(a, b)
            except TypeError as e:
                r = "TypeError: " + str(e)
            print(" ", repr(a)[:12], repr(b)[:12], repr(r))
        print(" again", warm(fn, warm_pairs))

# A loop whose sum leaves the small ints and whose float overflows to inf.
s = 1
f = 1.5
for i in range(80):
    s = s + s
    f = f * 1e10
print(s, f)
s = -1
for i in range(70):
    s = s - (s * -1) - 0
print(s)
# Floats around the edges of the word's range, each summed in one site.
vals = [2.0 ** e for e in (-300, -256, -255, -254, 0, 254, 255, 256, 300)]
for v in vals:
    print(v + v, v - v, v * v, v * 0.5, -v - v)
