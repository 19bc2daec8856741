# how __eq__ and __hash__ are inherited and overridden across class hierarchies
class A:
    def __eq__(self, o): return type(o) is type(self)
    def __hash__(self): return 1
class B(A):
    def __eq__(self, o): return True
class C(A):
    __hash__ = A.__hash__
    def __eq__(self, o): return False
class D(B):
    pass
for cls in (A, B, C, D):
    print(cls.__name__, '__hash__' in cls.__dict__, cls.__hash__ is None)
for cls in (A, C):
    print(cls.__name__, hash(cls()))
for cls in (B, D):
    try:
        hash(cls())
    except TypeError as e:
        print(e)
# a mixin providing __hash__ before a base with __eq__ only
class EqOnly:
    def __eq__(self, o): return True
class HashMixin:
    def __hash__(self): return 99
class Mixed(HashMixin, EqOnly):
    pass
class Mixed2(EqOnly, HashMixin):
    pass
print(hash(Mixed()))
try:
    hash(Mixed2())
except TypeError as e:
    print(e)
# built-in subclasses: defining __eq__ drops the inherited hash
class MyInt(int):
    def __eq__(self, o): return int(self) == o
try:
    hash(MyInt(3))
except TypeError as e:
    print(e)
class MyStr(str):
    def __eq__(self, o): return str.__eq__(self, o)
    __hash__ = str.__hash__
print(hash(MyStr('x')) == hash('x'), {MyStr('x'): 1}['x'])
class MyTuple(tuple):
    pass
print(hash(MyTuple((1, 2))) == hash((1, 2)), {MyTuple((1,)): 'ok'}[(1,)])
class MyFrozen(frozenset):
    pass
print(hash(MyFrozen([1])) == hash(frozenset([1])))
class MyList(list):
    def __hash__(self): return 7
print(hash(MyList()), {MyList([1]): 'hashable list'}[MyList([1])] if False else hash(MyList([2])))
# __hash__ assigned after class creation
class Late:
    def __eq__(self, o): return True
try:
    hash(Late())
except TypeError as e:
    print(e)
Late.__hash__ = lambda self: 5
print(hash(Late()))
