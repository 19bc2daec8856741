# special methods are looked up on the type, never on the instance or through __getattr__
class G:
    def __getattr__(self, name):
        return lambda *a: 'via getattr ' + name
g = G()
print(g.__len__(), g.anything())
for f in (len, iter, abs, repr):
    try:
        r = f(g)
        print(f.__name__, 'ok', r.startswith('<') if isinstance(r, str) else r)
    except TypeError as e:
        print(f.__name__, e)
try:
    g + 1
except TypeError as e:
    print(e)
try:
    g[0]
except TypeError as e:
    print(e)
# instance attributes do not override
class H:
    def __len__(self): return 1
h = H()
h.__len__ = lambda: 2
print(len(h), h.__len__())
# class attributes that are not functions: callables, staticmethods, classmethods
class Callable:
    def __init__(self, r): self.r = r
    def __call__(self, *args): return self.r
class K:
    __len__ = Callable(3)
    __repr__ = Callable('K-repr')
    __bool__ = staticmethod(lambda *a: True)
    __iter__ = classmethod(lambda cls: iter([cls.__name__]))
k = K()
print(len(k), repr(k), bool(k), list(k))
# a metaclass's dunders apply to the class itself
class Meta(type):
    def __len__(cls): return 7
    def __getitem__(cls, k): return (cls.__name__, k)
    def __iter__(cls): return iter(range(2))
    def __repr__(cls): return '<Meta class %s>' % cls.__name__
    def __add__(cls, o): return 'class add'
    def __call__(cls, *a): return 'no instances'
class WithMeta(metaclass=Meta):
    def __len__(self): return 1
print(len(WithMeta), WithMeta[3], list(WithMeta), repr(WithMeta), WithMeta + 1, WithMeta())
# dunders inherited through multiple bases follow the MRO
class A:
    def __len__(self): return 1
    def __repr__(self): return 'A'
class B:
    def __len__(self): return 2
    def __str__(self): return 'B-str'
class AB(A, B):
    pass
class BA(B, A):
    pass
print(len(AB()), len(BA()), repr(AB()), str(AB()), str(BA()), repr(BA()))
