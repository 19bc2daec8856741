# unary -, +, ~ and abs() dispatch to __neg__, __pos__, __invert__, __abs__
class U:
    def __init__(self, n): self.n = n
    def __neg__(self): return U(-self.n)
    def __pos__(self): return ('pos', self.n)
    def __invert__(self): return ('invert', self.n)
    def __abs__(self): return ('abs', self.n)
    def __repr__(self): return 'U(%d)' % self.n
u = U(3)
print(-u, +u, ~u, abs(u))
print(-(-u), - - u)
class E:
    pass
for name, f in (('-', lambda x: -x), ('+', lambda x: +x), ('~', lambda x: ~x), ('abs', abs)):
    try:
        f(E())
    except TypeError as e:
        print(name, e)
for v in ('s', [1], None, {}, (1,)):
    try:
        -v
    except TypeError as e:
        print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
try:
    abs('x')
except TypeError as e:
    print(e)
print(-True, +True, ~True, abs(False), ~0, -0.0, +(-2.5), abs(-2.5), abs(-10**30))
# subclasses of int inherit the built-in unary operators, returning plain int
class MyInt(int):
    pass
m = MyInt(5)
print(-m, type(-m).__name__, +m, type(+m).__name__, ~m, abs(MyInt(-4)), type(abs(MyInt(-4))).__name__)
class Neg(int):
    def __neg__(self): return 'overridden'
print(-Neg(2), +Neg(2), ~Neg(2))
# dunders are looked up on the type
x = U(1)
x.__neg__ = lambda: 'instance'
print(-x)
# not calls __bool__, not a dunder of its own
class B:
    def __bool__(self): return False
print(not B(), not U(0))
