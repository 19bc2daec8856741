# __init_subclass__: implicit classmethod, class keyword arguments, super chaining
registry = []

class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        print("init_subclass", cls.__name__, name, sorted(kw))
        super().__init_subclass__(**kw)
        registry.append((cls.__name__, name))

class A(Plugin, name="alpha"):
    pass

class B(A):
    pass

print(registry)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

# unexpected keyword reaches object.__init_subclass__
try:
    class C(Plugin, name="c", extra=1):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    class D(object, color="red"):
        pass
except TypeError as e:
    print("TypeError", e)

# __init_subclass__ is not called for the defining class itself
class Root:
    def __init_subclass__(cls):
        print("sub of Root:", cls.__name__, cls.__mro__[1].__name__)

class L1(Root):
    pass

class L2(L1):
    pass

# explicit classmethod works the same
class Explicit:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit", cls.__name__, kw)
class E1(Explicit, k=3):
    pass

# attributes of the new class are visible in __init_subclass__
class Check:
    def __init_subclass__(cls):
        print("has attr:", hasattr(cls, "required"))
class Good(Check):
    required = 1
class NotGood(Check):
    pass

# multiple inheritance: only the first in the MRO is called unless it chains
class M1:
    def __init_subclass__(cls, **kw):
        print("M1", cls.__name__)
        super().__init_subclass__(**kw)
class M2:
    def __init_subclass__(cls, **kw):
        print("M2", cls.__name__)
        super().__init_subclass__(**kw)
class Mixed(M1, M2):
    pass

# type() with kwargs
T = type("T", (Plugin,), {}, name="tee")
print(registry[-1])
