# class decorators: modifying, replacing and registering classes
registry = {}

def register(cls):
    registry[cls.__name__] = cls
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % kv for kv in sorted(vars(self).items()))
        return "%s(%s)" % (type(self).__name__, fields)
    cls.__repr__ = __repr__
    return cls

def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

@register
@add_repr
@with_tag("t1")
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(Point(1, 2), Point.tag, sorted(registry))

def replace(cls):
    return "replaced " + cls.__name__
@replace
class Gone:
    pass
print(Gone)

def singleton(cls):
    inst = cls()
    return inst
@singleton
class Config:
    value = 3
print(Config.value, type(Config).__name__)

# decorators see the finished class, including __init_subclass__ effects
class Base:
    def __init_subclass__(cls):
        cls.seen = True
def check(cls):
    print("decorator sees seen =", cls.seen)
    return cls
@check
class Child(Base):
    pass

# order of decorator application
def trace(name):
    def deco(cls):
        print("applying", name)
        return cls
    return deco
@trace("outer")
@trace("inner")
class Ordered:
    pass
