# __prepare__ returns the namespace the class body runs in
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name, kw)
        return Recorder()
    def __new__(mcs, name, bases, ns, **kw):
        print("ns type", type(ns).__name__, ns.order)
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = ns.order
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=True):
    z = 1
    a = 2
    def m(self):
        pass
    b = 3

print(A.order)

# __prepare__ returning a plain dict with preset entries
class Preset(type):
    def __prepare__(name, bases):
        return {"preset": 10}
class B(metaclass=Preset):
    value = preset + 1
print(B.preset, B.value)

# type.__prepare__ exists and returns a dict
print(type(type.__prepare__("X", ())).__name__)

# __prepare__ not returning a mapping
class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class C(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError", e)

# a duplicate-detecting namespace
class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise KeyError("duplicate " + k)
        super().__setitem__(k, v)
class NoDupMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoDup()
try:
    class D(metaclass=NoDupMeta):
        x = 1
        x = 2
except KeyError as e:
    print("KeyError", e)
