# properties across inheritance: overriding, extending with getter/setter, super() access
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x

class Doubled(Base):
    @Base.v.getter
    def v(self):
        return self._v * 2

class Logged(Base):
    @property
    def v(self):
        return "logged " + str(super().v)
    @v.setter
    def v(self, x):
        print("setting", x)
        Base.v.fset(self, x)

d = Doubled()
d.v = 5
print(d.v, Base.v.fget(d))
l = Logged()
l.v = 7
print(l.v)

# a plain attribute in a subclass shadows a base property on the class,
# but the instance still goes through whatever the class chain finds first
class Shadow(Base):
    v = "class attribute"
s = Shadow()
print(s.v)
s.v = "instance"
print(s.v, s._v)

# property on a base, instance dict entry of the same name is ignored
b = Base()
b.__dict__["v"] = "dict"
print(b.v)

# setting through super() is not supported
class Sup(Base):
    def set_via_super(self):
        super().v = 3
try:
    Sup().set_via_super()
except AttributeError as e:
    print("AttributeError", e)

# deleting without a deleter
try:
    del b.v
except AttributeError as e:
    print("AttributeError", e)

# property objects are shared, not copied, by subclasses
print(Doubled.__dict__["v"] is not Base.__dict__["v"], "v" in Doubled.__dict__, "v" in Shadow.__dict__)
print(isinstance(Doubled.v, property), Doubled.v.fset is Base.v.fset)
