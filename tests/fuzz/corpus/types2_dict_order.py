# types2: dict insertion order after delete and reinsert, update, pop, setdefault, views
d = {'a': 1, 'b': 2, 'c': 3}
del d['a']
d['a'] = 4
print(d, list(d.keys()), list(d.values()))
d['b'] = 20
print(list(d.items()))
d.pop('c')
d['c'] = 0
d.update({'z': 1, 'b': 5})
print(d)
d.setdefault('y', [])
d.setdefault('a', 'ignored')
print(d)
print(d.popitem(), d)
d = {}
for i in range(20):
    d[i] = i
for i in range(0, 20, 2):
    del d[i]
for i in range(0, 10, 2):
    d[i] = -i
print(list(d))
d = dict.fromkeys('hello')
print(d)
d = dict([('x', 1), ('y', 2)], y=3, w=4)
print(d)
d = {k: v for k, v in zip('cab', range(3))}
d |= {'a': 'new', 'd': 'd'}
print(d, {'q': 1} | d)
print(list(reversed(d)), list(reversed(d.items())))
e = {1: 'a'}
e[1.0] = 'b'
e[True] = 'c'
print(e)
k = d.keys()
d['late'] = 1
print(list(k), len(k), 'late' in k)
try:
    for key in d:
        d['new' + str(key)] = 1
except RuntimeError as ex:
    print('RuntimeError', ex)
print(d == dict(reversed(list(d.items()))), {1: 2, 3: 4} == {3: 4, 1: 2})
