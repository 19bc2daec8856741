# __slots__ inheritance: subclasses add slots or get a dict
class A:
    __slots__ = ("a",)

class B(A):
    __slots__ = ("b",)

class C(B):
    pass

b = B()
b.a = 1
b.b = 2
print(b.a, b.b, hasattr(b, "__dict__"))
try:
    b.c = 3
except AttributeError as e:
    print("AttributeError", e)

c = C()
c.a, c.b, c.c = 1, 2, 3
print(c.a, c.b, c.c, c.__dict__)

# a subclass of a plain class has a dict even with __slots__
class D:
    pass

class E(D):
    __slots__ = ("e",)

e = E()
e.e = 1
e.other = 2
print(e.e, e.__dict__)

# __dict__ in __slots__
class F:
    __slots__ = ("f", "__dict__")

f = F()
f.f = 1
f.g = 2
print(f.f, f.__dict__)

# __weakref__ in __slots__ is accepted
class W:
    __slots__ = ("w", "__weakref__")
w = W()
w.w = 5
print(w.w)

# two bases with slots conflict
class X:
    __slots__ = ("x",)
class Y:
    __slots__ = ("y",)
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError", e)

# empty slots in a mixin combine fine
class M1:
    __slots__ = ()
class M2(X, M1):
    __slots__ = ("m",)
m = M2()
m.x, m.m = 1, 2
print(m.x, m.m)

# a slot redefined in a subclass shadows the base's descriptor
class G(A):
    __slots__ = ("a",)
g = G()
g.a = "sub"
print(g.a, A.a.__get__(g) if False else "ok")

# private names are mangled
class H:
    __slots__ = ("__p",)
    def set(self, v):
        self.__p = v
    def get(self):
        return self.__p
h = H()
h.set(7)
print(h.get(), hasattr(H, "_H__p"))
