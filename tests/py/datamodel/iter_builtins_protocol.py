# iter(callable, sentinel), next() defaults and iterators of user classes in the built-ins
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
it = iter(tick, 4)
print(type(it).__name__, list(it), next(it, 'exhausted'))
class Calls:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n if self.n < 3 else 'stop'
print(list(iter(Calls(), 'stop')))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
# next() with and without default on user iterators
class Once:
    def __init__(self): self.done = False
    def __iter__(self): return self
    def __next__(self):
        if self.done: raise StopIteration('finished')
        self.done = True
        return 'only'
o = Once()
print(next(o), next(o, 'dflt'))
try:
    next(o)
except StopIteration as e:
    print('StopIteration', e.args)
# built-ins consume user iterators lazily and correctly
class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(zip(Count(3), 'abcdef')), list(map(lambda a, b: a * b, Count(3), Count(5))))
print(list(enumerate(Count(2), 10)), sorted(Count(3), reverse=True), min(Count(4)), max(Count(4), default=0))
print(sum(Count(4), 100), dict.fromkeys(Count(2)), list(filter(lambda v: v % 2, Count(5))))
c = Count(5)
print([next(c), next(c)], list(c))
# an iterator's __iter__ is called by for loops and iter()
class Wrapped:
    def __iter__(self):
        print('__iter__ called')
        return iter([1])
for v in Wrapped():
    print(v)
print(list(Wrapped()))
