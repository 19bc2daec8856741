# an ABC-like registry built on __instancecheck__ / __subclasscheck__
class ABCMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls._registry = []
        abstract = {k for k, v in ns.items() if getattr(v, "__isabstract__", False)}
        for b in bases:
            for k in getattr(b, "__abstract__", ()):
                if k not in ns:
                    abstract.add(k)
        cls.__abstract__ = frozenset(abstract)
        return cls
    def register(cls, sub):
        cls._registry.append(sub)
        return sub
    def __subclasscheck__(cls, sub):
        if sub in cls._registry:
            return True
        return any(sub is c or c in cls._registry for c in sub.__mro__) or type.__subclasscheck__(cls, sub)
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))
    def __call__(cls, *a, **k):
        if cls.__abstract__:
            raise TypeError("Can't instantiate abstract class %s with abstract methods %s"
                            % (cls.__name__, ", ".join(sorted(cls.__abstract__))))
        return super().__call__(*a, **k)

def abstract(f):
    f.__isabstract__ = True
    return f

class Shape(metaclass=ABCMeta):
    @abstract
    def area(self):
        pass
    @abstract
    def name(self):
        pass

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def name(self):
        return "square"

class Half(Shape):
    def area(self):
        return 0

try:
    Shape()
except TypeError as e:
    print("TypeError", e)
try:
    Half()
except TypeError as e:
    print("TypeError", e)
sq = Square(3)
print(sq.area(), sq.name(), isinstance(sq, Shape), issubclass(Square, Shape))

class Circle:
    pass
print(isinstance(Circle(), Shape), issubclass(Circle, Shape))
Shape.register(Circle)
print(isinstance(Circle(), Shape), issubclass(Circle, Shape))
class BigCircle(Circle):
    pass
print(issubclass(BigCircle, Shape), isinstance(BigCircle(), (int, Shape)))
print(issubclass(int, Shape), sorted(Shape.__abstract__), Square.__abstract__)
