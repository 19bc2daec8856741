# special methods are looked up on the type, not the instance
class A:
    def __len__(self):
        return 1
    def __repr__(self):
        return "A()"

a = A()
a.__len__ = lambda: 99
a.__repr__ = lambda: "instance repr"
print(len(a), repr(a), a.__len__(), a.__repr__())

# assigning a dunder to the class after creation takes effect
class B:
    pass
b = B()
B.__len__ = lambda self: 7
print(len(b))
B.__repr__ = lambda self: "B!"
print(repr(b), str(b))
del B.__len__
try:
    len(b)
except TypeError as e:
    print("TypeError", e)

# dunders inherited from a base changed later
class Base:
    pass
class Derived(Base):
    pass
Base.__call__ = lambda self, x: x * 2
print(Derived()(21))
Base.__getattr__ = lambda self, n: "dyn " + n
print(Derived().anything)
del Base.__getattr__
try:
    Derived().anything
except AttributeError as e:
    print("AttributeError", e)

# __setattr__ added to a base after subclass creation
class Late:
    pass
class LateSub(Late):
    pass
def noisy(self, n, v):
    print("noisy", n, v)
Late.__setattr__ = noisy
LateSub().q = 1
del Late.__setattr__
ls = LateSub()
ls.q = 2
print(ls.q)

# __getattribute__ added later
Late.__getattribute__ = lambda self, n: "ga " + n
print(LateSub().zzz)
del Late.__getattribute__
print(ls.q)
