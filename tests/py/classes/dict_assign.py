# instance __dict__: direct manipulation, replacement, vars(), and interplay with class attributes
class A:
    cls_attr = "class"
    def __init__(self):
        self.a = 1

x = A()
x.__dict__["b"] = 2
print(x.b, sorted(vars(x)))
vars(x)["c"] = 3
print(x.c)
del x.__dict__["a"]
print(hasattr(x, "a"))
x.__dict__ = {"fresh": True}
print(x.fresh, hasattr(x, "b"), x.cls_attr)
try:
    x.__dict__ = [1]
except TypeError as e:
    print("TypeError", e)
try:
    del x.__dict__
except TypeError as e:
    print("TypeError", e)

# a shadowing instance attribute named like a method
x.__dict__["method"] = lambda: "from dict"
print(x.method())

# setattr/getattr/delattr with computed names
for i in range(3):
    setattr(x, "n%d" % i, i * i)
print([getattr(x, "n%d" % i) for i in range(3)])
delattr(x, "n1")
print(sorted(k for k in vars(x) if k.startswith("n")))
print(getattr(x, "n1", "gone"))

# vars() of an object without __dict__
try:
    vars(1)
except TypeError as e:
    print("TypeError", e)
class S:
    __slots__ = ("a",)
try:
    vars(S())
except TypeError as e:
    print("TypeError", e)
