# reversed() uses __reversed__, else __len__ and __getitem__
class R:
    def __reversed__(self): return iter('cba')
print(list(reversed(R())))
class Seq:
    def __init__(self, *a): self.a = a
    def __len__(self): return len(self.a)
    def __getitem__(self, i): return self.a[i]
r = reversed(Seq(1, 2, 3))
print(type(r).__name__, list(r), list(r))
print(list(reversed(Seq())))
# only __getitem__ is not enough
class OnlyGet:
    def __getitem__(self, i): return i
try:
    reversed(OnlyGet())
except TypeError as e:
    print(e)
class OnlyLen:
    def __len__(self): return 2
try:
    reversed(OnlyLen())
except TypeError as e:
    print(e)
try:
    reversed(5)
except TypeError as e:
    print(e)
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
# __reversed__ = None blocks the fallback
class Blocked:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(Blocked())
except TypeError as e:
    print(e)
# indexes requested run from len-1 down to 0
seen = []
class Trace:
    def __len__(self): return 3
    def __getitem__(self, i):
        seen.append(i)
        return i
print(list(reversed(Trace())), seen)
# an IndexError from __getitem__ ends it early
class Short:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(list(reversed(Short())))
# __reversed__ may return any iterator
class Rev2:
    def __reversed__(self): return [9, 8]
print(reversed(Rev2()))
# built-ins
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('ab')), list(reversed(range(3))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
class MyList(list):
    def __reversed__(self): return iter(['custom'])
print(list(reversed(MyList([1, 2]))))
# the reversed object's __length_hint__-free iteration
r = reversed(Seq('x', 'y'))
print(next(r), next(r), next(r, 'end'))
