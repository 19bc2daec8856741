# fuzz seed: math and cmath on edge values
import math, cmath
for x in (0.0, -0.0, 1e-320, 1e308, float('inf'), float('nan'), -1.5, 2, 10**30):
    for f in (math.sqrt, math.log, math.exp, math.atan, math.floor, math.frexp, math.isfinite, math.gamma, math.erf, math.trunc):
        try: print(f.__name__, f(x))
        except (ValueError, OverflowError) as e: print(f.__name__, type(e).__name__, e)
    for f in (cmath.sqrt, cmath.log, cmath.exp, cmath.phase, cmath.polar, cmath.acosh):
        try: print(f(complex(x, -x)))
        except (ValueError, OverflowError) as e: print(type(e).__name__, e)
print(math.gcd(12, -18, 0), math.lcm(4, 6), math.comb(50, 25), math.perm(20, 5), math.isqrt(10**40 + 1), math.factorial(30))
print(math.fsum([0.1] * 10), math.prod(range(1, 20)), math.copysign(1, -0.0), math.ldexp(1.5, -1074), math.isclose(1, 1 + 1e-10), math.dist((0, 0), (3, 4)))
