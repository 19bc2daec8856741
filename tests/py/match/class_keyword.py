# match: class patterns with keyword sub-patterns: isinstance, attribute lookup, missing attributes
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point3(z=0):
            return "on the plane"
        case Point(x=0, y=y):
            return "on the y axis at %r" % (y,)
        case Point(x=x, y=0):
            return "on the x axis at %r" % (x,)
        case Point(x=x, y=y) if x == y:
            return "on the diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3(0, 0, 0), Point3(1, 2, 0), Point3(1, 2, 3), (0, 0), None]:
    print(where(p))

# a missing attribute makes the pattern fail (no AttributeError)
class Empty:
    pass
match Empty():
    case Empty(anything=1):
        print("no")
    case Empty():
        print("missing attribute fails quietly")

# properties and class attributes count as attributes
class Props:
    kind = "class attr"
    @property
    def double(self):
        return 2 * self.n
    def __init__(self, n):
        self.n = n
match Props(21):
    case Props(kind=k, double=d, n=n):
        print(k, d, n)

# attribute values are sub-patterns of any kind
class Box:
    def __init__(self, content):
        self.content = content
match Box([1, {"k": Box("inner")}]):
    case Box(content=[1, {"k": Box(content=s)}]):
        print("deep", s)

# attributes of built-in types work too
match 5:
    case int(real=r, imag=i):
        print("int attributes", r, i)
match "text":
    case str(upper=u):
        print("bound method found:", u())

# the subject is not an instance: no attribute is read
class Loud:
    def __getattr__(self, name):
        print("getattr", name)
        return 1
match Loud():
    case Point(x=1):
        print("no")
    case Loud(x=1, y=y):
        print("Loud matched, y =", y)
