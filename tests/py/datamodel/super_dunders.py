# super() reaches the built-in dunders (slot wrappers) of the base types
class L(list):
    def __len__(self): return super().__len__() + 100
    def __getitem__(self, i): return ('L', super().__getitem__(i))
    def __setitem__(self, i, v): super().__setitem__(i, v * 2)
    def __delitem__(self, i): super().__delitem__(i)
    def __contains__(self, v): return super().__contains__(v) or v == 'any'
    def __iter__(self): return super().__iter__()
    def __repr__(self): return 'L' + super().__repr__()
    def __eq__(self, o): return super().__eq__(o)
    def __add__(self, o): return L(super().__add__(o))
    def __iadd__(self, o): return super().__iadd__(o)
l = L([1, 2, 3])
l[0] = 5
del l[1]
print(len(l), l[0], 'any' in l, 3 in l, list(l), repr(l), l == [10, 3], l + [4], type(l + [4]).__name__)
m = l
l += [9]
print(l is m, l)
class D(dict):
    def __getitem__(self, k): return super().__getitem__(k) * 2
    def __setitem__(self, k, v): super().__setitem__(k.upper(), v)
    def __missing__(self, k): return 'missing ' + k
    def __repr__(self): return 'D' + super().__repr__()
d = D()
d['a'] = 1
print(d['A'], d['zz'], d, len(d), super(D, d).__len__())
class S(str):
    def __add__(self, o): return S(super().__add__(o) + '!')
    def __getitem__(self, i): return super().__getitem__(i).upper()
    def __hash__(self): return super().__hash__()
    def __eq__(self, o): return super().__eq__(o)
s = S('ab')
print(s + 'c', s[0], s[0:2], hash(s) == hash('ab'), s == 'ab', {s: 1}['ab'])
class I(int):
    def __add__(self, o): return I(super().__add__(o))
    def __repr__(self): return 'I(%s)' % super().__repr__()
    def __lt__(self, o): return super().__lt__(o)
    def __neg__(self): return I(super().__neg__())
    def __bool__(self): return not super().__bool__()
print(I(1) + 2, repr(I(1) + 2), I(1) < 2, I(1).__lt__('x'), -I(3), bool(I(0)))
class O:
    def __eq__(self, o): return super().__eq__(o)
    def __hash__(self): return super().__hash__()
    def __repr__(self): return 'O:' + super().__repr__()[:10]
    def __lt__(self, o): return super().__lt__(o)
o = O()
print(o == o, o == O(), o.__eq__(1), o.__lt__(o), repr(o), hash(o) == object.__hash__(o))
try:
    o < O()
except TypeError as e:
    print(e)
class F(float):
    def __truediv__(self, o): return 'F:' + repr(super().__truediv__(o))
    def __rtruediv__(self, o): return 'rF:' + repr(super().__rtruediv__(o))
print(F(1.0) / 4, 1 / F(4.0), F(1.0).__truediv__('x'))
