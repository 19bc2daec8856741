# basics: lambda expressions with defaults, *args, closures and as keys
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
va = lambda *a: len(a)
print(va(), va(1, 2, 3))
kw = lambda **k: sorted(k)
print(kw(b=1, a=2))
const = lambda: "const"
print(const())
print((lambda x, y: x - y)(10, 3))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
make = lambda n: lambda x: x + n
print(make(3)(4))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print(cond(1), cond(0), cond(-1))
fns = {"double": lambda x: x * 2, "neg": lambda x: -x}
print(fns["double"](21), fns["neg"](5))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
nested = lambda x: (lambda y: x * y)
print(nested(6)(7))
print(type(sq).__name__)
kwonly = lambda a, *, b: a + b
print(kwonly(1, b=2))
print((lambda a, b: [b, a])(1, 2))
