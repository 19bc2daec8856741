# class keyword arguments reach the metaclass's __prepare__, __new__ and __init__
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, sorted(kw.items()))
        return {}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(kw.items()))
        cls = super().__new__(mcs, name, bases, ns)
        cls.options = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, sorted(kw.items()))
        super().__init__(name, bases, ns)

class A(metaclass=Meta, color="red", size=3):
    pass
print(A.options)

class B(A, size=4):
    pass
print(B.options, type(B).__name__)

# keyword arguments unpacked from a dict
opts = {"color": "blue"}
class C(A, **opts):
    pass
print(C.options)

# type.__new__ passes keywords on to __init_subclass__
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))
class KwMeta(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
class D(Base, metaclass=KwMeta, flavour="x"):
    pass

# type.__init__ ignores keywords with three arguments but not alone
type.__init__(D, "D", (Base,), {}, extra=1)
try:
    type.__init__(D, extra=1)
except TypeError as e:
    print("TypeError", e)
try:
    type.__init__(D, 1, 2)
except TypeError as e:
    print("TypeError", e)

# plain type rejects keywords that __init_subclass__ does not take
try:
    class E(unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
