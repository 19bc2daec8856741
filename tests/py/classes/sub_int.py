# subclasses of int: __new__, extra attributes, overridden methods, arithmetic results
class Flag(int):
    def __new__(cls, value, label="?"):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj
    def __repr__(self):
        return "Flag(%d, %s)" % (int(self), self.label)

f = Flag(5, "five")
print(f, f.label, f + 1, type(f + 1).__name__)
print(isinstance(f, int), type(f).__name__, int(f) == 5)
print(f == 5, hash(f) == hash(5), f < 10)
print({f: "x"}[5])
print(Flag(2 ** 70, "big") > 2 ** 69)

class Even(int):
    def __add__(self, other):
        return Even(int(self) + other + 1)
    def double(self):
        return self * 2
e = Even(4)
print(e + 1, type(e + 1).__name__, e.double(), type(e.double()).__name__)
print(1 + e, type(1 + e).__name__)

class Plain(int):
    pass
p = Plain("12")
print(p, type(p).__name__, Plain(7, ) + 0, Plain("ff", 16))
p.extra = "attribute"
print(p.extra, p.__dict__)
print(Plain() == 0, str(Plain(3)), repr(Plain(-3)), format(Plain(255), "x"))

class WithInit(int):
    def __init__(self, v):
        print("init with", v)
        self.orig = v
w = WithInit("42")
print(w, w.orig)
print(int.__new__(Plain, 9), type(int.__new__(Plain, 9)).__name__)
try:
    int.__new__(str, 1)
except TypeError as e:
    print("TypeError", e)
print(Plain(True), type(Plain(True)).__name__)
