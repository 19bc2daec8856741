# params: TypeErrors from * and ** in calls: non-iterables, non-mappings, duplicates, non-str keys
def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print('TypeError', e)
def h(*a, **k): return a, k
def g(a, b=2): return a, b
class C:
    def m(self, *a, **k): return a, k
    @staticmethod
    def s(*a, **k): return a, k
    class Inner:
        def n(self, *a, **k): return a, k
attempt(lambda: h(*1))
attempt(lambda: h(**1))
attempt(lambda: h(*None))
attempt(lambda: h(**[]))
attempt(lambda: h(1, *5))
attempt(lambda: h(*[1], *5))
attempt(lambda: h(*5, **{}))
attempt(lambda: h(**{}, **5))
attempt(lambda: h(a=1, **5))
attempt(lambda: g(*1))
attempt(lambda: C().m(*1))
attempt(lambda: C().m(**1))
attempt(lambda: C.s(**1))
attempt(lambda: C.Inner().n(*2.5))
attempt(lambda: C(*1))
attempt(lambda: (lambda *a: a)(*1))
attempt(lambda: print(*1))
attempt(lambda: print(**1))
attempt(lambda: len(*None))
attempt(lambda: [].append(*1))
# duplicates between keywords and ** mappings
attempt(lambda: h(**{'a': 1}, **{'a': 2}))
attempt(lambda: h(a=1, **{'a': 2}))
attempt(lambda: h(**{'a': 1}, a=2))
attempt(lambda: h(**{'a': 1}, b=0, **{'b': 2}))
attempt(lambda: C().m(**{'x': 1}, x=2))
attempt(lambda: dict(**{'a': 1}, a=2))
attempt(lambda: g(1, **{'a': 2}))
attempt(lambda: g(*[1, 2], b=3))
# keys must be strings
attempt(lambda: h(**{1: 2}))
attempt(lambda: h(**{'ok': 1, (1,): 2}))
attempt(lambda: print(**{2: 'x'}))
# a mapping whose keys() fails or is missing
class NoKeys:
    def __getitem__(self, k): return 1
class BadKeys:
    def keys(self): raise KeyError('in keys')
attempt(lambda: h(**NoKeys()))
try:
    h(**BadKeys())
except KeyError as e:
    print('KeyError', e)
# iterating the star argument fails midway
class BadIter:
    def __iter__(self): return self
    def __next__(self): raise ValueError('midway')
try:
    h(*BadIter())
except ValueError as e:
    print('ValueError', e)
