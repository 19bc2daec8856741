# types2: __eq__/__hash__ interactions in dicts and sets: custom keys, unhashable, 1 == 1.0 == True
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return 'K(%r)' % self.v
d = {K(1): 'a'}
d[K(1)] = 'b'
print(d, K(1) in d, K(2) in d)
s = {K(1), K(1), K(2)}
print(len(s))
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__)
try:
    {NoHash(): 1}
except TypeError as e:
    print('TypeError', e)
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError', e)
class Ident:
    pass
a, b = Ident(), Ident()
print(len({a, b, a}), a == b, a == a)
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
print({1, 1.0, True}, {0, 0.0, False, -0.0})
print(hash(1) == hash(1.0) == hash(True), hash(-1) == hash(-1.0), hash(2**70) == hash(float(2**70)))
d = {0.5: 'half', 2**64: 'big'}
print(d[0.5], d[18446744073709551616.0])
class AlwaysEq:
    def __init__(self, h): self.h = h
    def __eq__(self, o): return True
    def __hash__(self): return self.h
d = {AlwaysEq(1): 'x'}
print(d[AlwaysEq(1)], AlwaysEq(2) in d)
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError', e)
try:
    {1, {}}
except TypeError as e:
    print('TypeError', e)
print((1, 2) in {(1, 2): 0}, frozenset([1]) in {frozenset([1])})
try:
    {(1, [2]): 0}
except TypeError as e:
    print('TypeError', e)
calls = []
class Count:
    def __hash__(self):
        calls.append('hash')
        return 7
    def __eq__(self, o):
        calls.append('eq')
        return self is o
c = Count()
d = {c: 1}
d[c]
print(calls[:2], d[c])
