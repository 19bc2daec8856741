# what a class namespace holds: __module__, __doc__, slots, and the __dict__/__weakref__ descriptors
def keys(cls):
    return list(cls.__dict__)

for b in (object, int, str, bytes, list, dict, set, frozenset, tuple, float, Exception, ValueError, type, property):
    C = type("C", (b,), {})
    print(b.__name__, [k for k in C.__dict__ if k in ("__dict__", "__weakref__")])

class A:
    pass
class B(A):
    pass
print(keys(A), keys(B))

class Documented:
    """doc"""
    x = 1
    def f(self):
        pass
print(keys(Documented))

class S:
    __slots__ = ("a",)
class S2(S):
    pass
class S3:
    __slots__ = ("__weakref__",)
class S4:
    __slots__ = ("b", "__dict__")
print(keys(S), keys(S2), keys(S3), keys(S4))

print(A.__dict__["__dict__"], A.__dict__["__weakref__"], A().__weakref__)
print(type(A.__dict__["__dict__"]).__name__, A.__dict__["__dict__"].__objclass__ is A)
a = A()
a.x = 1
print(A.__dict__["__dict__"].__get__(a), vars(a))
A.__dict__["__dict__"].__set__(a, {"y": 2})
print(a.y, hasattr(a, "x"))
try:
    A.__dict__["__dict__"].__get__(1)
except TypeError as e:
    print("TypeError", e)
try:
    a.__weakref__ = 1
except AttributeError as e:
    print("AttributeError", e)
del a.__dict__
print(vars(a))

class M(type):
    pass
print(keys(M))
