# dir(): sorted names of the current scope or of an object, including inherited class attributes
def public(names):
    return [n for n in names if not n.startswith("__")]
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass
c = Child()
print(public(dir(c)))
print(public(dir(Child)))
print(public(dir(Base)))
print(dir(c) == sorted(dir(c)))
for name in ("__class__", "__dict__", "__init__", "__module__", "__doc__"):
    print(name, name in dir(c))
print("inst" in dir(Child))
class Multi(Child, dict):
    pass
print("keys" in dir(Multi), "child_attr" in dir(Multi()), "base_method" in dir(Multi))
def f(a, b=1):
    c = 2
    return dir()
print(f(0))
class Scope:
    x = 1
    names = dir()
print(Scope.names)
mod_names = dir()
print("Child" in mod_names, "f" in mod_names, mod_names == sorted(mod_names))
import sys
print("path" in dir(sys), "modules" in dir(sys), dir(sys) == sorted(dir(sys)))
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""), "__len__" in dir([]))
print(type(dir()).__name__, type(dir(c)).__name__)
c.later = 1
print("later" in dir(c))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError", e)
ns = {}
exec("print(dir())", {}, {"b": 1, "a": 2})
exec("zz = 1\nprint(dir())", ns)
print(public(dir(lambda: 0)) == public(dir(f)))
