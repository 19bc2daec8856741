# type(name, bases, ns) and type.__new__ with a base whose metaclass is more derived
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("M.__new__", name, kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name)
        super().__init__(name, bases, ns)
class A(metaclass=M): pass
X = type("X", (A,), {})
print(type(X).__name__)
Y = type("Y", (A,), {}, flag=1)
class N(type): pass
class B(metaclass=N): pass
Z = type("Z", (B,), {"v": 1})
print(type(Z).__name__, Z.v)
W = type.__new__(type, "W", (A,), {})
print(type(W).__name__)
