# __iter__ and __next__: for loops, iter(), next(), and the errors for non-iterators
class Count:
    def __init__(self, n): self.n, self.i = n, 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), tuple(Count(2)), sum(Count(4)), sorted(Count(3), reverse=True))
for x in Count(2):
    print('loop', x)
it = iter(Count(2))
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
# a separate iterator class
class Seq:
    def __init__(self, *items): self.items = items
    def __iter__(self): return SeqIter(self.items)
class SeqIter:
    def __init__(self, items): self.items, self.pos = items, 0
    def __next__(self):
        if self.pos == len(self.items): raise StopIteration
        self.pos += 1
        return self.items[self.pos - 1]
    def __iter__(self): return self
s = Seq('a', 'b')
print(list(s), list(s), [c * 2 for c in s], dict.fromkeys(s), set(s) == {'a', 'b'})
a, b = s
print(a, b, [*s], (*s, 'c'))
print(max(s), min(s), 'x'.join(s), list(enumerate(s)), list(zip(s, s)))
# __iter__ returning a non-iterator
class Bad:
    def __iter__(self): return [1, 2]
try:
    iter(Bad())
except TypeError as e:
    print(e)
try:
    for x in Bad(): pass
except TypeError as e:
    print(e)
class Bad2:
    def __iter__(self): return 5
try:
    list(Bad2())
except TypeError as e:
    print(e)
# not iterable at all
class Nope:
    pass
for f in (iter, list, tuple, set, sorted):
    try:
        f(Nope())
    except TypeError as e:
        print(f.__name__, e)
try:
    for x in 5: pass
except TypeError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
try:
    next(Nope())
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
# StopIteration value and errors raised inside __next__
class Raiser:
    def __iter__(self): return self
    def __next__(self): raise ValueError('inner')
try:
    list(Raiser())
except ValueError as e:
    print(e)
# __iter__ = None makes a class explicitly non-iterable
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print(e)
# iterator that is iterated twice is exhausted
c = Count(2)
print(list(c), list(c))
# an iterator without __iter__ still works with next()
si = SeqIter((1, 2))
print(next(si), next(si), next(si, None))
