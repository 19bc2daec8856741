# containers: every dict method, the constructor and fromkeys, with their error cases
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(dict(), dict(a=1, b=2), dict([(1, 2), [3, 4]]), dict({1: 2}, x=3), dict(zip("ab", [1, 2])))
print(dict([("a", 1)], a=2), dict(["xy", "zw"]), dict({}.items()), dict(dict(a=1).items()))
t("ctor int", lambda: dict(1))
t("ctor 2", lambda: dict(1, 2))
t("ctor elem int", lambda: dict([1]))
t("ctor elem len1", lambda: dict([(1,)]))
t("ctor elem len3", lambda: dict([(1, 2), (1, 2, 3)]))
t("ctor elem str3", lambda: dict(["abc"]))
t("ctor unhashable", lambda: dict([([], 1)]))
class Mapping:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k * 2
print(dict(Mapping()), dict(Mapping(), z=1))
class BadKeys:
    def keys(self): return 5
t("ctor badkeys", lambda: dict(BadKeys()))
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 0))
t("get noargs", lambda: d.get())
t("get 3", lambda: d.get(1, 2, 3))
t("get unhashable", lambda: d.get([]))
print(d.setdefault('c', 3), d.setdefault('a', 9), d.setdefault('n'), d)
t("setdefault noargs", lambda: d.setdefault())
t("setdefault unhashable", lambda: d.setdefault({}, 1))
print(d.pop('n'), d.pop('zz', 'dflt'), d)
t("pop missing", lambda: d.pop('zz'))
t("pop noargs", lambda: d.pop())
t("pop unhashable", lambda: d.pop([]))
t("pop tuple key", lambda: d.pop((1, 2)))
print(d.popitem(), d)
t("popitem empty", lambda: {}.popitem())
t("popitem arg", lambda: d.popitem(1))
e = {}
for i in range(10): e[i] = i
while e: print(e.popitem(), end=' ')
print()
d = {'a': 1}
d.update({'b': 2}); d.update([('c', 3)]); d.update(e=5); d.update({'a': 0}, f=6); d.update(); print(d)
d.update(Mapping()); print(d)
t("update int", lambda: d.update(1))
t("update 2", lambda: d.update({}, {}))
t("update elem", lambda: d.update([1, 2]))
t("update elem len", lambda: d.update([(1, 2, 3)]))
c = d.copy(); print(c == d, c is d)
t("copy arg", lambda: d.copy(1))
d.clear(); print(d, len(c))
t("clear arg", lambda: d.clear(1))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), {}.fromkeys("x", 1))
t("fromkeys noargs", lambda: dict.fromkeys())
t("fromkeys int", lambda: dict.fromkeys(5))
t("fromkeys unhashable", lambda: dict.fromkeys([[1]]))
t("fromkeys 3", lambda: dict.fromkeys(1, 2, 3))
class D(dict):
    pass
f = D.fromkeys("ab", 1); print(type(f).__name__, f)
class D2(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
print(D2.fromkeys("ab", 1))
# getitem / setitem / delitem / in
d = {1: 'one', 2.5: 'x', 'k': 'v', (1, 2): 't', None: 'n', True: 'T'}
print(d, d[1], d[1.0], d[True], d[(1, 2)], d[None])
t("getitem missing", lambda: d[99])
t("getitem str missing", lambda: d['missing'])
t("getitem tuple missing", lambda: d[(3, 4)])
t("getitem unhashable", lambda: d[[]])
t("getitem unhashable set", lambda: d[{1}])
def delete(k):
    del d[k]
t("del missing", lambda: delete(5))
t("del unhashable", lambda: delete({}))
delete(None); print(None in d, 1 in d, 2.5 in d, 'k' not in d)
t("in unhashable", lambda: [] in d)
print(len(d), bool({}), bool(d))
t("hash", lambda: hash({}))
print(dict.__name__, isinstance({}, dict))
# equality
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == [], {1: 1} == {1.0: True})
t("lt", lambda: {} < {})
t("gt", lambda: {1: 1} > {})
# __missing__
class Dflt(dict):
    def __missing__(self, k):
        return k * 2
dd = Dflt(a=1); print(dd['a'], dd['zz'], 'zz' in dd, dd.get('q'))
# insertion order after delete and reinsert
d = dict.fromkeys("abcde")
del d['b']; d['b'] = 1; d['a'] = 2; print(list(d), d)
# reprs
d = {}; d['self'] = d; print(d)
print({'a': [1, {2: (3,)}]}, repr({1: 'x'}), str({'q': "it's"}))
# update with self
d = {1: 2}; d.update(d); print(d)
d |= d; print(d)
