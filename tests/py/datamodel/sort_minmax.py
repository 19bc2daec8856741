# sorted() and list.sort() use only <; min() uses <, max() uses >
log = []
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append('lt')
        return self.v < o.v
    def __repr__(self): return 'L%d' % self.v
xs = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(xs), min(xs), 'lt' in log, 'gt' in log)
print(max(xs))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return 'G%d' % self.v
ys = [OnlyGt(3), OnlyGt(1), OnlyGt(2)]
print(max(ys), min(ys), sorted(ys))
# sort is stable and uses keys' __lt__
class Key:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
pairs = [('b', 2), ('a', 1), ('c', 2), ('d', 1)]
print(sorted(pairs, key=lambda p: Key(p[1])), sorted(pairs, key=lambda p: Key(p[1]), reverse=True))
# mixing comparable types via reflected methods
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < (o.v if isinstance(o, Num) else o)
    def __gt__(self, o): return self.v > (o.v if isinstance(o, Num) else o)
    def __repr__(self): return 'N%d' % self.v
print(sorted([Num(2), 1, Num(0), 3]), max([1, Num(5), 2]), min([Num(5), 2, Num(-1)]))
# incomparable elements
class Plain:
    pass
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print(e)
try:
    max(Plain(), Plain())
except TypeError as e:
    print(e)
try:
    min([1, 'a'])
except TypeError as e:
    print(e)
# an exception in __lt__ stops the sort and leaves the list a permutation
class Raise:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 2 or o.v == 2: raise ValueError('no 2')
        return self.v < o.v
zs = [Raise(3), Raise(2), Raise(1)]
try:
    zs.sort()
except ValueError as e:
    print(e, sorted(r.v for r in zs))
# __lt__ returning non-bool values: their truth is used
class Truthy:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return [1] if self.v < o.v else []
    def __repr__(self): return 'T%d' % self.v
print(sorted([Truthy(2), Truthy(1)]), min(Truthy(4), Truthy(3)))
