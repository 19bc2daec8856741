# property: getter/setter/deleter chaining, __doc__, fget/fset/fdel, errors
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("set", v)
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("delete")
        self._c = None

t = Temp()
t.celsius = 25
print(t.celsius)
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__)
p = Temp.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(type(p).__name__, isinstance(p, property))

# each chained call returns a new property
a = property(lambda self: 1)
b = a.setter(lambda self, v: None)
print(a is b, a.fset, b.fset is not None)
c = b.getter(lambda self: 2)
print(c.fset is b.fset)

# doc argument and doc from getter
def g(self):
    "getter doc"
    return 1
print(property(g).__doc__, property(g, doc="explicit").__doc__, property().__doc__)
print(property(g).getter(g).__doc__)

# read-only and write-only properties
class RO:
    @property
    def v(self):
        return 1
    w = property(None, lambda self, v: print("w set", v))
r = RO()
try:
    r.v = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    del r.v
except AttributeError as e:
    print("AttributeError", e)
r.w = 5
try:
    r.w
except AttributeError as e:
    print("AttributeError", e)

# property with keyword arguments
class KW:
    x = property(fget=lambda self: "kw get", doc="kw doc")
print(KW().x, KW.x.__doc__)

# subclass of property
class cached(property):
    pass
class U:
    @cached
    def z(self):
        return "z"
print(U().z, type(U.z).__name__)

# property overriding in a subclass and calling the base fget
class Base:
    @property
    def name(self):
        return "base"
class Sub(Base):
    @Base.name.getter
    def name(self):
        return "sub+" + Base.name.fget(self)
print(Sub().name, Base().name)
