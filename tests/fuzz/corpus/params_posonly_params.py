# params: positional-only parameters: binding, defaults, errors, and reuse of names in **kwargs
def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print('TypeError', e)
def f(a, b, /, c, d=4, *, e=5):
    return a, b, c, d, e
attempt(lambda: f(1, 2, 3))
attempt(lambda: f(1, 2, c=3))
attempt(lambda: f(1, 2, 3, 4, e=6))
attempt(lambda: f(1, b=2, c=3))
attempt(lambda: f(a=1, b=2, c=3))
attempt(lambda: f(1, 2))
attempt(lambda: f(1))
attempt(lambda: f(1, 2, 3, 4, 5))
def g(a, /, **kw):
    return a, kw
attempt(lambda: g(1, a=2))
attempt(lambda: g(1, **{'a': 'kw'}))
def d(a=1, b=2, /):
    return a, b
attempt(lambda: d())
attempt(lambda: d(9))
attempt(lambda: d(b=3))
attempt(lambda: d(1, 2, 3))
def only(x, /):
    return x
attempt(lambda: only())
attempt(lambda: only(x=1))
attempt(lambda: only(1, 2))
def two(x, y, /):
    return x, y
attempt(lambda: two(x=1, y=2))
attempt(lambda: two(1, y=2))
def three(x, y, z, /, w):
    return x, y, z, w
attempt(lambda: three(x=1, y=2, z=3, w=4))
attempt(lambda: three(1, 2, 3, 4))
class C:
    def m(self, a, /, b):
        return a, b
    @classmethod
    def c(cls, a, /):
        return cls.__name__, a
attempt(lambda: C().m(1, b=2))
attempt(lambda: C().m(a=1, b=2))
attempt(lambda: C.c(1))
attempt(lambda: C.c(a=1))
lam = lambda a, /, b: (a, b)
attempt(lambda: lam(1, 2))
attempt(lambda: lam(a=1, b=2))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__defaults__, f.__kwdefaults__)
