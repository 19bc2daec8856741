# mappings with keys() and __getitem__ work with dict(), update, ** and {**m}
class M:
    def __init__(self, d): self.d = d
    def keys(self): return list(self.d)
    def __getitem__(self, k): return self.d[k] * 10
m = M({'a': 1, 'b': 2})
print(dict(m), {**m}, {**m, 'c': 3})
d = {}
d.update(m)
print(d)
def f(**kw): return sorted(kw.items())
print(f(**m))
print(dict(m, z=0))
# keys() may return any iterable
class Gen:
    def keys(self): return iter(['x'])
    def __getitem__(self, k): return k.upper()
print(dict(Gen()), {**Gen()})
# without keys() a value is taken as a sequence of pairs
class Pairs:
    def __iter__(self): return iter([('p', 1), ('q', 2)])
print(dict(Pairs()))
d2 = {}
d2.update(Pairs())
print(d2)
try:
    {**Pairs()}
except TypeError as e:
    print(e)
try:
    f(**Pairs())
except TypeError as e:
    print(e)
try:
    dict(5)
except TypeError as e:
    print(e)
# a KeyError from __getitem__ propagates
class Missing:
    def keys(self): return ['gone']
    def __getitem__(self, k): raise KeyError(k)
try:
    dict(Missing())
except KeyError as e:
    print('KeyError', e.args)
# non-string keys in ** are an error for calls but fine in displays
class IntKeys:
    def keys(self): return [1]
    def __getitem__(self, k): return 'one'
print({**IntKeys()})
try:
    f(**IntKeys())
except TypeError as e:
    print(e)
# dict subclasses are used directly
class DS(dict):
    def __getitem__(self, k): return 'never used by dict()'
print(dict(DS(a=1)), {**DS(b=2)})
