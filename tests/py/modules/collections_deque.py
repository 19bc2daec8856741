# collections.deque: both ends, maxlen, rotate, indexing, iteration, repr and errors
from collections import deque
d = deque()
print(d, len(d), bool(d), d.maxlen)
for i in range(20):
    d.append(i)
    d.appendleft(-i)
print(len(d), d[0], d[-1], d[19], list(d)[:5])
print(d.pop(), d.popleft(), len(d))
d = deque([1, 2, 3], 5)
print(d, d.maxlen)
d.extend([4, 5, 6, 7])
print(d)
d.extendleft('ab')
print(d)
d.appendleft(0)
print(d, d.pop(), d)
d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d[0] = 'x'
del d[1]
print(d, 'x' in d, 99 in d, d.count('x'), d.index(5))
d.insert(2, 'ins')
d.remove('ins')
d.reverse()
print(d, list(reversed(d)))
d.clear()
print(d, len(d))
q = deque(maxlen=0)
q.append(1)
print(q)
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1, 2]) + deque([3]))
print(deque('ab') * 2, deque([1, 2, 3], maxlen=2))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque()[0],
            lambda: deque([1])[-2], lambda: deque([1]).remove(2), lambda: deque(maxlen=-1),
            lambda: deque([1], maxlen=1).insert(0, 2)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
try:
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    d.maxlen = 3
except AttributeError:
    print('AttributeError')
big = deque(range(1000), 100)
print(len(big), big[0], big[-1], sum(big))
