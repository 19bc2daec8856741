# cmath: values of every function (rounded to 12 digits: the last bits may differ from CPython's), branch cuts, constants, polar/rect/phase, isclose, errors
import cmath, math
def r(z):
    z = complex(z)
    return complex(round(z.real, 12), round(z.imag, 12))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
vals = [0.5 + 0.5j, -0.5 + 2j, 3 - 4j, -1.5 - 0.25j, 2, -2, 0.5j, 0.25]
for name in ['sqrt', 'exp', 'log', 'log10', 'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh']:
    f = getattr(cmath, name)
    print(name, [r(f(z)) for z in vals])
# branch cuts: the sign of a zero imaginary part picks the side
for name in ['sqrt', 'log', 'acos', 'asin', 'atanh', 'acosh']:
    f = getattr(cmath, name)
    print(name, r(f(complex(-4, 0.0))), r(f(complex(-4, -0.0))), r(f(complex(4, 0.0))), r(f(complex(4, -0.0))))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(0), cmath.log(1), cmath.log(math.e), cmath.log(8, 2), cmath.log10(100))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.phase(0), cmath.phase(-0.0), cmath.phase(3))
print(cmath.polar(1j), cmath.polar(-2), cmath.polar(3 + 4j), cmath.polar(complex(1e308, 1e308)))
print(cmath.rect(2, 0), cmath.rect(1, math.pi / 2).real < 1e-15, r(cmath.rect(2, math.pi / 4)), cmath.rect(-1, 0.0), cmath.rect(0, 1))
print(cmath.rect(math.inf, 0), cmath.rect(math.inf, 1), cmath.rect(-math.inf, 2), cmath.rect(0, math.inf), cmath.rect(math.nan, 0))
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(math.inf, 0)), cmath.isinf(complex(0, -math.inf)),
      cmath.isnan(complex(math.nan, 1)), cmath.isnan(1j), cmath.isinf(5))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(math.inf, 1), complex(math.inf, 1)), cmath.isclose(a=1, b=1))
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 0.25
class Bad:
    def __complex__(self):
        return 5
print(cmath.sqrt(C()), r(cmath.exp(F())), cmath.sqrt(True), cmath.phase(C()))
calls = ['cmath.sqrt()', 'cmath.sqrt(1,2)', 'cmath.sqrt(z=1)', 'cmath.log()', 'cmath.log(1,2,3)', 'cmath.log(1,1)',
         'cmath.log(0)', 'cmath.log(2,0)', 'cmath.log(0,2)', 'cmath.rect(1)', 'cmath.rect(1,2,3)', 'cmath.polar()',
         'cmath.phase("a")', 'cmath.sqrt("a")', 'cmath.isclose(1)', 'cmath.isclose(1,2,rel_tol=-1)',
         'cmath.exp(1000)', 'cmath.exp(complex(1000,1))', 'cmath.cosh(1000)', 'cmath.sin(complex(1,1000))',
         'cmath.atanh(1)', 'cmath.atanh(-1)', 'cmath.atan(1j)', 'cmath.atan(-1j)', 'cmath.log10(0)', 'cmath.sqrt(None)',
         'cmath.exp(710)', 'cmath.log(1j, 0j)', 'cmath.sinh(complex(1000, 0))', 'cmath.cos(complex(0, 1000))',
         'cmath.rect(1, math.inf)', 'cmath.rect(math.inf, math.inf)', 'cmath.polar(complex(math.inf, math.nan))',
         'cmath.sqrt(Bad())', 'cmath.exp(complex(-1000, 1))', 'cmath.tan(complex(1, 1000))', 'r(cmath.acos(1e308))']
for c in calls:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
