# params: keyword-only parameters after * and *args: required, defaulted, and their errors
def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print('TypeError', e)
def f(a, *, k, m=2):
    return a, k, m
attempt(lambda: f(1, k=3))
attempt(lambda: f(1, m=5, k=6))
attempt(lambda: f(1))
attempt(lambda: f(1, 2))
attempt(lambda: f(1, 2, k=3))
attempt(lambda: f(k=1))
def g(*args, k1, k2, k3=0):
    return args, k1, k2, k3
attempt(lambda: g(1, 2, k1=1, k2=2))
attempt(lambda: g())
attempt(lambda: g(k1=1))
attempt(lambda: g(k2=1))
attempt(lambda: g(1, 2, 3))
def h(*, a, b, c):
    return a, b, c
attempt(lambda: h())
attempt(lambda: h(b=1))
attempt(lambda: h(1, 2, 3))
attempt(lambda: h(a=1, b=2, c=3, d=4))
def defaults_only(*, x=1, y=2):
    return x, y
attempt(lambda: defaults_only())
attempt(lambda: defaults_only(y=9))
attempt(lambda: defaults_only(5))
# kwdefaults can be replaced
f.__kwdefaults__ = {'m': 'new', 'k': 'K'}
attempt(lambda: f(1))
f.__kwdefaults__ = None
attempt(lambda: f(1, k=0))
print(h.__kwdefaults__, defaults_only.__kwdefaults__)
class C:
    def m(self, *, flag):
        return flag
attempt(lambda: C().m(flag=True))
attempt(lambda: C().m())
attempt(lambda: C().m(True))
# a keyword-only parameter with a name also in **kw
def both(*, a, **kw):
    return a, kw
attempt(lambda: both(a=1, b=2))
attempt(lambda: both(b=2))
