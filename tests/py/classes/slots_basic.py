# __slots__: fixed attributes, no instance dict, member descriptors on the class
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
p.y = 2
print(p.x + p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, "__dict__"))
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, "x"))
print(type(P.x).__name__)
print(repr(P.x))
print(P.x.__name__)
print(P.x.__get__(p, P) if hasattr(p, "x") else "no x")
P.y.__set__(p, 10)
print(P.y.__get__(p, P))
print(P.x.__get__(None, P) is P.x)
print(P.__slots__)

# a single string is one slot
class S:
    __slots__ = "only"
s = S()
s.only = "v"
print(s.only, S.__slots__)

# empty slots
class E:
    __slots__ = ()
try:
    E().a = 1
except AttributeError as e:
    print("AttributeError", e)

# slot and class variable conflict
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError", e)

# a method on a slotted class cannot be shadowed
class F:
    __slots__ = ()
    def m(self):
        return 1
try:
    F().m = 2
except AttributeError as e:
    print("AttributeError", e)
