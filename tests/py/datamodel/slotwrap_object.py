# object's slots as methods, and the dunders every class inherits
class A:
    pass
a, b = A(), A()
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), object.__lt__(a, b), object.__ge__(a, a))
print(a.__eq__(a), a.__eq__(b), a.__ne__(a), a.__lt__(b), a.__gt__(1), a.__le__(a))
print(a.__hash__() == hash(a), object.__hash__(a) == hash(a), a.__repr__() == repr(a), a.__str__() == str(a))
print(type(object.__lt__).__name__, object.__lt__)
print(A.__eq__ is object.__eq__, A.__lt__, A.__init__ is object.__init__)
# a class that defines __eq__ gets __hash__ None in its own dict
class E:
    def __eq__(self, o): return True
print('__hash__' in E.__dict__, E.__hash__, E().__ne__(1), E().__eq__(1))
# reflected comparisons via the slot: 1 < a tries A's __gt__ which is object's
try:
    1 < a
except TypeError as e:
    print(e)
# slot wrappers of type and function objects
print(type.__call__(A).__class__ is A, len.__call__('abc'), (lambda x: x * 2).__call__(4))
print(type(len).__call__, type(len.__call__).__name__)
print(type.__repr__(int), int.__repr__(3), repr.__call__(4))
# iterators
it = iter([1, 2])
print(it.__next__(), it.__iter__() is it, type(it).__next__(it))
try:
    it.__next__()
except StopIteration as e:
    print('StopIteration', e.args)
r = iter(range(3))
print(r.__next__(), type(r).__next__(r))
# None's __bool__ and __repr__
print(None.__bool__(), None.__repr__(), (...).__repr__(), NotImplemented.__repr__())
# the descriptor checks self's type
for f in (lambda: object.__lt__(), lambda: list.__iter__(5), lambda: int.__add__(1.5, 1),
          lambda: type(iter([])).__next__(iter(()))):
    try:
        f()
    except TypeError as e:
        print(e)
# slot wrappers are descriptors: __get__ binds them
print(int.__add__.__get__(1)(2), int.__add__.__get__(None, int) is int.__add__, type(int.__add__.__get__(5)).__name__)
for f in (lambda: int.__add__.__get__('x'), lambda: int.__add__.__get__(None)):
    try:
        f()
    except TypeError as e:
        print(e)
print(callable(int.__add__), callable((1).__add__), (1).__add__.__name__, (3).__add__.__self__)
