# __subclasses__() lists direct subclasses in creation order
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A): pass
class D(A, B): pass

def names(seq):
    return [c.__name__ for c in seq]

print(names(Base.__subclasses__()))
print(names(A.__subclasses__()))
print(names(B.__subclasses__()))
print(names(C.__subclasses__()))
print(type(Base.__subclasses__()).__name__)

def all_subclasses(cls):
    out = []
    for s in cls.__subclasses__():
        out.append(s.__name__)
        out.extend(all_subclasses(s))
    return out
print(all_subclasses(Base))

class MyInt(int): pass
print(MyInt in int.__subclasses__())
print(bool in int.__subclasses__())
T = type("T", (Base,), {})
print(names(Base.__subclasses__()))
