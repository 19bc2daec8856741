# basics: __str__, __repr__, __eq__, __len__, __bool__ and __hash__ on classes
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "V(%d, %d)" % (self.x, self.y)
    def __str__(self):
        return "<%d,%d>" % (self.x, self.y)
    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x and self.y == other.y
    def __hash__(self):
        return self.x * 31 + self.y
    def __len__(self):
        return 2
    def __bool__(self):
        return self.x != 0 or self.y != 0

v = V(1, 2)
print(v)
print(repr(v))
print(str(v))
print([v, V(3, 4)])
print(v == V(1, 2), v == V(2, 1), v != V(1, 2), v == "x")
print(len(v))
print(bool(v), bool(V(0, 0)))
if not V(0, 0):
    print("zero vector is falsy")
s = {V(1, 2), V(1, 2), V(2, 1)}
print(len(s))
d = {V(1, 1): "one-one"}
print(d[V(1, 1)])
print(f"{v} and {v!r}")

class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr(), str(OnlyStr()))
class OnlyRepr:
    def __repr__(self):
        return "only repr"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
