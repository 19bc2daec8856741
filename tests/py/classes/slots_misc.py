# __slots__ in less common places: exceptions, dict/list subclasses, lists, dict keys, properties
class E(Exception):
    __slots__ = ("code",)
e = E("msg")
e.code = 5
print(e.code, e.args, str(e))

class D(dict):
    __slots__ = ("meta",)
d = D(a=1)
d.meta = "m"
print(d, d.meta, hasattr(d, "__dict__"))
try:
    d.other = 1
except AttributeError as ex:
    print("AttributeError", ex)

class L(list):
    __slots__ = ["tag"]
l = L([1, 2])
l.tag = "t"
print(l, l.tag)

class FromDict:
    __slots__ = {"a": "doc for a", "b": "doc for b"}
f = FromDict()
f.a, f.b = 1, 2
print(f.a, f.b, sorted(FromDict.__slots__))

class WithProp:
    __slots__ = ("_x",)
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
w = WithProp()
w.x = 4
print(w.x, w._x)

# slots are per class: reading a slot of a sibling class fails
class A:
    __slots__ = ("v",)
class B:
    __slots__ = ("v",)
b = B()
b.v = 1
try:
    A.v.__get__(b, B)
except TypeError as ex:
    print("TypeError", ex)

# a class defining __slots__ after creation changes nothing
class Late:
    pass
Late.__slots__ = ("q",)
late = Late()
late.anything = 1
print(late.anything)

# many slots
class Many:
    __slots__ = tuple("s%d" % i for i in range(20))
m = Many()
for i in range(20):
    setattr(m, "s%d" % i, i * i)
print(sum(getattr(m, "s%d" % i) for i in range(20)))
