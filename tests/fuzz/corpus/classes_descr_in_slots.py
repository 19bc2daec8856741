# descriptors and slots together: validators built on member descriptors
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.slot = owner.__dict__["_" + name]
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return self.slot.__get__(obj, owner)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        self.slot.__set__(obj, value)

class Rec:
    __slots__ = ("_n", "_s")
    n = Typed(int)
    s = Typed(str)
    def __init__(self, n, s):
        self.n = n
        self.s = s

r = Rec(1, "a")
print(r.n, r.s)
try:
    r.n = "x"
except TypeError as e:
    print("TypeError", e)
r.n = 5
print(r.n, r._n)
try:
    Rec.__dict__["_n"].__set__(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    Rec.__dict__["_n"].__get__(1, int)
except TypeError as e:
    print("TypeError", e)
print(Rec.__dict__["_n"].__objclass__ is Rec)
