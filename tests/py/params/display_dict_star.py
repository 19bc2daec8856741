# params: ** unpacking in dict displays: order, overrides, mixed keys and errors
d1 = {'a': 1, 'b': 2}
d2 = {'b': 20, 'c': 30}
print({**d1, **d2})
print({**d2, **d1})
print({'x': 0, **d1, 'b': 'late', **{}})
print({**d1, 'a': 'over'}, {'a': 'first', **d1})
print({**{1: 'int'}, **{1.0: 'float'}, **{True: 'bool'}})
# any mapping with keys() and __getitem__
class M:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k.upper()
print({**M(), 'r': 'R'})
# keys() order is kept
class Ordered:
    def keys(self): return iter(['z', 'y', 'x'])
    def __getitem__(self, k): return ord(k)
print({**Ordered()})
# evaluation order
log = []
def m(name, d):
    log.append(name)
    return d
print({**m('one', {1: 1}), m('k', 'key'): m('v', 'val'), **m('two', {2: 2})}, log)
# errors
def attempt(f):
    try:
        print(f())
    except (TypeError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
attempt(lambda: {**5})
attempt(lambda: {**[('a', 1)]})
attempt(lambda: {**None})
attempt(lambda: {'a': 1, **'str'})
class KeysOnly:
    def keys(self): return ['missing']
    def __getitem__(self, k): raise KeyError(k)
attempt(lambda: {**KeysOnly()})
# unhashable keys from the mapping
class BadKeys:
    def keys(self): return [[1]]
    def __getitem__(self, k): return 0
attempt(lambda: {**BadKeys()})
# dict(**) form in a call builds the same result
print(dict(**d1, **{'z': 26}))
