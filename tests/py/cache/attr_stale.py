# inline attribute caches: every way a cached class or instance attribute can go stale
N = 200   # enough runs for the code to get hot and quickened


def read_x(objs):
    return [o.x for o in objs]


class A:
    x = 1


class B(A):
    pass


a = A()
b = B()
print(read_x([a] * N)[-1], read_x([b] * N)[-1])
A.x = 2                      # a class attribute reassigned
print(read_x([a] * N)[-1], read_x([b] * N)[-1])
B.x = 3                      # the subclass now hides the base's
print(read_x([a] * N)[-1], read_x([b] * N)[-1])
del B.x
print(read_x([b] * N)[-1])
b.x = 4                      # an instance attribute shadows the class one
print(read_x([b] * N)[-1], read_x([a] * N)[-1])
del b.x
print(read_x([b] * N)[-1])


class Cnt:
    pass


# instance attributes: different layouts through one site
def mk(order):
    o = Cnt()
    for k, v in order:
        setattr(o, k, v)
    return o


objs = [mk([("x", i), ("y", -i)]) if i % 3 else mk([("y", 0), ("x", i)]) for i in range(N)]
print(sum(read_x(objs)))
o = objs[1]
o.__dict__.clear()
o.x = "again"
print(read_x([o] * N)[-1])
o.__dict__ = {"x": "newdict"}
print(read_x([o] * N)[-1])
del o.x
try:
    read_x([o])
except AttributeError as e:
    print("AttributeError", e)


# a descriptor added later: the value's class gains __get__
class Val:
    pass


class Holder:
    x = Val()


h = Holder()
print(type(read_x([h] * N)[-1]).__name__)
Val.__get__ = lambda self, obj, cls: "via __get__"
print(read_x([h] * N)[-1])


# a data descriptor (property) added to a class after instances cached their dict
class P:
    def __init__(self):
        self.x = "dict"


p = P()
print(read_x([p] * N)[-1])
P.x = property(lambda self: "property")
print(read_x([p] * N)[-1])
del P.x
print(read_x([p] * N)[-1])


# __class__ assigned
class C1:
    x = "C1"


class C2:
    x = "C2"


c = C1()
print(read_x([c] * N)[-1])
c.__class__ = C2
print(read_x([c] * N)[-1])


# __bases__ assigned
class Base1:
    x = "Base1"


class Base2:
    x = "Base2"


class D(Base1):
    pass


d = D()
print(read_x([d] * N)[-1])
D.__bases__ = (Base2,)
print(read_x([d] * N)[-1])


# __getattr__ and __getattribute__ added later
class G:
    x = "class"


g = G()
print(read_x([g] * N)[-1])
G.__getattribute__ = lambda self, name: "getattribute " + name
print(read_x([g] * N)[-1])
del G.__getattribute__
print(read_x([g] * N)[-1])


# __slots__ fields and the instance dict of a slotted subclass
class S:
    __slots__ = ("x",)


class SD(S):
    pass


s = S()
s.x = "slot"
sd = SD()
sd.x = "slot in sub"
print(read_x([s] * N)[-1], read_x([sd, s] * N)[-1])
del s.x
try:
    read_x([s])
except AttributeError as e:
    print("AttributeError", e)


# modules and classes as objects
import math


def read_pi(m, n):
    return [m.pi for _ in range(n)][-1]


print(read_pi(math, N))
math.pi = 3
print(read_pi(math, N))
del math.pi
try:
    read_pi(math, 1)
except AttributeError as e:
    print("AttributeError", e)


class K:
    x = "K.x"


print(read_x([K] * N)[-1])
K.x = "K.x again"
print(read_x([K] * N)[-1])
print(read_x([K, A, B] * N)[-3:])
