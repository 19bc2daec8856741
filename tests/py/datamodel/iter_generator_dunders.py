# __iter__ and __reversed__ written as generators, and iteration-based fallbacks over them
class Tree:
    def __init__(self, value, *children): self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def __reversed__(self):
        for c in reversed(self.children):
            yield from reversed(c)
        yield self.value
    def __len__(self): return 1 + sum(len(c) for c in self.children)
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), list(reversed(t)), len(t), 3 in t, 9 in t, sorted(t, reverse=True), sum(t))
a, *rest = t
print(a, rest, [x * 10 for x in t], dict.fromkeys(t), max(t), tuple(t))
it = iter(t)
print(type(it).__name__, next(it), next(it), list(it), next(it, 'done'))
# a generator __iter__ is fresh for each iteration
print(list(t) == list(t), list(zip(t, t)))
# __getitem__ as a generator function is not the sequence protocol
class Odd:
    def __getitem__(self, i):
        yield i
print(type(Odd()[0]).__name__)
# __contains__ falls back to iterating a generator __iter__
class Evens:
    def __iter__(self):
        n = 0
        while n < 10:
            yield n
            n += 2
print(4 in Evens(), 5 in Evens(), list(filter(lambda x: x > 4, Evens())))
