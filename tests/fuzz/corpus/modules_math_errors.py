# math: argument errors, domain and range errors, special values and int-size limits, with CPython's messages
import math
calls = [
    'math.log(1,2,3)', 'math.log()', 'math.atan2(1,2,3)', 'math.atan2(1)', 'math.atan2(1,x=2)',
    'math.sqrt(x=1)', 'math.sqrt()', 'math.sqrt(1, 2)', 'math.gcd(a=1)', 'math.hypot(x=1)',
    'math.perm(1,2,3)', 'math.perm()', 'math.isclose(1,2,3)', 'math.isclose(1,2,foo=3)',
    'math.isclose(1)', 'math.isclose(1, a=1)', 'math.isclose(1, 2, a=1)', 'math.isclose(b=1, a=2)', 'math.prod([1],2)', 'math.prod([1],foo=2)', 'math.prod()',
    'math.gcd(1.5)', 'math.ldexp(1.0,1.5)', 'math.sqrt("x")', 'math.fsum([1,"a"])', 'math.fsum(3)',
    'math.floor("a")', 'math.trunc("a")', 'math.ceil(None)', 'math.isclose(1,2,rel_tol=-1)',
    'math.isclose(1,2,abs_tol=-1)', 'math.factorial(-1)', 'math.factorial(2**70)',
    'math.comb(-1,2)', 'math.comb(2,-1)', 'math.perm(-1,2)', 'math.perm(2,-1)',
    'math.comb(2**70,2**69)', 'math.perm(2**70,2**69)', 'math.isqrt(-1)', 'math.dist([1],[1,2])',
    'math.dist(1,2)', 'math.dist([1,"a"],[1,2])', 'math.hypot("a")', 'math.lcm(1.0)',
    'math.factorial(1.0)', 'math.comb(1.0,2)', 'math.log(0)', 'math.log(-5)', 'math.log(0.0)',
    'math.log(-math.inf)', 'math.log(10,1)', 'math.log(10,0)', 'math.log(-2**2000)',
    'math.log1p(2**2000)', 'math.ldexp(1.0, 2**70)', 'math.ldexp(1.0,-2**70)', 'math.ldexp(1.0,5000)',
    'math.exp(2**2000)', 'math.sqrt(2**2000)', 'math.nextafter(1,2,3)', 'math.dist((1,),(1,),(2,))',
    'math.floor(math.inf)', 'math.floor(math.nan)', 'math.ceil(-math.inf)', 'math.trunc(math.nan)',
    'math.remainder(1,0)', 'math.remainder(math.inf,1)', 'math.fmod(1,0)', 'math.fmod(math.inf,1)',
    'math.pow(0,-1)', 'math.pow(-1,0.5)', 'math.pow(10,400)', 'math.pow(-10,401)',
    'math.isqrt(1.0)', 'math.sqrt(-1)', 'math.sqrt(-0.0)', 'math.acos(2)', 'math.asin(-2)',
    'math.acosh(0.5)', 'math.atanh(1)', 'math.atanh(-1)', 'math.log1p(-1)', 'math.log1p(-2)',
    'math.exp(1000)', 'math.exp2(2000)', 'math.expm1(1000)', 'math.cosh(1000)', 'math.sinh(-1000)',
    'math.sin(math.inf)', 'math.cos(-math.inf)', 'math.tan(math.inf)', 'math.gamma(0)',
    'math.gamma(-1)', 'math.gamma(-0.0)', 'math.gamma(200)', 'math.gamma(-math.inf)',
    'math.gamma(math.inf)', 'math.gamma(-1e-320)', 'math.gamma(171.7)', 'math.lgamma(0)',
    'math.lgamma(-3)', 'math.lgamma(1e308)', 'math.lgamma(-math.inf)', 'math.lgamma(math.inf)',
    'math.log2(0)', 'math.log10(-1)', 'math.log2(math.inf)', 'math.log10(math.nan)',
    'math.frexp("a")', 'math.ldexp("a", 1)', 'math.ldexp(1, None)', 'math.copysign(1, "a")',
    'math.gcd(2, "x")', 'math.lcm(2, 0, "x")', 'math.isfinite("a")', 'math.ulp("a")',
    'math.cosh(math.inf)', 'math.exp(-math.inf)', 'math.exp(math.nan)', 'math.sqrt(math.inf)',
]
for call in calls:
    try:
        print(call, '->', repr(eval(call)))
    except Exception as e:
        print(call, '->', type(e).__name__, e)
