# metaclasses: class C(metaclass=M), type(C), inheritance of metaclass
class Meta(type):
    def __new__(mcs, name, bases, ns):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        ns["added"] = "by meta"
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def hello(cls):
        return "hello from " + cls.__name__

class A(metaclass=Meta):
    x = 1
    def f(self):
        return 2

print(type(A).__name__, A.added, A.hello())
print(isinstance(A, Meta), isinstance(A, type))

class B(A):
    y = 2

print(type(B).__name__, B.added, B.hello())
print(hasattr(B(), "hello"))

# metaclass attribute not visible on instances
try:
    B().hello
except AttributeError as e:
    print("AttributeError", e)

# metaclass that is a plain function
def func_meta(name, bases, ns):
    print("func_meta", name)
    return type(name, bases, dict(ns, made_by="func"))

class F(metaclass=func_meta):
    pass
print(F.made_by, type(F).__name__)

# metaclass conflict
class M1(type):
    pass
class M2(type):
    pass
class X(metaclass=M1):
    pass
class Y(metaclass=M2):
    pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError", e)

# a derived metaclass resolves the conflict
class M3(M1, M2):
    pass
class Z(X, Y, metaclass=M3):
    pass
print(type(Z).__name__)

# the most derived metaclass wins even if given a base one
class W(X, metaclass=type):
    pass
print(type(W).__name__)

# metaclass methods and properties
class PMeta(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class PC(metaclass=PMeta):
    pass
print(PC.upper_name)
