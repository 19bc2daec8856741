# super() in every form: zero-arg, two-arg, class methods, static methods, properties
class A:
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__
    @property
    def prop(self):
        return "A.prop"
    attr = "A.attr"

class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    @property
    def prop(self):
        return "B>" + super().prop
    def explicit(self):
        return super(B, self).who()
    def attr_via_super(self):
        return super().attr

class C(B):
    def who(self):
        return "C>" + super().who()
    def skip(self):
        return super(B, self).who()

c = C()
print(c.who(), c.skip(), c.explicit(), C.make(), c.prop, c.attr_via_super())
print(super(C, c).who(), super(B, C).make(), super(C, C).make())
print(super(C, c).__class__.__name__)

# unbound super
s = super(B)
print(repr(s).startswith("<super"))

# super in __new__ and __init__
class Base:
    def __init__(self, v):
        self.v = v
class Derived(Base):
    def __init__(self, v):
        super().__init__(v * 2)
        self.extra = True
d = Derived(3)
print(d.v, d.extra)

# super with static methods
class S1:
    @staticmethod
    def st(x):
        return "S1.st %s" % x
class S2(S1):
    @staticmethod
    def st(x):
        return "S2>" + super(S2, S2).st(x)
print(S2.st(1), S2().st(2))

# super() inside a nested function / comprehension
class N(A):
    def nested(self):
        def inner():
            return super().who()
        return inner()
try:
    N().nested()
except RuntimeError as e:
    print("RuntimeError", e)
except TypeError as e:
    print("TypeError", e)

# super() outside a class
def f():
    return super()
try:
    f()
except RuntimeError as e:
    print("RuntimeError", e)

# bad arguments
for args in [(1,), (A, 1), (B, A())]:
    try:
        super(*args)
    except TypeError as e:
        print("TypeError", e)

# attribute missing on super
try:
    super(C, c).nothing
except AttributeError as e:
    print("AttributeError", e)

# super().__class__ and zero-arg super using __class__ cell after reassignment
class P:
    def m(self):
        return __class__.__name__
class Q(P):
    pass
print(Q().m())
