# collections.OrderedDict (move_to_end, popitem(last=), order-aware ==) and defaultdict
from collections import OrderedDict, defaultdict
o = OrderedDict()
for k in 'abcde':
    o[k] = ord(k)
print(o, list(o), len(o))
o.move_to_end('b')
print(list(o))
o.move_to_end('d', last=False)
print(list(o), o)
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(), OrderedDict([(1, 2)]) == {1: 2})
a = OrderedDict([(1, 1), (2, 2)])
b = OrderedDict([(2, 2), (1, 1)])
print(a == b, dict(a) == dict(b), a != b, list(reversed(a)))
print(OrderedDict.fromkeys('xy', 0), a.copy(), isinstance(a, dict))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    a.move_to_end('zz')
except KeyError as e:
    print(type(e).__name__, e)
d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, d['a'], 'c' in d, len(d))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c.default_factory)
n = defaultdict()
try:
    n['x']
except KeyError as e:
    print(type(e).__name__, e)
print(n, defaultdict(None, {1: 2}), defaultdict(int, a=1))
print(d.get('zz'), 'zz' in d, d.copy(), type(d.copy()).__name__)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
