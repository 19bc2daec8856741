# __qualname__, __module__, __name__, __doc__ of classes, nested classes and methods
class Outer:
    """Outer doc."""
    class Inner:
        class Deepest:
            pass
        def method(self):
            pass
    def f(self):
        class Local:
            pass
        return Local

print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.method.__qualname__)
print(Outer().f().__qualname__, Outer().f().__name__)
print(Outer.__doc__, Outer.Inner.__doc__)
print(repr(Outer.Inner))
print(repr(Outer().f()))

class WithQual:
    __qualname__ = "Custom.Name"
print(WithQual.__qualname__, repr(WithQual))

class WithModule:
    __module__ = "fake.mod"
print(WithModule.__module__, repr(WithModule))
print(repr(WithModule()).startswith("<fake.mod.WithModule object"))

# builtin types
print(int.__module__, int.__qualname__, repr(int), dict.__name__)
print(type(None).__name__, type(print).__name__)

# the class body can see __module__ and __qualname__
class Body:
    seen = (__module__, __qualname__)
print(Body.seen)

# __name__ assignment changes repr
class Renamed:
    pass
Renamed.__name__ = "New"
print(Renamed.__name__, Renamed.__qualname__)
try:
    del Renamed.__name__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    Renamed.__qualname__ = 1
except TypeError as e:
    print("TypeError", e)
