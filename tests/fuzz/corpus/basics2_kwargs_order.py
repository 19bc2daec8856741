# basics2: **kwargs keeps keyword order, merging and duplicate-keyword errors
def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
print(f(**{'b': 1, 'a': 2}, c=3))
print(f(x=1, **{'y': 2}, **{'w': 3}))
def g(a, **kw):
    return a, kw
print(g(1, b=2), g(b=2, a=1), g(**{'a': 5, 'q': 6}))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError', e.args[0][-38:])
try:
    g(1, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
def h(*a, **k):
    k['new'] = 1
    return a, k
d = {'x': 1}
print(h(**d), d)
