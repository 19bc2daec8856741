# params: starred assignment targets: positions, empty stars, nested targets, strings, iterators
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, b = 'xyz'
print(a, b)
a, *b = range(4)
print(a, b)
*a, = (1, 2)
print(a)
[a, *b] = iter([9, 8, 7])
print(a, b)
a, *b, c, d = {'k1': 1, 'k2': 2, 'k3': 3}
print(a, b, c, d)
(a, b), *rest = [(1, 2), (3, 4), (5, 6)]
print(a, b, rest)
a, (b, *c), d = 1, [2, 3, 4], 5
print(a, b, c, d)
a, [b, [c, *d]] = 'A', ('B', 'CDE')
print(a, b, c, d)
# star target gets a list even from a tuple
x, *y = (1, 2, 3)
print(type(y).__name__, y)
# targets of several kinds
obj = type('O', (), {})()
lst = [0, 0, 0]
obj.first, *lst[1:], obj.last = range(6)
print(obj.first, lst, obj.last)
dd = {}
dd['a'], *dd['mid'], dd['z'] = 'hello'
print(dd)
# chained assignment with stars
p, *q = r, *s = [1, 2, 3]
print(p, q, r, s)
# in for loops
for first, *others in [(1, 2, 3), (4,), 'ab']:
    print(first, others)
# star in the middle with long input
head, *mid, tail = range(100)
print(head, len(mid), tail, mid[:3], mid[-3:])
# assignment order: the right side first, then targets left to right
log = []
class T:
    def __setitem__(self, k, v):
        log.append((k, v))
t = T()
t[0], *t[1], t[2] = [10, 20, 30, 40]
print(log)
