# classmethod and staticmethod: binding, wrapping, __func__, calling through instances
class A:
    count = 0
    @classmethod
    def create(cls, n):
        return "%s(%d)" % (cls.__name__, n)
    @staticmethod
    def util(x, y=1):
        return x + y

class B(A):
    pass

print(A.create(1), B.create(2), B().create(3))
print(A.util(1), A().util(1, 2), B.util(5))
cm = A.__dict__["create"]
sm = A.__dict__["util"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
print(cm.__get__(None, B)(4), sm.__get__(None, A)(10))
print(A.create.__self__ is A, B().create.__self__ is B)
print(type(A.create).__name__, type(A.util).__name__)
print(sm(2, 3))

# classmethod wrapping a descriptor (3.9-3.12 behaviour: chains __get__)
class Named:
    def __get__(self, obj, owner):
        return "descr for " + owner.__name__
class C:
    d = classmethod(Named())
print(C.d)

# staticmethod with a callable object
class Callable:
    def __call__(self, *a):
        return ("called", a)
class D:
    c = staticmethod(Callable())
print(D.c(1), D().c(2))

# classmethod on a builtin
class E(dict):
    pass
print(E.fromkeys([1]), type(E.fromkeys([1])).__name__)

# wrapping at runtime
def plain(cls):
    return cls.__name__
A.plain = classmethod(plain)
print(B.plain())
print(isinstance(classmethod(plain), classmethod))
try:
    classmethod()
except TypeError as e:
    print("TypeError", e)
