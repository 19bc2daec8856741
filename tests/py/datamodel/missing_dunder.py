# __missing__ on dict subclasses: used by d[k] only, not by get, in, pop or setdefault
class Default(dict):
    def __missing__(self, k):
        print('missing', k)
        return k * 2
d = Default(a=1)
print(d['a'], d['bb'], len(d), 'bb' in d)
print(d.get('zz'), d.get('zz', 'dflt'), 'zz' in d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e.args)
print(d.setdefault('q', 5), d)
# __missing__ that stores the value, like defaultdict
class Auto(dict):
    def __missing__(self, k):
        v = self[k] = []
        return v
a = Auto()
a['x'].append(1)
a['x'].append(2)
a['y'].append(3)
print(sorted(a.items()))
# __missing__ raising
class Strict(dict):
    def __missing__(self, k):
        raise KeyError('no ' + str(k))
try:
    Strict()['k']
except KeyError as e:
    print(e.args)
# a plain dict has no __missing__; a dict subclass without one raises KeyError
class Plain(dict):
    pass
try:
    Plain()['nope']
except KeyError as e:
    print('KeyError', e.args)
try:
    {}['nope']
except KeyError as e:
    print('KeyError', e.args)
# __missing__ on a non-dict class is just a method
class NotDict:
    def __missing__(self, k): return 'never'
    def __getitem__(self, k): raise KeyError(k)
try:
    NotDict()['k']
except KeyError as e:
    print('KeyError', e.args)
# __missing__ defined in a base of the subclass
class Base(dict):
    def __missing__(self, k): return 'base-missing'
class Derived(Base):
    pass
print(Derived()['anything'])
# __getitem__ overridden: __missing__ only runs from dict.__getitem__
class Over(dict):
    def __getitem__(self, k): return 'over'
    def __missing__(self, k): return 'missing'
print(Over()['k'], dict.__getitem__(Over(), 'k'))
# the key reaches __missing__ unchanged, even unhashable ones raise first
class Echo(dict):
    def __missing__(self, k): return ('echo', k)
e = Echo()
print(e[1], e[(1, 2)], e[None], e[1.5])
try:
    e[[1]]
except TypeError as ex:
    print(ex)
# __missing__ added to the class later
class Late(dict):
    pass
Late.__missing__ = lambda self, k: 'late'
print(Late()['x'])
