# types2: iteration via __getitem__ fallback (IndexError stops it), __iter__ returning self
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), [x for x in Seq()], 9 in Seq(), 5 in Seq())
a, b, c, d = Seq()
print(a, b, c, d)
print(sorted(Seq(), reverse=True), sum(Seq()), max(Seq()), tuple(Seq()))
it = iter(Seq())
print(next(it), next(it), list(it))
class KeySeq:
    def __getitem__(self, k):
        if k == 2:
            raise StopIteration
        return k
print(list(KeySeq()))
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = Counter(3)
print(list(c), list(c))
c = Counter(5)
for x in c:
    if x == 2:
        break
print(list(c))
print(iter(c) is c)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext(): pass
except TypeError as e:
    print('TypeError', e)
class Both:
    def __iter__(self):
        return iter('ab')
    def __getitem__(self, i):
        return 'never'
print(list(Both()))
class Other:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Other())
except KeyError as e:
    print('KeyError', e)
