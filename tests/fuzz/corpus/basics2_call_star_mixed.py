# basics2: calls mixing *a, positional, *b, **k and keywords: f(*a, x, *b, **k, y=1)
def f(*args, **kw):
    return args, sorted(kw.items())
a = [1, 2]
b = (3,)
k = {'z': 9}
x = 'x'
print(f(*a, x, *b, **k, y=1))
print(f(0, *a, *b, 5, *'ab'))
print(f(*range(3), **{'p': 1}, q=2, **{'r': 3}))
print(f(*[], **{}))
def g(a, b, c=3, *rest, d, **kw):
    return a, b, c, rest, d, kw
print(g(*[1, 2], d=4))
print(g(1, *[2, 3, 4, 5], d=6, e=7))
print(g(*(1,), 2, **{'d': 0}))
it = iter([10, 20])
print(f(*it, *it))
def gen_order():
    order = []
    def t(v):
        order.append(v)
        return v
    f(t(1), *[t(2)], t(3), k=t(4), **{'m': t(5)})
    return order
print(gen_order())
