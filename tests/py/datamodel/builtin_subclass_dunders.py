# dunders overridden in subclasses of built-in types are used by the operators and built-ins
class L(list):
    def __len__(self): return 42
    def __contains__(self, x): return x == 'magic'
    def __iter__(self): return iter(['it'])
    def __getitem__(self, i): return 'item%r' % (i,)
    def __add__(self, o): return 'L+'
    def __eq__(self, o): return 'L=='
    def __bool__(self): return False
l = L([1, 2, 3])
print(len(l), 'magic' in l, 1 in l, list(l), l[0], l[1:2], l + [1], l == [], bool(l), sorted(l))
print(list.__len__(l), list.__contains__(l, 1), list(list.__iter__(l)), list.__getitem__(l, 0))
class D(dict):
    def __getitem__(self, k): return 'D[%s]' % k
    def __setitem__(self, k, v): dict.__setitem__(self, k, v * 2)
    def __len__(self): return 0
    def __iter__(self): return iter(['x', 'y'])
d = D()
d['a'] = 5
print(d['zzz'], dict.__getitem__(d, 'a'), len(d), list(d), d.get('a'), sorted(d.keys()), bool(d))
class S(str):
    def __len__(self): return 99
    def __getitem__(self, i): return '!'
    def __contains__(self, x): return True
    def __hash__(self): return 7
    def __eq__(self, o): return True
s = S('abc')
print(len(s), s[0], 'zz' in s, hash(s), s == 'q', str(s), s.upper(), s + 'd')
class T(tuple):
    def __iter__(self): return iter('ti')
    def __len__(self): return 1
t = T((1, 2))
print(list(t), len(t), tuple.__len__(t), t[0], t == (1, 2))
class I(int):
    def __eq__(self, o): return 'I=='
    def __lt__(self, o): return 'I<'
    def __hash__(self): return 5
    def __bool__(self): return False
    def __neg__(self): return 'I-'
    def __index__(self): return 2
i = I(7)
print(i == 7, i < 1, 1 > i, hash(i), bool(i), -i, [0, 1, 2, 3][i] if False else '', int(i), i + 1, ['a', 'b', 'c'][I(1)])
class F(float):
    def __mul__(self, o): return 'F*'
    def __rmul__(self, o): return 'F r*'
print(F(2.0) * 3, 3 * F(2.0), 2.0 * F(1.0), F(2.0) + 1)
class St(set):
    def __contains__(self, x): return False
    def __len__(self): return -1 if False else 3
print(1 in St([1]), len(St()), sorted(St([2, 1])))
# dunders set on the class after instances exist
class Late(list):
    pass
lt = Late([1])
Late.__len__ = lambda self: 100
print(len(lt))
del Late.__len__
print(len(lt))
