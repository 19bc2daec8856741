# polymorphic attribute and method sites: several classes through one site, in phases and in turn, then changed
N = 200


class Base:
    def __init__(self, v):
        self.v = v
        self.w = -v

    def get(self):
        return self.v

    def kind(self):
        return "base"


class A(Base):
    def kind(self):
        return "A"


class B(Base):
    pass


class C(Base):
    __slots__ = ()   # no dict of its own, but Base gives one


class D(Base):
    @property
    def v(self):     # a data descriptor: the instance dict's v is hidden
        return "D.v"

    @v.setter
    def v(self, x):
        self.__dict__["v"] = x


def read(objs):
    return [(o.v, o.get(), o.kind()) for o in objs]


objs = [A(1), B(2), C(3), D(4)]
print(read(objs * N)[-4:])                        # in turn
print(read([A(5)] * N + [B(6)] * N + [D(7)] * N)[-1])   # in phases
Base.get = lambda self: ("new get", self.w)
print(read(objs * N)[-4:])
B.kind = lambda self: "B now"
print(read(objs * N)[-4:])
b = B(8)
b.kind = lambda: "instance kind"
print(read([A(9)] * N + [b] * N)[-1])
del D.v
print(read(objs * N)[-4:])
