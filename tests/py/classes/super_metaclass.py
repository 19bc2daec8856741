# zero-argument super and the __class__ cell in classes made by metaclasses
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        print("created", name, "cell set:", "__classcell__" not in cls.__dict__)
        return cls
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.via_meta = True
        return inst

class Base(metaclass=Meta):
    def greet(self):
        return "Base"

class Child(Base):
    def greet(self):
        return "Child>" + super().greet()
    def cls_name(self):
        return __class__.__name__

c = Child()
print(c.greet(), c.cls_name(), c.via_meta)

# super() in __init_subclass__ and in the metaclass __init__
class Reg(type):
    names = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.names.append(name)
class R1(metaclass=Reg):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("subclass", cls.__name__)
class R2(R1):
    def m(self):
        return super().__class__.__name__
print(Reg.names, R2().m())

# a method using super() called while the class is still being built
class Early(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if "hook" in ns:
            print("early hook:", cls().hook())
class E0:
    def hook(self):
        return "E0"
class E1(E0, metaclass=Early):
    def hook(self):
        return "E1>" + super().hook()

# __classcell__ must reach type.__new__
class Drops(type):
    def __new__(mcs, name, bases, ns):
        ns = dict(ns)
        return super().__new__(mcs, name, bases, ns)
class D0:
    def f(self):
        return "D0"
class D1(D0, metaclass=Drops):
    def f(self):
        return "D1>" + super().f()
print(D1().f())
