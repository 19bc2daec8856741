# __setattr__ / __delattr__ overrides and object.__setattr__
class Rec:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)

r = Rec()
r.a = 1
setattr(r, "b", 2)
print(r.a, r.b, sorted(r.__dict__))
del r.a
delattr(r, "b")
print(r.__dict__)
try:
    del r.zz
except AttributeError as e:
    print("AttributeError", e)

# frozen-like objects
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)
    def __delattr__(self, name):
        raise AttributeError("frozen del: " + name)
f = Frozen(3)
print(f.x)
for op in ("set", "del"):
    try:
        if op == "set":
            f.x = 4
        else:
            del f.x
    except AttributeError as e:
        print("AttributeError", e)

# super().__setattr__ and inheritance
class Base:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 10)
class Child(Base):
    pass
c = Child()
c.v = 2
print(c.v)

# __setattr__ still sees data descriptors through object.__setattr__
class WithProp(Base):
    @property
    def p(self):
        return self._p
    @p.setter
    def p(self, v):
        object.__setattr__(self, "_p", v + 1)
w = WithProp()
w.p = 1
print(w.p, w.__dict__)

# object.__setattr__ on built-in instances
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print("AttributeError", e)
try:
    object.__setattr__(object, "x", 2)
except TypeError as e:
    print("TypeError", e)
