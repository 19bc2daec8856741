# subclasses of tuple: named-tuple style classes
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return "Point(x=%r, y=%r)" % self

p = Point(1, 2)
print(p, p.x, p.y, len(p), p[0], type(p).__name__, isinstance(p, tuple))
print(p == (1, 2), hash(p) == hash((1, 2)), p + (3,), type(p + (3,)).__name__)
x, y = p
print(x, y, list(p), tuple(p), type(tuple(p)).__name__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, "__dict__"))

class T(tuple):
    pass
t = T([1, 2, 3])
t.extra = "e"
print(t, t.extra, T(), T("ab"), t[1:], type(t[1:]).__name__)
print(t.count(1), t.index(3), sorted(T((3, 1))))

class Rev(tuple):
    def __getitem__(self, i):
        return tuple.__getitem__(self, -1 - i)
r = Rev((1, 2, 3))
print(r[0], r[2], list(r))
print(tuple.__new__(T, [5]), type(tuple.__new__(T, [5])).__name__)
