# the old sequence protocol: __getitem__ with 0, 1, 2... until IndexError
class Squares:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
print(list(Squares(4)), tuple(Squares(2)), sum(Squares(5)))
for v in Squares(3):
    print('v', v)
print(4 in Squares(5), 5 in Squares(5), 9 in Squares(3))
a, b, c = Squares(3)
print(a, b, c)
first, *rest = Squares(4)
print(first, rest)
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, 'end'))
print(sorted(Squares(3), reverse=True), max(Squares(4)), list(enumerate(Squares(2))))
print(list(map(str, Squares(3))), [x + 1 for x in Squares(3)])
# StopIteration also ends it
class Stopper:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return 'item%d' % i
print(list(Stopper()))
# other exceptions propagate
class KeyErr:
    def __getitem__(self, i): raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print('KeyError', e.args)
# the index passed is an int starting at 0
seen = []
class Rec:
    def __getitem__(self, i):
        seen.append(i)
        if i > 2: raise IndexError
        return i
list(Rec())
print(seen)
# a class with __len__ but no __getitem__ is not iterable
class OnlyLen:
    def __len__(self): return 3
try:
    iter(OnlyLen())
except TypeError as e:
    print(e)
# unpacking counts
try:
    x, y = Squares(3)
except ValueError as e:
    print(e)
try:
    x, y, z = Squares(2)
except ValueError as e:
    print(e)
# __iter__ takes precedence over __getitem__
class Both:
    def __iter__(self): return iter('ab')
    def __getitem__(self, i): return 'never'
print(list(Both()))
# a subclass of a built-in with __getitem__ iterates with the built-in's iterator
class L(list):
    def __getitem__(self, i): return 'overridden'
print(list(L([1, 2])), [x for x in L([3])])
class S(str):
    def __getitem__(self, i): return 'z'
print(list(S('ab')))
