# params: 'takes N positional arguments but M were given' in all its forms (defaults, kw-only, methods)
def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print('TypeError', e)
def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f12(a, b=1): pass
def f13(a, b=1, c=2): pass
def f03(a=1, b=2, c=3): pass
def fk(a, *, k): pass
def fk2(a, b=0, *, k=1): pass
attempt(lambda: f0(1))
attempt(lambda: f0(1, 2))
attempt(lambda: f1(1, 2))
attempt(lambda: f2(1, 2, 3))
attempt(lambda: f12(1, 2, 3))
attempt(lambda: f13(1, 2, 3, 4, 5))
attempt(lambda: f03(1, 2, 3, 4))
attempt(lambda: fk(1, 2))
attempt(lambda: fk(1, 2, k=3))
attempt(lambda: fk2(1, 2, 3))
attempt(lambda: fk2(1, 2, 3, k=4))
attempt(lambda: f0(1, k=2))
attempt(lambda: f1(1, 2, a=3))
class C:
    def m0(self): pass
    def m1(self, a): pass
    def md(self, a, b=2): pass
    @staticmethod
    def s1(a): pass
    @classmethod
    def c1(cls, a): pass
    def __init__(self, x=0): pass
attempt(lambda: C().m0(1))
attempt(lambda: C().m1(1, 2))
attempt(lambda: C().md(1, 2, 3))
attempt(lambda: C.m0(C(), 1))
attempt(lambda: C.s1(1, 2))
attempt(lambda: C.c1(1, 2))
attempt(lambda: C(1, 2))
attempt(lambda: C().m0(1, 2, 3))
lam = lambda: 0
attempt(lambda: lam(1))
lam2 = lambda a, b=1: 0
attempt(lambda: lam2(1, 2, 3))
def outer():
    def inner(a): pass
    return inner
attempt(lambda: outer()(1, 2))
