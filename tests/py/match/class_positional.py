# match: positional sub-patterns in class patterns through __match_args__
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def show(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return "y axis %r" % (y,)
        case Point(x, 0):
            return "x axis %r" % (x,)
        case Point(x, y=9):
            return "y is nine, x %r" % (x,)
        case Point(x, y):
            return "point %r %r" % (x, y)
    return "no"
for p in [Point(0, 0), Point(0, 1), Point(2, 0), Point(3, 9), Point(4, 5), 7]:
    print(show(p))

# fewer positional sub-patterns than __match_args__ is fine
match Point(1, 2):
    case Point(first):
        print("first only", first)

# subclasses inherit __match_args__ and may extend it
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Named(Point):
    pass
match Point3(1, 2, 3):
    case Point3(a, b, c):
        print("Point3", a, b, c)
match Named(5, 6):
    case Named(a, b):
        print("Named", a, b)
# the class in the pattern decides: Point has only two positional attributes
try:
    match Point3(1, 2, 3):
        case Point(a, b, c):
            print("no: Point has two")
except TypeError as e:
    print(type(e).__name__, e.args)

# a missing positional attribute fails the pattern quietly
class Partial:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a = 1
match Partial():
    case Partial(a):
        print("a only", a)
match Partial():
    case Partial(a, b):
        print("no")
    case Partial(a, b=_):
        print("no")
    case _:
        print("b missing")

# __match_args__ may be any tuple of attribute names, including properties
class Temp:
    __match_args__ = ("celsius", "fahrenheit")
    def __init__(self, c):
        self.celsius = c
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
match Temp(100):
    case Temp(c, f):
        print(c, f)

# an empty __match_args__ allows keywords only
class NoPos:
    __match_args__ = ()
    def __init__(self):
        self.v = 1
match NoPos():
    case NoPos(v=v):
        print("keyword still fine", v)
