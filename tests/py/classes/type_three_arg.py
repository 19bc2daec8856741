# type(name, bases, dict) builds classes dynamically
def init(self, v):
    self.v = v

Point = type("Point", (), {"__init__": init, "kind": "pt", "show": lambda self: "P(%r)" % self.v})
p = Point(3)
print(p.v, p.kind, p.show())
print(Point.__name__, Point.__qualname__, Point.__bases__)
print(type(Point) is type)
print(Point.__module__)

Sub = type("Sub", (Point,), {})
print(Sub(4).show(), Sub.__mro__ == (Sub, Point, object))

# multiple bases
A = type("A", (), {"a": 1})
B = type("B", (), {"b": 2})
AB = type("AB", (A, B), {})
print(AB.a, AB.b, [c.__name__ for c in AB.__mro__])

# errors
for args in [("X",), ("X", ()), ("X", (), {}, 1)]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    type(1, (), {})
except TypeError as e:
    print("TypeError", e)
try:
    type("X", [], {})
except TypeError as e:
    print("TypeError", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError", e)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError", e)
try:
    type("X", (bool,), {})
except TypeError as e:
    print("TypeError", e)

# __qualname__ in the dict
Q = type("Q", (), {"__qualname__": "Outer.Q"})
print(Q.__name__, Q.__qualname__, "__qualname__" in Q.__dict__)
try:
    type("R", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError", e)

# the dict is copied
d = {"x": 1}
C = type("C", (), d)
d["x"] = 2
print(C.x)

# type of type
print(type(type), type(object), type(int))
