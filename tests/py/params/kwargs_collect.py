# params: **kwargs collects unknown keywords in call order; positional-only names may reappear there
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, z=6, y=7))
print(f(c=3, a=1, x=0))
print(f(1, **{'c': 3, 'b': 'B', 'zz': 9}))
def po(a, b, /, **kw):
    return a, b, kw
print(po(1, 2, a=3, b=4))
print(po(1, 2, **{'a': 'x'}))
def only_kw(**kw):
    return kw
print(only_kw(), only_kw(x=1), only_kw(**{'y': 2}, z=3))
d = {'k': 1}
r = only_kw(**d)
r['k'] = 99
print(d, r)
print(list(only_kw(b=1, a=2, c=3)))
def kw_types(**kw):
    return type(kw).__name__, sorted(kw.items())
print(kw_types(one=1, two=2))
def star_both(*a, **k):
    return a, k
print(star_both(), star_both(1, x=2), star_both(*'ab', **dict(c=3)))
class C:
    def m(self, **kw):
        return kw
print(C().m(self_like=1, other=2))
try:
    C().m(self=1)
except TypeError as e:
    print('TypeError', e)
def named_self(self, **kw):
    return self, kw
print(named_self(0, x=1))
