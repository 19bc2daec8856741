# __instancecheck__ and __subclasscheck__ on metaclasses
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")

class Duck(metaclass=DuckMeta):
    pass

class Mallard:
    def quack(self):
        pass

print(isinstance(Mallard(), Duck))
print(isinstance(1, Duck))
print(issubclass(Mallard, Duck))
print(issubclass(int, Duck))
print(isinstance(Mallard(), (int, Duck)))
print(issubclass(Mallard, (int, Duck)))

# exact type match short-circuits __instancecheck__
d = Duck()
print(isinstance(d, Duck))

# the result is converted with bool
class Truthy(type):
    def __instancecheck__(cls, obj):
        return 1
    def __subclasscheck__(cls, sub):
        return []
class T(metaclass=Truthy):
    pass
print(isinstance("x", T), issubclass(int, T))

# an exception propagates
class Raising(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("check failed")
class R(metaclass=Raising):
    pass
try:
    isinstance(5, R)
except RuntimeError as e:
    print("RuntimeError", e)

# except clauses do not use __instancecheck__ but subclass checks
class ErrMeta(type):
    def __subclasscheck__(cls, sub):
        return issubclass(sub, KeyError)
class AnyKey(Exception, metaclass=ErrMeta):
    pass
try:
    {}[1]
except AnyKey:
    print("caught by subclasscheck")
except KeyError:
    print("caught as KeyError")
