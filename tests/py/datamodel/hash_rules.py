# __hash__ and __eq__: defining __eq__ alone makes a class unhashable
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(e)
try:
    {EqOnly()}
except TypeError as e:
    print(e)
try:
    set().add(EqOnly())
except TypeError as e:
    print(e)
# defining both keeps it hashable
class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Both) and self.k == o.k
    def __hash__(self): return hash(self.k)
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, hash(Both(7)) == hash(7))
# __hash__ = None explicitly
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
# a subclass of an __eq__-only class inherits the None
class SubEq(EqOnly):
    pass
try:
    hash(SubEq())
except TypeError as e:
    print(e)
# a subclass may restore hashing
class Rehash(EqOnly):
    __hash__ = object.__hash__
r = Rehash()
print(hash(r) == hash(r), type(hash(r)).__name__)
# inheriting __eq__ without redefining it keeps the base's __hash__
class HB:
    def __eq__(self, o): return True
    def __hash__(self): return 5
class HS(HB):
    pass
print(hash(HS()))
class HS2(HB):
    def __eq__(self, o): return False
try:
    hash(HS2())
except TypeError as e:
    print(e)
# results are truncated and -1 becomes -2
class Big:
    def __hash__(self): return 2**100
class MinusOne:
    def __hash__(self): return -1
class BoolHash:
    def __hash__(self): return True
print(hash(Big()) == hash(2**100), hash(MinusOne()), hash(BoolHash()))
import sys
M = 2 ** 61 - 1 if sys.maxsize > 2 ** 32 else 2 ** 31 - 1   # numeric hash modulus: 2**31 - 1 on 32-bit hosts
print(hash(-1), hash(-2), hash(M), hash(M + 1), hash(-(M + 1)))
class IntSub(int):
    pass
class HashIntSub:
    def __hash__(self): return IntSub(12)
print(hash(HashIntSub()))
class BadHash:
    def __hash__(self): return 1.5
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class StrHash:
    def __hash__(self): return '3'
try:
    hash(StrHash())
except TypeError as e:
    print(e)
# unhashable built-ins
for v in ([], {}, set(), [[]]):
    try:
        hash(v)
    except TypeError as e:
        print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
print(list.__hash__, dict.__hash__, set.__hash__)
print(type(object.__hash__(p)).__name__)
