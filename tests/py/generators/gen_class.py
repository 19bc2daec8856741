# generators: as methods, __iter__ written as a generator, classmethods and staticmethods
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    @staticmethod
    def count_to(n):
        yield from range(n)
    @classmethod
    def names(cls):
        yield cls.__name__

t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t))
print(list(t.depth_first()))
print(list(Tree.count_to(3)), list(Tree.names()))
print(sum(t), 4 in t, 5 in t)

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        n = 1
        while n <= self.start:
            yield n
            n += 1

c = Countdown(3)
print(list(c), list(reversed(c)))
for x in c:
    for y in c:
        pass
print("nested iteration ok", x, y)
