# __getattr__ runs only when normal lookup raises AttributeError
class Lazy:
    x = 1
    def __init__(self):
        self.y = 2
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("no"):
            raise AttributeError(name)
        return name * 2

l = Lazy()
print(l.x, l.y, l.zz)
print(getattr(l, "ab"))
print(hasattr(l, "nope"))
print(getattr(l, "nothing", "default"))
try:
    l.no_such
except AttributeError as e:
    print("AttributeError", e.args)

# with __getattribute__ raising AttributeError
class Both:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
    real = "real"
b = Both()
print(b.real, b.hidden, b.other)

# property raising AttributeError falls back to __getattr__
class Prop:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "from getattr: " + name
print(Prop().p)

# __getattr__ is not used for special-method lookup
class NoLen:
    def __getattr__(self, name):
        return lambda: 5
try:
    len(NoLen())
except TypeError as e:
    print("TypeError", e)
print(NoLen().__len__())

# __getattr__ on a class via metaclass
class Meta(type):
    def __getattr__(cls, name):
        return cls.__name__ + "." + name
class K(metaclass=Meta):
    present = 1
print(K.present, K.absent)
