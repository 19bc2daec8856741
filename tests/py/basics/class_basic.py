# basics: class definition with __init__, methods and instance attributes
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

    def dist2(self):
        return self.x * self.x + self.y * self.y

    def as_tuple(self):
        return (self.x, self.y)

p = Point(3, 4)
print(p.x, p.y, p.dist2())
p.move(1, 1).move(-2, 0)
print(p.as_tuple())
q = Point(0, 0)
print(q.as_tuple(), p.as_tuple())
print(isinstance(p, Point), type(p) is Point, type(p).__name__)
p.label = "dynamic"
print(p.label)
print(hasattr(q, "label"))
m = p.dist2
print(m())
print(Point.dist2(q))

class Counter:
    def __init__(self):
        self.n = 0
    def incr(self, by=1):
        self.n += by
    def get(self):
        return self.n
c = Counter()
c.incr()
c.incr(5)
print(c.get())
class NoInit:
    def hello(self):
        return "hello from " + type(self).__name__
print(NoInit().hello())
try:
    Point(1)
except TypeError:
    print("TypeError")
