# params: f(*a, *b, **c, **d) with positional, keyword and mixed parameters; order of evaluation
def f(*args, **kwargs):
    return args, kwargs
a, b = [1, 2], (3,)
c, d = {'x': 1}, {'y': 2}
print(f(*a, *b, **c, **d))
print(f(0, *a, 9, *b, 10, k=1, **c, m=2, **d, z=3))
print(f(*'ab', *range(2), *{'q': 0}))
print(f(**{}, **{}), f(*[], *()))
def g(p, q, r=3, *rest, s, t=6, **kw):
    return p, q, r, rest, s, t, kw
print(g(*[1, 2], s=5))
print(g(*[1], *[2, 3, 4], **{'s': 5, 'u': 7}))
print(g(1, *(), q=2, **{'s': 0}))
print(g(**{'p': 'P', 'q': 'Q', 's': 'S', 't': 'T', 'extra': 'E'}))
# a tuple passed by star is not copied into *args identity-wise, but values match
tup = (1, 2, 3)
print(f(*tup)[0] == tup)
# star with iterators and user iterables
class It:
    def __iter__(self): return iter('xyz')
print(f(*It(), *iter([4])))
# mapping protocol for **
class Map:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
print(f(**Map()))
# order of evaluation: callable, positional expressions left to right, then keywords
log = []
def L(name, v):
    log.append(name)
    return v
L('func', f)(L('p1', 1), *L('s1', [2]), L('p2', 3), k=L('k1', 4), **L('d1', {'j': 5}))
print(log)
# methods with star calls
class C:
    def m(self, *a, **k): return a, k
print(C().m(*[1, 2], **{'z': 0}))
print(C.m(*[C(), 1]))
# keyword order in **kwargs follows the call
def kw(**k): return list(k)
print(kw(b=1, **{'a': 2, 'c': 3}, d=4))
