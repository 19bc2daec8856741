# star-unpacking and argument spreading use the iteration protocol
class It:
    def __init__(self, *v): self.v = v
    def __iter__(self): return iter(self.v)
class Gi:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
def f(*a, **k): return a, sorted(k.items())
print(f(*It(1, 2)), f(*Gi()), f(0, *It(1), *Gi(), 9))
print([*It('a', 'b'), *Gi()], (*It(1),), {*It(1, 1, 2)} == {1, 2})
a, *b = It(1, 2, 3)
print(a, b)
*c, d = Gi()
print(c, d)
x, (y, z) = 1, It(2, 3)
print(x, y, z)
for p, q in It((1, 2), (3, 4)):
    print(p, q)
print(dict(It(('k', 'v'))), list(map(lambda t: t * 2, It(1, 2))))
print(print(*It('printed', 'args')))
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    [*None]
except TypeError as e:
    print(e)
try:
    a, b = It(1)
except ValueError as e:
    print(e)
try:
    a, b = It(1, 2, 3)
except ValueError as e:
    print(e)
try:
    a, *b, c = It(1)
except ValueError as e:
    print(e)
class Bad:
    def __iter__(self): return 1
try:
    f(*Bad())
except TypeError as e:
    print(e)
try:
    a, b = Bad()
except TypeError as e:
    print(e)
