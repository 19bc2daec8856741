# params: 'missing N required positional/keyword-only argument(s)' listings, and unexpected keywords
def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print('TypeError', e)
def f1(a): pass
def f2(a, b): pass
def f3(a, b, c): pass
def f4(a, b, c, d): pass
def fd(a, b, c=1): pass
def fk1(*, k): pass
def fk2(*, k, j): pass
def fk3(*, k, j, i): pass
def mixed(a, b, *, k, j): pass
attempt(lambda: f1())
attempt(lambda: f2())
attempt(lambda: f3())
attempt(lambda: f4())
attempt(lambda: f4(1))
attempt(lambda: f4(1, d=4))
attempt(lambda: f3(b=1))
attempt(lambda: fd())
attempt(lambda: fd(c=5))
attempt(lambda: fk1())
attempt(lambda: fk2())
attempt(lambda: fk3())
attempt(lambda: fk3(j=1))
attempt(lambda: mixed())
attempt(lambda: mixed(1, 2))
attempt(lambda: mixed(1, 2, k=1))
# unexpected keywords: the first unknown one is named
attempt(lambda: f1(1, z=2))
attempt(lambda: f1(z=2, y=3))
attempt(lambda: f1(a=1, z=2))
attempt(lambda: fk1(k=1, q=2))
attempt(lambda: f1(**{'a': 1, 'zz': 2}))
# multiple values for a parameter
attempt(lambda: f2(1, a=2))
attempt(lambda: f2(1, 2, b=3))
attempt(lambda: fd(1, 2, 3, c=4))
class C:
    def m(self, a, b): pass
    def k(self, *, opt): pass
attempt(lambda: C().m())
attempt(lambda: C().m(1))
attempt(lambda: C().m(1, a=2))
attempt(lambda: C().m(1, 2, c=3))
attempt(lambda: C().k())
attempt(lambda: C.m())
attempt(lambda: C().m(self=1))
