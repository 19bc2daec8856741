# dict, set, frozenset and view slots as methods
d = {'a': 1}
print(d.__getitem__('a'), d.__contains__('a'), d.__len__(), list(d.__iter__()), d.__eq__({'a': 1}))
d.__setitem__('b', 2)
d.__delitem__('a')
print(d, d.__or__({'c': 3}), d.__ror__({'z': 0}), d.__repr__())
r = d.__ior__({'d': 4})
print(r is d, d, dict.__hash__, d.__lt__({}), d.__or__(1))
try:
    d.__getitem__('missing')
except KeyError as e:
    print('KeyError', e.args)
s = {1, 2}
print(sorted(s.__or__({3})), sorted(s.__and__({2})), sorted(s.__sub__({1})), sorted(s.__xor__({2, 3})))
print(sorted(s.__rsub__({1, 5})), s.__contains__(1), s.__len__(), s.__eq__({1, 2}), s.__le__({1, 2, 3}))
print(s.__isub__({1}) is s, s, s.__ior__({7}) is s, sorted(s), set.__hash__, s.__or__([1]))
fs = frozenset([1])
print(sorted(fs.__or__({2})), fs.__hash__() == hash(fs), hasattr(fs, '__ior__'), type(fs.__or__({2})).__name__)
k = {'a': 1, 'b': 2}.keys()
print(sorted(k.__and__({'a'})), sorted(k.__rsub__({'a', 'z'})), k.__len__(), k.__contains__('b'))
print(hasattr({}.values(), '__and__'), hasattr({}.items(), '__or__'), type(k).__hash__)
# subclasses
class Counter(dict):
    def __getitem__(self, k): return dict.get(self, k, 0)
    def __setitem__(self, k, v): super().__setitem__(k, v)
c = Counter()
c['x'] += 1
c['x'] += 1
print(c['x'], c['y'], dict.__getitem__(c, 'x'), c)
class MySet(set):
    def __or__(self, o): return 'MySet|' + str(sorted(set.__or__(self, o)))
print(MySet([1]) | {2}, {2} | MySet([1]))
