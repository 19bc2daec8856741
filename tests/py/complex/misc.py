# complex with the rest of the language: %-formatting, sum, isinstance, subclasses, round trips, misuse errors
print('%s %r' % (1j, 1 + 2j), '%.2f' % (1.5 + 0j).real, '%5s|%-8s|' % (1j, 2j))
for fmt in ['%f', '%d', '%x', '%e', '%c', '%i', '%g']:
    try:
        print(fmt % 1j)
    except TypeError as e:
        print(fmt, type(e).__name__, e)
print(sum([1j, 2j, 3]), sum([1j], 1.5), sum([0.5, 1j, True]), isinstance(1j, (int, float, complex)))
print(type(1j).__name__, complex.__name__, complex.__qualname__, (1j).__class__, type(1j) is complex)
print(int.__pow__(-8, 0.5), float.__pow__(-8.0, 0.5), float.__rpow__(0.5, -8.0), (2).__pow__(1j), (2).__rpow__(1j))
print((2.0).__add__(1j), (2.0).__radd__(1j), (2).__truediv__(1j), (1).__eq__(1j), (1.0).__eq__(1 + 0j))
print(max([abs(1j), 0.5]), str(1j), ascii(1j), [1j] * 2, (1j,) * 2, complex.__dict__['conjugate'](1 + 2j))
print(bool(complex(0, -0.0)), bool(complex(-0.0, 0)), bool(1e-300j), bool(complex(float('nan'), 0)))
print(list(map(complex, ['1', '2j', ' (3-4j) '])), [z.imag for z in (1j, 2 + 3j)])
for v in [1.5 - 0.5j, complex(-0.0, -0.0), complex(1e300, -1e-300), complex(0.1, 1 / 3), 1e16j, 5e-324j]:
    print(repr(v), eval(repr(v)) == v, complex(repr(v)) == v, complex(str(v)) == v)
z = 1j
for expr in ["divmod(1j, 1j)", "range(1j)", "len(1j)", "iter(1j)", "z(1)", "z[0]", "[1, 2][int(1)] + 1j",
             "complex.__new__(int, 1)", "complex.__new__(1)", "{}.fromkeys([1j])[1j]", "'abc'[1j:]"]:
    try:
        print(expr, eval(expr))
    except (TypeError, KeyError) as e:
        print(expr, type(e).__name__, e)

class Vec(complex):
    def __add__(self, other):
        return 'Vec.__add__'
    def __radd__(self, other):
        return 'Vec.__radd__'
    def __abs__(self):
        return 'Vec.__abs__'
    def __eq__(self, other):
        return 'Vec.__eq__'
    __hash__ = complex.__hash__

v = Vec(1, 1)
print(v + 1, 1 + v, 1j + v, v + v, abs(v), v == 1, 1 == v, 1j == v, v * 2, 2 * v, hash(v) == hash(1 + 1j))

class Init(complex):
    def __init__(self, *args):
        self.args = args

class New(complex):
    def __new__(cls, x):
        return super().__new__(cls, x, x)

i = Init(1, 2)
print(i, i.args, New(3), type(New(3)).__name__, New(3).imag, Init('5j'), Init('5j').args)
i.extra = 7
print(i.extra, i.real, -i, type(-i).__name__, i.conjugate(), type(i.conjugate()).__name__)

# a complex survives being a dict key, a set member and a default argument
def f(z=2 - 2j, *, w=1j):
    return z * w
print(f(), f(1j), f(w=2), {1j: 'a', 2j: 'b'}[2j], sorted({3j, 1j, 2j}, key=abs))

# class patterns read real and imag; complex takes no positional sub-pattern
for subject in [1j, 2 + 1j, 3.0, complex(0, -1)]:
    match subject:
        case complex(real=0.0, imag=i):
            print('imaginary', i)
        case complex(imag=1.0) as z:
            print('imag one', z)
        case complex():
            print('other complex', subject)
        case _:
            print('not complex', subject)
try:
    match 1j:
        case complex(x):
            print(x)
except TypeError as e:
    print(type(e).__name__, e)
