# polymorphic inline caches: 2, 3 and 5 classes at one site (attribute loads, stores, methods, class
# attributes, __slots__), then shadowing, class mutation, deletion, descriptors and overrides after warm-up
N = 120


class Base:
    tag = "base"

    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def kind(self):
        return "Base"


class A(Base):
    def kind(self):
        return "A"


class B(Base):
    tag = "b"

    def __init__(self, v):
        self.extra = 0   # another dict layout: v and w sit at other indices
        Base.__init__(self, v)


class C(Base):
    def kind(self):
        return "C"


class D(C):
    pass


class S:
    __slots__ = ("v", "w")
    tag = "slots"

    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def kind(self):
        return "S"


class P:
    tag = "p"

    def __init__(self, v):
        self._v = v
        self.w = v * 2

    @property
    def v(self):
        return self._v + 1000

    @v.setter
    def v(self, x):
        self._v = x - 1000

    def kind(self):
        return "P"


def load(o):
    return o.v


def store(o, x):
    o.v = x


def meth(o):
    return o.kind()


def tag(o):
    return o.tag


def run(objs, label):
    total = 0
    kinds = []
    tags = []
    for i in range(N):
        o = objs[i % len(objs)]
        store(o, i)
        total += load(o)
        k = meth(o)
        t = tag(o)
        if i >= N - len(objs):
            kinds.append(k)
            tags.append(t)
    print(label, total, kinds, tags)


run([Base(1), A(2)], "two")
run([Base(1), A(2), B(3)], "three")
run([Base(1), A(2), B(3), C(4), D(5)], "five")
run([Base(1), S(2), P(3), A(4), B(5), C(6), D(7)], "seven")
mixed = [Base(1), S(2), P(3), A(4), B(5)]
run(mixed, "mixed")

# an instance attribute that shadows a method, added after warm-up
a = mixed[3]
a.kind = lambda: "shadowed"
run(mixed, "shadow-method")
del a.kind
run(mixed, "unshadowed")
# an instance attribute shadowing a class attribute
mixed[4].tag = "own"
run(mixed, "shadow-class-attr")
del mixed[4].tag
run(mixed, "class-attr-again")


# classes changed after warm-up: a method added to a base, replaced, deleted
def c_kind(self):
    return "patched"


Base.kind = c_kind
run(mixed, "base-patched")
A.kind = lambda self: "A2"
run(mixed, "A-replaced")
del A.kind
run(mixed, "A-deleted")
B.tag = "b2"
run(mixed, "B-tag")
del B.tag
run(mixed, "B-tag-deleted")


# a subclass overriding later, and a property that appears on a class later
class E(A):
    pass


objs = [A(1), E(2), B(3)]
run(objs, "E-inherits")
E.kind = lambda self: "E"
run(objs, "E-overrides")
E.v = property(lambda self: -1, lambda self, x: None)
run(objs, "E-property")


# deleted instance attributes: loads at a polymorphic site fall back to the class or raise
class F(Base):
    v = "class-v"


objs = [A(1), F(2), B(3)]
run(objs, "F")
f = objs[1]
for i in range(3):
    for o in objs:
        load(o)
del f.v
print(load(f), [load(o) for o in objs])
del objs[0].v
try:
    load(objs[0])
except AttributeError as e:
    print("AttributeError", e)


# __getattr__ and __getattribute__ through a warm polymorphic site
class G(Base):
    def __getattr__(self, name):
        return "getattr:" + name


class H(Base):
    def __getattribute__(self, name):
        if name == "v":
            return "intercepted"
        return object.__getattribute__(self, name)


g = G(1)
del g.v
objs = [A(1), g, H(3), B(4)]
print([load(o) for o in objs * 5][-4:])
print([meth(o) for o in objs * 5][-4:])


# a non-data descriptor class attribute and a __set__-only descriptor seen among plain classes
class NonData:
    def __get__(self, obj, typ=None):
        return "nondata"


class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value


class J(Base):
    tag = NonData()


class K(Base):
    v = SetOnly()


objs = [A(1), J(2), K(3), B(4)]
for i in range(40):
    o = objs[i % 4]
    store(o, i)
print([tag(o) for o in objs], objs[2].__dict__.get("seen"), [load(o) for o in objs[:2]])
# __dict__ written directly, then read through the warm sites
objs[1].__dict__["tag"] = "direct"
objs[3].__dict__["kind"] = lambda: "direct-kind"
print([tag(o) for o in objs * 3][-4:], [meth(o) for o in objs * 3][-4:])
