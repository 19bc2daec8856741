# assigning __bases__: new MROs for the class and its subclasses, and the checks
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
    def only_b(self): return "only B"
class C(A): pass
class D(C): pass
d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.who(), d.only_b(), [k.__name__ for k in D.__mro__], C.__base__.__name__)
C.__bases__ = (A, B)
print(d.who(), [k.__name__ for k in C.__mro__], isinstance(d, B), issubclass(D, A))
for bad in [[A], (), (D,), (C,), (int,), (A, A), (5,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError", e)
class X: pass
class Y(X): pass
try:
    C.__bases__ = (X, Y)
except TypeError as e:
    print("TypeError", e)
print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__])
class S: __slots__ = ("a",)
try:
    C.__bases__ = (S,)
except TypeError as e:
    print("TypeError", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError", e)
print(A.__subclasses__(), B.__subclasses__() == [C])
# dunders follow the new bases
class L:
    def __len__(self): return 7
C.__bases__ = (L,)
print(len(d))
