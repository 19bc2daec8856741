# __getitem__/__setitem__/__delitem__ receive any key object unchanged
class Store:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
s = Store()
s['a'] = 1
s[1, 2] = 'tuple'
s[None] = 'none'
s[frozenset([1])] = 'fs'
s[2.5] = 'float'
s[...] = 'ellipsis'
s[True] = 'bool'
print(sorted(map(repr, s.d.keys())))
print(s['a'], s[1, 2], s[(1, 2)], s[None], s[...], s[2.5], s[1])
del s['a']
try:
    s['a']
except KeyError as e:
    print('KeyError', e.args)
try:
    del s['zz']
except KeyError as e:
    print('KeyError', e.args)
# chained subscripts and augmented assignment
s['n'] = 10
s['n'] += 5
s['n'] //= 2
print(s['n'])
grid = Store()
grid[0] = Store()
grid[0][1] = 'deep'
print(grid[0][1])
# keys evaluated once, in order: container, key, value
order = []
def note(x):
    order.append(x if isinstance(x, str) else type(x).__name__)
    return x
note(s)[note('k')] = note('v')
print(order)
order.clear()
note(s)[note('k')] += note('!')
print(order, s['k'])
# a class with only __setitem__ cannot be read
class WriteOnly:
    def __setitem__(self, k, v): print('set', k, v)
w = WriteOnly()
w[1] = 2
try:
    w[1]
except TypeError as e:
    print(e)
try:
    w[1] += 1
except TypeError as e:
    print(e)
