# scopes: chained comparisons evaluate each middle operand once and stop at the first false link
log = []
def v(name, x):
    log.append(name)
    return x
print(v('a', 1) < v('b', 2) < v('c', 3), log); log.clear()
print(v('a', 1) < v('b', 0) < v('c', 3), log); log.clear()
print(v('a', 1) < v('b', 2) > v('c', 3) < v('d', 4), log); log.clear()
print(v('a', 1) == v('b', 1) == v('c', 1) == v('d', 2), log); log.clear()
print(v('a', 1) is v('b', 1) is not v('c', None), log); log.clear()
print(v('a', 1) in v('b', [1]) in v('c', [[1]]), log); log.clear()
print(v('a', 5) not in v('b', [1]) < v('c', [2]), log); log.clear()
# the value of a chain is the last comparison's value, or the first false one
class R:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        log.append('lt %d %d' % (self.n, o.n))
        return 'yes %d' % self.n if self.n < o.n else ''
print(repr(R(1) < R(2) < R(3)), log); log.clear()
print(repr(R(1) < R(0) < R(3)), log); log.clear()
# chains in conditions and loops
x = 5
if 0 < x < 10:
    print('in range')
if not (0 < x < 3):
    print('out of range')
n = 0
while 0 <= n < 3:
    n += 1
print(n)
# mixed types in chains
print(1 < 2.5 < 3, 'a' < 'b' < 'c', [1] < [1, 0] < [2])
try:
    print(1 < 'a' < 3)
except TypeError as e:
    print('TypeError', e)
try:
    print(v('a', 3) < v('b', 1) < v('c', 'x'), log)
except TypeError as e:
    print('TypeError', e)
log.clear()
# long chain
print(1 < 2 < 3 < 4 < 5 < 6 < 7 < 8, 1 < 2 < 3 < 4 < 3 < 6, log)
# chain with side effects in the middle that is an expensive call
count = [0]
def mid():
    count[0] += 1
    return 5
print(0 < mid() < 10, 0 < mid() > 10, count)
