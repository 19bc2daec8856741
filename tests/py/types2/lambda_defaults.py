# types2: lambda with defaults, keyword-only, *args/**kw, nested lambdas and closures
f = lambda x, y=2, *a, z=3, **k: (x, y, a, z, sorted(k))
print(f(1), f(1, 5, 6, 7, z=0, q=1))
g = lambda *, k=1: k
print(g(), g(k=5))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry('a')('b')('c'))
print((lambda: 'no args')(), (lambda *a: a)(1, 2), (lambda **k: k)(a=1))
h = lambda x=[]: x.append(1) or len(x)
print(h(), h(), h([]))
print(sorted([('b', 2), ('a', 3)], key=lambda t: t[1]), list(map(lambda x, y: x * y, [1, 2], [3, 4])))
print(f.__name__, (lambda: 0).__name__)
n = 5
cl = lambda: n
n = 6
print(cl())
print((lambda x: (lambda y: x + y))(10)(5))
lam = lambda: 0
print(lam is not None)
