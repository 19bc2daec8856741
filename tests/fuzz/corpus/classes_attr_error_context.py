# AttributeError name and obj: set by failed lookups, None by default, keyword arguments
import sys

class A:
    __slots__ = ("x",)

a = A()
cases = [
    lambda: a.y,
    lambda: a.x,
    lambda: setattr(a, "y", 1),
    lambda: delattr(a, "x"),
    lambda: A.q,
    lambda: getattr(a, "z"),
]
for f in cases:
    try:
        f()
    except AttributeError as e:
        print(repr(e), e.name, type(e.obj).__name__, e.obj is a)

try:
    sys.nope
except AttributeError as e:
    print(e.name, e.obj is sys)

e = AttributeError("m")
print(e.name, e.obj, e.args)
e = AttributeError("x", name="n", obj=5)
print(e.name, e.obj, e.args)
try:
    AttributeError("x", bad=1)
except TypeError as te:
    print("TypeError", te)

class MyAE(AttributeError):
    pass
print(MyAE("q", name="z").name, MyAE("q").obj)

# the attributes can be set like any other
e.name = "changed"
print(e.name)

# a __getattr__ that re-raises keeps the context of the original lookup
class G:
    def __getattr__(self, n):
        raise AttributeError("custom " + n)
try:
    G().w
except AttributeError as err:
    print(err, err.name)
