# basics2: calls against positional-only, keyword-only, defaults and **kw signatures; function names and qualnames
def show(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
# calls corner cases
def f(a, b=2, /, c=3, *, d, **kw):
    return a, b, c, d, kw
show(lambda: f(1, d=4))
show(lambda: f(1, 2, 3, d=4, a=5, b=6))
show(lambda: f(a=1, d=4))
show(lambda: f(1, 2, 3, 4, d=5))
show(lambda: f())
def g(a, /):
    return a
show(lambda: g(a=1))
def h(*, a):
    return a
show(lambda: h(**{'a': 1}))
show(lambda: h(**{1: 1}))
show(lambda: f(1, **{'d': 1, 'c': 2}))
show(lambda: f(*(1, 2), c=3, d=4))
show(lambda: f(1, *(), d=0))
def many(a, b, c, d, e, f, g, h, i, j, k, l):
    return a + l
show(lambda: many(*range(12)))
show(lambda: many(*range(11)))
show(lambda: many(*range(13)))
def defaults_only(a=1, b=2):
    return a, b
show(lambda: defaults_only(b=5))
show(lambda: defaults_only(3, 4, 5))
show(lambda: defaults_only.__defaults__)
show(lambda: f.__kwdefaults__)
show(lambda: h.__kwdefaults__)
show(lambda: f.__code__.co_argcount)
show(lambda: f.__name__)
show(lambda: f.__qualname__)
def outer():
    def inner():
        pass
    return inner
show(lambda: outer().__qualname__)
show(lambda: (lambda: 0).__qualname__)
class K:
    def m(self): pass
show(lambda: K.m.__qualname__)
show(lambda: K().m.__name__)
def recursive_default(n, acc=None):
    acc = acc if acc is not None else []
    acc.append(n)
    return acc if n == 0 else recursive_default(n - 1, acc)
show(lambda: recursive_default(3))
def star_only(*args):
    return args
show(lambda: star_only())
show(lambda: star_only(*'ab', *[1], 2))
show(lambda: star_only(x=1))
def kw_only_star(**kw):
    return kw
show(lambda: kw_only_star(1))
def f_ann(a: int, b: 'str' = 'x') -> list:
    return [a, b]
show(lambda: f_ann(1))
