# params: lambdas with every parameter kind, their defaults, errors and introspection
def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print('TypeError', e)
full = lambda a, b=2, /, c=3, *args, d, e=5, **kw: (a, b, c, args, d, e, kw)
attempt(lambda: full(1, d=4))
attempt(lambda: full(1, 2, 3, 4, 5, d=6, f=7))
attempt(lambda: full(1))
attempt(lambda: full(a=1, d=2))
attempt(lambda: full())
print(full.__defaults__, full.__kwdefaults__, full.__name__)
print(full.__code__.co_argcount, full.__code__.co_posonlyargcount, full.__code__.co_kwonlyargcount)
nodefs = lambda: 'none'
print(nodefs(), nodefs.__defaults__, nodefs.__kwdefaults__)
attempt(lambda: nodefs(1))
kwonly = lambda *, k: k
attempt(lambda: kwonly(k='K'))
attempt(lambda: kwonly())
attempt(lambda: kwonly(1))
star = lambda *a: a
print(star(), star(1, 2))
attempt(lambda: star(x=1))
nested = lambda x: lambda y: lambda z: x + y + z
print(nested(1)(2)(3))
adders = [lambda v, n=n: v + n for n in range(3)]
print([f(10) for f in adders])
print((lambda *a, **k: (a, k))(1, *[2, 3], x=4, **{'y': 5}))
print((lambda a, b: a - b)(b=1, a=10))
