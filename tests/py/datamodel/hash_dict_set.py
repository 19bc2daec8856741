# dicts and sets call __hash__ once per operation and __eq__ only on hash matches
calls = []
class K:
    def __init__(self, name, h): self.name, self.h = name, h
    def __hash__(self):
        calls.append('hash ' + self.name)
        return self.h
    def __eq__(self, o):
        calls.append('eq %s %s' % (self.name, o.name))
        return self.h == o.h and self.name[0] == o.name[0]
    def __repr__(self): return self.name
a1, a2, b = K('a1', 1), K('a2', 1), K('b', 2)
d = {}
d[a1] = 1
print(calls); calls.clear()
d[a2] = 2
print(calls, d); calls.clear()
d[b] = 3
print(calls); calls.clear()
print(d[a2], calls); calls.clear()
print(a1 in d, calls); calls.clear()
print(d.get(K('zz', 3)), calls); calls.clear()
del d[a2]
print(calls, len(d)); calls.clear()
# same hash, unequal: both kept
c1, c2 = K('c1', 9), K('d1', 9)
s = {c1, c2}
print(len(s), sorted(calls)); calls.clear()
# identity short-cuts equality
s2 = {c1}
print(c1 in s2, calls); calls.clear()
# equal numbers hash equal and are one key
d2 = {1: 'int', 1.0: 'float', True: 'bool'}
print(d2)
class MyInt(int):
    pass
print({MyInt(5): 'x'}[5], 5 in {MyInt(5)})
# a key whose __eq__ raises
class Boom:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError('boom')
d3 = {Boom(): 1}
try:
    d3[Boom()]
except ValueError as e:
    print(e)
# a key whose __hash__ raises
class HBoom:
    def __hash__(self): raise RuntimeError('no hash')
try:
    {HBoom(): 1}
except RuntimeError as e:
    print(e)
try:
    HBoom() in {1: 2}
except RuntimeError as e:
    print(e)
