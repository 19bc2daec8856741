# class attributes vs instance attributes: shadowing, mutation, deletion
class Counter:
    total = 0
    shared = []
    def __init__(self):
        Counter.total += 1
        self.own = []

a = Counter()
b = Counter()
print(Counter.total, a.total, b.total)
a.total = 100
print(a.total, b.total, Counter.total, a.__dict__["total"])
del a.total
print(a.total)
a.shared.append(1)
print(b.shared, Counter.shared)
a.own.append(1)
print(b.own)

Counter.total = 50
print(a.total, b.total)
del Counter.total
try:
    a.total
except AttributeError as e:
    print("AttributeError", e)
try:
    del Counter.total
except AttributeError as e:
    print("AttributeError", e)

# methods replaced on the class and on the instance
class M:
    def f(self):
        return "orig"
m = M()
M.f = lambda self: "patched"
print(m.f())
m.f = lambda: "instance"
print(m.f(), M.f(m))
del m.f
print(m.f())

# class attributes are shared through inheritance until set on the subclass
class P:
    x = 1
class Q(P):
    pass
print(Q.x)
P.x = 2
print(Q.x)
Q.x = 3
print(P.x, Q.x, "x" in Q.__dict__)
del Q.x
print(Q.x)

# setting special attributes
Q.__name__ = "Renamed"
print(Q.__name__, Q.__qualname__)
Q.__qualname__ = "X.Renamed"
print(Q.__qualname__)
try:
    Q.__name__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError", e)
