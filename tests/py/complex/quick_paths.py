# complex fast paths: every operator with complex/float/int/bool operands on both sides, in place too, signed zeros, inf/nan, errors, subclasses, abs().
import math

inf, nan = float("inf"), float("nan")


def show(x):
    # repr keeps the signs of zeros; NaN prints the same in both interpreters
    return repr(x)


def tryop(f):
    try:
        return show(f())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


complexes = [0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), 1 + 2j,
             -3.5 + 0.25j, 2j, complex(1.5, 0.0), complex(inf, 1.0), complex(1.0, -inf),
             complex(nan, 0.0), complex(0.0, nan), complex(1e308, 1e308), complex(1e-320, -5e-324)]
reals = [0, 1, -7, 3, 2 ** 40 + 1, 2 ** 61 - 1, -(2 ** 62), True, False, 0.0, -0.0, 2.5, -1e-300,
         1e300, inf, -inf, nan, 2 ** 70]

binops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b), ("**", lambda a, b: a ** b), ("%", lambda a, b: a % b),
    ("//", lambda a, b: a // b), ("&", lambda a, b: a & b), ("<<", lambda a, b: a << b),
    ("@", lambda a, b: a @ b),
]


def inplace(sym, a, b):
    if sym == "+": a += b
    elif sym == "-": a -= b
    elif sym == "*": a *= b
    elif sym == "/": a /= b
    elif sym == "**": a **= b
    elif sym == "%": a %= b
    elif sym == "//": a //= b
    elif sym == "&": a &= b
    elif sym == "<<": a <<= b
    else: a @= b
    return a


for sym, f in binops:
    print("op", sym)
    for a in complexes:
        for b in complexes + reals:
            if sym == "**" and not isinstance(b, complex) and abs(b) > 4:
                continue   # keeps the output short: big real exponents only overflow
            print(" ", show(a), sym, show(b), tryop(lambda: f(a, b)), tryop(lambda: f(b, a)),
                  tryop(lambda: inplace(sym, a, b)))

# small exponents take the repeated-squaring path, others the polar one
for a in [1 + 1j, -2 + 0.5j, 0j, complex(0.0, -0.0)]:
    for b in [0, 1, 2, 3, -1, -2, 0.5, 2.0, -3.0, 1j, 0j, 101, 2 + 0j]:
        print("pow", show(a), show(b), tryop(lambda: a ** b))

# division by zero messages, whatever the zero's type
for z in [0, 0.0, -0.0, 0j, False]:
    print(tryop(lambda: (1 + 1j) / z), tryop(lambda: 0j ** -1), tryop(lambda: 5 / (0j + z)))

# in-place on a name bound elsewhere: a new object, the old one unchanged
w = 1 + 1j
u = w
w *= 2j
w += 1
print(w, u, w is u)
lst = [1j, 2j]
lst[0] /= 4
lst[1] -= 1.5
print(lst)


# a subclass's overrides are honoured on both sides
class C(complex):
    def __add__(self, other):
        return "C.add"

    def __radd__(self, other):
        return "C.radd"

    def __mul__(self, other):
        return "C.mul"

    def __rmul__(self, other):
        return "C.rmul"

    def __abs__(self):
        return "C.abs"


class D(complex):
    pass


c = C(1, 2)
print(c + 1j, 1j + c, c + 1, 2.5 + c, c * c, 3 * c, 1j * c, abs(c))
d = D(1, 2)
print(show(d + 1j), show(1j + d), show(d * 2), show(d - d), type(d + d).__name__, show(abs(d)))
print(show(-d), show(+d), type(+d).__name__)


class R:
    def __radd__(self, other):
        return ("R.radd", other)

    def __rmul__(self, other):
        return ("R.rmul", other)


print(1j + R(), 2j * R())


# an int subclass and a float subclass as the other operand
class I(int):
    def __radd__(self, other):
        return "I.radd"


class F(float):
    def __rsub__(self, other):
        return "F.rsub"


print(1j + I(3), 1j - F(2.0), show(1j * I(3)), show(1j + F(2.0)))

# abs() of complex: overflow, inf beside nan, values
for z in complexes + [complex(3, 4), complex(-5, 12), complex(nan, inf), complex(-inf, nan)]:
    print("abs", show(z), tryop(lambda: abs(z)))
print(tryop(lambda: abs(complex(1e308, 1e308))))

# mixed with other operand types: the generic path's errors
for other in ["s", [1], None, (1,), {1}, b"x"]:
    print(tryop(lambda: 1j + other), tryop(lambda: other + 1j), tryop(lambda: 1j * other),
          tryop(lambda: other * 1j))

# a loop long enough to run quickened code
z, acc = 0j, 0
c0 = complex(-0.5, 0.5)
for i in range(200):
    z = z * z + c0
    acc += abs(z) <= 2.0
print(show(z), acc)
print(math.isclose(abs((3 + 4j) * (1 - 2j) / (2 + 1j)), 5.0))
