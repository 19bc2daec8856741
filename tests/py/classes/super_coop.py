# cooperative multiple inheritance with super() and keyword arguments
class Shape:
    def __init__(self, **kw):
        print("Shape", sorted(kw))
        super().__init__()

class Colored(Shape):
    def __init__(self, color="black", **kw):
        self.color = color
        print("Colored", color)
        super().__init__(**kw)

class Named(Shape):
    def __init__(self, name="?", **kw):
        self.name = name
        print("Named", name)
        super().__init__(**kw)

class Thing(Colored, Named):
    def __init__(self, **kw):
        print("Thing")
        super().__init__(**kw)

t = Thing(color="red", name="box", extra=1)
print(t.color, t.name, [c.__name__ for c in Thing.__mro__])

# a method chain visiting every class exactly once
class A:
    def visit(self, out):
        out.append("A")
class B(A):
    def visit(self, out):
        out.append("B")
        super().visit(out)
class C(A):
    def visit(self, out):
        out.append("C")
        super().visit(out)
class D(B, C):
    def visit(self, out):
        out.append("D")
        super().visit(out)
out = []
D().visit(out)
print(out)

# super(B, d) starts after B in D's MRO, which is C, not A
out = []
super(B, D()).visit(out)
print(out)

# classmethod chain through the MRO
class P:
    @classmethod
    def chain(cls):
        return ["P:" + cls.__name__]
class Q(P):
    @classmethod
    def chain(cls):
        return ["Q:" + cls.__name__] + super().chain()
class R(P):
    @classmethod
    def chain(cls):
        return ["R:" + cls.__name__] + super().chain()
class S(Q, R):
    pass
print(S.chain(), S().chain())
