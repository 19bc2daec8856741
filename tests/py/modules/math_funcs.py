# math: float functions and constants (trig, hyperbolic, logs, powers, decomposition, rounding to int, isclose, ulp)
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
xs = [0.0, -0.0, 0.5, -0.5, 1.0, 2.0, 10.0, 0.1, 1e-300, 123.456, -7.25]
EXACT = {'fabs', 'sqrt', 'degrees', 'radians'}
for name in ['sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'exp', 'expm1', 'exp2',
             'cbrt', 'fabs', 'erf', 'erfc', 'degrees', 'radians', 'sqrt', 'log', 'log2', 'log10',
             'log1p', 'acos', 'asin', 'acosh', 'atanh']:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            # libm's last digit differs between platforms (i386's x87 code, for
            # one) in all but the correctly rounded functions: 15 digits of the others
            out.append(repr(f(x)) if name in EXACT else '%.15g' % f(x))
        except ValueError:
            out.append('VE')
    print(name, ' '.join(out))
# specials
for name in ['sin', 'exp', 'expm1', 'atan', 'tanh', 'sqrt', 'log', 'erf', 'erfc', 'asinh', 'cbrt']:
    f = getattr(math, name)
    out = []
    for v in [math.inf, math.nan, -math.inf]:
        try:
            out.append(f(v))
        except ValueError as e:
            out.append('VE')
    print(name, out)
# ints, bools and objects with __float__ / __index__ are accepted
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 9
print(math.sqrt(16), math.sqrt(True), math.sqrt(F()), math.sqrt(I()), math.exp(0))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log(2**2000), math.log2(2**5000))
print(math.log10(10**400), math.log(10**400, 10), math.log(3**1000, 3**10), math.log(1 << 1023))
print(math.log2(1 << 1024), math.log(True), math.log(2.5, 1.5))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(4, 0.5), math.pow(0, 0))
print([math.pow(a, b) for a, b in [(math.nan, 0), (1, math.nan), (math.inf, -1), (-math.inf, 3),
      (-math.inf, 2), (-math.inf, -3), (0.5, math.inf), (2, math.inf), (2, -math.inf), (-1, math.inf)]])
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -0.0), math.atan2(math.inf, math.inf))
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(math.inf, -1), math.copysign(1, math.nan) > 0)
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5, math.inf), math.fmod(-0.0, 1))
print(math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2),
      math.remainder(3, math.inf))
print(math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(-math.inf), math.frexp(5))
print(math.ldexp(0.5, 4), math.ldexp(1, -1075), math.ldexp(-0.0, 100), math.ldexp(3, True),
      math.ldexp(math.inf, -5), math.ldexp(1.0, -2**70), math.ldexp(-1.0, -2**70))
print(math.modf(3.75), math.modf(-3.75), math.modf(-math.inf), math.modf(7))
m = math.modf(math.nan)
print(math.isnan(m[0]), math.isnan(m[1]))
for v in [3.7, -3.7, 3, -3, True, 2**80, 1e20, -0.5, 0.5]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
class Fl:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
    def __float__(self): return 1.5
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.floor(F()), math.ceil(F()))
class MyFloat(float):
    pass
print(math.floor(MyFloat(2.5)), math.ceil(MyFloat(-2.5)), math.trunc(MyFloat(-2.5)))
print(math.isfinite(1), math.isfinite(math.inf), math.isinf(-math.inf), math.isinf(1e308),
      math.isnan(math.nan), math.isnan(1))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2),
      math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-11), math.isclose(math.inf, math.inf),
      math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))
print(math.ulp(1.0), math.ulp(-1.0), math.ulp(0.0), math.ulp(1e308), math.ulp(math.inf),
      math.ulp(5e-324), math.ulp(2**52), math.ulp(1.7976931348623157e308))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, -1), math.nextafter(3, 3),
      math.nextafter(math.inf, 0))
print(math.gamma(5), round(math.gamma(0.5) ** 2, 12), math.gamma(1), round(math.gamma(-0.5), 12), math.gamma(math.inf))
print(math.lgamma(1), math.lgamma(2), round(math.lgamma(10), 12), math.lgamma(-math.inf))
print(round(math.gamma(4.5), 12), round(math.lgamma(100), 9), math.isnan(math.gamma(math.nan)))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 2), math.hypot(3, 4, 12),
      math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(1e308, 1e308),
      math.hypot(1e-320, 1e-320), math.hypot(0, 0), math.hypot(8, 15.0), math.hypot(1, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((), ()), math.dist([1], [5]),
      math.dist(iter([1.5, 2]), (0.5, 2)), math.dist((1e308, -1e308), (-1e308, 1e308)))
