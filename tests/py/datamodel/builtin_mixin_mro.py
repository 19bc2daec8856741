# a built-in base earlier in the MRO hides a later Python base's dunders, and the reverse
class Mixin:
    def __len__(self): return 99
    def __repr__(self): return 'Mixin repr'
    def __add__(self, o): return 'Mixin add'
    def __eq__(self, o): return 'Mixin eq'
    def __hash__(self): return 5
    def __iter__(self): return iter('m')
    def __contains__(self, x): return 'Mixin contains'
    def __getitem__(self, k): return 'Mixin getitem'
class ListFirst(list, Mixin):
    pass
c = ListFirst([1, 2])
print(len(c), repr(c), c + [3], c == [1, 2], list(c), 1 in c, c[0])
try:
    hash(c)
except TypeError as e:
    print(e)
class MixinFirst(Mixin, list):
    pass
m = MixinFirst([1, 2])
print(len(m), repr(m), m + [3], m == [1, 2], list(m), 1 in m, m[0], hash(m))
class DictFirst(dict, Mixin):
    pass
d = DictFirst(a=1)
print(len(d), repr(d), list(d), 'a' in d, d['a'])
try:
    hash(d)
except TypeError as e:
    print(e)
class IntFirst(int, Mixin):
    pass
i = IntFirst(7)
print(repr(i), i + 1, i == 7, hash(i) == hash(7))
try:
    len(i)
except TypeError as e:
    print(e)
class StrFirst(str, Mixin):
    pass
s = StrFirst('ab')
print(len(s), repr(s), s + 'c', s == 'ab', list(s), 'a' in s, s[0], hash(s) == hash('ab'))
# the class's own dunders beat both
class Own(list, Mixin):
    def __len__(self): return -1 if False else 0
    def __repr__(self): return 'Own'
print(len(Own([1])), repr(Own()), Own([5]) + [6])
