# comparing lists, tuples and dicts calls the items' __eq__ and __lt__
log = []
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append('eq %r %r' % (self.v, getattr(o, 'v', o)))
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        log.append('lt %r %r' % (self.v, o.v))
        return self.v < o.v
    __hash__ = None
    def __repr__(self): return 'V(%r)' % self.v
print([V(1), V(2)] == [V(1), V(2)], log); log.clear()
print([V(1), V(2)] == [V(1), V(3)], log); log.clear()
print([V(1)] == [V(1), V(2)], log); log.clear()
print((V(1), V(2)) < (V(1), V(3)), log); log.clear()
print([V(1), V(5)] < [V(1), V(3)], log); log.clear()
print([V(1)] <= [V(1)], log); log.clear()
print((V(2),) > (V(1),), log); log.clear()
print({'k': V(1)} == {'k': V(1)}, log); log.clear()
print({'k': V(1)} != {'k': V(2)}, log); log.clear()
# identical items compare equal without calling __eq__
v = V(9)
print([v] == [v], (v, v) == (v, v), {1: v} == {1: v}, log); log.clear()
# __eq__ returning non-bool is taken for its truth
class Odd:
    def __eq__(self, o): return 'yes'
    __hash__ = None
print([Odd()] == [1], (Odd(),) != (1,))
# ordering stops at the first unequal pair; TypeError when items do not order
class NoOrder:
    def __eq__(self, o): return False
    __hash__ = None
try:
    [NoOrder()] < [NoOrder()]
except TypeError as e:
    print(e)
print([1, NoOrder()] < [2, NoOrder()])
# a raising __eq__ propagates out of the container comparison
class Boom:
    def __eq__(self, o): raise ValueError('eq boom')
    __hash__ = None
try:
    [Boom()] == [1]
except ValueError as e:
    print(e)
# comparison of user objects inside sets and frozensets uses hash then eq
class H:
    def __init__(self, k): self.k = k
    def __hash__(self): return 1
    def __eq__(self, o): return self.k == o.k
print({H(1), H(2)} == {H(2), H(1)}, {H(1)} == {H(3)}, frozenset([H(1)]) <= {H(1), H(2)})
